/**
 * What a warm run takes from the cache beyond each document: the register's hash (no register file
 * read when none changed) and the repository rules' findings (recalled when none of their inputs
 * changed) — and that neither is ever stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { loadRepository } from '../../src/workspace/read-full.js';
import { openRepository } from '../../src/workspace/read-indexed.js';
import { checkOpened, runRepositoryRules, runRules, enabledRules } from '../../src/lint/run.js';
import type { Finding } from '../../src/model/repository.js';
import { attachChanges } from '../../src/workspace/changes.js';
import { CACHE_FILE } from '../../src/workspace/cache.js';
import { decodeCacheFile } from '../helpers/cache-file.js';
import { BARE_CONFIG, commitAll, legalEntry, makeRepo, markJustWritten, settle, TODAY } from '../helpers/index.js';

const DOC = (code: string, references = ''): string =>
  `---\ncode: ${code}\ntitle: Quy trình\ntype: procedure\nrevision: 1\nstatus: draft\nlegal_basis: [61/2018/NĐ-CP]\n${references}tthc: [VD.000101]\nhistory:\n  - { revision: 1, date: 2026-01-01, summary: Ban hành }\n---\n# Quy trình\n\nTheo Nghị định 61/2018/NĐ-CP.\n`;
const RECORD = (name: string): string => `---\ncode: VD.000101\nname: ${name}\nlevel: province\nlegal_basis:\n  - { id: 61/2018/NĐ-CP }\n---\n`;
const FILES = ['qms.config.yaml', 'legal/a.md', 'tthc/VD.000101.md', 'procedures/QT-A-01.md', 'procedures/QT-A-02.md'];

function repository(): string {
  const root = makeRepo({
    'qms.config.yaml': BARE_CONFIG,
    'legal/a.md': legalEntry('61/2018/NĐ-CP', { title: 'T', effective: '2018-06-21' }),
    'tthc/VD.000101.md': RECORD('Thủ tục'),
    'procedures/QT-A-01.md': DOC('QT-A-01', 'references: [QT-A-09]\n'),
    'procedures/QT-A-02.md': DOC('QT-A-02'),
  });
  settle(root, ...FILES);
  return root;
}

function open(root: string, today = TODAY) {
  return openRepository(root, loadConfig(root), today, undefined, { cacheFolder: join(root, '.qms/cache'), findings: 'all' });
}

/** A check through the cache, counting the times the repository rules really ran. */
function check(root: string, runs: { count: number }, today = TODAY): string[] {
  const opened = open(root, today);
  const original = opened.repositoryFindings.bind(opened);
  opened.repositoryFindings = (compute) =>
    original(() => {
      runs.count++;
      return compute();
    });
  return checkOpened(opened).map(line);
}

const line = (f: Finding): string => `${f.file}:${f.line} ${f.ruleId}`;
const fresh = (root: string, today = TODAY): string[] => runRules(loadRepository(root, loadConfig(root), today)).map(line);

describe('the register through the cache', () => {
  it('is not read to open a repository when no register file changed, and is read again when one did', () => {
    const root = repository();
    expect(open(root).index.stats?.registerRecorded).toBe(false);
    checkOpened(open(root));
    expect(open(root).index.stats?.registerRecorded).toBe(true);

    // A TTHC record edited: read again, and its change reaches the findings.
    writeFileSync(join(root, 'tthc/VD.000101.md'), RECORD('Thủ tục').replace('level: province', 'level: nowhere'));
    settle(root, 'tthc/VD.000101.md');
    const afterEdit = open(root);
    expect(afterEdit.index.stats?.registerRecorded).toBe(false);
    expect(checkOpened(afterEdit).map(line)).toEqual(fresh(root));
    expect(open(root).index.stats?.registerRecorded).toBe(true);

    // A record added, or one just written (its times prove nothing yet): read again.
    writeFileSync(join(root, 'tthc/VD.000102.md'), RECORD('Khác').replace('VD.000101', 'VD.000102'));
    settle(root, 'tthc/VD.000102.md');
    checkOpened(open(root));
    markJustWritten(root, 'legal/a.md');
    expect(open(root).index.stats?.registerRecorded).toBe(false);
    checkOpened(open(root));
    expect(open(root).index.stats?.registerRecorded).toBe(false);
  });

  it('is read on first use when its hash came from the record: the TTHC rules still see every record', () => {
    const root = repository();
    checkOpened(open(root));
    const warm = open(root);
    expect(warm.index.stats?.registerRecorded).toBe(true);
    expect(warm.index.register.tthc.get('VD.000101')?.name).toBe('Thủ tục');
    expect(runRepositoryRules(warm.index, enabledRules(warm.index.config)).map(line)).toEqual(runRepositoryRules(loadRepository(root, loadConfig(root), TODAY), enabledRules(warm.index.config)).map(line));
  });
});

describe('the TTHC records through the cache', () => {
  it('are read only where they rest on the documents asked about, once a run has indexed them', () => {
    const root = repository();
    writeFileSync(join(root, 'tthc/VD.000102.md'), RECORD('Khác').replace('VD.000101', 'VD.000102').replace('61/2018/NĐ-CP', '45/2020/NĐ-CP'));
    settle(root, 'tthc/VD.000102.md');
    checkOpened(open(root));
    checkOpened(open(root));
    const full = loadRepository(root, loadConfig(root), TODAY).register;
    const expected = full.tthc.basedOn(new Set([...full.byKey.keys()].filter((key) => key.startsWith('61/2018'))));
    expect(expected.map((r) => r.file)).toEqual(['tthc/VD.000101.md']);
    const warm = open(root).index.register;
    const found = warm.tthcBasedOn(new Set([...warm.byKey.keys()].filter((key) => key.startsWith('61/2018'))));
    expect(found).toEqual(expected);
    // Only that record was read: the catalogue of every record was never made.
    expect(warm.tthcLoaded).toBe(false);
  });
});

