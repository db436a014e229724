#!/usr/bin/env node
// Runs `npm test` several times in a row with CPU hogs beside it, as on a busy shared machine
// (issue 12: the suite must pass there, not only when the machine is idle), and prints how long
// each run took. Usage: node scripts/test-under-load.mjs [--runs 3] [--hogs 2]
import { spawn, spawnSync } from 'node:child_process';

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} takes a whole number`);
  return value;
}

const runs = option('--runs', 3);
const hogCount = option('--hogs', 2);
const hogs = Array.from({ length: hogCount }, () => spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }));
const stopHogs = () => hogs.forEach((hog) => hog.kill('SIGKILL'));
process.on('exit', stopHogs);

let failed = 0;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
for (let run = 1; run <= runs; run++) {
  const started = Date.now();
  const result = spawnSync(npm, ['test'], { stdio: ['ignore', 'inherit', 'inherit'] });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (result.status !== 0) failed++;
  console.log(`test-under-load: run ${run} of ${runs} with ${hogCount} CPU hogs: exit ${result.status} in ${seconds} s`);
}
stopHogs();
console.log(`test-under-load: ${runs - failed} of ${runs} runs passed`);
process.exit(failed === 0 ? 0 : 1);
