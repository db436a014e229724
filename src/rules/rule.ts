/** What a rule is (its metadata and checks) and what it reports through; rules import the model, never the reverse. */
import type { Severity } from '../config/types.js';
import type { DocumentBatch, RepositoryIndex } from '../model/repository.js';
import type { Position } from '../util/lines.js';
import type { FindingMessage } from '../i18n/messages/findings.js';
import type { DescribedRuleId } from '../i18n/messages/rule-descriptions.js';

/** What a rule is, for people and for reports (docs, SARIF); what it asks for is its catalogue description (ruleDescription). */
export interface RuleMeta {
  /** Stable id, `group/name`. */
  id: string;
  severity: Severity;
  /** The ISO 9001:2015 clause (or legal article) the rule serves. */
  isoClause: string;
  /** Path of the rule's documentation page in this repository. */
  docs: string;
  /**
   * The rule compares the repository with a base (`repository.change`): its findings depend on the
   * base too, so they are never recalled from the cache (every other repository rule's may be).
   */
  comparesWithBase?: true;
  /**
   * What the repository check needs of the documents outside a scoped run's report (`check
   * --changed-only`) to report the same findings in it as a whole run narrowed: `front-matter` —
   * their front matter fields (code, status, revision, obsolete, references, tthc), not their
   * bodies; `nothing` — none of them. Absent: their whole summary (body mentions and citations
   * too), which the run then reads. Said of a run whose base has the same register entries: a
   * changed entry widens the scope to the documents citing it, found from every document's citations.
   * test/rules/out-of-scope.test.ts holds every rule to its word.
   */
  outOfScope?: OutOfScopeNeed;
  /**
   * `register`: the repository check reports on register entries and TTHC records only, never on a
   * controlled document, so a check of some documents' findings (what an impact plan will leave)
   * need not run it. test/rules/reports-on.test.ts holds every rule to its word.
   */
  reportsOn?: 'register';
}

/** What a repository rule needs of documents outside the report scope (RuleMeta.outOfScope). */
export type OutOfScopeNeed = 'nothing' | 'front-matter';

/** What a rule reports: where, and a catalogue message (id and data, ESLint's messageId pattern), so the text can be given in either language. */
export type Report = {
  file: string;
  position: Position;
  /** A report may be milder than the rule's severity (never stronger); see frontmatter/schema. */
  severity?: Severity;
} & FindingMessage;

export interface RuleContext<Subject> {
  repository: Subject;
  report(report: Report): void;
  /**
   * Whether a finding in `file` is reported: a run that reports on some files only (`--changed-only`
   * without a cache) says so, and a repository rule may skip the work of findings it would drop
   * (a "did you mean" for every unknown code of 10,000 procedures). Absent: every file is.
   */
  reports?: (file: string) => boolean;
}

/**
 * A rule has one or both checks. `checkDocuments` reports only on the documents of the batch, from
 * nothing but them, the config, the register and the day: its findings are cached per document
 * and computed on worker threads. `checkRepository` sees every document summarised (codes,
 * references), the register and the change set.
 */
export interface Rule {
  meta: RuleMeta;
  checkDocuments?(context: RuleContext<DocumentBatch>): void;
  checkRepository?(context: RuleContext<RepositoryIndex>): void;
}

/**
 * Builds a rule's metadata with its docs path derived from its id. The id must have a description
 * in the catalogue (src/i18n/messages/rule-descriptions.ts): a rule without one is a type error.
 */
export function ruleMeta(meta: Omit<RuleMeta, 'docs' | 'id'> & { id: DescribedRuleId }): RuleMeta {
  return { ...meta, docs: `docs/rules/${meta.id}.md` };
}

/**
 * The lightest reading of the documents outside a scoped run's report that serves every given
 * rule's repository check: `summary` (read them in full) as soon as one rule does not say it needs less.
 */
export function outOfScopeReading(rules: readonly Rule[]): OutOfScopeNeed | 'summary' {
  let reading: OutOfScopeNeed | 'summary' = 'nothing';
  for (const { meta, checkRepository } of rules) {
    if (!checkRepository) continue;
    const need = meta.outOfScope ?? 'summary';
    if (need === 'summary') return 'summary';
    if (need === 'front-matter') reading = 'front-matter';
  }
  return reading;
}
