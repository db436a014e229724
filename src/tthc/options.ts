/** Reading the values of `qms tthc add|set` options (time limit, fees, dossier, legal basis) into record fields, refusing unreadable ones in both languages. */
import { type Language } from '../i18n/language.js';
import { TIME_UNITS, type TimeUnit } from '../model/tthc.js';
import { QmsError } from '../util/errors.js';
import { fold } from './step-table.js';
import type { TthcFields } from './record-text.js';
import { t } from '../i18n/messages/index.js';

/** The option values as commander gives them. */
export interface TthcOptionValues {
  name?: string;
  level?: string;
  field?: string;
  agency?: string;
  timeLimit?: string;
  fee?: string[];
  noFees?: boolean;
  dossier?: string[];
  condition?: string[];
  result?: string;
  legalBasis?: string[];
  announcedBy?: string;
  announcedDate?: string;
}

const UNIT_WORDS: Record<string, TimeUnit> = {
  'working-days': 'working-days',
  'working days': 'working-days',
  'working day': 'working-days',
  'ngay lam viec': 'working-days',
  days: 'days',
  day: 'days',
  ngay: 'days',
  'ngay ke tu': 'days',
  hours: 'hours',
  hour: 'hours',
  'working hours': 'hours',
  gio: 'hours',
  'gio lam viec': 'hours',
};

/** A number and a unit word at the start of folded text, the longest unit word first ("ngay lam viec" before "ngay"). */
const LEADING_TIME_LIMIT = new RegExp(`^(\\d+)\\s*(${Object.keys(UNIT_WORDS).sort((a, b) => b.length - a.length).join('|')})(?![a-z0-9])`);

/** The time limit a longer text starts with ("15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", as TTHC lists write it), or undefined. */
export function leadingTimeLimit(text: string): { value: number; unit: TimeUnit } | undefined {
  const match = LEADING_TIME_LIMIT.exec(fold(text));
  return match ? { value: Number(match[1]), unit: UNIT_WORDS[match[2]!]! } : undefined;
}

/** "10 working-days", "10 ngày làm việc", "15 days", "8 giờ" → { value, unit }. */
export function parseTimeLimit(text: string, language: Language): { value: number; unit: TimeUnit } {
  const match = /^(\d+)\s*(.*)$/.exec(fold(text));
  const unit = match ? UNIT_WORDS[match[2]!.trim()] : undefined;
  if (!match || !unit) {
    throw new QmsError(
      t(language, 'options.time-limit-write-number', { text, units: [...TIME_UNITS] }),
      { reason: 'usage' },
    );
  }
  return { value: Number(match[1]), unit };
}

/** The record fields the options give (lists only when given; `--no-fees` empties the fees). */
export function fieldsFromOptions(options: TthcOptionValues, language: Language): TthcFields {
  const fields: TthcFields = {};
  const text = (value: string | undefined): string | undefined => {
    const clean = value?.normalize('NFC').trim();
    return clean === undefined || clean === '' ? undefined : clean;
  };
  for (const name of ['name', 'level', 'field', 'agency', 'result'] as const) {
    const value = text(options[name]);
    if (value !== undefined) fields[name] = value;
  }
  if (options.timeLimit !== undefined) fields.timeLimit = parseTimeLimit(options.timeLimit, language);
  if (options.noFees) fields.fees = [];
  if (options.fee && options.fee.length > 0) fields.fees = options.fee.map((fee) => parseFee(fee, language));
  if (options.dossier && options.dossier.length > 0) fields.dossier = options.dossier.map((item) => parseDossier(item, language));
  if (options.condition && options.condition.length > 0) fields.conditions = options.condition.map((c) => c.normalize('NFC').trim()).filter(Boolean);
  if (options.legalBasis && options.legalBasis.length > 0) fields.legalBasis = options.legalBasis.map(parseLegalBasis);
  const announced = text(options.announcedBy);
  if (announced !== undefined) fields.announcedBy = { id: announced, ...(options.announcedDate !== undefined ? { date: options.announcedDate } : {}) };
  return fields;
}

/** "Phí thẩm định=1.500.000 đồng" → { name, amount }. */
export function parseFee(text: string, language: Language): { name: string; amount: string } {
  const at = text.indexOf('=');
  const name = text.slice(0, at).normalize('NFC').trim();
  const amount = text.slice(at + 1).normalize('NFC').trim();
  if (at < 0 || name === '' || amount === '') {
    throw new QmsError(t(language, 'options.fee-write-name-amount', { text }), { reason: 'usage' });
  }
  return { name, amount };
}

/** "Đơn đề nghị|Bản chính|1|BM-01/QT-KHCN-01" → a dossier item (kind, count and form optional). */
export function parseDossier(text: string, language: Language): NonNullable<TthcFields['dossier']>[number] {
  const [name, kind, count, form] = text.split('|').map((part) => part.normalize('NFC').trim());
  if (!name) throw new QmsError(t(language, 'options.dossier-write-name-original', { text }), { reason: 'usage' });
  if (count && !/^\d+$/.test(count)) throw new QmsError(t(language, 'options.dossier-count-whole-number', { count, text }), { reason: 'usage' });
  return { name, ...(kind ? { kind } : {}), ...(count ? { count: Number(count) } : {}), ...(form ? { form } : {}) };
}

/** "76/2018/NĐ-CP|Điều 5, Điều 6" → { id, articles }. */
export function parseLegalBasis(text: string): { id: string; articles: string[] } {
  const [id, articles] = text.split('|').map((part) => part.normalize('NFC').trim());
  return { id: id ?? '', articles: articles ? articles.split(/\s*[,;]\s*/).filter(Boolean) : [] };
}
