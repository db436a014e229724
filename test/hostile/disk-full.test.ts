/**
 * A write the system refuses — a full disk (ENOSPC), a quota (EDQUOT), a read-only file system
 * (EROFS), no permission (EACCES) — is one line from the catalogue naming the file, exit 2, no
 * stack and nothing changed: never "internal error" on two lines (issue 20). The conditions are
 * real: /dev/full for the writer's mapping; for the CLI a tmpfs filled to the brim and one
 * remounted read-only, each in a private mount namespace (`unshare -rm`, no root needed, gone when
 * the command ends), and a folder without write permission for another user.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/messages/index.js';
import { failureOf, WriteFailedError } from '../../src/write/failure.js';
import { BARE_CONFIG, BIN, legalEntry, sampleDocument, TODAY_ARGS } from '../helpers/index.js';
import { endingProblems, isOneLineRefusal, runQms, tempFolder, type Run } from './support.js';

const P = 'procedures/QT-A-01.md';
/** A document `qms render` rewrites (its history region is empty). */
const DOCUMENT = sampleDocument({ body: 'Theo Nghị định số 61/2018/NĐ-CP.\n\n<!-- qms:begin history -->\n<!-- qms:end history -->' });
const RENDER = ['render', ...TODAY_ARGS];

function repository(): string {
  const root = tempFolder();
  for (const [path, content] of Object.entries({ 'qms.config.yaml': BARE_CONFIG, 'legal/nd-61-2018-nd-cp.md': legalEntry('61/2018/NĐ-CP'), [P]: DOCUMENT })) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** The one line a refused write prints. */
const refusal = (code: string): string => `qms: ${t('en', 'write.failed', { file: P, code })}`;

/** Whether this machine lets a process mount a tmpfs in a private namespace. */
const canUnshare = spawnSync('unshare', ['-rm', 'true']).status === 0;

/**
 * Runs `qms render` on a copy of `root` in a 1 MB tmpfs of a private mount namespace, after
 * `prepare` (shell) made it full or read-only; copies what the tmpfs then holds to `after`.
 */
function renderInTmpfs(root: string, prepare: string): { run: Run; after: string } {
  const mount = tempFolder();
  const after = tempFolder();
  const script = `m="$1"; a="$3"; mount -t tmpfs -o size=1m tmpfs "$m" && cp -a "$2"/. "$m"/ && cd "$m" && ${prepare}
shift 3; "$@" >"$a/.stdout" 2>"$a/.stderr"; echo $? >"$a/.code"; rm -f "$m/.fill"; cp -a "$m"/. "$a"/`;
  const result = spawnSync('unshare', ['-rm', 'sh', '-c', script, 'sh', mount, root, after, process.execPath, BIN, ...RENDER], {
    env: { ...process.env, NO_COLOR: '1', QMS_LANG: 'en' },
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  const read = (name: string): string => readFileSync(join(after, name), 'utf8');
  return { run: { code: Number(read('.code')), stdout: read('.stdout'), stderr: read('.stderr'), timedOut: false, ms: 0 }, after };
}

/** The files of `root` that qms left besides the repository's own (temporary or backup files). */
const leftovers = (folder: string): string[] => readdirSync(folder).filter((name) => name.includes('.qms-'));

describe('the writer tells a refused write from a bug', () => {
  it.runIf(existsSync('/dev/full'))('a real ENOSPC (writing to /dev/full) becomes a WriteFailedError naming the file', () => {
    let error: unknown;
    try {
      writeFileSync('/dev/full', 'x'.repeat(65_536));
    } catch (caught) {
      error = caught;
    }
    expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    const failure = failureOf(error, '/repo/procedures/QT-A-01.md');
    expect(failure).toBeInstanceOf(WriteFailedError);
    expect(failure).toMatchObject({ path: '/repo/procedures/QT-A-01.md', code: 'ENOSPC' });
  });

  it('maps EDQUOT, EROFS, EACCES and EPERM the same way, and leaves any other error alone', () => {
    for (const code of ['EDQUOT', 'EROFS', 'EACCES', 'EPERM']) {
      expect(failureOf(Object.assign(new Error(code), { code }), '/repo/a.md')).toMatchObject({ code, path: '/repo/a.md' });
    }
    const bug = Object.assign(new Error('no such file'), { code: 'ENOENT' });
    expect(failureOf(bug, '/repo/a.md')).toBe(bug);
    expect(failureOf(new TypeError('x is undefined'), '/repo/a.md')).toBeInstanceOf(TypeError);
  });
});

describe('qms render on a destination that cannot take the write', () => {
  it.runIf(canUnshare)('a full disk: one line naming the file, exit 2, the document unchanged, nothing left behind', () => {
    const { run, after } = renderInTmpfs(repository(), 'dd if=/dev/zero of=.fill bs=4k 2>/dev/null;');
    expect(endingProblems(run)).toEqual([]);
    expect(isOneLineRefusal(run), run.stderr).toBe(true);
    expect(run.stderr.trimEnd()).toBe(refusal('ENOSPC'));
    expect(readFileSync(join(after, P), 'utf8')).toBe(DOCUMENT);
    expect(leftovers(join(after, 'procedures'))).toEqual([]);
  });

  it.runIf(canUnshare)('a read-only file system: the same, with EROFS', () => {
    const { run, after } = renderInTmpfs(repository(), 'mount -o remount,ro "$m" &&');
    expect(run.stderr.trimEnd()).toBe(refusal('EROFS'));
    expect(isOneLineRefusal(run)).toBe(true);
    expect(readFileSync(join(after, P), 'utf8')).toBe(DOCUMENT);
  });

  it('a folder without write permission: the same, with EACCES (run as another user when root)', () => {
    const root = repository();
    const asRoot = process.getuid?.() === 0;
    if (asRoot) for (const folder of [root, join(root, 'legal'), join(root, 'procedures')]) chmodSync(folder, 0o755);
    chmodSync(join(root, 'procedures'), 0o555);
    const home = tempFolder();
    chmodSync(home, 0o777);
    const run = runQms(RENDER, root, asRoot ? { uid: 65534, env: { HOME: home } } : {});
    chmodSync(join(root, 'procedures'), 0o755);
    expect(run.stderr.trimEnd()).toBe(refusal('EACCES'));
    expect(isOneLineRefusal(run)).toBe(true);
    expect(readFileSync(join(root, P), 'utf8')).toBe(DOCUMENT);
    expect(leftovers(join(root, 'procedures'))).toEqual([]);
  });

  it('the refusal is in Vietnamese too, from the catalogue', () => {
    expect(t('vi', 'write.failed', { file: P, code: 'ENOSPC' })).toContain(P);
    expect(t('vi', 'write.failed', { file: P, code: 'ENOSPC' })).not.toBe(t('en', 'write.failed', { file: P, code: 'ENOSPC' }));
  });
});
