import { describe, expect, it } from 'vitest';
import { DEMO_AGENCY, runBin, tempFolder, TODAY } from './helpers/index.js';

// The README's command, with the cache in a folder of this file's own rather than in the fixture.
const CACHE = ['--cache-location', tempFolder()];

/** Keeps the README's description of the demo run true. */
describe('the bundled demo agency', () => {
  it('reports exactly the deliberate findings listed in the README', () => {
    const result = runBin(['check', DEMO_AGENCY, '--today', TODAY, '--format', 'json', ...CACHE], process.cwd());
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout) as Array<{ file: string; ruleId: string; severity: string; messageId: string; data: Record<string, unknown> }>;
    expect(findings.map((f) => `${f.file} ${f.ruleId} ${f.severity}`)).toEqual([
      'forms/BM-01-QT-TCHC-05.md revision/history error',
      ...Array<string>(7).fill('procedures/QT-KHCN-03.md legal/superseded error'),
      ...Array<string>(3).fill('procedures/QT-KHCN-05.md legal/superseded error'),
      'procedures/QT-KHCN-06.md approval/changed error',
      'procedures/QT-KHCN-08.md tthc/time-limit error',
      'procedures/QT-TCHC-01.md legal/update-overdue error',
      'procedures/QT-TCHC-01.md legal/unlisted warning',
      'procedures/QT-VP-02.md approval/role error',
      'procedures/QT-VP-03.md legal/amended warning',
    ]);
    // What an auditor would say on 2026-11-27: QT-KHCN-03 rests on the two texts replaced in 2025.
    const replaced = findings
      .filter((f) => f.file === 'procedures/QT-KHCN-03.md' && f.messageId === 'legal/superseded.replaced')
      .map((f) => `${f.data.citedId as string} → ${(f.data.successors as Array<{ number: string }>).map((s) => s.number).join(', ')}`);
    expect([...new Set(replaced)].sort()).toEqual(['29/2013/QH13 → 93/2025/QH15', '61/2018/NĐ-CP → 118/2025/NĐ-CP']);
    // The draft's step table still adds up to the 15 days the TTHC record allowed before the new Quyết định công bố.
    expect(findings.find((f) => f.ruleId === 'tthc/time-limit')).toMatchObject({ data: { tthc: 'VD.000101' } });
    const overdue = findings.find((f) => f.ruleId === 'legal/update-overdue');
    expect(overdue).toMatchObject({ messageId: 'legal/update-overdue.overdue', data: { byId: '87/2025/QH15', inForce: '2025-07-01', due: '2025-10-01', code: 'QT-TCHC-01' } });
  });

  it('prints the summary line the README quotes, in Vietnamese and with --lang en in English', () => {
    const vietnamese = runBin(['check', DEMO_AGENCY, '--today', TODAY, '--lang', 'vi', ...CACHE], process.cwd());
    expect(vietnamese.stdout).toContain('✖ 15 lỗi, 2 cảnh báo — đã kiểm tra 36 tài liệu và 40 văn bản trong sổ đăng ký');
    const english = runBin(['check', DEMO_AGENCY, '--today', TODAY, '--lang', 'en', ...CACHE], process.cwd());
    expect(english.stdout).toContain('✖ 15 errors, 2 warnings — 36 documents and 40 register entries checked');
  });
});
