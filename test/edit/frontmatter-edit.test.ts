import { describe, expect, it } from 'vitest';
import { editFrontMatter, isFrontMatterEditError, type FrontMatterEdit } from '../../src/yaml-edit/frontmatter-edit.js';
import { BLOCK_DOC, cr, crlf, dataOf, expectPreserved, FLOW_DOC, impactEdits, parts, SPARSE_DOC } from './documents.js';

type Data = Record<string, unknown>;
const rec = (data: Data, ...keys: string[]): Data => keys.reduce<Data>((d, k) => d[k] as Data, data);
const list = (data: Data, ...keys: string[]): unknown[] => keys.reduce<unknown>((d, k) => (d as Data)[k], data) as unknown[];

/** The front matter of FLOW_DOC after the edits of `qms impact --apply` (the body is unchanged). */
const FLOW_IMPACT = FLOW_DOC.replace('revision: 3                   # lần ban hành', 'revision: 4                   # lần ban hành')
  .replace('status: effective', 'status: draft')
  .replace(/ {2}reviewed: .*\n {2}approved: .*\n/, '')
  .replace('    articles: [Điều 9]\n', '    articles: [Điều 9]\n  - id: 107/2021/NĐ-CP\n    articles: [Điều 1, Điều 3]\n')
  .replace(
    '  - { revision: 3, date: 2024-05-10, summary: Rà soát định kỳ }\n',
    '  - { revision: 3, date: 2024-05-10, summary: Rà soát định kỳ }\n  - { revision: 4, date: 2026-11-27, summary: Cập nhật theo 107/2021/NĐ-CP, trigger: 107/2021/NĐ-CP }\n',
  );

const BLOCK_IMPACT = `---
code: HD-VP-02
title: "Hướng dẫn lưu trữ hồ sơ"   # tên tài liệu
type: instruction
revision: 3
status: draft
owner: Văn phòng
approval:
  prepared:
    name: Phạm Thị D
    title: Chuyên viên
    date: 2023-02-01
legal_basis:
- id: 30/2020/NĐ-CP
  articles: [Điều 8, Điều 9]
- 01/2019/TT-BNV
- id: 01/2021/NĐ-CP
  articles: [Điều 1, Điều 3]
history:
- revision: 1
  date: 2021-06-01
  summary: Ban hành lần đầu
- revision: 2
  date: 2023-02-05
  summary: 'Bổ sung mẫu sổ, biên bản'
- revision: 3
  date: 2026-11-27
  summary: Cập nhật theo 01/2021/NĐ-CP
  trigger: 01/2021/NĐ-CP
---
Nội dung hướng dẫn.
`;

function impactData(data: Data, revision: number, trigger: string): void {
  data.revision = revision;
  data.status = 'draft';
  delete rec(data, 'approval').reviewed;
  delete rec(data, 'approval').approved;
  list(data, 'history').push({ revision, date: '2026-11-27', summary: `Cập nhật theo ${trigger}`, trigger });
  list(data, 'legal_basis').push({ id: trigger, articles: ['Điều 1', 'Điều 3'] });
}

/** The same change on an NFD file: every string it writes is NFD too. */
function impactDataNfd(data: Data, revision: number, trigger: string): void {
  impactData(data, revision, trigger);
  Object.assign(data, JSON.parse(JSON.stringify(data).normalize('NFD')));
}

interface Case {
  name: string;
  input: string;
  edits: FrontMatterEdit[];
  /** What the front matter data must read as afterwards, as a change to the data before. */
  change: (data: Data) => void;
  /** The exact text expected, for representative cases. */
  output?: string;
}

const bom = (text: string): string => `\uFEFF${text}`;
const nfd = (text: string): string => text.normalize('NFD');
const flowImpact = impactEdits(4, '107/2021/NĐ-CP');
const blockImpact = impactEdits(3, '01/2021/NĐ-CP');

