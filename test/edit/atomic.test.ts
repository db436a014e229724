import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChangedOnDiskError, OutsideRootError, writeFilesAtomically, type PlannedWrite } from '../../src/write/atomic.js';

let root: string;
let outside: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'qms-edit-'));
  outside = mkdtempSync(join(tmpdir(), 'qms-edit-'));
  mkdirSync(join(root, 'procedures'));
  mkdirSync(join(root, 'forms'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const OLD = {
  'procedures/QT-KHCN-01.md': '---\r\ncode: QT-KHCN-01\r\nrevision: 3\r\n---\r\nNội dung\r\n',
  'procedures/QT-KHCN-02.md': '\uFEFF---\ncode: QT-KHCN-02\nrevision: 1\n---\n',
  'forms/BM-01-QT-KHCN-01.md': '---\ncode: BM-01/QT-KHCN-01\n---\n'.normalize('NFD'),
};

/** Writes the old files and plans a change of each, plus one new file. */
function plan(): PlannedWrite[] {
  for (const [path, content] of Object.entries(OLD)) writeFileSync(join(root, path), content);
  const writes: PlannedWrite[] = Object.entries(OLD).map(([path, content]) => ({ path: join(root, path), expected: content, content: content.replace(/revision: \d|code/, (m) => `${m}\nstatus: draft`) }));
  writes.push({ path: join(root, 'forms/BM-02-QT-KHCN-01.md'), expected: null, content: '---\ncode: BM-02/QT-KHCN-01\n---\n' });
  return writes;
}

/** Every file of the repository with its bytes, so a test can check nothing else appeared or changed. */
function snapshot(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const dir of ['procedures', 'forms']) {
    for (const name of readdirSync(join(root, dir))) files[`${dir}/${name}`] = readFileSync(join(root, dir, name)).toString('base64');
  }
  return files;
}

describe('writeFilesAtomically', () => {
  it('writes every file, byte for byte, and leaves no temporary file', () => {
    const writes = plan();
    writeFilesAtomically(root, writes);
    for (const write of writes) expect(readFileSync(write.path, 'utf8')).toBe(write.content);
    expect(Object.keys(snapshot()).sort()).toEqual([...Object.keys(OLD), 'forms/BM-02-QT-KHCN-01.md'].sort());
  });

  it('writes nothing when a file changed on disk since it was read', () => {
    const writes = plan();
    writeFileSync(join(root, 'procedures/QT-KHCN-02.md'), 'someone else edited this\n');
    const before = snapshot();
    let error: unknown;
    try {
      writeFilesAtomically(root, writes);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ChangedOnDiskError);
    expect((error as ChangedOnDiskError).path).toBe(join(root, 'procedures/QT-KHCN-02.md'));
    expect(snapshot()).toEqual(before);
  });

  it('creates a new file when expected is null, and refuses when it exists', () => {
    const path = join(root, 'forms/BM-03.md');
    writeFilesAtomically(root, [{ path, expected: null, content: 'mới\n' }]);
    expect(readFileSync(path, 'utf8')).toBe('mới\n');
    expect(statSync(path).mode & 0o777).toBe(0o644);
    expect(() => writeFilesAtomically(root, [{ path, expected: null, content: 'khác\n' }])).toThrow(ChangedOnDiskError);
    expect(readFileSync(path, 'utf8')).toBe('mới\n');
  });

  it('refuses a missing file that was expected to hold content', () => {
    const path = join(root, 'forms/BM-04.md');
    expect(() => writeFilesAtomically(root, [{ path, expected: 'cũ\n', content: 'mới\n' }])).toThrow(ChangedOnDiskError);
    expect(existsSync(path)).toBe(false);
  });

  const n = Object.keys(OLD).length + 1;
  it.each(Array.from({ length: n }, (_, k) => k))('restores every file when failing after %i renames', (k) => {
    const writes = plan();
    const before = snapshot();
    expect(() => writeFilesAtomically(root, writes, { failAfterRenames: k })).toThrow(/test hook/);
    expect(snapshot()).toEqual(before);
  });

  it('keeps the mode of the file it replaces', () => {
    const path = join(root, 'procedures/QT-KHCN-01.md');
    writeFileSync(path, 'cũ\n');
    chmodSync(path, 0o600);
    writeFilesAtomically(root, [{ path, expected: 'cũ\n', content: 'mới\n' }]);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toBe('mới\n');
  });

  it('refuses a path outside the root, writing nothing', () => {
    const writes = plan();
    const before = snapshot();
    const escapes = [join(outside, 'x.md'), join(root, '..', 'x.md'), join(root, 'procedures', '..', '..', 'x.md')];
    for (const path of escapes) {
      expect(() => writeFilesAtomically(root, [...writes, { path, expected: null, content: 'x' }])).toThrow(OutsideRootError);
    }
    expect(snapshot()).toEqual(before);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('refuses a path through a symlinked folder that points outside, and a symlink file', () => {
    symlinkSync(outside, join(root, 'linked'));
    expect(() => writeFilesAtomically(root, [{ path: join(root, 'linked', 'x.md'), expected: null, content: 'x' }])).toThrow(OutsideRootError);
    expect(readdirSync(outside)).toEqual([]);
    writeFileSync(join(outside, 'target.md'), 'ngoài\n');
    symlinkSync(join(outside, 'target.md'), join(root, 'procedures', 'link.md'));
    expect(() => writeFilesAtomically(root, [{ path: join(root, 'procedures', 'link.md'), expected: 'ngoài\n', content: 'x' }])).toThrow(OutsideRootError);
    expect(readFileSync(join(outside, 'target.md'), 'utf8')).toBe('ngoài\n');
  });

  it('accepts a root given through a symlink and a symlinked folder inside the root', () => {
    const alias = join(outside, 'repo');
    symlinkSync(root, alias);
    symlinkSync(join(root, 'forms'), join(root, 'forms-link'));
    writeFilesAtomically(alias, [
      { path: join(alias, 'procedures', 'a.md'), expected: null, content: 'a' },
      { path: join(root, 'forms-link', 'b.md'), expected: null, content: 'b' },
    ]);
    expect(readFileSync(join(root, 'procedures', 'a.md'), 'utf8')).toBe('a');
    expect(readFileSync(join(root, 'forms', 'b.md'), 'utf8')).toBe('b');
  });

  it('refuses to write one file twice in a change', () => {
    const path = join(root, 'forms/x.md');
    expect(() => writeFilesAtomically(root, [{ path, expected: null, content: 'a' }, { path, expected: null, content: 'b' }])).toThrow(/twice/);
    expect(existsSync(path)).toBe(false);
  });
});
