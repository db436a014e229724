import type { Severity, SeveritySetting } from '../config/types.js';
import { RULES } from '../rules/catalogue.js';
import type { Finding, Repository, Rule } from '../rules/types.js';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export interface CheckOptions {
  /** Only findings in these files (paths relative to the root); all when undefined. */
  only?: (file: string) => boolean;
  rules?: readonly Rule[];
}

/**
 * Runs every enabled rule over the repository and returns the findings, sorted by file, line,
 * column and rule id. Repository-wide rules see every document even when `only` narrows the report.
 */
export function runRules(repository: Repository, options: CheckOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const settings = repository.config.rules;
  for (const rule of options.rules ?? RULES) {
    const setting: SeveritySetting = settings[rule.meta.id] ?? rule.meta.severity;
    if (setting === 'off') continue;
    rule.check({
      repository,
      report: ({ file, position, message, severity }) => {
        if (options.only && !options.only(file)) return;
        // A report may be milder than the rule; configuration sets the ceiling.
        const effective = severity && RANK[severity] < RANK[setting] ? severity : setting;
        findings.push({ file, line: position.line, column: position.column, severity: effective, ruleId: rule.meta.id, message });
      },
    });
  }
  return findings.sort(compareFindings);
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
