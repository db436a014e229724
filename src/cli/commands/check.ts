import { relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config/load.js';
import { loadRepository } from '../../check/load.js';
import { runRules, summarize } from '../../check/run.js';
import { formatJson } from '../../format/json.js';
import { formatStylish } from '../../format/stylish.js';
import { attachChanges } from '../../change/attach.js';
import { findRoot } from '../../repo/root.js';
import { gitSource } from '../../repo/source.js';
import { cacheFolder, parseToday } from './options.js';
import { QmsError } from '../../util/errors.js';
import { EXIT, wantsColor, type Io } from '../io.js';

export interface CheckCommandOptions {
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
}

const FORMATS = ['stylish', 'json'];

/** Wires `qms check` into the program. */
export function registerCheck(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('check')
    .description('check controlled documents and the legal register for every inconsistency')
    .argument('[paths...]', 'files or folders to report on (default: the whole repository)')
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'stylish')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('--today <date>', 'the date to check against (YYYY-MM-DD), for reproducible runs')
    .option('--base <ref>', 'compare with the merge base of <ref> (change/* rules); automatic in GitHub/GitLab pull requests')
    .option('--head', 'check HEAD as committed instead of the work tree')
    .option('--staged', 'check the git index (what is about to be committed), compared with HEAD')
    .option('--changed-only', 'report only on documents changed since the base and those its register changes affect')
    .option('--no-cache', 'read every document afresh, without .qms/cache')
    .option('--cache-location <folder>', 'where to keep the cache (default: .qms/cache in the repository)')
    .option('--color', 'force coloured output')
    .option('--no-color', 'no colours (also NO_COLOR=1)')
    .addHelpText(
      'after',
      `
Examples:
  qms check                          check the repository holding the current folder
  qms check procedures/QT-KHCN-01.md report on one document (rules still see every document)
  qms check --format json > out.json findings as JSON (docs/output.md)
  qms check --today 2026-01-01       check as of a given day
  qms check --base main              also check that every document changed since main was re-revised
  qms check --base origin/main --head --changed-only   in CI: HEAD as committed, changed documents only

Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings), 2 usage, config or internal error.
Rules and how to configure them: docs/rules/.`,
    )
    .action((paths: string[], options: CheckCommandOptions) => setExit(runCheck(paths, options, io)));
}

/** Runs `qms check` and returns its exit code. */
export function runCheck(paths: string[], options: CheckCommandOptions, io: Io): number {
  if (!FORMATS.includes(options.format)) throw new QmsError(`unknown format "${options.format}": use ${FORMATS.join(' or ')}`);
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  const today = parseToday(options.today);
  const targets = (paths.length > 0 ? paths : ['.']).map((p) => resolve(io.cwd, p));
  const root = findRoot(targets[0]!);
  const only = paths.length > 0 ? scopeFilter(root, targets) : undefined;

  if (options.head && options.staged) throw new QmsError('--head and --staged exclude each other');
  const loaded = loadConfig(root);
  const source = options.head ? gitSource(root, 'HEAD') : options.staged ? gitSource(root, null) : undefined;
  const folder = cacheFolder(root, options, io.cwd);
  const repository = loadRepository(root, loaded, today, source, folder ? { cacheFolder: folder } : {});
  const changed = attachChanges(repository, {
    ...(options.base !== undefined ? { base: options.base } : {}),
    side: options.head ? 'head' : options.staged ? 'staged' : 'worktree',
    changedOnly: options.changedOnly === true,
    env: io.env,
  });
  const scope = only && changed ? (file: string) => only(file) && changed(file) : (only ?? changed);
  const findings = runRules(repository, scope ? { only: scope } : {});
  const summary = summarize(findings);

  if (options.format === 'json') io.stdout.write(formatJson(findings));
  else {
    const checked = scope
      ? { documents: repository.documents.filter((d) => scope(d.file)).length, legal: repository.legal.filter((l) => scope(l.file)).length }
      : { documents: repository.documents.length, legal: repository.legal.length };
    io.stdout.write(formatStylish(findings, summary, { color: wantsColor(io.stdout, io.env, options.color), checked }));
  }
  const tooManyWarnings = maxWarnings !== undefined && summary.warnings > maxWarnings;
  if (tooManyWarnings && options.format !== 'json') io.stderr.write(`qms: ${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}, more than --max-warnings ${maxWarnings}\n`);
  return summary.errors > 0 || tooManyWarnings ? EXIT.findings : EXIT.ok;
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new QmsError(`--max-warnings takes a whole number ≥ 0, not "${value}"`);
  return Number(value);
}

/** Which repository files the given paths cover. */
function scopeFilter(root: string, targets: string[]): (file: string) => boolean {
  const scopes = targets.map((target) => {
    const rel = relative(root, target).split(sep).join('/');
    if (rel.startsWith('..')) throw new QmsError(`${target} is outside the repository at ${root}`);
    return rel;
  });
  return (file) => scopes.some((scope) => scope === '' || file === scope || file.startsWith(`${scope}/`));
}
