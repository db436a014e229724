/**
 * What a catalogue message is: sample data (which is also its data's type) and a text in each
 * language, so a message without its Vietnamese or English text, or given the wrong data, is a
 * type error. Also the shared pieces messages are written with: dates, lists, legal names.
 */
import type { Language } from './language.js';
import { formatVietnameseDate } from '../util/dates.js';

/** A legal document as a message names it: its kind (Nghị định, Luật …) and its number. */
export interface LegalName {
  kind: string;
  number: string;
}

/** What a message's data may hold: plain JSON, so findings can be cached, sent between threads and printed as JSON. */
export type DataValue = string | number | boolean | LegalName | readonly string[] | readonly LegalName[];

/** The data of a message: named values for its placeholders. */
export type MessageData = { readonly [key: string]: DataValue | undefined };

/** One message of the catalogue. */
export interface CatalogueEntry<D extends MessageData> {
  /** Data the message is rendered with in the catalogue test; its type is the message's data type. */
  readonly sample: D;
  readonly vi: (data: D) => string;
  readonly en: (data: D) => string;
}

/**
 * A catalogue message: `sample` gives the type of its data (and is what the catalogue test renders
 * it with); `vi` and `en` are its texts. Name the data type (`message<{ hint?: string }>(…)`) when
 * a field is optional.
 */
export function message<D extends MessageData>(sample: D, vi: (data: D) => string, en: (data: D) => string): CatalogueEntry<D> {
  return { sample, vi, en };
}

/** A date as written in a language: 21/02/2022 in Vietnamese, 2022-02-21 (ISO) in English. */
export function dateIn(language: Language, iso: string): string {
  return language === 'vi' && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatVietnameseDate(iso) : iso;
}

/** "A, B và C" / "A, B and C" (`or`: "hoặc" / "or"). */
export function joined(language: Language, items: readonly string[], or = false): string {
  if (items.length <= 1) return items.join('');
  const word = or ? (language === 'vi' ? 'hoặc' : 'or') : language === 'vi' ? 'và' : 'and';
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

/**
 * A legal document as an officer names it: "Nghị định số 61/2018/NĐ-CP" in Vietnamese (số before
 * a numbered document's number), "Nghị định 61/2018/NĐ-CP" in English; the number alone without a kind.
 */
export function legalText(language: Language, ref: LegalName): string {
  if (ref.kind === '' || ref.number.startsWith(ref.kind)) return ref.number;
  return language === 'vi' && /^\d/.test(ref.number) ? `${ref.kind} số ${ref.number}` : `${ref.kind} ${ref.number}`;
}

/** Several legal names joined ("… và …"). */
export function legalTexts(language: Language, refs: readonly LegalName[]): string {
  return joined(language, refs.map((ref) => legalText(language, ref)));
}

/** A sample legal reference for catalogue samples. */
export const SAMPLE_DECREE: LegalName = { kind: 'Nghị định', number: '61/2018/NĐ-CP' };
