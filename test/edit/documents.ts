/** Realistic controlled documents for the front matter editing tests, and helpers to check edits. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { isMap, parseDocument } from 'yaml';
import { splitFrontMatter } from '../../src/document/split.js';
import type { FrontMatterEdit } from '../../src/yaml-edit/frontmatter-edit.js';
import { DEMO_AGENCY } from '../helpers/index.js';

/** A procedure with flow history rows, flow approvals, plain and `{ id, articles }` legal basis, comments. */
export const FLOW_DOC = `---
code: QT-KHCN-01              # mã tài liệu
title: Quy trình cấp giấy phép chuyển giao công nghệ
type: procedure
revision: 3                   # lần ban hành
status: effective
effective: 2024-05-15
owner: 'Phòng Quản lý chuyên ngành'
approval:
  prepared: { name: Nguyễn Văn A, title: Chuyên viên, date: 2024-05-01 }
  reviewed: { name: Trần Thị B, title: Trưởng phòng, date: 2024-05-05 }   # xem xét
  approved: { name: Lê Văn C, title: Giám đốc, date: 2024-05-10, fingerprint: "sha256:0f3a9c" }
legal_basis:                  # căn cứ pháp lý
  - 61/2018/NĐ-CP
  - id: 63/2010/NĐ-CP
    articles: [Điều 9]
references: [QT-KHCN-02, BM-01/QT-KHCN-01]   # tài liệu liên quan
tthc: ["1.004227"]
history:                      # theo dõi sửa đổi
  - { revision: 1, date: 2019-03-01, summary: Ban hành lần đầu }
  - { revision: 2, date: 2022-01-10, summary: Cập nhật theo Nghị định 107/2021/NĐ-CP, trigger: 107/2021/NĐ-CP }
  - { revision: 3, date: 2024-05-10, summary: Rà soát định kỳ }
last_review: 2025-05-10
---

# Quy trình cấp giấy phép chuyển giao công nghệ

## 1. Mục đích

Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ.
<!-- qms:begin history -->
| Lần | Ngày | Nội dung |
|---|---|---|
<!-- qms:end history -->
---
revision: 99
`;

/** An instruction written in block style throughout, with sequences at the key's column. */
export const BLOCK_DOC = `---
code: HD-VP-02
title: "Hướng dẫn lưu trữ hồ sơ"   # tên tài liệu
type: instruction
revision: 2
status: approved
owner: Văn phòng
approval:
  prepared:
    name: Phạm Thị D
    title: Chuyên viên
    date: 2023-02-01
  reviewed:                    # xem xét
    name: Hoàng Văn E
    title: Chánh Văn phòng     # chức danh
    date: 2023-02-03
  approved:
    name: Vũ Văn G
    title: Phó Giám đốc
    date: 2023-02-05
legal_basis:
- id: 30/2020/NĐ-CP
  articles: [Điều 8, Điều 9]
- 01/2019/TT-BNV
history:
- revision: 1
  date: 2021-06-01
  summary: Ban hành lần đầu
- revision: 2
  date: 2023-02-05
  summary: 'Bổ sung mẫu sổ, biên bản'
---
Nội dung hướng dẫn.
`;

/** A form with almost nothing yet: empty and absent lists. */
export const SPARSE_DOC = `---
code: BM-01/QT-KHCN-01
title: Đơn đề nghị
type: form
revision: 1
status: draft
legal_basis: []   # chưa có
references:
tthc: [ ]
approval: { prepared: { name: Nguyễn Văn A, date: 2026-11-01 } }
---
`;

/** The edits `qms impact --apply` makes for a new revision triggered by a legal change. */
export function impactEdits(revision: number, trigger: string): FrontMatterEdit[] {
  return [
    { op: 'set', path: ['revision'], value: revision },
    { op: 'set', path: ['status'], value: 'draft' },
    { op: 'delete', path: ['approval', 'reviewed'] },
    { op: 'delete', path: ['approval', 'approved'] },
    { op: 'append', path: ['history'], item: { revision, date: '2026-11-27', summary: `Cập nhật theo ${trigger}`, trigger } },
    { op: 'append', path: ['legal_basis'], item: { id: trigger, articles: ['Điều 1', 'Điều 3'] } },
  ];
}

