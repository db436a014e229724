import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, runBin, TODAY } from '../helpers/index.js';

describe('qms init [dir]', () => {
  it('creates a repository that qms check finds clean, without asking when there is no terminal', () => {
    const root = join(mkdtempSync(join(tmpdir(), 'qms-init-')), 'sở tư pháp');
    const result = runBin(['init', root, '--organization', 'Sở Tư pháp tỉnh Hòa Bình', '--today', TODAY], process.cwd());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    for (const file of ['qms.config.yaml', 'README.md', '.gitignore', 'STCL.md', 'procedures/QT-VP-01.md', 'forms/BM-01-QT-VP-01.md', 'legal/qd-19-2014-qd-ttg.md', 'legal/nd-107-2021-nd-cp.md', 'legal/nd-118-2025-nd-cp.md']) {
      expect(result.stdout, file).toContain(`+ ${file}`);
    }
    expect(readFileSync(join(root, 'qms.config.yaml'), 'utf8')).toContain('organization: "Sở Tư pháp tỉnh Hòa Bình"');
    expect(git(root, 'rev-parse', '--is-inside-work-tree').trim()).toBe('true');
    const check = runBin(['check', '--format', 'json', '--today', TODAY], root);
    expect(JSON.parse(check.stdout)).toEqual([]);
    expect(check.code).toBe(0);
    // The register knows the national chain as of today: 61/2018 amended by 107/2021, both
    // replaced by 118/2025 from 2025-07-01.
    const impact = runBin(['impact', '61/2018/NĐ-CP', '--format', 'json', '--today', TODAY], root);
    const changes = (JSON.parse(impact.stdout) as { changes: Array<{ relation: string; by: { id: string } }> }).changes.map((c) => `${c.relation} ${c.by.id}`);
    expect(changes).toContain('replaced 118/2025/NĐ-CP');
    expect(changes).toContain('amended 107/2021/NĐ-CP');
    const shown = JSON.parse(runBin(['legal', 'show', '107/2021/NĐ-CP', '--json', '--today', TODAY], root).stdout) as { status: string };
    expect(shown.status).toBe('replaced');
  });

  it('never overwrites: a second run leaves every file as it is', () => {
    const root = mkdtempSync(join(tmpdir(), 'qms-init-'));
    expect(runBin(['init', '--language', 'en', '--today', TODAY], root).code).toBe(0);
    writeFileSync(join(root, 'README.md'), 'mine\n');
    const again = runBin(['init', '--today', TODAY], root);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('= README.md (exists, left as it is)');
    expect(again.stdout).toMatch(/0 files created/);
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toBe('mine\n');
    expect(readFileSync(join(root, 'procedures/QT-VP-01.md'), 'utf8')).toContain('First issue');
    expect(runBin(['init', '--language', 'fr'], root).stderr).toMatch(/--language takes vi or en/);
  });
});
