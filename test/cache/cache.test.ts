import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { loadRepository } from '../../src/check/load.js';
import { runRules } from '../../src/check/run.js';
import { DocumentCache } from '../../src/cache/document-cache.js';
import { makeRepo } from '../helpers/repo.js';
import { runBin } from '../helpers/cli.js';

const LEGAL = (effective: string): string => `---\nid: 61/2018/NĐ-CP\nkind: Nghị định\ntitle: T\nissuer: Chính phủ\nsigned: 2018-04-23\neffective: ${effective}\n---\n`;
const DOC = (body: string): string =>
  `---\ncode: QT-A-01\ntitle: Quy trình\ntype: procedure\nrevision: 1\nstatus: draft\nlegal_basis: [61/2018/NĐ-CP]\nhistory:\n  - { revision: 1, date: 2026-01-01, summary: Ban hành }\n---\n# Quy trình\n\n${body}\n`;

function check(root: string, cacheFolder: string): string[] {
  const repository = loadRepository(root, loadConfig(root), '2026-11-27', undefined, { cacheFolder });
  return runRules(repository).map((f) => `${f.file}:${f.line} ${f.ruleId}`);
}

describe('the document cache', () => {
  it('gives the same findings as a fresh read, and is never stale', () => {
    const root = makeRepo({ 'qms.config.yaml': 'types:\n  procedure:\n    sections: []\n', 'legal/a.md': LEGAL('2018-06-21'), 'procedures/QT-A-01.md': DOC('Theo Nghị định 61/2018/NĐ-CP.') });
    const cache = join(root, '.qms/cache');
    const fresh = check(root, join(root, 'elsewhere'));
    expect(check(root, cache)).toEqual(fresh);
    expect(existsSync(join(cache, 'documents-v2.bin'))).toBe(true);
    expect(check(root, cache)).toEqual(fresh);

    // An edited document is read again.
    writeFileSync(join(root, 'procedures/QT-A-01.md'), DOC('Theo Nghị định 45/2020/NĐ-CP.'));
    expect(check(root, cache)).toContain('procedures/QT-A-01.md:13 legal/unknown');

    // A register change reaches cached documents: the short citation now resolves.
    writeFileSync(join(root, 'procedures/QT-A-01.md'), DOC('Theo Nghị định 45/2020.'));
    expect(check(root, cache)).toContain('procedures/QT-A-01.md:13 legal/unknown');
    writeFileSync(join(root, 'legal/b.md'), LEGAL('2020-05-22').replace('61/2018/NĐ-CP', '45/2020/NĐ-CP'));
    expect(check(root, cache)).not.toContain('procedures/QT-A-01.md:13 legal/unknown');

    // A config change too: a new code pattern.
    writeFileSync(join(root, 'qms.config.yaml'), 'types:\n  procedure:\n    sections: []\n    pattern: "^QT-B-\\\\d+$"\n');
    expect(check(root, cache)).toContain('procedures/QT-A-01.md:2 code/format');
  });

  it('ignores a cache it did not sign (a forged or committed one), and one written under another key', () => {
    const root = makeRepo({ 'qms.config.yaml': '', 'procedures/QT-A-01.md': DOC('x') });
    const cache = join(root, 'c');
    check(root, cache);
    const file = join(cache, 'documents-v2.bin');
    const signed = readFileSync(file);
    // Flip one byte of the payload: the signature no longer matches, so the entries are not used.
    const forged = Buffer.from(signed);
    forged[forged.length - 5] = forged[forged.length - 5]! ^ 0xff;
    writeFileSync(file, forged);
    const repository = loadRepository(root, loadConfig(root), '2026-11-27', undefined, { cacheFolder: cache });
    expect(repository.stats?.cacheHits).toBe(0);
    // Signed with another machine's key (another HOME): ignored too.
    writeFileSync(file, signed);
    const elsewhere = makeRepo({});
    const other = DocumentCache.open(cache, 'any', { HOME: elsewhere });
    expect(other?.hashes(['procedures/QT-A-01.md'])).toEqual({});
    const again = loadRepository(root, loadConfig(root), '2026-11-27', undefined, { cacheFolder: cache });
    expect(again.stats?.cacheHits).toBe(1);
  });

  it('keeps values JSON cannot carry', () => {
    const root = makeRepo({ 'qms.config.yaml': '', 'procedures/QT-A-01.md': DOC('x').replace('revision: 1', 'revision: .inf') });
    const cache = join(root, 'c');
    const cold = check(root, cache);
    expect(check(root, cache)).toEqual(cold);
    expect(cold).toContain('procedures/QT-A-01.md:5 frontmatter/schema');
  });

  it('never writes through a linked cache folder', () => {
    const root = makeRepo({ 'qms.config.yaml': '', 'procedures/QT-A-01.md': DOC('x') });
    const outside = makeRepo({});
    symlinkSync(outside, join(root, '.qms'));
    check(root, join(root, '.qms/cache'));
    expect(readdirSync(outside)).toEqual([]);
  });

  it('is used by the CLI under .qms/cache, and --no-cache and --cache-location are honoured', () => {
    const root = makeRepo({ 'qms.config.yaml': '', 'procedures/QT-A-01.md': DOC('x') });
    runBin(['check', '--no-cache'], root);
    expect(existsSync(join(root, '.qms'))).toBe(false);
    runBin(['check', '--cache-location', 'tmp-cache'], root);
    expect(existsSync(join(root, 'tmp-cache/documents-v2.bin'))).toBe(true);
    runBin(['check'], root);
    expect(existsSync(join(root, '.qms/cache/documents-v2.bin'))).toBe(true);
  });
});
