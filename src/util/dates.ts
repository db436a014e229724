/** Calendar dates as ISO strings (YYYY-MM-DD): they compare correctly as strings. */
import { memoByString } from './strings.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const VIETNAMESE_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The result of reading a date a person wrote. */
export type DateReading =
  | { ok: true; date: string }
  | { ok: false; reason: 'impossible' | 'vietnamese-order' | 'not-a-date'; suggestion?: string };

/**
 * Reads a date written in front matter. Accepts ISO `YYYY-MM-DD`; recognises `dd/mm/yyyy`
 * (the Vietnamese order) so the message can say how to write it.
 */
export function readDate(value: unknown): DateReading {
  return typeof value === 'string' ? readings(value) : readFresh(value);
}

/** Front matter holds a few dates each, and thousands of documents share them: each is read once (frozen: callers share them). */
const readings = memoByString(4096, (value): DateReading => Object.freeze(readFresh(value)));

function readFresh(value: unknown): DateReading {
  const text = typeof value === 'string' ? value.trim() : value instanceof Date ? value.toISOString().slice(0, 10) : '';
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [, y, m, d] = iso.map(Number) as [number, number, number, number];
    return isValidDay(y, m, d) ? { ok: true, date: text } : { ok: false, reason: 'impossible' };
  }
  const vn = VIETNAMESE_DATE.exec(text);
  if (vn) {
    const [, d, m, y] = vn.map(Number) as [number, number, number, number];
    if (!isValidDay(y, m, d)) return { ok: false, reason: 'impossible' };
    return { ok: false, reason: 'vietnamese-order', suggestion: formatIsoDate(y, m, d) };
  }
  return { ok: false, reason: 'not-a-date' };
}

/** A valid ISO date string, or undefined. */
export function isoDateOrUndefined(value: unknown): string | undefined {
  const reading = readDate(value);
  return reading.ok ? reading.date : undefined;
}

export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Adds calendar months, clamping to the month's last day (2024-11-30 + 3 months = 2025-02-28). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return formatIsoDate(year, month, Math.min(d, daysInMonth(year, month)));
}

/** Today's date in the local time zone, as an ISO string. */
export function localToday(now: Date = new Date()): string {
  return formatIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** Vietnamese display form: 15/05/2024. */
export function formatVietnameseDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}
