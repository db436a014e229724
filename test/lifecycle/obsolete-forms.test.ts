/** Withdrawing a procedure withdraws its forms, or says they are left in use (ISO 9001 7.5.3.2 d). */
import { describe, expect, it } from 'vitest';
import { checkJsonMain, effectiveProcedure, form, lifecycleRepo, readText, runBinJson } from '../helpers/index.js';

const FORM = 'forms/BM-01-QT-KHCN-01.md';

function repo(): string {
  return lifecycleRepo({
    'procedures/QT-KHCN-01.md': effectiveProcedure('QT-KHCN-01'),
    [FORM]: form({ code: 'BM-01/QT-KHCN-01', title: 'Phiếu tiếp nhận hồ sơ', effective: '2026-02-01', approval: null, history: '  - { revision: 1, date: 2026-01-05, summary: Ban hành lần đầu }', body: 'Phiếu.' }),
  });
}

describe('qms obsolete and the forms of a procedure', () => {
  it('without --with-forms: withdraws the procedure, lists its forms, and check reports them (status/orphan)', async () => {
    const root = repo();
    const form = readText(root, FORM);
    const result = runBinJson(root, ['obsolete', 'QT-KHCN-01', '--reason', 'Thủ tục đã bị bãi bỏ', '--date', '2026-11-01']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.json.forms).toEqual([{ code: 'BM-01/QT-KHCN-01', file: FORM, withdrawn: false }]);
    expect(readText(root, FORM)).toBe(form);
    const { findings } = await checkJsonMain(root, '.');
    expect(findings.filter((f) => f.ruleId === 'status/orphan').map((f) => [f.file, f.line])).toEqual([[FORM, 2]]);
  });

  it('with --with-forms: withdraws the forms in the same change, and check has nothing to say of them', async () => {
    const root = repo();
    const result = runBinJson(root, ['obsolete', 'QT-KHCN-01', '--reason', 'Thủ tục đã bị bãi bỏ', '--date', '2026-11-01', '--with-forms']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.json.forms).toEqual([{ code: 'BM-01/QT-KHCN-01', file: FORM, withdrawn: true }]);
    const text = readText(root, FORM);
    expect(text).toMatch(/^status: obsolete$/m);
    expect(text).toMatch(/^obsolete: \{ date: 2026-11-01, reason: "?Hủy bỏ cùng QT-KHCN-01: Thủ tục đã bị bãi bỏ"? \}$/m);
    const { findings } = await checkJsonMain(root, '.');
    expect(findings.filter((f) => f.file === FORM && f.severity === 'error')).toEqual([]);
  });
});
