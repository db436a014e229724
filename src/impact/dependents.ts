/** The documents depending on affected ones, transitively with the linking path of codes: their forms and the documents referencing them. */
import { namedAfter } from '../model/documents.js';
import type { DocumentSummary } from '../model/document.js';
import { referencesOf } from '../rules/ref/resolve.js';
import type { RepositoryIndex } from '../model/repository.js';
import type { DependentDocument } from './types.js';

/**
 * Documents that depend on the given ones, transitively, with the path of codes that links them:
 * their forms (forms they reference, or whose code names theirs, as BM-01/QT-KHCN-01 names
 * QT-KHCN-01) and the documents that reference them. The search does not continue through the
 * quality manual (type manual), which references every procedure.
 */
export function findDependents(repository: RepositoryIndex, files: readonly string[]): DependentDocument[] {
  const dependentsOf = dependencyGraph(repository);
  const wanted = new Set(files);
  const start = repository.documents.filter((d) => wanted.has(d.file));
  const seen = new Set<DocumentSummary>(start);
  const queue: Array<{ document: DocumentSummary; path: string[] }> = start.map((d) => ({ document: d, path: [d.code?.value ?? d.file] }));
  const result: DependentDocument[] = [];
  while (queue.length > 0) {
    const { document, path } = queue.shift()!;
    for (const next of dependentsOf.get(document) ?? []) {
      if (seen.has(next) || !next.code) continue;
      seen.add(next);
      const nextPath = [...path, next.code.value];
      result.push({ file: next.file, code: next.code.value, title: next.title ?? null, type: next.type?.value ?? null, path: nextPath });
      // The quality manual lists every procedure: following it would make everything dependent.
      if (next.type?.value !== 'manual') queue.push({ document: next, path: nextPath });
    }
  }
  return result;
}

function dependencyGraph(repository: RepositoryIndex): Map<DocumentSummary, Set<DocumentSummary>> {
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
