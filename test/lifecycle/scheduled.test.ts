/** A scheduled issue: the decision is signed now, the procedure takes effect on a later day with no further command. */
import { describe, expect, it } from 'vitest';
import { expectClean, lifecycleRepo, runBin, runBinJson, runMainJson } from '../helpers/index.js';

const PROCEDURE = 'procedures/QT-KHCN-09.md';

function ok(root: string, args: string[]): Record<string, unknown> {
  const result = runBinJson(root, args);
  expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
  return result.json;
}

/** A step before the one under test (publish, run by the built CLI above), in-process (main(argv, io)). */
async function before(root: string, args: string[]): Promise<void> {
  const result = await runMainJson(root, args);
  expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
}

function listed(root: string, today: string): { status: string; effective: string } {
  const result = runBin(['list', '-f', 'json', '--today', today, '--no-cache'], root);
  const list = JSON.parse(result.stdout) as { documents: Array<{ code: string; status: string; effective: string }> };
  return list.documents.find((d) => d.code === 'QT-KHCN-09')!;
}

describe('qms publish --effective <a day still to come>', () => {
  it('issues the document now; it reads as scheduled until that day and effective from it', async () => {
    const root = lifecycleRepo();
    await before(root, ['new', 'procedure', '--code', 'QT-KHCN-09', '--title', 'Quy trình thẩm định công nghệ', '--owner', 'Phòng Quản lý chuyên ngành', '--date', '2026-11-02']);
    await before(root, ['approve', 'QT-KHCN-09', '--step', 'prepared', '--name', 'Nguyễn Văn An', '--title', 'Chuyên viên', '--date', '2026-11-10']);
    await before(root, ['approve', 'QT-KHCN-09', '--step', 'reviewed', '--name', 'Trần Thị Bình', '--title', 'Trưởng phòng', '--date', '2026-11-12']);
    await before(root, ['approve', 'QT-KHCN-09', '--step', 'approved', '--name', 'Lê Văn Cường', '--title', 'Giám đốc', '--date', '2026-11-15']);

    const published = ok(root, ['publish', 'QT-KHCN-09', '--effective', '2027-01-01']);
    expect(published).toMatchObject({ status: 'effective', effective: '2027-01-01' });
    expect((published.check as { errors: number }).errors).toBe(0);
    expectClean(root, PROCEDURE);

    expect(listed(root, '2026-11-27')).toMatchObject({ status: 'scheduled', effective: '2027-01-01' });
    expect(listed(root, '2027-01-01')).toMatchObject({ status: 'effective', effective: '2027-01-01' });
    expectClean(root, PROCEDURE, '2027-01-01');
    const shown = runBin(['show', 'QT-KHCN-09', '--today', '2026-11-27', '--no-cache'], root);
    expect(shown.stdout).toContain('Đã ban hành, chưa đến ngày hiệu lực');
    const onlyScheduled = runBin(['list', '-f', 'json', '--status', 'scheduled', '--today', '2026-11-27', '--no-cache'], root);
    expect((JSON.parse(onlyScheduled.stdout) as { documents: Array<{ code: string }> }).documents.map((d) => d.code)).toEqual(['QT-KHCN-09']);
  });
});
