/**
 * A province following its agencies: `qms init --ci github|gitlab --province repos.txt` writes a
 * workflow whose agency job runs list, check and impact in every repository listed, and
 * `qms report merge` turns their real JSON outputs into one report. Three real local agency
 * repositories, the workflow's own script run in each (bash, as the runner does), the artifacts laid
 * out as download-artifact lays them, and the merge step's own commands.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, runBin, runMain, tempFolder, TODAY } from '../helpers/index.js';
import { mergeProvince } from '../../src/province/merge.js';
import { provinceMarkdown } from '../../src/province/markdown.js';

const { validateWorkflow } = createRequire(import.meta.url)('@action-validator/core') as { validateWorkflow(source: string): { errors: unknown[] } };
const LEGAL = '61/2018/NĐ-CP';
const IDENTITY = { GIT_AUTHOR_NAME: 'Nguyễn Văn An', GIT_AUTHOR_EMAIL: 'an@example.vn', GIT_COMMITTER_NAME: 'Nguyễn Văn An', GIT_COMMITTER_EMAIL: 'an@example.vn' };

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface ProvinceWorkflow {
  on: { workflow_dispatch: { inputs: { legal: { default: string } } } };
  jobs: {
    agency: { strategy: { matrix: { include: Array<{ repository: string; slug: string }> } }; env: Record<string, string>; steps: Step[] };
    province: { needs: string; if: string; steps: Step[] };
  };
}

/**
 * The pinned qms of a repository as `npm ci` leaves it (node_modules/.bin/qms, untracked), here the
 * built CLI on the suite's day so the outputs do not depend on the clock (the real install is
 * test/install/package.test.ts's).
 */
