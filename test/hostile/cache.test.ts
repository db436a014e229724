/**
 * `qms check` writes nothing but its cache under .qms/cache — and the cache, which a pull request
 * can commit or replace by a symbolic link, must neither hide findings, change them, nor carry a
 * write out of the repository.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/workspace/cache.js';
import { decodeCacheFile, encodeCacheFile, findingsByFile, indexAndFindingsParts, indexEntries } from '../helpers/cache-file.js';
import { CACHE_FILE } from '../../src/workspace/cache.js';
import { BARE_CONFIG, copyDemoAgency, legalEntry, sampleDocument, TODAY } from '../helpers/index.js';
import { endingProblems, findingsOf, runQms, snapshot, tempFolder } from './support.js';

const WITH_CACHE = ['check', '--today', TODAY, '--format', 'json'];
const NO_CACHE = [...WITH_CACHE, '--no-cache'];
const P = 'procedures/QT-A-01.md';

function repository(files: Record<string, string> = {}): string {
  const root = tempFolder();
  const all = { 'qms.config.yaml': BARE_CONFIG, 'legal/nd-61-2018-nd-cp.md': legalEntry('61/2018/NĐ-CP'), [P]: sampleDocument(), ...files };
  for (const [path, content] of Object.entries(all)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

describe('check writes only its cache', () => {
  it('on the demo agency: no document changes; every new file is under .qms/cache', () => {
    const root = copyDemoAgency('qms-hostile-');
    const before = snapshot(root);
    const run = runQms(WITH_CACHE, root);
    expect(endingProblems(run)).toEqual([]);
    const after = snapshot(root);
    for (const [path, entry] of before) expect(after.get(path), path).toBe(entry);
    expect([...after.keys()].filter((path) => !before.has(path)).filter((path) => path !== '.qms' && !path.startsWith('.qms/cache'))).toEqual([]);
  });
});

describe('a cache that came with the repository', () => {
  // The attacker can make a cache on their own machine (their own signing key, another HOME) and
  // commit it; the victim's machine has another key.
  const attacker = { HOME: tempFolder('qms-attacker-home-'), XDG_CACHE_HOME: '' };

  /**
   * Rewrites the committed cache as the attacker can: decode, edit, sign again with the attacker's
   * key (test/helpers/cache-file.ts has the layout). The edit sees the parts joined per document;
   * the repository rules' memo is dropped (a forged one is refused the same way).
   */
  function forge(root: string, edit: (documents: Record<string, { hash: string; stat: string | null; summary: Record<string, unknown>; findings?: unknown }>) => void): void {
    const path = join(root, '.qms/cache', CACHE_FILE);
    const { header, parts } = decodeCacheFile(readFileSync(path));
    const hashes = indexEntries(parts[0]!);
    const summaryOf = JSON.parse(parts[1]!) as Record<string, Record<string, unknown>>;
    const findingsOf = findingsByFile(parts[0]!, parts[2]!);
    const documents = Object.fromEntries(Object.entries(hashes).map(([name, [hash, stat]]) => [name, { hash, stat, summary: summaryOf[name]!, ...(findingsOf[name] !== undefined ? { findings: findingsOf[name] } : {}) }]));
    edit(documents);
    const part = (pick: (entry: (typeof documents)[string]) => unknown): string => JSON.stringify(Object.fromEntries(Object.entries(documents).map(([name, entry]) => [name, pick(entry)])));
    const key = readFileSync(join(attacker.HOME, '.cache/qms/cache-signing-key'));
    // Each document's entry says where its findings are (their part is not parsed to know).
    const [index, findings] = indexAndFindingsParts(documents);
    writeFileSync(path, encodeCacheFile(header, [index, part((e) => e.summary), findings, ''], key));
  }

  it('cannot hide the findings of a broken document (a crafted cache committed in a pull request)', () => {
    const root = repository();
    expect(findingsOf(runQms(WITH_CACHE, root, { env: attacker }))).toEqual([]);
    // The attacker breaks the document and files the clean reading under the broken text's hash.
    const broken = sampleDocument({ broken: true }).replace('[61/2018/NĐ-CP]', '[999/2099/NĐ-CP]');
    writeFileSync(join(root, P), broken);
    forge(root, (documents) => {
      documents[P]!.hash = contentHash(broken);
      documents[P]!.stat = null;
    });
    // On the attacker's own machine the forgery works (it is their key) …
    expect(findingsOf(runQms(WITH_CACHE, root, { env: attacker }))).toEqual([]);
    // … on anyone else's it is ignored.
    const honest = findingsOf(runQms(NO_CACHE, root));
    expect(honest.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['frontmatter/schema', 'legal/unknown']));
    const run = runQms(WITH_CACHE, root);
    expect(endingProblems(run)).toEqual([]);
    expect(findingsOf(run)).toEqual(honest);
    expect(run.code).toBe(1);
  });

  it('cannot crash the check with readings that are not documents', () => {
    const root = repository();
    runQms(WITH_CACHE, root, { env: attacker });
    forge(root, (documents) => {
      Object.assign(documents[P]!.summary, { references: null, mentions: 'x', legalKeys: { length: 1e9 }, code: [] });
      documents[P]!.findings = [{}];
    });
    const run = runQms(WITH_CACHE, root);
    expect(endingProblems(run)).toEqual([]);
    expect(findingsOf(run)).toEqual(findingsOf(runQms(NO_CACHE, root)));
  });
});

