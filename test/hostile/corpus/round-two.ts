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
  ];
}