function pinShim(root: string, today: readonly string[] = ['--today', TODAY]): void {
  mkdirSync(join(root, 'node_modules', '.bin'), { recursive: true });
  writeFileSync(join(root, 'node_modules', '.bin', 'qms'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@" ${today.join(' ')}\n`);
  chmodSync(join(root, 'node_modules', '.bin', 'qms'), 0o755);
}

/** A new agency repository made by qms init, with `edit` applied to it. */
function agency(top: string, folder: string, organization: string, edit: (root: string) => void): string {
  const root = join(top, folder);
  const made = runBin(['init', root, '--organization', organization, '--today', TODAY, '--no-install'], top, IDENTITY);
  expect(made.code, made.stderr).toBe(0);
  edit(root);
  pinShim(root);
  return root;
}

/** Adds legal_basis to the sample procedure's front matter. */
function cite(root: string, ...ids: string[]): void {
  const file = join(root, 'procedures/QT-VP-01.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace('owner: Văn phòng\n', `owner: Văn phòng\nlegal_basis:\n${ids.map((id) => `  - ${id}\n`).join('')}`));
}

let top: string;
let repositories: Record<string, string>;

beforeAll(() => {
  top = tempFolder('qms-province-');
  repositories = {
    // Has followed every change of 61/2018: cites its amendment 107/2021 and its replacement 118/2025.
    'so-tu-phap/qms': agency(top, 'tu-phap', 'Sở Tư pháp tỉnh Hòa Bình', (root) => cite(root, LEGAL, '107/2021/NĐ-CP', '118/2025/NĐ-CP')),
    // Its register lacks 61/2018: check reports it, impact has nothing to say.
    'so-khcn/qms': agency(top, 'khcn', 'Sở Khoa học và Công nghệ tỉnh Hòa Bình', (root) => rmSync(join(root, 'legal/nd-61-2018-nd-cp.md'))),
    // Still cites only 61/2018, replaced from 2025-07-01: overdue.
    'ubnd-xa-tan-lac/qms': agency(top, 'tan-lac', 'UBND xã Tân Lạc', (root) => cite(root, LEGAL)),
  };
});

describe('qms init --ci … --province', () => {
  it('writes a valid GitHub workflow: an agency job per repository listed, then one merging their outputs', async () => {
    const province = join(top, 'province');
    expect(runBin(['init', province, '--organization', 'Sở Khoa học và Công nghệ tỉnh Hòa Bình', '--today', TODAY, '--no-install'], top, IDENTITY).code).toBe(0);
    writeFileSync(join(top, 'repos.txt'), `# agency repositories\n${Object.keys(repositories).join('\n')}\n\n`);
    const unpinned = runBin(['init', '--ci', 'github', '--province', join(top, 'repos.txt'), '--legal', LEGAL], province, { QMS_LANG: 'en' });
    expect(unpinned.stderr).toMatch(/does not pin qms/);
    writeFileSync(join(province, 'package-lock.json'), '{}\n'); // what npm install would have written
    const written = runBin(['init', '--ci', 'github', '--province', join(top, 'repos.txt'), '--legal', LEGAL], province, { QMS_LANG: 'en' });
    expect(written.stderr).toBe('');
    expect(written.stdout).toMatch(/wrote \.github\/workflows\/qms-province\.yml: 3 agency repositories/);
    const text = readFileSync(join(province, '.github/workflows/qms-province.yml'), 'utf8');
    expect(validateWorkflow(text).errors).toEqual([]);
    const workflow = parse(text) as ProvinceWorkflow;
    expect(workflow.jobs.agency.strategy.matrix.include.map((entry) => entry.repository)).toEqual(Object.keys(repositories));
    expect(workflow.on.workflow_dispatch.inputs.legal.default).toBe(LEGAL);
    expect(workflow.jobs.agency.env.QMS_LEGAL).toBe(`\${{ inputs.legal || '${LEGAL}' }}`);
    expect(workflow.jobs.agency.steps.filter((step) => step.run !== undefined)[0]!.run).toBe('npm ci');
    expect(workflow.jobs.province).toMatchObject({ needs: 'agency', if: 'always()' });
    expect(workflow.jobs.province.steps.find((step) => step.uses?.startsWith('actions/download-artifact@'))?.with).toEqual({ pattern: 'qms-*', path: 'qms-report' });

    // Each agency job's script, run in each repository as the runner would (bash -e).
    const runner = tempFolder('qms-runner-');
    const script = workflow.jobs.agency.steps.find((step) => step.env?.QMS_REPORT_DIR !== undefined)!.run!;
    for (const entry of workflow.jobs.agency.strategy.matrix.include) {
      const result = spawnSync('bash', ['-e', '-c', script], {
        cwd: repositories[entry.repository],
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', QMS_REPORT_DIR: join(runner, 'qms-report'), QMS_AGENCY: entry.slug, QMS_LEGAL: LEGAL },
      });
      expect(result.status, `${entry.repository}: ${result.stderr}`).toBe(0);
      // upload-artifact (name qms-<slug>) then download-artifact (pattern qms-*, path qms-report).
      cpSync(join(runner, 'qms-report', entry.slug), join(province, 'qms-report', `qms-${entry.slug}`), { recursive: true });
    }
    expect(existsSync(join(province, 'qms-report/qms-so-khcn--qms/impact.json'))).toBe(false);

    // The province job's merge lines, as written, in the province repository (bash expands the globs).
    pinShim(province, []); // report merge reads the day of each agency's run from its outputs
    const merge = workflow.jobs.province.steps.find((step) => step.name === 'Province report')!.run!.replace(/^cat .*GITHUB_STEP_SUMMARY.*$/m, '');
    const merged = spawnSync('bash', ['-e', '-c', merge], { cwd: province, encoding: 'utf8', env: { ...process.env, QMS_LANG: 'en' } });
    expect(merged.status, merged.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(province, 'qms-province.json'), 'utf8')) as ReturnType<typeof mergeProvince>;
    const byName = Object.fromEntries(report.agencies.map((entry) => [entry.name, entry]));
    expect(Object.keys(byName).sort()).toEqual(['Sở Khoa học và Công nghệ tỉnh Hòa Bình', 'Sở Tư pháp tỉnh Hòa Bình', 'UBND xã Tân Lạc']);

    // Every figure is the agency's own output, counted.
    for (const [repository, root] of Object.entries(repositories)) {
      const slug = workflow.jobs.agency.strategy.matrix.include.find((entry) => entry.repository === repository)!.slug;
      const entry = report.agencies.find((a) => a.key === `qms-${slug}`)!;
      const findings = JSON.parse(readFileSync(join(province, 'qms-report', `qms-${slug}`, 'check.json'), 'utf8')) as Array<{ severity: string }>;
      expect(entry.errors, repository).toBe(findings.filter((f) => f.severity === 'error').length);
      expect(entry.warnings, repository).toBe(findings.filter((f) => f.severity === 'warning').length);
      // Counted in-process (main(argv, io)): the agency's own outputs above came from real runs.
      const listed = JSON.parse((await runMain(['list', '--format', 'json', '--today', TODAY], root)).stdout) as { documents: unknown[] };
      expect(entry.documents, repository).toBe(listed.documents.length);
    }
    const tuPhap = byName['Sở Tư pháp tỉnh Hòa Bình']!;
    expect(tuPhap.legal?.id).toBe(LEGAL);
    expect(tuPhap.affected?.map((d) => [d.code, d.acknowledged, d.overdue])).toEqual([['QT-VP-01', true, false]]);
    const khcn = byName['Sở Khoa học và Công nghệ tỉnh Hòa Bình']!;
    expect(khcn.missing).toEqual(['impact']);
    expect(khcn.errors).toBeGreaterThan(0);
    const tanLac = byName['UBND xã Tân Lạc']!;
    expect(tanLac.overdue?.map((d) => [d.code, d.relation, d.by, d.due])).toEqual([['QT-VP-01', 'replaced', '118/2025/NĐ-CP', '2025-10-01']]);
    expect(report.totals).toMatchObject({ agencies: 3, affected: 2, overdue: 1, agenciesOverdue: 1 });

    // The Markdown report is the same report, rendered.
    const markdown = readFileSync(join(province, 'qms-province.md'), 'utf8');
    expect(markdown).toBe(provinceMarkdown(report, 'en'));
    expect(markdown).toContain('| UBND xã Tân Lạc | 3 |');
    expect(markdown).toMatch(/\| QT-VP-01 \| .* \| replaced by 118\/2025\/NĐ-CP \| 2025-10-01 \| \*\*overdue\*\* \|/);
    expect(markdown).toContain('No output of: qms impact.');
  });

  it('writes the GitLab pipeline with the same agency script, one parallel job per repository', () => {
    writeFileSync(join(top, 'repos-gitlab.txt'), 'so-tu-phap/qms\nubnd/xa/tan-lac\n');
    const printed = runBin(['init', '--ci', 'gitlab', '--province', join(top, 'repos-gitlab.txt'), '--legal', LEGAL, '--print'], top);
    expect(printed.code).toBe(0);
    const pipeline = parse(printed.stdout) as { variables: Record<string, string>; 'qms-agency': { parallel: { matrix: Array<Record<string, string>> }; script: string[] }; 'qms-province': { needs: string[]; script: string[] } };
    expect(pipeline.variables.QMS_LEGAL).toBe(LEGAL);
    expect(pipeline['qms-agency'].parallel.matrix).toEqual([
      { QMS_REPOSITORY: 'so-tu-phap/qms', QMS_AGENCY: 'so-tu-phap--qms' },
      { QMS_REPOSITORY: 'ubnd/xa/tan-lac', QMS_AGENCY: 'ubnd--xa--tan-lac' },
    ]);
    expect(pipeline['qms-agency'].script.slice(2, 3)).toEqual(['npm ci']);
    const github = parse(runBin(['init', '--ci', 'github', '--province', join(top, 'repos-gitlab.txt'), '--print'], top).stdout) as ProvinceWorkflow;
    const githubScript = github.jobs.agency.steps.find((step) => step.env?.QMS_REPORT_DIR !== undefined)!.run!;
    expect(pipeline['qms-agency'].script[3]).toBe(githubScript);
    expect(pipeline['qms-province'].needs).toEqual(['qms-agency']);
  });

  it('refuses a repository list that could smuggle text into the workflow, and a legal name that could', async () => {
    for (const [list, message] of [
      ['so-tu-phap/qms\nx/y; rm -rf /\n', /line 2: "x\/y; rm -rf \/" is not a repository path/],
      ['a/b\n${{ secrets.X }}/c\n', /line 2/],
      ['a/b\nA/B\n', /line 2: A\/B is listed already/],
      ['# nothing\n', /lists no repository/],
    ] as const) {
      writeFileSync(join(top, 'bad.txt'), list);
      const refused = await runMain(['init', '--ci', 'github', '--province', join(top, 'bad.txt'), '--print'], top, { QMS_LANG: 'en' });
      expect(refused.code, list).toBe(2);
      expect(refused.stderr, list).toMatch(message);
    }
    // A list that is not there, a folder, a device (never read for ever) or larger than 1 MB: refused by kind.
    mkdirSync(join(top, 'folder.txt'), { recursive: true });
    for (const list of [join(top, 'missing.txt'), join(top, 'folder.txt'), '/dev/zero']) {
      const refused = await runMain(['init', '--ci', 'github', '--province', list, '--print'], top, { QMS_LANG: 'en' });
      expect(refused.code, list).toBe(2);
      expect(refused.stderr, list).toMatch(/there is no file/);
    }
    writeFileSync(join(top, 'big.txt'), 'a/b\n'.repeat(300_000));
    const big = await runMain(['init', '--ci', 'github', '--province', join(top, 'big.txt'), '--print'], top, { QMS_LANG: 'en' });
    expect(big.code).toBe(2);
    expect(big.stderr).toMatch(/1 MB/);
    writeFileSync(join(top, 'good.txt'), 'a/b\n');
    const legal = await runMain(['init', '--ci', 'github', '--province', join(top, 'good.txt'), '--legal', "x' || secrets.TOKEN || '", '--print'], top, { QMS_LANG: 'en' });
    expect(legal.code).toBe(2);
    expect(legal.stderr).toMatch(/only a document number is accepted/);
  });
});

describe('qms report merge', () => {
  it('refuses a file that is not the output of check, list or impact, and two outputs of one kind in one folder', async () => {
    const folder = tempFolder('qms-merge-');
    mkdirSync(join(folder, 'a'));
    writeFileSync(join(folder, 'a', 'x.json'), '{"hello": 1}');
    expect((await runMain(['report', 'merge', 'a/x.json'], folder, { QMS_LANG: 'en' })).stderr).toMatch(/a\/x\.json: not the JSON of qms check, qms list or qms impact/);
    writeFileSync(join(folder, 'a', 'c1.json'), '[]');
    writeFileSync(join(folder, 'a', 'c2.json'), '[]');
    expect((await runMain(['report', 'merge', 'a/c1.json', 'a/c2.json'], folder, { QMS_LANG: 'en' })).stderr).toMatch(/a second qms check output in the same folder/);
    writeFileSync(join(folder, 'a', 'bad.json'), '[1,');
    expect((await runMain(['report', 'merge', 'a/bad.json'], folder, { QMS_LANG: 'en' })).stderr).toMatch(/is not JSON/);
  });

  it('keeps what an agency wrote from acting in a terminal or breaking the table', () => {
    const report = mergeProvince([
      { folder: 'a', file: 'list.json', data: { list: 'internal', organization: 'Sở\u001b[2J | <b>x</b>\u202e', documents: [] } },
      { folder: 'a', file: 'check.json', data: [] },
    ]);
    const markdown = provinceMarkdown(report, 'vi');
    expect(markdown.includes('\u001b') || markdown.includes('\u202e')).toBe(false);
    expect(markdown).toContain('| Sở[2J \\| &lt;b&gt;x&lt;/b&gt; | 0 | 0 | 0 | 0 | — | — |');
  });
});
