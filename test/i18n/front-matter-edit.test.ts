/**
 * The front matter editor's refusals come from the catalogue: each reads in Vietnamese or English,
 * on its own (qms tthc) and inside the message of the command that reports it (qms legal, qms
 * review, qms impact --apply in test/impact/hostile-plan.test.ts), always in one language.
 */
import { describe, expect, it } from 'vitest';
import { editFrontMatter, type FrontMatterEdit } from '../../src/yaml-edit/frontmatter-edit.js';
import { bothEmbedding, t, type DataOf, type MessageId } from '../../src/i18n/messages/index.js';
import { QmsError } from '../../src/util/errors.js';
import { effectiveProcedure, git, justiceAgency, lifecycleRepo, makeGitRepo, readText, refusalOf, runMain, runMainToday, TODAY } from '../helpers/index.js';
import { tthcAgency } from '../tthc/support.js';

const FLOW_DOC = '---\ncode: QT-01\nhistory: [{ revision: 1 }]\napproval: { prepared: { name: A } }\n---\n';

/** An edit refused with the catalogue message `id` and `data`. */
type Refused<K extends MessageId = MessageId> = [string, string, FrontMatterEdit[], K, DataOf<K>];
const refused = <K extends MessageId>(...row: Refused<K>): Refused => row as unknown as Refused;

const REFUSALS: Refused[] = [
  refused('no front matter', '# Tiêu đề\n', [{ op: 'set', path: ['code'], value: 'x' }], 'front-matter-edit.no-front-matter', {}),
  refused('an unclosed front matter', '---\ncode: x\n', [{ op: 'set', path: ['code'], value: 'y' }], 'front-matter-edit.unclosed', {}),
  refused('a ---js front matter', '---js\n{}\n---\n', [{ op: 'set', path: ['code'], value: 'y' }], 'front-matter-edit.foreign-language', { language: 'js' }),
  refused('a list as front matter', '---\n- a\n---\n', [{ op: 'set', path: ['code'], value: 'y' }], 'front-matter-edit.not-fields', {}),
  refused('an empty path', FLOW_DOC, [{ op: 'set', path: [], value: 'y' }], 'front-matter-edit.no-path', {}),
  refused('deleting the front matter', FLOW_DOC, [{ op: 'delete', path: [] }], 'front-matter-edit.delete-whole', {}),
  refused('setting a list', FLOW_DOC, [{ op: 'set', path: ['history'], value: 'x' }], 'front-matter-edit.set-not-scalar', { path: 'history', node: 'list' }),
  refused('setting a missing item', FLOW_DOC, [{ op: 'set', path: ['history', 3], value: 'x' }], 'front-matter-edit.set-no-item', { path: 'history.3', item: '3' }),
  refused('appending to a mapping', FLOW_DOC, [{ op: 'append', path: ['approval'], item: 'x' }], 'front-matter-edit.append-not-list', { path: 'approval', node: 'mapping' }),
  refused('replacing in a mapping', FLOW_DOC, [{ op: 'replace-item', path: ['approval', 'prepared'], item: 'x' }], 'front-matter-edit.replace-not-list', { path: 'approval.prepared', list: 'approval' }),
  refused('replacing a missing item', FLOW_DOC, [{ op: 'replace-item', path: ['history', 7], item: 'x' }], 'front-matter-edit.replace-no-item', { path: 'history.7', item: '7' }),
  refused('replacing an item of the front matter itself', FLOW_DOC, [{ op: 'replace-item', path: ['code'], item: 'x' }], 'front-matter-edit.replace-not-list', { path: 'code', list: '' }),
  refused('a missing parent mapping', FLOW_DOC, [{ op: 'set', path: ['obsolete', 'date'], value: '2026-01-01' }], 'front-matter-edit.missing-step', { path: 'obsolete.date', step: 'obsolete' }),
  refused('a path through a scalar', FLOW_DOC, [{ op: 'set', path: ['code', 'x'], value: 1 }], 'front-matter-edit.step-not-collection', { path: 'code.x', step: 'code', node: 'scalar' }),
  refused('a key step on a list', FLOW_DOC, [{ op: 'set', path: ['history', 'x'], value: 1 }], 'front-matter-edit.key-on-list', { path: 'history.x', key: 'x' }),
  refused('an alias on the path', '---\na: &p { name: A }\nb: *p\n---\n', [{ op: 'set', path: ['b', 'name'], value: 'B' }], 'front-matter-edit.alias-step', { path: 'b.name', step: 'b', anchor: 'p' }),
  refused('an anchored target', '---\na: &p A\nb: *p\n---\n', [{ op: 'set', path: ['a'], value: 'B' }], 'front-matter-edit.anchor-or-tag', { path: 'a', mark: '&p' }),
  refused('invalid YAML', '---\ncode: [x\n---\n', [{ op: 'set', path: ['code'], value: 'y' }], 'front-matter-edit.invalid-yaml', { detail: expect.any(String) as unknown as string, when: 'before' }),
];

