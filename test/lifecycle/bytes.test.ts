import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, LIFECYCLE_CONFIG, lifecycleRepo, readText, runMainToday } from '../helpers/index.js';

const FILE = 'procedures/QT-KHCN-09.md';

/**
 * Front matter lines a lifecycle command owns; everything else must keep its bytes. History rows are
 * owned too: publish records the effective date in its revision's row.
 */
const OWNED = /^(?:revision|status|effective|approval|obsolete):|^ {2}(?:prepared|reviewed|approved):|^ {2}- \{ revision: \d/;

/** The lines of a text outside the generated regions and the owned lines, with their line endings. */
function outside(text: string): string[] {
  const withoutRegions = text.replace(/(<!-- qms:begin (\S+) -->)[\s\S]*?(<!-- qms:end \2 -->)/g, '$1$3');
  return (withoutRegions.match(/[^\n]*\n|[^\n]+$/g) ?? []).filter((line) => !OWNED.test(line.replace(/^\uFEFF/, '')));
}

async function step(root: string, args: string[]): Promise<void> {
  const result = await runMainToday(root, args);
  expect(result.stderr, args.join(' ')).toBe('');
  expect(result.code, args.join(' ')).toBe(0);
  const checked = await runMainToday(root, ['check', FILE, '--format', 'json']);
  expect(JSON.parse(checked.stdout), `qms check after ${args.join(' ')}`).toEqual([]);
}

type Variant = { name: string; make: (text: string) => string; holds: (text: string) => void };

const VARIANTS: Variant[] = [
  {
    name: 'CRLF',
    make: (text) => text.replace(/\n/g, '\r\n'),
    holds: (text) => expect(/(?<!\r)\n/.test(text)).toBe(false),
  },
  {
    name: 'BOM',
    make: (text) => `\uFEFF${text}`,
    holds: (text) => {
      expect(text.startsWith('\uFEFF---')).toBe(true);
      expect(text.indexOf('\uFEFF', 1)).toBe(-1);
    },
  },
  {
    name: 'NFD',
    make: (text) => text.normalize('NFD'),
    holds: (text) => expect(text).toBe(text.normalize('NFD')),
  },
  {
    name: 'CRLF + BOM + NFD',
    make: (text) => `\uFEFF${text.replace(/\n/g, '\r\n').normalize('NFD')}`,
    holds: (text) => {
      expect(/(?<!\r)\n/.test(text)).toBe(false);
      expect(text.startsWith('\uFEFF---')).toBe(true);
      expect(text).toBe(text.normalize('NFD'));
    },
  },
];

describe('documents keep their bytes outside what the commands own', () => {
  for (const variant of VARIANTS) {
    it(`${variant.name}: approve ×3, publish, revise, obsolete`, async () => {
      const root = lifecycleRepo();
      expect((await runMainToday(root, ['new', 'procedure', '--code', 'QT-KHCN-09', '--title', 'Quy trình thẩm định', '--owner', 'Phòng Quản lý', '--date', '2026-01-05'])).code).toBe(0);
      // Hand-made touches the commands must leave alone: comments, a quoted title, a trailing comment.
      const made = variant.make(
        readText(root, FILE)
          .replace('title: Quy trình thẩm định', 'title: "Quy trình thẩm định" # tên đầy đủ')
          .replace('history:', '# Theo dõi sửa đổi: mỗi lần ban hành một dòng\nhistory:')
          .replace('## 2. Phạm vi', 'Ghi chú của người soạn:  hai dấu cách, dấu cách cuối dòng   \n\n## 2. Phạm vi'),
      );
      writeFileSync(join(root, FILE), made);
      git(root, 'add', '-A');
      git(root, 'commit', '-q', '-m', variant.name);
      const commands = [
        ['approve', 'QT-KHCN-09', '--step', 'prepared', '--name', 'Nguyễn Văn An', '--title', 'Chuyên viên', '--date', '2026-01-10'],
        ['approve', 'QT-KHCN-09', '--step', 'reviewed', '--name', 'Trần Thị Bình', '--title', 'Trưởng phòng', '--date', '2026-01-12'],
        ['approve', 'QT-KHCN-09', '--step', 'approved', '--name', 'Lê Văn Cường', '--title', 'Giám đốc', '--date', '2026-01-15'],
        ['publish', 'QT-KHCN-09', '--effective', '2026-02-01'],
        ['revise', 'QT-KHCN-09', '--summary', 'Rà soát định kỳ', '--trigger', '107/2021/NĐ-CP', '--date', '2026-06-01'],
        ['obsolete', 'QT-KHCN-09', '--reason', 'Hủy bỏ theo quyết định của Giám đốc', '--date', '2026-11-01'],
      ];
      let before = made;
      for (const args of commands) {
        await step(root, args);
        const after = readText(root, FILE);
        variant.holds(after);
        expect(outside(after), args.join(' ')).toEqual(outside(before));
        before = after;
      }
      const inText = (snippet: string): string => variant.make(snippet).replace(/^\uFEFF/, '');
      expect(before).toContain(inText('title: "Quy trình thẩm định" # tên đầy đủ\n'));
      expect(before).toContain(inText('# Theo dõi sửa đổi: mỗi lần ban hành một dòng\nhistory:'));
      expect(before).toContain(inText('obsolete: { date: 2026-11-01, reason: Hủy bỏ theo quyết định của Giám đốc }\n'));
    });
  }
});

describe('codes are matched in NFC', () => {
  it('finds a document whose code is written in NFD, from a code typed in NFC or NFD, and names new files in NFC', async () => {
    const config = `${LIFECYCLE_CONFIG}  hoso:\n    label: Hồ sơ\n    pattern: "^HỒ-SƠ-[0-9]{2}$"\n`;
    const root = lifecycleRepo({}, config);
    const nfd = 'HỒ-SƠ-01'.normalize('NFD');
    const created = await runMainToday(root, ['new', 'hoso', '--code', nfd, '--title', 'Hồ sơ thử'.normalize('NFD'), '--date', '2026-01-05', '--json']);
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({ file: 'HỒ-SƠ-01.md', code: 'HỒ-SƠ-01', template: 'qms:templates/documents/default.vi.md' });
    expect(readText(root, 'HỒ-SƠ-01.md')).toMatch(/^code: HỒ-SƠ-01$/m);
    // A document written in NFD throughout, its code too.
    writeFileSync(join(root, 'HỒ-SƠ-01.md'), readText(root, 'HỒ-SƠ-01.md').normalize('NFD'));
    for (const code of ['HỒ-SƠ-01', nfd]) {
      const found = await runMainToday(root, ['approve', code, '--step', 'prepared', '--name', 'Nguyễn Văn An', '--title', 'Chuyên viên', '--date', '2026-01-10', '--json']);
      expect(found.code).toBe(0);
      expect(JSON.parse(found.stdout)).toMatchObject({ code: nfd, check: { errors: 0, warnings: 0 } });
    }
    const text = readText(root, 'HỒ-SƠ-01.md');
    expect(text).toBe(text.normalize('NFD'));
    expect(text).toContain('prepared: { name: Nguyễn Văn An, title: Chuyên viên, date: 2026-01-10 }'.normalize('NFD'));
  });
});
