/** Option values several commands share: `--today`/`--date` parsed as a date, `QMS_WORKERS` as a worker-thread count and `QMS_WORKER_HEAP_MB` as their heap limit. */
import { parseDateOption } from '../../i18n/option-values.js';
import { localToday } from '../../util/dates.js';
import { parseWorkerHeapVariable, parseWorkersVariable } from '../../workspace/parallel.js';

/**
 * A `--today`/`--date` value read outside a workspace (render, init, impact's `--date`): an ISO
 * date, or the local date when absent. Commands that open a workspace get `--today` from it
 * (openWorkspace refuses a bad date before any document is read).
 */
export function parseToday(value: string | undefined, option = '--today'): string {
  return parseDateOption(value, option, 'en', localToday());
}

/** `QMS_WORKERS` and `QMS_WORKER_HEAP_MB` as open options: the number of worker threads and each one's heap limit (docs/cache.md). */
export function workersOption(env: Record<string, string | undefined>): { workers?: number; workerHeapMb?: number } {
  const workers = parseWorkersVariable(env.QMS_WORKERS);
  const workerHeapMb = parseWorkerHeapVariable(env.QMS_WORKER_HEAP_MB);
  return { ...(workers === undefined ? {} : { workers }), ...(workerHeapMb === undefined ? {} : { workerHeapMb }) };
}
