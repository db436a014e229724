/**
 * The Sở Khoa học và Công nghệ of the lifecycle and generated-section tests: the lifecycle agency
 * (its register and a committed repository), and the technology transfer procedure QT-KHCN-01
 * with the register its legal basis cites.
 */
import { LIFECYCLE_CONFIG } from './config.js';
import { approvalLines, frontMatter, historyRow } from './documents.js';
import { legalEntry, LUAT_45_2013_FIELDS, ND_107_2021, ND_107_2021_FIELDS, ND_61_2018, ND_63_2010_FIELDS, ND_92_2017_FIELDS, TT_01_2018_FIELDS } from './legal.js';
import { makeGitRepo } from './repo.js';

/** The lifecycle agency's register: 61/2018/NĐ-CP and 107/2021/NĐ-CP, which amends it. */
export const LIFECYCLE_REGISTER: Readonly<Record<string, string>> = {
  'legal/nd-61-2018.md': ND_61_2018,
  'legal/nd-107-2021.md': ND_107_2021,
};

/** A committed repository with the lifecycle config, its register and `files`. */
export function lifecycleRepo(files: Record<string, string | Buffer> = {}, config = LIFECYCLE_CONFIG): string {
  return makeGitRepo({ 'qms.config.yaml': config, ...LIFECYCLE_REGISTER, ...files });
}

const BKHCN = 'Bộ Khoa học và Công nghệ';

/** Register entries by file name: real documents and relations, plus a fictional repeal in 2026. */
export const KHCN_REGISTER: Readonly<Record<string, string>> = {
  'legal/nd-61-2018.md': ND_61_2018,
  'legal/nd-107-2021.md': legalEntry('107/2021/NĐ-CP', { ...ND_107_2021_FIELDS, amends: '[61/2018/NĐ-CP]' }),
  'legal/tt-01-2018.md': legalEntry('01/2018/TT-VPCP', { ...TT_01_2018_FIELDS, guides: '[61/2018/NĐ-CP]' }),
  'legal/nd-63-2010.md': legalEntry('63/2010/NĐ-CP', ND_63_2010_FIELDS),
  'legal/nd-48-2013.md': legalEntry('48/2013/NĐ-CP', { ...ND_92_2017_FIELDS, signed: '2013-05-14', effective: '2013-07-01', amends: '[63/2010/NĐ-CP]' }),
  'legal/nd-92-2017.md': legalEntry('92/2017/NĐ-CP', { ...ND_92_2017_FIELDS, amends: '\n  - id: 63/2010/NĐ-CP\n    articles: [Điều 8]' }),
  'legal/luat-45-2013.md': legalEntry('45/2013/QH13', LUAT_45_2013_FIELDS),
  'legal/luat-31-2024.md': legalEntry('31/2024/QH15', { ...LUAT_45_2013_FIELDS, signed: '2024-01-18', effective: '2024-08-01', replaces: '[45/2013/QH13]' }),
  'legal/tcvn-9001.md': legalEntry('TCVN ISO 9001:2015', { kind: 'Tiêu chuẩn', title: 'Hệ thống quản lý chất lượng – Các yêu cầu', issuer: BKHCN, signed: '2015-12-31', effective: '2015-12-31' }),
  'legal/tt-03-2014.md': legalEntry('03/2014/TT-BKHCN', {
    kind: 'Thông tư',
    title: 'Hướng dẫn điều kiện thành lập và đăng ký hoạt động của tổ chức khoa học và công nghệ',
    issuer: BKHCN,
    signed: '2014-03-31',
    effective: '2014-05-15',
  }),
  'legal/tt-15-2026.md': legalEntry('15/2026/TT-BKHCN', { kind: 'Thông tư', title: 'Bãi bỏ một số thông tư', issuer: BKHCN, signed: '2026-05-10', effective: '2026-07-01', repeals: '[03/2014/TT-BKHCN]' }),
};

/** The front matter of QT-KHCN-01 at revision 2 (in force 2022-05-01), citing registered and unknown documents. */
export const KHCN_FRONT_MATTER = frontMatter({
  revision: 2,
  effective: '2022-05-01',
  approval: approvalLines('2022-04-01', '2022-04-05', '2022-04-10'),
  legalBasis: [
    '  - id: 61/2018/NĐ-CP',
    '    articles: [Điều 18, khoản 2 Điều 19]',
    '  - id: 63/2010/NĐ-CP',
    '  - id: 45/2013/QH13',
    '  - id: TCVN ISO 9001:2015',
    '  - id: 03/2014/TT-BKHCN',
    '  - id: 99/2099/NĐ-CP',
  ].join('\n'),
  history: [historyRow(1, '2019-03-01', 'Ban hành lần đầu'), historyRow(2, '2022-04-10', 'Cập nhật theo Nghị định 107/2021/NĐ-CP', '107/2021/NĐ-CP')].join('\n'),
});

/** The body of QT-KHCN-01 (from the blank line after the front matter): no generated region yet. */
export const KHCN_BODY = `
# QUY TRÌNH CẤP GIẤY PHÉP CHUYỂN GIAO CÔNG NGHỆ

## 1. Mục đích

Quy định trình tự cấp giấy phép.

## 3. Tài liệu viện dẫn

- Các văn bản dưới đây.

## 5. Nội dung quy trình

Tiếp nhận hồ sơ.
`;

/** QT-KHCN-01 whole: its front matter and body. */
export const KHCN_PROCEDURE = KHCN_FRONT_MATTER + KHCN_BODY;
