import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { hasNestedRepetition, overlappingRepetition } from '../../src/config/pattern-safety.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { QmsError } from '../../src/util/errors.js';

describe('config patterns that could take exponential time', () => {
  it('finds nested repetition', () => {
    for (const pattern of ['^(A+)+$', '(a*)*', '^(\\w+\\s?)*$', '((ab)+c)*', '^(?:[A-Z]+)+$', '(?<n>a+)+', '^(x|a+)+$', '^(a\\w*)*$', '^(?:-[A-Z-]+)*$', '^(?:.[A-Z]+)*$', '^(a+){2,}$']) expect(hasNestedRepetition(pattern), pattern).toBe(true);
    for (const pattern of ['^QT-[A-Z]+-\\d{2}$', '^(QT|BM)-\\d+$', '^[(+]+$', '^\\(a+\\)+$', '^(\\p{Lu}\\d)+$', '^(?:[-./]\\d+)*$', '^(?:x|y)+$', '^(?<year>\\d{4})?$', ...Object.values(defaultConfig().types).map((t) => t.pattern)]) {
      expect(hasNestedRepetition(pattern), pattern).toBe(false);
    }
  });

  it('refuses them, an alias bomb, and __proto__ as a type name, with clear errors', () => {
    expect(() => parseConfig('types:\n  procedure:\n    pattern: "^(A+)+$"\n')).toThrow(/types\.procedure\.pattern has nested repetition/);
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]'].join('\n');
    expect(() => parseConfig(bomb)).toThrow(QmsError);
    expect(() => parseConfig(bomb)).toThrow(/^invalid qms\.config\.yaml: too many aliases$/);
    for (const pattern of ['^(x|a+)+$', '^(a\\\\w*)*$']) expect(() => parseConfig(`types:\n  procedure:\n    pattern: "${pattern}"\n`)).toThrow(/exponential time/);
    expect(() => parseConfig('types:\n  __proto__:\n    pattern: "^X$"\n')).toThrow(/not a valid type name/);
  });
});

describe('config patterns the nested-repetition check alone let through (issue 20, item 6)', () => {
  it('refuses overlapping alternations under a repetition and adjacent overlapping repetitions', () => {
    for (const pattern of ['^(A|A)+$', '^(?:QT|Q)+$', `^${'A*'.repeat(12)}$`, '^\\d+\\d+$', '^[A-Z]+[A-Z0-9]*$', '^A*(?:B?)A+$', '^(?:x|\\w)*$', '^.*.*$']) {
      expect(overlappingRepetition(pattern), pattern).not.toBeNull();
      expect(() => parseConfig(`types:\n  procedure:\n    pattern: '${pattern}'\n`), pattern).toThrow(/exponential or polynomial time/);
    }
  });

  it('accepts the default patterns and unambiguous ones', () => {
    for (const pattern of ['^QT-[A-Z]+-\\d{2}$', '^(QT|BM)-\\d+$', '^(?:[-./]\\d+)*$', '^(?:x|y)+$', '^[A-Z]+-\\d+$', '^QT\\.\\d{2}(?:\\.[A-Z]+)?$', ...Object.values(defaultConfig().types).map((t) => t.pattern)]) {
      expect(overlappingRepetition(pattern), pattern).toBeNull();
    }
  });

});
