/** Finding the repository root for a path: the nearest folder upwards with qms.config.yaml, else with .git. */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE } from '../config/load.js';
import { QmsError } from '../util/errors.js';

/**
 * The repository root for a path: the nearest folder upwards holding qms.config.yaml, else the
 * nearest holding .git.
 */
export function findRoot(start: string): string {
  const absolute = resolve(start);
  if (!existsSync(absolute)) throw new QmsError(`no such file or folder: ${start}`);
  let folder = statSync(absolute).isDirectory() ? absolute : dirname(absolute);
  let gitRoot: string | null = null;
  for (;;) {
    if (existsSync(join(folder, CONFIG_FILE))) return folder;
    if (gitRoot === null && existsSync(join(folder, '.git'))) gitRoot = folder;
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  if (gitRoot) return gitRoot;
  throw new QmsError(`${start} is not inside a QMS repository: no ${CONFIG_FILE} or .git in it or above it (create one with a ${CONFIG_FILE} at the repository root)`);
}
