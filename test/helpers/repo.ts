import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { loadRepository } from '../../src/workspace/read-full.js';
import { runRules } from '../../src/lint/run.js';
import type { Finding } from '../../src/model/repository.js';

const created: string[] = [];
afterAll(() => {
  for (const folder of created.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/**
 * Writes a repository into a new temporary folder: `files` maps relative paths to contents
 * (strings are written as UTF-8, Buffers as they are). A qms.config.yaml is not added unless given.
 */
export function makeRepo(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'qms-test-'));
  created.push(root);
  for (const [path, content] of Object.entries(files)) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return root;
}

/** Runs every rule over a repository folder in-process, as `qms check` does. */
export function checkFolder(root: string, today = '2026-11-27'): Finding[] {
  const repository = loadRepository(root, loadConfig(root), today);
  return runRules(repository);
}

/** Findings of one rule, as `line:ruleId` strings per file, for compact assertions. */
export function ruleLines(findings: Finding[], ruleId: string): string[] {
  return findings.filter((f) => f.ruleId === ruleId).map((f) => `${f.file}:${f.line}`);
}
