/** Option values several commands share: `--today`/`--date` parsed as a date, and `QMS_WORKERS` as a worker-thread count. */
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

/** `QMS_WORKERS` as an open option: forces the number of worker threads (docs/cache.md). */
export function workersOption(env: Record<string, string | undefined>): { workers?: number } {
  const workers = parseWorkersVariable(env.QMS_WORKERS);
  return workers === undefined ? {} : { workers };
}
