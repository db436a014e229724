/** The site publishes what is in force on the day: not a scheduled issue yet, and a document whose next revision is drafted stays listed. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { effectiveProcedure, lifecycleRepo, runBin, tempFolder, TODAY } from '../helpers/index.js';

describe('qms site and the day of the run', () => {
  it('leaves out an issue that takes effect later, and lists a document while its next revision is drafted', () => {
    const scheduled = effectiveProcedure('QT-KHCN-02').replace('effective: 2026-02-01', 'effective: 2027-01-01');
    const drafting = effectiveProcedure('QT-KHCN-03')
      .replace('status: effective\neffective: 2026-02-01\n', 'status: draft\n')
      .replace('revision: 1', 'revision: 2')
      .replace('  - { revision: 1, date: 2026-01-05, summary: Ban hành lần đầu }', '  - { revision: 1, date: 2026-01-05, summary: Ban hành lần đầu, effective: 2026-02-01 }\n  - { revision: 2, date: 2026-11-02, summary: Rà soát }');
    const root = lifecycleRepo({ 'procedures/QT-KHCN-01.md': effectiveProcedure('QT-KHCN-01'), 'procedures/QT-KHCN-02.md': scheduled, 'procedures/QT-KHCN-03.md': drafting });
    const out = tempFolder();
    const result = runBin(['site', '--out', out, '--today', TODAY, '--no-cache'], root);
    expect(result.code, result.stderr).toBe(0);
    const internal = readFileSync(join(out, 'internal.html'), 'utf8');
    expect(internal).toContain('QT-KHCN-01');
    expect(internal).not.toContain('QT-KHCN-02');
    expect(internal).toContain('QT-KHCN-03');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain('QT-KHCN-02');
  });
});
