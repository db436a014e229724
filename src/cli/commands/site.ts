/** `qms site`: its commander wiring and run(): the static site of the documents in force, written incrementally through the one writer. */
import { existsSync, lstatSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { documentVersions, versionOfRevision } from '../../git/history.js';
import { git, gitTopLevel } from '../../git/run.js';
import { both, t } from '../../i18n/messages/index.js';
import { ForeignFileError, generateSite, type SiteOutput, type SiteResult } from '../../site/build.js';
import { MANIFEST, readManifest } from '../../site/manifest.js';
import { siteEntries } from '../../site/sources.js';
import { QmsError } from '../../util/errors.js';
import { MAX_CACHE_BYTES, readRepositoryFile, UnsafeFileError } from '../../workspace/safe-read.js';
import { openWorkspace, type CommonOptions } from '../../workspace/open.js';
import { applyOutputs } from '../../write/apply.js';
import { previewOutputs } from '../../write/plan.js';
import { EXIT, type Io } from '../io.js';
import { addCommonOptions } from '../common-options.js';

export interface SiteOptions extends CommonOptions {
  out?: string;
  dryRun?: boolean;
}

/** Wires `qms site` into the program. */
export function registerSite(program: Command, io: Io, setExit: (code: number) => void): void {
  addCommonOptions(program.command('site'))
    .option('--out <folder>')
    .option('--dry-run')
    .option('--json')
    .option('--no-cache')
    .action((options: SiteOptions) => setExit(runSite(options, io)));
}

/** Runs `qms site` and returns its exit code. */
export function runSite(options: SiteOptions, io: Io): number {
  const opened = openWorkspace(io, options, { documents: 'summaries' });
  const { root, repository, language } = opened;
  const out = resolve(options.out !== undefined ? resolve(io.cwd, options.out) : join(root, '_site'));
  // The writer works from the folder holding the site, so it makes the site's folder itself.
  const parent = dirname(out);
  if (!existsSync(parent)) throw new QmsError(both('output.no-folder', { folder: parent }), { reason: 'usage', language });
  const manifestStat = lstatOrNull(join(out, MANIFEST));
  if (manifestStat && !manifestStat.isFile()) throw new QmsError(both('site.not-file', { file: MANIFEST, out }), { reason: 'outside-root', language });
  const inGit = gitTopLevel(root) !== null;
  const entries = siteEntries(repository, opened.readText, (file, revision) => (inGit ? versionOfRevision(documentVersions(root, file, 'en'), revision)?.text : undefined));
  const prefix = `${basename(out)}/`;
  const preview = new Map<string, string>();
  const output: SiteOutput = {
    read: (file) => readOutput(out, file),
    exists: (file) => existsSync(join(out, file)),
    write: (changes) => {
      const inParent = changes.map((change) => ({ ...change, file: prefix + change.file }));
      // The manifest is written twice (before the pages and after): previewed once.
      if (options.dryRun) for (const change of inParent) preview.set(change.file, previewOutputs([change]));
      else applyOutputs(parent, inParent, language);
    },
  };
  let result: SiteResult;
  try {
    result = generateSite({
      repository,
      templates: opened.templates(),
      entries,
      readText: opened.readText,
      stamp: { date: opened.today, commit: headCommit(root), organization: repository.config.organization },
      previous: readManifest(readOutput(out, MANIFEST)),
      output,
    });
  } catch (error) {
    if (error instanceof ForeignFileError) throw new QmsError(both('site.foreign-file', { file: error.file, out }), { reason: 'exists', language, details: { file: error.file } });
    throw error;
  }
  if (options.dryRun) {
    io.stdout.write([...preview.values()].join(''));
    return EXIT.ok;
  }
  const summary = { ok: true, command: 'site', out, documents: entries.filter((e) => !e.obsolete).length, obsolete: entries.filter((e) => e.obsolete).length, ...result };
  if (options.json) io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  else io.stdout.write(`${t(language, 'site.done', summary)}\n`);
  return EXIT.ok;
}

/** A file of the output folder as text, or null when absent; refused when it is not a regular file inside the folder. */
function readOutput(out: string, file: string): string | null {
  try {
    return readRepositoryFile(out, file, MAX_CACHE_BYTES)?.toString('utf8') ?? null;
  } catch (error) {
    if (error instanceof UnsafeFileError) throw new QmsError(both('site.not-file', { file, out }), { reason: 'outside-root', details: { file } });
    throw error;
  }
}

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

/** The short id of HEAD, or '' outside git or before the first commit. */
function headCommit(root: string): string {
  try {
    return git(root, ['rev-parse', '--short', 'HEAD']).trim();
  } catch {
    return '';
  }
}
