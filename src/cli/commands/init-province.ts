/** `qms init --ci github|gitlab --province <repos.txt>`: the province workflow running list, check and impact in every agency repository (a CI matrix) and merging their outputs. */
import { readFileSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { packagePath } from '../../paths.js';
import { readRegularFile, UnsafeFileError } from '../../workspace/safe-read.js';
import { checkLegalName, readRepositoryList, type AgencyRepository } from '../../province/repos.js';
import { type Language } from '../../i18n/language.js';
import { refuse } from '../../util/errors.js';
import { qmsPackageName } from '../../version.js';
import { EXIT, type Io } from '../io.js';
import { writeNewCiFile, type CiTarget } from './init-ci.js';
import type { InitOptions } from './init.js';
import { both, t } from '../../i18n/messages/index.js';

/** Where each CI system keeps the province workflow. */
export const PROVINCE_PATHS: Record<CiTarget, string> = {
  github: '.github/workflows/qms-province.yml',
  gitlab: '.gitlab-ci.yml',
};

/**
 * What every agency job runs in the agency's clone, after `npm ci` installed the qms it pins: its
 * master list, its check and the impact of $QMS_LEGAL, as JSON in $QMS_REPORT_DIR/$QMS_AGENCY. The
 * same lines on GitHub and GitLab. Check's exit 1 (findings) is the report, not a failure; an
 * agency whose register lacks the legal document has no impact output, and the report says so.
 */
export const AGENCY_SCRIPT = [
  'out="$QMS_REPORT_DIR/$QMS_AGENCY"',
  'mkdir -p "$out"',
  'status=0',
  'npx --no-install qms list --format json > "$out/list.json" || { rm -f "$out/list.json"; status=2; }',
  'npx --no-install qms check --format json --output "$out/check.json" || [ $? -eq 1 ] || { rm -f "$out/check.json"; status=2; }',
  'if [ -n "$QMS_LEGAL" ]; then',
  '  npx --no-install qms impact "$QMS_LEGAL" --format json > "$out/impact.json" || { rm -f "$out/impact.json"; echo "qms impact $QMS_LEGAL: no result for $QMS_AGENCY"; }',
  'fi',
  'exit $status',
];

/** What the province job runs once every agency's outputs are in qms-report/<agency>/: the merged report, Markdown and JSON. */
export const PROVINCE_SCRIPT = [
  'npx --no-install qms report merge qms-report/*/*.json --output qms-province.md',
  'npx --no-install qms report merge qms-report/*/*.json --format json --output qms-province.json',
];

/** The province workflow for `target`: a matrix of the repositories, the legal document as the default to report on. */
export function provinceConfiguration(target: CiTarget, repositories: readonly AgencyRepository[], legal: string): string {
  const template = readFileSync(packagePath('templates', 'ci', `province-${target}.yml`), 'utf8');
  // JSON is YAML: each repository and the legal document stay single scalars.
  const matrix =
    target === 'github'
      ? JSON.stringify(repositories.map(({ repository, slug }) => ({ repository, slug })))
      : JSON.stringify(repositories.map(({ repository, slug }) => ({ QMS_REPOSITORY: repository, QMS_AGENCY: slug })));
  const indent = (lines: readonly string[], spaces: number): string => lines.map((line) => `${' '.repeat(spaces)}${line}`).join('\n');
  const scriptIndent = target === 'github' ? 10 : 6;
  return template
    .replace(/\{\{matrix\}\}/g, matrix)
    .replace(/\{\{legalExpression\}\}/g, `'${legal}'`)
    .replace(/\{\{legal\}\}/g, JSON.stringify(legal))
    .replace(/\{\{package\}\}/g, qmsPackageName())
    .replace('{{agencyScript}}', indent(AGENCY_SCRIPT, scriptIndent))
    .replace('{{provinceScript}}', indent(PROVINCE_SCRIPT, scriptIndent));
}

/** Runs `qms init --ci <target> --province <repos.txt> [--legal <document>] [--print]`; `root` finds the repository to write into. */
export function initProvince(target: CiTarget, options: InitOptions, io: Io, language: Language, root: () => string): number {
  const repositories = readRepositoryList(readListFile(resolve(io.cwd, options.province!), options.province!, language), language);
  const legal = options.legal === undefined ? '' : checkLegalName(options.legal, language);
  const text = provinceConfiguration(target, repositories, legal);
  if (options.print) {
    io.stdout.write(text);
    return EXIT.ok;
  }
  const path = PROVINCE_PATHS[target];
  // The province job merges with the province repository's own pinned qms.
  writeNewCiFile(root(), path, () => text, both('init-province.already-exists-never-overwrites', { province: options.province!, target, path }), language);
  io.stdout.write(`${t(language, 'init-province.wrote-agency-repositories-each', { path, count: repositories.length, legal: legal ?? '' })}\n`);
  return EXIT.ok;
}

/** The list of agency repositories: one capped open of a regular file (a link the user names is followed: it is the user's own file). */
function readListFile(path: string, shown: string, language: Language): string {
  try {
    return readRegularFile(realpathSync.native(path), shown, LIST_MAX_BYTES).toString('utf8');
  } catch (error) {
    if (error instanceof UnsafeFileError && error.why === 'too-large') refuse(language, 'too-large', both('init-province.larger-than-1-mb', { province: shown }));
    return refuse(language, 'not-found', both('report.there-no-file', { file: shown }));
  }
}

const LIST_MAX_BYTES = 1024 * 1024;
