import { describe, expect, it } from 'vitest';
import { DEMO_AGENCY, runBin, tempFolder, TODAY } from './helpers/index.js';

// The README's command, with the cache in a folder of this file's own rather than in the fixture.
const CACHE = ['--cache-location', tempFolder()];

/** Keeps the README's description of the demo run true. */
describe('the bundled demo agency', () => {
  it('reports exactly the deliberate findings listed in the README', () => {
    const result = runBin(['check', DEMO_AGENCY, '--today', TODAY, '--format', 'json', ...CACHE], process.cwd());
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout) as Array<{ file: string; ruleId: string; severity: string; message: string }>;
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
    const replaced = findings.filter((f) => f.file === 'procedures/QT-KHCN-03.md').map((f) => f.message.match(/^cites (.+?), replaced by (.+?) \(/)?.slice(1).join(' → '));
    expect([...new Set(replaced)].sort()).toEqual(['Luật 29/2013/QH13 → Luật 93/2025/QH15', 'Nghị định 61/2018/NĐ-CP → Nghị định 118/2025/NĐ-CP']);
    // The draft's step table still adds up to the 15 days the TTHC record allowed before the new Quyết định công bố.
    expect(findings.find((f) => f.ruleId === 'tthc/time-limit')?.message).toMatch(/^the steps add up to 15 working days \(120 hours\), more than the 10 working days \(80 hours\) TTHC VD\.000101 allows/);
    const overdue = findings.find((f) => f.ruleId === 'legal/update-overdue');
    expect(overdue?.message).toMatch(/^cites Luật 64\/2025\/QH15, amended by Luật 87\/2025\/QH15 \(in force 2025-07-01\): the update was due by 2025-10-01/);
  });

  it('prints the summary line the README quotes', () => {
    const result = runBin(['check', DEMO_AGENCY, '--today', TODAY, ...CACHE], process.cwd());
    expect(result.stdout).toContain('✖ 15 errors, 2 warnings — 36 documents and 40 register entries checked');
  });
});
