import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/messages/index.js';
import { loadConfig } from '../../src/config/load.js';
import { loadRepository } from '../../src/workspace/read-full.js';
import { cacheKeys, openRepository, type OpenOptions } from '../../src/workspace/read-indexed.js';
import { checkOpened, runRules } from '../../src/lint/run.js';
import { CACHE_FILE, DocumentCache } from '../../src/workspace/cache.js';
import { decodeCacheFile, encodeCacheFile, indexEntries, machineSigningKey } from '../helpers/cache-file.js';
import { BARE_CONFIG, legalEntry, makeRepo, markJustWritten, runBin, settle, TODAY } from '../helpers/index.js';

const LEGAL = (effective: string): string => legalEntry('61/2018/NĐ-CP', { title: 'T', effective });
const DOC = (body: string, extra = ''): string =>
  `---\ncode: QT-A-01\ntitle: Quy trình\ntype: procedure\nrevision: 1\nstatus: draft\nlegal_basis: [61/2018/NĐ-CP]\n${extra}history:\n  - { revision: 1, date: 2026-01-01, summary: Ban hành }\n---\n# Quy trình\n\n${body}\n`;
const P = 'procedures/QT-A-01.md';

function opened(root: string, cacheFolder: string, today = TODAY, options: OpenOptions = {}) {
  return openRepository(root, loadConfig(root), today, undefined, { cacheFolder, findings: 'all', ...options });
}

function check(root: string, cacheFolder: string, today = TODAY, options: OpenOptions = {}): string[] {
  return checkOpened(opened(root, cacheFolder, today, options)).map((f) => `${f.file}:${f.line} ${f.ruleId}`);
}

function fresh(root: string, today = TODAY): string[] {
  return runRules(loadRepository(root, loadConfig(root), today)).map((f) => `${f.file}:${f.line} ${f.ruleId}`);
}


/** The stat signatures a cache file records: each file's [hash, stat] in its first part. */
function cachedEntries(cache: string): Record<string, { stat: string | null }> {
  const index = indexEntries(decodeCacheFile(readFileSync(join(cache, CACHE_FILE))).parts[0]!);
  return Object.fromEntries(Object.entries(index).map(([file, [, stat]]) => [file, { stat }]));
}

/** A repository of one settled document citing 61/2018, checked once with its cache in `c`: the findings, and the cache file. */
function checkedOnce(): { root: string; cache: string; cold: string[]; file: string } {
  const root = makeRepo({ 'qms.config.yaml': BARE_CONFIG, 'legal/a.md': LEGAL('2018-06-21'), [P]: DOC('Theo Nghị định 61/2018/NĐ-CP.') });
  const cache = join(root, 'c');
  settle(root, P);
  return { root, cache, cold: check(root, cache), file: join(cache, CACHE_FILE) };
}

