/**
 * `qms check --base main --changed-only --no-cache` reads the documents outside the change for
 * their front matter only (RuleMeta.outOfScope): through the real CLI, on one thread and on worker
 * threads, it reports exactly what the whole check reports in the changed files, and what the run
 * with a cache (which reads every document in full) reports.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commitAll, git, makeRepo, runBin, TODAY } from '../helpers/index.js';

const DEMO = fileURLToPath(new URL('../../fixtures/demo-agency', import.meta.url));
const NO_CI = { GITHUB_ACTIONS: '', GITLAB_CI: '' };

interface JsonFinding {
  file: string;
  ruleId: string;
}

function check(root: string, args: string[], env: Record<string, string> = {}): JsonFinding[] {
  const result = runBin(['check', '--format', 'json', '--today', TODAY, '--base', 'main', ...args], root, { ...NO_CI, ...env });
  expect(result.stderr).toBe('');
  expect([0, 1]).toContain(result.code);
  return JSON.parse(result.stdout) as JsonFinding[];
}

/** Appends a line to a document's body. */
function append(root: string, file: string, line: string): void {
  writeFileSync(join(root, file), `${readFileSync(join(root, file), 'utf8')}\n${line}\n`);
}

describe('check --changed-only --no-cache: the light reading of unchanged documents', () => {
  it('reports what the whole check reports in the changed files, on one thread and on workers', () => {
    const root = makeRepo({});
    cpSync(DEMO, root, { recursive: true });
    commitAll(root, 'base');
    git(root, 'checkout', '-q', '-b', 'feature');
    // Unchanged documents matter to the changed ones: a code taken twice, an obsolete and an unknown one named.
    const text = readFileSync(join(root, 'procedures/QT-KHCN-02.md'), 'utf8');
    writeFileSync(join(root, 'procedures/QT-KHCN-02.md'), text.replace('code: QT-KHCN-02', 'code: QT-KHCN-04'));
    append(root, 'procedures/QT-TCHC-02.md', 'Xem thêm QT-KHCN-07 và QT-KHCN-09.');
    append(root, 'procedures/QT-VP-02.md', 'Biểu mẫu BM-01/QT-KHCN-07 và BM-09/QT-VP-02.');
    const changed = ['procedures/QT-KHCN-02.md', 'procedures/QT-TCHC-02.md', 'procedures/QT-VP-02.md'];

    const whole = check(root, ['--no-cache']).filter((f) => changed.includes(f.file));
    expect(new Set(whole.map((f) => f.file))).toEqual(new Set(changed));
    expect(whole.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['code/duplicate', 'ref/obsolete', 'ref/unknown']));
    for (const workers of ['0', '2']) expect(check(root, ['--changed-only', '--no-cache'], { QMS_WORKERS: workers }), `QMS_WORKERS=${workers}`).toEqual(whole);
    // With a cache every document is read in full: the same findings.
    expect(check(root, ['--changed-only', '--cache-location', join(root, '.cache')])).toEqual(whole);
  });
});
