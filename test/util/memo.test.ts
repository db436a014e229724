/** memoByString (src/util/strings.ts): one computation per key, at most `limit` keys, kept once full. */
import { describe, expect, it } from 'vitest';
import { memoByString } from '../../src/util/strings.js';

describe('memoByString', () => {
  it('computes each key once, undefined and falsy values included', () => {
    const computed: string[] = [];
    const memo = memoByString(10, (key) => (computed.push(key), key === 'none' ? undefined : key.length));
    expect([memo('ngày'), memo('ngày'), memo('none'), memo('none'), memo(''), memo('')]).toEqual([4, 4, undefined, undefined, 0, 0]);
    expect(computed).toEqual(['ngày', 'none', '']);
  });

  it('keeps the keys it has once full, and computes the others each time', () => {
    const computed: string[] = [];
    const memo = memoByString(2, (key) => (computed.push(key), key.toUpperCase()));
    for (const key of ['a', 'b', 'c', 'a', 'b', 'c']) memo(key);
    expect(computed).toEqual(['a', 'b', 'c', 'c']);
  });

  it('computes a kept value from a key equal to the one given', () => {
    const long = `${'x'.repeat(100)}Nghị định`;
    const memo = memoByString(10, (key) => key.slice(100));
    expect(memo(long.slice(0))).toBe('Nghị định');
  });
});
