/** `qms review`: a periodic review recorded by command, satisfying review/overdue (ISO 9001 7.5.2 c). */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/repository.js';
import { effectiveProcedure, lifecycleRepo, readText, runMain, runMainToday } from '../helpers/index.js';

const FILE = 'procedures/QT-KHCN-01.md';
const REVIEWER = ['--by', 'Trần Thị Bình', '--title', 'Trưởng phòng'];

async function overdue(root: string, today: string): Promise<string[]> {
  const dated = await runMain(['check', FILE, '--format', 'json', '--no-cache', '--today', today], root, { QMS_LANG: 'en', LANG: undefined, LC_ALL: undefined });
  return (JSON.parse(dated.stdout) as Array<Finding & { message: string }>).filter((f) => f.ruleId === 'review/overdue').map((f) => f.message);
}

describe('qms review', () => {
  it('records who reviewed when, and review/overdue is satisfied until the next interval', async () => {
    const root = lifecycleRepo({ [FILE]: effectiveProcedure('QT-KHCN-01') });
    // Approved 2026-01-15: a review was due by 2027-01-15.
    expect(await overdue(root, '2027-02-01')).toHaveLength(1);
    expect((await overdue(root, '2027-02-01'))[0]).toContain('qms review QT-KHCN-01');

    const result = await runMainToday(root, ['review', 'QT-KHCN-01', ...REVIEWER, '--date', '2026-11-20', '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, command: 'review', date: '2026-11-20', outcome: 'no-change', check: { errors: 0, warnings: 0 } });
    const text = readText(root, FILE);
    expect(text).toMatch(/^last_review: 2026-11-20$/m);
    expect(text).toContain('reviews:\n  - date: 2026-11-20\n    by: Trần Thị Bình\n    title: Trưởng phòng\n    outcome: no-change\n');
    expect(await overdue(root, '2027-02-01')).toEqual([]);
    expect(await overdue(root, '2027-11-21')).toHaveLength(1);
  });

  it('--dry-run prints the change as a diff and writes nothing (every lifecycle command)', async () => {
    const root = lifecycleRepo({ [FILE]: effectiveProcedure('QT-KHCN-01') });
    const before = readText(root, FILE);
    for (const args of [['review', 'QT-KHCN-01', ...REVIEWER], ['revise', 'QT-KHCN-01', '--summary', 'Rà soát'], ['obsolete', 'QT-KHCN-01', '--reason', 'Hủy bỏ']]) {
      const result = await runMainToday(root, [...args, '--dry-run']);
      expect(result.code, args.join(' ')).toBe(0);
      expect(result.stdout, args.join(' ')).toContain(`--- a/${FILE}`);
      expect(readText(root, FILE)).toBe(before);
    }
  });

  it('with --outcome revise names the qms revise to run; refuses a bad outcome, an earlier date, a draft', async () => {
    const root = lifecycleRepo({ [FILE]: effectiveProcedure('QT-KHCN-01'), 'procedures/QT-KHCN-02.md': effectiveProcedure('QT-KHCN-02').replace('status: effective\neffective: 2026-02-01\n', 'status: draft\n') });
    const revise = await runMainToday(root, ['review', 'QT-KHCN-01', ...REVIEWER, '--outcome', 'revise', '--note', 'Thời hạn giải quyết đã thay đổi', '--lang', 'en']);
    expect(revise.code, revise.stderr).toBe(0);
    expect(revise.stdout).toContain('Next: qms revise QT-KHCN-01 --summary');
    expect(readText(root, FILE)).toContain('    outcome: revise\n    note: Thời hạn giải quyết đã thay đổi\n');
    for (const [args, reason] of [
      [['review', 'QT-KHCN-01', ...REVIEWER, '--outcome', 'maybe'], 'usage'],
      [['review', 'QT-KHCN-01', ...REVIEWER, '--date', '2026-03-01'], 'date-order'],
      [['review', 'QT-KHCN-02', ...REVIEWER], 'not-in-use'],
    ] as const) {
      const refused = await runMainToday(root, [...args, '--json']);
      expect(refused.code, args.join(' ')).toBe(2);
      expect((JSON.parse(refused.stdout) as { error: { reason: string } }).error.reason, args.join(' ')).toBe(reason);
    }
  });
});
