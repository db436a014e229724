/** `qms impact`: its commander wiring and run(): the impact report of a legal document (text, JSON, Markdown) and `--apply` on a git branch. */
import { Option, type Command } from 'commander';
import { findingsAfter } from '../../lint/planned.js';
import { decodeFrontMatter, encodeFrontMatter, FRONT_MATTER_FORMAT, type FrontMatterData } from '../../impact/front-matter-index.js';
import { checkSummary } from '../../lifecycle/apply.js';
import type { Finding } from '../../model/repository.js';
import { openWorkspace, type Workspace } from '../../workspace/open.js';
import { analyzeImpact } from '../../impact/analyze.js';
import { buildImpactIndex, IMPACT_INDEX_FORMAT, impactLookup } from '../../impact/lookup-index.js';
import { applyOnBranch } from '../../write/branch.js';
import { materializePlan } from '../../impact/materialize.js';
import { planImpact, type ImpactPlan } from '../../impact/plan.js';
import type { ImpactReport } from '../../impact/types.js';
import { previewChanges } from '../../write/plan.js';
import { formatImpactMarkdown } from '../../impact/format-markdown.js';
import { formatImpactText } from '../../impact/format-text.js';
import { requireLegalEntry } from '../../lookup/legal.js';
import { QmsError } from '../../util/errors.js';
import { EXIT, type Io } from '../io.js';
import { Progress } from '../progress.js';
import { parseToday, workersOption } from './options.js';
import { findingText } from '../../i18n/messages/findings.js';
import { both, t } from '../../i18n/messages/index.js';
import type { Language } from '../../i18n/language.js';

export interface ImpactCommandOptions {
  format: string;
  today?: string;
  root?: string;
  apply?: boolean;
  dryRun?: boolean;
  date?: string;
  branch?: string;
  rewriteCitations?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  cacheStrategy?: string;
}

const FORMATS = ['text', 'json', 'md'];

/** Wires `qms impact` into the program. */
export function registerImpact(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('impact')
    .argument('<legal-doc>')
    .addOption(new Option('-f, --format <format>').default('text'))
    .option('--today <date>')
    .option('-C, --root <folder>')
    .option('--no-cache')
    .option('--cache-location <folder>')
    .option('--cache-strategy <strategy>')
    .option('--apply')
    .option('--dry-run')
    .option('--date <date>')
    .option('--branch <name>')
    .option('--rewrite-citations')
    .action((legalDocument: string, options: ImpactCommandOptions) => setExit(runImpact(legalDocument, options, io)));
}

/** Runs `qms impact` and returns its exit code. */
export function runImpact(legalDocument: string, options: ImpactCommandOptions, io: Io): number {
  if (!FORMATS.includes(options.format)) throw new QmsError(both('usage.format', { format: options.format, formats: [...FORMATS] }));
  for (const [flag, given] of [['--dry-run', options.dryRun], ['--date', options.date], ['--branch', options.branch], ['--rewrite-citations', options.rewriteCitations]] as const) {
    if (given !== undefined && !options.apply) throw new QmsError(both('usage.with-apply', { option: flag }));
  }
  const progress = new Progress(io, 'qms: reading documents');
  const workspace = openWorkspace(io, options, {
    documents: 'summaries',
    onProgress: (done, total) => progress.update(done, total),
    ...workersOption(io.env),
  });
  progress.done();
  const { repository } = workspace;
  // Who cites, handles and depends on what: recalled from the cache while no document changed, so
  // that only the documents the report names are read (not every summary).
  const lookup = impactLookup(workspace.opened!.summariesIndex(IMPACT_INDEX_FORMAT, () => buildImpactIndex(repository)));
  // What the plan is checked against besides the planned texts (see findingsAfter), kept with the
  // look-up index so that the cache is written once.
  const frontMatter = options.apply ? workspace.opened!.summariesIndex(FRONT_MATTER_FORMAT, () => encodeFrontMatter(repository.documents), 'front-matter') : [];
  workspace.opened!.saveCache();
  const key = requireLegalEntry(legalDocument, repository.register, workspace.language).key!;
  const report = analyzeImpact(repository, key, legalDocument, lookup);
  const code = options.apply ? apply(report, workspace, options, io, frontMatter) : printReport(report, workspace, options.format, io);
  // What the run learnt on the way is kept too: the TTHC index, when it read every record, lets
  // the next run read only the records it names. Nothing is written when nothing was learnt.
  workspace.opened!.saveCache();
  return code;
}

