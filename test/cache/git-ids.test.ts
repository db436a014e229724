/**
 * The cache's content hash is git's object id of a document's bytes, so a check of the index
 * (`--staged`, the pre-commit hook) or of a commit (`--head`, CI) knows an unchanged document from
 * git's own ids and does not read it. Real git throughout; QMS_DEBUG's line tells how many
 * documents a run read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/workspace/cache.js';
import { demoAgencyRepo, git, runMain, settleAll, tempFolder, TODAY } from '../helpers/index.js';

/** `qms check --format json` in-process, with the debug line that counts the documents read. */
async function check(root: string, args: string[]): Promise<{ code: number; read: number; findings: string[] }> {
  const result = await runMain(['check', '--format', 'json', '--today', TODAY, ...args], root, { QMS_DEBUG: '1', QMS_LANG: 'en' });
  const counted = /qms: (\d+) documents, (\d+) read/.exec(result.stderr);
  expect(counted, result.stderr).not.toBeNull();
  const findings = (JSON.parse(result.stdout) as Array<{ file: string; line: number; ruleId: string }>).map((f) => `${f.file}:${f.line} ${f.ruleId}`).sort();
  return { code: result.code, read: Number(counted![2]), findings };
}

describe('the content hash', () => {
  it.each([
    ['Vietnamese in NFC', '---\ncode: QT-VP-01\ntitle: Quy trình tiếp nhận hồ sơ\n---\n# Mục đích\n'],
    ['Vietnamese in NFD', '---\ntitle: Quy trình tiếp nhận hồ sơ\n---\n'.normalize('NFD')],
    ['CRLF and a BOM', '\ufeff---\r\ncode: QT-VP-01\r\n---\r\nĐơn vị\r\n'],
    ['an empty file', ''],
  ])('is what git hash-object gives for the same bytes (%s)', (_, text) => {
    const file = join(tempFolder(), 'document.md');
    writeFileSync(file, text, 'utf8');
    expect(contentHash(text)).toBe(git(tempFolder(), 'hash-object', file).trim());
  });
});

describe('a check of the index or of a commit with a warm cache', () => {
  it('--staged reads only the documents whose staged content the cache has not seen', async () => {
    const root = demoAgencyRepo();
    const first = await check(root, ['--staged']);
    expect(first.read).toBeGreaterThan(1);
    const again = await check(root, ['--staged']);
    expect(again.read).toBe(0);
    expect(again.findings).toEqual(first.findings);

    // A staged edit is read; an edit left in the work tree is not what --staged checks.
    const staged = join(root, 'procedures/QT-KHCN-01.md');
    const original = readFileSync(staged, 'utf8');
    writeFileSync(staged, original.replace('# ', '# Sửa: '));
    git(root, 'add', 'procedures/QT-KHCN-01.md');
    const afterStaging = await check(root, ['--staged']);
    expect(afterStaging.read).toBe(1);
    expect(afterStaging.findings.some((finding) => finding.startsWith('procedures/QT-KHCN-01.md') && finding.includes(' change/'))).toBe(true);
    // The work tree put back and another document broken there: the index is still what is checked,
    // the staged edit read from git (the change rules compare it with HEAD), not from the work tree.
    writeFileSync(staged, original);
    writeFileSync(join(root, 'procedures/QT-ATBX-01.md'), 'not even front matter\n');
    const unstagedEdit = await check(root, ['--staged']);
    expect(unstagedEdit.read).toBe(0);
    expect(unstagedEdit.findings).toEqual(afterStaging.findings);
  });

  it('--head reads none of a commit the cache has seen, and the work tree still stats its own files', async () => {
    const root = demoAgencyRepo();
    // Files as if written long ago: the work tree's run records their state (a fresh file's is no proof).
    settleAll(root);
    const worktree = await check(root, []);
    const head = await check(root, ['--head']);
    // The work tree's run made every entry from the same bytes HEAD holds.
    expect(head.read).toBe(0);
    expect(head.findings).toEqual(worktree.findings);
    expect((await check(root, [])).read).toBe(0);
  });
});
