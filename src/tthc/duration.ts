/** Step times as people write them ("03 ngày làm việc", "04 giờ", "1/2 ngày", "0,5 ngày") in working hours, and totals in words. */
import { fold } from './step-table.js';
import { memoByString } from '../util/strings.js';

/** A time read from a cell: working hours, or why it could not be read. */
export type Duration = { ok: true; hours: number } | { ok: false; reason: 'empty' | 'unreadable' };

const NUMBER = String.raw`(\d+(?:[.,]\d+)?|\d+\s*/\s*\d+)`;
const PART = new RegExp(String.raw`${NUMBER}\s*(ngay lam viec|ngay|working days?|days?|gio lam viec|gio|working hours?|hours?|h|phut|minutes?|min)\b`, 'gy');

/**
 * Reads a step time in working hours: days are working days of `hoursPerDay` hours, "giờ" are
 * hours, "phút" minutes; several parts add up ("01 ngày 04 giờ"). An empty cell, "-" or "—" is
 * empty; anything else that is not a list of such parts is unreadable.
 */
export function readDuration(cell: string, hoursPerDay: number): Duration {
  let read = byHoursPerDay.get(hoursPerDay);
  if (read === undefined) byHoursPerDay.set(hoursPerDay, (read = memoByString(4096, (text): Duration => Object.freeze(readFresh(text, hoursPerDay)))));
  return read(cell);
}

/** Step times repeat from procedure to procedure ("0,5 ngày", "01 ngày"): each is read once per length of a working day (frozen: callers share them). */
const byHoursPerDay = new Map<number, (cell: string) => Duration>();

function readFresh(cell: string, hoursPerDay: number): Duration {
  const text = fold(cell).replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
  if (text === '' || /^[-–—]+$/.test(text) || text === 'khong' || text === 'none') return { ok: false, reason: 'empty' };
  let hours = 0;
  let at = 0;
  let parts = 0;
  while (at < text.length) {
    while (text[at] === ' ' || text[at] === ',' || text[at] === '+' || text.startsWith('va ', at) || text.startsWith('and ', at)) at += text.startsWith('va ', at) ? 3 : text.startsWith('and ', at) ? 4 : 1;
    if (at >= text.length) break;
    PART.lastIndex = at;
    const match = PART.exec(text);
    if (!match) return { ok: false, reason: 'unreadable' };
    hours += number(match[1]!) * unitHours(match[2]!, hoursPerDay);
    parts++;
    at = PART.lastIndex;
  }
  return parts === 0 ? { ok: false, reason: 'unreadable' } : { ok: true, hours };
}

function number(text: string): number {
  const fraction = /^(\d+)\s*\/\s*(\d+)$/.exec(text);
  if (fraction) return Number(fraction[1]) / Number(fraction[2]);
  return Number(text.replace(',', '.'));
}

function unitHours(unit: string, hoursPerDay: number): number {
  if (unit.startsWith('ngay') || unit.includes('day')) return hoursPerDay;
  if (unit.startsWith('phut') || unit.startsWith('min')) return 1 / 60;
  return 1;
}
