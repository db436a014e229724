/**
 * Fuzz targets with a fixed seed and a bounded number of runs (issue 20): on arbitrary Unicode text,
 * with fixed and with generated registers of aliases,
 * and on text built from the tokens the scanners care about, the citation recognizer and the
 * article scanner throw nothing and do work linear in the input — the steps counted for a text
 * repeated twice are at most about twice (plus a constant) those of the text once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticleRefs } from '../../src/legal/articles.js';
import { createCitationRecognizer } from '../../src/legal/citations.js';
import { readYaml } from '../../src/document/yaml.js';

const recognizer = createCitationRecognizer([
  { key: '61/2018/ND-CP', kind: 'Nghị định', aliases: ['Nghị định về một cửa'] },
  { key: '59/2020/QH14', kind: 'Luật', aliases: ['Luật Doanh nghiệp', 'Luật Doanh nghiệp 2020'] },
]);

/** Pieces of the grammars, so generated texts reach deep into the scanners rather than stop at once. */
const PIECES = ['Điều ', 'khoản ', 'điểm ', 'các ', '1', '5a', 'a', 'đ', ', ', '; ', ' và ', ' hoặc ', ' của ', 'Nghị định ', 'Luật ', 'Doanh nghiệp ', 'số ', ': ', '61/2018/NĐ-CP', '59/2020/QH14', ' @ ', '\n', 'Luật Doanh nghiệp 2020'];
const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((parts) => parts.join('')));

function steps(input: string): number {
  const counter = { steps: 0 };
  recognizer.find(input, { counter });
  recognizer.find(input, { counter, papers: true });
  parseArticleRefs(input, counter);
  return counter.steps;
}

describe('fuzz: the citation recognizer and the article scanner', () => {
  it('never throw, and doubling the input at most doubles the work (plus a constant)', () => {
    fc.assert(
      fc.property(text, (input) => {
        const once = steps(input);
        const twice = steps(`${input}\n\n${input}`);
        expect(twice).toBeLessThanOrEqual(2 * once + 200);
      }),
      { seed: 20261206, numRuns: 400 },
    );
  });
});

/** Pieces of law names: abbreviations and their words, years and dates, punctuation glued or not. */
const NAME_PIECES = ['Luật ', 'Khoa học và Công nghệ ', 'KH&CN ', 'KH & CN ', 'HĐND ', 'Hội đồng nhân dân ', 'năm ', 'ngày 29 tháng 11 năm ', 'ngày 29/11/', '2013', ' 2013 ', '(sửa đổi)', '-', ':', 'Việt Nam ', 'a ', 'a', '  ', '\n'];
const name = fc.array(fc.constantFrom(...NAME_PIECES), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
const register = fc.array(fc.record({ key: fc.constantFrom('45/2013/QH13', '29/2013/QH13', 'X-1'), aliases: fc.array(fc.oneof(name, fc.string({ maxLength: 12 })), { maxLength: 6 }) }), { minLength: 1, maxLength: 4 });

describe('fuzz: the citation recognizer with generated registers of aliases', () => {
  it('never throws, returns citations inside the text in order, and doubling the input at most doubles the work', () => {
    const body = fc.oneof(text, fc.array(fc.constantFrom(...NAME_PIECES, ...PIECES), { maxLength: 80 }).map((parts) => parts.join('')));
    fc.assert(
      fc.property(register, body, (entries, input) => {
        const lexicon = createCitationRecognizer(entries.map((entry) => ({ ...entry, kind: 'Luật' })));
        const work = (t: string): number => {
          const counter = { steps: 0 };
          let last = 0;
          for (const citation of lexicon.find(t, { counter })) {
            expect(citation.start).toBeGreaterThanOrEqual(last);
            expect(t.slice(citation.start, citation.end)).toBe(citation.text);
            last = citation.end;
          }
          return counter.steps;
        };
        expect(work(`${input}\n\n${input}`)).toBeLessThanOrEqual(2 * work(input) + 200);
      }),
      { seed: 20261207, numRuns: 300 },
    );
  });
});

describe('fuzz: the front matter reader', () => {
  it('never throws on arbitrary Unicode, tabs and anchors included, and reports problems with offsets inside the text', () => {
    const yaml = fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom('a: 1', '\t', '&x [1, 2]', '*x', 'k: *x', '- ', ': ', '"\\t"', '{', '}', '[', ']', '\n', 'a: 2')), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(yaml, (source) => {
        const read = readYaml(source);
        for (const problem of read.problems) expect(problem.offset).toBeLessThanOrEqual(source.length);
      }),
      { seed: 20261206, numRuns: 600 },
    );
  });
});
