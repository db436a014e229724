import { join, resolve } from 'node:path';
import { DEFAULT_CACHE_LOCATION } from '../../workspace/cache.js';
import { readDateOption } from '../../i18n/date-option.js';
import { localToday } from '../../util/dates.js';
import { QmsError } from '../../util/errors.js';
import { parseWorkersVariable } from '../../workspace/parallel.js';

/** `--today`/`--date` values: an ISO date, or the local date when absent. */
export function parseToday(value: string | undefined, option = '--today'): string {
  if (value === undefined) return localToday();
  const reading = readDateOption(value, option);
  if ('date' in reading) return reading.date;
  throw new QmsError(reading.problem.en);
}

/** The cache folder for `--cache-location` / `--no-cache` (docs/cache.md), or undefined for none. */
export function cacheFolder(root: string, options: { cache?: boolean; cacheLocation?: string }, cwd: string): string | undefined {
  if (options.cache === false) return undefined;
  return options.cacheLocation !== undefined ? resolve(cwd, options.cacheLocation) : join(root, DEFAULT_CACHE_LOCATION);
}

/** `--cache-strategy`: metadata (the default) or content. */
export function parseCacheStrategy(value: string | undefined): 'metadata' | 'content' {
  if (value === undefined || value === 'metadata' || value === 'content') return value ?? 'metadata';
  throw new QmsError(`--cache-strategy takes metadata or content, not "${value}"`);
}

/** `QMS_WORKERS` as an open option: forces the number of worker threads (docs/cache.md). */
export function workersOption(env: Record<string, string | undefined>): { workers?: number } {
  const workers = parseWorkersVariable(env.QMS_WORKERS);
  return workers === undefined ? {} : { workers };
}
