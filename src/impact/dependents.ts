/** The documents depending on affected ones, transitively with the linking path of codes: their forms and the documents referencing them. */
import { namedAfter } from '../model/documents.js';
import type { DocumentSummary } from '../model/document.js';
import { referencesOf } from '../rules/ref/resolve.js';
import type { RepositoryIndex } from '../model/repository.js';
import type { DependentDocument } from './types.js';

/** What the search needs of a document it meets. */
interface DependentNode {
  file: string;
  code: string | null;
  title: string | null;
  type: string | null;
}

/**
 * Documents that depend on `start`, transitively, with the path of codes that links them: their
 * forms (forms they reference, or whose code names theirs, as BM-01/QT-KHCN-01 names QT-KHCN-01)
 * and the documents that reference them. The search does not continue through the quality manual
 * (type manual), which references every procedure. Generic over how documents are named (summaries,
 * or the numbers of the cached impact index), so both give the same report.
 */
export function walkDependents<D>(start: readonly D[], dependentsOf: (document: D) => Iterable<D>, node: (document: D) => DependentNode): DependentDocument[] {
  const seen = new Set<D>(start);
  const queue: Array<{ document: D; path: string[] }> = start.map((d) => {
    const { code, file } = node(d);
    return { document: d, path: [code ?? file] };
  });
  const result: DependentDocument[] = [];
  for (let at = 0; at < queue.length; at++) {
    const { document, path } = queue[at]!;
    for (const next of dependentsOf(document)) {
      if (seen.has(next)) continue;
      const { file, code, title, type } = node(next);
      if (code === null) continue;
      seen.add(next);
      const nextPath = [...path, code];
      result.push({ file, code, title, type, path: nextPath });
      // The quality manual lists every procedure: following it would make everything dependent.
      if (type !== 'manual') queue.push({ document: next, path: nextPath });
    }
  }
  return result;
}

/** Who depends on whom: for each document, the documents depending on it, in the order they were linked. */
export function dependencyGraph(repository: Pick<RepositoryIndex, 'documents' | 'byCode'>): Map<DocumentSummary, Set<DocumentSummary>> {
  // Insertion-ordered sets: the order of a document's dependents is the order they were first linked.
  const graph = new Map<DocumentSummary, Set<DocumentSummary>>();
  const link = (from: DocumentSummary, to: DocumentSummary): void => {
    if (from === to || to.status?.value === 'obsolete') return;
    const set = graph.get(from);
    if (set) set.add(to);
    else graph.set(from, new Set([to]));
  };
  for (const document of repository.documents) {
    if (!document.readable) continue;
    for (const reference of referencesOf(document, repository)) {
      for (const target of reference.targets) {
        // A document referencing `target` depends on it; a form `target` references belongs to it.
        link(target, document);
        if (target.type?.value === 'form') link(document, target);
      }
    }
    const code = document.code?.value;
    const parent = code === undefined ? undefined : namedAfter(code);
    if (document.type?.value === 'form' && parent !== undefined) {
      const owner = repository.byCode.get(parent);
      for (const procedure of owner ?? []) link(procedure, document);
    }
  }
  return graph;
}
