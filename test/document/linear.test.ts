import { describe, expect, it } from 'vitest';
import { computeFingerprint } from '../../src/document/fingerprint.js';
import { createMentionMatcher, findMentions } from '../../src/document/mentions.js';
import { scanBody } from '../../src/markdown/scan.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { HANG_LIMIT_MS } from '../helpers/index.js';

// Hang guards, not speed measurements (speed is `npm run bench`'s): the quadratic versions took
// minutes, these take milliseconds. No test reads the clock: each has the test timeout
// HANG_LIMIT_MS, so only a real hang fails it, however busy the machine.
describe('no quadratic time on hostile text', () => {
  it('fingerprints a line of 200,000 spaces quickly, as if the spaces were not there', () => {
    const text = `---\n---\na${' '.repeat(200_000)}b   \nc\t\n`;
    expect(computeFingerprint({}, text, 8)).toBe(computeFingerprint({}, `---\n---\na${' '.repeat(200_000)}b\nc\n`, 8));
    // Where /[ \t]+$/gm saw line ends: U+2028, U+2029 as well as line feeds.
    expect(computeFingerprint({}, 'a \u2028b\t\u2029c  ', 0)).toBe(computeFingerprint({}, 'a\u2028b\u2029c', 0));
  }, HANG_LIMIT_MS);

  it('reads a heading of 100,000 spaces quickly, and headings as CommonMark does', () => {
    expect(scanBody(`#${' '.repeat(100_000)}x\n`).headings.map((h) => h.text)).toEqual(['x']);
    const headings = scanBody('# A\n## B ##\n### C#\n####### no\n#no\n   # D\n    # code\n#\n## E \\#\n').headings.map((h) => `${h.level}:${h.text}`);
    expect(headings).toEqual(['1:A', '2:B', '3:C#', '1:D', '1:', '2:E \\#']);
  }, HANG_LIMIT_MS);

  it('finds code mentions among many citations in linear time', () => {
    const matcher = createMentionMatcher(Object.values(defaultConfig().types).map((t) => t.pattern));
    const sentence = 'Theo biểu mẫu BM-01/QT-KHCN-01 và Nghị định số 61/2018/NĐ-CP. ';
    const text = sentence.repeat(60_000);
    const skip: Array<[number, number]> = [];
    for (let at = text.indexOf('61/2018'); at >= 0; at = text.indexOf('61/2018', at + 1)) skip.push([at, at + 13]);
    expect(findMentions(text, matcher, skip)).toHaveLength(60_000);
  }, HANG_LIMIT_MS);
});
