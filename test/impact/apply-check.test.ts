/**
 * The check of an impact plan (`qms impact --apply`, the findings `qms check` will report on the
 * revised documents) made the fast way — the documents the plan leaves alone seen by their front
 * matter, recalled from the cache — is the check made the full way, and what `qms check` reports
 * once the plan is written.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { decodeFrontMatter, encodeFrontMatter, type FrontMatterData } from '../../src/impact/front-matter-index.js';
import { findingsAfter, frontMatterSummary, type PlannedText } from '../../src/lint/planned.js';
import type { Repository } from '../../src/model/repository.js';
import { DocumentCache } from '../../src/workspace/cache.js';
import { openRepository } from '../../src/workspace/read-indexed.js';
import { loadRepository } from '../../src/workspace/read-full.js';
import { copyDemoAgency, DATED_ARGS, DEMO_AGENCY, demoAgencyRepo, fixtureRepositories, git, runMain, settleAll, TODAY } from '../helpers/index.js';

afterEach(() => vi.restoreAllMocks());


/**
 * Each document planned alone (every `step`th: the demo agency's are many): its text as it is, and
 * with the code of another document (a duplicate made by the plan).
 */
function plans(repository: Repository, step: number): PlannedText[][] {
  const codes = repository.documents.flatMap((d) => (d.code ? [d.code.value] : []));
  return repository.documents.filter((_, i) => i % step === 0).flatMap((document) => {
    const text = repository.texts.get(document.file)!;
    const other = codes.find((code) => code !== document.code?.value);
    const duplicated = document.code && other ? text.replace(/^code:.*$/m, `code: ${other}`) : undefined;
    return [[{ file: document.file, after: text }], ...(duplicated && duplicated !== text ? [[{ file: document.file, after: duplicated }]] : [])];
  });
}

describe('the check of a plan', () => {
  it('gives the same findings with the other documents seen by their front matter as with every summary', () => {
    const differing: string[] = [];
    let compared = 0;
    let withFindings = 0;
    for (const [name, repository] of fixtureRepositories()) {
      // As the cache keeps them (JSON) and gives them back.
      const frontMatter = decodeFrontMatter(JSON.parse(JSON.stringify(encodeFrontMatter(repository.documents))) as FrontMatterData);
      expect(frontMatter).toEqual(repository.documents.map(frontMatterSummary));
      for (const planned of plans(repository, name === 'demo-agency' ? 3 : 1)) {
        const full = findingsAfter(repository, planned, repository.templates);
        const light = findingsAfter(repository, planned, repository.templates, { frontMatter: () => frontMatter });
        compared++;
        if (full.some((f) => ['code/duplicate', 'ref/unknown', 'ref/obsolete', 'status/orphan'].includes(f.ruleId))) withFindings++;
        if (JSON.stringify(light) !== JSON.stringify(full)) differing.push(`${name}: ${planned[0]!.file}`);
      }
    }
    expect(differing).toEqual([]);
    // The comparison saw the rules that read other documents' front matter report.
    expect(compared).toBeGreaterThan(100);
    expect(withFindings).toBeGreaterThan(10);
  });

  it('keeps only the front matter fields of a summary', () => {
    const repository = loadRepository(DEMO_AGENCY, loadConfig(DEMO_AGENCY), TODAY);
    const summary = repository.documents.find((d) => d.mentions.length > 0 && d.legalKeys.length > 0 && d.references.length > 0)!;
    const kept = frontMatterSummary(summary);
    expect(kept).toMatchObject({ file: summary.file, code: summary.code, status: summary.status, revision: summary.revision, references: summary.references, tthc: summary.tthc, mentions: [], legalKeys: [] });
    expect(Object.keys(kept)).not.toContain('title');
  });
});

const dryRun = (root: string, legal: string, ...options: string[]) => runMain(['impact', legal, '--apply', '--dry-run', ...DATED_ARGS, ...options], root);

