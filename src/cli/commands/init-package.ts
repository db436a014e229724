/** `qms init`'s pinned install: the agency's package.json naming the qms it runs, the tarball kept in the repository, and `npm install` writing the lockfile. */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { applyChanges } from '../../write/apply.js';
import { readQmsSpec, VENDOR_FOLDER, type QmsSource } from '../../install/spec.js';
import { runningQmsOrigin } from '../../install/origin.js';
import { runNpm } from '../../install/npm.js';
import { type Language } from '../../i18n/language.js';
import { refuse } from '../../util/errors.js';
import { qmsPackageName } from '../../version.js';
import { both, t } from '../../i18n/messages/index.js';

export interface PinOptions {
  /** `--qms <spec>`; undefined: the spec of the running qms. */
  qms: string | undefined;
  /** false with `--no-install`: write package.json only. */
  install: boolean;
  organization: string;
  language: Language;
  cwd: string;
  env: Record<string, string | undefined>;
}

/** What pinning did. */
export interface PinResult {
  source: QmsSource;
  /** How the spec was chosen: given with --qms, read from npm's lockfile, or the running name@version. */
  chosen: 'given' | 'lockfile' | 'package';
  created: string[];
  skipped: string[];
  /** npm install ran and wrote package-lock.json. */
  installed: boolean;
  /** Lines to print (an existing package.json left alone). */
  notes: string[];
}

/**
 * Pins qms in the repository at `root`: package.json with qms as a devDependency (the tarball
 * copied under vendor/ when the spec is a file), then `npm install` (offline for a tarball on disk)
 * writes package-lock.json and node_modules/, so `npm ci && npx --no-install qms` runs exactly it.
 * Runs first and undoes its own files when npm fails, so a failed init leaves no half-pinned
 * repository. An existing package.json is never changed: the notes say how to add qms to it.
 */
export function pinQms(root: string, options: PinOptions): PinResult {
  const { language } = options;
  const name = qmsPackageName();
  const origin = options.qms === undefined ? runningQmsOrigin() : undefined;
  const source = readQmsSpec(options.qms ?? origin!.spec, name, language);
  const result: PinResult = { source, chosen: origin?.from ?? 'given', created: [], skipped: [], installed: false, notes: [] };
  const tarball = source.tarball === undefined ? undefined : resolve(options.cwd, source.tarball);
  if (tarball !== undefined && !(existsSync(tarball) && statSync(tarball).isFile())) {
    refuse(language, 'not-found', both('init-package.there-no-file', { tarball: tarball ?? '', spec: source.spec }), { file: tarball });
  }
  if (existsSync(join(root, 'package.json'))) {
    result.skipped.push('package.json');
    const pinned = readFileSync(join(root, 'package.json'), 'utf8').includes(`"${name}"`);
    if (!pinned) {
      result.notes.push(t(language, 'init-package.package-json-exists-add', { pin: tarball ?? source.pin }));
    }
    return result;
  }

  const vendoredExists = source.vendored !== undefined && existsSync(join(root, source.vendored));
  if (vendoredExists) {
    if (!readFileSync(join(root, source.vendored!)).equals(readFileSync(tarball!))) {
      refuse(language, 'exists', both('init-package.exists-differs-from-overwritten', { tarball: tarball ?? '', vendored: source.vendored ?? '' }), { file: source.vendored });
    }
    result.skipped.push(source.vendored!);
  }
  applyChanges(root, [{ file: 'package.json', before: null, after: packageJson(name, source.pin, options.organization, language) }], language);
  const made = ['package.json'];
  if (source.vendored !== undefined && !vendoredExists) {
    // A tarball is bytes, not text: copied as it is (the one writer takes text).
    mkdirSync(join(root, VENDOR_FOLDER), { recursive: true });
    copyFileSync(tarball!, join(root, source.vendored));
    made.push(source.vendored);
  }
  result.created.push(...made);
  if (!options.install) return result;

  // A tarball on disk has no dependencies (the bundle carries them): it installs with no network.
  const args = ['install', '--no-audit', '--no-fund', ...(source.kind === 'file' ? ['--offline'] : [])];
  const npm = runNpm(root, args, options.env);
  if (npm.code !== 0) {
    for (const file of made) unlinkSync(join(root, file));
    if (existsSync(join(root, VENDOR_FOLDER)) && readdirSync(join(root, VENDOR_FOLDER)).length === 0) rmdirSync(join(root, VENDOR_FOLDER));
    const said = `${npm.stderr}\n${npm.stdout}`.trim().split('\n').filter((line) => line.trim() !== '').slice(-6).join('\n  ');
    refuse(language, 'npm-install', both('init-package.npm-install-failed-code', { said, code: npm.code, pin: source.pin }), { code: npm.code });
  }
  result.installed = true;
  if (existsSync(join(root, 'package-lock.json'))) result.created.push('package-lock.json');
  return result;
}

/** The agency repository's package.json: private, qms pinned as its one devDependency. */
function packageJson(name: string, pin: string, organization: string, language: Language): string {
  const description = t(language, 'init-package.quality-management-system', {}) + (organization ? ` — ${organization}` : '');
  const manifest = {
    private: true,
    description,
    engines: { node: '>=20.19' },
    devDependencies: { [name]: pin },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
