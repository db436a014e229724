/** Running the rules: enabled rules and severities from the config, document and repository rules, sorting and summarising findings. */
import type { QmsConfig, Severity, SeveritySetting } from '../config/types.js';
import { RULES } from './catalogue.js';
import type { OpenedRepository } from '../workspace/read-indexed.js';
import type { DocumentBatch, Finding, Repository, RepositoryIndex } from '../model/repository.js';
import type { Report, Rule, RuleMeta } from '../rules/rule.js';
import type { ControlledDocument } from '../model/document.js';
import type { Register } from '../model/register.js';
import type { SectionTemplates } from '../sections/templates.js';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export interface CheckOptions {
  /** Only findings in these files (paths relative to the root); all when undefined. */
  only?: (file: string) => boolean;
  rules?: readonly Rule[];
}

/** The rules of some groups (`register`, `frontmatter` …: the part of an id before the `/`). */
export function rulesOfGroups(groups: readonly string[]): Rule[] {
  return RULES.filter((rule) => groups.includes(rule.meta.id.split('/')[0]!));
}

/** Every rule's metadata, for reports (SARIF, JUnit) and docs. */
export function ruleMetas(): RuleMeta[] {
  return RULES.map((rule) => rule.meta);
}

/** A rule the config leaves on, with the severity it sets. */
export interface EnabledRule {
  rule: Rule;
  setting: Severity;
}

/** The rules of `rules` (default: all) that the config does not turn off. */
export function enabledRules(config: QmsConfig, rules: readonly Rule[] = RULES): EnabledRule[] {
  const enabled: EnabledRule[] = [];
  for (const rule of rules) {
    const setting: SeveritySetting = config.rules[rule.meta.id] ?? rule.meta.severity;
    if (setting !== 'off') enabled.push({ rule, setting });
  }
  return enabled;
}

/**
 * The document rules' findings on a batch of documents. A document rule reports on the documents
 * of its batch only (their findings are cached with them): anything else is a bug in the rule.
 */
export function runDocumentRules(batch: DocumentBatch, rules: readonly EnabledRule[]): Finding[] {
  const files = new Set(batch.documents.map((d) => d.file));
  const findings: Finding[] = [];
  for (const { rule, setting } of rules) {
    rule.checkDocuments?.({
      repository: batch,
      report: (report) => {
        if (!files.has(report.file)) throw new Error(`document rule ${rule.meta.id} reported on ${report.file}, outside its batch`);
        findings.push(finding(rule, setting, report));
      },
    });
  }
  return findings;
}

/** The repository rules' findings (documents together, the register, the change set), in `only`'s files. */
export function runRepositoryRules(index: RepositoryIndex, rules: readonly EnabledRule[], only?: (file: string) => boolean): Finding[] {
  const findings: Finding[] = [];
  for (const { rule, setting } of rules) {
    rule.checkRepository?.({
      repository: index,
      report: (report) => {
        if (!only || only(report.file)) findings.push(finding(rule, setting, report));
      },
      ...(only ? { reports: only } : {}),
    });
  }
  return findings;
}

/**
 * Runs every enabled rule over a repository read in full and returns the findings, sorted by file,
 * line, column and rule id. Repository rules see every document even when `only` narrows the report.
 */
export function runRules(repository: Repository, options: CheckOptions = {}): Finding[] {
  const rules = enabledRules(repository.config, options.rules);
  const { only } = options;
  const documents = only ? repository.documents.filter((d) => only(d.file)) : repository.documents;
  return allFindings(runDocumentRules({ ...repository, documents }, rules), repository, rules, only);
}

/**
 * The document rules' findings (however they were had: run now, or from the cache) with the
 * repository rules' in `only`'s files, sorted: what `qms check` reports.
 */
export function allFindings(documentFindings: readonly Finding[], index: RepositoryIndex, rules: readonly EnabledRule[], only?: (file: string) => boolean): Finding[] {
  return [...documentFindings, ...runRepositoryRules(index, rules, only)].sort(compareFindings);
}

/**
 * Every enabled rule's findings on an opened repository, in `only`'s files (all when undefined),
 * sorted; the document rules' findings come from the cache where it has them.
 */
export function checkOpened(opened: OpenedRepository, only?: (file: string) => boolean): Finding[] {
  const { index } = opened;
  const files = opened.files.documents.filter((file) => !only || only(file));
  const rules = enabledRules(index.config);
  // The rules that see the repository alone: on the whole repository (the cache may hold their
  // findings already), then narrowed; those that compare with a base: on this run's change set.
  // A narrowed run skips the rules reporting on the register when no register file is in its
  // report (tthc/schema would read every TTHC record to report nothing).
  const registerReported = (scope: (file: string) => boolean): boolean => opened.files.legal.some(scope) || opened.files.tthc.some(scope);
  const standingRules = (scope?: (file: string) => boolean): EnabledRule[] =>
    rules.filter((r) => !comparesWithBase(r.rule) && (scope === undefined || r.rule.meta.reportsOn !== 'register' || registerReported(scope)));
  const standing = opened.repositoryFindings((scope) => runRepositoryRules(index, standingRules(scope), scope), only);
  const changes = runRepositoryRules(index, rules.filter((r) => comparesWithBase(r.rule)), only);
  const findings = [...opened.documentFindings(files), ...(only ? standing.filter((f) => only(f.file)) : standing), ...changes].sort(compareFindings);
  opened.saveCache();
  return findings;
}

/** Whether a rule's findings depend on a base as well as on the repository (RuleMeta.comparesWithBase). */
function comparesWithBase(rule: Rule): boolean {
  return rule.meta.comparesWithBase === true;
}

function finding(rule: Rule, setting: Severity, { file, position, severity, messageId, data }: Report): Finding {
  // A report may be milder than the rule; configuration sets the ceiling.
  const effective = severity && RANK[severity] < RANK[setting] ? severity : setting;
  return { file, line: position.line, column: position.column, severity: effective, ruleId: rule.meta.id, messageId, data };
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(findings: readonly Finding[]): Summary {
  const summary = { errors: 0, warnings: 0, infos: 0 };
  for (const finding of findings) {
    if (finding.severity === 'error') summary.errors++;
    else if (finding.severity === 'warning') summary.warnings++;
    else summary.infos++;
  }
  return summary;
}

/** What the document rules need besides the document: the config, the register, the day, the templates. */
export interface DocumentRuleContext {
  root: string;
  config: QmsConfig;
  today: string;
  register: Register;
  rules: readonly EnabledRule[];
  templates(): SectionTemplates;
}

/** The document rules' findings on one document whose text is at hand. */
export function documentFindings(document: ControlledDocument, text: string, context: DocumentRuleContext): Finding[] {
  const batch = { root: context.root, config: context.config, today: context.today, register: context.register, documents: [document], texts: new Map([[document.file, text]]), templates: context.templates };
  return runDocumentRules(batch, context.rules);
}
