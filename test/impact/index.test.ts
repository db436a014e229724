import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_AGENCY, makeRepo, TODAY } from '../helpers/index.js';
import { loadRepository } from '../../src/workspace/read-full.js';
import { openRepository } from '../../src/workspace/read-indexed.js';
import { loadConfig } from '../../src/config/load.js';
import { analyzeImpact } from '../../src/impact/analyze.js';


describe('qms impact on summaries', () => {
  it('reports, for every register entry of the demo, what it reports with every document read in full', () => {
    const loaded = loadConfig(DEMO_AGENCY);
    const full = loadRepository(DEMO_AGENCY, loaded, TODAY);
    const { index } = openRepository(DEMO_AGENCY, loaded, TODAY, undefined, { findings: 'none' });
    const keys = full.legal.map((entry) => entry.key).filter((key): key is string => key !== null);
    expect(keys.length).toBeGreaterThan(30);
    let affected = 0;
    for (const key of keys) {
      const expected = analyzeImpact(full, key, key);
      affected += expected.affected.length + expected.dependents.length;
      expect(analyzeImpact(index, key, key), key).toEqual(expected);
    }
    // The comparison is worth something only if some entries affect documents.
    expect(affected).toBeGreaterThan(10);
  });

  it('reads without content hashes only for whoever asks so; a later full reading has them', () => {
    const loaded = loadConfig(DEMO_AGENCY);
    const full = loadRepository(DEMO_AGENCY, loaded, TODAY);
    // From a warm cache nothing is read while opening: every reading is made on request.
    const cacheFolder = join(makeRepo({}), 'cache');
    openRepository(DEMO_AGENCY, loaded, TODAY, undefined, { findings: 'none', cacheFolder }).saveCache();
    const { index } = openRepository(DEMO_AGENCY, loaded, TODAY, undefined, { findings: 'none', cacheFolder, cacheStrategy: 'content' });
    expect(index.stats?.cacheHits).toBe(full.documents.length);
    const file = full.documents.find((d) => d.legalKeys.length > 0)!.file;
    const light = index.read(file, { contentHashes: false })!;
    expect(light.fingerprint).toBe('');
    expect(index.read(file)).toEqual(full.read(file));
    // Once read in full, the full reading serves the light requests too.
    expect(index.read(file, { contentHashes: false })!.fingerprint).toBe(full.read(file)!.fingerprint);
  });
});
