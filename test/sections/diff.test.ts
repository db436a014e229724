import { describe, expect, it } from 'vitest';
import { diffLines, splitLines, unifiedDiff } from '../../src/write/diff.js';

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\n', 'a\n', 'x.md')).toBe('');
  });

  it('gives hunks with three lines of context and 1-based line numbers', () => {
    const before = 'a\nb\nc\nd\ne\nf\ng\nh\n';
    const after = 'a\nb\nc\nd\nX\ne\nf\ng\nh\n';
    expect(unifiedDiff(before, after, 'x.md')).toBe('--- a/x.md\n+++ b/x.md\n@@ -2,6 +2,7 @@\n b\n c\n d\n+X\n e\n f\n g\n');
  });

  it('splits far-apart changes into hunks and marks a missing final line break', () => {
    const before = Array.from({ length: 20 }, (_, i) => `l${i}`).join('\n');
    const after = before.replace('l1\n', 'L1\n').replace('l19', 'L19');
    expect(unifiedDiff(before, after, 'x.md')).toBe(
      [
        '--- a/x.md',
        '+++ b/x.md',
        '@@ -1,5 +1,5 @@',
        ' l0',
        '-l1',
        '+L1',
        ' l2',
        ' l3',
        ' l4',
        '@@ -17,4 +17,4 @@',
        ' l16',
        ' l17',
        ' l18',
        '-l19',
        '\\ No newline at end of file',
        '+L19',
        '\\ No newline at end of file',
        '',
      ].join('\n'),
    );
  });

  it('keeps CRLF line breaks in the lines it prints', () => {
    expect(unifiedDiff('a\r\nb\r\n', 'a\r\nc\r\n', 'x.md')).toBe('--- a/x.md\n+++ b/x.md\n@@ -1,2 +1,2 @@\n a\r\n-b\r\n+c\r\n');
  });

  it('finds a shortest edit script', () => {
    const a = splitLines('a\nb\nc\na\nb\nb\na\n');
    const b = splitLines('c\nb\na\nb\na\nc\n');
    const ops = diffLines(a, b);
    expect(ops.filter((op) => op.kind !== ' ').length).toBe(5);
    expect(ops.filter((op) => op.kind !== '+').map((op) => op.line)).toEqual(a);
    expect(ops.filter((op) => op.kind !== '-').map((op) => op.line)).toEqual(b);
  });
});
