import { describe, expect, it } from 'vitest';
import { findingText } from '../../src/i18n/messages/findings.js';
import { t } from '../../src/i18n/messages/index.js';
import { truncateSync } from 'node:fs';
import { join } from 'node:path';
import { chooseWorkers, PARALLEL_THRESHOLD } from '../../src/workspace/parallel.js';
import { MAX_DOCUMENT_BYTES } from '../../src/workspace/safe-read.js';
import { BARE_CONFIG, checkFolder, legalEntry, makeRepo, markJustWritten, runBin, settle, TODAY } from '../helpers/index.js';

const LEGAL = legalEntry('61/2018/NĐ-CP', { title: 'T' });

function procedure(n: number): string {
  const code = `QT-A-${String(n).padStart(3, '0')}`;
  // Every seventh document has a problem, so the findings are worth comparing.
  const revision = n % 7 === 0 ? 2 : 1;
  return `---\ncode: ${code}\ntitle: Quy trình số ${n}\ntype: procedure\nrevision: ${revision}\nstatus: draft\nlegal_basis: [61/2018/NĐ-CP]\nreferences: [QT-A-${String((n + 1) % 400).padStart(3, '0')}]\nhistory:\n  - { revision: 1, date: 2026-01-01, summary: Ban hành }\n---\n# ${code}\n\nTheo Nghị định số 61/2018/NĐ-CP và Nghị định 45/2020/NĐ-CP.\n`;
}

describe('reading on worker threads', () => {
  it('gives exactly the findings of a sequential read, cold and warm', () => {
    const files: Record<string, string> = { 'qms.config.yaml': BARE_CONFIG, 'legal/a.md': LEGAL };
    // Few documents, on two workers forced by QMS_WORKERS: the path is chosen by the test, not by
    // the machine's cores or the documents' number.
    const count = 60;
    for (let n = 0; n < count; n++) files[`procedures/QT-A-${String(n).padStart(3, '0')}.md`] = procedure(n);
    const root = makeRepo(files);
    // In-process from source there is no compiled worker: this read is sequential.
    const sequential = checkFolder(root);
    expect(sequential.length).toBeGreaterThan(count / 7);
    const check = (workers = '2') => runBin(['check', '--format', 'json', '--today', TODAY], root, { QMS_DEBUG: '1', QMS_WORKERS: workers, QMS_LANG: 'vi' });
    // The JSON adds each message's text, in the run's language, to the finding.
    const expected = sequential.map((finding) => ({ ...finding, message: findingText('vi', finding) }));
    // Just written, however long ago the test wrote them: not yet proven unchanged by their times.
    markJustWritten(root, ...Object.keys(files));
    const cold = check();
    expect(cold.stderr).toMatch(new RegExp(`${count} read \\(worker threads\\), 0 from the cache`));
    expect(JSON.parse(cold.stdout)).toEqual(expected);
    // So read again, on workers, and hashed: the content hashes prove them unchanged.
    const warm = check();
    expect(warm.stderr).toMatch(new RegExp(`${count} read \\(worker threads\\), ${count} from the cache`));
    expect(JSON.parse(warm.stdout)).toEqual(expected);
    // QMS_WORKERS=0 reads on the main thread, with the same findings.
    expect(check('0').stderr).toMatch(new RegExp(`${count} read \\(one thread\\), ${count} from the cache`));
    // Settled files are recorded once more, and then not read at all.
    settle(root, ...Object.keys(files));
    check();
    const settled = check();
    expect(settled.stderr).toMatch(new RegExp(`, 0 read \\(one thread\\), ${count} from the cache`));
    expect(JSON.parse(settled.stdout)).toEqual(expected);
  });
});

