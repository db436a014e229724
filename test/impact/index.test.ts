import { describe, expect, it } from 'vitest';
import { loadRepository } from '../../src/check/load.js';
import { openRepository } from '../../src/check/open.js';
import { loadConfig } from '../../src/config/load.js';
import { analyzeImpact } from '../../src/impact/analyze.js';

const DEMO = 'fixtures/demo-agency';
const TODAY = '2026-11-27';

describe('qms impact on summaries', () => {
  it('reports, for every register entry of the demo, what it reports with every document read in full', () => {
    const loaded = loadConfig(DEMO);
    const full = loadRepository(DEMO, loaded, TODAY);
    const { index } = openRepository(DEMO, loaded, TODAY, undefined, { findings: 'none' });
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
});
