/**
 * Register maintenance: adding an entry, recording that one document amends, replaces or repeals
 * another. Each change is planned as whole file texts (new entries written from a template,
 * existing ones edited node by node with the front matter editor, so every other byte stays), then
 * validated as `qms check` would validate the register with those texts, in memory, and only then
 * written atomically.
 */
import { rulesOfGroups, runRules } from '../lint/run.js';
import type { LegalEntry } from '../model/document.js';
import type { FileChange } from '../write/plan.js';
import { editFileFrontMatter, type EditItem, type FrontMatterEdit } from '../yaml-edit/frontmatter-edit.js';
import { parseArticleList } from '../legal/articles.js';
import type { ArticleRef } from '../legal/citation-types.js';
import { foldPlain } from '../legal/fold.js';
import { canonicalKey } from '../legal/key.js';
import { resolveLegalId } from '../legal/resolve.js';
import type { Finding } from '../model/repository.js';
import type { Rule } from '../rules/rule.js';
import { QmsError } from '../util/errors.js';
import { articleIdentity, articleText } from './articles.js';
import { ENTRY_FIELD_NAMES, entryFileName, newEntryText, REQUIRED_FIELDS, type EntryFields } from './entry-text.js';
import { articlesSuffix, relationLabel, type Language } from '../i18n/labels.js';

import { findLegalKey, requireLegalEntry } from '../lookup/legal.js';
import { sharedRegisterIndex } from '../config/file-sets.js';
import { assertOwnedEntry, sharedRegisterError, writableRegister } from './shared.js';
import type { FullWorkspace, Workspace } from '../workspace/open.js';
import { t } from '../i18n/messages/index.js';

/** The relations a maintenance command records. */
export type WrittenRelation = 'amends' | 'replaces' | 'repeals';

/** One file of a register change: its text before (null: a new file) and after. */
export type RegisterWrite = FileChange;

/** A planned register change. */
export interface RegisterPlan {
  writes: RegisterWrite[];
  /** What the change does, one line each, in the command's language. */
  summary: string[];
  /** The id to give `qms impact` next. */
  impactId: string;
}

export interface AddRequest {
  id: string;
  fields: EntryFields;
  aliases: string[];
  /** The file to create (relative to the root); default legal/<slug>.md. */
  file?: string;
  /** The shared register folder to write to (`--register`); the agency's own when absent. */
  register?: string;
}

export interface RelateRequest {
  relation: WrittenRelation;
  /** The older document, registered: any citation form. */
  target: string;
  /** The newer document: registered (then it is edited) or not (then it is created). */
  by: string;
  articles: ArticleRef[];
  fields: EntryFields;
  aliases: string[];
  file?: string;
  register?: string;
}

/** Plans `qms legal add`: a new entry, refused when the id is already registered. */
export function planAdd(opened: Workspace, request: AddRequest): RegisterPlan {
  const { language } = opened;
  const id = request.id.normalize('NFC').trim();
  assertUsableId(id, language);
  const existing = registeredEntry(opened, id);
  if (existing) {
    throw new QmsError(
      t(language, 'edit.already-registered-one-entry', { id: existing.id?.value ?? id, file: existing.file }),
    );
  }
  assertRequired(request.fields, language, id);
  const file = newFilePath(opened, id, request.fields.kind, request.file, writableRegister(opened, request.register));
  const after = newEntryText(id, request.fields, distinctAliases(request.aliases));
  return {
    writes: [{ file, before: null, after }],
    summary: [t(language, 'edit.created', { file, entry: describe(request.fields.kind, id) })],
    impactId: id,
  };
}

/**
 * Plans `qms legal amend|replace|repeal <target> --by <by>`: creates `by` when it is not registered,
 * else edits it; adds the relation, or the articles the relation does not list yet. An empty
 * `writes` means everything was recorded already.
 */
