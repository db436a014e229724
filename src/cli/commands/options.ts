import { join, resolve } from 'node:path';
import { DEFAULT_CACHE_LOCATION } from '../../cache/document-cache.js';
import { localToday, readDate } from '../../util/dates.js';
import { QmsError } from '../../util/errors.js';

/** `--today`/`--date` values: an ISO date, or the local date when absent. */
export function parseToday(value: string | undefined, option = '--today'): string {
  if (value === undefined) return localToday();
  const reading = readDate(value);
  if (reading.ok) return reading.date;
  const hint = reading.reason === 'vietnamese-order' ? ` (write ${reading.suggestion})` : '';
  throw new QmsError(`${option} takes a date YYYY-MM-DD, not "${value}"${hint}`);
}

/** The cache folder for `--cache-location` / `--no-cache` (docs/cache.md), or undefined for none. */
export function cacheFolder(root: string, options: { cache?: boolean; cacheLocation?: string }, cwd: string): string | undefined {
  if (options.cache === false) return undefined;
  return options.cacheLocation !== undefined ? resolve(cwd, options.cacheLocation) : join(root, DEFAULT_CACHE_LOCATION);
}