const cases: Case[] = [
  { name: 'impact on flow history rows (LF)', input: FLOW_DOC, edits: flowImpact, change: (d) => impactData(d, 4, '107/2021/NĐ-CP'), output: FLOW_IMPACT },
  { name: 'impact on flow history rows (CRLF)', input: crlf(FLOW_DOC), edits: flowImpact, change: (d) => impactData(d, 4, '107/2021/NĐ-CP'), output: crlf(FLOW_IMPACT) },
  { name: 'impact with a byte-order mark', input: bom(FLOW_DOC), edits: flowImpact, change: (d) => impactData(d, 4, '107/2021/NĐ-CP'), output: bom(FLOW_IMPACT) },
  { name: 'impact on an NFD file writes NFD', input: nfd(FLOW_DOC), edits: flowImpact, change: (d) => impactDataNfd(d, 4, '107/2021/NĐ-CP'), output: nfd(FLOW_IMPACT) },
  { name: 'impact on a CRLF, BOM, NFD file', input: bom(crlf(nfd(FLOW_DOC))), edits: flowImpact, change: (d) => impactDataNfd(d, 4, '107/2021/NĐ-CP'), output: bom(crlf(nfd(FLOW_IMPACT))) },
  { name: 'impact on block history rows', input: BLOCK_DOC, edits: blockImpact, change: (d) => impactData(d, 3, '01/2021/NĐ-CP'), output: BLOCK_IMPACT },
  { name: 'impact on a CR-only file', input: cr(FLOW_DOC), edits: flowImpact, change: (d) => impactData(d, 4, '107/2021/NĐ-CP'), output: cr(FLOW_IMPACT) },
  { name: 'impact on block history rows (CR only)', input: cr(BLOCK_DOC), edits: blockImpact, change: (d) => impactData(d, 3, '01/2021/NĐ-CP'), output: cr(BLOCK_IMPACT) },
  { name: 'impact on block history rows (CRLF)', input: crlf(BLOCK_DOC), edits: blockImpact, change: (d) => impactData(d, 3, '01/2021/NĐ-CP'), output: crlf(BLOCK_IMPACT) },
  {
    name: 'empty and absent lists become block sequences',
    input: SPARSE_DOC,
    edits: [
      { op: 'append', path: ['legal_basis'], item: '61/2018/NĐ-CP' },
      { op: 'append', path: ['references'], item: 'QT-KHCN-01' },
      { op: 'append', path: ['tthc'], item: '1.004227' },
      { op: 'append', path: ['history'], item: { revision: 1, date: '2026-11-27', summary: 'Ban hành lần đầu' } },
    ],
    change: (d) => Object.assign(d, { legal_basis: ['61/2018/NĐ-CP'], references: ['QT-KHCN-01'], tthc: ['1.004227'], history: [{ revision: 1, date: '2026-11-27', summary: 'Ban hành lần đầu' }] }),
    output: SPARSE_DOC.replace('legal_basis: []   # chưa có\nreferences:\ntthc: [ ]\n', 'legal_basis:   # chưa có\n  - 61/2018/NĐ-CP\nreferences:\n  - QT-KHCN-01\ntthc:\n  - "1.004227"\n').replace(
      '2026-11-01 } }\n',
      '2026-11-01 } }\nhistory:\n  - revision: 1\n    date: 2026-11-27\n    summary: Ban hành lần đầu\n',
    ),
  },
  {
    name: 'flow mappings: add, change and remove keys in place',
    input: SPARSE_DOC,
    edits: [
      { op: 'set', path: ['approval', 'prepared', 'title'], value: 'Chuyên viên' },
      { op: 'delete', path: ['approval', 'prepared', 'name'] },
      { op: 'set', path: ['approval', 'prepared', 'date'], value: '2026-11-02' },
      { op: 'set', path: ['approval', 'reviewed'], value: 'Trưởng phòng, Văn phòng' },
    ],
    change: (d) => (d.approval = { prepared: { date: '2026-11-02', title: 'Chuyên viên' }, reviewed: 'Trưởng phòng, Văn phòng' }),
    output: SPARSE_DOC.replace('approval: { prepared: { name: Nguyễn Văn A, date: 2026-11-01 } }', 'approval: { prepared: { date: 2026-11-02, title: Chuyên viên }, reviewed: "Trưởng phòng, Văn phòng" }'),
  },
  {
    name: 'flow sequences get ", item" before "]"',
    input: FLOW_DOC,
    edits: [
      { op: 'append', path: ['references'], item: 'QT-KHCN-05' },
      { op: 'append', path: ['tthc'], item: '2.001' },
      { op: 'append', path: ['legal_basis', 1, 'articles'], item: 'Điều 10' },
    ],
    change: (d) => {
      list(d, 'references').push('QT-KHCN-05');
      list(d, 'tthc').push('2.001');
      ((list(d, 'legal_basis')[1] as Data).articles as unknown[]).push('Điều 10');
    },
    output: FLOW_DOC.replace('BM-01/QT-KHCN-01]   #', 'BM-01/QT-KHCN-01, QT-KHCN-05]   #').replace('tthc: ["1.004227"]', 'tthc: ["1.004227", "2.001"]').replace('[Điều 9]', '[Điều 9, Điều 10]'),
  },
  {
    name: 'a multi-line flow sequence keeps its separator',
    input: '---\nreferences: [\n  QT-01,\n  QT-02\n]\n---\n',
    edits: [{ op: 'append', path: ['references'], item: 'QT-03' }],
    change: (d) => list(d, 'references').push('QT-03'),
    output: '---\nreferences: [\n  QT-01,\n  QT-02,\n  QT-03\n]\n---\n',
  },
  {
    name: 'scalars keep their quoting; unsafe plain text is double-quoted',
    input: FLOW_DOC,
    edits: [
      { op: 'set', path: ['owner'], value: "Phòng Kế hoạch - Tài chính's" },
      { op: 'set', path: ['title'], value: 'Quy trình: cấp phép # mới' },
      { op: 'set', path: ['code'], value: '0012' },
      { op: 'set', path: ['type'], value: 'true' },
      { op: 'set', path: ['tthc', 0], value: '1.004228' },
      { op: 'set', path: ['effective'], value: '2026-12-01' },
      { op: 'set', path: ['approval', 'approved', 'fingerprint'], value: 'sha256:ffff' },
    ],
    change: (d) => {
      Object.assign(d, { owner: "Phòng Kế hoạch - Tài chính's", title: 'Quy trình: cấp phép # mới', code: '0012', type: 'true', tthc: ['1.004228'], effective: '2026-12-01' });
      rec(d, 'approval', 'approved').fingerprint = 'sha256:ffff';
    },
    output: FLOW_DOC.replace("owner: 'Phòng Quản lý chuyên ngành'", "owner: 'Phòng Kế hoạch - Tài chính''s'")
      .replace('title: Quy trình cấp giấy phép chuyển giao công nghệ\n', 'title: "Quy trình: cấp phép # mới"\n')
      .replace('code: QT-KHCN-01 ', 'code: "0012" ')
      .replace('type: procedure', 'type: "true"')
      .replace('"1.004227"', '"1.004228"')
      .replace('effective: 2024-05-15', 'effective: 2026-12-01')
      .replace('"sha256:0f3a9c"', '"sha256:ffff"'),
  },
  {
    name: 'a new key goes at the end of its block mapping',
    input: BLOCK_DOC,
    edits: [
      { op: 'set', path: ['last_review'], value: '2026-11-27' },
      { op: 'set', path: ['approval', 'prepared', 'note'], value: 'Bản nháp' },
      { op: 'set', path: ['history', 1, 'trigger'], value: '30/2020/NĐ-CP' },
    ],
    change: (d) => {
      d.last_review = '2026-11-27';
      rec(d, 'approval', 'prepared').note = 'Bản nháp';
      (list(d, 'history')[1] as Data).trigger = '30/2020/NĐ-CP';
    },
    output: BLOCK_DOC.replace('    date: 2023-02-01\n', '    date: 2023-02-01\n    note: Bản nháp\n')
      .replace("  summary: 'Bổ sung mẫu sổ, biên bản'\n", "  summary: 'Bổ sung mẫu sổ, biên bản'\n  trigger: 30/2020/NĐ-CP\nlast_review: 2026-11-27\n"),
  },
  {
    name: 'legal basis items are replaced in their own style',
    input: FLOW_DOC,
    edits: [
      { op: 'replace-item', path: ['legal_basis', 0], item: { id: '61/2018/NĐ-CP', articles: ['Điều 5'] } },
      { op: 'replace-item', path: ['legal_basis', 1], item: '63/2010/NĐ-CP' },
      { op: 'replace-item', path: ['history', 0], item: { revision: 1, date: '2019-03-02', summary: 'Ban hành' } },
    ],
    change: (d) => {
      d.legal_basis = [{ id: '61/2018/NĐ-CP', articles: ['Điều 5'] }, '63/2010/NĐ-CP'];
      list(d, 'history')[0] = { revision: 1, date: '2019-03-02', summary: 'Ban hành' };
    },
    output: FLOW_DOC.replace('  - 61/2018/NĐ-CP\n  - id: 63/2010/NĐ-CP\n    articles: [Điều 9]\n', '  - id: 61/2018/NĐ-CP\n    articles: [Điều 5]\n  - 63/2010/NĐ-CP\n').replace(
      '{ revision: 1, date: 2019-03-01, summary: Ban hành lần đầu }',
      '{ revision: 1, date: 2019-03-02, summary: Ban hành }',
    ),
  },
  {
    name: 'deleting block entries removes their lines, nested lines and comments',
    input: BLOCK_DOC,
    edits: [
      { op: 'delete', path: ['approval', 'reviewed'] },
      { op: 'delete', path: ['legal_basis', 0] },
      { op: 'delete', path: ['history', 0, 'revision'] },
      { op: 'delete', path: ['owner'] },
    ],
    change: (d) => {
      delete rec(d, 'approval').reviewed;
      list(d, 'legal_basis').shift();
      delete (list(d, 'history')[0] as Data).revision;
      delete d.owner;
    },
    output: BLOCK_DOC.replace(/ {2}reviewed:[^]*?date: 2023-02-03\n/, '')
      .replace('- id: 30/2020/NĐ-CP\n  articles: [Điều 8, Điều 9]\n', '')
      .replace('- revision: 1\n  date: 2021-06-01', '- date: 2021-06-01')
      .replace('owner: Văn phòng\n', ''),
  },
  {
    name: 'deleting the last entry leaves an empty collection, keeping the key comment',
    input: FLOW_DOC,
    edits: [
      { op: 'delete', path: ['legal_basis', 1] },
      { op: 'delete', path: ['legal_basis', 0] },
      { op: 'delete', path: ['references', 0] },
      { op: 'delete', path: ['references', 0] },
      { op: 'delete', path: ['tthc', 0] },
    ],
    change: (d) => Object.assign(d, { legal_basis: [], references: [], tthc: [] }),
    output: FLOW_DOC.replace('legal_basis:                  # căn cứ pháp lý\n  - 61/2018/NĐ-CP\n  - id: 63/2010/NĐ-CP\n    articles: [Điều 9]\n', 'legal_basis: []                  # căn cứ pháp lý\n')
      .replace('references: [QT-KHCN-02, BM-01/QT-KHCN-01]', 'references: []')
      .replace('tthc: ["1.004227"]', 'tthc: []'),
  },
  {
    name: 'deleting flow mapping entries takes one comma with them',
    input: FLOW_DOC,
    edits: [
      { op: 'delete', path: ['approval', 'approved', 'fingerprint'] },
      { op: 'delete', path: ['approval', 'prepared', 'name'] },
      { op: 'delete', path: ['history', 1, 'title'] },
      { op: 'delete', path: ['obsolete', 'date'] },
    ],
    change: (d) => {
      delete rec(d, 'approval', 'approved').fingerprint;
      delete rec(d, 'approval', 'prepared').name;
    },
    output: FLOW_DOC.replace(', fingerprint: "sha256:0f3a9c"', '').replace('{ name: Nguyễn Văn A, title: Chuyên viên', '{ title: Chuyên viên'),
  },
  {
    name: 'a block mapping that loses its only key becomes {}',
    input: '---\ncode: QT-01\napproval:   # phê duyệt\n  approved:\n    name: Lê Văn C\n    date: 2024-05-10\nrevision: 2\n---\nbody\n',
    edits: [{ op: 'delete', path: ['approval', 'approved'] }],
    change: (d) => (d.approval = {}),
    output: '---\ncode: QT-01\napproval: {}   # phê duyệt\nrevision: 2\n---\nbody\n',
  },
  {
    name: 'comments between block items stay where they are',
    input: '---\nlegal_basis:\n  # Nghị định\n  - 61/2018/NĐ-CP   # chính\n  # Thông tư\n  - id: 01/2019/TT-BNV\n    # điều khoản\n    articles: [Điều 2]\n      # ghi chú sâu\n  # hết\nstatus: draft\n---\n',
    edits: [{ op: 'delete', path: ['legal_basis', 0] }, { op: 'append', path: ['legal_basis'], item: { id: '30/2020/NĐ-CP' } }, { op: 'set', path: ['legal_basis', 0, 'articles', 0], value: 'Điều 3' }],
    change: (d) => (d.legal_basis = [{ id: '01/2019/TT-BNV', articles: ['Điều 3'] }, { id: '30/2020/NĐ-CP' }]),
    output: '---\nlegal_basis:\n  # Nghị định\n  # Thông tư\n  - id: 01/2019/TT-BNV\n    # điều khoản\n    articles: [Điều 3]\n      # ghi chú sâu\n  - id: 30/2020/NĐ-CP\n  # hết\nstatus: draft\n---\n',
  },
  {
    name: 'an empty front matter takes new keys',
    input: '---\n---\n# Tiêu đề\n',
    edits: [{ op: 'set', path: ['code'], value: 'QT-01' }, { op: 'append', path: ['history'], item: { revision: 1, date: '2026-11-27', summary: 'Ban hành' } }],
    change: (d) => Object.assign(d, { code: 'QT-01', history: [{ revision: 1, date: '2026-11-27', summary: 'Ban hành' }] }),
    output: '---\ncode: QT-01\nhistory:\n  - revision: 1\n    date: 2026-11-27\n    summary: Ban hành\n---\n# Tiêu đề\n',
  },
  {
    name: 'setting an empty value and appending to a null list',
    input: '---\ncode: QT-01\nowner:   # đơn vị\nreferences: ~\n---\n',
    edits: [{ op: 'set', path: ['owner'], value: 'Văn phòng' }, { op: 'append', path: ['references'], item: 'QT-02' }],
    change: (d) => Object.assign(d, { owner: 'Văn phòng', references: ['QT-02'] }),
    output: '---\ncode: QT-01\nowner:   Văn phòng # đơn vị\nreferences:\n  - QT-02\n---\n',
  },
  {
    name: 'strings that look like other types are quoted',
    input: '---\na: x\n---\n',
    edits: ['null', '~', 'yes', '12', '0x1F', '1e3', '.inf', '', ' lề', '- gạch', '[x]', '{x}', '&a', '*a', '!t', '%x', '@x', '`x', '"x"', 'a: b', 'a #b', 'dòng\nmới', 'tab\there', '\u0085', 'a\u2028b', '\ud800', 'x: '].map(
      (value, i): FrontMatterEdit => ({ op: 'set', path: [`k${i}`], value }),
    ),
    change: (d) => ['null', '~', 'yes', '12', '0x1F', '1e3', '.inf', '', ' lề', '- gạch', '[x]', '{x}', '&a', '*a', '!t', '%x', '@x', '`x', '"x"', 'a: b', 'a #b', 'dòng\nmới', 'tab\there', '\u0085', 'a\u2028b', '\ud800', 'x: '].forEach((v, i) => (d[`k${i}`] = v)),
  },
  {
    name: 'numbers and booleans are written plain',
    input: '---\nrevision: "3"\n---\n',
    edits: [{ op: 'set', path: ['revision'], value: 4 }, { op: 'set', path: ['draft'], value: true }, { op: 'set', path: ['ratio'], value: 0.5 }],
    change: (d) => Object.assign(d, { revision: 4, draft: true, ratio: 0.5 }),
    output: '---\nrevision: 4\ndraft: true\nratio: 0.5\n---\n',
  },
];

