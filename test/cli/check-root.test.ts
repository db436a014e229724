/** Where `qms check` runs: -C as git's, and a git repository that holds no QMS. */
import { describe, expect, it } from 'vitest';
import { BARE_CONFIG, makeGitRepo, makeRepo, procedure, runBin, TODAY } from '../helpers/index.js';

describe('qms check -C <folder>', () => {
  it('checks the repository holding the folder, with paths relative to it', () => {
    const root = makeRepo({ 'qms.config.yaml': BARE_CONFIG, 'procedures/QT-KHCN-01.md': procedure(), 'procedures/QT-KHCN-02.md': procedure({ code: 'QT-KHCN-02', revision: 0 }) });
    const whole = runBin(['check', '-C', root, '--format', 'json', '--today', TODAY, '--no-cache'], '/');
    const files = (JSON.parse(whole.stdout) as Array<{ file: string }>).map((f) => f.file);
    expect(files).toContain('procedures/QT-KHCN-02.md');
    const one = runBin(['check', '-C', root, 'procedures/QT-KHCN-01.md', '--format', 'json', '--today', TODAY, '--no-cache'], '/');
    expect(one.stderr).toBe('');
    expect((JSON.parse(one.stdout) as Array<{ file: string }>).map((f) => f.file)).not.toContain('procedures/QT-KHCN-02.md');
  });
});

describe('a git repository without qms.config.yaml', () => {
  it('is not read as a QMS: exit 2, saying how to start one, and no findings about its files', () => {
    const root = makeGitRepo({ 'README.md': '# Một dự án\n', 'docs/notes.md': 'ghi chú\n' });
    const result = runBin(['check'], root, { QMS_LANG: 'en' });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/there is no QMS here .*qms\.config\.yaml.*qms init/s);
    expect(runBin(['list'], root).code).toBe(2);
  });
});
