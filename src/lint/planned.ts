/**
 * What `qms check` will report once a plan of document changes is written, computed in memory:
 * every writing command validates its plan here before the one writer writes it.
 */
import type { SectionTemplates } from '../sections/templates.js';
import type { ControlledDocument } from '../model/document.js';
import { summarizeDocument } from '../model/document.js';
import { documentReadContext, indexByCode } from '../model/reading.js';
import type { Finding, ReadingOptions, RepositoryIndex } from '../model/repository.js';
import { readControlledDocument } from '../document/read-document.js';
import { allFindings, documentFindings, enabledRules } from './run.js';

/** A controlled document's new text (path from the root). */
export interface PlannedText {
  file: string;
  after: string;
}

/** The repository as it will be once the documents hold their planned texts: what `qms check` will read after the write. */
export function repositoryWithTexts(repository: RepositoryIndex, planned: readonly PlannedText[]): { repository: RepositoryIndex; documents: ControlledDocument[] } {
  const context = documentReadContext(repository.config, repository.register);
  const readings = new Map(planned.map((change) => [change.file, readControlledDocument(change.file, change.after, context)]));
  const documents = [...repository.documents.filter((d) => !readings.has(d.file)), ...[...readings.values()].map(summarizeDocument)].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const read = (file: string, options?: ReadingOptions): ControlledDocument | undefined => readings.get(file) ?? repository.read(file, options);
  const readMany = (files: readonly string[], options?: ReadingOptions): ControlledDocument[] => files.map((file) => read(file, options)).filter((d) => d !== undefined);
  return { repository: { ...repository, documents, byCode: indexByCode(documents), read, readMany }, documents: [...readings.values()] };
}

/** The findings `qms check` will report on the planned documents once they are written. */
export function findingsAfter(repository: RepositoryIndex, planned: readonly PlannedText[], templates: () => SectionTemplates): Finding[] {
  return findingsOn(repositoryWithTexts(repository, planned), planned, templates);
}

/** The same, on the repository `repositoryWithTexts` already made of the planned texts (read once). */
export function findingsOn(after: { repository: RepositoryIndex; documents: readonly ControlledDocument[] }, planned: readonly PlannedText[], templates: () => SectionTemplates): Finding[] {
  const { root, config, today, register } = after.repository;
  const rules = enabledRules(config);
  const texts = new Map(planned.map((change) => [change.file, change.after]));
  const documentLevel = after.documents.flatMap((document) => documentFindings(document, texts.get(document.file)!, { root, config, today, register, rules, templates }));
  return allFindings(documentLevel, after.repository, rules, (file) => texts.has(file));
}