describe('the document cache', () => {
  it('gives the same findings as a fresh read, and is never stale', () => {
    const root = makeRepo({ 'qms.config.yaml': BARE_CONFIG, 'legal/a.md': LEGAL('2018-06-21'), [P]: DOC('Theo Nghị định 61/2018/NĐ-CP.') });
    const cache = join(root, '.qms/cache');
    expect(check(root, cache)).toEqual(fresh(root));
    expect(existsSync(join(cache, CACHE_FILE))).toBe(true);
    expect(check(root, cache)).toEqual(fresh(root));

    // An edited document is read again.
    writeFileSync(join(root, P), DOC('Theo Nghị định 45/2020/NĐ-CP.'));
    expect(check(root, cache)).toContain(`${P}:13 legal/unknown`);

    // A register change reaches cached documents: the short citation now resolves.
    writeFileSync(join(root, P), DOC('Theo Nghị định 45/2020.'));
    expect(check(root, cache)).toContain(`${P}:13 legal/unknown`);
    writeFileSync(join(root, 'legal/b.md'), LEGAL('2020-05-22').replace('61/2018/NĐ-CP', '45/2020/NĐ-CP'));
    expect(check(root, cache)).not.toContain(`${P}:13 legal/unknown`);

    // A config change too: a new code pattern.
    writeFileSync(join(root, 'qms.config.yaml'), 'types:\n  procedure:\n    sections: []\n    pattern: "^QT-B-\\\\d+$"\n');
    expect(check(root, cache)).toContain(`${P}:2 code/format`);
    expect(check(root, cache)).toEqual(fresh(root));
  });

  it('computes the findings again on another day (a review falls due), without reading the summaries again', () => {
    const root = makeRepo({ 'qms.config.yaml': BARE_CONFIG, 'legal/a.md': LEGAL('2018-06-21'), [P]: DOC('x', 'last_review: 2025-01-10\n').replace('status: draft', 'status: effective') });
    const cache = join(root, '.qms/cache');
    expect(check(root, cache, '2025-06-01')).not.toContain(`${P}:8 review/overdue`);
    expect(check(root, cache, '2027-06-01')).toContain(`${P}:8 review/overdue`);
    expect(check(root, cache, '2027-06-01')).toEqual(fresh(root, '2027-06-01'));
    expect(check(root, cache, '2025-06-01')).toEqual(fresh(root, '2025-06-01'));
  });

  it("follows the repository's own section templates", () => {
    const root = makeRepo({ 'qms.config.yaml': 'language: vi\ntypes:\n  procedure:\n    sections: []\n    regions: [identification]\n', 'legal/a.md': LEGAL('2018-06-21'), [P]: DOC('x') });
    expect(runBin(['render', '--today', TODAY], root).code).toBe(0);
    const cache = join(root, '.qms/cache');
    expect(check(root, cache).filter((f) => f.endsWith('generated/stale'))).toEqual([]);
    mkdirSync(join(root, 'templates'));
    writeFileSync(join(root, 'templates/sections.vi.yaml'), 'identification:\n  field: Mục\n');
    expect(check(root, cache).filter((f) => f.endsWith('generated/stale'))).toHaveLength(1);
    expect(check(root, cache)).toEqual(fresh(root));
  });

  it('is keyed by the qms version, the config, the register, and (for findings) the day', () => {
    const root = makeRepo({ 'qms.config.yaml': '', [P]: DOC('x') });
    const loaded = loadConfig(root);
    const base = cacheKeys(loaded, 'register', root, TODAY, '1.0.0');
    expect(cacheKeys(loaded, 'register', root, TODAY, '1.0.1').model).not.toBe(base.model);
    expect(cacheKeys(loaded, 'other register', root, TODAY, '1.0.0').model).not.toBe(base.model);
    expect(cacheKeys({ ...loaded, source: 'language: en\n' }, 'register', root, TODAY, '1.0.0').model).not.toBe(base.model);
    const tomorrow = cacheKeys(loaded, 'register', root, '2026-11-28', '1.0.0');
    expect(tomorrow.model).toBe(base.model);
    expect(tomorrow.findings).not.toBe(base.findings);
  });

  it('does not read a settled file whose size, times and inode are unchanged, and reads any other', () => {
    const root = makeRepo({ 'qms.config.yaml': '', [P]: DOC('Theo Nghị định 45/2020/NĐ-CP.') });
    const cache = join(root, 'c');
    settle(root, P);
    check(root, cache);
    expect(opened(root, cache).index.stats).toMatchObject({ cacheHits: 1, filesRead: 0 });
    // Same size, the old modification time put back: the change time and the content still tell.
    const before = statSync(join(root, P));
    writeFileSync(join(root, P), DOC('Theo Nghị định 46/2020/NĐ-CP.'));
    utimesSync(join(root, P), before.atime, before.mtime);
    expect(statSync(join(root, P)).size).toBe(before.size);
    expect(check(root, cache)).toEqual(fresh(root));
    expect(check(root, cache).join('\n')).toMatch(/legal\/unknown/);
    // Touched but not changed: read and hashed, still a hit.
    const touched = new Date();
    utimesSync(join(root, P), touched, touched);
    expect(opened(root, cache).index.stats).toMatchObject({ cacheHits: 1, filesRead: 1 });
  });

  it('records a file changed just before it was read as unproven, and hashes it next time', () => {
    const root = makeRepo({ 'qms.config.yaml': '', [P]: DOC('x') });
    const cache = join(root, 'c');
    markJustWritten(root, P);
    check(root, cache);
    expect(cachedEntries(cache)[P]!.stat).toBeNull();
    settle(root, P);
    check(root, cache);
    expect(cachedEntries(cache)[P]!.stat).toMatch(/^\d+:/);
  });

  it('with the content strategy, reads and hashes every file', () => {
    const root = makeRepo({ 'qms.config.yaml': '', [P]: DOC('x') });
    const cache = join(root, 'c');
    settle(root, P);
    check(root, cache);
    expect(opened(root, cache).index.stats).toMatchObject({ cacheHits: 1, filesRead: 0 });
    expect(opened(root, cache, TODAY, { cacheStrategy: 'content' }).index.stats).toMatchObject({ cacheHits: 1, filesRead: 1 });
    expect(check(root, cache, TODAY, { cacheStrategy: 'content' })).toEqual(fresh(root));
  });

  it('ignores a cache it did not sign (a forged or committed one), and one written under another key', () => {
    const root = makeRepo({ 'qms.config.yaml': '', [P]: DOC('x') });
    const cache = join(root, 'c');
    check(root, cache);
    const file = join(cache, CACHE_FILE);
    const signed = readFileSync(file);
    // Flip one byte of the payload: the signature no longer matches, so the entries are not used.
    const forged = Buffer.from(signed);
    forged[forged.length - 5] = forged[forged.length - 5]! ^ 0x01;
    writeFileSync(file, forged);
    expect(opened(root, cache).index.stats?.cacheHits).toBe(0);
    // Signed with another machine's key (another HOME): ignored too.
    writeFileSync(file, signed);
    const other = DocumentCache.open(cache, { HOME: makeRepo({}) });
    other?.use('any', 'any');
    expect(other?.peek(P)).toBeUndefined();
    expect(opened(root, cache).index.stats?.cacheHits).toBe(1);
  });

  it('keeps its index in columns, and reads an index of another layout (signed, yet not four columns of one length) as empty', () => {
    const { root, cache, cold, file } = checkedOnce();
    const { header, parts } = decodeCacheFile(readFileSync(file));
    const [files, hashes, stats, findings] = JSON.parse(parts[0]!) as unknown[][];
    // The fourth column: where each file's findings end in their part (one file: the whole part).
    expect([files, findings]).toEqual([[P], [Buffer.byteLength(parts[2]!)]]);
    expect([hashes!.length, stats!.length]).toEqual([1, 1]);
    expect(opened(root, cache).index.stats).toMatchObject({ cacheHits: 1, filesRead: 0 });
    // The key this machine signs with (the suite's HOME): the file is genuine, only its index is not columns.
    const key = machineSigningKey();
    for (const index of [JSON.stringify({ [P]: [hashes![0], stats![0], 1] }), JSON.stringify([files, hashes, stats]), JSON.stringify([files, [], stats, findings])]) {
      writeFileSync(file, encodeCacheFile(header, [index, ...parts.slice(1)], key));
      expect(opened(root, cache).index.stats, index).toMatchObject({ cacheHits: 0, filesRead: 1 });
      expect(check(root, cache)).toEqual(cold);
    }
  });

  it('removes the files of earlier layouts once it has written its own, and nothing else of the folder', () => {
    const root = makeRepo({ 'qms.config.yaml': '', [P]: DOC('x') });
    const cache = join(root, 'c');
    mkdirSync(join(cache, 'documents-v3.bin'), { recursive: true });
    writeFileSync(join(cache, 'documents-v4.bin'), 'an earlier layout');
    writeFileSync(join(cache, 'notes.txt'), 'not the cache');
    writeFileSync(join(root, 'elsewhere.bin'), 'kept');
    symlinkSync(join(root, 'elsewhere.bin'), join(cache, 'documents-v2.bin'));
    check(root, cache);
    expect(readdirSync(cache).sort()).toEqual(['.gitignore', CACHE_FILE, 'documents-v2.bin', 'documents-v3.bin', 'notes.txt'].sort());
    expect(readFileSync(join(root, 'elsewhere.bin'), 'utf8')).toBe('kept');
  });

  it('reads a document again when the part of the cache holding its summary is damaged', () => {
    const { root, cache, cold, file } = checkedOnce();
    const bytes = readFileSync(file);
    const [start] = decodeCacheFile(bytes).header.parts[1]!;
    // One byte of the summaries changed, the signed header left as it was: that part no longer matches its signature.
    bytes[start + 2] = bytes[start + 2]! ^ 0x01;
    writeFileSync(file, bytes);
    // Another day: the repository rules run again, on summaries the damaged part cannot give.
    expect(check(root, cache, '2026-12-01')).toEqual(fresh(root, '2026-12-01'));
    expect(check(root, cache)).toEqual(cold);
  });

  it("marks each document's entry when its findings are kept, and computes them again when their part is damaged", () => {
    const root = makeRepo({ 'qms.config.yaml': BARE_CONFIG, 'legal/a.md': LEGAL('2018-06-21'), [P]: DOC('Theo Nghị định 45/2020/NĐ-CP.') });
    const cache = join(root, 'c');
    settle(root, P);
    const entries = (): Record<string, unknown[]> => indexEntries(decodeCacheFile(readFileSync(join(cache, CACHE_FILE))).parts[0]!);
    // Summaries alone (as qms impact reads): no findings kept, none marked.
    opened(root, cache, TODAY, { findings: 'none' }).saveCache();
    expect(entries()[P]).toHaveLength(2);
    const cold = check(root, cache);
    expect(cold).toContain(`${P}:13 legal/unknown`);
    expect(entries()[P]).toEqual([expect.any(String), expect.any(String), expect.any(Number)]);
    // The findings part no longer matches its signature; the entry still says they were kept.
    const file = join(cache, CACHE_FILE);
    const bytes = readFileSync(file);
    const [start] = decodeCacheFile(bytes).header.parts[2]!;
    bytes[start + 2] = bytes[start + 2]! ^ 0x01;
    writeFileSync(file, bytes);
    expect(check(root, cache)).toEqual(cold);
  });

  it('reads each part from the file it opened: a part of a cache written in its place meanwhile reads as empty', () => {
    const root = makeRepo({ 'qms.config.yaml': BARE_CONFIG, 'legal/a.md': LEGAL('2018-06-21'), [P]: DOC('Theo Nghị định 61/2018/NĐ-CP.') });
    const cache = join(root, 'c');
    settle(root, P);
    check(root, cache);
    const keys = cacheKeys(loadConfig(root), '', root, TODAY);
    const first = DocumentCache.open(cache)!;
    const second = DocumentCache.open(cache)!;
    // Read by the first before the file changes: its parts are those it opened.
    first.use(first['header']!.key, first['header']!.findingsKey);
    expect(first.summary(P)?.code?.value).toBe('QT-A-01');
    // Another run writes its cache in the place of the one the second opened (another key: other parts).
    const other = DocumentCache.open(cache)!;
    other.use(keys.model, keys.findings);
    other.rememberDerived('a digest', 1, 'lookup');
    other.save();
    second.use(second['header']!.key, second['header']!.findingsKey);
    // Its header promised parts at offsets of the file it opened: that file is gone, so nothing is recalled.
    expect(second.summary(P)).toBeUndefined();
    expect(second.peek(P)).toBeUndefined();
    // The one already read still answers, and a fresh open reads the new file whole.
    expect(first.summary(P)?.code?.value).toBe('QT-A-01');
    expect(check(root, cache)).toEqual(fresh(root));
  });

  it('keeps values JSON cannot carry out of the cache, and judges them the same', () => {
    const root = makeRepo({ 'qms.config.yaml': '', [P]: DOC('x').replace('revision: 1', 'revision: .inf') });
    const cache = join(root, 'c');
    const cold = check(root, cache);
    expect(check(root, cache)).toEqual(cold);
    expect(cold).toEqual(fresh(root));
    expect(cold).toContain(`${P}:5 frontmatter/schema`);
  });

  it('never writes through a linked cache folder', () => {
    const root = makeRepo({ 'qms.config.yaml': '', [P]: DOC('x') });
    const outside = makeRepo({});
    symlinkSync(outside, join(root, '.qms'));
    check(root, join(root, '.qms/cache'));
    expect(readdirSync(outside)).toEqual([]);
  });

  it('is used by the CLI under .qms/cache; --no-cache, --cache-location and --cache-strategy are honoured', () => {
    const root = makeRepo({ 'qms.config.yaml': '', [P]: DOC('x') });
    runBin(['check', '--no-cache'], root);
    expect(existsSync(join(root, '.qms'))).toBe(false);
    runBin(['check', '--cache-location', 'tmp-cache'], root);
    expect(existsSync(join(root, `tmp-cache/${CACHE_FILE}`))).toBe(true);
    runBin(['check', '--cache-strategy', 'content'], root);
    expect(existsSync(join(root, `.qms/cache/${CACHE_FILE}`))).toBe(true);
    const wrong = runBin(['check', '--cache-strategy', 'mtime'], root, { QMS_LANG: 'en' });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe('qms: --cache-strategy takes metadata or content, not "mtime"\n');
    expect(runBin(['check', '--cache-strategy', 'mtime'], root, { QMS_LANG: 'vi' }).stderr).toBe(`qms: ${t('vi', 'usage.cache-strategy', { value: 'mtime' })}\n`);
  });
});