/** Converts a document to CRLF line endings. */
export const crlf = (text: string): string => text.replace(/\n/g, '\r\n');
/** Converts a document to old Mac (CR-only) line endings. */
export const cr = (text: string): string => text.replace(/\n/g, '\r');

/** The parts of a file: everything up to the YAML, the YAML, and the body (with the closing fence). */
export function parts(text: string): { head: string; yaml: string; tail: string } {
  const split = splitFrontMatter(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  if (split.kind !== 'ok') throw new Error('no front matter');
  return { head: text.slice(0, split.yamlStart), yaml: text.slice(split.yamlStart, split.yamlEnd), tail: text.slice(split.yamlEnd) };
}

/** The front matter as data, read as qms reads it (a lone CR is a line break). */
export function dataOf(text: string): Record<string, unknown> {
  const doc = parseDocument(parts(text).yaml.replace(/\r(?!\n)/g, '\n'), { schema: 'core', uniqueKeys: true });
  expect(doc.errors).toEqual([]);
  return (doc.toJS() ?? {}) as Record<string, unknown>;
}

/**
 * The source text of each top-level entry (from its key's line to the next key's line), so a test
 * can check that entries no edit touched are still there byte for byte, in order.
 */
export function topLevelEntries(text: string): Map<string, string> {
  const { yaml } = parts(text);
  const doc = parseDocument(yaml.replace(/\r(?!\n)/g, '\n'));
  const entries = new Map<string, string>();
  if (!isMap(doc.contents)) return entries;
  const starts = doc.contents.items.map((pair) => {
    const offset = (pair.key as { range: [number, number, number] }).range[0];
    return Math.max(yaml.lastIndexOf('\n', offset - 1), yaml.lastIndexOf('\r', offset - 1)) + 1;
  });
  doc.contents.items.forEach((pair, i) => entries.set(String((pair.key as { value: unknown }).value), yaml.slice(starts[i], starts[i + 1] ?? yaml.length)));
  return entries;
}

/** Asserts every byte outside the edited entries is preserved: head, body, and untouched entries. */
export function expectPreserved(before: string, after: string, edits: readonly FrontMatterEdit[]): void {
  const a = parts(before);
  const b = parts(after);
  expect(b.head).toBe(a.head);
  expect(b.tail).toBe(a.tail);
  const touched = new Set(edits.map((edit) => String(edit.path[0])));
  let from = 0;
  for (const [key, source] of topLevelEntries(before)) {
    if (touched.has(key)) continue;
    const at = b.yaml.indexOf(source, from);
    expect(at, `entry "${key}" is kept byte for byte, in order`).toBeGreaterThanOrEqual(0);
    from = at + source.length;
  }
}

/** The texts of the demo agency's procedures. */
export function demoProcedureTexts(): string[] {
  const folder = join(DEMO_AGENCY, 'procedures');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.md'))
    .map((file) => readFileSync(join(folder, file), 'utf8'));
}

/** Edits to draw from (`slice(3, 9)`: the edits of qms impact's plan). */
export const EDIT_POOL: readonly FrontMatterEdit[] = [
  { op: 'replace-item', path: ['legal_basis', 0], item: { id: '118/2025/NĐ-CP' } },
  { op: 'append', path: ['legal_basis'], item: '107/2021/NĐ-CP' },
  { op: 'delete', path: ['legal_basis', 1] },
  { op: 'set', path: ['revision'], value: 3 },
  { op: 'append', path: ['history'], item: { revision: 3, date: '2026-11-27', summary: 'Cập nhật theo Nghị định 107/2021/NĐ-CP', trigger: '107/2021/NĐ-CP' } },
  { op: 'set', path: ['status'], value: 'draft' },
  { op: 'delete', path: ['effective'] },
  { op: 'delete', path: ['approval', 'approved'] },
  { op: 'delete', path: ['approval', 'reviewed'] },
  { op: 'set', path: ['owner'], value: 'Văn phòng' },
  { op: 'set', path: ['approval', 'prepared', 'by'], value: 'C' },
];
