/** Reading a date option (`--today`, `--date`, `--signed` …) as an ISO date, or a bilingual reason it is not one. */
import { readDate } from '../util/dates.js';
import type { Bilingual } from './language.js';
import { both } from './messages/index.js';

/**
 * Reads a date option (`--today`, `--date`, `--signed` …): the ISO date, or why it is not one, in
 * both languages (a Vietnamese-order date gets its ISO spelling). Each command family turns the
 * problem into its own kind of refusal.
 */
export function readDateOption(value: string, option: string): { date: string } | { problem: Bilingual } {
  const reading = readDate(value);
  if (reading.ok) return { date: reading.date };
  const hint = reading.reason === 'vietnamese-order' ? reading.suggestion : undefined;
  return { problem: both('date-option.invalid', { option, value, hint: hint ?? '' }) };
}
