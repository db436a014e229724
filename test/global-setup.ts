import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

/** End-to-end tests run the built CLI, so build it once before the suite. */
export default function setup(): void {
  const require = createRequire(import.meta.url);
  const tsc = require.resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