describe("the repository rules' findings through the cache", () => {
  it('are recalled while nothing they see changes, and computed again when anything does', () => {
    const root = repository();
    const runs = { count: 0 };
    const cold = check(root, runs);
    expect(cold).toContain('procedures/QT-A-01.md:8 ref/unknown');
    expect(cold).toEqual(fresh(root));
    expect(runs.count).toBe(1);
    expect(check(root, runs)).toEqual(cold);
    expect(runs.count).toBe(1);

    // A document adds the missing code: the other's ref/unknown goes.
    writeFileSync(join(root, 'procedures/QT-A-09.md'), DOC('QT-A-09'));
    settle(root, 'procedures/QT-A-09.md');
    const added = check(root, runs);
    expect(runs.count).toBe(2);
    expect(added).not.toContain('procedures/QT-A-01.md:8 ref/unknown');
    expect(added).toEqual(fresh(root));
    expect(check(root, runs)).toEqual(added);
    expect(runs.count).toBe(2);

    // Another day: computed again (a day can change a status).
    expect(check(root, runs, '2027-06-01')).toEqual(fresh(root, '2027-06-01'));
    expect(runs.count).toBe(3);

    // The register changes: computed again.
    writeFileSync(join(root, 'legal/b.md'), legalEntry('45/2020/NĐ-CP', { title: 'U', effective: '2020-05-22' }));
    settle(root, 'legal/b.md');
    expect(check(root, runs, '2027-06-01')).toEqual(fresh(root, '2027-06-01'));
    expect(runs.count).toBe(4);
  });

  it('survive a run that never looks at them and writes the cache (qms impact): the header keeps their digest', () => {
    const root = repository();
    const runs = { count: 0 };
    const cold = check(root, runs);
    expect(runs.count).toBe(1);
    const memoDigest = (): unknown => decodeCacheFile(readFileSync(join(root, '.qms/cache', CACHE_FILE))).header.memoDigest;
    const recorded = memoDigest();
    expect(recorded).toMatch(/^[0-9a-f]{40}$/);
    // A run that makes a derived part (qms impact's look-up index) writes the cache without parsing the memo.
    const impact = open(root);
    impact.summariesIndex('test-index', () => impact.index.documents.map((d) => d.file));
    impact.saveCache();
    expect(memoDigest()).toBe(recorded);
    expect(check(root, runs)).toEqual(cold);
    expect(runs.count).toBe(1);
  });

  it('serve a run that reports on some files, narrowed to them; never a run without a cache', () => {
    const root = repository();
    const runs = { count: 0 };
    const whole = check(root, runs);
    const scoped = open(root);
    let computed = 0;
    const original = scoped.repositoryFindings.bind(scoped);
    scoped.repositoryFindings = (compute) => original(() => (computed++, compute()));
    const only = (file: string): boolean => file === 'procedures/QT-A-01.md';
    expect(checkOpened(scoped, only).map(line)).toEqual(whole.filter((f) => f.startsWith('procedures/QT-A-01.md:')));
    expect(computed).toBe(0);
    const uncached = openRepository(root, loadConfig(root), TODAY, undefined, { findings: 'all' });
    let asked = 0;
    expect(uncached.repositoryFindings(() => (asked++, []))).toEqual([]);
    expect(uncached.repositoryFindings(() => (asked++, []))).toEqual([]);
    expect(asked).toBe(2);
    // Without a cache to record them in, a scoped run's repository findings are computed for its files alone.
    let scope: ((file: string) => boolean) | undefined;
    uncached.repositoryFindings((files) => ((scope = files), []), only);
    expect(scope).toBe(only);
  });

  it('serve a run that compares with a base, whose change rules still run on its change set', () => {
    const root = repository();
    commitAll(root);
    const runs = { count: 0 };
    check(root, runs);
    // Edited without a new revision: change/revision, from the base comparison, on a warm cache.
    writeFileSync(join(root, 'procedures/QT-A-02.md'), DOC('QT-A-02').replace('Theo Nghị định', 'Căn cứ Nghị định'));
    settle(root, 'procedures/QT-A-02.md');
    const withBase = (): string[] => {
      const opened = open(root);
      const original = opened.repositoryFindings.bind(opened);
      opened.repositoryFindings = (compute) => original(() => (runs.count++, compute()));
      const scope = attachChanges(opened.index, { base: 'HEAD', side: 'worktree', changedOnly: true, env: {} });
      return checkOpened(opened, scope).map(line);
    };
    const first = withBase();
    expect(first).toEqual(expect.arrayContaining([expect.stringMatching(/^procedures\/QT-A-02\.md:\d+ change\/revision$/)]));
    expect(first.every((f) => f.startsWith('procedures/QT-A-02.md:'))).toBe(true);
    const counted = runs.count;
    expect(withBase()).toEqual(first);
    expect(runs.count).toBe(counted);
  });
});
