/** qms impact through TTHC records: which documents handle an affected record (found from one index of the documents by TTHC code). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeGitRepo, nd107, ND_61_2018, runBin, TODAY } from '../helpers/index.js';
import { tthcAgency } from './support.js';

const PROCEDURE = 'procedures/QT-KHCN-01.md';
const RECORD = 'tthc/VD.000101.md';

describe('qms impact: the documents handling an affected TTHC record', () => {
  it('lists every procedure in use handling the record once, in repository order; an obsolete one is left out', () => {
    // The record rests on 61/2018/NĐ-CP (Điều 5), which 107/2021/NĐ-CP amends; no procedure cites either.
    const files = tthcAgency({ 'legal/nd-61-2018-nd-cp.md': ND_61_2018, 'legal/nd-107-2021-nd-cp.md': nd107('2022-02-21', 'Điều 5') });
    files[RECORD] = files[RECORD]!.replace('  - { id: 76/2018/NĐ-CP, articles: [Điều 5] }\n', '  - { id: 76/2018/NĐ-CP, articles: [Điều 5] }\n  - { id: 61/2018/NĐ-CP, articles: [Điều 5] }\n');
    const root = makeGitRepo(files);
    const base = files[PROCEDURE]!;
    const variant = (code: string, change: (text: string) => string = (text) => text): string => change(base.replace(/QT-KHCN-01(?!\/)/g, code));
    const extra: Record<string, string> = {
      'procedures/QT-KHCN-00.md': variant('QT-KHCN-00'),
      // The code listed twice is still one handler.
      'procedures/QT-KHCN-02.md': variant('QT-KHCN-02', (text) => text.replace('tthc: ["VD.000101"]', 'tthc: ["VD.000101", "VD.000101"]')),
      'procedures/QT-KHCN-03.md': variant('QT-KHCN-03', (text) => text.replace('status: effective', 'status: obsolete')),
    };
    for (const [file, text] of Object.entries(extra)) writeFileSync(join(root, file), text);
    const result = runBin(['impact', '107/2021/NĐ-CP', '--format', 'json', '--today', TODAY], root);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { affected: Array<{ code: string; through: string[] }>; tthc: Array<{ code: string; procedures: string[] }> };
    expect(report.tthc.map((t) => [t.code, t.procedures])).toEqual([['VD.000101', ['QT-KHCN-00', 'QT-KHCN-01', 'QT-KHCN-02']]]);
    expect(report.affected.map((a) => [a.code, a.through])).toEqual([
      ['QT-KHCN-00', ['VD.000101']],
      ['QT-KHCN-01', ['VD.000101']],
      ['QT-KHCN-02', ['VD.000101']],
    ]);
  });
});
