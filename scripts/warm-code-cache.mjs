#!/usr/bin/env node
// The warm-up run of scripts/build.mjs (QMS_WRITE_CODE_CACHE=1; two worker threads forced): runs
// the commands most runs are on the demo agency in one process, so that V8's code cache of each
// bundle (dist/<bundle>.cache, written by dist/load-bundle.cjs when its thread ends) holds the
// functions they compile. Nothing here writes into the demo: --no-cache, a dry run, render --check.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { main } = await import(join(root, 'dist', 'qms.js'));
const quiet = { write: () => true };
// Not the build's environment: in a CI pipeline (GITHUB_BASE_REF, CI_MERGE_REQUEST_…) check would
// compare the demo with the pipeline's base branch, which an install must never ask git for.
const env = { PATH: process.env.PATH, NO_COLOR: '1', QMS_WORKERS: '2', QMS_LANG: 'vi' };
let said = '';
const io = { stdout: quiet, stderr: { write: (text) => (said += text) }, cwd: join(root, 'fixtures', 'demo-agency'), env };
const runs = [
  ['check', '--no-cache', '--today', '2026-11-27'],
  ['check', '--no-cache', '--today', '2026-11-27', '--format', 'json'],
  ['impact', '61/2018/NĐ-CP', '--no-cache', '--today', '2026-11-27'],
  ['impact', '61/2018/NĐ-CP', '--apply', '--dry-run', '--no-cache', '--today', '2026-11-27', '--date', '2026-11-27'],
  ['render', '--check', '--today', '2026-11-27'],
];
for (const argv of runs) {
  const code = await main(argv, io);
  // 0 or 1 (findings): anything else means the bundle is broken, which the build should say.
  if (code !== 0 && code !== 1) {
    console.error(`qms ${argv.join(' ')} exited ${code}: ${said.trim().split('\n')[0]}`);
    process.exit(1);
  }
}