export function planRelation(opened: Workspace, request: RelateRequest): RegisterPlan {
  const { language, repository } = opened;
  const target = requireLegalEntry(request.target, repository.register, language);
  const targetId = target.id?.value ?? target.key!;
  const item = relationItem(targetId, request.articles);
  const relationText = `${relationLabel(language, request.relation)} ${targetId}${articlesSuffix(request.articles.map(articleText))}`;
  const register = writableRegister(opened, request.register);
  const byEntry = registeredEntry(opened, request.by);
  if (!byEntry) {
    const id = request.by.normalize('NFC').trim();
    assertUsableId(id, language);
    assertRequired(request.fields, language, id);
    const file = newFilePath(opened, id, request.fields.kind, request.file, register);
    const after = editFileFrontMatter(file, newEntryText(id, request.fields, distinctAliases(request.aliases)), [{ op: 'append', path: [request.relation], item }], { language });
    return {
      writes: [{ file, before: null, after }],
      summary: [t(language, 'edit.created-2', { file, entry: describe(request.fields.kind, id), relation: relationText })],
      impactId: id,
    };
  }
  if (request.file !== undefined) {
    throw new QmsError(t(language, 'edit.file-new-entry-already', { file: byEntry.file, id: byEntry.id?.value ?? '' }));
  }
  assertOwnedEntry(opened, byEntry, register);
  const byId = byEntry.id?.value ?? request.by;
  const before = opened.readText(byEntry.file);
  const edits: FrontMatterEdit[] = [];
  const summary: string[] = [];
  const data = byEntry.frontMatter?.data ?? {};
  for (const name of ENTRY_FIELD_NAMES) {
    const value = request.fields[name];
    if (value === undefined) continue;
    const current = data[name];
    if (typeof current === 'string' && current.normalize('NFC') === value.normalize('NFC')) continue;
    edits.push({ op: 'set', path: [name], value });
    summary.push(`${name}: ${value}`);
  }
  const aliases = aliasEdits(data.aliases, request.aliases);
  if (aliases.added.length > 0) summary.push(`aliases: + ${aliases.added.join(', ')}`);
  edits.push(...aliases.edits);
  const relationEdits = relationEditsFor(opened, byEntry, request, item, targetId);
  edits.push(...relationEdits.edits);
  if (relationEdits.added) summary.unshift(`${byId} ${relationText}`);
  else if (relationEdits.articles.length > 0) {
    const articles = relationEdits.articles.join(', ');
    summary.unshift(`${byId} ${relationLabel(language, request.relation)} ${targetId}: ${t(language, 'edit.added', { articles })}`);
  }
  if (edits.length === 0) return { writes: [], summary: [t(language, 'edit.already-recorded-nothing-changed', { byId, relation: relationText, file: byEntry.file })], impactId: byId };
  const after = editFileFrontMatter(byEntry.file, before, edits, { language });
  return { writes: [{ file: byEntry.file, before, after }], summary: summary.map((line) => t(language, 'edit.updated', { line, file: byEntry.file })), impactId: byId };
}

/** The relation as a sequence item: `{ id, articles }`, or `{ id }` for the whole document. */
function relationItem(targetId: string, articles: readonly ArticleRef[]): Exclude<EditItem, string> {
  return articles.length > 0 ? { id: targetId, articles: articles.map(articleText) } : { id: targetId };
}

