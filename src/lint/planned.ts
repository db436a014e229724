/**
 * What `qms check` will report once a plan of document changes is written, computed in memory:
 * every writing command validates its plan here before the one writer writes it.
 */
import type { SectionTemplates } from '../sections/templates.js';
import type { ControlledDocument, DocumentSummary } from '../model/document.js';
import { summarizeDocument } from '../model/document.js';
import { documentReadContext, indexByCode } from '../model/reading.js';
import type { Finding, ReadingOptions, RepositoryIndex } from '../model/repository.js';
import { readControlledDocument } from '../document/read-document.js';
import type { OutOfScopeNeed } from '../rules/rule.js';
import { compareFindings, documentFindings, enabledRules, runRepositoryRules } from './run.js';

/** A controlled document's new text (path from the root). */
export interface PlannedText {
  file: string;
  after: string;
}

/** What else the findings after a plan may be computed from. */
export interface AfterOptions {
  /**
   * Every document's front matter fields (frontMatterSummary), in any order: each repository rule
   * then sees the documents the plan leaves alone as it says it needs them (RuleMeta.outOfScope:
   * their front matter, or nothing), and the repository's own summaries are loaded only for a
   * rule that says nothing.
   */
  frontMatter?: () => readonly DocumentSummary[];
}

/** The repository as it will be once the documents hold their planned texts, and as each repository rule needs to see it. */
export interface PlannedRepository {
  /** Every document summarised (the planned ones from their new texts). */
  repository: RepositoryIndex;
  /** The full readings of the planned texts. */
  documents: ControlledDocument[];
  /**
   * The repository as a rule needing `need` of the documents outside the plan sees it
   * (RuleMeta.outOfScope): the planned documents with the others' front matter (given
   * AfterOptions.frontMatter), or without the others; every summary otherwise.
   */
  seenBy(need: OutOfScopeNeed | 'summary'): RepositoryIndex;
}

/** The repository as it will be once the documents hold their planned texts: what `qms check` will read after the write. */
export function repositoryWithTexts(repository: RepositoryIndex, planned: readonly PlannedText[], options: AfterOptions = {}): PlannedRepository {
  const context = documentReadContext(repository.config, repository.register);
  const readings = new Map(planned.map((change) => [change.file, readControlledDocument(change.file, change.after, context)]));
  const read = (file: string, options?: ReadingOptions): ControlledDocument | undefined => readings.get(file) ?? repository.read(file, options);
  const readMany = (files: readonly string[], options?: ReadingOptions): ControlledDocument[] => files.map((file) => read(file, options)).filter((d) => d !== undefined);
  const indexWith = (others: () => readonly DocumentSummary[]): RepositoryIndex => {
    // Built on first use: the document rules need none of it.
    let documents: DocumentSummary[] | undefined;
    let byCode: RepositoryIndex['byCode'] | undefined;
    const documentsNow = (): DocumentSummary[] => (documents ??= withPlanned(others(), readings));
    return {
      ...withoutDocuments(repository),
      get documents() {
        return documentsNow();
      },
      get byCode() {
        return (byCode ??= indexByCode(documentsNow()));
      },
      read,
      readMany,
    };
  };
  const full = indexWith(() => repository.documents);
  const { frontMatter } = options;
  const light = frontMatter ? { 'front-matter': indexWith(frontMatter), nothing: indexWith(() => []) } : undefined;
  return { repository: full, documents: [...readings.values()], seenBy: (need) => (light && need !== 'summary' ? light[need] : full) };
}

/** `others` with the planned readings in place of (or besides) their documents, sorted by path. */
function withPlanned(others: readonly DocumentSummary[], readings: ReadonlyMap<string, ControlledDocument>): DocumentSummary[] {
  return [...others.filter((d) => !readings.has(d.file)), ...[...readings.values()].map(summarizeDocument)].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** A repository index's fields but its documents (whose getters would load every summary). */
function withoutDocuments(repository: RepositoryIndex): Omit<RepositoryIndex, 'documents' | 'byCode' | 'read' | 'readMany'> {
  const { root, config, today, stats, change } = repository;
  return {
    root,
    config,
    today,
    ...(stats ? { stats } : {}),
    ...(change ? { change } : {}),
    get legal() {
      return repository.legal;
    },
    get register() {
      return repository.register;
    },
  };
}

/**
 * A document's front matter fields, as the repository rules that need no more of the documents
 * outside their report see it (RuleMeta.outOfScope `front-matter`): its code, type, revision,
 * status, obsolete, references and TTHC codes; nothing of its body.
 */
export function frontMatterSummary(document: DocumentSummary): DocumentSummary {
  const { file, readable, code, type, revision, status, obsolete, references, tthc } = document;
  const summary: DocumentSummary = { file, readable, references, tthc, mentions: [], legalKeys: [], issued: [] };
  if (code) summary.code = code;
  if (type) summary.type = type;
  if (revision) summary.revision = revision;
  if (status) summary.status = status;
  if (obsolete) summary.obsolete = obsolete;
  return summary;
}

/** The findings `qms check` will report on the planned documents once they are written. */
export function findingsAfter(repository: RepositoryIndex, planned: readonly PlannedText[], templates: () => SectionTemplates, options: AfterOptions = {}): Finding[] {
  return findingsOn(repositoryWithTexts(repository, planned, options), planned, templates);
}

/**
 * The same, on the repository `repositoryWithTexts` already made of the planned texts (read once).
 * Each repository rule sees the documents outside the plan as it declares it needs them.
 */
export function findingsOn(after: PlannedRepository, planned: readonly PlannedText[], templates: () => SectionTemplates): Finding[] {
  const { root, config, today, register } = after.repository;
  const rules = enabledRules(config);
  const texts = new Map(planned.map((change) => [change.file, change.after]));
  const only = (file: string): boolean => texts.has(file);
  const findings = after.documents.flatMap((document) => documentFindings(document, texts.get(document.file)!, { root, config, today, register, rules, templates }));
  // The planned files are controlled documents: rules reporting on the register never report on them.
  const repositoryRules = rules.filter(({ rule }) => rule.checkRepository && rule.meta.reportsOn !== 'register');
  for (const need of ['nothing', 'front-matter', 'summary'] as const) {
    const seeing = repositoryRules.filter(({ rule }) => (rule.meta.outOfScope ?? 'summary') === need);
    if (seeing.length > 0) findings.push(...runRepositoryRules(after.seenBy(need), seeing, only));
  }
  return findings.sort(compareFindings);
}
