import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { loadRepository } from '../../src/workspace/read-full.js';
import { analyzeImpact } from '../../src/impact/analyze.js';
import { materializePlan } from '../../src/impact/materialize.js';
import { branchSlug, planImpact } from '../../src/impact/plan.js';
import { loadTemplates } from '../../src/workspace/templates.js';
import { QmsError } from '../../src/util/errors.js';
import { t, type DataOf, type MessageId } from '../../src/i18n/messages/index.js';
import { demoAgencyRepo, git, refusalOf, runMain, TODAY } from '../helpers/index.js';

const FILE = 'procedures/QT-KHCN-03.md';
const OPTIONS = { date: TODAY, language: 'vi' as const, rewriteCitations: false };

/** The demo agency with QT-KHCN-03 (affected by 61/2018/NĐ-CP) spoilt, committed. */
function spoilt(spoil: (text: string) => string): string {
  const root = demoAgencyRepo();
  const path = join(root, FILE);
  writeFileSync(path, spoil(readFileSync(path, 'utf8')));
  git(root, 'commit', '-qam', 'spoil');
  return root;
}

function plan(root: string) {
  const repository = loadRepository(root, loadConfig(root), TODAY);
  const report = analyzeImpact(repository, '61/2018/ND-CP', '61/2018/NĐ-CP');
  const texts = new Map(report.affected.map((a) => [a.file, readFileSync(join(root, a.file), 'utf8')]));
  return { repository, texts, plan: planImpact(report, repository, texts, OPTIONS) };
}

