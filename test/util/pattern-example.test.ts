/** Examples of valid codes built from code patterns, so a refused code is explained with one. */
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { patternExample } from '../../src/util/pattern-example.js';

describe('patternExample', () => {
  it('gives each default type its example, which its pattern accepts', () => {
    for (const [name, type] of Object.entries(defaultConfig().types)) {
      const example = patternExample(type.pattern, type.example);
      expect(example, name).toBe(type.example);
      expect(new RegExp(type.pattern, 'u').test(example!), name).toBe(true);
    }
  });

  it('builds one from the pattern when the given example does not match it (or none is given)', () => {
    expect(patternExample('^QT-[A-Z]+-\\d{2}$', 'QT-KHCN-01')).toBe('QT-KHCN-01');
    expect(patternExample('^QT\\.[A-Z]+\\.\\d{2}$', 'QT-KHCN-01')).toBe('QT.A.11');
    expect(patternExample('^(?:QT|HD)-(KHCN|VP)-\\d{2,3}$')).toBe('QT-KHCN-11');
    expect(patternExample('^BM[-. ]?[A-Z0-9Đ]+(?:[-. /][A-Z0-9Đ]+)*$')).toBe('BM-A-A');
    expect(patternExample('^STCL$')).toBe('STCL');
  });

  it('gives nothing it cannot vouch for: every example it gives is accepted by the pattern', () => {
    expect(patternExample('^[^A-Z]+$')).toBeUndefined();
    expect(patternExample('^(?=QT)\\p{Lu}+$')).toBeUndefined();
    expect(patternExample('(')).toBeUndefined();
    for (const pattern of ['^A\\d{0}B$', '^x*y?z+$', '^(a|b)(c|d)$', '^\\w\\s\\d$', '^[.]-\\.$']) {
      const example = patternExample(pattern);
      expect(example === undefined || new RegExp(pattern, 'u').test(example), pattern).toBe(true);
    }
  });
});
