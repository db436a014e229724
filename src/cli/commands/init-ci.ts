/** The CI configurations of `qms init --ci` (GitHub Actions, GitLab CI): their templates, filled-in text, and writing one without overwriting. */
import { packagePath } from '../../paths.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyChanges } from '../../write/apply.js';
import { QmsError } from '../../util/errors.js';
import { qmsVersion } from '../../version.js';

const TEMPLATES = packagePath('templates', 'ci');

/** The CI systems `qms init --ci` knows, with where their configuration lives. */
export const CI_TARGETS = {
  github: { template: 'github.yml', path: '.github/workflows/qms.yml' },
  gitlab: { template: 'gitlab.yml', path: '.gitlab-ci.yml' },
} as const;
export type CiTarget = keyof typeof CI_TARGETS;

/** The CI configuration text for `target`, with the package name and version filled in. */
export function ciConfiguration(target: CiTarget): string {
  const text = readFileSync(join(TEMPLATES, CI_TARGETS[target].template), 'utf8');
  return text.replace(/\{\{package\}\}/g, 'qms').replace(/\{\{version\}\}/g, qmsVersion());
}

/**
 * Writes the CI configuration into the repository at `root`. An existing file is never
 * overwritten: the message says what to add to it instead.
 * @returns the path written, relative to the root
 */
export function writeCiConfiguration(root: string, target: CiTarget): string {
  const { path } = CI_TARGETS[target];
  const absolute = join(root, path);
  if (existsSync(absolute)) {
    throw new QmsError(`${path} already exists and qms never overwrites a file: add the qms job from \`qms init --ci ${target} --print\` to it`);
  }
  applyChanges(root, [{ file: path, before: null, after: ciConfiguration(target) }], 'en');
  return path;
}
