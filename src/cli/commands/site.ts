/** `qms site`: its commander wiring and run(): the static site of the documents in force, written incrementally through the one writer. */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { statusOn } from '../../model/documents.js';
import { readControlledDocument } from '../../document/read-document.js';
import { documentVersions } from '../../git/history.js';
import { git, gitTopLevel } from '../../git/run.js';
import { documentReadContext } from '../../model/reading.js';
import type { RepositoryIndex } from '../../model/repository.js';

import { buildSite, MANIFEST, planSite, readManifest, type SiteSource } from '../../site/build.js';
import { refuse } from '../../util/errors.js';
import { openWorkspace, type CommonOptions } from '../../workspace/open.js';
import { applyOutputs } from '../../write/apply.js';
import { previewOutputs } from '../../write/plan.js';
import { EXIT, type Io } from '../io.js';
import { addCommonOptions } from '../common-options.js';
import { both, t } from '../../i18n/messages/index.js';

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
  // In effect on the day (a scheduled issue is not yet), or obsolete for the obsolete page.
  const published = repository.documents.filter((d) => d.readable && d.code && (statusOn(d, repository.today) === 'effective' || d.status?.value === 'obsolete'));
  const sources: SiteSource[] = repository.readMany(published.map((d) => d.file)).map((document) => ({ document, text: opened.readText(document.file) }));
  sources.push(...inForceFromHistory(repository));
  const files = buildSite(repository, sources, opened.templates());

  const out = resolve(options.out !== undefined ? resolve(io.cwd, options.out) : join(root, '_site'));
  // The writer works from the folder holding the site, so it makes the site's folder itself.
  const parent = dirname(out);
  if (!existsSync(parent)) refuse(language, 'usage', both('site.folder-does-exist', { parent }));
  const prefix = `${basename(out)}/`;
  const current = (file: string): string | null => {
    const path = join(out, file);
    return existsSync(path) ? readFileSync(path, 'utf8') : null;
  };
  const plan = planSite(files, readManifest(current(MANIFEST)), { date: opened.today, commit: headCommit(root), organization: repository.config.organization }, { exists: (file) => existsSync(join(out, file)), current });
  const changes = plan.changes.map((change) => ({ ...change, file: prefix + change.file }));
  const pages = changes.filter((c) => c.file.endsWith('.html')).length;
  if (options.dryRun) {
    io.stdout.write(previewOutputs(changes));
    return EXIT.ok;
  }
  applyOutputs(parent, changes, language);
  const summary = { ok: true, command: 'site', out, documents: sources.filter((s) => s.document.status?.value === 'effective').length, obsolete: sources.filter((s) => s.document.status?.value === 'obsolete').length, written: changes.length, pages, unchanged: plan.unchanged, withdrawn: plan.withdrawn };
  if (options.json) io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  else {
    io.stdout.write(
      t(language, 'site.site-written-documents-force', { unchanged: summary.unchanged, written: summary.written, obsolete: summary.obsolete, documents: summary.documents, out }),
    );
  }
  return EXIT.ok;
}

/**
 * Documents whose work-tree file holds a new revision being prepared (draft, approved) while an
 * earlier one is in force: the newest committed version whose status is effective, so the points
 * of use keep the revision in force and never see the draft. Outside git there is none.
 */
function inForceFromHistory(repository: RepositoryIndex): SiteSource[] {
  const pending = repository.documents.filter((d) => d.readable && d.code && (d.status?.value === 'draft' || d.status?.value === 'approved') && (d.revision?.value ?? 1) > 1);
  if (pending.length === 0 || gitTopLevel(repository.root) === null) return [];
  const context = documentReadContext(repository.config, repository.register);
  const found: SiteSource[] = [];
  for (const summary of pending) {
    const versions = documentVersions(repository.root, summary.file, 'en');
    for (const version of [...versions].reverse()) {
      const document = readControlledDocument(summary.file, version.text, context);
      if (document.status?.value !== 'effective' || document.code?.value !== summary.code?.value) continue;
      found.push({ document, text: version.text });
      break;
    }
  }
  return found;
}

/** The short id of HEAD, or '' outside git or before the first commit. */
function headCommit(root: string): string {
  try {
    return git(root, ['rev-parse', '--short', 'HEAD']).trim();
  } catch {
    return '';
  }
}
