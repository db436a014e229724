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
import { outOfScopeReading } from '../rules/rule.js';
import { allFindings, documentFindings, enabledRules } from './run.js';

/** A controlled document's new text (path from the root). */
export interface PlannedText {
  file: string;
  after: string;
  /**
   * The full reading of `after` (content hashes and citations included), when the caller made one
   * already: it is used instead of reading the text again.
   */
  reading?: ControlledDocument;
}

/** What else the findings after a plan may be computed from. */
export interface AfterOptions {
  /**
   * Every document's front matter fields (frontMatterSummaries), in any order: when every enabled
   * repository rule says that is all it needs of the documents outside its report
   * (RuleMeta.outOfScope), the rules see the documents the plan leaves alone so, and the
   * repository's own summaries are not loaded.
   */
  frontMatter?: () => readonly DocumentSummary[];
}

/** The repository as it will be once the documents hold their planned texts: what `qms check` will read after the write. */
export function repositoryWithTexts(repository: RepositoryIndex, planned: readonly PlannedText[], options: AfterOptions = {}): { repository: RepositoryIndex; documents: ControlledDocument[] } {
  const context = documentReadContext(repository.config, repository.register);
  const readings = new Map(planned.map((change) => [change.file, change.reading ?? readControlledDocument(change.file, change.after, context)]));
  const read = (file: string, options?: ReadingOptions): ControlledDocument | undefined => readings.get(file) ?? repository.read(file, options);
  const readMany = (files: readonly string[], options?: ReadingOptions): ControlledDocument[] => files.map((file) => read(file, options)).filter((d) => d !== undefined);
  // Built on first use: the document rules need none of it.
  let documents: DocumentSummary[] | undefined;
  let byCode: RepositoryIndex['byCode'] | undefined;
  const documentsNow = (): DocumentSummary[] => (documents ??= withPlanned(othersOf(repository, options), readings));
  const after: RepositoryIndex = {
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
  return { repository: after, documents: [...readings.values()] };
}

/** The documents outside the plan as the repository rules need them: every summary, their front matter, or none (RuleMeta.outOfScope). */
function othersOf(repository: RepositoryIndex, options: AfterOptions): readonly DocumentSummary[] {
  if (!options.frontMatter) return repository.documents;
  const need = outOfScopeReading(enabledRules(repository.config).map(({ rule }) => rule));
  return need === 'summary' ? repository.documents : need === 'front-matter' ? options.frontMatter() : [];
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

/** The same, on the repository `repositoryWithTexts` already made of the planned texts (read once). */
export function findingsOn(after: { repository: RepositoryIndex; documents: readonly ControlledDocument[] }, planned: readonly PlannedText[], templates: () => SectionTemplates): Finding[] {
  const { root, config, today, register } = after.repository;
  const rules = enabledRules(config);
  const texts = new Map(planned.map((change) => [change.file, change.after]));
  const documentLevel = after.documents.flatMap((document) => documentFindings(document, texts.get(document.file)!, { root, config, today, register, rules, templates }));
  return allFindings(documentLevel, after.repository, rules, (file) => texts.has(file));
}