describe('a refused front matter edit', () => {
  it.each(REFUSALS)('%s: a catalogue message, in Vietnamese and in English', (_name, input, edits, id, data) => {
    const error = refusalOf(() => editFrontMatter(input, edits));
    expect(error.reason).toBe('front-matter-edit');
    expect(error.messageId).toBe(id);
    expect(error.data).toEqual(data);
    const actual = error.data as DataOf<typeof id>;
    expect(error.in('vi')).toBe(t('vi', id, actual));
    expect(error.in('en')).toBe(t('en', id, actual));
    // The message of an error is English, as it was before the catalogue: logs and tests read it.
    expect(error.message).toBe(error.in('en'));
    expect(error.in('vi')).not.toBe(error.in('en'));
  });

  it('names the front matter itself in words in both languages, never as an empty path', () => {
    const error = refusalOf(() => editFrontMatter(FLOW_DOC, [{ op: 'replace-item', path: ['code'], item: 'x' }]));
    expect(error.in('en')).toBe('cannot replace code: (the front matter) is not a list');
    expect(error.in('vi')).toBe('không thay được code: phần front matter không phải một danh sách');
  });

  it('names a mapping and the front matter in the words of the front matter findings (one Vietnamese vocabulary)', () => {
    const refusal = refusalOf(() => editFrontMatter(FLOW_DOC, [{ op: 'append', path: ['approval'], item: 'x' }])).in('vi');
    const finding = t('vi', 'shape.text', { field: 'approval', gotKind: 'mapping', got: '' });
    expect(refusal).toContain('đây là một nhóm trường,');
    expect(finding).toBe('approval phải là văn bản, không phải một nhóm trường');
    const whole = refusalOf(() => editFrontMatter('---\n- a\n---\n', [{ op: 'set', path: ['code'], value: 'y' }])).in('vi');
    expect(whole).toContain('phần front matter');
    expect(t('vi', 'shape.text', { field: '', gotKind: 'list', got: '' })).toBe('phần front matter phải là văn bản, không phải một danh sách');
  });
});

describe('a message reporting a refused edit embeds it in its own language (bothEmbedding)', () => {
  const inner = refusalOf(() => editFrontMatter(FLOW_DOC, [{ op: 'append', path: ['approval'], item: 'x' }]));

  it('the Vietnamese line holds the Vietnamese reason, the English line the English one', () => {
    const outer = bothEmbedding('impact.cannot-revise-file', { file: 'procedures/QT-01.md' }, 'problem', inner.text);
    expect(outer.vi).toBe(t('vi', 'impact.cannot-revise-file', { file: 'procedures/QT-01.md', problem: inner.in('vi') }));
    expect(outer.en).toBe(t('en', 'impact.cannot-revise-file', { file: 'procedures/QT-01.md', problem: inner.in('en') }));
    expect(outer.vi).toContain('không thêm được vào approval: đây là một nhóm trường, không phải một danh sách');
    expect(outer.vi).not.toContain(inner.in('en'));
    expect(outer.vi).not.toMatch(/cannot|append to|not a list/);
  });

  it('its data (for --json) keeps the English reason under the field and the inner message id and data as cause', () => {
    const outer = new QmsError(bothEmbedding('edit.cannot-edit', { file: 'legal/nd-92.md' }, 'message', inner.text));
    expect(outer.messageId).toBe('edit.cannot-edit');
    expect(outer.data).toEqual({
      file: 'legal/nd-92.md',
      message: inner.in('en'),
      cause: { messageId: 'front-matter-edit.append-not-list', data: { path: 'approval', node: 'mapping' } },
    });
    expect(outer.in('en')).toBe(t('en', 'edit.cannot-edit', outer.data as DataOf<'edit.cannot-edit'>));
  });
});

