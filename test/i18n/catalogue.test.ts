/**
 * Every message of the catalogue, rendered in both languages with its sample data: none is empty,
 * none leaves a placeholder unfilled or a datum unused, and no Vietnamese text reads as English.
 */
import { describe, expect, it } from 'vitest';
import type { CatalogueEntry, MessageData } from '../../src/i18n/catalogue.js';
import { MESSAGES } from '../../src/i18n/messages/index.js';
import { HELP_TEXTS } from '../../src/i18n/messages/help.js';

const ENTRIES = Object.entries({ ...MESSAGES, ...HELP_TEXTS }) as Array<[string, CatalogueEntry<MessageData>]>;

/** Renders a message, recording which data fields it read. */
function render(entry: CatalogueEntry<MessageData>, language: 'vi' | 'en'): { text: string; read: Set<string> } {
  const read = new Set<string>();
  const data = new Proxy(entry.sample, {
    get(target, key, receiver) {
      if (typeof key === 'string') read.add(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { text: entry[language](data), read };
}

/** Words that only English prose has: two of them in a "Vietnamese" text mean it was not translated. */
const ENGLISH = new Set(['the', 'is', 'are', 'was', 'be', 'must', 'not', 'and', 'or', 'of', 'to', 'in', 'by', 'with', 'which', 'this', 'that', 'has', 'have', 'does', 'for', 'from', 'it', 'its', 'on', 'as', 'at', 'an', 'run', 'add', 'use', 'remove', 'when', 'every', 'one', 'no']);
const VIETNAMESE_LETTER = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

/**
 * Whether a text reads as English: after leaving out the message's data, quoted and code-like
 * parts (commands, options, YAML fields, paths, numbers), it has two English function words, or
 * four words or more and not one Vietnamese letter.
 */
export function readsAsEnglish(text: string, sample: MessageData): boolean {
  const words = proseWords(text, sample);
  const english = words.filter((word) => ENGLISH.has(word)).length;
  return english >= 2 || (words.length >= 4 && !words.some((word) => VIETNAMESE_LETTER.test(word.normalize('NFC'))));
}

/** The words of a text once its data, quoted and code-like parts are left out. */
function proseWords(text: string, sample: MessageData): string[] {
  let prose = text;
  for (const value of Object.values(sample)) for (const piece of pieces(value)) if (piece.length > 1) prose = prose.split(piece).join(' ');
  prose = prose
    .replace(/"[^"]*"|'[^']*'|`[^`]*`|<[^>]*>/g, ' ')
    .replace(/\bqms(?: [a-z-]+){1,2}/g, ' ')
    .replace(/\S*[-/._:=<>@$#0-9\\|[\]{}]\S*/g, ' ');
  return prose.toLowerCase().match(/\p{L}{2,}/gu) ?? [];
}

/** A text with its data's values taken out (a datum may hold braces: a template's own placeholder). */
function withoutData(text: string, sample: MessageData): string {
  let rest = text;
  for (const value of Object.values(sample)) for (const piece of pieces(value)) if (piece.length > 1) rest = rest.split(piece).join(' ');
  return rest;
}

function pieces(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(pieces);
  if (value && typeof value === 'object') return Object.values(value).flatMap(pieces);
  return [];
}

describe('the message catalogue', () => {
  it('has messages', () => {
    expect(ENTRIES.length).toBeGreaterThan(200);
  });

  it.each(ENTRIES)('%s: both languages are filled in, use all of their data, and leave no placeholder', (_id, entry) => {
    for (const language of ['vi', 'en'] as const) {
      const { text, read } = render(entry, language);
      expect(text.trim(), language).not.toBe('');
      // An unfilled placeholder is `${…}` or `{{name}}`; a template syntax shown as an example ({{section:1|Mục đích}}) is not one.
      expect(withoutData(text, entry.sample), language).not.toMatch(/undefined|NaN|\[object Object\]|\$\{|\{\{\s*\w+\s*\}\}|\bnull\b/);
      expect([...read].sort(), `${language} reads every datum`).toEqual(Object.keys(entry.sample).sort());
    }
  });

  it.each(ENTRIES)('%s: the Vietnamese text is Vietnamese', (_id, entry) => {
    const vi = render(entry, 'vi').text;
    expect(readsAsEnglish(vi, entry.sample), vi).toBe(false);
  });

  it('tells English from Vietnamese: the test above would catch an untranslated message', () => {
    const flagged = ENTRIES.filter(([, entry]) => readsAsEnglish(render(entry, 'en').text, entry.sample));
    const long = ENTRIES.filter(([, entry]) => {
      const words = proseWords(render(entry, 'en').text, entry.sample);
      return words.length >= 6 && !words.some((word) => VIETNAMESE_LETTER.test(word));
    });
    // Every English text of some length (without the Vietnamese terms some give in passing) is recognised as English.
    expect(long.length).toBeGreaterThan(150);
    expect(long.filter(([id]) => !flagged.some(([other]) => other === id)).map(([id]) => id)).toEqual([]);
    expect(readsAsEnglish('the file is not valid UTF-8 here', {})).toBe(true);
    expect(readsAsEnglish('tệp không phải văn bản UTF-8 hợp lệ', {})).toBe(false);
  });

  it('writes dates in Vietnamese as dd/mm/yyyy and legal documents with "số"', () => {
    const data = { cited: { kind: 'Nghị định', number: '61/2018/NĐ-CP' }, by: { kind: 'Nghị định', number: '107/2021/NĐ-CP' }, inForce: '2022-02-21', byId: '107/2021/NĐ-CP', code: 'QT-KHCN-01', due: '2022-05-21' };
    const vi = MESSAGES['legal/update-overdue.overdue'].vi(data);
    expect(vi).toContain('Nghị định số 61/2018/NĐ-CP');
    expect(vi).toContain('21/05/2022');
    expect(vi).not.toContain('2022-05-21');
    expect(vi).toContain('qms revise QT-KHCN-01');
    expect(MESSAGES['legal/update-overdue.overdue'].en(data)).toContain('2022-05-21');
  });
});
