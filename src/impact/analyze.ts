/** The impact analysis of a legal change: its amendments/replacements/repeals, the documents citing what changed, guides and dependents. */
import type { ControlledDocument, LegalEntry } from '../model/document.js';
import { citationsOf, type CitedLegalDocument } from '../document/cited.js';
import { articleKey } from '../legal/articles.js';
import type { ArticleRef } from '../legal/citation-types.js';
import type { IncomingRelation } from '../model/register.js';
import { UPDATE_MONTHS } from '../rules/legal/pending.js';
import type { RepositoryIndex } from '../model/repository.js';
import { addMonths } from '../util/dates.js';
import { buildImpactIndex, impactLookup, type ImpactLookup } from './lookup-index.js';
import type { AffectedDocument, AffectedTthc, ChangeRelation, CitationRef, DocumentChange, ImpactReport, LegalChange, LegalRef, PossiblyAffectedLegal } from './types.js';

const RELATION_OF: Partial<Record<IncomingRelation['relation'], ChangeRelation>> = { amends: 'amended', replaces: 'replaced', repeals: 'repealed' };

/**
 * Everything a change of the law at `key` touches: the changes (what amends, replaces or repeals
 * it, or what it amends, replaces or repeals), the controlled documents citing each changed
 * document, legal documents guiding a replaced or repealed one, and the documents depending on the
 * affected ones. Pure: reads only the repository data. `lookup` answers the questions over every
 * document (by default from the summaries; `qms impact` passes the index the cache recalled).
 */
export function analyzeImpact(repository: RepositoryIndex, key: string, query: string, lookup: ImpactLookup = impactLookup(buildImpactIndex(repository))): ImpactReport {
  const { register } = repository;
  const entry = register.get(key)!;
  const changes = changesAround(repository, entry);
  const affected: AffectedDocument[] = [];
  const keys = new Set(changes.map((change) => change.old.key));
  for (const document of citing(repository, lookup, keys)) {
    const cited = citationsOf(document);
    const concerned = changes
      .map((change) => ({ change, citations: cited.filter((c) => c.key === change.old.key) }))
      .filter((x) => x.citations.length > 0);
    if (concerned.length > 0) affected.push(affectedDocument(document, concerned));
  }
  const tthc = throughTthc(repository, lookup, changes, keys, affected);
  const possiblyAffected = guidesOfEnded(repository, lookup, changes);
  // Documents still to revise first; dependents follow only those (revised ones already carry the change).
  affected.sort((a, b) => Number(a.acknowledged) - Number(b.acknowledged));
  const dependents = lookup.dependents(affected.filter((a) => !a.acknowledged).map((a) => a.file));
  return { query, today: repository.today, legalDocument: legalRef(repository, entry), changes, affected, tthc, possiblyAffected, dependents };
}

/**
 * The TTHC records whose legal basis holds a changed document, and the documents handling them:
 * a document already affected by its own citation learns the TTHC it is affected through too; one
 * that does not cite the changed document is affected through its TTHC, with the precision the
 * record's citation (its articles) gives. Only the documents that name such a TTHC are read.
 */
function throughTthc(repository: RepositoryIndex, lookup: ImpactLookup, changes: LegalChange[], keys: ReadonlySet<string>, affected: AffectedDocument[]): AffectedTthc[] {
  const result: AffectedTthc[] = [];
  const byFile = new Map(affected.map((a) => [a.file, a]));
  const records = repository.register.tthcBasedOn(keys);
  const handlersOf = lookup.handlers(new Set(records.map((record) => record.code!.value.normalize('NFC'))));
  for (const record of records) {
    const code = record.code!.value;
    const items = record.legalBasis.filter((item) => item.key !== null && keys.has(item.key));
    const concerning = changes.filter((change) => items.some((item) => item.key === change.old.key));
    const handlers = handlersOf.get(code.normalize('NFC')) ?? [];
    for (const document of repository.readMany(handlers.map((d) => d.file), { contentHashes: false })) {
      const known = byFile.get(document.file);
      if (known) {
        if (!known.through.includes(code)) known.through.push(code);
        continue;
      }
      const concerned = concerning.map((change) => ({
        change,
        citations: items.filter((item) => item.key === change.old.key).map((item) => ({ key: item.key, text: item.id, articles: item.articles, position: item.position, source: 'legal_basis' as const, candidates: [] })),
      }));
      const added = { ...affectedDocument(document, concerned), through: [code] };
      affected.push(added);
      byFile.set(document.file, added);
    }
    const by = [...new Set(concerning.map((change) => change.by.id))];
    result.push({
      code,
      file: record.file,
      name: record.name ?? null,
      cites: items.map((item) => ({ id: item.id, articles: item.articles.map(articleLabel) })),
      by,
      acknowledged: concerning.every((change) => record.changes.some((row) => row.triggerKey === change.by.key)),
      procedures: handlers.map((d) => d.code ?? d.file),
    });
  }
  return result;
}

