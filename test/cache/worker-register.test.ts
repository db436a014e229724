/**
 * Workers take the register in two parts: its entries first, then the TTHC records, which only the
 * document rules read (a run that checks no document on the workers sends none: qms impact, and a
 * scoped check, whose few checked documents the main thread reads). Through the real CLI, with two
 * workers forced: every run reports what it reports on one thread, the TTHC rules included, on a
 * whole check, on a scoped check and on qms impact.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commitAll, git, makeRepo, runBin, TODAY } from '../helpers/index.js';

const FIXTURE = fileURLToPath(new URL('../../fixtures/rules/tthc/time-limit/fail', import.meta.url));
const NO_CI = { GITHUB_ACTIONS: '', GITLAB_CI: '' };

/** A procedure that handles no TTHC, citing the fixture's law: many of them, so each worker has a share. */
function filler(n: number): string {
  const code = `QT-KHCN-${String(n + 10).padStart(2, '0')}`;
  return `---\ncode: ${code}\ntitle: Quy trình ${n}\ntype: procedure\nrevision: 1\nstatus: draft\nlegal_basis: [07/2017/QH14]\nhistory:\n  - { revision: 1, date: 2026-01-01, summary: Ban hành }\n---\n# ${code}\n\nTheo Luật số 07/2017/QH14.\n`;
}

function run(root: string, args: string[], workers: string, env: Record<string, string> = {}): { code: number; stdout: string } {
  const result = runBin([...args, '--today', TODAY], root, { ...NO_CI, QMS_WORKERS: workers, ...env });
  expect(result.stderr).toBe('');
  return { code: result.code, stdout: result.stdout };
}

describe('the register on worker threads, in two parts', () => {
  it('gives the findings and reports of one thread, the TTHC rules included', () => {
    const root = makeRepo({});
    cpSync(FIXTURE, root, { recursive: true });
    for (let n = 0; n < 40; n++) writeFileSync(join(root, 'procedures', `QT-KHCN-${String(n + 10).padStart(2, '0')}.md`), filler(n));
    commitAll(root, 'base');
    git(root, 'checkout', '-q', '-b', 'feature');
    const changed = 'procedures/QT-KHCN-02.md';
    writeFileSync(join(root, changed), `${readFileSync(join(root, changed), 'utf8')}\nGhi chú.\n`);

    const whole = ['check', '--format', 'json', '--no-cache'];
    const oneThread = run(root, whole, '0');
    const ruleIds = (JSON.parse(oneThread.stdout) as Array<{ ruleId: string }>).map((f) => f.ruleId);
    expect(ruleIds).toContain('tthc/time-limit');
    expect(run(root, whole, '2')).toEqual(oneThread);

    const scoped = ['check', '--format', 'json', '--no-cache', '--base', 'main', '--changed-only'];
    const scopedOneThread = run(root, scoped, '0');
    expect(JSON.parse(scopedOneThread.stdout)).toEqual(expect.arrayContaining([expect.objectContaining({ file: changed, ruleId: 'tthc/time-limit' })]));
    expect(run(root, scoped, '2')).toEqual(scopedOneThread);
    // The one changed document is checked on the main thread, the others' front matter read on the workers.
    const debug = runBin([...scoped, '--today', TODAY], root, { ...NO_CI, QMS_WORKERS: '2', QMS_DEBUG: '1' });
    expect(debug.stderr).toMatch(/44 documents, 44 read \(worker threads, 1 on the main thread\)/);

    const impact = ['impact', '07/2017/QH14', '--format', 'json', '--no-cache'];
    const impactOneThread = run(root, impact, '0');
    expect(impactOneThread.code).toBe(0);
    expect(run(root, impact, '2')).toEqual(impactOneThread);
  });
});
