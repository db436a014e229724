/** Option values several commands share: `--today`/`--date` parsed as a date, and `QMS_WORKERS` as a worker-thread count. */
import { parseDateOption } from '../../i18n/option-values.js';
import { localToday } from '../../util/dates.js';
import { parseWorkersVariable } from '../../workspace/parallel.js';

/**
 * A `--today`/`--date` value read outside a workspace (render, init, impact's `--date`): an ISO
 * date, or the local date when absent. Commands that open a workspace get `--today` from it
 * (openWorkspace refuses a bad date before any document is read).
 */
export function parseToday(value: string | undefined, option = '--today'): string {
  return parseDateOption(value, option, 'en', localToday());
}

/** `QMS_WORKERS` as an open option: forces the number of worker threads (docs/cache.md). */
export function workersOption(env: Record<string, string | undefined>): { workers?: number } {
  const workers = parseWorkersVariable(env.QMS_WORKERS);
  return workers === undefined ? {} : { workers };
}
