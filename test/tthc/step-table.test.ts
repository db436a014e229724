import { describe, expect, it } from 'vitest';
import { fold, readStepTable, splitRow, type StepTable } from '../../src/tthc/step-table.js';
import { scanBody } from '../../src/markdown/scan.js';

/** The reader as first written: every line of the body made, then read in order (what the pipe-to-pipe search must agree with). */
function lineByLine(text: string, bodyStart: number): StepTable | undefined {
  const { excluded } = scanBody(text, bodyStart);
  const inExcluded = (offset: number): boolean => excluded.some(([start, end]) => offset >= start && offset < end);
  const lines: Array<{ text: string; offset: number }> = [];
  for (let offset = bodyStart; offset < text.length; ) {
    let end = text.indexOf('\n', offset);
    if (end < 0) end = text.length;
    lines.push({ text: text.slice(offset, end).replace(/\r$/, ''), offset });
    offset = end + 1;
  }
  const delimiter = (line: string): boolean => {
    const cells = splitRow(line);
    return cells.length > 0 && cells.every((cell) => /^:?-+:?$/.test(cell.text));
  };
  for (let i = 0; i + 1 < lines.length; i++) {
    const header = lines[i]!;
    if (!header.text.includes('|') || inExcluded(header.offset) || !delimiter(lines[i + 1]!.text)) continue;
    const names = splitRow(header.text).map((cell) => fold(cell.text));
    const column = (words: readonly string[]): number => names.findIndex((name) => words.includes(name));
    const step = column(['buoc', 'step', 'tt', 'stt']);
    const time = column(['thoi gian', 'time', 'thoi gian thuc hien', 'thoi han']);
    if (step < 0 || time < 0) continue;
    const steps = [];
    for (let j = i + 2; j < lines.length; j++) {
      const line = lines[j]!;
      if (!line.text.includes('|') || line.text.trim() === '' || inExcluded(line.offset)) break;
      const cells = splitRow(line.text);
      steps.push({ step: cells[step]?.text ?? '', time: cells[time]?.text ?? '', timeOffset: line.offset + (cells[time]?.start ?? 0) });
    }
    return { offset: header.offset, hasTime: true, steps: steps as StepTable['steps'] };
  }
  return undefined;
}

const TABLE = '| Bước | Nội dung | Thời gian |\n|---|---|---|\n| 1 | Tiếp nhận | 4 giờ |\n| 2 | Thẩm định | 2 ngày |\n';
const CASES: Record<string, string> = {
  plain: `# QT\n\nText | with a pipe\n\n${TABLE}\nAfter.\n`,
  crlf: `# QT\r\n\r\n${TABLE.replace(/\n/g, '\r\n')}`,
  'first in a code block': `\`\`\`\n${TABLE}\`\`\`\n\n${TABLE.replace('Tiếp nhận', 'Nhận')}`,
  'in a generated region': `<!-- qms:begin history -->\n${TABLE}<!-- qms:end history -->\n\n| Step | Time |\n| - | - |\n| A | 1 day |`,
  'header on the last line': `# QT\n\n| Bước | Thời gian |`,
  'delimiter on the last line': `| Bước | Thời gian |\n|---|---|`,
  'no time column first': `| Bước | Nội dung |\n|---|---|\n| 1 | x |\n\n${TABLE}`,
  'pipe at the start of the body': TABLE,
  'rows up to a blank line': `${TABLE}\n| 3 | late | 1 giờ |\n`,
  'no table': '# QT\n\nNo pipes at all.\n',
};

describe('readStepTable', () => {
  it.each(Object.entries(CASES))('reads %s as the line-by-line reader does', (_, body) => {
    for (const prefix of ['', '---\ncode: QT-01\n---\n']) {
      const text = prefix + body;
      const found = readStepTable(text, prefix.length);
      const expected = lineByLine(text, prefix.length);
      expect(found?.offset).toBe(expected?.offset);
      expect(found?.steps.map(({ step, time, timeOffset }) => ({ step, time, timeOffset }))).toEqual(expected?.steps);
    }
  });

  it('finds the processing table of a body, with each step time where it is written', () => {
    const table = readStepTable(CASES.plain!, 0)!;
    expect(table.steps.map((s) => [s.step, s.time])).toEqual([
      ['1', '4 giờ'],
      ['2', '2 ngày'],
    ]);
    expect(CASES.plain!.slice(table.steps[1]!.timeOffset)).toMatch(/^2 ngày/);
  });
});
