/**
 * Properties over arbitrary input (fast-check, fixed seeds, bounded runs): the citation recognizer
 * and the front matter reader never throw and keep their offsets honest, and `qms check` reports
 * the same findings whatever order the files were created in and however often it runs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentReadContext } from '../../src/model/reading.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { readFrontMatterBlock } from '../../src/document/frontmatter.js';
import { readControlledDocument } from '../../src/document/read-document.js';
import { readLegalEntry } from '../../src/document/read-legal.js';
import type { LexiconEntry } from '../../src/legal/citation-types.js';
import { createCitationRecognizer } from '../../src/legal/citations.js';
import { Register } from '../../src/model/register.js';
import { type EntryFields, legalEntry, runMain, TODAY } from '../helpers/index.js';
import { tempFolder } from './support.js';

const LEXICON: LexiconEntry[] = [
  { key: '61/2018/ND-CP', kind: 'Nghị định', aliases: [] },
  { key: '107/2021/ND-CP', kind: 'Nghị định', aliases: [] },
  { key: '1/2018/TT-VPCP', kind: 'Thông tư', aliases: [] },
  { key: '101/QD-BKHCN', kind: 'Quyết định', aliases: [] },
  { key: '45/2013/QH13', kind: 'Luật', aliases: ['Luật Đất đai 2013', 'Luật Đất đai năm 2013'] },
  { key: '59/2020/QH14', kind: 'Luật', aliases: ['Luật Doanh nghiệp'] },
  { key: 'TCVN ISO 9001:2015', kind: 'Tiêu chuẩn', aliases: ['ISO 9001:2015'] },
  // A hostile lexicon entry: aliases full of regex syntax and combining marks.
  { key: '1/2020/QH14', kind: 'Luật', aliases: ['Luật (a+)+$ [x] {2} \\d 2020', 'Lua\u0323\u0302t \u0110\u1EA5t', '.*'] },
];

/** Pieces of citations, their look-alikes and what surrounds them, for inputs that hit every path. */
const CITATION_PIECES = [
  'Nghị định', 'nghị định', 'NGHỊ ĐỊNH', 'Nghi\u0323 đi\u0323nh', 'NĐ', 'ND', 'Thông tư', 'TT', 'Luật', 'Quyết định', 'QĐ', 'số', 'so', 'số:', ' ', '  ', '\n', '\r\n', '\r', '\t', '\u00a0',
  '61', '061', '107', '1', '45', '99999', '2018', '2013', '2021', '20', '/', '∕', '⁄', '／', '//', '-', '–', '—', '‐', 'CP', 'cp', 'NĐ-CP', 'nđ – cp', 'TT-VPCP', 'QH13', 'QĐ-BKHCN',
  'Điều 5', 'điều 9a', 'khoản 2', 'điểm a', 'của', 'tại', ',', ';', '.', 'Luật Đất đai', 'năm', 'ngày 23/4/2018', 'ngày 29 tháng 11 năm 2013', 'Luật Doanh nghiệp', 'ISO 9001:2015', 'TCVN',
  'QT-KHCN-01', 'BM-01/QT-KHCN-01', 'QT 02/CX-HCTP', '1.004227', 'https://vbpl.vn/61/2018/ND-CP', 'www.', '\u0301', '\u0323', '\u0110', '\u0111', '😀', '\ud800', '\udc00', '(a+)+$', '.*', '\\',
];

const anyUnit = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 1 }),
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), // lone surrogates too
);
const arbitraryText = fc.oneof(
  fc.string({ unit: anyUnit, maxLength: 300 }),
  fc.array(fc.oneof(fc.constantFrom(...CITATION_PIECES), fc.string({ unit: anyUnit, maxLength: 3 })), { maxLength: 80 }).map((parts) => parts.join('')),
  fc.array(fc.constantFrom(...CITATION_PIECES), { maxLength: 120 }).map((parts) => parts.join(' ')),
  // Citations as people write them, with their look-alike spellings, between arbitrary text.
  fc
    .tuple(
      fc.string({ unit: anyUnit, maxLength: 20 }),
      fc.constantFrom('', 'Nghị định số ', 'NĐ ', 'Luật Đất đai số ', 'điểm a khoản 2 Điều 5 Nghị định ', 'Điều 9 của Thông tư '),
      fc.constantFrom('61', '061', '107', '45', '1'),
      fc.constantFrom('/', '∕', ' / ', '//', '／'),
      fc.constantFrom('2018', '2021', '2013'),
      fc.constantFrom('', '/', ' / '),
      fc.constantFrom('', 'NĐ-CP', 'nđ – cp', 'ND CP', 'QH13', 'TT-VPCP', 'Nghi\u0323 đi\u0323nh'),
      fc.string({ unit: anyUnit, maxLength: 20 }),
    )
    .map((parts) => parts.join('')),
);

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

