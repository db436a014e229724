/**
 * A worker thread that dies in the middle of its share (here: out of the heap QMS_WORKER_HEAP_MB
 * allows, on one large document) is noticed by the synchronous wait, and its unfinished documents
 * are read by a fresh worker without the limit: the findings are those of a run where none died.
 */
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/messages/index.js';
import { MIN_WORKER_HEAP_MB } from '../../src/workspace/parallel.js';
import { BARE_CONFIG, legalEntry, makeRepo, runBin, TODAY } from '../helpers/index.js';
import { HANG_LIMIT_MS } from '../helpers/time.js';

const LEGAL = legalEntry('61/2018/NĐ-CP', { title: 'T' });

function procedure(n: number, body = ''): string {
  const code = `QT-A-${String(n).padStart(3, '0')}`;
  // Every fifth document has a problem, so the findings are worth comparing.
  const revision = n % 5 === 0 ? 2 : 1;
  return `---\ncode: ${code}\ntitle: Quy trình số ${n}\ntype: procedure\nrevision: ${revision}\nstatus: draft\nlegal_basis: [61/2018/NĐ-CP]\nhistory:\n  - { revision: 1, date: 2026-01-01, summary: Ban hành }\n---\n# ${code}\n\nTheo Nghị định số 61/2018/NĐ-CP và Nghị định 45/2020/NĐ-CP.\n${body}`;
}

/** A body whose reading takes far more than the smallest heap a worker may have: a long table full of citations. */
function largeBody(rows: number): string {
  const lines = ['| Bước | Nội dung | Trách nhiệm | Căn cứ |', '|---|---|---|---|'];
  for (let row = 1; row <= rows; row++) lines.push(`| ${row} | Tiếp nhận hồ sơ số ${row} theo QT-A-001 | Văn phòng | Nghị định số 61/2018/NĐ-CP, Điều ${row % 40} |`);
  return `\n## Các bước\n\n${lines.join('\n')}\n`;
}

describe('a worker that dies mid-run', () => {
  it('is replaced by one without the heap limit, and the findings are those of one thread', { timeout: HANG_LIMIT_MS }, () => {
    const files: Record<string, string> = { 'qms.config.yaml': BARE_CONFIG, 'legal/a.md': LEGAL };
    const count = 240;
    // Sorted by path, the large document falls in the middle of the first worker's share: it has sent some results before it dies.
    for (let n = 0; n < count; n++) files[`procedures/QT-A-${String(n).padStart(3, '0')}.md`] = procedure(n, n === 120 ? largeBody(36_000) : '');
    const root = makeRepo(files);
    const check = (env: Record<string, string>) => runBin(['check', '--format', 'json', '--no-cache', '--today', TODAY], root, { QMS_LANG: 'en', ...env });
    const oneThread = check({ QMS_WORKERS: '0' });
    expect(oneThread.code).toBe(1);
    const bounded = check({ QMS_WORKERS: '2', QMS_WORKER_HEAP_MB: '32', QMS_DEBUG: '1' });
    expect(bounded.stderr).toMatch(new RegExp(`${count} read \\(worker threads\\), 0 from the cache, 1 worker\\(s\\) replaced`));
    expect(bounded.code).toBe(1);
    expect(bounded.stdout).toBe(oneThread.stdout);
  });

  it('QMS_WORKER_HEAP_MB below what a worker needs to start is refused', () => {
    const root = makeRepo({ 'qms.config.yaml': BARE_CONFIG });
    const run = runBin(['check', '--no-cache', '--today', TODAY], root, { QMS_LANG: 'en', QMS_WORKER_HEAP_MB: '8' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('QMS_WORKER_HEAP_MB');
    const vietnamese = runBin(['check', '--no-cache', '--today', TODAY], root, { QMS_LANG: 'vi', QMS_WORKER_HEAP_MB: '8' });
    expect(vietnamese.stderr).toBe(`qms: ${t('vi', 'parallel.worker-heap-variable', { value: '8', min: MIN_WORKER_HEAP_MB })}\n`);
  });
});