describe('qms impact --apply --dry-run through the cache', () => {
  it.each([
    ['64/2025/QH15', []],
    ['118/2025/NĐ-CP', ['--rewrite-citations']],
  ] as const)('%s %j: the same plan and check warm as without a cache, with no summary parsed once the cache holds the front matter', async (legal, extra) => {
    const root = copyDemoAgency();
    // Every file as if written long ago: a warm run then proves them unchanged by their times, and writes no cache.
    settleAll(root);
    for (const format of ['json', 'text']) {
      const uncached = await dryRun(root, legal, '--format', format, '--no-cache', ...extra);
      expect(uncached.code, uncached.stderr).toBe(0);
      expect((await dryRun(root, legal, '--format', format, ...extra)).stdout).toBe(uncached.stdout);
      const summaries = vi.spyOn(DocumentCache.prototype, 'summary');
      expect((await dryRun(root, legal, '--format', format, ...extra)).stdout).toBe(uncached.stdout);
      expect(summaries).not.toHaveBeenCalled();
      summaries.mockRestore();
    }
  });

  it('checks the plan as qms check reads the documents once it is written', async () => {
    const root = demoAgencyRepo();
    const dry = await dryRun(root, '64/2025/QH15', '--format', 'json');
    expect(dry.code, dry.stderr).toBe(0);
    const plan = JSON.parse(dry.stdout) as { files: Array<{ file: string }>; check: { findings: Array<Record<string, unknown>> } };
    expect(plan.check.findings.length).toBeGreaterThan(0);
    const applied = await runMain(['impact', '64/2025/QH15', '--apply', ...DATED_ARGS], root);
    expect(applied.code, applied.stderr).toBe(0);
    expect(git(root, 'status', '--porcelain')).toBe('');
    const files = plan.files.map((f) => f.file);
    const check = await runMain(['check', '--format', 'json', '--today', TODAY, ...files], root);
    const reported = (JSON.parse(check.stdout) as Array<Record<string, unknown>>).map(({ file, line, column, severity, ruleId, messageId, data }) => ({ file, line, column, severity, ruleId, messageId, data }));
    expect(plan.check.findings.map(({ file, line, column, severity, ruleId, messageId, data }) => ({ file, line, column, severity, ruleId, messageId, data }))).toEqual(reported);
    expect(readFileSync(join(root, files[0]!), 'utf8')).toMatch(/^status: draft$/m);
  });
});

describe('the derived parts of the cache', () => {
  it('keeps the look-up index and the front matter apart: each recalled under its own digest, neither dropping the other', () => {
    const root = copyDemoAgency();
    const loaded = loadConfig(root);
    const cacheFolder = join(root, '.qms/cache');
    const builds = { lookup: 0, frontMatter: 0 };
    const open = (parts: Array<'lookup' | 'front-matter'>) => {
      const opened = openRepository(root, loaded, TODAY, undefined, { cacheFolder });
      const values = parts.map((part) =>
        part === 'lookup'
          ? opened.summariesIndex('test-lookup', () => (builds.lookup++, { lookup: opened.index.documents.length }))
          : opened.summariesIndex('test-front-matter', () => (builds.frontMatter++, opened.index.documents.map(frontMatterSummary)), 'front-matter'),
      );
      opened.saveCache();
      return values;
    };
    const [lookup, frontMatter] = open(['lookup', 'front-matter']);
    expect(builds).toEqual({ lookup: 1, frontMatter: 1 });
    // A run that asks for one part only keeps the other as it was.
    expect(open(['lookup'])).toEqual([lookup]);
    expect(open(['front-matter'])).toEqual([frontMatter]);
    expect(open(['lookup', 'front-matter'])).toEqual([lookup, frontMatter]);
    expect(builds).toEqual({ lookup: 1, frontMatter: 1 });
  });

  it('is written once by a run saving twice with nothing new between', () => {
    const root = copyDemoAgency();
    settleAll(root);
    const file = join(root, '.qms/cache/documents-v6.bin');
    const opened = openRepository(root, loadConfig(root), TODAY, undefined, { cacheFolder: join(root, '.qms/cache') });
    opened.summariesIndex('test-lookup', () => opened.index.documents.length);
    opened.saveCache();
    const written = statSync(file).ino;
    opened.saveCache();
    expect(statSync(file).ino).toBe(written);
    // Something new since: written again.
    opened.summariesIndex('test-front-matter', () => 1, 'front-matter');
    opened.saveCache();
    expect(statSync(file).ino).not.toBe(written);
  });
});
