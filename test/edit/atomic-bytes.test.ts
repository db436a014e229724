import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChangedOnDiskError, writeFilesAtomically } from '../../src/write/atomic.js';
import { QmsError } from '../../src/util/errors.js';
import { t } from '../../src/i18n/messages/index.js';
import { applyOutputs } from '../../src/write/apply.js';
import { tempFolder } from '../helpers/index.js';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'qms-bytes-'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** A pid no process has: a child that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('writeFilesAtomically compares bytes', () => {
  it('refuses a file that is not UTF-8 (a QmsError, reason not-utf8) and leaves it byte-identical', () => {
    const path = join(root, 'QT-A-01.md');
    const bytes = Buffer.concat([Buffer.from('---\ncode: QT-A-01\n---\nGhi ch'), Buffer.from([0xfa]), Buffer.from(' theo\n')]);
    writeFileSync(path, bytes);
    const expected = readFileSync(path, 'utf8');
    expect(expected).toContain('\uFFFD');
    let thrown: unknown;
    try {
      writeFilesAtomically(root, [{ path, expected, content: `${expected}more\n` }]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(QmsError);
    expect((thrown as QmsError).reason).toBe('not-utf8');
    expect(thrown).toBeInstanceOf(QmsError);
    expect((thrown as Error).message).toBe(`${path} is not valid UTF-8 text: qms will not rewrite it; save it as UTF-8 first`);
    // The same refusal reads in Vietnamese, from the catalogue.
    expect((thrown as QmsError).messageId).toBe('write.not-utf8');
    expect((thrown as QmsError).in('vi')).toBe(t('vi', 'write.not-utf8', { file: path }));
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(readdirSync(root)).toEqual(['QT-A-01.md']);
  });

  it('still refuses a UTF-8 file whose bytes differ from the expected text', () => {
    const path = join(root, 'a.md');
    writeFileSync(path, 'e\u0301\n');
    expect(() => writeFilesAtomically(root, [{ path, expected: '\u00e9\n', content: 'x\n' }])).toThrow(ChangedOnDiskError);
    expect(readFileSync(path, 'utf8')).toBe('e\u0301\n');
  });
});

describe('writeFilesAtomically removes leftovers of killed runs', () => {
  it('removes the temporary and backup files of a dead process for the target, keeps those of a live one and other files', () => {
    const path = join(root, 'QT-A-01.md');
    writeFileSync(path, 'old\n');
    const dead = deadPid();
    const deadTemp = `.QT-A-01.md.qms-${dead}-0123456789ab.tmp`;
    const deadBackup = `.QT-A-01.md.qms-${dead}-0123456789ab.bak`;
    const liveTemp = `.QT-A-01.md.qms-${process.ppid}-abcdef012345.tmp`;
    const otherTarget = `.QT-B-01.md.qms-${dead}-0123456789ab.tmp`;
    const otherName = `.QT-A-01.md.qms-${dead}-XYZ.tmp`;
    for (const name of [deadTemp, deadBackup, liveTemp, otherTarget, otherName]) writeFileSync(join(root, name), 'left\n');
    writeFilesAtomically(root, [{ path, expected: 'old\n', content: 'new\n' }]);
    expect(readFileSync(path, 'utf8')).toBe('new\n');
    expect(existsSync(join(root, deadTemp))).toBe(false);
    expect(existsSync(join(root, deadBackup))).toBe(false);
    expect(existsSync(join(root, liveTemp))).toBe(true);
    expect(existsSync(join(root, otherTarget))).toBe(true);
    expect(existsSync(join(root, otherName))).toBe(true);
  });
});

describe('applyOutputs: the same writer for bytes (DOCX, PDF) and site pages', () => {
  it('writes bytes as they are, skips an unchanged output, and refuses a file changed since it was planned', () => {
    const root = tempFolder();
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe, 0x80]);
    applyOutputs(root, [{ file: 'out/a.docx', before: null, after: bytes }], 'en');
    expect(readFileSync(join(root, 'out/a.docx')).equals(bytes)).toBe(true);
    // Unchanged bytes: nothing is written (the file keeps its inode and time).
    const before = statSync(join(root, 'out/a.docx'));
    applyOutputs(root, [{ file: 'out/a.docx', before: bytes, after: Buffer.from(bytes) }], 'en');
    expect(statSync(join(root, 'out/a.docx')).ino).toBe(before.ino);
    // Someone changed it after it was read: refused, nothing written.
    writeFileSync(join(root, 'out/a.docx'), 'edited');
    expect(() => applyOutputs(root, [{ file: 'out/a.docx', before: bytes, after: Buffer.from('new') }], 'en')).toThrow(expect.objectContaining({ reason: 'changed-on-disk' }));
    expect(readFileSync(join(root, 'out/a.docx'), 'utf8')).toBe('edited');
  });
});