/** Edits adding the relation to an existing entry, or only the articles it lacks. */
function relationEditsFor(
  opened: Workspace,
  byEntry: LegalEntry,
  request: RelateRequest,
  item: Exclude<EditItem, string>,
  targetId: string,
): { edits: FrontMatterEdit[]; added: boolean; articles: string[] } {
  const { language, repository } = opened;
  const field = request.relation;
  const raw = byEntry.frontMatter?.data[field];
  const keys = new Set(repository.register.byKey.keys());
  const targetKey = canonicalKey(targetId);
  const keyOf = (value: unknown): string | null => {
    const id = typeof value === 'string' ? value : value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string' ? (value as { id: string }).id : null;
    return id === null ? null : resolveLegalId(id, repository.register.recognizer, keys);
  };
  if (raw === undefined || raw === null || (Array.isArray(raw) && raw.length === 0)) return { edits: [{ op: 'append', path: [field], item }], added: true, articles: [] };
  if (!Array.isArray(raw)) {
    // `amends: 61/2018/NĐ-CP` (one item written alone): becomes a list of both.
    if (keyOf(raw) === targetKey) return { ...mergeArticles(raw, [field], request, byEntry, targetId, language), added: false };
    const old: EditItem = typeof raw === 'string' ? raw : (raw as Record<string, string | readonly string[]>);
    const added: EditItem = typeof raw === 'string' && request.articles.length === 0 ? targetId : item;
    return { edits: [{ op: 'delete', path: [field] }, { op: 'append', path: [field], item: old }, { op: 'append', path: [field], item: added }], added: true, articles: [] };
  }
  const index = raw.findIndex((value) => keyOf(value) === targetKey);
  if (index >= 0) return { ...mergeArticles(raw[index], [field, index], request, byEntry, targetId, language), added: false };
  // A list of plain ids stays one: a relation to the whole document is appended as a plain id.
  const plain = raw.every((value) => typeof value === 'string');
  return { edits: [{ op: 'append', path: [field], item: plain && request.articles.length === 0 ? targetId : item }], added: true, articles: [] };
}

/** The articles a recorded relation lacks; none when they are all there. */
function mergeArticles(
  value: unknown,
  path: Array<string | number>,
  request: RelateRequest,
  byEntry: LegalEntry,
  targetId: string,
  language: Language,
): { edits: FrontMatterEdit[]; articles: string[] } {
  if (request.articles.length === 0) return { edits: [], articles: [] };
  const recorded = value && typeof value === 'object' ? (value as { articles?: unknown }).articles : undefined;
  const byId = byEntry.id?.value ?? '';
  if (recorded === undefined || recorded === null) {
    throw new QmsError(
      t(language, 'edit.records-that-whole-narrowed', { file: byEntry.file, byId, relation: request.relation, targetId }),
    );
  }
  const list = Array.isArray(recorded) ? recorded.map(String) : [String(recorded)];
  const have = new Set(parseArticleList(list).map(articleIdentity));
  const missing = request.articles.filter((ref) => !have.has(articleIdentity(ref))).map(articleText);
  if (missing.length === 0) return { edits: [], articles: [] };
  const articlesPath = [...path, 'articles'];
  if (Array.isArray(recorded)) return { edits: missing.map((article) => ({ op: 'append' as const, path: articlesPath, item: article })), articles: missing };
  const edits: FrontMatterEdit[] = [{ op: 'delete', path: articlesPath }, ...[...list, ...missing].map((article) => ({ op: 'append' as const, path: articlesPath, item: article }))];
  return { edits, articles: missing };
}

/** Aliases to add to an existing entry (compared without case and diacritics). */
function aliasEdits(raw: unknown, aliases: readonly string[]): { edits: FrontMatterEdit[]; added: string[] } {
  const current = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? [raw] : [];
  const have = new Set(current.map(foldPlain));
  const missing = distinctAliases(aliases).filter((alias) => !have.has(foldPlain(alias)));
  if (missing.length === 0) return { edits: [], added: [] };
  const append = (alias: string): FrontMatterEdit => ({ op: 'append', path: ['aliases'], item: alias });
  if (typeof raw === 'string') return { edits: [{ op: 'delete', path: ['aliases'] }, ...[...current, ...missing].map(append)], added: missing };
  return { edits: missing.map(append), added: missing };
}

/** Aliases without blanks and repeats (compared as citations are: without case or diacritics). */
function distinctAliases(aliases: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const alias of aliases.map((a) => a.normalize('NFC').trim())) {
    if (alias === '' || seen.has(foldPlain(alias))) continue;
    seen.add(foldPlain(alias));
    result.push(alias);
  }
  return result;
}


/** The registered entry an id names (by key, or any citation form the register resolves). */
function registeredEntry(opened: Workspace, id: string): LegalEntry | undefined {
  const key = findLegalKey(id, opened.repository.register, opened.language);
  return key ? opened.repository.register.get(key) : undefined;
}

