/** Register entries changed since the base, each with the documents that have not followed it yet (for --changed-only and change/legal). */
import type { LegalEntry } from '../model/document.js';
import { analyzeImpact } from '../impact/analyze.js';
import type { AffectedDocument } from '../impact/types.js';
import type { RepositoryIndex } from '../model/repository.js';

/** A register entry changed since the base, with the documents that have not followed it yet. */
export interface ChangedLegalImpact {
  file: string;
  entry: LegalEntry & { key: string };
  open: AffectedDocument[];
}

// --changed-only (to widen the scope) and change/legal (to report) ask the same question.
const memo = new WeakMap<RepositoryIndex, ChangedLegalImpact[]>();

/** The impact of every register entry added or changed since the base, computed once per run. */
export function changedLegalImpacts(repository: RepositoryIndex): ChangedLegalImpact[] {
  let result = memo.get(repository);
  if (result) return result;
  result = [];
  for (const change of repository.change?.legal ?? []) {
    if (change.status === 'deleted') continue;
    const entry = repository.legal.find((l) => l.file === change.file);
    if (!entry?.key || repository.register.get(entry.key) !== entry) continue;
    const impact = analyzeImpact(repository, entry.key, entry.id?.value ?? entry.key);
    result.push({ file: change.file, entry: entry as LegalEntry & { key: string }, open: impact.affected.filter((a) => !a.acknowledged) });
  }
  memo.set(repository, result);
  return result;
}
