/**
 * Git object names cannot be misread (issue 20, item 4): a merged document whose name holds a line
 * feed and a `rev:path` once shifted the answers of `git cat-file --batch`, so the base version of
 * another document read as its head version and an unrevised change passed `--base`. Names now go
 * NUL-separated and every answer is matched to its own name.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBlobs } from '../../src/git/blobs.js';
import { git, makeGitRepo, ND_61_2018, procedure, runBin, SHORT_CONFIG, TODAY } from '../helpers/index.js';

const VICTIM = 'QT-VP-01.md';
/** Sorts before the victim, so its name is asked first; the part after the line feed names the victim at HEAD (no '/', which the file sets would not match after a line feed). */
const HOSTILE = `A\nHEAD:${VICTIM}`;

function repository(): string {
  const root = makeGitRepo({
    'qms.config.yaml': SHORT_CONFIG,
    'legal/nd-61-2018-nd-cp.md': ND_61_2018,
    [VICTIM]: procedure({ code: 'QT-VP-01', body: 'Thời hạn giải quyết 03 ngày làm việc.' }),
    [HOSTILE]: procedure({ code: 'QT-VP-02', body: 'Một văn bản.' }),
  });
  git(root, 'checkout', '-q', '-b', 'feature');
  // The victim changes without a new revision; the hostile document changes too, so both are read at the base.
  writeFileSync(join(root, VICTIM), procedure({ code: 'QT-VP-01', body: 'Thời hạn giải quyết 02 ngày làm việc.' }));
  writeFileSync(join(root, HOSTILE), procedure({ code: 'QT-VP-02', body: 'Một văn bản đã sửa.' }));
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'feature');
  return root;
}

describe('a file name holding a line feed and rev:path', () => {
  it('reads each object as itself: the hostile name is one (missing) name, the victim its base version', () => {
    const root = repository();
    const specs = [`main:${HOSTILE.split('\n')[0]!}`, `main:${HOSTILE}`, `main:${VICTIM}`, `HEAD:${VICTIM}`, `main:procedures/none.md`];
    const blobs = readBlobs(root, specs);
    expect(blobs.get(specs[0]!)).toBeNull();
    expect(blobs.get(specs[1]!)).toContain('Một văn bản.');
    expect(blobs.get(specs[2]!)).toContain('03 ngày');
    expect(blobs.get(specs[3]!)).toContain('02 ngày');
    expect(blobs.get(specs[4]!)).toBeNull();
  });

  it('cannot make an unrevised change pass the --base gate: exit 1, change/revision on the victim', () => {
    const root = repository();
    for (const args of [['--base', 'main'], ['--base', 'main', '--head']]) {
      const run = runBin(['check', '--format', 'json', '--today', TODAY, ...args], root, { GITHUB_ACTIONS: '', GITHUB_BASE_REF: '', GITLAB_CI: '' });
      expect(run.code, run.stderr).toBe(1);
      const findings = JSON.parse(run.stdout) as Array<{ file: string; ruleId: string }>;
      expect(findings.filter((f) => f.file === VICTIM && f.ruleId === 'change/revision')).toHaveLength(1);
    }
  });
});