describe('commands that edit front matter refuse in the run\'s language', () => {
  it('qms tthc set: edit.cannot-edit naming the record, the reason in Vietnamese (and in English with --lang en); nothing written', async () => {
    const record = 'tthc/VD.000101.md';
    const files = tthcAgency();
    files[record] = files[record]!.replace('announced_by:', 'changes: { date: 2026-01-01 }\nannounced_by:');
    const root = makeGitRepo(files);
    const args = ['tthc', 'set', 'VD.000101', '--name', 'Tên mới', '--today', TODAY];
    const problem = (language: 'vi' | 'en'): string => t(language, 'front-matter-edit.append-not-list', { path: 'changes', node: 'mapping' });
    const vi = await runMain(args, root, { QMS_LANG: 'vi' });
    expect(vi.code).toBe(2);
    expect(vi.stderr).toBe(`qms: ${t('vi', 'edit.cannot-edit', { file: record, message: problem('vi') })}\n`);
    expect(vi.stderr).toBe('qms: không sửa được tthc/VD.000101.md: không thêm được vào changes: đây là một nhóm trường, không phải một danh sách\n');
    const en = await runMain([...args, '--lang', 'en'], root, { QMS_LANG: 'vi' });
    expect(en.stderr).toBe('qms: cannot edit tthc/VD.000101.md: cannot append to changes: it is a mapping, not a list\n');
    expect(readText(root, record)).toBe(files[record]);
    expect(git(root, 'status', '--porcelain')).toBe('');
  });

  it('qms tthc import: a record it cannot edit is named, among the many an import edits; nothing written', async () => {
    const record = 'tthc/VD.000101.md';
    const files = tthcAgency();
    files[record] = files[record]!.replace('announced_by:', 'changes: { date: 2026-01-01 }\nannounced_by:');
    const header = 'Mã TTHC;Tên thủ tục hành chính;Thời hạn giải quyết';
    files['list.csv'] = `${header}\r\nVD.000101;Tên mới của thủ tục;8 ngày làm việc\r\n`;
    const root = makeGitRepo(files);
    const run = await runMain(['tthc', 'import', 'list.csv', '--today', TODAY], root, { QMS_LANG: 'vi' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`qms: ${t('vi', 'edit.cannot-edit', { file: record, message: t('vi', 'front-matter-edit.append-not-list', { path: 'changes', node: 'mapping' }) })}\n`);
    expect(git(root, 'status', '--porcelain')).toBe('');
  });

  it('qms legal amend: edit.cannot-edit with the reason in Vietnamese; nothing written', async () => {
    const file = 'legal/nd-92-2017-nd-cp.md';
    const files = justiceAgency();
    files[file] = files[file]!.replace('aliases: []', 'aliases: { cũ: NĐ 92 }');
    const root = makeGitRepo(files);
    const args = ['legal', 'amend', '63/2010/NĐ-CP', '--by', '92/2017/NĐ-CP', '--alias', 'Nghị định 92', '--today', TODAY];
    const vi = await runMain(args, root, { QMS_LANG: 'vi' });
    expect(vi.code).toBe(2);
    const problem = (language: 'vi' | 'en'): string => t(language, 'front-matter-edit.append-not-list', { path: 'aliases', node: 'mapping' });
    expect(vi.stderr).toBe(`qms: ${t('vi', 'edit.cannot-edit', { file, message: problem('vi') })}\n`);
    expect(vi.stderr).not.toContain(problem('en'));
    expect(vi.stderr).not.toMatch(/cannot|append to|mapping, not/);
    const en = await runMain([...args, '--lang', 'en'], root);
    expect(en.stderr).toBe(`qms: cannot edit ${file}: cannot append to aliases: it is a mapping, not a list\n`);
    expect(readText(root, file)).toBe(files[file]);
  });

  it('qms review: the editor\'s own refusal, in Vietnamese, with its id, data and reason in --json (no wrapper repeating "cannot edit")', async () => {
    const file = 'procedures/QT-KHCN-01.md';
    const text = effectiveProcedure('QT-KHCN-01').replace('code: QT-KHCN-01\n', 'code: QT-KHCN-01\nreviews: { date: 2026-03-01 }\n');
    const root = lifecycleRepo({ [file]: text });
    const args = ['review', 'QT-KHCN-01', '--by', 'Trần Thị Bình', '--title', 'Trưởng phòng', '--date', '2026-11-20'];
    const data = { path: 'reviews', node: 'mapping' } as const;
    const vi = await runMainToday(root, args, { QMS_LANG: 'vi' });
    expect(vi.code).toBe(2);
    expect(vi.stderr).toBe(`qms: ${t('vi', 'front-matter-edit.append-not-list', data)}\n`);
    expect(vi.stderr).not.toMatch(/cannot|append to|mapping, not/);
    const en = await runMainToday(root, [...args, '--lang', 'en'], {});
    expect(en.stderr).toBe('qms: cannot append to reviews: it is a mapping, not a list\n');
    const json = await runMainToday(root, [...args, '--json'], { QMS_LANG: 'vi' });
    expect((JSON.parse(json.stdout) as { error: unknown }).error).toEqual({
      reason: 'front-matter',
      message: t('vi', 'front-matter-edit.append-not-list', data),
      messageId: 'front-matter-edit.append-not-list',
      data,
    });
    expect(readText(root, file)).toBe(text);
  });

});
