/**
 * Corpus cases of the second round of hostile input (issue 20): inputs that once hung, crashed or
 * forged what qms reads or prints. Same shape as corpus/generated.ts; each names the class it guards.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sampleDocument } from '../support.js';
import type { GeneratedCase } from './generated.js';

const P = 'procedures/QT-A-01.md';
const brokenAtLine5 = (file = P) => [{ file, line: 5, ruleId: 'frontmatter/schema' }];

function put(root: string, path: string, content: string | Buffer): void {
  const target = join(root, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
}

/** "Điều 1, Điều 2, … Điều k": the list every backtracking parse could split 2^k ways. */
const articleList = (k: number): string => Array.from({ length: k }, (_, i) => `Điều ${i + 1}`).join(', ');

export function roundTwoCases(): GeneratedCase[] {
  return [
    // ---- 1. the article-reference window cannot backtrack
    {
      name: 'r2-article-list-backtracking',
      description: 'body lines of 60 "Điều k," items, a stray character, then a citation (once 2^60 steps)',
      build: (root) =>
        put(root, P, sampleDocument({ broken: true, body: Array.from({ length: 50 }, () => `${articleList(60)} @ Nghị định số 61/2018/NĐ-CP; ${articleList(60)}, @ 61/2018/NĐ-CP`).join('\n') })),
      findings: brokenAtLine5(),
      commands: true,
    },
    // ---- 2. numbers in the front matter that would drive loops are bounded
    ...['10000000', '1e23', '9007199254740993', '1.0e+308'].map((value): GeneratedCase => ({
      name: `r2-revision-${value}`,
      description: `revision: ${value} (once an 88 MB report, or V8 killed)`,
      build: (root) => put(root, P, sampleDocument().replace('revision: 1\n', `revision: ${value}\n`)),
      findings: [{ file: P, line: 5, ruleId: 'frontmatter/schema' }],
      message: 'at most 9999|whole number',
      commands: true,
    })),
    {
      name: 'r2-revision-history-rows',
      description: 'revision: 9999 with a single history row: the missing rows are listed up to 20 and counted',
      build: (root) => put(root, P, sampleDocument().replace('revision: 1\n', 'revision: 9999\n')),
      findings: [{ file: P, line: 9, ruleId: 'revision/history' }],
      message: '^history has no row for revision 2, 3, .*, 21 and 9978 more ',
    },
  ];
}
