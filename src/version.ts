/** The name and version of qms, read from package.json on first use: part of cache keys, of `--version`, of SARIF's tool and of what `qms init` pins. */
import { readFileSync } from 'node:fs';
import { packagePath } from './paths.js';

let manifest: { name: string; version: string } | undefined;

function read(): { name: string; version: string } {
  manifest ??= JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { name: string; version: string };
  return manifest;
}

/** qms's version from package.json, read once on the first call and remembered. */
export function qmsVersion(): string {
  return read().version;
}

/** qms's package name (`@qms-vn/qms`): the devDependency an agency repository pins, and its folder in node_modules. */
export function qmsPackageName(): string {
  return read().name;
}
