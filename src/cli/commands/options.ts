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
