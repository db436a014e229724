/** The revision in force stays visible while the next one is drafted and approved (ISO 9001 7.5.2, 7.5.3). */
import { describe, expect, it } from 'vitest';
import { effectiveProcedure, expectClean, lifecycleRepo, readText, runBin, runMain, runMainJson } from '../helpers/index.js';

const PROCEDURE = 'procedures/QT-KHCN-01.md';
const APPROVERS = [
  ['prepared', 'Nguyễn Văn An', 'Chuyên viên', '2026-11-10'],
  ['reviewed', 'Trần Thị Bình', 'Trưởng phòng', '2026-11-12'],
  ['approved', 'Lê Văn Cường', 'Giám đốc', '2026-11-15'],
] as const;

/** Runs a lifecycle step in-process (main(argv, io)); the list and show read by people run the built CLI. */
async function ok(root: string, args: string[]): Promise<Record<string, unknown>> {
  const result = await runMainJson(root, args);
  expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
  return result.json;
}

interface Row {
  code: string;
  revision: number;
  effective: string | null;
  status: string;
  draft: { revision: number; status: string } | null;
}

async function row(root: string, today = '2026-11-27'): Promise<Row> {
  const list = JSON.parse((await runMain(['list', '-f', 'json', '--today', today, '--no-cache'], root)).stdout) as { documents: Row[] };
  return list.documents.find((d) => d.code === 'QT-KHCN-01')!;
}

describe('the revision in force while the next one is drafted', () => {
  it('keeps revision 1 with its effective date in list and show until revision 2 is published', async () => {
    const root = lifecycleRepo({ [PROCEDURE]: effectiveProcedure('QT-KHCN-01') });
    expect(await row(root)).toMatchObject({ revision: 1, effective: '2026-02-01', status: 'effective', draft: null });

    await ok(root, ['revise', 'QT-KHCN-01', '--summary', 'Cập nhật quy trình', '--date', '2026-11-02']);
    // The effective date of revision 1 moves to its history row; the document's own goes.
    const text = readText(root, PROCEDURE);
    expect(text).toMatch(/- \{ revision: 1, date: 2026-01-05, summary: Ban hành lần đầu, effective: 2026-02-01 \}/);
    expect(text).not.toMatch(/^effective:/m);
    expect(await row(root)).toEqual(expect.objectContaining({ revision: 1, effective: '2026-02-01', status: 'effective', draft: { revision: 2, status: 'draft' } }));
    const text1 = runBin(['list', '--today', '2026-11-27', '--no-cache'], root).stdout;
    expect(text1).toMatch(/QT-KHCN-01 +1 \(lần 2: Dự thảo\) +01\/02\/2026 +Đang hiệu lực/);
    expect(runBin(['show', 'QT-KHCN-01', '--today', '2026-11-27', '--no-cache'], root).stdout).toMatch(/Lần đang hiệu lực +lần 1, từ 01\/02\/2026/);
    // Selected as effective (in use) and as draft (in progress).
    for (const status of ['effective', 'draft']) {
      const listed = JSON.parse((await runMain(['list', '-f', 'json', '--status', status, '--today', '2026-11-27', '--no-cache'], root)).stdout) as { documents: Row[] };
      expect(listed.documents.map((d) => d.code), status).toContain('QT-KHCN-01');
    }

    for (const [step, name, title, date] of APPROVERS) await ok(root, ['approve', 'QT-KHCN-01', '--step', step, '--name', name, '--title', title, '--date', date]);
    expect(await row(root)).toMatchObject({ revision: 1, status: 'effective', draft: { revision: 2, status: 'approved' } });

    await ok(root, ['publish', 'QT-KHCN-01', '--effective', '2026-11-20']);
    expect(readText(root, PROCEDURE)).toMatch(/revision: 2, date: 2026-11-02, summary: Cập nhật quy trình, effective: 2026-11-20 \}/);
    expect(await row(root)).toMatchObject({ revision: 2, effective: '2026-11-20', status: 'effective', draft: null });
    expectClean(root, PROCEDURE);
  });
});
