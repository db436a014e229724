/**
 * docs/file-formats.md: qms reads files written with LF or CRLF, with or without a byte-order mark,
 * in NFC or NFD. The same content so written gives the same findings: rule ids, files, lines and
 * severities.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/lint/catalogue.js';
import type { Finding } from '../../src/model/repository.js';
import { checkFolder, legalEntry, makeRepo, nd107, ND_61_2018, procedure, SHORT_CONFIG } from '../helpers/index.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/rules', import.meta.url));

type Transform = (text: string) => string;
const withBom: Transform = (text) => (text.startsWith('\uFEFF') ? text : `\uFEFF${text}`);
const crlf: Transform = (text) => text.replace(/\r?\n/g, '\r\n');
const nfd: Transform = (text) => text.normalize('NFD');
const TRANSFORMS: Record<string, Transform> = {
  CRLF: crlf,
  BOM: withBom,
  NFD: nfd,
  'CRLF + BOM + NFD': (text) => withBom(crlf(nfd(text))),
};

function summary(findings: Finding[]): string[] {
  return findings.map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.severity}`);
}

/** Every file of a folder, by path relative to it. */
function readTree(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(folder, path).split('\\').join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(folder);
  return files;
}

/** A copy of `files` with every Markdown file and the config rewritten by `transform`. */
function rewrite(files: Record<string, string>, transform: Transform): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([path, text]) => [path, /\.(md|ya?ml)$/.test(path) ? transform(text) : text]));
}

describe('line endings, byte-order marks and Unicode normalisation', () => {
  it('give the same findings for a document with findings of several rules', () => {
    const document = procedure({
      revision: 2,
      status: 'effective',
      effective: '2024-03-01',
      approval: [
        '  prepared: { name: Nguyễn Văn An, title: Chuyên viên, date: 2024-02-20 }',
        '  reviewed: { name: Trần Thị Bình, title: Trưởng phòng, date: 2024-02-10 }',
        '  approved: { name: Nguyễn Văn An, title: Giám đốc, date: 2024-02-25 }',
      ].join('\n'),
      legalBasis: '  - id: 61/2018/NĐ-CP\n  - id: Luật Đất đai 2013',
      history: '  - { revision: 2, date: 2024-02-25, summary: Rà soát }',
      extra: 'ghi_chu: Bản sao từ Word\ntthc: [1.001190]',
      body: ['## 1. Mục đích', '', 'Theo khoản 2 Điều 9 Nghị định số 61/2018/NĐ-CP và Nghị định 15/2020/NĐ-CP.', '', 'Phiếu theo BM-05/QT-KHCN-01 UBND.'].join('\n'),
    });
    const files = {
      'qms.config.yaml': SHORT_CONFIG,
      'procedures/QT-KHCN-01.md': document,
      'legal/nd-61-2018.md': ND_61_2018,
      'legal/nd-107-2021.md': nd107('2022-02-21', 'Điều 9'),
      'legal/luat-45-2013.md': legalEntry('45/2013/QH13', { kind: 'Luật', issuer: 'Quốc hội', signed: '2013-11-29', effective: '2014-07-01', aliases: '[Luật Đất đai 2013]' }),
    };
    const expected = summary(checkFolder(makeRepo(files)));
    // The document has findings of many rules, so the comparison below means something.
    expect(new Set(expected.map((line) => line.split(' ')[1])).size).toBeGreaterThanOrEqual(8);
    for (const [name, transform] of Object.entries(TRANSFORMS)) {
      expect(summary(checkFolder(makeRepo(rewrite(files, transform)))), name).toEqual(expected);
    }
  });

  describe.each(RULES.map((rule) => rule.meta.id))('fixtures of %s', (id) => {
    it.each(['pass', 'fail'])('%s/ gives the same findings in CRLF, with a BOM, in NFD and all three', (variant) => {
      const files = readTree(join(FIXTURES, ...id.split('/'), variant));
      const expected = summary(checkFolder(makeRepo(files)));
      for (const [name, transform] of Object.entries(TRANSFORMS)) {
        expect(summary(checkFolder(makeRepo(rewrite(files, transform)))), name).toEqual(expected);
      }
    });
  });
});
