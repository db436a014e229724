/** Planning `qms tthc add|set`: the record's new text as a FileChange, refused with a bilingual reason when the code is taken, missing or the fields are incomplete. */
import type { Language } from '../i18n/language.js';

import type { Register } from '../model/register.js';
import type { TthcRecord } from '../model/tthc.js';
import { QmsError } from '../util/errors.js';
import type { FileChange } from '../write/plan.js';
import { editRecordText, newRecordText, recordFile, type TthcFields } from './record-text.js';
import { t } from '../i18n/messages/index.js';

/** What planning needs of the workspace. */
export interface TthcPlanContext {
  register: Register;
  folder: string;
  language: Language;
  today: string;
  readText(file: string): string;
  exists(file: string): boolean;
}

export interface TthcPlan {
  writes: FileChange[];
  summary: string[];
}

/** A code as a file name may hold it: letters, digits and `.`, `-`, `_` (1.004227, 1.001193.000.00.00.H35). */
export function assertUsableCode(code: string, language: Language): void {
  if (!/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u.test(code)) {
    throw new QmsError(t(language, 'plan.tthc-code-cannot-name', { code }), { reason: 'usage' });
  }
}

/** Plans `qms tthc add <code>`: a new record, refused when the code has one already or a required field is missing. */
export function planTthcAdd(context: TthcPlanContext, code: string, fields: TthcFields): TthcPlan {
  const { language } = context;
  const clean = code.normalize('NFC').trim();
  assertUsableCode(clean, language);
  const existing = context.register.tthc.get(clean);
  const file = recordFile(context.folder, clean);
  if (existing || context.exists(file)) {
    throw new QmsError(t(language, 'plan.tthc-has-record-already', { code: clean, file: existing?.file ?? file }), { reason: 'exists' });
  }
  const missing = (['name', 'agency', 'timeLimit'] as const).filter((name) => fields[name] === undefined);
  if (missing.length > 0) {
    const options = missing.map((name) => (name === 'timeLimit' ? '--time-limit' : `--${name}`)).join(', ');
    throw new QmsError(t(language, 'plan.new-tthc-record-needs', { options }), { reason: 'usage' });
  }
  return { writes: [{ file, before: null, after: newRecordText(clean, fields) }], summary: [t(language, 'plan.created', { file, name: fields.name ?? '' })] };
}

/**
 * Plans `qms tthc set <code>`: the fields given written over the record, and a row in `changes`
 * (date, what changed, and the legal document that caused it when `trigger` is given).
 */
export function planTthcSet(context: TthcPlanContext, code: string, fields: TthcFields, why: { trigger?: string; summary?: string }): TthcPlan {
  const { language } = context;
  const record = requireRecord(context.register, code, language);
  const before = context.readText(record.file);
  const changed = describeChanges(record, fields);
  if (changed.length === 0) return { writes: [], summary: [t(language, 'plan.nothing-change', { file: record.file })] };
  const summary = why.summary ?? changed.join('; ');
  const after = editRecordText(record.file, before, fields, { date: context.today, summary, ...(why.trigger !== undefined ? { trigger: why.trigger } : {}) });
  return { writes: [{ file: record.file, before, after }], summary: [t(language, 'plan.changed', { summary, file: record.file })] };
}

/** The record of a code, or a refusal naming the closest codes. */
export function requireRecord(register: Register, code: string, language: Language): TthcRecord {
  const record = register.tthc.get(code.trim());
  if (record) return record;
  const codes = [...register.tthc.byCode.keys()];
  const near = codes.filter((known) => known.includes(code.trim()) || code.trim().includes(known)).slice(0, 3);
  const hint = near.length > 0 ? near.join(', ') : codes.slice(0, 3).join(', ');
  throw new QmsError(
    t(language, 'plan.no-tthc-record', { code, known: hint }),
    { reason: 'unknown-code' },
  );
}

/** What the fields change, in words ("time_limit: 15 working-days → 10 working-days"). */
function describeChanges(record: TthcRecord, fields: TthcFields): string[] {
  const changes: string[] = [];
  const scalar = (name: string, before: string | undefined, after: string | undefined): void => {
    if (after !== undefined && after.normalize('NFC') !== before) changes.push(`${name}: ${before ?? '—'} → ${after}`);
  };
  scalar('name', record.name, fields.name);
  scalar('level', record.level, fields.level);
  scalar('field', record.field, fields.field);
  scalar('agency', record.agency, fields.agency);
  scalar('result', record.result, fields.result);
  const limit = record.timeLimit ? `${record.timeLimit.value} ${record.timeLimit.unit}` : undefined;
  scalar('time_limit', limit, fields.timeLimit ? `${fields.timeLimit.value} ${fields.timeLimit.unit}` : undefined);
  const list = (name: string, before: unknown[], after: unknown[] | undefined): void => {
    if (after !== undefined && JSON.stringify(before) !== JSON.stringify(after)) changes.push(`${name}: ${before.length} → ${after.length}`);
  };
  list('fees', record.fees, fields.fees);
  list('dossier', record.dossier, fields.dossier);
  list('conditions', record.conditions, fields.conditions);
  list('legal_basis', record.legalBasis.map((b) => b.id), fields.legalBasis?.map((b) => b.id));
  if (fields.announcedBy && (fields.announcedBy.id !== record.announcedBy?.id || fields.announcedBy.date !== record.announcedBy?.date)) {
    changes.push(`announced_by: ${record.announcedBy?.id ?? '—'} → ${fields.announcedBy.id}`);
  }
  return changes;
}
