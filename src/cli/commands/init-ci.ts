/** The CI configurations of `qms init --ci` (GitHub Actions, GitLab CI): their templates, filled-in text, and writing one without overwriting. */
import { packagePath } from '../../paths.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyChanges } from '../../write/apply.js';
import { type Bilingual, type Language } from '../../i18n/language.js';
import { refuse } from '../../util/errors.js';
import { qmsPackageName } from '../../version.js';
import { both } from '../../i18n/messages/index.js';
import { MAX_CONFIG_BYTES, readRepositoryFile } from '../../workspace/safe-read.js';

const TEMPLATES = packagePath('templates', 'ci');

/** The CI systems `qms init --ci` knows, with where their configuration lives. */
export const CI_TARGETS = {
  github: { template: 'github.yml', path: '.github/workflows/qms.yml' },
  gitlab: { template: 'gitlab.yml', path: '.gitlab-ci.yml' },
} as const;
export type CiTarget = keyof typeof CI_TARGETS;

/**
 * The CI configuration text for `target`: `npm ci` installs the qms pinned in the repository's
 * lockfile, `npx --no-install qms` runs it; GitHub's workflow guards pushes to `branch`.
 */
export function ciConfiguration(target: CiTarget, branch: string): string {
  const text = readFileSync(join(TEMPLATES, CI_TARGETS[target].template), 'utf8');
  // JSON strings are YAML double-quoted scalars: any branch name stays one value.
  return text.replace(/\{\{package\}\}/g, qmsPackageName()).replace(/\{\{branch\}\}/g, JSON.stringify(branch));
}

/**
 * Writes the CI configuration into the repository at `root`. An existing file is never
 * overwritten: the message says what to add to it instead. The repository must pin qms
 * (package.json and package-lock.json, as `qms init` makes them): the job runs `npm ci`.
 * @returns the path written, relative to the root
 */
export function writeCiConfiguration(root: string, target: CiTarget, branch: string, language: Language): string {
  const { path } = CI_TARGETS[target];
  writeNewCiFile(root, path, () => ciConfiguration(target, branch), both('init-ci.already-exists-never-overwrites', { target, path }), language);
  return path;
}

/**
 * Writes a new CI file into the repository at `root`: refused with `exists` when the file is there
 * (qms never overwrites one) and when the repository does not pin qms (the job runs `npm ci`).
 */
export function writeNewCiFile(root: string, path: string, text: () => string, exists: Bilingual, language: Language): void {
  if (existsSync(join(root, path))) refuse(language, 'exists', exists, { file: path });
  requirePinnedQms(root, language);
  applyChanges(root, [{ file: path, before: null, after: text() }], language);
}

/** Refuses unless package.json names qms and package-lock.json exists: CI installs exactly that, with `npm ci`. */
export function requirePinnedQms(root: string, language: Language): void {
  const name = qmsPackageName();
  if (!namesDependency(root, name) || !existsSync(join(root, 'package-lock.json'))) {
    refuse(language, 'not-pinned', both('init-ci.repository-does-pin-package', { name }));
  }
}

/** Whether the repository's package.json lists `name` among its dependencies (read through the safe reader: a link or a device is no manifest). */
function namesDependency(root: string, name: string): boolean {
  try {
    const bytes = readRepositoryFile(root, 'package.json', MAX_CONFIG_BYTES);
    if (bytes === null) return false;
    const manifest = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, '')) as Record<string, unknown>;
    return ['devDependencies', 'dependencies'].some((field) => {
      const deps = manifest[field];
      return typeof deps === 'object' && deps !== null && Object.hasOwn(deps, name);
    });
  } catch {
    return false; // unreadable or not JSON: not a manifest that pins qms
  }
}