describe('the citation recognizer', () => {
  const recognizer = createCitationRecognizer(LEXICON);

  it('never throws; every citation lies inside the text, in order, with text === input.slice(start, end)', () => {
    let withCitations = 0;
    fc.assert(
      fc.property(arbitraryText, (input) => {
        const found = recognizer.find(input);
        if (found.length > 0) withCitations++;
        let previousEnd = 0;
        for (const citation of found) {
          expect(Number.isInteger(citation.start) && Number.isInteger(citation.end)).toBe(true);
          expect(citation.start).toBeGreaterThanOrEqual(0);
          expect(citation.end).toBeGreaterThan(citation.start);
          expect(citation.end).toBeLessThanOrEqual(input.length);
          expect(citation.text).toBe(input.slice(citation.start, citation.end));
          expect(citation.articlesStart).toBeGreaterThanOrEqual(0);
          expect(citation.articlesStart).toBeLessThanOrEqual(citation.start);
          // No citation starts or ends inside a surrogate pair.
          expect(isLowSurrogate(input.charCodeAt(citation.start)) && isHighSurrogate(input.charCodeAt(citation.start - 1))).toBe(false);
          expect(isLowSurrogate(input.charCodeAt(citation.end)) && isHighSurrogate(input.charCodeAt(citation.end - 1))).toBe(false);
          expect(citation.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = citation.end;
        }
      }),
      { seed: 20261127, numRuns: 8000 },
    );
    // The inputs do reach the recognizer's paths: many hold citations.
    expect(withCitations).toBeGreaterThan(1000);
  });
});

const YAML_PIECES = [
  '---', '...', '---js', '---yaml', '\n', '\r\n', '\r', '\t', ' ', '  ', ':', ': ', '- ', '? ', '[', ']', '{', '}', ',', '&a ', '*a', '&b [*a, *a]', '!!str ', '!!binary ', '!!timestamp ', '!custom ',
  '!!js/function ', '|', '>-', '"', "'", '\\', '#', '%YAML 1.2', '<<: ', '__proto__', 'constructor', 'prototype', 'code', 'revision', 'history', 'approval', 'legal_basis', '0012', '.inf', '.nan',
  '-1', '1.5', '2024-02-30', '30/02/2024', 'null', '~', '\ufeff', '\u0000', '\u2028', '\u0085', 'Quy trình', 'Đ', '<!-- qms:begin history -->', '<!-- qms:end history -->', '```', '# ', '\ud800',
];
const arbitraryFile = fc.oneof(
  fc.string({ unit: anyUnit, maxLength: 200 }),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString('utf8')),
  fc.array(fc.oneof(fc.constantFrom(...YAML_PIECES), fc.string({ unit: anyUnit, maxLength: 3 })), { maxLength: 60 }).map((parts) => parts.join('')),
  fc.tuple(fc.array(fc.constantFrom(...YAML_PIECES), { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean()).map(
    ([parts, eol, bom]) => `${bom ? '\ufeff' : ''}---${eol}${parts.join('')}${eol}---${eol}body${eol}`,
  ),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => `---\n${Buffer.from(bytes).toString('utf8')}\n---\n`),
  // Fields as people write them, with hostile keys and values.
  fc
    .tuple(
      fc.array(fc.tuple(fc.constantFrom('code', 'title', 'revision', 'history', 'approval', '__proto__', 'constructor', 'legal_basis', '"a b"', 'x'), fc.constantFrom(...YAML_PIECES, 'QT-A-01', '[1, 2]', '{ a: 1 }', '&a [1]', '*a')), { maxLength: 12 }),
      fc.constantFrom('\n', '\r\n', '\r'),
    )
    .map(([fields, eol]) => `---${eol}${fields.map(([key, value]) => `${key}: ${value}`).join(eol)}${eol}---${eol}`),
);

describe('the front matter reader', () => {
  const context = documentReadContext(defaultConfig(), new Register([readLegalEntry('legal/a.md', legalEntry('61/2018/NĐ-CP'))]));

  it('never throws on arbitrary text or bytes read as UTF-8, and places every problem inside the file', () => {
    let read = 0;
    fc.assert(
      fc.property(arbitraryFile, (text) => {
        const block = readFrontMatterBlock(text);
        if (block.frontMatter !== null && Object.keys(block.frontMatter.data).length > 0) read++;
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const problem of block.problems) {
          expect(problem.ruleId).toBe('frontmatter/parse');
          expect(problem.messageId).toMatch(/^read\./);
          expect(problem.position.line).toBeGreaterThanOrEqual(1);
          expect(problem.position.line).toBeLessThanOrEqual(lines);
          expect(problem.position.column).toBeGreaterThanOrEqual(1);
        }
        expect(block.bodyStart).toBeGreaterThanOrEqual(0);
        expect(block.bodyStart).toBeLessThanOrEqual(text.length);
        // Readable front matter has no problems, but for bytes that are not UTF-8 (reported wherever they are).
        expect(block.frontMatter === null || block.problems.every((p) => p.messageId === 'read.not-utf8')).toBe(true);
      }),
      { seed: 42, numRuns: 5000 },
    );
    // Some inputs are front matter YAML reads, so the YAML paths are exercised too.
    expect(read).toBeGreaterThan(150);
  });

  it('nor do the document and register readers built on it', () => {
    fc.assert(
      fc.property(arbitraryFile, (text) => {
        readControlledDocument('procedures/x.md', text, context);
        readLegalEntry('legal/x.md', text);
      }),
      { seed: 7, numRuns: 2000 },
    );
  });
});

