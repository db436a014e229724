/** The folder of the qms package (package.json, schemas/, templates/) and paths inside it, from source or bundle alike. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of the qms package (package.json, schemas/, templates/). This module sits one level
 * below it however qms runs: src/paths.ts under test, dist/qms.cjs when bundled.
 */
export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A path inside the qms package. */
export function packagePath(...parts: string[]): string {
  return join(PACKAGE_ROOT, ...parts);
}