describe('the cache folder cannot carry a write out of the repository', () => {
  it('.qms is a symbolic link to a folder outside: nothing is written there', () => {
    const outside = tempFolder('qms-outside-');
    const root = repository();
    symlinkSync(outside, join(root, '.qms'));
    const run = runQms(WITH_CACHE, root);
    expect(endingProblems(run)).toEqual([]);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('.qms/cache/.gitignore is a dangling symbolic link: no file appears at its target', () => {
    const outside = tempFolder('qms-outside-');
    const root = repository();
    mkdirSync(join(root, '.qms/cache'), { recursive: true });
    symlinkSync(join(outside, 'created-by-qms'), join(root, '.qms/cache/.gitignore'));
    const run = runQms(WITH_CACHE, root);
    expect(endingProblems(run)).toEqual([]);
    expect(existsSync(join(outside, 'created-by-qms'))).toBe(false);
  });
});

describe('a reading is the same however it is obtained', () => {
  // Values JSON cannot carry, in the front matter: read on a worker or summarised in the cache, the document is judged the same.
  const values = ['revision: .inf', 'revision: .nan', 'title: !!timestamp 2026-01-01', 'owner: !!binary UXV5IHRyw6xuaA==', 'revision: -.inf'];

  /** The sample document with `line` in place of its field, or added. */
  const spoil = (line: string): string => {
    const field = new RegExp(`^${line.split(':')[0]!}: .*$`, 'm');
    const text = sampleDocument();
    return field.test(text) ? text.replace(field, line) : text.replace('status: draft', `status: draft\n${line}`);
  };

  it.each(values)('%s: no cache, a cold cache and a warm cache report the same', (line) => {
    const root = repository({ [P]: spoil(line) });
    const fresh = runQms(NO_CACHE, root);
    const cold = runQms(WITH_CACHE, root);
    const warm = runQms(WITH_CACHE, root);
    expect(findingsOf(fresh).length).toBeGreaterThan(0);
    expect(cold.stdout).toBe(fresh.stdout);
    expect(warm.stdout).toBe(fresh.stdout);
  });

  it("a document's findings do not depend on how many other documents the repository holds (workers read large ones)", () => {
    const spoiled = sampleDocument().replace('revision: 1', 'revision: .inf').replace('title: Quy trình mẫu', 'title: !!timestamp 2026-01-01');
    const small = repository({ [P]: spoiled });
    const others: Record<string, string> = {};
    for (let i = 2; i <= 320; i++) {
      const code = `QT-A-${String(i).padStart(2, '0')}`;
      others[`procedures/${code}.md`] = sampleDocument({ code });
    }
    const large = repository({ [P]: spoiled, ...others });
    const mine = (root: string) => findingsOf(runQms(NO_CACHE, root)).filter((f) => f.file === P);
    expect(mine(large)).toEqual(mine(small));
  });
});
