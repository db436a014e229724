/**
 * classifyFiles matches globs with their regular expressions directly (anyGlob): it must decide
 * every path as picomatch's own matcher does, for the globs configs use and for odd ones.
 */
import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { anyGlob, classifyFiles } from '../../src/config/file-sets.js';

const GLOBS = [
  '**/*.md',
  'so-*/quy-trinh/*.md',
  'docs/**',
  '!docs/drafts/**',
  '**/README.md',
  'van-ban/**/*.{md,MD}',
  'a/[ab]c.md',
  'a/[1].md',
  '**/.hidden/*.md',
  'Quy trình/*.md',
  'ban-hanh/?.md',
  '*.md',
];

const PATHS = [
  'STCL.md',
  'so-cong-thuong/quy-trinh/QT-CT-001.md',
  'so-cong-thuong/bieu-mau/BM-01-QT-CT-001.md',
  'docs/drafts/x.md',
  'docs/tthc/1.001234.md',
  'README.md',
  'a/README.md',
  'van-ban/2024/61-2018-ND-CP.MD',
  'a/bc.md',
  'a/[1].md',
  'a/.hidden/x.md',
  '.hidden/x.md',
  'Quy trình/QT-01.md',
  'Quy trình/QT-01.md'.normalize('NFD'),
  'ban-hanh/a.md',
  'ban-hanh/ab.md',
  '',
  '!docs/drafts/x',
];

describe('anyGlob', () => {
  it('decides each path as picomatch does, with and without dot files', () => {
    for (const dot of [false, true]) {
      for (const glob of GLOBS) {
        const ours = anyGlob([glob], { dot });
        const theirs = picomatch(glob, { dot });
        for (const path of PATHS) expect([glob, dot, path, ours(path)]).toEqual([glob, dot, path, theirs(path)]);
      }
    }
  });

  it('matches when any glob of a list does', () => {
    fc.assert(
      fc.property(fc.subarray(GLOBS), fc.constantFrom(...PATHS), fc.boolean(), (globs, path, dot) => {
        const theirs = globs.length === 0 ? false : picomatch(globs, { dot })(path);
        expect(anyGlob(globs, { dot })(path)).toBe(theirs);
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});

describe('classifyFiles', () => {
  it('skips paths inside .git, node_modules and .qms, also a file of that name', () => {
    const files = classifyFiles(['a/.git/x.md', 'node_modules/p/README.md', 'x/.qms/cache.md', 'sub/.git', 'b/gitx/y.md', 'c/.qmsx/z.md'], { include: ['**/*.md', '**/.git'], exclude: [] }, { include: [], exclude: [] });
    expect(files.documents).toEqual(['b/gitx/y.md']);
  });
});
