/**
 * Every document's front matter fields (lint/planned.ts frontMatterSummary) as compact plain data
 * the cache keeps for `qms impact --apply`: a warm run checks its plan against them instead of
 * parsing every document's summary. Rows of arrays, not objects: a third of the text to parse.
 */
import type { DocumentSummary, Located } from '../model/document.js';
import { frontMatterSummary } from '../lint/planned.js';

/** Bumped whenever what the rows hold, or how, changes (part of their cache digest). */
export const FRONT_MATTER_FORMAT = 'front-matter-2';

/** A located value: the value, its line and column. */
type Spot<T> = [value: T, line: number, column: number];

/** One document: path, readable (1/0), code, type, revision, status (null when absent), obsolete, references, TTHC codes. */
type Row = [
  file: string,
  readable: 0 | 1,
  code: Spot<string> | null,
  type: Spot<string> | null,
  revision: Spot<number> | null,
  status: Spot<string> | null,
  obsolete: DocumentSummary['obsolete'] | null,
  references: Array<Spot<string>>,
  tthc: Array<Spot<string>>,
];

/** The rows as the cache keeps them, in repository order. */
export type FrontMatterData = Row[];

/** The rows of some summaries (their front matter fields only). */
export function encodeFrontMatter(documents: readonly DocumentSummary[]): FrontMatterData {
  return documents.map((document) => {
    const { file, readable, code, type, revision, status, obsolete, references, tthc } = frontMatterSummary(document);
    return [file, readable ? 1 : 0, spot(code), spot(type), spot(revision), spot(status), obsolete ?? null, references.map((r) => spot(r)!), tthc.map((c) => spot(c)!)];
  });
}

/** The summaries the rows were made from, as frontMatterSummary gives them. */
export function decodeFrontMatter(data: FrontMatterData): DocumentSummary[] {
  return data.map(([file, readable, code, type, revision, status, obsolete, references, tthc]) => {
    const summary: DocumentSummary = { file, readable: readable === 1, references: references.map(located), tthc: tthc.map(located), mentions: [], legalKeys: [], issued: [] };
    if (code) summary.code = located(code);
    if (type) summary.type = located(type);
    if (revision) summary.revision = located(revision);
    if (status) summary.status = located(status);
    if (obsolete) summary.obsolete = obsolete;
    return summary;
  });
}

function spot<T>(value: Located<T> | undefined): Spot<T> | null {
  return value ? [value.value, value.position.line, value.position.column] : null;
}

function located<T>([value, line, column]: Spot<T>): Located<T> {
  return { value, position: { line, column } };
}
