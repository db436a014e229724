/**
 * The Sở Tư pháp tỉnh Hòa Bình of the register, list, show and history tests: a small agency with
 * a register written by hand (comments, notes, one entry saved by a Windows editor), an effective
 * procedure whose title needs quoting in CSV, its form, and a draft.
 */
import { JUSTICE_CONFIG } from './config.js';
import { approvalLines, form, historyRow, procedure } from './documents.js';
import { legalEntry, LUAT_45_2013_FIELDS, ND_61_2018_FIELDS, ND_63_2010_FIELDS, ND_92_2017_FIELDS, TT_01_2018_FIELDS, windowsText } from './legal.js';

/** 61/2018/NĐ-CP with an empty alias list and a note of the ISO officer in its body. */
export const JUSTICE_ND_61 = legalEntry('61/2018/NĐ-CP', { ...ND_61_2018_FIELDS, aliases: '[]' }, '\nGhi chú của cán bộ ISO.\n');

/** 01/2018/TT-VPCP guiding 61/2018/NĐ-CP, signed 2018-10-23 in this register. */
export const JUSTICE_TT_01 = legalEntry('01/2018/TT-VPCP', { ...TT_01_2018_FIELDS, signed: '2018-10-23', aliases: '[]', guides: '[61/2018/NĐ-CP]' });

/** 63/2010/NĐ-CP written with a BOM and CRLF line endings, as Windows editors save it. */
export const JUSTICE_ND_63 = windowsText(legalEntry('63/2010/NĐ-CP', { ...ND_63_2010_FIELDS, aliases: '[]' }, '\nBản lưu tại Văn phòng.\n'));

/** 92/2017/NĐ-CP amending Điều 8 of 63/2010/NĐ-CP, with a comment on the relation. */
export const JUSTICE_ND_92 = legalEntry('92/2017/NĐ-CP', { ...ND_92_2017_FIELDS, aliases: '[]', amends: '  # Điều 1 sửa Nghị định 63/2010\n  - id: 63/2010/NĐ-CP\n    articles: [Điều 8]' });

/** Luật Đất đai 45/2013/QH13 with an alias. */
export const JUSTICE_LUAT_45 = legalEntry('45/2013/QH13', { ...LUAT_45_2013_FIELDS, aliases: '[Luật Đất đai 2013]' });

/**
 * QT-TP-01 at `revision` (history rows 202r-03-01, in force 202r-03-15): its title holds a comma and
 * double quotes, for the CSV; `extraBody` lines end its body.
 */
export function justiceProcedure(revision: number, extraBody = '', code = 'QT-TP-01'): string {
  return procedure({
    code,
    title: `'Quy trình chứng thực bản sao từ bản chính, chữ ký "song ngữ"'`,
    revision,
    effective: `202${revision}-03-15`,
    owner: 'Phòng Hành chính tư pháp',
    approval: approvalLines(`202${revision}-02-01`, `202${revision}-02-10`, `202${revision}-03-01`),
    legalBasis: '  - id: 61/2018/NĐ-CP\n  - id: 63/2010/NĐ-CP\n    articles: [Điều 8]',
    references: '[BM-01/QT-TP-01]',
    history: Array.from({ length: revision }, (_, i) => historyRow(i + 1, `202${i + 1}-03-01`, i === 0 ? 'Ban hành lần đầu' : `Sửa đổi lần ${i}`)).join('\n'),
    heading: 'Quy trình chứng thực',
    body: `## Nội dung\n\nTiếp nhận hồ sơ theo Nghị định số 61/2018/NĐ-CP tại Bộ phận Một cửa.\nThời hạn giải quyết: 02 ngày làm việc.\n${extraBody}`.replace(/\n$/, ''),
  });
}

/** BM-01/QT-TP-01, the form of QT-TP-01. */
export const JUSTICE_FORM = form({
  code: 'BM-01/QT-TP-01',
  title: 'Phiếu yêu cầu chứng thực',
  effective: '2021-03-15',
  owner: 'Phòng Hành chính tư pháp',
  approval: null,
  references: '[QT-TP-01]',
  history: historyRow(1, '2021-03-01', 'Ban hành lần đầu'),
  heading: null,
  body: 'Mẫu phiếu dùng kèm QT-TP-01.',
});

/** QT-TP-02, a draft procedure of another department. */
export const JUSTICE_DRAFT = procedure({
  code: 'QT-TP-02',
  title: 'Quy trình đăng ký khai sinh',
  status: 'draft',
  effective: null,
  owner: 'Phòng Hộ tịch',
  approval: null,
  history: historyRow(1, '2026-10-01', 'Dự thảo lần đầu'),
  body: null,
});

/** The files of the agency: config, register, QT-TP-01 at revision 1, its form and the draft. */
export function justiceAgency(): Record<string, string> {
  return {
    'qms.config.yaml': JUSTICE_CONFIG,
    'legal/nd-61-2018-nd-cp.md': JUSTICE_ND_61,
    'legal/tt-01-2018-tt-vpcp.md': JUSTICE_TT_01,
    'legal/nd-63-2010-nd-cp.md': JUSTICE_ND_63,
    'legal/nd-92-2017-nd-cp.md': JUSTICE_ND_92,
    'legal/luat-45-2013-qh13.md': JUSTICE_LUAT_45,
    'procedures/QT-TP-01.md': justiceProcedure(1),
    'procedures/QT-TP-02.md': JUSTICE_DRAFT,
    'forms/BM-01-QT-TP-01.md': JUSTICE_FORM,
  };
}