describe('editFrontMatter', () => {
  it.each(cases)('$name', ({ input, edits, change, output }) => {
    const result = editFrontMatter(input, edits);
    if (output !== undefined) expect(result).toBe(output);
    const intended = dataOf(input);
    change(intended);
    expect(dataOf(result)).toEqual(intended);
    expectPreserved(input, result, edits);
    const { yaml } = parts(result);
    if (input.includes('\r\n')) expect(yaml).not.toMatch(/(?<!\r)\n/);
    if (!input.includes('\n')) expect(yaml).not.toContain('\n');
    if (input === input.normalize('NFD') && input !== input.normalize('NFC')) expect(yaml).toBe(yaml.normalize('NFD'));
  });

  it('writes plain what reads back the same in its context, escapes what is invisible', () => {
    const values = ['a,b', 'Điều 5, khoản 2', '2026-11-27', 'yes', 'a\u2028b', '\u0085', '\ud800'];
    const edits = values.flatMap((value, i): FrontMatterEdit[] => [
      { op: 'set', path: [`k${i}`], value },
      { op: 'append', path: ['f'], item: value },
    ]);
    expect(editFrontMatter('---\nf: [x]\n---\n', edits)).toBe(
      '---\nf: [x, "a,b", "Điều 5, khoản 2", 2026-11-27, yes, "a\\u2028b", "\\u0085", "\\ud800"]\n' +
        'k0: a,b\nk1: Điều 5, khoản 2\nk2: 2026-11-27\nk3: yes\nk4: "a\\u2028b"\nk5: "\\u0085"\nk6: "\\ud800"\n---\n',
    );
  });

  it('returns the text unchanged for no edits and for deleting what is absent', () => {
    expect(editFrontMatter(FLOW_DOC, [])).toBe(FLOW_DOC);
    expect(editFrontMatter(FLOW_DOC, [{ op: 'delete', path: ['obsolete'] }, { op: 'delete', path: ['history', 9] }, { op: 'delete', path: ['approval', 'x', 'y'] }])).toBe(FLOW_DOC);
  });

  it('keeps an NFC front matter NFC even when the body is NFD', () => {
    const input = FLOW_DOC.replace('Mục đích', nfd('Mục đích'));
    const result = editFrontMatter(input, flowImpact);
    expect(parts(result).yaml).toBe(parts(FLOW_IMPACT).yaml);
    expect(parts(result).tail).toBe(parts(input).tail);
  });

  it('finds keys written in NFD from NFC paths', () => {
    const input = nfd('---\nghi_chú: cũ\n---\n');
    expect(editFrontMatter(input, [{ op: 'set', path: ['ghi_chú'], value: 'mới' }])).toBe(nfd('---\nghi_chú: mới\n---\n'));
  });

  const failures: Array<[string, string, FrontMatterEdit[], RegExp]> = [
    ['a path through a scalar', FLOW_DOC, [{ op: 'set', path: ['code', 'x'], value: 1 }], /code\.x.*code is a scalar/],
    ['a path through an item that is a scalar', FLOW_DOC, [{ op: 'set', path: ['legal_basis', 0, 'articles'], value: 'x' }], /legal_basis\.0 is a scalar/],
    ['a missing parent mapping', FLOW_DOC, [{ op: 'set', path: ['obsolete', 'date'], value: '2026-01-01' }], /obsolete\.date.*obsolete does not exist/],
    ['an append under a missing mapping', FLOW_DOC, [{ op: 'append', path: ['x', 'y'], item: 'z' }], /x does not exist/],
    ['an alias on the path', '---\na: &p { name: A }\nb: *p\n---\n', [{ op: 'set', path: ['b', 'name'], value: 'B' }], /b\.name.*alias/],
    ['an anchored target', '---\na: &p A\nb: *p\n---\n', [{ op: 'set', path: ['a'], value: 'B' }], /anchor/],
    ['setting a list', FLOW_DOC, [{ op: 'set', path: ['history'], value: 'x' }], /history: it is a list/],
    ['appending to a mapping', FLOW_DOC, [{ op: 'append', path: ['approval'], item: 'x' }], /approval: it is a mapping/],
    ['replacing a missing item', FLOW_DOC, [{ op: 'replace-item', path: ['history', 7], item: 'x' }], /history\.7/],
    ['replacing in a mapping', FLOW_DOC, [{ op: 'replace-item', path: ['approval', 'prepared'], item: 'x' }], /approval is not a list/],
    ['a key step on a list', FLOW_DOC, [{ op: 'set', path: ['history', 'x'], value: 1 }], /use an index/],
    ['no front matter', '# Tiêu đề\n', [{ op: 'set', path: ['code'], value: 'x' }], /no front matter/],
    ['an unclosed front matter', '---\ncode: x\n', [{ op: 'set', path: ['code'], value: 'y' }], /not closed/],
    ['a ---js front matter', '---js\n{}\n---\n', [{ op: 'set', path: ['code'], value: 'y' }], /---js/],
    ['invalid YAML', '---\ncode: [x\n---\n', [{ op: 'set', path: ['code'], value: 'y' }], /invalid YAML/],
    ['a list as front matter', '---\n- a\n---\n', [{ op: 'set', path: ['code'], value: 'y' }], /not a mapping/],
    ['an alias bomb', `---\na: &a [x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n`, [{ op: 'set', path: ['code'], value: 'y' }], /alias/i],
  ];
  it.each(failures)('refuses %s', (_, input, edits, message) => {
    let refusal: unknown;
    try {
      editFrontMatter(input, edits);
    } catch (error) {
      refusal = error;
    }
    expect(isFrontMatterEditError(refusal)).toBe(true);
    expect((refusal as Error).message).toMatch(message);
  });
});