/** A small repository of documents and register entries that disagree with each other in many ways. */
const CODES = ['QT-A-01', 'QT-A-02', 'QT-A-03', 'BM-01/QT-A-01', 'qt-a-01', 'QT-A-01 '];
const IDS = ['61/2018/NĐ-CP', '107/2021/NĐ-CP', '999/2019/NĐ-CP', '61/2018/ND-CP'];
const arbitraryDocument = fc.record({
  code: fc.constantFrom(...CODES),
  revision: fc.constantFrom('1', '2', '"02"', '-1'),
  status: fc.constantFrom('draft', 'effective', 'obsolete', 'approved'),
  basis: fc.subarray(IDS),
  references: fc.subarray(CODES),
  body: fc.array(fc.constantFrom('Theo Nghị định số 61/2018/NĐ-CP.', 'Xem QT-A-02.', 'Nghị định 107/2021.', '## Mục đích', '<!-- qms:begin history -->', '<!-- qms:end history -->', ''), { maxLength: 6 }),
});
const arbitraryEntry = fc.record({ id: fc.constantFrom(...IDS), relation: fc.constantFrom<EntryFields>({}, { amends: '[61/2018/NĐ-CP]' }, { replaces: '[107/2021/NĐ-CP]' }, { repeals: '[999/2019/NĐ-CP]' }) });
const arbitraryRepository = fc
  .tuple(fc.array(arbitraryDocument, { minLength: 1, maxLength: 6 }), fc.array(arbitraryEntry, { minLength: 1, maxLength: 4 }))
  .map(([documents, entries]) => {
    const files: Array<[string, string]> = [['qms.config.yaml', 'types:\n  procedure:\n    sections: [Mục đích]\n']];
    documents.forEach((d, i) => {
      const folder = ['procedures', 'forms', 'procedures/một-cửa', 'z'][i % 4]!;
      const text = ['---', `code: ${JSON.stringify(d.code)}`, 'title: T', 'type: procedure', `revision: ${d.revision}`, `status: ${d.status}`, `legal_basis: ${JSON.stringify(d.basis)}`, `references: ${JSON.stringify(d.references)}`, '---', ...d.body, ''];
      files.push([`${folder}/${d.code.replace(/\W/g, '-')}-${i}.md`, text.join('\n')]);
    });
    entries.forEach((e, i) => files.push([`legal/${i}-${e.id.replace(/\W/g, '-')}.md`, legalEntry(e.id, e.relation)]));
    return files;
  });

/** Writes `files` into a new folder in the given order (folders are created as their first file comes). */
function materialise(files: ReadonlyArray<readonly [string, string]>, order: readonly number[]): string {
  const root = tempFolder();
  for (const index of order) {
    const [path, content] = files[index]!;
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const CHECK = ['check', '--today', TODAY, '--format', 'json', '--no-cache'];

describe('qms check is deterministic', () => {
  it('the same findings whatever order the files and folders were created in, and on every run', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbitraryRepository.chain((files) => fc.tuple(fc.constant(files), fc.shuffledSubarray([...files.keys()], { minLength: files.length, maxLength: files.length }))),
        async ([files, shuffled]) => {
          const inOrder = materialise(files, [...files.keys()]);
          const reversed = materialise(files, [...files.keys()].reverse());
          const shuffledRoot = materialise(files, shuffled);
          const first = await runMain(CHECK, inOrder);
          expect(first.stderr).toBe('');
          expect(JSON.parse(first.stdout)).toBeInstanceOf(Array);
          for (const root of [reversed, shuffledRoot, inOrder]) {
            const again = await runMain(CHECK, root);
            expect(again).toEqual(first);
          }
        },
      ),
      { seed: 1127, numRuns: 40 },
    );
  });
});
