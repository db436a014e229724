/**
 * A worker thread whose module cannot be loaded (a rebuild removed or broke dist/qms-worker.js
 * under a running qms) ends the run with an error: the synchronous wait for the workers cannot see
 * a Worker's 'error' event, so before the bootstrap reported it the run waited forever.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BARE_CONFIG, BIN, makeRepo, TODAY } from '../helpers/index.js';
import { HANG_LIMIT_MS } from '../helpers/time.js';

describe('a worker that cannot load', () => {
  it('ends the run with exit 2 naming the worker bundle, and does not hang', () => {
    // A copy of the built CLI (bin, dist, package.json), its worker bundle broken.
    const install = mkdtempSync(join(tmpdir(), 'qms-broken-worker-'));
    const checkout = dirname(dirname(BIN));
    for (const part of ['bin', 'dist', 'package.json']) cpSync(join(checkout, part), join(install, part), { recursive: true });
    writeFileSync(join(install, 'dist', 'qms-worker.js'), "throw new Error('broken bundle');\n");
    const files: Record<string, string> = { 'qms.config.yaml': BARE_CONFIG };
    for (let n = 1; n <= 4; n++) files[`procedures/QT-A-00${n}.md`] = `---\ncode: QT-A-00${n}\ntitle: Quy trình ${n}\ntype: procedure\nrevision: 1\nstatus: draft\n---\n# QT-A-00${n}\n`;
    const root = makeRepo(files);
    const run = spawnSync(process.execPath, [join(install, 'bin', 'qms'), 'check', '--no-cache', '--today', TODAY], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', QMS_WORKERS: '2', QMS_LANG: 'en' },
      // A hang guard only (see test/helpers/time.ts): the run ends in about a second.
      timeout: HANG_LIMIT_MS,
    });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('qms-worker.js');
    expect(run.stderr).toContain('broken bundle');
  });
});
