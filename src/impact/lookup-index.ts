/**
 * What `qms impact` looks up over every document, as plain data the cache can keep: which
 * documents in use cite each legal key, which handle each TTHC code, and who depends on whom. A
 * warm run recalls it instead of parsing every document's summary.
 */
import type { DocumentSummary } from '../model/document.js';
import type { RepositoryIndex } from '../model/repository.js';
import { dependencyGraph, walkDependents } from './dependents.js';
import type { DependentDocument } from './types.js';

/** Bumped whenever what the index holds, or how it is made, changes (part of its cache digest). */
export const IMPACT_INDEX_FORMAT = 'impact-index-1';

/** One document: its path, code, title and type (null when it has none). */
export type IndexedDocument = [file: string, code: string | null, title: string | null, type: string | null];

/** The index as the cache keeps it. Documents are numbered in repository order. */
export interface ImpactIndexData {
  documents: IndexedDocument[];
  /** Legal key → the documents in use (readable, not obsolete) citing it, ascending. */
  legal: Record<string, number[]>;
  /** TTHC code (NFC) → the documents in use naming it, ascending, each once. */
  tthc: Record<string, number[]>;
  /** A document's number → the documents depending on it, in the order they were linked. */
  dependents: Record<string, number[]>;
}

/** A document as the report names it. */
export interface IndexedRef {
  file: string;
  code: string | null;
}

/** The look-ups `analyzeImpact` makes over every document. */
export interface ImpactLookup {
  /** The documents in use citing any of `keys`, in repository order. */
  citing(keys: ReadonlySet<string>): string[];
  /** The documents in use handling each of `codes` (NFC), in repository order. */
  handlers(codes: ReadonlySet<string>): Map<string, IndexedRef[]>;
  /** The documents depending on `files`, transitively, with the path of codes (see findDependents). */
  dependents(files: readonly string[]): DependentDocument[];
}

/** The index of a repository, made from every document's summary (one pass, and the dependency graph). */
export function buildImpactIndex(repository: Pick<RepositoryIndex, 'documents' | 'byCode'>): ImpactIndexData {
  const { documents } = repository;
  const number = new Map<DocumentSummary, number>(documents.map((d, i) => [d, i]));
  const legal = new Map<string, number[]>();
  const tthc = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, i: number): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  documents.forEach((document, i) => {
    if (!document.readable || document.status?.value === 'obsolete') return;
    for (const key of document.legalKeys) add(legal, key, i);
    for (const code of document.tthc ?? []) add(tthc, code.value.normalize('NFC'), i);
  });
  const dependents: Record<string, number[]> = {};
  for (const [from, to] of dependencyGraph(repository)) dependents[number.get(from)!] = [...to].map((d) => number.get(d)!);
  return {
    documents: documents.map((d) => [d.file, d.code?.value ?? null, d.title ?? null, d.type?.value ?? null]),
    legal: Object.fromEntries(legal),
    tthc: Object.fromEntries(tthc),
    dependents,
  };
}

/** The look-ups over an index (made now or recalled from the cache). */
export function impactLookup(data: ImpactIndexData): ImpactLookup {
  const ref = (i: number): IndexedRef => ({ file: data.documents[i]![0], code: data.documents[i]![1] });
  const listed = (map: Record<string, number[]>, key: string): readonly number[] => (Object.hasOwn(map, key) ? map[key]! : []);
  return {
    citing(keys) {
      const found = new Set<number>();
      for (const key of keys) for (const i of listed(data.legal, key)) found.add(i);
      return [...found].sort((a, b) => a - b).map((i) => data.documents[i]![0]);
    },
    handlers(codes) {
      const result = new Map<string, IndexedRef[]>();
      for (const code of codes) {
        const handlers = listed(data.tthc, code);
        if (handlers.length > 0) result.set(code, handlers.map(ref));
      }
      return result;
    },
    dependents(files) {
      const wanted = new Set(files);
      const start: number[] = [];
      data.documents.forEach(([file], i) => {
        if (wanted.has(file)) start.push(i);
      });
      const node = (i: number) => {
        const [file, code, title, type] = data.documents[i]!;
        return { file, code, title, type };
      };
      return walkDependents(start, (i) => listed(data.dependents, String(i)), node);
    },
  };
}
