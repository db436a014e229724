/** What a TTHC record write would add to `qms check`'s findings about the records (tthc/schema, frontmatter), read in memory before anything is written. */
import { rulesOfGroups, runRules } from '../lint/run.js';
import type { Finding, Repository } from '../model/repository.js';
import type { Rule } from '../rules/rule.js';
import type { FileChange } from '../write/plan.js';

/** The rules a record write must pass. */
export const TTHC_RECORD_RULES: readonly Rule[] = rulesOfGroups(['tthc']);

/**
 * The findings of the record rules on the records as they would be with `writes` in place, less
 * those already there before: a broken record elsewhere does not block this one.
 */
export function introducedFindings(before: Repository, after: Repository, writes: readonly FileChange[]): { errors: Finding[]; warnings: Finding[] } {
  const files = new Set(writes.map((w) => w.file));
  const key = (f: Finding): string => `${f.file}\0${f.ruleId}\0${f.severity}\0${f.messageId}\0${JSON.stringify(f.data)}`;
  const seen = new Map<string, number>();
  for (const finding of runRules(before, { rules: TTHC_RECORD_RULES })) seen.set(key(finding), (seen.get(key(finding)) ?? 0) + 1);
  const introduced: Finding[] = [];
  for (const finding of runRules(after, { rules: TTHC_RECORD_RULES })) {
    const count = seen.get(key(finding)) ?? 0;
    if (count > 0) seen.set(key(finding), count - 1);
    else if (files.has(finding.file)) introduced.push(finding);
  }
  return { errors: introduced.filter((f) => f.severity === 'error'), warnings: introduced.filter((f) => f.severity !== 'error') };
}
