import { describe, expect, it } from 'vitest';
import { DEMO_AGENCY, runBin, tempFolder, TODAY } from './helpers/index.js';

// The README's command, with the cache in a folder of this file's own rather than in the fixture.
const CACHE = ['--cache-location', tempFolder()];

/** Keeps the README's description of the demo run true. */
describe('the bundled demo agency', () => {
  it('reports exactly the deliberate findings listed in the README', () => {
    const result = runBin(['check', DEMO_AGENCY, '--today', TODAY, '--format', 'json', ...CACHE], process.cwd());
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout) as Array<{ file: string; ruleId: string; severity: string }>;
    expect(findings.map((f) => `${f.file} ${f.ruleId} ${f.severity}`)).toEqual([
      'forms/BM-01-QT-TCHC-05.md revision/history error',
      'procedures/QT-KHCN-03.md legal/update-overdue error',
      'procedures/QT-KHCN-05.md legal/superseded error',
      'procedures/QT-KHCN-05.md legal/superseded error',
      'procedures/QT-KHCN-05.md legal/superseded error',
      'procedures/QT-KHCN-06.md approval/changed error',
      'procedures/QT-TCHC-01.md legal/unlisted warning',
      'procedures/QT-VP-02.md approval/role error',
    ]);
  });

  it('prints the summary line the README quotes, in Vietnamese and with --lang en in English', () => {
    const vietnamese = runBin(['check', DEMO_AGENCY, '--today', TODAY, '--lang', 'vi', ...CACHE], process.cwd());
    expect(vietnamese.stdout).toContain('✖ 7 lỗi, 1 cảnh báo — đã kiểm tra 34 tài liệu và 36 văn bản trong sổ đăng ký');
    const english = runBin(['check', DEMO_AGENCY, '--today', TODAY, '--lang', 'en', ...CACHE], process.cwd());
    expect(english.stdout).toContain('✖ 7 errors, 1 warning — 34 documents and 36 register entries checked');
  });
});
