#!/usr/bin/env node
// The warm-up run of scripts/build.mjs, with QMS_WRITE_CODE_CACHE=1 and QMS_WORKERS=2: runs the
// commands most runs are on the demo agency in one process, so that V8's code cache of each bundle
// (dist/<bundle>.cache, written by dist/load-bundle.cjs when its thread ends) holds the functions
// they compile. Nothing here writes into the demo: --no-cache, a dry run, render --check.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { main } = await import(join(root, 'dist', 'qms.js'));
const quiet = { write: () => true };
const io = { stdout: quiet, stderr: quiet, cwd: join(root, 'fixtures', 'demo-agency'), env: { ...process.env, NO_COLOR: '1' } };
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
  if (code !== 0 && code !== 1) throw new Error(`qms ${argv.join(' ')} exited ${code}`);
}
