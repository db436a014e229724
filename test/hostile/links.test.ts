/**
 * No command reads through a link out of the repository or into a device (issue 20, items 3 and 5):
 * `qms new` copies no outside file into a new procedure, and a config linked to a device or a pipe
 * is a one-line refusal for every command, never a hang.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TODAY } from '../helpers/index.js';
import { endingProblems, isOneLineRefusal, runQms, snapshot, tempFolder } from './support.js';

const BASE = fileURLToPath(new URL('./corpus/_base', import.meta.url));
const NEW = ['new', 'procedure', '--code', 'QT-X-01', '--title', 'Thử', '--owner', 'Phòng A', '--date', TODAY, '--today', TODAY];
const SECRET = 'BÍ MẬT: nội dung ngoài kho';
const TEMPLATE = `---\ncode: QT-X-01\n---\n${SECRET}\n`;

function repository(): string {
  const root = tempFolder();
  cpSync(BASE, root, { recursive: true });
  mkdirSync(join(root, 'templates'), { recursive: true });
  return root;
}

/** A folder outside every repository holding procedure.vi.md with the secret. */
function outside(): string {
  const folder = tempFolder('qms-outside-');
  writeFileSync(join(folder, 'procedure.vi.md'), TEMPLATE);
  return folder;
}

describe('qms new never copies a file from outside the repository', () => {
  it.each<[string, (root: string) => void]>([
    ['a link to a file outside', (root) => {
      mkdirSync(join(root, 'templates/documents'));
      symlinkSync(join(outside(), 'procedure.vi.md'), join(root, 'templates/documents/procedure.vi.md'));
    }],
    ['a link to /dev/zero', (root) => {
      mkdirSync(join(root, 'templates/documents'));
      symlinkSync('/dev/zero', join(root, 'templates/documents/procedure.vi.md'));
    }],
    ['inside a folder that links outside', (root) => symlinkSync(outside(), join(root, 'templates/documents'), 'dir')],
  ])('the template is %s: refused in one line, nothing written', (_name, plant) => {
    const root = repository();
    plant(root);
    const before = snapshot(root);
    const run = runQms(NEW, root);
    expect(endingProblems(run)).toEqual([]);
    expect(isOneLineRefusal(run, /procedure\.vi\.md/), run.stderr).toBe(true);
    expect(run.stdout).not.toContain(SECRET);
    expect(snapshot(root)).toEqual(before);
  });

  it('a link to a template inside the repository is read (the check is where it points, not that it links)', () => {
    const root = repository();
    mkdirSync(join(root, 'templates/documents'));
    mkdirSync(join(root, 'templates/shared'));
    const shipped = readFileSync(fileURLToPath(new URL('../../templates/documents/procedure.vi.md', import.meta.url)), 'utf8');
    writeFileSync(join(root, 'templates/shared/procedure.vi.md'), `${shipped}\nMẫu dùng chung của đơn vị.\n`);
    symlinkSync('../shared/procedure.vi.md', join(root, 'templates/documents/procedure.vi.md'));
    const run = runQms(NEW, root);
    expect(endingProblems(run)).toEqual([]);
    expect(readFileSync(join(root, 'procedures/QT-X-01.md'), 'utf8')).toContain('Mẫu dùng chung của đơn vị.');
  });
});

describe('a config that is a device or a pipe: every command refuses in one line', () => {
  const commands = [['check', '--today', TODAY], ['list'], ['show', 'QT-A-01'], ['legal', 'list'], ['render', '--check'], NEW];
  it.each(['/dev/zero', 'fifo'])('qms.config.yaml is %s', (kind) => {
    const root = repository();
    rmSync(join(root, 'qms.config.yaml'));
    if (kind === 'fifo') expect(spawnSync('mkfifo', [join(root, 'qms.config.yaml')]).status).toBe(0);
    else symlinkSync(kind, join(root, 'qms.config.yaml'));
    for (const command of commands) {
      const run = runQms(command, root);
      expect(endingProblems(run), command.join(' ')).toEqual([]);
      expect(isOneLineRefusal(run, /qms\.config\.yaml/), `${command.join(' ')}: ${run.stderr}`).toBe(true);
    }
  });
});
