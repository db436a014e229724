/** Dates as issued documents write them (Nghị định 30/2020/NĐ-CP): "ngày 05 tháng 3 năm 2026", and 05/03/2026. */
import { showDate } from '../i18n/labels.js';

/**
 * "05 tháng 3 năm 2026": days below 10 and the months 1 and 2 with a leading zero, as Nghị định
 * 30/2020/NĐ-CP Phụ lục I writes the date of a document.
 */
export function longVietnameseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  const m = Number(month);
  return `${day} tháng ${m <= 2 ? String(m).padStart(2, '0') : String(m)} năm ${year}`;
}

/** 05/03/2026, or '' for no date: the one Vietnamese date form of the CLI (showDate). */
export function shortVietnameseDate(isoDate: string | undefined): string {
  return showDate('vi', isoDate);
}

/** A revision as a two-digit issue number: 3 → "03". */
export function issueNumber(revision: number | undefined): string {
  return revision === undefined ? '' : String(revision).padStart(2, '0');
}
