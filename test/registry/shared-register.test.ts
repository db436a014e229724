/**
 * Shared registers end to end, with real git repositories: a province register kept by the Sở
 * Khoa học và Công nghệ, one agency using it as a git submodule and one holding a copy (a subtree).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/repository.js';
import { commitAll, git, historyRow, legalEntry, ND_107_2021, ND_61_2018, ND_61_2018_FIELDS, procedure, readText, runBin, runMain, tempFolder, TODAY } from '../helpers/index.js';

const SHARED = 'registers/tinh/legal';
const CONFIG = `organization: Sở Tư pháp\nlegal:\n  shared: [${SHARED}]\n`;

/** Nghị định 118/2025/NĐ-CP replacing 61/2018 and 107/2021 from 2025-07-01 (the shared reference's facts). */
const ND_118_2025 = legalEntry('118/2025/NĐ-CP', {
  title: 'Về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia',
  signed: '2025-06-09',
  effective: '2025-07-01',
  replaces: '\n  - id: 61/2018/NĐ-CP\n  - id: 107/2021/NĐ-CP',
});

/** A procedure first issued in 2020 on 61/2018/NĐ-CP alone. */
const ONE_STOP = procedure({
  code: 'QT-VP-01',
  title: 'Quy trình tiếp nhận hồ sơ tại Bộ phận Một cửa',
  owner: 'Văn phòng',
  legalBasis: '  - id: 61/2018/NĐ-CP',
  history: historyRow(1, '2020-01-10', 'Ban hành lần đầu'),
  effective: '2020-02-01',
  body: 'Tiếp nhận hồ sơ theo Nghị định 61/2018/NĐ-CP.',
});

function writeFiles(root: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
  }
}

/** `qms check --format json` in-process (main(argv, io)); git and the submodules are real. */
async function check(root: string, ...args: string[]): Promise<{ code: number; findings: Finding[]; stderr: string }> {
  const result = await runMain(['check', '--format', 'json', '--no-cache', '--today', TODAY, ...args], root);
  return { code: result.code, findings: result.code === 2 ? [] : (JSON.parse(result.stdout) as Finding[]), stderr: result.stderr };
}

const rulesOn = (findings: Finding[], file: string): string[] => findings.filter((f) => f.file === file).map((f) => f.ruleId);

let province: string;
let submoduleAgency: string;
let subtreeAgency: string;

