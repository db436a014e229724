import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { toString } from 'mdast-util-to-string';
import { scanBody } from '../../src/markdown/scan.js';
import { splitFrontMatter } from '../../src/document/split.js';
import { DEMO_AGENCY } from '../helpers/index.js';

function markdownFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : [];
  });
}

describe('scanBody', () => {
  it('reads ATX and setext headings, and skips fenced code and comments', () => {
    const text = ['# One', '', 'Two', '===', '', '```', '# not a heading', '```', '<!--', '# nor this', '-->', '## Three ##', '- item', '---', 'Four', '---'].join('\n');
    const structure = scanBody(text);
    expect(structure.headings.map((h) => [h.level, h.text])).toEqual([
      [1, 'One'],
      [1, 'Two'],
      [2, 'Three'],
      [2, 'Four'],
    ]);
    expect(structure.excluded).toHaveLength(2);
  });

  it('finds generated regions and stray markers', () => {
    const text = 'a\n<!-- qms:begin approval -->\n| x |\n<!-- qms:end approval -->\nb\n<!-- qms:end history -->\n';
    const structure = scanBody(text);
    expect(structure.regions).toHaveLength(1);
    const region = structure.regions[0]!;
    expect(text.slice(region.contentStart, region.contentEnd)).toBe('| x |\n');
    expect(structure.strayMarkers).toEqual([{ name: 'history', offset: text.indexOf('<!-- qms:end history'), kind: 'end' }]);
  });

  it('finds the same headings as remark-parse on every demo document', () => {
    const files = markdownFiles(DEMO_AGENCY);
    expect(files.length).toBeGreaterThan(10);
    const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter);
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      const split = splitFrontMatter(text);
      const bodyStart = split.kind === 'ok' ? split.bodyStart : 0;
      const tree = parser.parse(text);
      const expected = tree.children.filter((n) => n.type === 'heading').map((n) => `${n.depth} ${toString(n).trim()}`);
      const actual = scanBody(text, bodyStart).headings.map((h) => `${h.level} ${h.text.replace(/[*_`]/g, '')}`);
      expect(actual, file).toEqual(expected.map((h) => h.replace(/[*_`]/g, '')));
    }
  });
});
