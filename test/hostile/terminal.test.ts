/**
 * What a document says reaches no terminal or CI log as a command (issue 20, items 9 and 10): in
 * every command and text format, control sequences (clear screen, OSC 52 clipboard writes, a bare
 * CR that overwrites the line, bidi overrides, C1) arrive escaped, and no line begins with `::` —
 * which GitHub Actions would run as a workflow command (`::stop-commands::`, a forged `::error`).
 */
import { describe, expect, it } from 'vitest';
import { terminalSafe, terminalSafeWriter } from '../../src/util/terminal.js';
import { legalEntry, makeGitRepo, sampleDocument, SHORT_CONFIG, TODAY } from '../helpers/index.js';
import { endingProblems, runQms } from './support.js';

/** YAML double-quoted escapes: ESC [2J (clear), OSC 52 (clipboard), BEL, CR, RLO, C1 CSI. */
const HOSTILE_TEXT = '\\e[2J\\e]52;c;cm0gLXJmIH4=\\aTiêu đề\\rGHI ĐÈ\\u202Eđảo chiều\\u009B31m';
const FORGED_NAME = '::stop-commands::qms.md';
const FORGED_LINE = '::error file=README.md,line=1::giả mạo';

function repository(): string {
  const document = sampleDocument()
    .replace('title: Quy trình mẫu', `title: "${HOSTILE_TEXT}"`)
    .replace('summary: Dự thảo', `summary: "${HOSTILE_TEXT}\\n${FORGED_LINE}"`);
  const root = makeGitRepo({
    'qms.config.yaml': SHORT_CONFIG,
    'legal/nd-61-2018-nd-cp.md': legalEntry('61/2018/NĐ-CP', { title: `"${HOSTILE_TEXT}\\n${FORGED_LINE}"`, signed: '2018-04-23', effective: '2018-06-21' }),
    'procedures/QT-A-01.md': document,
    'legal/nd-107-2021-nd-cp.md': legalEntry('107/2021/NĐ-CP', { signed: '2021-12-06', effective: '2022-02-21', amends: '[61/2018/NĐ-CP]' }),
    [FORGED_NAME]: sampleDocument({ code: '"::error file=x::QT-A-02"', broken: true }),
  });
  return root;
}

/** Everything in `text` a terminal or a CI runner would act on. */
function hostileParts(text: string): string[] {
  const parts: string[] = [];
  // eslint-disable-next-line no-control-regex
  for (const m of text.matchAll(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g)) parts.push(JSON.stringify(m[0]));
  for (const line of text.split(/\r?\n/)) if (/^\s*::/u.test(line)) parts.push(`line ${JSON.stringify(line.slice(0, 80))}`);
  return parts;
}

describe('every command prints document text neutralised', () => {
  const root = repository();
  it.each<[string, string[]]>([
    ['check (stylish)', ['check', '--today', TODAY, '--no-cache']],
    ['check --format junit', ['check', '--today', TODAY, '--no-cache', '--format', 'junit']],
    ['list', ['list', '--today', TODAY]],
    ['list --format csv', ['list', '--today', TODAY, '--format', 'csv']],
    ['list --external', ['list', '--external', '--today', TODAY]],
    ['show', ['show', 'QT-A-01', '--today', TODAY]],
    ['history', ['history', 'QT-A-01']],
    ['legal show', ['legal', 'show', '61/2018/NĐ-CP', '--today', TODAY]],
    ['impact', ['impact', '61/2018/NĐ-CP', '--today', TODAY, '--no-cache']],
  ])('%s', (_name, args) => {
    const run = runQms(args, root, { env: { FORCE_COLOR: '0' } });
    expect(endingProblems(run)).toEqual([]);
    expect(hostileParts(run.stdout)).toEqual([]);
    expect(hostileParts(run.stderr)).toEqual([]);
  });

  it('--format github still writes its annotations, with the document text escaped inside them', () => {
    const run = runQms(['check', '--today', TODAY, '--no-cache', '--format', 'github'], root);
    const commands = run.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(commands.length).toBeGreaterThan(0);
    for (const line of commands) expect(line).toMatch(/^::(error|warning|notice) /);
    // The forged name and code stay inside an annotation's data, never at the start of a line.
    expect(run.stdout.split('\n').filter((line) => /^\s*::stop-commands/u.test(line))).toEqual([]);
  });
});

describe('the writer', () => {
  it('escapes what a terminal acts on, keeps text, line breaks, CRLF and colours', () => {
    const write = terminalSafeWriter();
    expect(write('a\u001b[2Jb\u001b]52;c;eA==\u0007c\rd\u202ee\r\nf\u001b[31mred\u001b[39m')).toBe('a\\u001b[2Jb\\u001b]52;c;eA==\\u0007c\\u000dd\\u202ee\r\nf\u001b[31mred\u001b[39m');
    expect(write('\u001b[8mhidden')).toBe('\\u001b[8mhidden');
  });

  it('puts a backslash before a line that would begin with ":", across writes and after blanks', () => {
    const write = terminalSafeWriter();
    expect(write('::error::x\n  \u00a0::warning::y\nok: z\n')).toBe('\\::error::x\n  \u00a0\\::warning::y\nok: z\n');
    expect(write('   ') + write('::stop-commands::t\n')).toBe('   \\::stop-commands::t\n');
  });

  it('writes the same whether a text comes whole or a piece at a time (plain text is passed through unexamined)', () => {
    const pieces = ['a', 'ế', ':', '::', ' ', '\u00a0', '\t', '\n', '\r\n', '\u001b[31m', '\u001b[2J', '\u202e', '\u0007'];
    let seed = 7;
    const pick = (): string => pieces[(seed = (seed * 1103515245 + 12345) % 2147483648) % pieces.length]!;
    for (let round = 0; round < 300; round++) {
      const parts = Array.from({ length: 12 }, pick);
      const whole = terminalSafeWriter()(parts.join(''));
      const write = terminalSafeWriter();
      expect(parts.map((part) => write(part)).join(''), JSON.stringify(parts)).toBe(whole);
    }
    const plain = 'Một báo cáo {"file":"a.md","line":3}\n  không có gì: để thay\n';
    expect(terminalSafeWriter()(plain)).toBe(plain);
  });

  it('terminalSafe escapes line breaks too, for a value on one line', () => {
    expect(terminalSafe('a\nb\tc\u2028')).toBe('a\\u000ab\\u0009c\\u2028');
  });
});
