/**
 * `qms impact --apply` killed with SIGKILL part-way, on a repository of 300 procedures resting on
 * an amended decree: no document is ever partly written (each is byte for byte its before or its
 * after version), and after the documented recovery (check out the original branch, delete the
 * impact branch) the command runs to completion and leaves no temporary or backup file behind.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BARE_CONFIG, commitAll, DATED_ARGS, git, HANG_LIMIT_MS, legalEntry } from '../helpers/index.js';
import { runQms, spawnQms, tempFolder } from './support.js';

const COUNT = 300;
const KILLS = 6;
const SEED = 20_261_127;
const BRANCH = 'qms/impact/61-2018-nd-cp';
const APPLY = ['impact', '61/2018/NĐ-CP', '--apply', ...DATED_ARGS, '--no-cache'];
/** What writeFilesAtomically leaves behind when it is killed: `.NAME.qms-PID-HEX.tmp` / `.bak`. */
const LEFTOVER = /\.qms-\d+-[0-9a-f]+\.(?:tmp|bak)$/;

/** A small seeded generator (mulberry32), so the delays are the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const codeOf = (i: number): string => `QT-A-${String(i).padStart(3, '0')}`;

/** A procedure resting on 61/2018/NĐ-CP; every third in CRLF, every fifth with a BOM, every seventh in NFD. */
function procedure(i: number): string {
  let text = [
    '---',
    `code: ${codeOf(i)}`,
    `title: Quy trình giải quyết thủ tục hành chính số ${i}`,
    'type: procedure',
    'revision: 2',
    'status: effective',
    'effective: 2021-01-10',
    'owner: Văn phòng Sở',
    'approval:',
    '  prepared: { name: Nguyễn Văn An, title: Chuyên viên, date: 2021-01-01 }',
    '  reviewed: { name: Trần Thị Bình, title: Trưởng phòng, date: 2021-01-05 }',
    '  approved: { name: Lê Văn Cường, title: Giám đốc, date: 2021-01-08 }',
    'legal_basis:',
    '  - id: 61/2018/NĐ-CP',
    'history:',
    '  - { revision: 1, date: 2019-01-10, summary: Ban hành lần đầu }',
    '  - { revision: 2, date: 2021-01-08, summary: Rà soát định kỳ }',
    '---',
    '',
    `# Quy trình ${i}`,
    '',
    'Bộ phận Một cửa tiếp nhận hồ sơ theo Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ.',
    '',
  ].join('\n');
  if (i % 7 === 0) text = text.normalize('NFD');
  if (i % 3 === 0) text = text.replace(/\n/g, '\r\n');
  if (i % 5 === 0) text = `\uFEFF${text}`;
  return text;
}

const files = Array.from({ length: COUNT }, (_, k) => `procedures/${codeOf(k + 1)}.md`);
const read = (root: string): Map<string, Buffer> => new Map(files.map((file) => [file, readFileSync(join(root, file))]));

function leftovers(root: string): string[] {
  const found: string[] = [];
  const walk = (folder: string, prefix: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name === '.git') continue;
      if (entry.isDirectory()) walk(join(folder, entry.name), `${prefix}${entry.name}/`);
      else if (LEFTOVER.test(entry.name)) found.push(prefix + entry.name);
    }
  };
  walk(root, '');
  return found;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The temporary and backup files of the run `pid` now in procedures/, kept up to date by until(). */
const owned = new Map<number, Set<string>>();
function ownFiles(pid: number, root: string): Set<string> {
  let names = owned.get(pid);
  if (names === undefined) {
    names = new Set(readdirSync(join(root, 'procedures')).filter((name) => name.includes(`.qms-${pid}-`)));
    owned.set(pid, names);
  }
  return names;
}

/**
 * Waits until `reached()` holds (or the run ends, or the hang limit passes). It is checked again on
 * every change in procedures/ that inotify reports (fs.watch), not by spinning on readdir, which
 * would take a core from the very run being timed.
 */
async function until(reached: () => boolean, exited: Promise<unknown>, pid: number, root: string): Promise<void> {
  const folder = join(root, 'procedures');
  const mark = `.qms-${pid}-`;
  await new Promise<void>((resolve) => {
    const watcher = watch(folder);
    const limit = setTimeout(done, HANG_LIMIT_MS);
    function done(): void {
      watcher.close();
      clearTimeout(limit);
      resolve();
    }
    watcher.on('change', (_event, name) => {
      const names = ownFiles(pid, root);
      if (typeof name !== 'string') {
        // An event without a name: count again.
        names.clear();
        for (const entry of readdirSync(folder)) if (entry.includes(mark)) names.add(entry);
      } else if (name.includes(mark)) {
        if (existsSync(join(folder, name))) names.add(name);
        else names.delete(name);
      }
      if (reached()) done();
    });
    watcher.on('error', done);
    void exited.then(done);
    // What the run wrote before the watch began.
    owned.delete(pid);
    if (reached()) done();
  });
}

