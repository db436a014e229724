import { readFileSync } from 'node:fs';
import { packagePath } from './paths.js';

/** The version of qms, from package.json: part of cache keys and of `--version`. */
export const QMS_VERSION: string = (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
