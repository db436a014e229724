import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/document/split.js';
import { readFrontMatterBlock } from '../../src/document/frontmatter.js';

describe('splitFrontMatter', () => {
  it('finds YAML and body offsets with LF, CRLF and CR-only line endings', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['---', 'code: QT-01', '---', '# Body'].join(eol);
      const split = splitFrontMatter(text);
      expect(split.kind).toBe('ok');
      if (split.kind !== 'ok') continue;
      expect(text.slice(split.yamlStart, split.yamlEnd)).toBe(`code: QT-01${eol}`);
      expect(text.slice(split.bodyStart)).toBe('# Body');
    }
  });

  it('accepts "..." as the closing fence and an empty front matter', () => {
    expect(splitFrontMatter('---\na: 1\n...\nbody').kind).toBe('ok');
    const empty = splitFrontMatter('---\n---\nbody');
    expect(empty.kind === 'ok' && empty.yamlStart === empty.yamlEnd).toBe(true);
  });

  it('reports a fence naming another language instead of running it', () => {
    for (const language of ['js', 'javascript', 'coffee', 'toml']) {
      expect(splitFrontMatter(`---${language}\nmodule.exports = {}\n---\n`)).toEqual({ kind: 'foreign-language', language });
    }
    expect(splitFrontMatter('---yaml\na: 1\n---\n').kind).toBe('ok');
  });

  it('distinguishes missing from unterminated front matter', () => {
    expect(splitFrontMatter('# Title\n').kind).toBe('missing');
    expect(splitFrontMatter('----\ntext\n').kind).toBe('missing');
    expect(splitFrontMatter('---\ncode: QT-01\n# no closing fence\n').kind).toBe('unterminated');
  });

  it('starts after a byte-order mark', () => {
    const text = '\uFEFF---\ncode: QT-01\n---\nbody';
    expect(splitFrontMatter(text, 1).kind).toBe('ok');
  });
});

describe('readFrontMatterBlock', () => {
  it('keeps codes as written and dates as strings', () => {
    const block = readFrontMatterBlock('---\ncode: 0012\neffective: 2024-05-15\n---\n');
    expect(block.frontMatter?.rawScalars.code).toBe('0012');
    expect(block.frontMatter?.data.effective).toBe('2024-05-15');
  });

  it('gives positions of keys, counting a BOM as no column', () => {
    const block = readFrontMatterBlock('\uFEFF---\ncode: QT-01\napproval:\n  prepared:\n    date: 2024-01-01\n---\n');
    expect(block.frontMatter?.positions['approval.prepared.date']).toEqual({ line: 5, column: 5 });
    expect(block.frontMatter?.start).toEqual({ line: 1, column: 1 });
  });

  it('turns YAML errors, duplicate keys, alias bombs and non-mappings into problems with positions', () => {
    const cases: Array<[string, number]> = [
      ['---\ncode: [unclosed\n---\n', 3],
      ['---\ncode: A\ncode: B\n---\n', 3],
      ['---\n- a\n- b\n---\n', 2],
      ['---\njust text\n---\n', 2],
    ];
    for (const [text, line] of cases) {
      const block = readFrontMatterBlock(text);
      expect(block.frontMatter, text).toBeNull();
      expect(block.problems[0]?.position.line, text).toBe(line);
    }
    const bomb = ['---', 'a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]', '---', ''].join('\n');
    const block = readFrontMatterBlock(bomb);
    expect(block.frontMatter).toBeNull();
    expect(block.problems[0]?.messageId).toBe('read.yaml');
    expect(JSON.stringify(block.problems[0]?.data)).toMatch(/aliases/);
  });

  it('does not let __proto__ keys reach the prototype', () => {
    const block = readFrontMatterBlock('---\n__proto__: { polluted: true }\ncode: QT-01\n---\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(block.frontMatter!.data)).toContain('__proto__');
  });
});
