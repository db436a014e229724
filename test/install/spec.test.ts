/** What `qms init` pins: a --qms spec read into package.json's devDependency, and the default read from npm's record of the running install. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readQmsSpec } from '../../src/install/spec.js';
import { runningQmsOrigin } from '../../src/install/origin.js';
import { npmCommand, npmEnvironment } from '../../src/install/npm.js';
import { QmsError } from '../../src/util/errors.js';
import { tempFolder } from '../helpers/index.js';

const PACKAGE = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
const NAME = PACKAGE.name;

describe('readQmsSpec', () => {
  it('pins a tarball on disk as the copy kept in vendor/, a URL or git ref as given, a registry version exactly', () => {
    expect(readQmsSpec('./dist/qms-vn-qms-0.1.0.tgz', NAME, 'en')).toEqual({ kind: 'file', spec: './dist/qms-vn-qms-0.1.0.tgz', pin: 'file:vendor/qms-vn-qms-0.1.0.tgz', tarball: './dist/qms-vn-qms-0.1.0.tgz', vendored: 'vendor/qms-vn-qms-0.1.0.tgz' });
    expect(readQmsSpec('C:\\Users\\An\\Tải về\\qms bản 1.tgz', NAME, 'en')).toMatchObject({ kind: 'file', pin: 'file:vendor/qms-b-n-1.tgz', tarball: 'C:\\Users\\An\\Tải về\\qms bản 1.tgz' });
    expect(readQmsSpec('file:../qms.tar.gz', NAME, 'en')).toMatchObject({ kind: 'file', pin: 'file:vendor/qms.tar.gz', tarball: '../qms.tar.gz' });
    expect(readQmsSpec('https://example.vn/releases/v0.1.0/qms-vn-qms-0.1.0.tgz', NAME, 'en')).toMatchObject({ kind: 'url', pin: 'https://example.vn/releases/v0.1.0/qms-vn-qms-0.1.0.tgz' });
    expect(readQmsSpec('git+https://example.vn/qms.git#v0.1.0', NAME, 'en')).toMatchObject({ kind: 'git', pin: 'git+https://example.vn/qms.git#v0.1.0' });
    expect(readQmsSpec('github:qms-vn/qms#v0.1.0', NAME, 'en')).toMatchObject({ kind: 'git', pin: 'github:qms-vn/qms#v0.1.0' });
    expect(readQmsSpec(`${NAME}@0.1.0`, NAME, 'en')).toMatchObject({ kind: 'registry', pin: '0.1.0' });
    expect(readQmsSpec('0.2.0-rc.1', NAME, 'en')).toMatchObject({ kind: 'registry', pin: '0.2.0-rc.1' });
    // Another name (a fork) keeps the install folder node_modules/<NAME> through an npm alias.
    expect(readQmsSpec('@so-khcn/qms@1.0.0', NAME, 'en')).toMatchObject({ kind: 'registry', pin: 'npm:@so-khcn/qms@1.0.0' });
  });

  it('refuses whatever could move or is not a package, in the language asked', () => {
    const refusal = (spec: string): QmsError => {
      try {
        readQmsSpec(spec, NAME, 'vi');
      } catch (error) {
        return error as QmsError;
      }
      throw new Error(`${spec} was accepted`);
    };
    for (const spec of [NAME, `${NAME}@latest`, `${NAME}@^0.1.0`, `${NAME}@0.1`, 'git+https://example.vn/qms.git', 'github:qms-vn/qms#semver:^0.1', 'http://example.vn/qms.tgz', 'https://example.vn/qms', 'file:../qms', 'không phải gói', ' ']) {
      const error = refusal(spec);
      expect(error, spec).toBeInstanceOf(QmsError);
      expect(error.reason, spec).toBe('usage');
    }
    expect(refusal('latest').message).toMatch(/không nhận khoảng phiên bản hay thẻ như latest/);
  });
});

describe('runningQmsOrigin', () => {
  /** An install folder as npm leaves it: node_modules/<NAME>, and its record in node_modules/.package-lock.json. */
  const install = (entry: Record<string, string> | undefined, lockfile = 'node_modules/.package-lock.json'): { root: string; packageRoot: string } => {
    const root = tempFolder('qms-origin-');
    const packageRoot = join(root, 'node_modules', ...NAME.split('/'));
    mkdirSync(packageRoot, { recursive: true });
    if (entry) writeFileSync(join(root, lockfile), JSON.stringify({ lockfileVersion: 3, packages: { [`node_modules/${NAME}`]: { version: '0.1.0', ...entry } } }));
    return { root, packageRoot };
  };

  it('reads the tarball, git commit, URL or registry version npm recorded for the install', () => {
    const tarballs = tempFolder('qms-tarballs-');
    writeFileSync(join(tarballs, 'qms-vn-qms-0.1.0.tgz'), 'tarball');
    const local = install({ resolved: `file:${join('..', tarballs.split('/').pop()!, 'qms-vn-qms-0.1.0.tgz')}` });
    // The lockfile's file: path is relative to the install folder; tempFolder's siblings share a parent.
    expect(runningQmsOrigin(local.packageRoot)).toEqual({ spec: join(tarballs, 'qms-vn-qms-0.1.0.tgz'), from: 'lockfile' });
    expect(runningQmsOrigin(install({ resolved: 'git+ssh://git@example.vn/qms.git#0123456789abcdef0123456789abcdef01234567' }).packageRoot)).toEqual({ spec: 'git+ssh://git@example.vn/qms.git#0123456789abcdef0123456789abcdef01234567', from: 'lockfile' });
    expect(runningQmsOrigin(install({ resolved: `https://registry.npmjs.org/${NAME}/-/qms-0.1.0.tgz` }).packageRoot)).toEqual({ spec: `${NAME}@0.1.0`, from: 'lockfile' });
    expect(runningQmsOrigin(install({ resolved: 'https://example.vn/qms-vn-qms-0.1.0.tgz' }, 'package-lock.json').packageRoot)).toEqual({ spec: 'https://example.vn/qms-vn-qms-0.1.0.tgz', from: 'lockfile' });
  });

  it('falls back to name@version when npm kept no record, or the record names nothing reusable', () => {
    const fallback = { spec: `${NAME}@${PACKAGE.version}`, from: 'package' };
    expect(runningQmsOrigin(process.cwd())).toEqual(fallback); // a clone
    expect(runningQmsOrigin(install(undefined).packageRoot)).toEqual(fallback); // a global install
    expect(runningQmsOrigin(install({ resolved: 'file:../gone/qms.tgz' }).packageRoot)).toEqual(fallback);
    expect(runningQmsOrigin(install({ resolved: 'file:../qms-source' }).packageRoot)).toEqual(fallback); // a linked folder
  });
});