function printReport(report: ImpactReport, workspace: Workspace, format: string, io: Io): number {
  const { config } = workspace;
  if (format === 'json') io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else if (format === 'md') io.stdout.write(formatImpactMarkdown(report, config.language, config.organization));
  else io.stdout.write(formatImpactText(report, workspace.language));
  return EXIT.ok;
}

function apply(report: ImpactReport, workspace: Workspace, options: ImpactCommandOptions, io: Io, frontMatter: FrontMatterData): number {
  const { repository } = workspace;
  const date = parseToday(options.date ?? repository.today, '--date');
  const texts = new Map<string, string>();
  for (const affected of report.affected) if (!affected.acknowledged) texts.set(affected.file, workspace.readText(affected.file));
  const plan = planImpact(report, repository, texts, {
    date,
    language: repository.config.language,
    rewriteCitations: options.rewriteCitations === true,
    ...(options.branch !== undefined ? { branch: options.branch } : {}),
  });
  if (plan.refused.length > 0) {
    const named = plan.refused.map((r) => `${r.file} (${r.code}): ${r.reason}`).join('; ');
    throw new QmsError(both('usage.cannot-revise', { count: plan.refused.length, named }));
  }
  if (plan.files.length === 0) {
    io.stdout.write(`${t(workspace.language, 'impact.nothing', { legal: report.legalDocument.id })}\n`);
    return EXIT.ok;
  }
  const outcomes = materializePlan(plan, texts, repository, workspace.templates());
  // Validated as qms check will read the revised documents, before anything is written.
  const check = findingsAfter(repository, outcomes, workspace.templates, { frontMatter: () => decodeFrontMatter(frontMatter) });
  if (options.format === 'json') io.stdout.write(`${JSON.stringify({ ...plan, check: checkSummary(check, workspace.language) }, null, 2)}\n`);
  else io.stdout.write(describePlan(plan, workspace.language) + describeFindings(check, workspace.language));
  if (options.dryRun) {
    if (options.format !== 'json') io.stdout.write(previewChanges(outcomes));
    return EXIT.ok;
  }
  const commit = applyOnBranch(repository.root, outcomes, { branch: plan.branch, message: plan.commitMessage }, workspace.language);
  if (options.format !== 'json') {
    io.stdout.write(`${t(workspace.language, 'impact.committed', { commit, branch: plan.branch })}\n`);
  }
  return EXIT.ok;
}


/** What qms check will say of the revised documents: a summary line and one line a finding. */
function describeFindings(findings: readonly Finding[], language: Language): string {
  const { errors, warnings } = checkSummary(findings, language);
  const lines = [findings.length === 0 ? t(language, 'impact.check-clean', {}) : t(language, 'impact.check-found', { errors, warnings })];
  for (const f of findings) lines.push(`  ${f.file}:${f.line}:${f.column}  ${t(language, `severity.${f.severity}`, {})}  ${f.ruleId}  ${findingText(language, f)}`);
  return `${lines.join('\n')}\n`;
}

function describePlan(plan: ImpactPlan, language: Language): string {
  const lines = [t(language, 'impact.plan', { legal: plan.legalDocument, branch: plan.branch, date: plan.date })];
  for (const file of plan.files) {
    lines.push(`  ${t(language, 'impact.plan-file', { code: file.code, from: file.fromRevision, to: file.toRevision, file: file.file })}`);
    lines.push(`      ${t(language, 'impact.plan-history', { summary: file.summary })}`);
    for (const rewrite of file.rewrites) lines.push(`      ${t(language, 'impact.plan-rewrite', { line: rewrite.line, from: rewrite.from, to: rewrite.to })}`);
  }
  return `${lines.join('\n')}\n`;
}
