/**
 * ref/unknown and ref/obsolete: codes named in `references` and in the body. A body code may run on
 * into following capitals ("QT-KHCN-01 UBND"); the known code is what counts.
 */
import { describe, expect, it } from 'vitest';
import { at, checkFolder, makeRepo, procedure, ruleLines, SHORT_CONFIG } from '../helpers/index.js';

const FILE = 'procedures/QT-KHCN-02.md';
const QT01 = procedure();
const BM01 = procedure({ code: 'BM-01/QT-KHCN-01', type: 'form', title: 'Phiếu tiếp nhận hồ sơ', body: 'Kèm theo quy trình QT-KHCN-01.' });

function check(text: string, more: Record<string, string> = {}): ReturnType<typeof checkFolder> {
  return checkFolder(makeRepo({ 'qms.config.yaml': SHORT_CONFIG, 'procedures/QT-KHCN-01.md': QT01, 'forms/BM-01-QT-KHCN-01.md': BM01, [FILE]: text, ...more }));
}

describe('ref/unknown', () => {
  it('accepts known codes followed by capitals, punctuation or brackets', () => {
    const text = procedure({
      code: 'QT-KHCN-02',
      body: [
        'Hồ sơ tiếp nhận như tại QT-KHCN-01 UBND tỉnh đã ban hành.',
        'Phiếu tiếp nhận (BM-01/QT-KHCN-01), lưu theo QT-KHCN-01.',
        'Mẫu BM-01/QT-KHCN-01 QĐ kèm theo; quy trình QT-KHCN-01 TTHC mức độ 4.',
      ].join('\n'),
    });
    expect(ruleLines(check(text), 'ref/unknown')).toEqual([]);
  });

  it('reports unknown codes in the body, also when followed by capitals, once per code', () => {
    const text = procedure({
      code: 'QT-KHCN-02',
      body: ['Hồ sơ lập theo BM-05/QT-KHCN-01 và hướng dẫn HD-KHCN-01 UBND tỉnh ban hành.', 'Biên bản lập theo BM-05/QT-KHCN-01.'].join('\n'),
    });
    expect(ruleLines(check(text), 'ref/unknown')).toEqual([at(FILE, text, 'BM-05/QT-KHCN-01'), at(FILE, text, 'HD-KHCN-01')]);
  });

  it('reports unknown codes in references at their item', () => {
    const text = procedure({ code: 'QT-KHCN-02', extra: 'references:\n  - QT-KHCN-01\n  - QT-KHCN-09' });
    expect(ruleLines(check(text), 'ref/unknown')).toEqual([at(FILE, text, '- QT-KHCN-09')]);
  });

  it('does not read codes in fenced code or HTML comments', () => {
    const text = procedure({
      code: 'QT-KHCN-02',
      body: ['```text', 'BM-07/QT-KHCN-09 (mã cũ)', '```', '', '<!-- Dự kiến bổ sung BM-02/QT-KHCN-02 -->', '', 'Theo BM-03/QT-KHCN-02.'].join('\n'),
    });
    expect(ruleLines(check(text), 'ref/unknown')).toEqual([at(FILE, text, 'BM-03/QT-KHCN-02')]);
  });

  it('does not read codes in a second HTML comment on the same line', () => {
    // docs/file-formats.md: text inside HTML comments is not read.
    const text = procedure({ code: 'QT-KHCN-02', body: '<!-- BM-09/QT-KHCN-09 --> Theo BM-03/QT-KHCN-02. <!-- BM-08/QT-KHCN-08 -->' });
    expect(ruleLines(check(text), 'ref/unknown')).toEqual([at(FILE, text, 'BM-03/QT-KHCN-02')]);
  });
});

describe('ref/obsolete', () => {
  const obsolete = procedure({
    code: 'QT-KHCN-03',
    status: 'obsolete',
    extra: 'obsolete: { date: 2026-06-01, reason: Hợp nhất vào QT-KHCN-01, replaced_by: QT-KHCN-01 }',
  });

  it('reports references to an obsolete document from a document in use, in references and body', () => {
    const text = procedure({ code: 'QT-KHCN-02', extra: 'references: [QT-KHCN-03]', body: 'Thực hiện như QT-KHCN-03.' });
    const findings = check(text, { 'procedures/QT-KHCN-03.md': obsolete });
    expect(ruleLines(findings, 'ref/obsolete')).toEqual([at(FILE, text, 'references:'), at(FILE, text, 'như QT-KHCN-03')]);
  });

  it('does not report an obsolete document referring to another obsolete one', () => {
    const text = procedure({
      code: 'QT-KHCN-02',
      status: 'obsolete',
      extra: 'references: [QT-KHCN-03]\nobsolete: { date: 2026-06-01, reason: Hết thủ tục hành chính tương ứng }',
    });
    expect(ruleLines(check(text, { 'procedures/QT-KHCN-03.md': obsolete }), 'ref/obsolete')).toEqual([]);
  });

  it('gives the same answer whichever file of a duplicated code sorts first', () => {
    // QT-KHCN-01 is both the effective procedure and an obsolete copy kept elsewhere (code/duplicate
    // reports that). Whether a reference to it is "obsolete" must not depend on folder names.
    const archived = procedure({ status: 'obsolete', extra: 'obsolete: { date: 2026-03-01, reason: Bản lần ban hành trước }' });
    const text = procedure({ code: 'QT-KHCN-02', extra: 'references: [QT-KHCN-01]' });
    const before = ruleLines(check(text, { 'archive/QT-KHCN-01.md': archived }), 'ref/obsolete');
    const after = ruleLines(check(text, { 'zz-archive/QT-KHCN-01.md': archived }), 'ref/obsolete');
    expect(before).toEqual(after);
  });
});
