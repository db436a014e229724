import { describe, expect, it } from 'vitest';
import { putRecord, putRootScalar } from '../../src/lifecycle/frontmatter.js';
import { QmsError } from '../../src/util/errors.js';
import { writeChange } from '../../src/cli/lifecycle-run.js';
import { openWorkspace } from '../../src/workspace/open.js';
import { lifecycleRepo, readText, TODAY } from '../helpers/index.js';

const BEFORE = ['legal_basis', 'references', 'tthc', 'history', 'last_review', 'obsolete'];
const STEP = { name: 'Nguyễn Văn An', title: 'Chuyên viên', date: '2026-01-10' };

describe('putRecord', () => {
  it('adds a block mapping before the first listed key, above the comments that belong to it', () => {
    const text = '---\ncode: QT-A-01\nstatus: draft\n\n# legal basis\n# (two lines)\nlegal_basis: [61/2018/NĐ-CP]\nhistory: []\n---\nbody\n';
    expect(putRecord(text, ['approval', 'prepared'], STEP, 'en', BEFORE)).toBe(
      '---\ncode: QT-A-01\nstatus: draft\n\napproval:\n  prepared: { name: Nguyễn Văn An, title: Chuyên viên, date: 2026-01-10 }\n# legal basis\n# (two lines)\nlegal_basis: [61/2018/NĐ-CP]\nhistory: []\n---\nbody\n',
    );
  });

  it('adds at the end when none of the keys is there, and in a flow front matter', () => {
    expect(putRecord('---\ncode: A\n---\n', ['approval', 'prepared'], STEP, 'en', BEFORE)).toBe('---\ncode: A\napproval:\n  prepared: { name: Nguyễn Văn An, title: Chuyên viên, date: 2026-01-10 }\n---\n');
    expect(putRecord('---\ncode: A # the code\n---\n', ['obsolete'], { date: '2026-01-01', reason: 'R' }, 'en')).toBe('---\ncode: A # the code\nobsolete: { date: 2026-01-01, reason: R }\n---\n');
    expect(() => putRecord('---\n{ code: A }\n---\n', ['approval', 'prepared'], STEP, 'en', BEFORE)).toThrow(/cannot edit approval\.prepared safely/);
  });

  it('adds a step to an existing mapping, block or flow, in its style', () => {
    const block = '---\napproval:\n    prepared:\n        name: A\n        title: B\n        date: 2026-01-01\n---\n';
    expect(putRecord(block, ['approval', 'reviewed'], STEP, 'en')).toBe(`${block.slice(0, -4)}    reviewed: { name: Nguyễn Văn An, title: Chuyên viên, date: 2026-01-10 }\n---\n`);
    expect(putRecord('---\napproval: { prepared: { name: A } }\n---\n', ['approval', 'reviewed'], STEP, 'en')).toBe(
      '---\napproval: { prepared: { name: A }, reviewed: { name: Nguyễn Văn An, title: Chuyên viên, date: 2026-01-10 } }\n---\n',
    );
  });

  it('edits an existing step field by field, keeping its style, and drops the fields it does not write', () => {
    const text = '---\napproval:\n  approved:\n    name: "Old Name" # who\n    title: Giám đốc\n    date: 2025-01-01\n    fingerprint: "sha256:00"\n---\n';
    expect(putRecord(text, ['approval', 'approved'], STEP, 'en')).toBe('---\napproval:\n  approved:\n    name: "Nguyễn Văn An" # who\n    title: Chuyên viên\n    date: 2026-01-10\n---\n');
  });

  it('replaces an empty approval, and refuses one that is not a mapping', () => {
    expect(putRecord('---\ncode: A\napproval:\nhistory: []\n---\n', ['approval', 'prepared'], STEP, 'en', BEFORE)).toBe(
      '---\ncode: A\napproval:\n  prepared: { name: Nguyễn Văn An, title: Chuyên viên, date: 2026-01-10 }\nhistory: []\n---\n',
    );
    expect(() => putRecord('---\napproval: [a]\n---\n', ['approval', 'prepared'], STEP, 'vi')).toThrow('approval phải là một nhóm trường, hãy sửa front matter trước');
  });

  it('writes CRLF in a CRLF file and NFD in an NFD file', () => {
    const crlf = '---\r\ncode: A\r\nhistory: []\r\n---\r\n';
    expect(putRecord(crlf, ['approval', 'prepared'], STEP, 'en', BEFORE)).toBe('---\r\ncode: A\r\napproval:\r\n  prepared: { name: Nguyễn Văn An, title: Chuyên viên, date: 2026-01-10 }\r\nhistory: []\r\n---\r\n');
    const nfd = '---\ntitle: Quy trình\n---\n'.normalize('NFD');
    const result = putRecord(nfd, ['approval', 'prepared'], STEP, 'en', BEFORE);
    expect(result).toBe(result.normalize('NFD'));
    expect(result.normalize('NFC')).toContain('prepared: { name: Nguyễn Văn An');
  });
});

describe('putRootScalar', () => {
  it('sets an existing field in place, or adds it before the first listed key', () => {
    expect(putRootScalar('---\nstatus: draft\neffective: "2020-01-01"\nowner: X\n---\n', 'effective', '2026-02-01', 'en', ['owner'])).toBe('---\nstatus: draft\neffective: "2026-02-01"\nowner: X\n---\n');
    expect(putRootScalar('---\nstatus: draft\nowner: X\n---\n', 'effective', '2026-02-01', 'en', ['owner'])).toBe('---\nstatus: draft\neffective: 2026-02-01\nowner: X\n---\n');
  });
});

describe('writeChange', () => {
  it('refuses, writing nothing, when the file changed on disk since it was read', () => {
    const root = lifecycleRepo({ 'procedures/QT-KHCN-01.md': 'on disk\n' });
    const session = openWorkspace({ cwd: root, env: {} }, { today: TODAY, lang: 'en' }, { documents: 'summaries' });
    const change = { file: 'procedures/QT-KHCN-01.md', before: 'as read\n', after: 'new\n', inserted: [], updated: [], renderProblems: [] };
    expect(() => writeChange(session, change)).toThrow(QmsError);
    expect(() => writeChange(session, change)).toThrow('procedures/QT-KHCN-01.md changed on disk since it was read; nothing was written: run the command again');
    expect(readText(root, 'procedures/QT-KHCN-01.md')).toBe('on disk\n');
    expect(() => writeChange(session, { ...change, before: null })).toThrow('procedures/QT-KHCN-01.md appeared meanwhile; nothing was written');
  });
});
