import { execFileSync } from 'node:child_process';

/** End-to-end tests run the built CLI (bin/qms runs dist/qms.js), so build it once before the suite. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
