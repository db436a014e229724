import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BARE_CONFIG, git, legalEntry, makeGitRepo, runBin, TODAY } from '../helpers/index.js';

const DOC = (revision: number, rows: string, body: string): string =>
  `---\ncode: QT-A-01\ntitle: Quy trình\ntype: procedure\nrevision: ${revision}\nstatus: draft\nhistory:\n${rows}---\n# Quy trình\n\n${body}\n`;
const ROW1 = '  - { revision: 1, date: 2026-01-01, summary: Ban hành lần đầu }\n';

describe('a linked git worktree', () => {
  it('checks changes against the base and applies an impact plan there, leaving the main worktree alone', () => {
    const root = makeGitRepo({
      'qms.config.yaml': BARE_CONFIG,
      'legal/a.md': legalEntry('61/2018/NĐ-CP', { title: 'T' }),
      'legal/b.md': legalEntry('107/2021/NĐ-CP', { title: 'T', signed: '2021-12-06', effective: '2022-02-21', amends: '[61/2018/NĐ-CP]' }),
      'procedures/QT-A-01.md': DOC(1, ROW1, 'Theo Nghị định 61/2018/NĐ-CP.').replace('status: draft\n', 'status: draft\nlegal_basis: [61/2018/NĐ-CP]\n'),
    });
    const linked = join(mkdtempSync(join(tmpdir(), 'qms-worktree-')), 'cây làm việc');
    git(root, 'worktree', 'add', '-q', '-b', 'feature', linked);
    writeFileSync(join(linked, 'procedures/QT-A-01.md'), readFileSync(join(linked, 'procedures/QT-A-01.md'), 'utf8').replace('Theo Nghị định', 'Thực hiện theo Nghị định'));
    const check = runBin(['check', '--base', 'main', '--format', 'json', '--today', TODAY], linked);
    expect((JSON.parse(check.stdout) as Array<{ ruleId: string }>).map((f) => f.ruleId)).toContain('change/revision');
    git(linked, 'checkout', '--', '.');
    const apply = runBin(['impact', '61/2018/NĐ-CP', '--apply', '--today', TODAY, '--date', TODAY], linked);
    expect(apply.stderr).toBe('');
    expect(git(linked, 'branch', '--show-current').trim()).toBe('qms/impact/61-2018-nd-cp');
    expect(readFileSync(join(linked, 'procedures/QT-A-01.md'), 'utf8')).toMatch(/^revision: 2$/m);
    expect(readFileSync(join(root, 'procedures/QT-A-01.md'), 'utf8')).toMatch(/^revision: 1$/m);
    expect(git(root, 'status', '--porcelain')).toBe('');
  });
});
