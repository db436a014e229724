/**
 * Reports in pieces (src/format/chunks.ts): joined, the pieces are the formatter's text, byte for
 * byte; a long report comes in pieces of at most FINDINGS_PER_CHUNK findings, so qms check never
 * holds the whole text of tens of thousands of findings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FINDINGS_PER_CHUNK, jsonWithArrayInPieces } from '../../src/format/chunks.js';
import { FORMATS, formatReport, reportChunks } from '../../src/format/index.js';
import type { Finding } from '../../src/model/repository.js';
import { finding, formatContext, MIXED } from './support.js';

const MARKER = '\u0000array\u0000';

/** A JSON document with MARKER somewhere in it (at the top, in an object, in an array), and the document with `items` there. */
const placed = fc.letrec<{ doc: { shell: unknown; whole: (items: unknown[]) => unknown } }>((tie) => ({
  doc: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant({ shell: MARKER, whole: (items: unknown[]) => items }),
    fc.tuple(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }), fc.string(), tie('doc')).map(([rest, key, inner]) => ({
      shell: { ...rest, [key]: inner.shell },
      whole: (items: unknown[]) => ({ ...rest, [key]: inner.whole(items) }),
    })),
    fc.tuple(fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }), fc.nat(3), tie('doc')).map(([rest, at, inner]) => {
      const i = Math.min(at, rest.length);
      return { shell: [...rest.slice(0, i), inner.shell, ...rest.slice(i)], whole: (items: unknown[]) => [...rest.slice(0, i), inner.whole(items), ...rest.slice(i)] };
    }),
  ),
})).doc;

describe('jsonWithArrayInPieces', () => {
  it('gives JSON.stringify(document, null, 2) and a newline, wherever the array stands and however it is cut', () => {
    fc.assert(
      fc.property(placed, fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 7 }), fc.integer({ min: 1, max: 4 }), (doc, items, perChunk) => {
        const pieces = [...jsonWithArrayInPieces(doc.shell, MARKER, items, perChunk)];
        expect(pieces.join('')).toBe(`${JSON.stringify(doc.whole(items), null, 2)}\n`);
        expect(pieces).toHaveLength(Math.floor(items.length / perChunk) + 1);
      }),
      { numRuns: 300 },
    );
  });

  it('writes what JSON cannot hold as null, as JSON.stringify does in an array', () => {
    expect([...jsonWithArrayInPieces({ a: MARKER }, MARKER, [undefined, () => 1, 1])].join('')).toBe(`${JSON.stringify({ a: [undefined, () => 1, 1] }, null, 2)}\n`);
  });

  it('refuses a document where the marker is missing or stands twice', () => {
    expect(() => [...jsonWithArrayInPieces({ a: 1 }, MARKER, [])]).toThrow(/marker/);
    expect(() => [...jsonWithArrayInPieces([MARKER, MARKER], MARKER, [])]).toThrow(/marker/);
  });
});

describe('reportChunks', () => {
  /** 2,500 findings over 25 files: three pieces' worth. */
  const MANY: Finding[] = Array.from({ length: 2500 }, (_, i) => finding({ file: `quy trình/QT-${String(Math.floor(i / 100)).padStart(2, '0')}.md`, line: (i % 100) + 1, message: `vấn đề ${i}` }));
  const context = formatContext({ summary: { errors: MANY.length, warnings: 0, infos: 0 }, checked: { documents: 25, legal: 0 }, files: [...new Set(MANY.map((f) => f.file))] });

  it('joins to formatReport\'s text in every format, with few findings and with many', () => {
    for (const format of FORMATS) {
      for (const findings of [[], MIXED, MANY]) expect([...reportChunks(format, findings, context)].join(''), format).toBe(formatReport(format, findings, context));
    }
  });

  it('cuts the long formats every FINDINGS_PER_CHUNK findings', () => {
    for (const format of ['stylish', 'json', 'sarif'] as const) {
      const pieces = [...reportChunks(format, MANY, context)];
      expect(pieces, format).toHaveLength(Math.floor(MANY.length / FINDINGS_PER_CHUNK) + 1);
      // Each piece renders its own findings: "vấn đề 0" … "vấn đề 999" in the first (SARIF also carries each message in both languages).
      expect(pieces[0], format).toContain('vấn đề 999');
      expect(pieces[0], format).not.toContain('vấn đề 1000');
      expect(pieces[1], format).toContain('vấn đề 1000');
    }
    expect(JSON.parse([...reportChunks('json', MANY, context)].join(''))).toHaveLength(MANY.length);
  });
});