/** Back to where the command started: the original branch, the impact branch deleted. */
async function recover(root: string): Promise<void> {
  // A git child of the killed process may still be finishing; wait for its lock to go.
  for (let i = 0; i < 500 && existsSync(join(root, '.git/index.lock')); i++) await sleep(10);
  git(root, 'checkout', '-q', '-f', 'main');
  if (git(root, 'branch', '--list', BRANCH).trim() !== '') git(root, 'branch', '-q', '-D', BRANCH);
}

let root: string;
let before: Map<string, Buffer>;
let after: Map<string, Buffer>;
let fullRunMs: number;

describe('SIGKILL during qms impact --apply', () => {
  const attempts: Array<{ strategy: string; delayMs: number; exitSignal: string | null; afterCount: number; leftovers: number }> = [];

  beforeAll(() => {
    root = tempFolder();
    mkdirSync(join(root, 'procedures'), { recursive: true });
    mkdirSync(join(root, 'legal'), { recursive: true });
    writeFileSync(join(root, 'qms.config.yaml'), BARE_CONFIG);
    writeFileSync(join(root, 'legal/nd-61-2018-nd-cp.md'), legalEntry('61/2018/NĐ-CP'));
    writeFileSync(join(root, 'legal/nd-107-2021-nd-cp.md'), legalEntry('107/2021/NĐ-CP', { signed: '2021-12-06', effective: '2022-02-21', amends: '[61/2018/NĐ-CP]' }));
    for (let i = 1; i <= COUNT; i++) writeFileSync(join(root, files[i - 1]!), procedure(i));
    commitAll(root);
    before = read(root);
    // The after versions: an uninterrupted run on a copy.
    const reference = tempFolder();
    cpSync(root, reference, { recursive: true });
    const started = Date.now();
    const run = runQms(APPLY, reference, { timeoutMs: HANG_LIMIT_MS });
    fullRunMs = Date.now() - started;
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    after = read(reference);
    for (const file of files) expect(after.get(file)!.equals(before.get(file)!), `${file} unchanged by the reference run`).toBe(false);
  });

  it(`killed at ${KILLS} seeded moments, every document is byte-identical to its before or its after version`, async () => {
    const next = random(SEED);
    for (let attempt = 0; attempt < KILLS; attempt++) {
      // Three ways of choosing the moment: anywhere in a run; while temporary files are being
      // written; while backups exist (the renames).
      const strategy = (['anywhere', 'temps', 'renames'] as const)[attempt % 3]!;
      const child = spawnQms(APPLY, root);
      const exited = new Promise<string | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
      let delayMs: number;
      if (strategy === 'anywhere') {
        delayMs = Math.floor(next() * fullRunMs);
        await sleep(delayMs);
      } else {
        // Files of this run only (earlier kills left theirs). The renames have begun once this
        // run's backups exist and some of its temporary files are gone.
        const mine = (suffix: string) => [...ownFiles(child.pid!, root)].filter((name) => name.endsWith(suffix)).length;
        const reached = strategy === 'temps' ? () => mine('.tmp') > 0 : () => mine('.bak') > 0 && mine('.tmp') < COUNT;
        await until(reached, exited, child.pid!, root);
        delayMs = Math.floor(next() * (strategy === 'temps' ? 30 : 3));
        await sleep(delayMs);
      }
      child.kill('SIGKILL');
      const signal = await exited;

      const now = read(root);
      let afterCount = 0;
      for (const file of files) {
        const bytes = now.get(file)!;
        const isBefore = bytes.equals(before.get(file)!);
        const isAfter = bytes.equals(after.get(file)!);
        expect(isBefore || isAfter, `attempt ${attempt} (${strategy}, ${delayMs} ms): ${file} is partly written`).toBe(true);
        if (isAfter) afterCount++;
      }
      attempts.push({ strategy, delayMs, exitSignal: signal, afterCount, leftovers: leftovers(root).length });
      await recover(root);
    }
    // The kills did land inside the write: at least one left its temporary files behind.
    expect(attempts.some((a) => a.exitSignal === 'SIGKILL' && a.leftovers > 0), JSON.stringify(attempts)).toBe(true);
  });

  it('after the recovery, the command runs to completion and gives what an uninterrupted run gives', () => {
    const run = runQms(APPLY, root, { timeoutMs: HANG_LIMIT_MS });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(git(root, 'branch', '--show-current').trim()).toBe(BRANCH);
    const now = read(root);
    for (const file of files) expect(now.get(file)!.equals(after.get(file)!), file).toBe(true);
    expect(git(root, 'status', '--porcelain', '--untracked-files=no')).toBe('');
  });

  it('no .qms-*.tmp or .qms-*.bak file is left in the repository after the rerun', () => {
    const left = leftovers(root);
    expect(left, `${left.length} left by the kills ${JSON.stringify(attempts)}`).toEqual([]);
    expect(git(root, 'status', '--porcelain')).toBe('');
  });
});