beforeAll(() => {
  province = tempFolder('qms-province-');
  writeFiles(province, { 'README.md': '# Sổ đăng ký văn bản pháp luật của tỉnh\n', 'legal/nd-61-2018-nd-cp.md': ND_61_2018, 'legal/nd-107-2021-nd-cp.md': ND_107_2021 });
  commitAll(province, 'Sổ đăng ký của tỉnh');

  submoduleAgency = tempFolder('qms-agency-a-');
  writeFiles(submoduleAgency, { 'qms.config.yaml': CONFIG, 'procedures/QT-VP-01.md': ONE_STOP });
  commitAll(submoduleAgency, 'Quy trình');
  git(submoduleAgency, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', province, 'registers/tinh');
  git(submoduleAgency, 'commit', '-q', '-m', 'Sổ đăng ký của tỉnh (submodule)');

  // A subtree is a copy of the register committed in the agency's own history.
  subtreeAgency = tempFolder('qms-agency-b-');
  writeFiles(subtreeAgency, {
    'qms.config.yaml': CONFIG,
    'procedures/QT-VP-01.md': ONE_STOP,
    // The agency's own copies: 107/2021 as the province has it, 61/2018 with another effective date.
    'legal/nd-107-2021-nd-cp.md': ND_107_2021,
    'legal/nd-61-2018-nd-cp.md': legalEntry('61/2018/NĐ-CP', { ...ND_61_2018_FIELDS, effective: '2018-06-22' }),
  });
  cpSync(join(province, 'legal'), join(subtreeAgency, SHARED), { recursive: true });
  commitAll(subtreeAgency, 'Quy trình và sổ đăng ký của tỉnh');
});

describe('an agency reads its own register and the shared one together', () => {
  it('finds the amendment recorded only in the province register', async () => {
    const { findings } = await check(submoduleAgency);
    expect(rulesOn(findings, 'procedures/QT-VP-01.md')).toContain('legal/update-overdue');
    expect(findings.filter((f) => f.ruleId.startsWith('register/'))).toEqual([]);
  });

  it('reads the submodule from the work tree when checking the index or HEAD', async () => {
    for (const source of ['--staged', '--head']) {
      const { code, findings } = await check(submoduleAgency, source);
      expect(code, source).toBe(1);
      expect(rulesOn(findings, 'procedures/QT-VP-01.md'), source).toContain('legal/update-overdue');
    }
  });

  it('reports one document recorded differently in two registers, on the entry in use', async () => {
    const { findings } = await check(subtreeAgency);
    const conflicts = findings.filter((f) => f.ruleId === 'register/conflict');
    expect(conflicts.map((f) => [f.file, f.line])).toEqual([['legal/nd-61-2018-nd-cp.md', 2]]);
    expect(conflicts[0]).toMatchObject({ messageId: 'register/conflict', data: { other: `${SHARED}/nd-61-2018-nd-cp.md`, fields: ['effective'], used: 'legal/nd-61-2018-nd-cp.md', own: true } });
    // Identical copies (107/2021) are not duplicates, and their relation is counted once.
    expect(findings.filter((f) => f.ruleId === 'register/duplicate')).toEqual([]);
    expect(rulesOn(findings, 'procedures/QT-VP-01.md').filter((id) => id === 'legal/update-overdue')).toHaveLength(1);
  });
});

describe('when the province records a new decree', () => {
  it('reaches the agency with the next submodule update', async () => {
    writeFiles(province, { 'legal/nd-118-2025-nd-cp.md': ND_118_2025 });
    git(province, 'add', '-A');
    git(province, 'commit', '-q', '-m', 'Nghị định 118/2025/NĐ-CP thay thế 61/2018 và 107/2021');
    expect(rulesOn((await check(submoduleAgency)).findings, 'procedures/QT-VP-01.md')).not.toContain('legal/superseded');

    git(join(submoduleAgency, 'registers/tinh'), 'pull', '-q', 'origin', 'main');
    const { findings } = await check(submoduleAgency);
    expect(rulesOn(findings, 'procedures/QT-VP-01.md')).toContain('legal/superseded');

    const impact = runBin(['impact', '61/2018/NĐ-CP', '--format', 'json', '--today', TODAY, '--no-cache'], submoduleAgency);
    expect(impact.code, impact.stderr).toBe(0);
    expect(impact.stdout).toContain('QT-VP-01');
  });
});

describe('qms legal writes to the agency’s own register', () => {
  it('adds a new entry under legal/, not in the shared folder', () => {
    const result = runBin(['legal', 'add', '30/2020/NĐ-CP', '--kind', 'Nghị định', '--title', 'Về công tác văn thư', '--issuer', 'Chính phủ', '--signed', '2020-03-05', '--effective', '2020-03-05'], submoduleAgency);
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(join(submoduleAgency, 'legal/nd-30-2020-nd-cp.md'))).toBe(true);
    expect(readdirSync(join(submoduleAgency, SHARED))).not.toContain('nd-30-2020-nd-cp.md');
  });

  it('refuses to edit an entry of the shared register unless --register names it', () => {
    const file = join(submoduleAgency, SHARED, 'nd-107-2021-nd-cp.md');
    const before = readText(submoduleAgency, `${SHARED}/nd-107-2021-nd-cp.md`);
    const refused = runBin(['legal', 'amend', '30/2020/NĐ-CP', '--by', '107/2021/NĐ-CP', '--lang', 'en'], submoduleAgency);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`belongs to the shared register ${SHARED}`);
    expect(refused.stderr).toContain(`--register ${SHARED}`);
    expect(readText(submoduleAgency, `${SHARED}/nd-107-2021-nd-cp.md`)).toBe(before);

    const written = runBin(['legal', 'amend', '30/2020/NĐ-CP', '--by', '107/2021/NĐ-CP', '--register', SHARED], submoduleAgency);
    expect(written.code, written.stderr).toBe(0);
    expect(readText(submoduleAgency, `${SHARED}/nd-107-2021-nd-cp.md`)).toContain('30/2020/NĐ-CP');
    expect(existsSync(file)).toBe(true);
  });

  it('refuses a --register that the config does not share', () => {
    const result = runBin(['legal', 'add', '45/2020/NĐ-CP', '--kind', 'Nghị định', '--title', 'X', '--issuer', 'Chính phủ', '--signed', '2020-04-08', '--effective', '2020-05-22', '--register', 'registers/khac', '--lang', 'en'], submoduleAgency);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`not one of the shared registers in legal.shared of qms.config.yaml: ${SHARED}`);
    expect(existsSync(join(submoduleAgency, 'registers/khac'))).toBe(false);
  });
});

describe('a shared register that is not there', () => {
  it('is an error naming the folder and the command that fetches a submodule', async () => {
    const clone = join(tempFolder('qms-clone-'), 'agency');
    git(tempFolder(), 'clone', '-q', submoduleAgency, clone);
    const { code, stderr } = await check(clone);
    expect(code).toBe(2);
    expect(stderr).toContain(SHARED);
    expect(stderr).toContain('git submodule update --init');
  });
});
