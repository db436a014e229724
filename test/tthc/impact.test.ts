/** qms impact through TTHC records: a procedure that does not cite an amended decree but handles a TTHC whose record rests on it is reported and revised. */
import { describe, expect, it } from 'vitest';
import { DATED_ARGS, git, makeGitRepo, nd107, ND_61_2018, readText, runBin, TODAY } from '../helpers/index.js';
import { REGIONS_CONFIG, tthcAgency } from './support.js';

const PROCEDURE = 'procedures/QT-KHCN-01.md';
const RECORD = 'tthc/VD.000101.md';

/** The agency with the record resting on 61/2018/NĐ-CP (Điều 5), which 107/2021/NĐ-CP amends; the procedure cites neither. */
function agency(config?: string): string {
  const files = tthcAgency({ 'legal/nd-61-2018-nd-cp.md': ND_61_2018, 'legal/nd-107-2021-nd-cp.md': nd107('2022-02-21', 'Điều 5'), ...(config ? { 'qms.config.yaml': config } : {}) });
  files[RECORD] = files[RECORD]!.replace('  - { id: 76/2018/NĐ-CP, articles: [Điều 5] }\n', '  - { id: 76/2018/NĐ-CP, articles: [Điều 5] }\n  - { id: 61/2018/NĐ-CP, articles: [Điều 5] }\n');
  return makeGitRepo(files);
}

describe('qms impact through TTHC records', () => {
  it('reports the record and the procedure handling it, precision direct through the TTHC', () => {
    const root = agency();
    const result = runBin(['impact', '107/2021/NĐ-CP', '--format', 'json', '--today', TODAY], root);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { affected: Array<{ code: string; precision: string; through: string[]; citations: unknown[] }>; tthc: Array<{ code: string; procedures: string[]; by: string[]; acknowledged: boolean }> };
    expect(report.tthc).toEqual([expect.objectContaining({ code: 'VD.000101', procedures: ['QT-KHCN-01'], by: ['107/2021/NĐ-CP'], acknowledged: false })]);
    expect(report.affected.map((a) => [a.code, a.precision, a.through, a.citations.length])).toEqual([['QT-KHCN-01', 'direct', ['VD.000101'], 0]]);
    const text = runBin(['impact', '107/2021/NĐ-CP', '--today', TODAY, '--lang', 'en'], root).stdout;
    expect(text).toContain('direct through TTHC VD.000101');
    expect(text).toMatch(/VD\.000101 {2}tthc\/VD\.000101\.md {2}cites Điều 5 61\/2018\/NĐ-CP; handled by QT-KHCN-01/);
  });

  it('an article the record does not cite makes it a review; a record updated with --trigger is acknowledged', () => {
    const root = agency();
    git(root, 'rm', '-q', 'legal/nd-107-2021-nd-cp.md');
    runBin(['legal', 'amend', '61/2018/NĐ-CP', '--by', '107/2021/NĐ-CP', '--articles', 'Điều 9', '--kind', 'Nghị định', '--title', 'Sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP', '--issuer', 'Chính phủ', '--signed', '2021-12-06', '--effective', '2022-02-21', '--today', TODAY], root);
    const report = (): { affected: Array<{ precision: string }>; tthc: Array<{ acknowledged: boolean }> } => JSON.parse(runBin(['impact', '107/2021/NĐ-CP', '--format', 'json', '--today', TODAY], root).stdout);
    expect(report().affected.map((a) => a.precision)).toEqual(['review']);
    expect(runBin(['tthc', 'set', 'VD.000101', '--result', 'Giấy phép (cập nhật)', '--trigger', '107/2021/NĐ-CP', '--today', TODAY], root).code).toBe(0);
    expect(report().tthc.map((t) => t.acknowledged)).toEqual([true]);
  });

  it('--apply revises the procedure as for a direct citation and re-renders its TTHC regions from the record', () => {
    const root = agency(REGIONS_CONFIG);
    expect(runBin(['render', '--today', TODAY], root).code).toBe(0);
    git(root, 'commit', '-qam', 'render');
    // The province announced the amendment: the record changes first, the procedure not yet.
    expect(runBin(['tthc', 'set', 'VD.000101', '--time-limit', '8 working-days', '--trigger', '107/2021/NĐ-CP', '--today', TODAY], root).code).toBe(0);
    git(root, 'commit', '-qam', 'record');
    const result = runBin(['impact', '107/2021/NĐ-CP', '--apply', ...DATED_ARGS], root);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(git(root, 'show', '--name-only', '--format=', 'HEAD').trim()).toBe(PROCEDURE);
    const after = readText(root, PROCEDURE);
    expect(after).toMatch(/^revision: 3$/m);
    expect(after).toMatch(/^ {2}- id: 107\/2021\/NĐ-CP$/m);
    expect(after).toContain('8 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ');
    expect(after).toMatch(/Điều 5 Nghị định số 61\/2018\/NĐ-CP[^\n]*được sửa đổi, bổ sung bởi Nghị định số 107\/2021\/NĐ-CP/);
    // The step table still adds up to 10 days: check says so, naming both totals.
    const check = JSON.parse(runBin(['check', '--format', 'json', '--today', TODAY, '--lang', 'en'], root).stdout) as Array<{ ruleId: string; message: string }>;
    expect(check.filter((f) => f.ruleId === 'tthc/time-limit').map((f) => f.message)).toEqual([expect.stringContaining('10 working days (80 hours), more than the 8 working days (64 hours)')]);
  });
});
