import { it } from 'vitest';
import { editFrontMatter, type FrontMatterEdit } from '../../src/edit/frontmatter-edit.js';

const doc = `---
code: QT-KHCN-01              # required
title: "Quy trình cấp giấy phép"
revision: 3                   # lần ban hành
status: effective
approval:
  prepared: { name: Nguyễn Văn A, title: Chuyên viên, date: 2024-05-01 }
  reviewed: { name: Trần Thị B, title: Trưởng phòng, date: 2024-05-05 }
  approved:
    name: Lê Văn C   # giám đốc
    date: 2024-05-10
legal_basis:                  # the legal documents
  - id: 61/2018/NĐ-CP
  - id: 63/2010/NĐ-CP
    articles: [Điều 9]
references: [QT-KHCN-02, BM-01/QT-KHCN-01]   # codes
tthc: []
history:                      # theo dõi
  - { revision: 1, date: 2019-03-01, summary: Ban hành lần đầu }
  - { revision: 3, date: 2024-05-10, summary: Rà soát định kỳ }
---
# Body
`;
const run = (edits: FrontMatterEdit[]) => { try { console.log(editFrontMatter(doc, edits)); } catch (e) { console.log('ERR', (e as Error).message); } };
it('scratch', () => {
  run([
    { op: 'set', path: ['revision'], value: 4 },
    { op: 'set', path: ['status'], value: 'draft' },
    { op: 'delete', path: ['approval', 'reviewed'] },
    { op: 'delete', path: ['approval', 'approved'] },
    { op: 'append', path: ['history'], item: { revision: 4, date: '2026-11-27', summary: 'Cập nhật: theo Nghị định 107/2021/NĐ-CP', trigger: '107/2021/NĐ-CP' } },
    { op: 'append', path: ['legal_basis'], item: { id: '107/2021/NĐ-CP', articles: ['Điều 1', 'Điều 2'] } },
    { op: 'replace-item', path: ['legal_basis', 0], item: '61/2018/ND-CP' },
    { op: 'append', path: ['references'], item: 'QT-KHCN-05' },
    { op: 'append', path: ['tthc'], item: '1.004227' },
    { op: 'append', path: ['new_list'], item: 'x' },
    { op: 'set', path: ['last_review'], value: '2026-11-27' },
  ]);
  run([{ op: 'delete', path: ['legal_basis', 0] }, { op: 'delete', path: ['legal_basis', 0, 'id'] }, { op: 'delete', path: ['approval', 'prepared', 'name'] }, { op: 'delete', path: ['approval', 'prepared', 'date'] }, { op: 'delete', path: ['references', 0] }, { op: 'delete', path: ['history'] }]);
  run([{ op: 'delete', path: ['approval'] }, { op: 'delete', path: ['legal_basis', 1] }, { op: 'delete', path: ['legal_basis', 0] }, { op: 'delete', path: ['references', 0] }, { op: 'delete', path: ['references', 0] }]);
  run([{ op: 'set', path: ['approval', 'prepared', 'name', 'x'], value: 1 }]);
  run([{ op: 'set', path: ['nope', 'x'], value: 1 }]);
  run([{ op: 'set', path: ['title'], value: 'Mới' }, { op: 'set', path: ['code'], value: '0012' }, { op: 'set', path: ['approval', 'prepared', 'title'], value: 'a, b' }]);
});
