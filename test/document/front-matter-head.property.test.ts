/**
 * A front-matter-only reading from the opening bytes of a document (readListedFrontMatter): when
 * frontMatterIsWhole accepts an opening, the summary read from it is the summary read from the
 * whole text, wherever the opening is cut (in a fence line, between CR and LF, in a Vietnamese
 * letter); otherwise the whole file is read.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { readControlledDocument, type ReadOptions } from '../../src/document/read-document.js';
import { readLegalEntry } from '../../src/document/read-legal.js';
import { summarizeDocument, type DocumentSummary } from '../../src/model/document.js';
import { frontMatterSummary } from '../../src/lint/planned.js';
import { documentReadContext } from '../../src/model/reading.js';
import { Register } from '../../src/model/register.js';
import { frontMatterIsWhole, readListedFrontMatter } from '../../src/workspace/source.js';
import { frontMatter, legalEntry, makeRepo } from '../helpers/index.js';

const context = documentReadContext(defaultConfig(), new Register([readLegalEntry('legal/a.md', legalEntry('61/2018/NĐ-CP'))]));
const summaryOf = (text: string): unknown => summarizeDocument(readControlledDocument('QT-KHCN-01.md', text, context, { frontMatterOnly: true }));

/** Every Markdown file of the fixtures (the demo agency, every rule's pass and fail repositories). */
function fixtureDocuments(): string[] {
  const root = fileURLToPath(new URL('../../fixtures', import.meta.url));
  return (readdirSync(root, { recursive: true }) as string[]).filter((path) => path.endsWith('.md')).map((path) => join(root, path));
}

/** Documents as agencies write them and as they break: fences that are not fences, no front matter, no closing. */
const documents = fc
  .tuple(
    fc.boolean(),
    fc.constantFrom('\n', '\r\n', '\r'),
    fc.constantFrom('---', '---yaml', '--- ', '----', '---js', '# Quy trình', ''),
    fc.constantFrom('---', '...', '--- ', '----', ''),
    fc.string({ unit: fc.constantFrom('a', 'đ', 'Ệ', '-', '\n', '\r', ' ', '—', '😀'), maxLength: 40 }),
    fc.constantFrom('', 'legal_basis:\n  - Nghị định số 61/2018/NĐ-CP\n', 'references: [BM-01/QT-KHCN-01]\n'),
  )
  .map(([bom, eol, opening, closing, body, extra]) => {
    const fields = frontMatter({ extra: extra.trimEnd() || undefined }).split('\n').slice(1, -2);
    return `${bom ? '\uFEFF' : ''}${[opening, ...fields, closing].join(eol)}${eol}${body}`;
  });

describe('a front-matter-only reading from a document\'s opening', () => {
  it('gives the summary of the whole text whenever frontMatterIsWhole accepts the opening', () => {
    let accepted = 0;
    fc.assert(
      fc.property(documents, fc.nat(), (text, cutAt) => {
        const bytes = Buffer.from(text, 'utf8');
        const head = bytes.subarray(0, cutAt % (bytes.length + 1)).toString('utf8');
        if (!frontMatterIsWhole(head)) return;
        accepted++;
        expect(summaryOf(head)).toEqual(summaryOf(text));
      }),
      { numRuns: 1500 },
    );
    // Not vacuous: most cuts past the closing fence are accepted.
    expect(accepted).toBeGreaterThan(300);
  });

  it('refuses an opening cut in the closing fence line, between its CR and LF, or before it', () => {
    const text = `${frontMatter().replaceAll('\n', '\r\n')}\r\nThân văn bản.\r\n`;
    const fenceEnd = text.indexOf('\r\n---\r\n') + '\r\n---'.length;
    expect(frontMatterIsWhole(text.slice(0, fenceEnd))).toBe(false);
    expect(frontMatterIsWhole(text.slice(0, fenceEnd + 1))).toBe(false);
    expect(frontMatterIsWhole(text.slice(0, fenceEnd + 2))).toBe(false);
    expect(frontMatterIsWhole(text.slice(0, fenceEnd + 3))).toBe(true);
    expect(frontMatterIsWhole(text.slice(0, 40))).toBe(false);
  });

  it('gives every field the repository rules see outside a scoped report, as a full reading does', () => {
    let compared = 0;
    fc.assert(
      fc.property(documents, (text) => {
        const light = frontMatterSummary(summaryOf(text) as DocumentSummary);
        const full = frontMatterSummary(summarizeDocument(readControlledDocument('QT-KHCN-01.md', text, context)));
        expect(light).toEqual(full);
        if (full.code !== undefined) compared++;
      }),
      { numRuns: 200 },
    );
    for (const file of fixtureDocuments()) {
      const text = readFileSync(file, 'utf8');
      const read = (options: ReadOptions): DocumentSummary => frontMatterSummary(summarizeDocument(readControlledDocument(file, text, context, options)));
      expect(read({ frontMatterOnly: true }), file).toEqual(read({}));
      compared++;
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('reads files through their opening, and the whole file when the opening does not hold the front matter', () => {
    const long = `${frontMatter({ extra: `note: "${'đ'.repeat(3000)}"` })}\n# Quy trình\n\n${'Nội dung. '.repeat(2000)}\n`;
    const short = `${frontMatter()}\n# Quy trình\n\n${'Nội dung. '.repeat(2000)}\n`;
    const root = makeRepo({ 'long.md': long, 'short.md': short, 'none.md': `# Quy trình\n\n${'x'.repeat(9000)}\n` });
    // The front matter of long.md runs past the opening: the whole file is read.
    expect(readListedFrontMatter(root, 'long.md', 4096)).toBe(long);
    const head = readListedFrontMatter(root, 'short.md', 4096);
    expect(head.length).toBeLessThan(short.length);
    expect(short.startsWith(head)).toBe(true);
    expect(summaryOf(head)).toEqual(summaryOf(short));
    expect(Buffer.byteLength(readListedFrontMatter(root, 'none.md', 4096))).toBe(4096);
    writeFileSync(join(root, 'tiny.md'), short.slice(0, 100));
    expect(readListedFrontMatter(root, 'tiny.md', 4096)).toBe(short.slice(0, 100));
  });
});
