import type { Root, RootContent, TableCell } from 'mdast';
import { describe, expect, it } from 'vitest';
import { REGION_NAMES } from '../../src/config/types.js';
import { loadConfig } from '../../src/config/load.js';
import { buildRegion } from '../../src/sections/build.js';
import { fastMarkdown } from '../../src/sections/markdown-string.js';
import { serialise } from '../../src/sections/markdown.js';
import { defaultTemplates } from '../../src/workspace/templates.js';
import { loadRepository } from '../../src/workspace/read-full.js';
import { DEMO_AGENCY, TODAY } from '../helpers/index.js';

/** A small seeded generator (mulberry32): the same cases on every run. */
function createRng(seed: number): { int(lo: number, hi: number): number; pick<T>(list: readonly T[]): T } {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  return { int, pick: (list) => list[int(0, list.length - 1)]! };
}

/** Whether the string writer agrees with remark-stringify on `tree` (or leaves it to it). */
function agreement(tree: Root): 'fast' | 'serialiser' {
  const fast = fastMarkdown(tree);
  if (fast === undefined) return 'serialiser';
  expect(fast).toBe(serialise(tree));
  return 'fast';
}

describe('generated regions written without the Markdown serialiser', () => {
  it('gives the bytes remark-stringify gives for every region of every demo document, in both languages', () => {
    const repository = loadRepository(DEMO_AGENCY, loadConfig(DEMO_AGENCY), TODAY);
    const taken = { fast: 0, serialiser: 0 };
    for (const language of ['vi', 'en'] as const) {
      const context = { register: repository.register, today: TODAY, templates: defaultTemplates(language) };
      for (const document of repository.documents) {
        for (const name of REGION_NAMES) taken[agreement(buildRegion(name, document, context))]++;
      }
    }
    // The demo's regions are ordinary ones: nearly all of them take the string path.
    expect(taken.fast).toBeGreaterThan(taken.serialiser * 10);
  });

  it('agrees with remark-stringify on random cells, items and captions, or declines them', () => {
    const rng = createRng(9001);
    const alphabet = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĐZ0123456789 .,;:()/-+=%"\'#*_|[]<>&!~@\\`\t?{}^$', 'Điều 9', 'www.', 'http://', '1. ', '- '];
    const value = (): string => Array.from({ length: rng.int(0, 12) }, () => rng.pick(alphabet)).join('');
    const cell = (): TableCell => {
      const v = value().replace(/\s+/g, ' ').trim();
      return { type: 'tableCell', children: v === '' ? [] : [{ type: 'text', value: v }] };
    };
    const taken = { fast: 0, serialiser: 0 };
    for (let i = 0; i < 3000; i++) {
      const width = rng.int(1, 5);
      const row = () => ({ type: 'tableRow' as const, children: Array.from({ length: width }, cell) });
      const blocks: RootContent[] = [
        { type: 'paragraph', children: [{ type: rng.pick(['strong', 'emphasis'] as const), children: [{ type: 'text', value: value() }] }] },
        { type: 'table', align: Array.from({ length: width }, () => null), children: Array.from({ length: rng.int(1, 4) }, row) },
        { type: 'list', ordered: false, spread: false, children: Array.from({ length: rng.int(1, 3) }, () => ({ type: 'listItem' as const, spread: false, children: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value: value() }] }] })) },
        { type: 'paragraph', children: [{ type: 'text', value: value() }] },
      ];
      taken[agreement({ type: 'root', children: [rng.pick(blocks)] })]++;
    }
    expect(taken.fast).toBeGreaterThan(300);
  });
});
