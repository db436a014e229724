import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, runBin, TODAY } from '../helpers/index.js';

/** Who makes init's first commit in these tests (git reads the identity from the environment). */
const IDENTITY = { GIT_AUTHOR_NAME: 'Nguyễn Văn An', GIT_AUTHOR_EMAIL: 'an@example.vn', GIT_COMMITTER_NAME: 'Nguyễn Văn An', GIT_COMMITTER_EMAIL: 'an@example.vn', QMS_LANG: 'en' };
const PACKAGE = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };

describe('qms init [dir]', () => {
  it('creates a repository on main with qms pinned and a first commit, that qms check finds clean, without asking when there is no terminal', () => {
    const root = join(mkdtempSync(join(tmpdir(), 'qms-init-')), 'sở tư pháp');
    // --no-install: package.json is written, npm is not run (the install is the end-to-end suite's).
    const result = runBin(['init', root, '--organization', 'Sở Tư pháp tỉnh Hòa Bình', '--today', TODAY, '--no-install'], process.cwd(), IDENTITY);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    for (const file of ['qms.config.yaml', 'README.md', '.gitignore', 'package.json', 'STCL.md', 'procedures/QT-VP-01.md', 'forms/BM-01-QT-VP-01.md', 'legal/qd-19-2014-qd-ttg.md', 'legal/nd-107-2021-nd-cp.md', 'legal/nd-118-2025-nd-cp.md']) {
      expect(result.stdout, file).toContain(`+ ${file}`);
    }
    expect(readFileSync(join(root, 'qms.config.yaml'), 'utf8')).toContain('organization: "Sở Tư pháp tỉnh Hòa Bình"');
    // Run from a clone, the running qms has no install record: it pins its own name@version.
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { private: boolean; devDependencies: Record<string, string> };
    expect(manifest).toMatchObject({ private: true, devDependencies: { [PACKAGE.name]: PACKAGE.version } });
    expect(result.stdout).toContain(`qms: ${PACKAGE.version} (name@version of the running qms)`);
    expect(result.stdout).toMatch(/Next: npm install, then git add package-lock.json/);
    // The editor's $schema points into that install, at a file the package ships.
    const schema = /\$schema=\.\/node_modules\/(\S+)/.exec(readFileSync(join(root, 'qms.config.yaml'), 'utf8'))![1]!;
    expect(schema).toBe(`${PACKAGE.name}/schemas/qms.config.schema.json`);
    expect(existsSync(schema.replace(`${PACKAGE.name}/`, ''))).toBe(true);
    // A new repository on main, with one commit holding every file init made.
    expect(git(root, 'symbolic-ref', '--short', 'HEAD').trim()).toBe('main');
    const committed = git(root, 'ls-tree', '-r', '--name-only', 'HEAD').trim().split('\n');
    expect(committed).toContain('package.json');
    expect(committed).toContain('procedures/QT-VP-01.md');
    expect(committed).toHaveLength(result.stdout.split('\n').filter((line) => line.startsWith('  + ')).length);
    expect(result.stdout).toMatch(new RegExp(`git commit ${git(root, 'rev-parse', '--short', 'HEAD').trim()}: the first commit`));
    expect(git(root, 'status', '--porcelain')).toBe('');
    const check = runBin(['check', '--format', 'json', '--today', TODAY], root);
    expect(JSON.parse(check.stdout)).toEqual([]);
    expect(check.code).toBe(0);
    // The register knows the national chain as of today: 61/2018 amended by 107/2021, both
    // replaced by 118/2025 from 2025-07-01.
    const impact = runBin(['impact', '61/2018/NĐ-CP', '--format', 'json', '--today', TODAY], root);
    const changes = (JSON.parse(impact.stdout) as { changes: Array<{ relation: string; by: { id: string } }> }).changes.map((c) => `${c.relation} ${c.by.id}`);
    expect(changes).toContain('replaced 118/2025/NĐ-CP');
    expect(changes).toContain('amended 107/2021/NĐ-CP');
    const shown = JSON.parse(runBin(['legal', 'show', '107/2021/NĐ-CP', '--json', '--today', TODAY], root).stdout) as { status: string };
    expect(shown.status).toBe('replaced');
  });

  it('names the first branch after --branch, and refuses an invalid one or one for an existing repository', () => {
    const root = mkdtempSync(join(tmpdir(), 'qms-init-'));
    expect(runBin(['init', '--branch', 'bad..name', '--no-install'], root, IDENTITY).stderr).toMatch(/"bad\.\.name" is not a valid branch name/);
    expect(existsSync(join(root, 'qms.config.yaml'))).toBe(false);
    const made = runBin(['init', '--branch', 'trunk', '--language', 'en', '--today', TODAY, '--no-install'], root, IDENTITY);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('git init: a new repository on branch trunk');
    expect(git(root, 'symbolic-ref', '--short', 'HEAD').trim()).toBe('trunk');
    const again = runBin(['init', '--branch', 'other', '--no-install'], root, IDENTITY);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/--branch is for a new repository/);
  });

  it('refuses a --qms spec that could move, before writing anything', () => {
    const root = mkdtempSync(join(tmpdir(), 'qms-init-'));
    for (const [spec, message] of [
      ['latest', /not a range or a tag like latest/],
      [`${PACKAGE.name}@^0.1.0`, /name@exact-version/],
      ['git+https://example.vn/qms.git', /must name a tag or commit after #/],
      ['http://example.vn/qms.tgz', /only https addresses/],
      ['./missing-qms.tgz', /there is no file .*missing-qms\.tgz/],
    ] as const) {
      const refused = runBin(['init', '--qms', spec, '--no-install'], root, IDENTITY);
      expect(refused.code, spec).toBe(2);
      expect(refused.stderr, spec).toMatch(message);
    }
    expect(existsSync(join(root, 'qms.config.yaml'))).toBe(false);
    expect(existsSync(join(root, 'package.json'))).toBe(false);
  });

  it('never overwrites: a second run leaves every file as it is and makes no commit', () => {
    const root = mkdtempSync(join(tmpdir(), 'qms-init-'));
    expect(runBin(['init', '--language', 'en', '--today', TODAY, '--no-install'], root, IDENTITY).code).toBe(0);
    writeFileSync(join(root, 'README.md'), 'mine\n');
    const again = runBin(['init', '--today', TODAY, '--no-install'], root, IDENTITY);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('= README.md (exists, left as it is)');
    expect(again.stdout).toContain('= package.json (exists, left as it is)');
    expect(again.stdout).toMatch(/0 files created/);
    expect(again.stdout).not.toMatch(/git commit/);
    expect(git(root, 'rev-list', '--count', 'HEAD').trim()).toBe('1');
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toBe('mine\n');
    expect(readFileSync(join(root, 'procedures/QT-VP-01.md'), 'utf8')).toContain('First issue');
    expect(runBin(['init', '--language', 'fr'], root, IDENTITY).stderr).toMatch(/--language takes vi or en/);
  });
});
