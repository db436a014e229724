/** Reading `qms init --qms <spec>` into the pinned devDependency of an agency repository's package.json (pure: text in, pin out). */
import { type Language } from '../i18n/language.js';
import { refuse } from '../util/errors.js';
import { both } from '../i18n/messages/index.js';

/** Where the pinned qms comes from. */
export type QmsSourceKind = 'file' | 'url' | 'git' | 'registry';

/** The qms an agency repository pins, read from a spec. */
export interface QmsSource {
  kind: QmsSourceKind;
  /** The spec as given (or as detected from the running qms). */
  spec: string;
  /** The value of `devDependencies[<package name>]` in the agency's package.json. */
  pin: string;
  /** For a tarball on disk: its path as given (the caller resolves and copies it). */
  tarball?: string;
  /** For a tarball on disk: where it is kept in the repository (`vendor/<name>.tgz`), so CI installs that file. */
  vendored?: string;
}

/** The folder of the repository that keeps a pinned tarball. */
export const VENDOR_FOLDER = 'vendor';

const EXACT_VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const PACKAGE_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
const GIT_PREFIX = /^(?:git\+(?:https|ssh|file):\/\/|git:\/\/|github:|gitlab:|bitbucket:)/;
const TARBALL = /\.(?:tgz|tar\.gz)$/i;

/**
 * Reads a `--qms` spec into the pin of `packageName`:
 * - a tarball on disk (`./qms.tgz`, `C:\qms.tgz`, `file:…`): kept in the repository under `vendor/`
 *   and pinned as `file:vendor/<name>`, so the repository and its CI install that very file;
 * - a tarball URL (`https://…/qms.tgz`): pinned as is (the lockfile records its integrity);
 * - a git URL with a tag or commit (`git+https://…/qms.git#v0.1.0`, `github:owner/qms#v0.1.0`);
 * - a registry name with an exact version (`@qms-vn/qms@0.1.0`, or `0.1.0` for this package; another
 *   name is pinned through an npm alias so the install folder stays `node_modules/<packageName>`).
 * Anything that could move (a range, a tag like `latest`, a git URL without `#ref`, plain http) is
 * refused: the repository must run exactly the qms it names.
 */
export function readQmsSpec(spec: string, packageName: string, language: Language): QmsSource {
  const given = spec.trim();
  if (given === '') refuse(language, 'usage', both('spec.needs-value', {}));
  if (GIT_PREFIX.test(given)) return gitSource(given, language);
  if (/^https?:\/\//i.test(given)) return urlSource(given, language);
  if (given.startsWith('file:') || TARBALL.test(given)) {
    const path = given.replace(/^file:(?:\/\/)?/, '');
    if (!TARBALL.test(path)) refuse(language, 'usage', both('spec.file-must-tgz-tarball', { given }));
    // The file's name in the repository: plain characters only, since it is written into package.json.
    const name = path.split(/[\\/]/).pop()!.replace(/[^A-Za-z0-9._-]/g, '-');
    return { kind: 'file', spec: given, pin: `file:${VENDOR_FOLDER}/${name}`, tarball: path, vendored: `${VENDOR_FOLDER}/${name}` };
  }
  return registrySource(given, packageName, language);
}

function gitSource(spec: string, language: Language): QmsSource {
  const ref = spec.split('#')[1];
  if (ref === undefined || ref === '' || ref.startsWith('semver:')) {
    refuse(language, 'usage', both('spec.git-url-must-name', { spec }));
  }
  return { kind: 'git', spec, pin: spec };
}

function urlSource(spec: string, language: Language): QmsSource {
  if (!/^https:\/\//i.test(spec)) refuse(language, 'usage', both('spec.only-https-addresses-are', { spec }));
  if (!TARBALL.test(new URL(spec).pathname)) {
    refuse(language, 'usage', both('spec.address-must-point-at', { spec }));
  }
  return { kind: 'url', spec, pin: spec };
}

function registrySource(spec: string, packageName: string, language: Language): QmsSource {
  const at = spec.lastIndexOf('@');
  const [name, version] = at > 0 ? [spec.slice(0, at), spec.slice(at + 1)] : EXACT_VERSION.test(spec) ? [packageName, spec] : [spec, ''];
  if (!PACKAGE_NAME.test(name) || !EXACT_VERSION.test(version)) {
    refuse(language, 'usage', both('spec.give-tgz-tarball-git', { packageName, spec }));
  }
  return { kind: 'registry', spec, pin: name === packageName ? version : `npm:${name}@${version}` };
}
