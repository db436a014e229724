/** `qms check`: its commander wiring and run(): open the workspace, compare with the base, lint, format and write the report, exit code. */
import { appendFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { Option, type Command } from 'commander';
import { openWorkspace } from '../../workspace/open.js';
import { checkOpened, ruleMetas, summarize } from '../../lint/run.js';
import { docsBaseUri, formatReport, FORMATS, reportChunks, type Format } from '../../format/index.js';
import { formatGithubSummary } from '../../format/github.js';
import { formatStylish } from '../../format/stylish.js';
import { attachChanges, compareInBackground, planScopedReading, type PendingComparison } from '../../workspace/changes.js';
import { gitTopLevel } from '../../git/run.js';
import type { Finding } from '../../model/repository.js';
import { gitSource } from '../../workspace/source.js';
import { findRoot } from '../../workspace/root.js';
import { writeOutputFile } from '../output-file.js';
import { runRender } from './render.js';
import { workersOption } from './options.js';
import { QmsError } from '../../util/errors.js';
import { EXIT, wantsColor, writeWorkflowCommands, type Io } from '../io.js';
import { Progress } from '../progress.js';
import { qmsVersion } from '../../version.js';
import { both, t } from '../../i18n/messages/index.js';

export interface CheckCommandOptions {
  fix?: boolean;
  dryRun?: boolean;
  root?: string;
  format: string;
  maxWarnings?: string;
  today?: string;
  color?: boolean;
  base?: string;
  head?: boolean;
  staged?: boolean;
  changedOnly?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  cacheStrategy?: string;
  output?: string;
  lang?: string;
}

/** Wires `qms check` into the program. */
export function registerCheck(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('check')
    .argument('[paths...]')
    .option('-C, --root <folder>')
    .option('--fix')
    .option('--dry-run')
    .addOption(new Option('-f, --format <format>').default('stylish'))
    .option('-o, --output <file>')
    .option('--max-warnings <n>')
    .option('--today <date>')
    .option('--base <ref>')
    .option('--head')
    .option('--staged')
    .option('--changed-only')
    .option('--no-cache')
    .option('--cache-location <folder>')
    .option('--cache-strategy <strategy>')
    .option('--color')
    .option('--no-color')
    .action((paths: string[], options: CheckCommandOptions) => setExit(runCheck(paths, options, io)));
}

/** Runs `qms check` and returns its exit code. */
export function runCheck(paths: string[], options: CheckCommandOptions, io: Io): number {
  if (!(FORMATS as readonly string[]).includes(options.format)) throw new QmsError(both('usage.format', { format: options.format, formats: [...FORMATS] }));
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  // -C works as git's: the paths are read from that folder.
  const cwd = options.root !== undefined ? resolve(io.cwd, options.root) : io.cwd;
  const targets = (paths.length > 0 ? paths : ['.']).map((p) => resolve(cwd, p));
  if (options.dryRun && !options.fix) throw new QmsError(both('usage.dry-run-needs-fix', {}), { reason: 'usage' });
  if (options.fix) {
    if (options.head || options.staged) throw new QmsError(both('usage.fix-work-tree', {}), { reason: 'usage' });
    // The safe fixes are the regions qms render owns: the same plan, preview and writer.
    const fixed = runRender(paths, { ...(options.today !== undefined ? { today: options.today } : {}), ...(options.dryRun ? { dryRun: true } : {}) }, { ...io, cwd, stdout: options.dryRun || options.format === 'stylish' ? io.stdout : io.stderr });
    if (options.dryRun) return fixed;
  }
  if (options.head && options.staged) throw new QmsError(both('usage.exclusive', { first: '--head', second: '--staged' }));
  const progress = new Progress(io, 'qms: reading documents');
  // Given paths narrow the report: the analysis still reads every document.
  const only = paths.length > 0 ? scopeFilter(findRoot(targets[0]!), targets) : undefined;
  const changeOptions = {
    ...(options.base !== undefined ? { base: options.base } : {}),
    side: options.head ? 'head' : options.staged ? 'staged' : 'worktree',
    changedOnly: options.changedOnly === true,
    env: io.env,
  } as const;
  let planned: ReturnType<typeof planScopedReading>;
  let pending: PendingComparison | undefined;
  const workspace = openWorkspace(io, options, {
    documents: 'summaries',
    from: targets[0]!,
    source: (root) => (options.head ? gitSource(root, 'HEAD') : options.staged ? gitSource(root, null) : undefined),
    // --changed-only knows its scope once the change set is read: findings for that scope only, then.
    findings: options.changedOnly ? 'none' : (only ?? 'all'),
    // Without a cache, a --changed-only run that knows its scope from git reads the rest lightly.
    // Any other run with a base asks git while it reads (a warm check stats every file meanwhile).
    reading: (root, config) => {
      if (options.cache !== false || !changeOptions.changedOnly || changeOptions.side !== 'worktree') {
        pending = compareInBackground(root, changeOptions);
        return undefined;
      }
      planned = planScopedReading(root, config, changeOptions);
      if (!planned || !('frontMatterOnly' in planned)) return undefined;
      const { findings, frontMatterOnly } = planned;
      return { findings: only ? (file) => only(file) && findings(file) : findings, frontMatterOnly };
    },
    onProgress: (done, total) => progress.update(done, total),
    repositoryRules: true,
    ...workersOption(io.env),
  });
  const { root } = workspace;
  const opened = workspace.opened!;
  progress.done();
  const repository = opened.index;
  const changed = attachChanges(repository, changeOptions, planned?.compared, pending);
  const scope = only && changed ? (file: string) => only(file) && changed(file) : (only ?? changed);
  const findings = checkOpened(opened, scope);
  const summary = summarize(findings);
  const stats = repository.stats;
  if (io.env.QMS_DEBUG && stats) {
    io.stderr.write(`qms: ${stats.documents} documents, ${stats.filesRead} read (${stats.parallel ? `worker threads${stats.readOnMain ? `, ${stats.readOnMain} on the main thread` : ''}` : 'one thread'}), ${stats.cacheHits} from the cache${stats.workersReplaced ? `, ${stats.workersReplaced} worker(s) replaced` : ''}, in ${stats.milliseconds} ms\n`);
  }

  // File names only: a check whose findings all come from the cache reads no summary and no register entry.
  const documents = opened.files.documents.filter((file) => !scope || scope(file));
  const legal = opened.files.legal.filter((file) => !scope || scope(file));
  const checked = { documents: documents.length, legal: legal.length };
  const files = [...documents, ...legal];
  const { language } = workspace;
  const context = { language, summary, checked, files, rules: ruleMetas(), toolVersion: qmsVersion(), docsBaseUri: docsBaseUri(io.env), color: wantsColor(io.stdout, io.env, options.color) };
  const format = options.format as Format;
  const reported = format === 'github' || format === 'sarif' ? fromTopLevel(root, findings) : findings;
  if (options.output !== undefined) {
    writeOutputFile(resolve(io.cwd, options.output), formatReport(format, reported, { ...context, color: false }));
    io.stdout.write(formatStylish([], summary, { color: context.color, checked, language }).replace(/\n$/, ` — ${t(language, 'report.written', { file: options.output })}\n`));
  } else if (format === 'github') {
    writeWorkflowCommands(io.stdout, formatReport(format, reported, context));
  } else {
    // A piece at a time: tens of thousands of findings are never one string (a lower peak of memory).
    for (const chunk of reportChunks(format, reported, context)) io.stdout.write(chunk);
  }
  // GitHub shows ten annotations of a kind per step: the job summary shows them all.
  if (format === 'github' && io.env.GITHUB_STEP_SUMMARY) {
    appendFileSync(io.env.GITHUB_STEP_SUMMARY, formatGithubSummary(reported, summary, { checked: checked.documents + checked.legal, docsBaseUri: context.docsBaseUri, language }));
  }
  const tooManyWarnings = maxWarnings !== undefined && summary.warnings > maxWarnings;
  if (tooManyWarnings) io.stderr.write(`qms: ${t(language, 'report.too-many-warnings', { warnings: summary.warnings, max: maxWarnings })}\n`);
  return summary.errors > 0 || tooManyWarnings ? EXIT.findings : EXIT.ok;
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new QmsError(both('usage.max-warnings', { value }));
  return Number(value);
}

/** Which repository files the given paths cover. */
function scopeFilter(root: string, targets: string[]): (file: string) => boolean {
  const scopes = targets.map((target) => {
    const rel = relative(root, target).split(sep).join('/');
    if (rel.startsWith('..')) throw new QmsError(both('render.outside', { target, root }));
    return rel;
  });
  return (file) => scopes.some((scope) => scope === '' || file === scope || file.startsWith(`${scope}/`));
}

/**
 * GitHub and code scanning place annotations by paths from the top of the git repository; the qms
 * root may be a folder inside it.
 */
function fromTopLevel(root: string, findings: Finding[]): Finding[] {
  const topLevel = gitTopLevel(root);
  const prefix = topLevel === null ? '' : relative(topLevel, root).split(sep).join('/');
  return prefix === '' ? findings : findings.map((finding) => ({ ...finding, file: `${prefix}/${finding.file}` }));
}
