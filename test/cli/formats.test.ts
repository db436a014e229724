import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BARE_CONFIG, commitAll, makeRepo, runBin, TODAY } from '../helpers/index.js';

const DOC = '---\ncode: QT-A-01\ntitle: Quy trình\ntype: procedure\nrevision: 2\nstatus: draft\nhistory:\n  - { revision: 1, date: 2026-01-01, summary: Ban hành }\n---\n# Quy trình\n';

describe('qms check report formats (real process)', () => {
  it('--output writes the report to a file and keeps the human summary on stdout', () => {
    const root = makeRepo({ 'qms.config.yaml': BARE_CONFIG, 'procedures/QT-A-01.md': DOC });
    const result = runBin(['check', '--format', 'sarif', '--output', 'out/qms.sarif', '--today', TODAY, '--lang', 'en'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot write --output/);
    const ok = runBin(['check', '--format', 'sarif', '--output', 'qms.sarif', '--today', TODAY, '--lang', 'en'], root);
    expect(ok.code).toBe(1);
    expect(ok.stdout).toMatch(/^✖ 1 error, 0 warnings — 1 document and 0 register entries checked — report in qms\.sarif$/m);
    const sarif = JSON.parse(readFileSync(join(root, 'qms.sarif'), 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string }> }> };
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toEqual(['revision/history']);
  });

  it('--format github prints workflow commands and appends a table to $GITHUB_STEP_SUMMARY', () => {
    const root = makeRepo({ 'qms.config.yaml': BARE_CONFIG, 'procedures/QT-A-01.md': DOC });
    const summary = join(root, 'summary.md');
    writeFileSync(summary, '# earlier step\n');
    const result = runBin(['check', '--format', 'github', '--today', TODAY], root, { GITHUB_STEP_SUMMARY: summary });
    expect(result.stdout).toMatch(/^::error file=procedures\/QT-A-01\.md,line=8,col=5,title=revision\/history::/m);
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith('# earlier step\n')).toBe(true);
    expect(text).toContain('revision/history');
    expect(existsSync(join(root, 'qms.sarif'))).toBe(false);
  });

  it('gives GitHub and SARIF paths from the top of the git repository when the QMS is a subfolder', () => {
    const top = makeRepo({ 'qms/qms.config.yaml': BARE_CONFIG, 'qms/procedures/QT-A-01.md': DOC, 'README.md': 'x' });
    commitAll(top);
    const github = runBin(['check', '--format', 'github', '--today', TODAY], join(top, 'qms'));
    expect(github.stdout).toMatch(/file=qms\/procedures\/QT-A-01\.md,/);
    const json = runBin(['check', '--format', 'json', '--today', TODAY], join(top, 'qms'));
    expect(JSON.parse(json.stdout)[0].file).toBe('procedures/QT-A-01.md');
  });

  it('--format junit prints JUnit XML', () => {
    const root = makeRepo({ 'qms.config.yaml': BARE_CONFIG, 'procedures/QT-A-01.md': DOC });
    const result = runBin(['check', '--format', 'junit', '--today', TODAY], root);
    expect(result.stdout).toMatch(/<testcase classname="qms\.revision\/history" name="procedures\/QT-A-01\.md">/);
  });
});
