import { describe, expect, it } from 'vitest';
import { boundedDistance, NearIndex } from '../../src/lookup/near.js';
import { CodeHints } from '../../src/rules/hints.js';
import { editDistance } from '../../src/util/shape.js';

const CODES = Array.from({ length: 3000 }, (_, i) => `QT-${['TP', 'KHCN', 'NNMT'][i % 3]}-${String(i).padStart(3, '0')}`);

describe('NearIndex: the codes within a typo, from an index', () => {
  it('finds every code one edit away, and swapped characters, as comparing with every code does', () => {
    const index = new NearIndex(CODES);
    for (const wanted of ['QT-TP-0301', 'QT-TP-30', 'QT-TX-300', 'QT-KHCN-031', 'QT-KHCN-103', 'QT-NNMT-0O2', 'XX-YY-1']) {
      const near = CODES.map((code) => [editDistance(wanted, code), code] as const).filter(([d]) => d <= 1);
      const byScan = near.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1))[0]?.[1];
      const found = index.closest(wanted, 1);
      expect(found, wanted).toBe(byScan);
    }
    // Two characters swapped: two edits, found all the same.
    expect(new NearIndex(['QT-TP-123', 'QT-TP-900']).closest('QT-TP-213', 2)).toBe('QT-TP-123');
  });

  it('looks at a bounded number of codes per lookup: the neighbours, not the whole list', () => {
    const index = new NearIndex(CODES);
    let compared = 0;
    index.closest('QT-TP-0301', 2, () => {
      compared++;
      return true;
    });
    expect(compared).toBeLessThan(20);
  });

  it('compares in the normalised form and answers with the code as written', () => {
    const index = new NearIndex(['VD.1012345', 'VD.2012345'], (code) => code.toLowerCase());
    expect(index.closest('vd.1012346', 2)).toBe('VD.1012345');
  });
});

describe('CodeHints', () => {
  it('suggests a code sharing the letters (a mistyped number) or the digits (mistyped letters)', () => {
    const hints = new CodeHints(CODES);
    expect(hints.closest('QT-TP-0301')).toBe('QT-TP-030');
    expect(hints.closest('QT-TB-300')).toBe('QT-TP-300');
    expect(hints.closest('HD-XYZ-9')).toBeUndefined();
  });
});

describe('boundedDistance: the banded edit distance', () => {
  it('agrees with the full edit distance up to the limit, and says "over" past it', () => {
    // A fixed pseudo-random sequence: short codes over a small alphabet meet every case of the band.
    let seed = 7;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const word = (): string => Array.from({ length: next(9) }, () => 'AB-1'.charAt(next(4))).join('');
    for (let i = 0; i < 3000; i++) {
      const a = word();
      const b = word();
      const max = next(4);
      const exact = editDistance(a, b);
      const bounded = boundedDistance(a, b, max);
      if (exact <= max) expect(bounded, `${a} ${b} ${max}`).toBe(exact);
      else expect(bounded, `${a} ${b} ${max}`).toBeGreaterThan(max);
    }
    // Longer words than any before: the reused rows grow.
    expect(boundedDistance('QT-'.repeat(60), `QT-${'QT-'.repeat(59)}X`, 2)).toBe(1);
  });
});