describe('npm', () => {
  it('is npm\'s own script run by Node when it is beside Node, and runs without an enclosing npm\'s project', () => {
    const node = tempFolder('qms-node-');
    mkdirSync(join(node, 'bin'));
    mkdirSync(join(node, 'lib', 'node_modules', 'npm', 'bin'), { recursive: true });
    writeFileSync(join(node, 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'), '');
    expect(npmCommand({}, join(node, 'bin', 'node'))).toEqual([join(node, 'bin', 'node'), join(node, 'bin', '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js')]);
    // Windows' layout: node_modules/npm beside node.exe.
    mkdirSync(join(node, 'win', 'node_modules', 'npm', 'bin'), { recursive: true });
    writeFileSync(join(node, 'win', 'node_modules', 'npm', 'bin', 'npm-cli.js'), '');
    expect(npmCommand({}, join(node, 'win', 'node.exe'))[1]).toBe(join(node, 'win', 'node_modules', 'npm', 'bin', 'npm-cli.js'));
    expect(npmCommand({}, join(tempFolder(), 'node'))).toEqual(['npm']);
    expect(npmEnvironment({ PATH: '/bin', npm_config_local_prefix: '/elsewhere', npm_package_name: 'x', npm_lifecycle_event: 'test', npm_config_registry: 'https://registry.example.vn/' })).toEqual({ PATH: '/bin', npm_config_registry: 'https://registry.example.vn/' });
  });
});