describe('reading on worker threads while the register is read', () => {
  // Workers start on their documents before the main thread has read the register (they take it
  // once it is read): a register that cannot be read still ends the run as it does on one thread.
  it('a register file that cannot be read ends the run (exit 2, one line naming it), as on one thread', () => {
    const files: Record<string, string> = { 'qms.config.yaml': BARE_CONFIG, 'legal/a.md': LEGAL, 'legal/b.md': '' };
    for (let n = 0; n < 60; n++) files[`procedures/QT-A-${String(n).padStart(3, '0')}.md`] = procedure(n);
    const root = makeRepo(files);
    // Larger than any document qms reads: refused from its size, before a byte is read (sparse, so quick to make).
    truncateSync(join(root, 'legal/b.md'), MAX_DOCUMENT_BYTES + 1);
    const check = (workers: string) => runBin(['check', '--no-cache', '--format', 'json', '--today', TODAY], root, { QMS_WORKERS: workers, QMS_LANG: 'en' });
    const parallel = check('2');
    const sequential = check('0');
    expect(parallel.code).toBe(2);
    expect(parallel.stdout).toBe('');
    expect(parallel.stderr).toContain('legal/b.md');
    expect(parallel.stderr.trim().split('\n')).toHaveLength(1);
    expect(parallel.stderr).toBe(sequential.stderr);
  });

  // A worker posts the error it met with both its languages (and its reason): the main thread
  // refuses with it in the run's language, as one thread would.
  it('a document a worker cannot read ends the run in the run\'s language, Vietnamese or English', () => {
    const files: Record<string, string> = { 'qms.config.yaml': BARE_CONFIG, 'legal/a.md': LEGAL };
    for (let n = 0; n < 60; n++) files[`procedures/QT-A-${String(n).padStart(3, '0')}.md`] = procedure(n);
    const root = makeRepo(files);
    const large = 'procedures/QT-A-030.md';
    truncateSync(join(root, large), MAX_DOCUMENT_BYTES + 1);
    const check = (workers: string, language: string) => runBin(['check', '--no-cache', '--today', TODAY], root, { QMS_WORKERS: workers, QMS_LANG: language, QMS_DEBUG: '1' });
    const megabytes = (bytes: number): number => Math.ceil(bytes / (1024 * 1024));
    const data = { file: large, why: 'too-large', megabytes: megabytes(MAX_DOCUMENT_BYTES + 1), limit: megabytes(MAX_DOCUMENT_BYTES) };
    for (const language of ['vi', 'en'] as const) {
      const parallel = check('2', language);
      expect(parallel.code).toBe(2);
      expect(parallel.stderr.split('\n').filter((line) => line.startsWith('qms: '))).toEqual([`qms: ${t(language, 'usage.unsafe-file', data)}`]);
      const sequential = check('0', language);
      expect(sequential.stderr.split('\n').filter((line) => line.startsWith('qms: '))).toEqual([`qms: ${t(language, 'usage.unsafe-file', data)}`]);
    }
  });
});

describe('the number of worker threads', () => {
  const machine = { cores: 2, compiledWorker: true };
  it('is 0 for few documents, one core or no compiled worker; else one per core, at least 100 documents each', () => {
    expect(chooseWorkers(PARALLEL_THRESHOLD - 1, machine)).toBe(0);
    expect(chooseWorkers(PARALLEL_THRESHOLD, machine)).toBe(2);
    expect(chooseWorkers(10_000, { cores: 1, compiledWorker: true })).toBe(0);
    expect(chooseWorkers(10_000, { cores: 2, compiledWorker: false })).toBe(0);
    expect(chooseWorkers(10_000, { cores: 16, compiledWorker: true })).toBe(8);
    expect(chooseWorkers(350, { cores: 16, compiledWorker: true })).toBe(4);
  });

  it('is what QMS_WORKERS forces, whatever the count and the cores, but never more than the documents', () => {
    expect(chooseWorkers(5, { ...machine, forced: 2 })).toBe(2);
    expect(chooseWorkers(1, { ...machine, forced: 2 })).toBe(1);
    expect(chooseWorkers(10_000, { ...machine, forced: 0 })).toBe(0);
    expect(chooseWorkers(5, { cores: 1, compiledWorker: true, forced: 3 })).toBe(3);
    expect(chooseWorkers(0, { ...machine, forced: 2 })).toBe(0);
  });

  it('QMS_WORKERS that is not a whole number is a usage error (exit 2, one line)', () => {
    const root = makeRepo({ 'qms.config.yaml': '', 'legal/a.md': LEGAL });
    const run = runBin(['check', '--today', TODAY], root, { QMS_WORKERS: 'many' });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/QMS_WORKERS/);
    expect(runBin(['check', '--today', TODAY], root, { QMS_WORKERS: 'many', QMS_LANG: 'vi' }).stderr).toBe(`qms: ${t('vi', 'parallel.workers-variable', { value: 'many' })}\n`);
    expect(runBin(['check', '--today', TODAY], root, { QMS_WORKERS: 'many', QMS_LANG: 'en' }).stderr).toBe('qms: QMS_WORKERS must be a whole number of worker threads from 0 to 99, not "many"\n');
  });
});
