/**
 * One controlled document as `qms show` prints it: identity and status, approvals (and whether the
 * content still matches the approval fingerprint), legal basis with each legal document's current
 * status, its change history, what it references and what references it.
 */
import { citationsOf } from '../document/cited.js';
import type { ApprovalStepName, ControlledDocument, IssuedRevision } from '../model/document.js';
import type { LegalStatus } from '../model/register.js';
import { referencesOf } from '../rules/ref/resolve.js';
import type { RepositoryIndex } from '../model/repository.js';
import { codeKey, earlierRevisionInForce, statusOn } from '../model/documents.js';
import { articleText } from '../register/articles.js';
import { articlesSuffix, documentStatusLabel, LABELS, legalStatusLabel, showDate, type Language } from '../i18n/labels.js';
import { tr } from '../i18n/language.js';
import { compareCodes } from './master-list.js';

export interface ApprovalView {
  name: string | null;
  title: string | null;
  date: string | null;
}

export interface LegalCitationView {
  /** As written in the document. */
  cited: string;
  /** The register id, when registered. */
  id: string | null;
  articles: string[];
  kind: string | null;
  title: string | null;
  /** Its status on the day; null when it is not registered. */
  status: LegalStatus | null;
  /** What amended, replaced or repealed it (in effect on the day). */
  by: string[];
  /** Body lines citing it (for body citations). */
  lines: number[];
}

export interface ReferenceView {
  code: string;
  title: string | null;
  file: string | null;
  source: 'references' | 'body';
}

export interface DocumentView {
  code: string;
  title: string | null;
  type: string | null;
  typeLabel: string | null;
  revision: number | null;
  status: string | null;
  effective: string | null;
  owner: string | null;
  file: string;
  lastReview: string | null;
  /** The revision in force while this one (a later revision) is drafted or approved; null otherwise. */
  inForce: IssuedRevision | null;
  obsolete: { date: string | null; reason: string | null; replacedBy: string | null } | null;
  today: string;
  approval: Partial<Record<ApprovalStepName, ApprovalView>>;
  /** Whether the content matches `approval.approved.fingerprint`; null without one. */
  fingerprintMatches: boolean | null;
  legalBasis: LegalCitationView[];
  /** Legal documents the body cites that the legal basis does not list. */
  otherCitations: LegalCitationView[];
  history: Array<{ revision: number | null; date: string | null; summary: string | null; trigger: string | null }>;
  references: ReferenceView[];
  referencedBy: ReferenceView[];
  /** Other files with the same code. */
  duplicates: string[];
}

export function documentView(repository: RepositoryIndex, document: ControlledDocument, duplicates: readonly ControlledDocument[]): DocumentView {
  const { register, today, config } = repository;
  const legal = (cited: string, key: string | null, articles: string[], lines: number[]): LegalCitationView => {
    const entry = register.get(key);
    const reading = entry && key ? register.status(key, today) : null;
    return {
      cited,
      id: entry?.id?.value ?? null,
      articles,
      kind: entry?.docKind ?? null,
      title: entry?.title ?? null,
      status: reading?.status ?? null,
      by: reading ? reading.by.map((r) => r.by.id?.value ?? r.by.file) : [],
      lines,
    };
  };
  const legalBasis = document.legalBasis.map((item) => legal(item.id, item.key, item.articles.map(articleText), []));
  const basisKeys = new Set(document.legalBasis.map((item) => item.key).filter((key): key is string => key !== null));
  const others = new Map<string, { cited: string; key: string | null; articles: Set<string>; lines: number[] }>();
  for (const citation of citationsOf(document)) {
    if (citation.source !== 'body' || (citation.key !== null && basisKeys.has(citation.key))) continue;
    const id = citation.key ?? citation.text;
    const group = others.get(id) ?? { cited: citation.text, key: citation.key, articles: new Set<string>(), lines: [] };
    for (const article of citation.articles) group.articles.add(articleText(article));
    if (!group.lines.includes(citation.position.line)) group.lines.push(citation.position.line);
    others.set(id, group);
  }
  const ownKey = codeKey(document.code!.value);
  const describeCode = (code: string, source: ReferenceView['source']): ReferenceView => {
    const target = repository.byCode.get(code)?.[0];
    return { code, title: target?.title ?? null, file: target?.file ?? null, source };
  };
  // A code both in `references` and in the body is listed once, as a reference.
  const outgoing = referencesOf(document, repository).filter((r) => r.code !== ownKey);
  const listed = new Set(outgoing.filter((r) => r.source === 'references').map((r) => r.code));
  const references = outgoing.filter((r) => r.source === 'references' || !listed.has(r.code)).map((r) => describeCode(r.code, r.source));
  const referencedBy: ReferenceView[] = [];
  for (const other of repository.documents) {
    if (other.file === document.file || !other.readable || !other.code) continue;
    const hits = referencesOf(other, repository).filter((r) => r.code === ownKey);
    const source = hits.some((r) => r.source === 'references') ? 'references' : hits.length > 0 ? 'body' : null;
    if (source) referencedBy.push({ code: other.code.value, title: other.title ?? null, file: other.file, source });
  }
  referencedBy.sort((a, b) => compareCodes(a.code, b.code));
  const approval: DocumentView['approval'] = {};
  for (const step of ['prepared', 'reviewed', 'approved'] as const) {
    const value = document.approval[step];
    if (value) approval[step] = { name: value.name ?? null, title: value.title ?? null, date: value.date ?? null };
  }
  const approvedFingerprint = document.approval.approved?.fingerprint;
  const type = document.type?.value ?? null;
  return {
    code: document.code!.value,
    title: document.title ?? null,
    type,
    typeLabel: type !== null && Object.hasOwn(config.types, type) ? config.types[type]!.label : null,
    revision: document.revision?.value ?? null,
    status: statusOn(document, repository.today),
    inForce: earlierRevisionInForce(document, repository.today),
    effective: document.effective?.value ?? null,
    owner: document.owner ?? null,
    file: document.file,
    lastReview: document.lastReview?.value ?? null,
    obsolete: document.obsolete ? { date: document.obsolete.date ?? null, reason: document.obsolete.reason ?? null, replacedBy: document.obsolete.replacedBy ?? null } : null,
    today,
    approval,
    fingerprintMatches: approvedFingerprint ? approvedFingerprint === document.fingerprint : null,
    legalBasis,
    otherCitations: [...others.values()].map((group) => legal(group.cited, group.key, [...group.articles], group.lines)),
    history: document.history.map((row) => ({ revision: row.revision ?? null, date: row.date ?? null, summary: row.summary ?? null, trigger: row.trigger ?? null })),
    references,
    referencedBy,
    duplicates: duplicates.map((d) => d.file),
  };
}

