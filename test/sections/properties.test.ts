/**
 * Properties of rendering: every byte outside the generated regions is kept, whatever Markdown
 * surrounds them (every example of the CommonMark spec, in LF, CRLF, BOM and NFD files, and
 * arbitrary bodies), and rendering is idempotent.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RegionName } from '../../src/config/types.js';
import { scanBody } from '../../src/markdown/scan.js';
import { bodyStartOf, inspectDocument, renderDocument, type RenderContext } from '../../src/sections/render.js';
import { KHCN_FRONT_MATTER } from '../helpers/index.js';
import { ALL_REGIONS, context, readDocument } from './support.js';

const require = createRequire(import.meta.url);
const SPEC = (require('commonmark-spec') as { tests: Array<{ markdown: string; number: number }> }).tests;
const PROPERTY = { seed: 42, numRuns: 100 };

const contexts = new Map<string, RenderContext>();
function contextFor(regions: RegionName[]): RenderContext {
  const key = regions.join(',');
  let ctx = contexts.get(key);
  if (!ctx) contexts.set(key, (ctx = context({ regions })));
  return ctx;
}

function render(text: string, regions: RegionName[] = [], document = readDocument(text, contextFor(regions).register, contextFor(regions).config)) {
  return renderDocument(text, document, contextFor(regions));
}

/** The input with the content of each region it holds replaced by what render writes there. */
function spliced(text: string, document = readDocument(text, contextFor([]).register, contextFor([]).config)): string {
  const ctx = contextFor([]);
  const inspection = inspectDocument(text, document, ctx);
  if (inspection.structure.strayMarkers.length > 0) return text;
  let result = '';
  let cursor = 0;
  for (const region of inspection.structure.regions) {
    const content = inspection.expected.get(region.name as RegionName);
    if (content === undefined) continue;
    result += text.slice(cursor, region.contentStart) + content;
    cursor = region.contentEnd;
  }
  return result + text.slice(cursor);
}

/** The text without its regions (begin marker to end marker). */
function outsideRegions(text: string): string {
  let result = '';
  let cursor = 0;
  for (const region of scanBody(text, bodyStartOf(text)).regions) {
    result += text.slice(cursor, region.start);
    cursor = region.end;
  }
  return result + text.slice(cursor);
}

/** Whether `before` is `after` with only line breaks taken out. */
function onlyLineBreaksAdded(before: string, after: string): boolean {
  let i = 0;
  for (let j = 0; j < after.length; j++) {
    if (i < before.length && before[i] === after[j]) i++;
    else if (after[j] !== '\n' && after[j] !== '\r') return false;
  }
  return i === before.length;
}

const REGION = '<!-- qms:begin approval -->\nold | content\n<!-- qms:end approval -->\n';
const VARIANTS: Array<[string, (text: string) => string]> = [
  ['LF', (t) => t],
  ['CRLF', (t) => t.replace(/\n/g, '\r\n')],
  ['BOM', (t) => `\uFEFF${t}`],
  ['NFD', (t) => t.normalize('NFD')],
];

describe('rendering keeps every byte outside the regions', () => {
  it.each(VARIANTS)(`around every CommonMark spec example (${SPEC.length}), %s`, (_name, variant) => {
    let found = 0;
    // Generated content comes from the front matter only, so one reading serves every example.
    const document = readDocument(variant(KHCN_FRONT_MATTER), contextFor([]).register, contextFor([]).config);
    for (const example of SPEC) {
      const text = variant(`${KHCN_FRONT_MATTER}${example.markdown}\n${REGION}\n${example.markdown}`);
      const result = render(text, [], document);
      const expected = spliced(text, document);
      if (result.text !== expected) expect.fail(`example ${example.number}: render changed more than the region content`);
      if (render(result.text, [], document).text !== result.text) expect.fail(`example ${example.number}: a second render changed the text`);
      if (expected !== text) found++;
    }
    // Most examples leave the region readable (an unclosed fence or comment before it does not).
    expect(found).toBeGreaterThan(SPEC.length * 0.9);
  });

  it('and inserting required regions only adds regions and line breaks, for arbitrary bodies; rendering is idempotent', () => {
    const markdown = fc.constantFrom(
      '# Quy trình',
      'Quy trình',
      '=====',
      '## 3. Tài liệu viện dẫn',
      '### Căn cứ pháp lý',
      '```',
      '~~~',
      '<!--',
      '-->',
      '| a | b |',
      '| - | - |',
      '- Nghị định số 61/2018/NĐ-CP',
      '    mã',
      '> trích',
      '',
      '   ',
    );
    const whole = fc.constantFrom(
      '<!-- qms:begin approval -->\nold\n<!-- qms:end approval -->',
      '<!-- qms:begin history -->\n<!-- qms:end history -->',
      '<!-- qms:begin legal-basis -->\n\n- cũ\n\n<!-- qms:end legal-basis -->',
      '<!-- qms:begin chu-ky -->\nx\n<!-- qms:end chu-ky -->',
    );
    const single = fc.constantFrom(
      '<!-- qms:begin approval -->',
      '<!-- qms:end approval -->',
      '<!-- qms:begin history -->',
      '<!-- qms:end history -->',
      '<!-- qms:end legal-basis -->',
    );
    const line = fc.oneof(
      { weight: 8, arbitrary: markdown },
      { weight: 3, arbitrary: whole },
      { weight: 1, arbitrary: single },
      { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
      { weight: 2, arbitrary: fc.constantFrom(...SPEC.slice(0, 60).map((e) => e.markdown.replace(/\n$/, ''))) },
    );
    const body = fc.array(line, { maxLength: 14 }).map((lines) => lines.join('\n'));
    const document = fc.record({
      body,
      end: fc.constantFrom('', '\n'),
      crlf: fc.boolean(),
      bom: fc.boolean(),
      nfd: fc.boolean(),
      regions: fc.subarray(ALL_REGIONS),
    });
    const seen = { inserted: 0, updated: 0, refused: 0 };
    fc.assert(
      fc.property(document, ({ body, end, crlf, bom, nfd, regions }) => {
        let text = `${KHCN_FRONT_MATTER}${body}${end}`;
        if (crlf) text = text.replace(/\r?\n/g, '\r\n');
        if (nfd) text = text.normalize('NFD');
        if (bom) text = `\uFEFF${text}`;
        const once = render(text, regions);
        seen.inserted += once.inserted.length > 0 ? 1 : 0;
        seen.updated += once.updated.length > 0 ? 1 : 0;
        seen.refused += once.problems.length > 0 ? 1 : 0;
        expect(render(once.text, regions).text).toBe(once.text);
        if (once.problems.some((p) => p.messageId === 'generated/stale.stray-begin' || p.messageId === 'generated/stale.stray-end')) expect(once.text).toBe(text);
        const before = scanBody(text, bodyStartOf(text)).regions.length;
        expect(scanBody(once.text, bodyStartOf(once.text)).regions.length).toBe(before + once.inserted.length);
        expect(onlyLineBreaksAdded(outsideRegions(text), outsideRegions(once.text))).toBe(true);
        if (once.inserted.length === 0) expect(once.text).toBe(spliced(text));
      }),
      PROPERTY,
    );
    // The generated cases exercise insertion, replacement and refusal alike.
    expect(seen.inserted).toBeGreaterThan(20);
    expect(seen.updated).toBeGreaterThan(5);
    expect(seen.refused).toBeGreaterThan(5);
  });
});
