/**
 * One legal register entry as `qms legal show` prints it: its fields, its status on the day, the
 * relations it records, the relations others record on it (amended, replaced, repealed, guided by)
 * and the controlled documents citing it.
 */
import { citationsOf } from '../document/cited.js';
import type { LegalEntry } from '../model/document.js';
import { RELATION_FIELDS } from '../document/read-legal.js';
import { hasTakenEffect, type LegalStatus } from '../model/register.js';
import type { RepositoryIndex } from '../model/repository.js';
import { articleText } from '../register/articles.js';
import { articlesSuffix, inverseLabel, LABELS, legalStatusLabel, relationLabel, showDate, type Language, type RelationField } from '../i18n/labels.js';
import { tr } from '../i18n/language.js';
import { compareCodes, type LegalIdentity } from './master-list.js';
import { both } from '../i18n/messages/index.js';

export interface LegalRelationView {
  relation: RelationField;
  id: string;
  articles: string[];
  /** Whether the other document is in the register. */
  registered: boolean;
}

export interface InverseRelationView extends LegalRelationView {
  effective: string | null;
  inEffect: boolean;
  file: string;
}

export interface CitingDocument {
  code: string | null;
  title: string | null;
  file: string;
  status: string | null;
  /** Where it cites the entry: legal_basis, body or both. */
  sources: Array<'legal_basis' | 'body'>;
}

export interface LegalView extends LegalIdentity {
  aliases: string[];
  file: string;
  today: string;
  status: LegalStatus;
  /** The documents behind the status (replaced by, amended by …), in effect on the day. */
  statusBy: string[];
  relations: LegalRelationView[];
  inverse: InverseRelationView[];
  citedBy: CitingDocument[];
}

export function legalView(repository: RepositoryIndex, entry: LegalEntry): LegalView {
  const { register, today } = repository;
  const key = entry.key!;
  const reading = register.status(key, today);
  const relations: LegalRelationView[] = RELATION_FIELDS.flatMap((relation) =>
    entry[relation].map((r) => ({ relation, id: register.get(r.key)?.id?.value ?? r.id, articles: r.articles.map(articleText), registered: register.get(r.key) !== undefined })),
  );
  const inverse: InverseRelationView[] = register.incoming(key).map((incoming) => ({
    relation: incoming.relation,
    id: incoming.by.id?.value ?? incoming.by.key ?? incoming.by.file,
    articles: incoming.source.articles.map(articleText),
    registered: true,
    effective: incoming.by.effective?.value ?? null,
    inEffect: hasTakenEffect(incoming.by, today),
    file: incoming.by.file,
  }));
  const citedBy: CitingDocument[] = [];
  // The summaries say which documents cite the entry; only those are read (for where they cite it).
  const citing = repository.documents.filter((d) => d.readable && d.legalKeys.includes(key)).map((d) => d.file);
  for (const document of repository.readMany(citing, { contentHashes: false })) {
    const sources = [...new Set(citationsOf(document).filter((c) => c.key === key).map((c) => c.source))];
    if (sources.length === 0) continue;
    citedBy.push({ code: document.code?.value ?? null, title: document.title ?? null, file: document.file, status: document.status?.value ?? null, sources });
  }
  citedBy.sort((a, b) => compareCodes(a.code ?? a.file, b.code ?? b.file));
  return {
    id: entry.id?.value ?? key,
    key,
    kind: entry.docKind ?? null,
    title: entry.title ?? null,
    issuer: entry.issuer ?? null,
    signed: entry.signed?.value ?? null,
    effective: entry.effective?.value ?? null,
    expired: entry.expired?.value ?? null,
    aliases: entry.aliases,
    file: entry.file,
    today,
    status: reading.status,
    statusBy: reading.by.map((r) => r.by.id?.value ?? r.by.key ?? r.by.file),
    relations,
    inverse,
    citedBy,
  };
}

export function formatLegalView(view: LegalView, language: Language): string {
  const t = (message: { vi: string; en: string }): string => tr(language, message);
  const lines: string[] = [];
  lines.push(view.kind && !view.id.startsWith(view.kind) && !/^tiêu chuẩn/i.test(view.kind) ? `${view.kind} ${view.id}` : view.id);
  if (view.title) lines.push(`  ${view.title}`);
  lines.push('');
  const field = (label: { vi: string; en: string }, value: string | null | undefined): void => {
    if (value) lines.push(`  ${t(label).padEnd(20)} ${value}`);
  };
  field(LABELS.kind, view.kind);
  field(LABELS.issuer, view.issuer);
  field(LABELS.signed, showDate(language, view.signed));
  field(LABELS.effective, showDate(language, view.effective));
  field(LABELS.expired, showDate(language, view.expired));
  field(LABELS.aliases, view.aliases.join('; '));
  field(LABELS.file, view.file);
  const by = view.statusBy.length > 0 ? ` — ${view.statusBy.join(', ')}` : '';
  field(both('legal-view.status', { today: view.today }), `${legalStatusLabel(language, view.status)}${by}`);
  lines.push('', `${t(LABELS.relations)}:`);
  if (view.relations.length === 0) lines.push(`  ${t(LABELS.none)}`);
  for (const r of view.relations) lines.push(`  ${relationLabel(language, r.relation)} ${r.id}${articlesSuffix(r.articles)}${r.registered ? '' : ` — ${t(LABELS.notRegistered)}`}`);
  lines.push('', `${t(LABELS.inverse)}:`);
  if (view.inverse.length === 0) lines.push(`  ${t(LABELS.none)}`);
  for (const r of view.inverse) {
    const when = r.effective ? ` (${r.inEffect ? t(LABELS.from) : t(LABELS.notYet) + ','} ${showDate(language, r.effective)})` : '';
    lines.push(`  ${inverseLabel(language, r.relation)} ${r.id}${articlesSuffix(r.articles)}${when}`);
  }
  lines.push('', `${t(LABELS.citedBy)} (${view.citedBy.length}):`);
  if (view.citedBy.length === 0) lines.push(`  ${t(LABELS.none)}`);
  for (const d of view.citedBy) lines.push(`  ${d.code ?? d.file}  ${d.title ?? ''}  [${d.sources.join(', ')}]`.trimEnd());
  return `${lines.join('\n')}\n`;
}
