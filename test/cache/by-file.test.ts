/**
 * The cache keeps both kinds of findings file by file: a run parses the findings of the files it
 * asks about and no others, and a run that writes the cache copies the findings it kept unparsed.
 * Each test proves it by damaging another file's findings (signed again with this machine's key,
 * as only qms itself could): a run that parsed them would see the damage.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_FILE, DocumentCache } from '../../src/workspace/cache.js';
import type { DocumentSummary } from '../../src/model/document.js';
import type { Finding } from '../../src/model/repository.js';
import { decodeCacheFile, encodeCacheFile, machineSigningKey } from '../helpers/cache-file.js';
import { tempFolder } from '../helpers/index.js';

const A = 'quy-trình/QT-A-01.md';
const B = 'quy-trình/QT-B-01.md';
const finding = (file: string, line: number): Finding => ({ file, line, column: 1, severity: 'error', ruleId: 'ref/unknown', messageId: 'ref/unknown', data: { code: `BM-0${line}/QT-Đ` } });

/** Rewrites part `n` of the cache file in `folder` with `edit`, signed again with this machine's key. */
function rewritePart(folder: string, n: number, edit: (part: string) => string): void {
  const file = join(folder, CACHE_FILE);
  const { header, parts } = decodeCacheFile(readFileSync(file));
  parts[n] = edit(parts[n]!);
  writeFileSync(file, encodeCacheFile(header, parts, machineSigningKey()));
}

/** What replaces a JSON text in a damaged part: as many bytes, none of them JSON. */
const spoiled = (json: string): string => '!'.repeat(Buffer.byteLength(json));

/** Replaces the JSON text `json` in `part` with `spoiled(json)`: the parts after it stay where the index says. */
const spoil = (part: string, json: string): string => {
  expect(part).toContain(json);
  return part.replace(json, spoiled(json));
};

function opened(folder: string): DocumentCache {
  const cache = DocumentCache.open(folder)!;
  cache.use('key', 'findings key');
  return cache;
}

describe("the repository rules' findings, kept by file", () => {
  const findings = [finding(A, 3), finding(B, 5), finding(A, 9), finding('sổ-tay.md', 1)];

  it('are recalled in their order, all of them or those of some files', () => {
    const folder = tempFolder();
    const first = opened(folder);
    first.remember('digest', findings);
    first.save();
    expect(opened(folder).recalled('digest')).toEqual(findings);
    expect(opened(folder).recalled('digest', (file) => file === A)).toEqual([findings[0], findings[2]]);
    expect(opened(folder).recalled('digest', () => false)).toEqual([]);
    expect(opened(folder).recalled('another digest', () => true)).toBeUndefined();
  });

  it("are parsed for the files a run asks about alone: another file's damaged run spoils only a whole recall", () => {
    const folder = tempFolder();
    const first = opened(folder);
    first.remember('digest', findings);
    first.save();
    rewritePart(folder, 3, (memo) => spoil(memo, JSON.stringify([findings[1]])));
    expect(opened(folder).recalled('digest', (file) => file === A)).toEqual([findings[0], findings[2]]);
    // All of them, B's too: the memo is not trusted, and the rules run again.
    expect(opened(folder).recalled('digest')).toBeUndefined();
  });
});

describe("the document rules' findings, kept by file", () => {
  const summary = (code: string): DocumentSummary => ({ code: { value: code } }) as unknown as DocumentSummary;

  it('are parsed for the file asked about alone, and copied unparsed into the next file when kept', () => {
    const folder = tempFolder();
    const first = opened(folder);
    first.set(A, { hash: 'a', stat: 'sa', summary: summary('QT-A-01'), findings: [finding(A, 3)] });
    first.set(B, { hash: 'b', stat: 'sb', summary: summary('QT-B-01'), findings: [finding(B, 5)] });
    first.save();
    const aFindings = JSON.stringify([finding(A, 3)]);
    rewritePart(folder, 2, (part) => spoil(part, aFindings));
    const second = opened(folder);
    expect(second.findings(B)).toEqual([finding(B, 5)]);
    expect(second.findings(A)).toBeUndefined();
    // A kept, B made again: A's recorded bytes go to the new file as they were (a parse would drop them).
    second.keep(A, 'sa');
    second.set(B, { hash: 'b2', stat: 'sb2', summary: summary('QT-B-01'), findings: [] });
    second.save();
    const { parts } = decodeCacheFile(readFileSync(join(folder, CACHE_FILE)));
    expect(parts[2]).toBe(`${spoiled(aFindings)}[]`);
    const third = opened(folder);
    expect(third.findings(B)).toEqual([]);
    expect(third.peek(B)).toMatchObject({ hash: 'b2', findings: true });
  });
});
