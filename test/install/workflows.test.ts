/**
 * The GitHub Actions workflows qms ships and writes are valid for GitHub Actions (checked against
 * the workflow schema by action-validator), and do what they claim: the project's own CI tests on
 * Node 20 and 22 and releases the packed tarball on a tag; the agency workflow of `qms init`.
 */
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { makeRepo, runBin } from '../helpers/index.js';

interface ValidationState {
  errors: Array<{ code: string; title: string; detail?: string; path?: string }>;
}
const { validateWorkflow } = createRequire(import.meta.url)('@action-validator/core') as { validateWorkflow(source: string): ValidationState };

/** The schema's complaints about a workflow, one line each ([] when valid). */
const problems = (source: string): string[] => validateWorkflow(source).errors.map((error) => `${error.path ?? ''} ${error.title}: ${error.detail ?? ''}`);

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  strategy?: { matrix: Record<string, unknown[]> };
  steps: Step[];
}

describe('the workflows', () => {
  const folder = '.github/workflows';
  const files = readdirSync(folder).filter((name) => /\.ya?ml$/.test(name));

  it('are valid GitHub Actions workflows (and the validator does reject an invalid one)', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(problems(readFileSync(join(folder, file), 'utf8')), file).toEqual([]);
    expect(problems('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v6\n        run: echo both\n')).not.toEqual([]);
  });

  it('test qms on Node 20 and 22, and on a version tag pack the tarball and attach it to the release', () => {
    const ci = parse(readFileSync(join(folder, 'ci.yml'), 'utf8')) as { on: { push: { tags: string[] } }; jobs: Record<string, Job> };
    const test = ci.jobs.test!;
    expect(test.strategy!.matrix.node).toEqual([20, 22]);
    expect(test.steps.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe('${{ matrix.node }}');
    expect(test.steps.map((step) => step.run?.split(' #')[0]).filter(Boolean)).toEqual(['npm ci', 'npm run typecheck', 'npm run lint', 'npm test']);
    expect(ci.on.push.tags).toEqual(['v*']);
    const release = ci.jobs.release!;
    expect(release.if).toBe("startsWith(github.ref, 'refs/tags/v')");
    expect(release.needs).toBe('test');
    expect(release.permissions).toEqual({ contents: 'write' });
    const runs = release.steps.flatMap((step) => (step.run ? [step.run] : []));
    expect(runs).toContain('npm run pack -- release');
    expect(runs.join('\n')).toMatch(/gh release upload "\$GITHUB_REF_NAME" release\/\*\.tgz --clobber/);
    // Every action at a major version of its own (no branch, no floating ref).
    for (const job of Object.values(ci.jobs)) for (const step of job.steps) if (step.uses) expect(step.uses).toMatch(/^[\w-]+\/[\w-]+(\/[\w-]+)*@v\d+$/);
  });

  it('include the agency workflow qms init writes, valid as generated', () => {
    const root = makeRepo({ 'qms.config.yaml': 'types: {}\n' });
    const printed = runBin(['init', '--ci', 'github', '--print'], root);
    expect(printed.code).toBe(0);
    expect(problems(printed.stdout)).toEqual([]);
  });
});
