/**
 * statAhead (src/workspace/stat-ahead.ts): the files' states taken on a worker thread are those
 * statSync gives here, so the signatures made from them prove what the cache recorded.
 */
import { mkdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { openRepository } from '../../src/workspace/read-indexed.js';
import { currentSignature, type FileState } from '../../src/workspace/signature.js';
import { STAT_AHEAD_MIN_FILES, statAhead } from '../../src/workspace/stat-ahead.js';
import { BARE_CONFIG, makeRepo, settle, settleAll, tempFolder, TODAY } from '../helpers/index.js';

/** `count` files under `root` in folders with Vietnamese names, paths from the root. */
function manyFiles(root: string, count: number): string[] {
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const folder = `sở-${i % 7}/quy-trình`;
    mkdirSync(join(root, folder), { recursive: true });
    const file = `${folder}/QT-Đ-${String(i).padStart(4, '0')}.md`;
    writeFileSync(join(root, file), `tệp ${i}\n`.repeat(i % 5));
    files.push(file);
  }
  return files;
}

describe('statAhead', () => {
  it("gives every file the state statSync gives, a missing one none, a link its target's", () => {
    const root = tempFolder();
    const files = manyFiles(root, STAT_AHEAD_MIN_FILES + 100);
    symlinkSync(join(root, files[3]!), join(root, 'liên-kết.md'));
    const listed = [...files, 'liên-kết.md', 'không-có.md'];
    const ahead = statAhead(root, listed);
    expect(ahead.threaded).toBe(true);
    const signature = (state: FileState | null): string | null => (state ? currentSignature(state) : null);
    // Read from the end first: the reader waits for the thread to come to its file.
    const link = listed.length - 2;
    expect([signature(ahead.stateOf(link + 1)), signature(ahead.stateOf(link))]).toEqual([null, currentSignature(statSync(join(root, files[3]!)))]);
    const states = files.map((_, i) => files.length - 1 - i).map((i) => [i, signature(ahead.stateOf(i))] as const);
    for (const [i, state] of states) expect(state, files[i]).toBe(currentSignature(statSync(join(root, files[i]!))));
  });

  it('stats a few files here, with the same results', () => {
    const root = tempFolder();
    const files = manyFiles(root, 3);
    const ahead = statAhead(root, [...files, 'không-có.md']);
    expect(ahead.threaded).toBe(false);
    expect([0, 1, 2].map((i) => currentSignature(ahead.stateOf(i)!))).toEqual(files.map((file) => currentSignature(statSync(join(root, file)))));
    expect(ahead.stateOf(3)).toBeNull();
  });
});

describe('a warm opening of a repository large enough to stat on a thread', () => {
  it('takes every unchanged document from the cache, and reads again the one edited since', () => {
    const count = STAT_AHEAD_MIN_FILES + 50;
    const documents: Record<string, string> = { 'qms.config.yaml': BARE_CONFIG };
    for (let i = 0; i < count; i++) {
      const code = `QT-A-${String(i + 1).padStart(4, '0')}`;
      documents[`quy-trình/${code}.md`] = `---\ncode: ${code}\ntitle: Quy trình ${i}\ntype: procedure\nrevision: 1\nstatus: draft\n---\n# Quy trình\n`;
    }
    const root = makeRepo(documents);
    settleAll(root);
    const cacheFolder = join(root, '.qms/cache');
    const open = () => openRepository(root, loadConfig(root), TODAY, undefined, { cacheFolder, findings: 'all' });
    const cold = open();
    cold.documentFindings(cold.files.documents);
    cold.saveCache();
    expect(open().index.stats).toMatchObject({ documents: count, cacheHits: count, filesRead: 0 });
    writeFileSync(join(root, 'quy-trình/QT-A-0042.md'), documents['quy-trình/QT-A-0042.md']!.replace('Quy trình 41', 'Quy trình bốn mươi mốt'));
    settle(root, 'quy-trình/QT-A-0042.md');
    expect(open().index.stats).toMatchObject({ documents: count, cacheHits: count - 1, filesRead: 1 });
  });
});
