import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editFrontMatter, type FrontMatterEdit } from '../../src/yaml-edit/frontmatter-edit.js';

const FRONT_MATTER = `---
code: QT-KHCN-01   # mã
title: Quy trình cấp giấy phép
revision: 3
status: effective
history:
  - { revision: 1, date: 2019-03-01, summary: Ban hành lần đầu }
  - { revision: 3, date: 2024-05-10, summary: Rà soát định kỳ }
---
`;

const EDITS: FrontMatterEdit[] = [
  { op: 'set', path: ['revision'], value: 4 },
  { op: 'append', path: ['history'], item: { revision: 4, date: '2026-11-27', summary: 'Cập nhật theo 107/2021/NĐ-CP' } },
];

const EDITED = `---
code: QT-KHCN-01   # mã
title: Quy trình cấp giấy phép
revision: 4
status: effective
history:
  - { revision: 1, date: 2019-03-01, summary: Ban hành lần đầu }
  - { revision: 3, date: 2024-05-10, summary: Rà soát định kỳ }
  - { revision: 4, date: 2026-11-27, summary: Cập nhật theo 107/2021/NĐ-CP }
---
`;

/** Bodies made of arbitrary text and the pieces most likely to confuse a front matter reader. */
const body = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.constantFrom('\r\n', '\n', '\r', '---', '---\n', '...\n', '<!-- -->', '<!-- qms:begin history -->', 'revision: 9\n', '  - { a: 1 }\n', '\uFEFF', 'Đ', 'ệ', '\ud800'),
    ),
    { maxLength: 12 },
  )
  .map((pieces) => pieces.join(''));

describe('editFrontMatter on random bodies', () => {
  it('never changes a byte of the body', () => {
    fc.assert(
      fc.property(body, (text) => {
        const result = editFrontMatter(FRONT_MATTER + text, EDITS);
        expect(result.slice(EDITED.length)).toBe(text);
        expect(result.slice(0, EDITED.length)).toBe(EDITED);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
