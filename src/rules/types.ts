import type { QmsConfig, Severity } from '../config/types.js';
import type { ControlledDocument, LegalEntry } from '../document/model.js';
import type { Register } from '../register/register.js';
import type { ChangeSet } from '../change/changeset.js';
import type { FileSource } from '../repo/source.js';
import type { LoadStats } from '../check/load.js';
import type { Position } from '../util/lines.js';

/** What a rule is, for people and for reports (docs, SARIF). */
export interface RuleMeta {
  /** Stable id, `group/name`. */
  id: string;
  /** One sentence: what the rule asks for. */
  description: string;
  severity: Severity;
  /** The ISO 9001:2015 clause (or legal article) the rule serves. */
  isoClause: string;
  /** Path of the rule's documentation page in this repository. */
  docs: string;
}

/** One finding, as printed and serialised. */
export interface Finding {
  /** Path relative to the repository root, with `/`. */
  file: string;
  line: number;
  column: number;
  severity: Severity;
  ruleId: string;
  message: string;
}

/** Everything rules see: the whole repository, read. */
export interface Repository {
  root: string;
  config: QmsConfig;
  /** The day of the run (ISO date): `--today` or the local date. */
  today: string;
  documents: ControlledDocument[];
  legal: LegalEntry[];
  register: Register;
  /** Documents by code (NFC), more than one when codes are duplicated. */
  byCode: Map<string, ControlledDocument[]>;
  /** Where the files were read from (the work tree, HEAD or the index), for rules that read text again. */
  source?: FileSource;
  /** How the repository was read. */
  stats?: LoadStats;
  /** What changed since a base commit (`qms check --base`): the change/* rules' subject. */
  change?: ChangeSet;
}

export interface Report {
  file: string;
  position: Position;
  message: string;
  /** A report may be milder than the rule's severity (never stronger); see frontmatter/schema. */
  severity?: Severity;
}

export interface RuleContext {
  repository: Repository;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Builds a rule's metadata with its docs path derived from its id. */
export function ruleMeta(meta: Omit<RuleMeta, 'docs'>): RuleMeta {
  return { ...meta, docs: `docs/rules/${meta.id}.md` };
}
