/** The version of qms, read from package.json on first use: part of cache keys, of `--version` and of SARIF's tool. */
import { readFileSync } from 'node:fs';
import { packagePath } from './paths.js';

let version: string | undefined;

/** qms's version from package.json, read once on the first call and remembered. */
export function qmsVersion(): string {
  version ??= (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
  return version;
}
