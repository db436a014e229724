/**
 * Register.tthcRecord, tthcCodes and tthcCount through the cache's TTHC index: the records, codes
 * and count the catalogue gives, with only the records asked for read (the catalogue never made).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { checkOpened } from '../../src/lint/run.js';
import { loadRepository } from '../../src/workspace/read-full.js';
import { openRepository } from '../../src/workspace/read-indexed.js';
import { workTreeSource, type FileSource } from '../../src/workspace/source.js';
import { copyDemoAgency, settleAll, TODAY } from '../helpers/index.js';

function open(root: string) {
  return openRepository(root, loadConfig(root), TODAY, undefined, { cacheFolder: join(root, '.qms/cache') });
}

describe('the TTHC records of a code through the cache', () => {
  it('are the records the catalogue gives, read one by one', () => {
    const root = copyDemoAgency();
    // Another record, and a second record of a known code: the catalogue keeps the first, and so must the index.
    const record = readFileSync(join(root, 'tthc/VD.000101.md'), 'utf8');
    writeFileSync(join(root, 'tthc/VD.000102.md'), record.replaceAll('VD.000101', 'VD.000102'));
    writeFileSync(join(root, 'tthc/VD.000101-copy.md'), `---\ncode: VD.000101\nname: Bản sao\n---\n`);
    // Every file as if written long ago: the cache records the register (and its index) only then.
    settleAll(root);
    // A check reads every record (the TTHC rules) and records the index.
    checkOpened(open(root));
    const full = loadRepository(root, loadConfig(root), TODAY).register;
    const codes = [...full.tthc.byCode.keys()];
    expect(codes.length).toBeGreaterThan(1);

    const opened = open(root);
    expect(opened.index.stats?.registerRecorded).toBe(true);
    const warm = opened.index.register;
    for (const code of codes) expect(warm.tthcRecord(code), code).toEqual(full.tthc.get(code));
    expect(warm.tthcRecord('VD.000101')?.file).toBe(full.tthc.get('VD.000101')!.file);
    expect(warm.tthcRecord(codes[0]!.normalize('NFD'))).toEqual(full.tthc.get(codes[0]!));
    expect(warm.tthcRecord('VD.999999')).toBeUndefined();
    // One record is one object, whichever document asks.
    expect(warm.tthcRecord(codes[0]!)).toBe(warm.tthcRecord(codes[0]!));
    expect(warm.tthcCodes()).toEqual(codes);
    expect(warm.tthcCount()).toBe(full.tthc.records.length);
    expect(warm.tthcLoaded).toBe(false);

    // Without the index (no cache), the catalogue answers.
    expect(codes.map((code) => full.tthcRecord(code))).toEqual(codes.map((code) => full.tthc.get(code)));
    expect(full.tthcCodes()).toEqual(codes);
    expect(full.tthcCount()).toBe(full.tthc.records.length);
  });
});

/** The work tree of `root`, noting every file read through it in `asked`. */
function notingSource(root: string, asked: string[]): FileSource {
  const base = workTreeSource(root);
  const readAll = (files: readonly string[]): ReturnType<FileSource['readAll']> => {
    const inner = base.readAll(files);
    return {
      get: (file) => {
        asked.push(file);
        return inner.get(file);
      },
    };
  };
  return { ...base, readAll };
}

describe('the TTHC records of a run without a cache', () => {
  it('are read when the run first needs them, not to make a hash no cache keeps', () => {
    const root = copyDemoAgency();
    const asked: string[] = [];
    const opened = openRepository(root, loadConfig(root), TODAY, notingSource(root, asked));
    const tthcFiles = opened.files.tthc;
    expect(tthcFiles.length).toBeGreaterThan(0);
    // Summaries and the register's entries need no TTHC record.
    expect(opened.index.documents.length).toBeGreaterThan(0);
    expect(opened.index.legal.length).toBeGreaterThan(0);
    expect(asked.filter((file) => tthcFiles.includes(file))).toEqual([]);
    // Counting them reads none; the record named after a code is read alone; the codes, every record.
    expect(opened.index.register.tthcCount()).toBe(tthcFiles.length);
    expect(asked.filter((file) => tthcFiles.includes(file))).toEqual([]);
    expect(opened.index.register.tthcRecord('VD.000101')?.file).toBe('tthc/VD.000101.md');
    expect(asked.filter((file) => tthcFiles.includes(file))).toEqual(['tthc/VD.000101.md']);
    expect(opened.index.register.tthcLoaded).toBe(false);
    expect(opened.index.register.tthcCodes()).toEqual(['VD.000101']);
    expect(asked.filter((file) => tthcFiles.includes(file)).sort()).toEqual([...tthcFiles].sort());
  });

  it('are read by a whole reading (render, the lifecycle and legal commands) only when it needs them', () => {
    const root = copyDemoAgency();
    const asked: string[] = [];
    const repository = loadRepository(root, loadConfig(root), TODAY, notingSource(root, asked));
    expect(repository.documents.length).toBeGreaterThan(0);
    expect(asked.filter((file) => file.startsWith('tthc/'))).toEqual([]);
    expect(repository.register.tthcCount()).toBeGreaterThan(0);
    expect(asked.filter((file) => file.startsWith('tthc/'))).toEqual([]);
    expect(repository.register.tthc.records.length).toBe(repository.register.tthcCount());
    expect(asked.filter((file) => file.startsWith('tthc/')).length).toBe(repository.register.tthcCount());
  });
});
