/**
 * structure/sections: the required sections of a type, found whatever their numbering, level,
 * case or heading style, and in the configured order.
 */
import { describe, expect, it } from 'vitest';
import { at, BARE_CONFIG, checkFolder, lineOf, makeRepo, procedure, ruleLines } from '../helpers/index.js';

const FILE = 'procedures/QT-KHCN-01.md';
const RULE = 'structure/sections';

/** The default config: procedures need the seven sections of the model framework. */
function check(body: string, config?: string): { findings: ReturnType<typeof checkFolder>; text: string } {
  const text = procedure({ body });
  const files: Record<string, string> = { [FILE]: text };
  if (config !== undefined) files['qms.config.yaml'] = config;
  return { findings: checkFolder(makeRepo(files)), text };
}

const ARABIC = ['## 1. Mục đích', '## 2. Phạm vi', '## 3. Tài liệu viện dẫn', '## 4. Định nghĩa và từ viết tắt', '## 5. Nội dung quy trình', '## 6. Biểu mẫu', '## 7. Hồ sơ cần lưu'];

describe('structure/sections', () => {
  it('accepts Arabic numbering', () => {
    expect(ruleLines(check(ARABIC.join('\n\n')).findings, RULE)).toEqual([]);
  });

  it('accepts Roman numbering in capitals, another level, a trailing colon and decimal numbering', () => {
    const body = ['## I. MỤC ĐÍCH', '## II. PHẠM VI:', '### III. Tài liệu viện dẫn', '# IV. ĐỊNH NGHĨA VÀ TỪ VIẾT TẮT', '## 5.1 Nội dung quy trình', '## VI. Biểu mẫu', '## VII. HỒ SƠ CẦN LƯU'];
    expect(ruleLines(check(body.join('\n\n')).findings, RULE)).toEqual([]);
  });

  it('accepts setext headings (underlined with = or -)', () => {
    const body = [
      'Mục đích\n========',
      'Phạm vi\n-------',
      'Tài liệu viện dẫn\n-----------------',
      'Định nghĩa và từ viết tắt\n-------------------------',
      '## Nội dung quy trình',
      '## Biểu mẫu',
      'HỒ SƠ CẦN LƯU\n=============',
    ];
    expect(ruleLines(check(body.join('\n\n')).findings, RULE)).toEqual([]);
  });

  it('accepts headings written in NFD', () => {
    expect(ruleLines(check(ARABIC.join('\n\n').normalize('NFD')).findings, RULE)).toEqual([]);
  });

  it('reports each missing section at the first body line', () => {
    const { findings, text } = check(ARABIC.filter((h) => !h.includes('Phạm vi') && !h.includes('Hồ sơ')).join('\n\n'));
    const body = `${FILE}:${lineOf(text, '---', 2) + 1}`;
    expect(ruleLines(findings, RULE)).toEqual([body, body]);
  });

  it('does not count a section written as a bold paragraph, a list item or inside a code block', () => {
    const body = ['**Mục đích**', '', '- Phạm vi', '', '```', '## 3. Tài liệu viện dẫn', '```', ...ARABIC.slice(3)].join('\n\n');
    const { findings, text } = check(body);
    const first = `${FILE}:${lineOf(text, '---', 2) + 1}`;
    expect(ruleLines(findings, RULE)).toEqual([first, first, first]);
  });

  it('reports a section out of order at its heading', () => {
    const swapped = [...ARABIC.slice(0, 4), '## 5. Biểu mẫu', '## 6. Nội dung quy trình', ARABIC[6] as string];
    const { findings, text } = check(swapped.join('\n\n'));
    expect(ruleLines(findings, RULE)).toEqual([at(FILE, text, '## 5. Biểu mẫu')]);
  });

  it('checks the sections configured for a type, in that order', () => {
    const config = 'types:\n  procedure:\n    sections: [Mục đích, Nội dung quy trình]\n';
    expect(ruleLines(check('## 1. Mục đích\n\n## 2. Nội dung quy trình', config).findings, RULE)).toEqual([]);
    const { findings, text } = check('## 1. Nội dung quy trình\n\n## 2. Mục đích', config);
    expect(ruleLines(findings, RULE)).toEqual([at(FILE, text, '## 1. Nội dung quy trình')]);
  });

  it('checks nothing for a type without sections', () => {
    expect(ruleLines(check('Không có mục nào.', BARE_CONFIG).findings, RULE)).toEqual([]);
    expect(ruleLines(check('Không có mục nào.').findings, RULE)).toHaveLength(7);
  });
});