function assertUsableId(id: string, language: Language): void {
  if (canonicalKey(id) === null) throw new QmsError(t(language, 'edit.document-number-missing', {}));
}

function assertRequired(fields: EntryFields, language: Language, id: string): void {
  const missing = REQUIRED_FIELDS.filter((name) => fields[name] === undefined || fields[name]!.trim() === '');
  if (missing.length === 0) return;
  throw new QmsError(t(language, 'edit.registered-yet-needed-create', { id, flags: missing.map((name) => `--${name}`) }));
}

/** <register>/<slug>.md (legal/ for the agency's own), or `--file`; a taken default name gets -2, -3 … */
function newFilePath(opened: Workspace, id: string, kind: string | undefined, given: string | undefined, register: string | undefined): string {
  const { language } = opened;
  if (given !== undefined) {
    const file = given.replace(/\\/g, '/').replace(/^\.\//, '');
    const inside = sharedRegisterIndex(file, opened.config.legal.shared);
    const wanted = register === undefined ? -1 : opened.config.legal.shared.indexOf(register);
    if (inside !== wanted) throw sharedRegisterError(language, file, opened.config.legal.shared[inside] ?? register!);
    if (opened.exists(file)) throw new QmsError(t(language, 'edit.already-exists', { file }));
    return file;
  }
  const name = entryFileName(id, kind);
  const folder = register ?? 'legal';
  let file = `${folder}/${name}`;
  for (let n = 2; opened.exists(file); n++) file = `${folder}/${name.replace(/\.md$/, '')}-${n}.md`;
  return file;
}

function describe(kind: string | undefined, id: string): string {
  return kind && !id.startsWith(kind) && !/^tiêu chuẩn/i.test(kind) ? `${kind} ${id}` : id;
}

/** The rules a register write must pass: register/* and frontmatter/*, with the repository's severities. */
export const REGISTER_RULES: readonly Rule[] = rulesOfGroups(['register', 'frontmatter']);

/** What the change would add to `qms check`'s findings about the register. */
export interface Validation {
  errors: Finding[];
  warnings: Finding[];
}

/**
 * Runs the register and front matter rules over the register as it is and as it would be with the
 * plan's texts (in memory; nothing is written) and returns the findings the plan would introduce.
 * Findings already there before are not the plan's: a broken register elsewhere does not block it.
 */
export function validatePlan(opened: FullWorkspace, plan: RegisterPlan): Validation {
  const { language } = opened;
  const texts = new Map(plan.writes.map((write) => [write.file, write.after]));
  const after = opened.registerWith(texts);
  for (const write of plan.writes) {
    if (!after.legal.some((entry) => entry.file === write.file)) {
      throw new QmsError(
        t(language, 'edit.register-entry-under-legal', { file: write.file }),
      );
    }
  }
  const key = (f: Finding): string => `${f.file}\0${f.ruleId}\0${f.severity}\0${f.messageId}\0${JSON.stringify(f.data)}`;
  const before = new Map<string, number>();
  for (const finding of runRules(opened.repository, { rules: REGISTER_RULES })) before.set(key(finding), (before.get(key(finding)) ?? 0) + 1);
  const introduced: Finding[] = [];
  for (const finding of runRules(after, { rules: REGISTER_RULES })) {
    const count = before.get(key(finding)) ?? 0;
    if (count > 0) before.set(key(finding), count - 1);
    else introduced.push(finding);
  }
  return { errors: introduced.filter((f) => f.severity === 'error'), warnings: introduced.filter((f) => f.severity !== 'error') };
}

/** `qms impact <id>` as a command to copy, quoted when the id holds more than letters, digits and / . : - */
export function impactCommand(id: string): string {
  return /^[\p{L}\p{N}/.:-]+$/u.test(id) ? `qms impact ${id}` : `qms impact "${id.replace(/(["\\$`])/g, '\\$1')}"`;
}
