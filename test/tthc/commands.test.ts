/**
 * qms tthc add|set|show|list, qms render of the TTHC regions and tthc/time-limit after a change, in
 * real git repositories: add, list, show and one set end to end with the built CLI (a child
 * process); the other runs in-process (main(argv, io)).
 */
import { describe, expect, it } from 'vitest';
import { git, makeGitRepo, readText, runBin, runMain, TODAY } from '../helpers/index.js';
import { REGIONS_CONFIG, tthcAgency } from './support.js';

const RECORD = 'tthc/VD.000101.md';
const PROCEDURE = 'procedures/QT-KHCN-01.md';

describe('qms tthc', () => {
  it('add writes a new record (previewed with --dry-run first), refuses a code taken, and list/show name the procedures handling it', () => {
    const root = makeGitRepo(tthcAgency());
    const args = ['tthc', 'add', 'VD.000202', '--name', 'Thủ tục mẫu thứ hai', '--agency', 'Sở Khoa học và Công nghệ', '--time-limit', '5 ngày làm việc', '--fee', 'Lệ phí=Không thu', '--legal-basis', '76/2018/NĐ-CP|Điều 5', '--today', TODAY];
    const dry = runBin([...args, '--dry-run'], root);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('+++ b/tthc/VD.000202.md');
    expect(git(root, 'status', '--porcelain')).toBe('');
    expect(runBin(args, root).code).toBe(0);
    expect(readText(root, 'tthc/VD.000202.md')).toContain('time_limit: { value: 5, unit: working-days }');
    const again = runBin(args, root);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('VD.000202');

    const list = runBin(['tthc', 'list', '--json', '--today', TODAY], root);
    expect(JSON.parse(list.stdout)).toEqual([
      expect.objectContaining({ code: 'VD.000101', procedures: ['QT-KHCN-01'], timeLimit: { value: 10, unit: 'working-days' } }),
      expect.objectContaining({ code: 'VD.000202', procedures: [] }),
    ]);
    const show = runBin(['tthc', 'show', 'VD.000101', '--lang', 'en', '--today', TODAY], root);
    expect(show.stdout).toContain('Time limit: 10 working days');
    expect(show.stdout).toMatch(/Procedures handling it:\n\s+QT-KHCN-01/);
  });

  it('set --trigger changes the time limit and records why; check then reports the step table naming both totals', async () => {
    const root = makeGitRepo(tthcAgency());
    expect((await runMain(['check', '--today', TODAY], root)).code).toBe(0);
    const set = runBin(['tthc', 'set', 'VD.000101', '--time-limit', '8 working-days', '--trigger', '76/2018/ND-CP', '--today', TODAY], root);
    expect(set.code).toBe(0);
    const record = readText(root, RECORD);
    expect(record).toContain('time_limit: { value: 8, unit: working-days }');
    expect(record).toMatch(/changes:\n {2}- date: 2026-\d\d-\d\d\n {4}summary: "time_limit: 10 working-days → 8 working-days"\n {4}trigger: 76\/2018\/NĐ-CP/);
    // Only the record changed: the warm cache of the procedure must not hide the new finding.
    expect(git(root, 'status', '--porcelain').trim()).toBe(`M ${RECORD}`);
    const check = await runMain(['check', '--format', 'json', '--today', TODAY, '--lang', 'en'], root);
    expect(check.code).toBe(1);
    const findings = JSON.parse(check.stdout) as Array<{ ruleId: string; file: string; line: number; message: string }>;
    expect(findings.map((f) => [f.ruleId, f.file, f.line])).toEqual([['tthc/time-limit', PROCEDURE, 35]]);
    expect(findings[0]!.message).toContain('10 working days (80 hours), more than the 8 working days (64 hours)');
  });

  it('set refuses an unknown trigger and an unknown code, writing nothing', async () => {
    const root = makeGitRepo(tthcAgency());
    expect((await runMain(['tthc', 'set', 'VD.000101', '--time-limit', '8 working-days', '--trigger', '99/2099/NĐ-CP', '--today', TODAY], root)).code).toBe(2);
    expect((await runMain(['tthc', 'set', 'VD.999999', '--name', 'x', '--today', TODAY], root)).code).toBe(2);
    expect(git(root, 'status', '--porcelain')).toBe('');
  });

  it('render writes the TTHC regions from the record and the record\'s legal basis into legal-basis; a changed fee makes them stale', async () => {
    const files = tthcAgency({ 'qms.config.yaml': REGIONS_CONFIG });
    // The procedure cites only the law; the record adds the decree.
    files[PROCEDURE] = files[PROCEDURE]!.replace('  - id: 76/2018/NĐ-CP\n', '');
    const root = makeGitRepo(files);
    expect((await runMain(['render', '--today', TODAY], root)).code).toBe(0);
    const text = readText(root, PROCEDURE);
    expect(text).toContain('| 1 | Văn bản đề nghị cấp giấy phép | Bản chính | 1 | BM-01/QT-KHCN-01 |');
    expect(text).toContain('10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ');
    expect(text).toContain('| Phí thẩm định (số liệu mẫu) | Không thu |');
    expect(text).toMatch(/<!-- qms:begin legal-basis -->\n\n- Luật Chuyển giao công nghệ[^\n]*\n- Điều 5 Nghị định số 76\/2018\/NĐ-CP/);
    expect((await runMain(['render', '--check', '--today', TODAY], root)).code).toBe(0);
    expect((await runMain(['check', '--today', TODAY], root)).code).toBe(0);

    expect((await runMain(['tthc', 'set', 'VD.000101', '--fee', 'Phí thẩm định (số liệu mẫu)=100 đồng (mẫu)', '--today', TODAY], root)).code).toBe(0);
    const check = await runMain(['check', '--format', 'json', '--today', TODAY, '--lang', 'en'], root);
    expect((JSON.parse(check.stdout) as Array<{ ruleId: string; message: string }>).map((f) => [f.ruleId, f.message.slice(0, 37)])).toEqual([['generated/stale', 'generated region "tthc-fees" is out o']]);
    expect((await runMain(['render', '--today', TODAY], root)).code).toBe(0);
    expect(readText(root, PROCEDURE)).toContain('| Phí thẩm định (số liệu mẫu) | 100 đồng (mẫu) |');
  });
});
