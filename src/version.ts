import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The version of qms, from package.json: part of cache keys and of `--version`. */
export const QMS_VERSION: string = (require('../package.json') as { version: string }).version;
