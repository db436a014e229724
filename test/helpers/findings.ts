/**
 * Findings in-process: every rule run over a repository folder as `qms check` runs them, and
 * compact views of the findings (`file:line`), with lines found in the text rather than counted.
 */
import { loadConfig } from '../../src/config/load.js';
import { runRules } from '../../src/lint/run.js';
import type { Finding } from '../../src/model/repository.js';
import { loadRepository } from '../../src/workspace/read-full.js';
import { TODAY } from './today.js';

/** Runs every rule over a repository folder in-process, as `qms check` does, on `today`. */
export function checkFolder(root: string, today = TODAY): Finding[] {
  const repository = loadRepository(root, loadConfig(root), today);
  return runRules(repository);
}

/** Findings of one rule. */
export function ofRule(findings: Finding[], ruleId: string): Finding[] {
  return findings.filter((f) => f.ruleId === ruleId);
}

/** Findings of one rule, as `file:line` strings, for compact assertions. */
export function ruleLines(findings: Finding[], ruleId: string): string[] {
  return ofRule(findings, ruleId).map((f) => `${f.file}:${f.line}`);
}

/** Findings of one rule as `file:line:severity`. */
export function ruleSeverities(findings: Finding[], ruleId: string): string[] {
  return ofRule(findings, ruleId).map((f) => `${f.file}:${f.line}:${f.severity}`);
}

/** The 1-based line of the `nth` occurrence of `needle` in `text`; throws when it is not there. */
export function lineOf(text: string, needle: string, nth = 1): number {
  let from = 0;
  let index = -1;
  for (let i = 0; i < nth; i++) {
    index = text.indexOf(needle, from);
    if (index < 0) throw new Error(`"${needle}" (occurrence ${nth}) is not in the text`);
    from = index + needle.length;
  }
  return text.slice(0, index).split(/\r\n|\r|\n/).length;
}

/** `file:line` for a needle in a document, in the form ruleLines() gives. */
export function at(file: string, text: string, needle: string, nth = 1): string {
  return `${file}:${lineOf(text, needle, nth)}`;
}
