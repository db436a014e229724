/**
 * qms impact's look-up index (who cites each legal key, who handles each TTHC code, who depends on
 * whom) through the cache: recalled while every document is unchanged, with no summary parsed; made
 * again when a document changes; the report always the one made without a cache.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DocumentCache } from '../../src/workspace/cache.js';
import { loadConfig } from '../../src/config/load.js';
import { openRepository } from '../../src/workspace/read-indexed.js';
import { loadRepository } from '../../src/workspace/read-full.js';
import { buildImpactIndex, IMPACT_INDEX_FORMAT } from '../../src/impact/lookup-index.js';
import { copyDemoAgency, runMainToday, settle, TODAY } from '../helpers/index.js';

const impact = (root: string, ...options: string[]) => runMainToday(root, ['impact', '61/2018/NĐ-CP', '--format', 'json', ...options]);

afterEach(() => vi.restoreAllMocks());

describe("qms impact's look-up index through the cache", () => {
  it('is recalled while no document changes (no summary parsed), and made again when one does', async () => {
    const root = copyDemoAgency();
    const uncached = await impact(root, '--no-cache');
    expect(uncached.code).toBe(0);
    expect((await impact(root)).stdout).toBe(uncached.stdout);

    const summaries = vi.spyOn(DocumentCache.prototype, 'summary');
    const warm = await impact(root);
    expect(warm.stdout).toBe(uncached.stdout);
    expect(summaries).not.toHaveBeenCalled();

    // A procedure that did not cite the decree now does: the index is made again and names it.
    const file = 'procedures/QT-VP-02.md';
    expect(readFileSync(join(root, file), 'utf8')).not.toContain('61/2018');
    appendFileSync(join(root, file), '\nTheo Nghị định số 61/2018/NĐ-CP.\n');
    settle(root, file);
    const edited = await impact(root);
    expect(summaries).toHaveBeenCalled();
    const affected = (JSON.parse(edited.stdout) as { affected: Array<{ file: string }> }).affected.map((a) => a.file);
    expect(affected).toContain(file);
    expect(edited.stdout).toBe((await impact(root, '--no-cache')).stdout);
  });

  it('recalls exactly what it recorded, and only under the same summaries', () => {
    const root = copyDemoAgency();
    const loaded = loadConfig(root);
    const cacheFolder = join(root, '.qms/cache');
    const expected = buildImpactIndex(loadRepository(root, loaded, TODAY));
    let builds = 0;
    const index = () => {
      const opened = openRepository(root, loaded, TODAY, undefined, { cacheFolder });
      const made = opened.summariesIndex(IMPACT_INDEX_FORMAT, () => {
        builds++;
        return buildImpactIndex(opened.index);
      });
      opened.saveCache();
      return made;
    };
    expect(index()).toEqual(expected);
    expect(index()).toEqual(expected);
    expect(builds).toBe(1);
    // Another format of the index is never taken for this one.
    const opened = openRepository(root, loaded, TODAY, undefined, { cacheFolder });
    expect(opened.summariesIndex(`${IMPACT_INDEX_FORMAT}-next`, () => 'made')).toBe('made');
  });
});