/** Changes in both directions: others acting on `entry`, and `entry` acting on others. */
function changesAround(repository: RepositoryIndex, entry: LegalEntry): LegalChange[] {
  const { register } = repository;
  const changes: LegalChange[] = [];
  for (const incoming of register.incoming(entry.key!)) {
    const relation = RELATION_OF[incoming.relation];
    if (relation) changes.push(change(repository, entry, relation, incoming.by, incoming.source.articles));
  }
  for (const field of ['amends', 'replaces', 'repeals'] as const) {
    for (const relation of entry[field]) {
      const target = register.get(relation.key);
      if (target && target !== entry) changes.push(change(repository, target, RELATION_OF[field]!, entry, relation.articles));
    }
  }
  return changes;
}

function change(repository: RepositoryIndex, old: LegalEntry, relation: ChangeRelation, by: LegalEntry, articles: ArticleRef[]): LegalChange {
  // Repealing some articles is an amendment of the rest.
  const effectiveRelation = relation === 'repealed' && articles.length > 0 ? 'amended' : relation;
  return {
    old: legalRef(repository, old),
    relation: effectiveRelation,
    by: legalRef(repository, by),
    articles: articles.map(articleLabel),
    due: by.effective ? addMonths(by.effective.value, UPDATE_MONTHS) : null,
  };
}

const RELATION_WEIGHT: Record<ChangeRelation, number> = { replaced: 0, repealed: 1, amended: 2 };

function affectedDocument(document: ControlledDocument, concerned: Array<{ change: LegalChange; citations: CitedLegalDocument[] }>): AffectedDocument {
  const changes = concerned.map(({ change, citations }) => documentChange(document, change, citations));
  const primary = [...changes].sort((a, b) => Number(a.acknowledged) - Number(b.acknowledged) || RELATION_WEIGHT[a.relation] - RELATION_WEIGHT[b.relation])[0]!;
  const keys = new Set(concerned.map(({ change }) => change.old.key));
  return {
    file: document.file,
    code: document.code?.value ?? null,
    title: document.title ?? null,
    type: document.type?.value ?? null,
    revision: document.revision?.value ?? null,
    status: document.status?.value ?? null,
    owner: document.owner ?? null,
    ...primary,
    acknowledged: changes.every((c) => c.acknowledged),
    changes,
    citations: citationsOf(document)
      .filter((c) => c.key !== null && keys.has(c.key))
      .map(citationRef),
    through: [],
  };
}

function documentChange(document: ControlledDocument, change: LegalChange, citations: CitedLegalDocument[]): DocumentChange {
  const changedArticles = new Set(change.articles.map((a) => a.replace(/^.*Điều /, '')));
  const whole = citations.some((c) => c.articles.length === 0);
  const touches = citations.some((c) => c.articles.some((a) => changedArticles.has(articleKey(a))));
  return {
    relation: change.relation,
    cited: change.old.id,
    by: change.by.id,
    precision: changedArticles.size === 0 || whole || touches ? 'direct' : 'review',
    due: change.due,
    acknowledged: document.legalBasis.some((item) => item.key === change.by.key) || document.history.some((row) => row.triggerKey === change.by.key),
  };
}

/** Legal documents that guide a replaced or repealed one, with the controlled documents citing them. */
function guidesOfEnded(repository: RepositoryIndex, lookup: ImpactLookup, changes: LegalChange[]): PossiblyAffectedLegal[] {
  const result: PossiblyAffectedLegal[] = [];
  for (const change of changes) {
    if (change.relation === 'amended') continue;
    for (const incoming of repository.register.incoming(change.old.key)) {
      if (incoming.relation !== 'guides' || !incoming.by.key) continue;
      const documents = citing(repository, lookup, new Set([incoming.by.key]))
        .map((d) => ({ document: d, citations: citationsOf(d).filter((c) => c.key === incoming.by.key) }))
        .filter((x) => x.citations.length > 0)
        .map(({ document, citations }) => ({ file: document.file, code: document.code?.value ?? null, title: document.title ?? null, citations: citations.map(citationRef) }));
      result.push({ legal: legalRef(repository, incoming.by), guides: change.old.id, documents });
    }
  }
  return result;
}

/**
 * Documents in use citing any of `keys`, read in full. The index says which cite what, so only
 * those are read again.
 */
function citing(repository: RepositoryIndex, lookup: ImpactLookup, keys: ReadonlySet<string>): ControlledDocument[] {
  // The report and the plan never compare content: no content hashes needed.
  return repository.readMany(lookup.citing(keys), { contentHashes: false });
}

export function legalRef(repository: RepositoryIndex, entry: LegalEntry): LegalRef {
  return {
    key: entry.key!,
    id: entry.id?.value ?? entry.key!,
    kind: entry.docKind ?? null,
    title: entry.title ?? null,
    issuer: entry.issuer ?? null,
    signed: entry.signed?.value ?? null,
    effective: entry.effective?.value ?? null,
    status: repository.register.status(entry.key!, repository.today).status,
  };
}

function citationRef(citation: CitedLegalDocument): CitationRef {
  return {
    line: citation.position.line,
    column: citation.position.column,
    text: citation.text,
    articles: citation.articles.map(articleLabel),
    source: citation.source,
  };
}

/** "điểm a khoản 2 Điều 5". */
export function articleLabel(ref: ArticleRef): string {
  return [ref.point ? `điểm ${ref.point}` : '', ref.clause ? `khoản ${ref.clause}` : '', `Điều ${ref.article}`].filter(Boolean).join(' ');
}
