/** Finding the repository root for a path: the nearest folder upwards holding qms.config.yaml. */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE } from '../config/load.js';
import { QmsError } from '../util/errors.js';
import { both } from '../i18n/messages/index.js';


/**
 * The repository root for a path: the nearest folder upwards holding qms.config.yaml. A git
 * repository without one is not a QMS: reading every .md in it as a controlled document would bury
 * the user in findings about files qms was never meant to control.
 */
export function findRoot(start: string): string {
  const absolute = resolve(start);
  if (!existsSync(absolute)) throw new QmsError(both('root.no-such-file-folder', { start }), { reason: 'usage' });
  let folder = statSync(absolute).isDirectory() ? absolute : dirname(absolute);
  let gitRoot: string | null = null;
  for (;;) {
    if (existsSync(join(folder, CONFIG_FILE))) return folder;
    if (gitRoot === null && existsSync(join(folder, '.git'))) gitRoot = folder;
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  const where = gitRoot ?? absolute;
  throw new QmsError(
    both('root.there-no-here-no', { where, CONFIG_FILE }),
    { reason: 'no-config' },
  );
}