describe('planImpact refuses a revision that is not a whole number ≥ 1', () => {
  it.each(['-1', '0', '1.5', '"02"', '9007199254740993'])('revision %s: refused, not planned, not skipped', (revision) => {
    const root = spoilt((t) => t.replace('revision: 2\n', `revision: ${revision}\n`));
    const { plan: result } = plan(root);
    expect(result.files.map((f) => f.file)).not.toContain(FILE);
    expect(result.refused).toEqual([{ file: FILE, code: 'QT-KHCN-03', reason: expect.stringMatching(/revision must be a whole number ≥ 1: fix it, then run again/) as string }]);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('a sound document is not refused', () => {
    const { plan: result } = plan(demoAgencyRepo());
    expect(result.refused).toEqual([]);
    expect(result.files.map((f) => [f.code, f.fromRevision, f.toRevision])).toEqual([['QT-KHCN-03', 2, 3]]);
  });

  it('qms impact --apply refuses with exit 2, naming the file, before any write', async () => {
    const root = spoilt((t) => t.replace('revision: 2\n', 'revision: -1\n'));
    const before = readFileSync(join(root, FILE));
    for (const extra of [['--dry-run'], []]) {
      const run = await runMain(['impact', '61/2018/NĐ-CP', '--apply', '--today', TODAY, '--date', TODAY, '--no-cache', ...extra], root);
      expect(run.code).toBe(2);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/^qms: .*procedures\/QT-KHCN-03\.md.*revision must be a whole number ≥ 1: fix it, then run again/);
      expect(run.stdout).not.toMatch(/Nothing to do/);
      expect(readFileSync(join(root, FILE)).equals(before)).toBe(true);
      expect(git(root, 'branch', '--show-current').trim()).toBe('main');
    }
  });
});

describe('materializePlan on front matter of the wrong shape', () => {
  it.each([
    ['history is a mapping', (t: string) => t.replace(/^history:\n(?: {2}- .*\n)+/m, 'history:\n  revision: 1\n')],
    ['legal_basis is a scalar', (t: string) => t.replace(/^legal_basis:\n(?: {2}- .*\n)+/m, 'legal_basis: 61/2018/NĐ-CP\n')],
    ['approval is a list', (t: string) => t.replace(/^approval:\n(?: {2}.*\n)+/m, 'approval: [soạn thảo, xem xét]\n')],
  ])('%s: a QmsError naming the file', (_name, spoil) => {
    const root = spoilt(spoil);
    const { repository, texts, plan: result } = plan(root);
    expect(result.files.map((f) => f.file)).toContain(FILE);
    const run = () => materializePlan(result, texts, repository, loadTemplates(root, 'vi'));
    expect(run).toThrow(QmsError);
    expect(run).toThrow(/^procedures\/QT-KHCN-03\.md: cannot revise it automatically: .*; fix the front matter \(qms check shows how\)$/);
    // In Vietnamese too: the catalogue's message, with the front matter edit's refusal (a catalogue message itself, its
    // id and data the cause) in the same language; the data keeps the English words.
    const error = refusalOf(run);
    expect(error.messageId).toBe('impact.cannot-revise-file');
    const data = error.data as { file: string; problem: string; cause: { messageId: MessageId; data: DataOf<MessageId> } };
    expect(data.file).toBe(FILE);
    expect(data.cause.messageId).toMatch(/^front-matter-edit\./);
    const problem = (language: 'vi' | 'en'): string => t(language, data.cause.messageId, data.cause.data);
    expect(data.problem).toBe(problem('en'));
    expect(error.in('en')).toBe(t('en', 'impact.cannot-revise-file', { file: FILE, problem: problem('en') }));
    expect(error.in('vi')).toBe(t('vi', 'impact.cannot-revise-file', { file: FILE, problem: problem('vi') }));
    expect(error.in('vi')).toMatch(/^procedures\/QT-KHCN-03\.md: không tự động sửa đổi được: không (thêm|đặt|thay|sửa) được /);
    expect(error.in('vi')).not.toContain(problem('en'));
  });

  it('qms impact --apply in a Vietnamese run: one line in Vietnamese, the reason too; in English with --lang en', async () => {
    const root = spoilt((text) => text.replace(/^history:\n(?: {2}- .*\n)+/m, 'history:\n  revision: 1\n'));
    const before = readFileSync(join(root, FILE));
    const args = ['impact', '61/2018/NĐ-CP', '--apply', '--today', TODAY, '--date', TODAY, '--no-cache'];
    const problem = (language: 'vi' | 'en'): string => t(language, 'front-matter-edit.append-not-list', { path: 'history', node: 'mapping' });
    const vi = await runMain(args, root, { QMS_LANG: 'vi' });
    expect(vi.code).toBe(2);
    expect(vi.stderr).toBe(`qms: ${t('vi', 'impact.cannot-revise-file', { file: FILE, problem: problem('vi') })}\n`);
    expect(vi.stderr).toContain('không thêm được vào history: đây là một nhóm trường, không phải một danh sách');
    expect(vi.stderr).not.toMatch(/cannot|append to|mapping, not/);
    const en = await runMain([...args, '--lang', 'en'], root, { QMS_LANG: 'vi' });
    expect(en.stderr).toBe(`qms: ${FILE}: cannot revise it automatically: cannot append to history: it is a mapping, not a list; fix the front matter (qms check shows how)\n`);
    expect(readFileSync(join(root, FILE)).equals(before)).toBe(true);
    expect(git(root, 'branch', '--show-current').trim()).toBe('main');
  });

  it('a file changed since the plan was made is refused, in the run\'s language', () => {
    const root = demoAgencyRepo();
    const { repository, texts, plan: result } = plan(root);
    const changed = new Map(texts);
    changed.set(FILE, `${texts.get(FILE)!}\nGhi chú.\n`);
    const error = refusalOf(() => materializePlan(result, changed, repository, loadTemplates(root, 'vi')));
    expect(error.messageId).toBe('impact.changed-since-plan');
    expect(error.in('en')).toBe(`${FILE} changed after the plan was made: run the command again`);
    expect(error.in('vi')).toBe(t('vi', 'impact.changed-since-plan', { file: FILE }));
  });
});

describe('the default branch name', () => {
  it('caps the slug at 60 characters, cut at a "-"', () => {
    const slug = branchSlug(`1/2020/${'A'.repeat(10_000)}`);
    expect(slug).toBe('1-2020');
    const words = branchSlug(`Luật ${'sửa đổi bổ sung một số điều '.repeat(10)}`);
    expect(words.length).toBeLessThanOrEqual(60);
    expect(words).toMatch(/^luat-sua-doi-bo-sung-[a-z0-9-]*[a-z0-9]$/);
    expect(`luat-${'sua-doi-bo-sung-mot-so-dieu-'.repeat(10)}`.startsWith(`${words}-`)).toBe(true);
    expect(branchSlug('x'.repeat(100))).toBe('x'.repeat(60));
    expect(branchSlug('61/2018/NĐ-CP')).toBe('61-2018-nd-cp');
  });

  it('planImpact uses the capped slug', () => {
    const { plan: result } = plan(demoAgencyRepo());
    expect(result.branch).toBe('qms/impact/61-2018-nd-cp');
  });
});
