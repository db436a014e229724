/**
 * Properties computed when first read (util/when-read.ts), and the readings that use them: a
 * front matter's positions, a document's content hashes. The getter is one function for every
 * object (so V8 gives the objects one hidden class and a young collection does not keep each
 * document's text alive through its own); the values appear in copies, JSON and worker messages.
 */
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { citationsOf } from '../../src/document/cited.js';
import { computeContentHashes, asWritten } from '../../src/document/fingerprint.js';
import { positionFinder, readFrontMatterBlock } from '../../src/document/frontmatter.js';
import { readControlledDocument } from '../../src/document/read-document.js';
import { readLegalEntry } from '../../src/document/read-legal.js';
import { documentReadContext } from '../../src/model/reading.js';
import { Register } from '../../src/model/register.js';
import { defineWhenRead, settledValue } from '../../src/util/when-read.js';
import { legalEntry, sampleDocument } from '../helpers/index.js';

interface Sums {
  total: number;
  twice: number;
  label: string;
}

/** An object whose `total` and `twice` are computed from `values` when first read; counts the computations. */
function sums(values: number[], counter: { calls: number }): Sums {
  const target = { total: 0, twice: 0, label: 'sums' };
  defineWhenRead(target, ['total', 'twice'], () => {
    counter.calls++;
    const total = values.reduce((a, b) => a + b, 0);
    return { total, twice: 2 * total };
  });
  return target;
}

const getterOf = (target: object, name: string): unknown => Object.getOwnPropertyDescriptor(target, name)?.get;

describe('defineWhenRead', () => {
  it('computes the values together, once, when one is first read; the properties stay the same accessors', () => {
    const counter = { calls: 0 };
    const target = sums([1, 2, 3], counter);
    const getter = getterOf(target, 'total');
    expect(counter.calls).toBe(0);
    expect(settledValue(target, 'total')).toBeUndefined();
    expect(target.twice).toBe(12);
    expect(target.total).toBe(6);
    expect(counter.calls).toBe(1);
    expect(settledValue(target, 'total')).toBe(6);
    // Made a value instead, the property would put the object in V8's slow dictionary mode.
    expect(getterOf(target, 'total')).toBe(getter);
    target.total = 7;
    expect([target.total, settledValue(target, 'total'), counter.calls]).toEqual([7, 7, 1]);
  });

  it('an assignment first wins over the computed value; the others are computed', () => {
    const counter = { calls: 0 };
    const target = sums([1, 2, 3], counter);
    target.total = 100;
    expect(target.total).toBe(100);
    expect(target.twice).toBe(12);
    expect(counter.calls).toBe(1);
  });

  it('copies, JSON and structured clones see the values, in their place, and nothing of the pending computation', () => {
    const make = (): Sums => sums([4, 5], { calls: 0 });
    expect(Object.keys(make())).toEqual(['total', 'twice', 'label']);
    expect(JSON.stringify(make())).toBe('{"total":9,"twice":18,"label":"sums"}');
    expect({ ...make() }).toEqual({ total: 9, twice: 18, label: 'sums' });
    expect(structuredClone(make())).toEqual({ total: 9, twice: 18, label: 'sums' });
    expect(Object.getOwnPropertySymbols(structuredClone(make()))).toEqual([]);
  });

  it('gives every object the same getter function (no closure per object)', () => {
    const a = sums([1], { calls: 0 });
    const b = sums([2], { calls: 0 });
    expect(getterOf(a, 'total')).toBeTypeOf('function');
    expect(getterOf(a, 'total')).toBe(getterOf(b, 'total'));
    expect(getterOf(a, 'twice')).toBe(getterOf(b, 'twice'));
    expect(getterOf(a, 'total')).not.toBe(getterOf(a, 'twice'));
  });
});

describe('a front matter read: positions when asked for', () => {
  const text = sampleDocument();
  const read = () => readFrontMatterBlock(text).frontMatter!;

  it('every front matter has the same getter for its positions', () => {
    expect(getterOf(read(), 'positions')).toBeTypeOf('function');
    expect(getterOf(read(), 'positions')).toBe(getterOf(read(), 'positions'));
  });

  it('finds one path before the positions are made, the same after, and on a structured clone', () => {
    const frontMatter = read();
    const before = positionFinder(frontMatter)('code');
    expect(before).toEqual({ line: 2, column: 1 });
    expect(frontMatter.positions.code).toEqual(before);
    expect(positionFinder(frontMatter)('code')).toEqual(before);
    const clone = structuredClone(read());
    expect(clone.positions.code).toEqual(before);
    expect(positionFinder(clone)('code')).toEqual(before);
  });
});

describe('a document read: content hashes and citations', () => {
  const context = documentReadContext(defaultConfig(), new Register([readLegalEntry('legal/a.md', legalEntry('61/2018/NĐ-CP'))]));
  const read = (text: string) => readControlledDocument('procedures/QT-KHCN-01.md', text, context);

  it('every document has the same getter for its hashes, which give what computeContentHashes gives, in their place', () => {
    const text = sampleDocument({ body: 'Theo Nghị định số 61/2018/NĐ-CP.' });
    const [a, b] = [read(text), read(sampleDocument())];
    expect(getterOf(a, 'fingerprint')).toBeTypeOf('function');
    expect(getterOf(a, 'fingerprint')).toBe(getterOf(b, 'fingerprint'));
    const block = readFrontMatterBlock(text);
    const expected = computeContentHashes(asWritten(block.frontMatter), text, block.bodyStart, []);
    expect({ fingerprint: a.fingerprint, bodyHash: a.bodyHash }).toEqual(expected);
    // The order a document's properties always had (JSON, copies), whether its hashes are wanted or not.
    const order = (keys: string[]): string[] => keys.filter((key) => ['legalKeys', 'fingerprint', 'bodyHash', 'hasMarkers', 'bodyPosition'].includes(key));
    expect(order(Object.keys(a))).toEqual(['legalKeys', 'fingerprint', 'bodyHash', 'hasMarkers', 'bodyPosition']);
    const summaryRead = readControlledDocument('procedures/QT-KHCN-01.md', text, context, { summaryOnly: true });
    expect(order(Object.keys(summaryRead))).toEqual(['legalKeys', 'fingerprint', 'bodyHash', 'hasMarkers', 'bodyPosition']);
    expect([summaryRead.fingerprint, summaryRead.bodyHash]).toEqual(['', '']);
  });

  it('keeps its citations on the document without adding an enumerable property', () => {
    const document = read(sampleDocument({ body: 'Theo Nghị định số 61/2018/NĐ-CP.' }));
    const keys = Object.keys(document);
    const cited = citationsOf(document);
    expect(cited.map((c) => c.key)).toContain('61/2018/ND-CP');
    expect(citationsOf(document)).toBe(cited);
    expect(Object.keys(document)).toEqual(keys);
  });
});