export function formatDocumentView(view: DocumentView, language: Language): string {
  const t = (message: { vi: string; en: string }): string => tr(language, message);
  const lines: string[] = [`${view.code}  ${view.title ?? ''}`.trimEnd(), ''];
  const field = (label: { vi: string; en: string }, value: string | null | undefined): void => {
    if (value) lines.push(`  ${t(label).padEnd(18)} ${value}`);
  };
  field(LABELS.type, language === 'vi' ? (view.typeLabel ?? view.type) : view.type);
  field(LABELS.revision, view.revision === null ? null : String(view.revision));
  field(LABELS.status, documentStatusLabel(language, view.status));
  if (view.inForce) field(LABELS.inForce, `${t(LABELS.revisionWord)} ${view.inForce.revision}, ${t(LABELS.since)} ${showDate(language, view.inForce.effective)}`);
  field(LABELS.effective, showDate(language, view.effective));
  field(LABELS.owner, view.owner);
  field(LABELS.lastReview, showDate(language, view.lastReview));
  if (view.obsolete) field(LABELS.obsolete, [showDate(language, view.obsolete.date), view.obsolete.reason, view.obsolete.replacedBy ? `→ ${view.obsolete.replacedBy}` : null].filter(Boolean).join(' — '));
  field(LABELS.file, view.file);
  for (const duplicate of view.duplicates) lines.push(`  ! ${t(LABELS.sameCode)} ${duplicate}`);

  lines.push('', `${t(LABELS.approval)}:`);
  const steps = ['prepared', 'reviewed', 'approved'] as const;
  if (steps.every((step) => !view.approval[step])) lines.push(`  ${t(LABELS.none)}`);
  for (const step of steps) {
    const value = view.approval[step];
    if (!value) continue;
    lines.push(`  ${t(LABELS[step]).padEnd(18)} ${[value.name, value.title, showDate(language, value.date)].filter(Boolean).join(', ')}`);
  }
  if (view.fingerprintMatches !== null) lines.push(`  ${view.fingerprintMatches ? '✓' : '✗'} ${t(view.fingerprintMatches ? LABELS.fingerprintOk : LABELS.fingerprintChanged)}`);

  const legal = (item: LegalCitationView): string => {
    const name = item.id ?? item.cited;
    const status = item.status ? `${legalStatusLabel(language, item.status)}${item.by.length > 0 ? ` — ${item.by.join(', ')}` : ''}` : t(LABELS.notRegistered);
    const where = item.lines.length > 0 ? ` [${t(LABELS.line)} ${item.lines.join(', ')}]` : '';
    return `  ${name}${articlesSuffix(item.articles)}: ${status}${where}`;
  };
  lines.push('', `${t(LABELS.legalBasis)}:`);
  if (view.legalBasis.length === 0) lines.push(`  ${t(LABELS.none)}`);
  for (const item of view.legalBasis) lines.push(legal(item));
  if (view.otherCitations.length > 0) {
    lines.push('', `${t(LABELS.bodyCitations)}:`);
    for (const item of view.otherCitations) lines.push(legal(item));
  }

  lines.push('', `${t(LABELS.history)}:`);
  if (view.history.length === 0) lines.push(`  ${t(LABELS.none)}`);
  for (const row of view.history) {
    const trigger = row.trigger ? ` (${t(LABELS.trigger)} ${row.trigger})` : '';
    lines.push(`  ${String(row.revision ?? '?').padEnd(3)} ${showDate(language, row.date).padEnd(10)}  ${row.summary ?? ''}${trigger}`);
  }

  const reference = (r: ReferenceView): string => `  ${r.code}${r.title ? `  ${r.title}` : r.file ? '' : `  (${t(LABELS.unknownCode)})`}${r.source === 'body' ? ` [${t(LABELS.inBody)}]` : ''}`;
  lines.push('', `${t(LABELS.references)}:`);
  if (view.references.length === 0) lines.push(`  ${t(LABELS.none)}`);
  for (const r of view.references) lines.push(reference(r));
  lines.push('', `${t(LABELS.referencedBy)} (${view.referencedBy.length}):`);
  if (view.referencedBy.length === 0) lines.push(`  ${t(LABELS.none)}`);
  for (const r of view.referencedBy) lines.push(reference(r));
  return `${lines.join('\n')}\n`;
}
