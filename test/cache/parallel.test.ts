import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARALLEL_THRESHOLD } from '../../src/check/parallel.js';
import { runBin } from '../helpers/cli.js';
import { checkFolder, makeRepo } from '../helpers/repo.js';

const LEGAL = '---\nid: 61/2018/NĐ-CP\nkind: Nghị định\ntitle: T\nissuer: Chính phủ\nsigned: 2018-04-23\neffective: 2018-06-21\n---\n';

function procedure(n: number): string {
  const code = `QT-A-${String(n).padStart(3, '0')}`;
  // Every seventh document has a problem, so the findings are worth comparing.
  const revision = n % 7 === 0 ? 2 : 1;
  return `---\ncode: ${code}\ntitle: Quy trình số ${n}\ntype: procedure\nrevision: ${revision}\nstatus: draft\nlegal_basis: [61/2018/NĐ-CP]\nreferences: [QT-A-${String((n + 1) % 400).padStart(3, '0')}]\nhistory:\n  - { revision: 1, date: 2026-01-01, summary: Ban hành }\n---\n# ${code}\n\nTheo Nghị định số 61/2018/NĐ-CP và Nghị định 45/2020/NĐ-CP.\n`;
}

describe('reading on worker threads', () => {
  it('gives exactly the findings of a sequential read, cold and warm', () => {
    const files: Record<string, string> = { 'qms.config.yaml': 'types:\n  procedure:\n    sections: []\n', 'legal/a.md': LEGAL };
    const count = PARALLEL_THRESHOLD + 50;
    for (let n = 0; n < count; n++) files[`procedures/QT-A-${String(n).padStart(3, '0')}.md`] = procedure(n);
    const root = makeRepo(files);
    // In-process from source there is no compiled worker: this read is sequential.
    const sequential = checkFolder(root);
    expect(sequential.length).toBeGreaterThan(count / 7);
    const check = () => runBin(['check', '--format', 'json', '--today', '2026-11-27'], root, { QMS_DEBUG: '1' });
    const cold = check();
    expect(cold.stderr).toMatch(new RegExp(`${count} read \\(worker threads\\), 0 from the cache`));
    expect(JSON.parse(cold.stdout)).toEqual(sequential);
    // Just written, so not yet proven unchanged by their times: read again, on workers, and hashed.
    const warm = check();
    expect(warm.stderr).toMatch(new RegExp(`${count} read \\(worker threads\\), ${count} from the cache`));
    expect(JSON.parse(warm.stdout)).toEqual(sequential);
    // Settled files are recorded once more, and then not read at all.
    const past = new Date(Date.now() - 10 * 60_000);
    for (const file of Object.keys(files)) utimesSync(join(root, file), past, past);
    check();
    const settled = check();
    expect(settled.stderr).toMatch(new RegExp(`, 0 read \\(one thread\\), ${count} from the cache`));
    expect(JSON.parse(settled.stdout)).toEqual(sequential);
  });
});
