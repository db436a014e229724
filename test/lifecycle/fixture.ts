import { ND_61_2018 } from '../helpers/legal.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runBin, runMain, type CliResult } from '../helpers/cli.js';
import { makeGitRepo } from '../helpers/git.js';

/** The day every check runs against. */
export const TODAY = '2026-11-27';

export const CONFIG = `organization: Sở Khoa học và Công nghệ tỉnh Thử nghiệm
language: vi
types:
  procedure:
    pattern: "^QT-[A-Z]+-[0-9]{2}$"
    reviewers: [Trưởng phòng, Phó Trưởng phòng]
    approvers: [Giám đốc, Phó Giám đốc]
    regions: [identification, approval, history, legal-basis]
  form:
    pattern: "^BM-[0-9]{2}/QT-[A-Z]+-[0-9]{2}$"
    regions: [identification, history]
  instruction:
    pattern: "^HD-[A-Z]+-[0-9]{2}$"
    regions: [identification, approval, history]
  manual:
    pattern: "^STCL$"
    regions: [identification, approval, history]
`;

export const LEGAL = {
  'legal/nd-61-2018.md': ND_61_2018,
  'legal/nd-107-2021.md': `---
id: 107/2021/NĐ-CP
kind: Nghị định
title: Sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP
issuer: Chính phủ
signed: 2021-12-06
effective: 2022-02-21
amends:
  - id: 61/2018/NĐ-CP
---
`,
};

/** A committed repository with the config, the register and `files`. */
export function lifecycleRepo(files: Record<string, string | Buffer> = {}, config = CONFIG): string {
  return makeGitRepo({ 'qms.config.yaml': config, ...LEGAL, ...files });
}

export interface Finding {
  file: string;
  line: number;
  ruleId: string;
  severity: string;
  message: string;
}

/** `qms check <file> --format json` with the real CLI: its findings and exit code. */
export function check(root: string, file: string, today = TODAY): { code: number; findings: Finding[] } {
  const result = runBin(['check', file, '--format', 'json', '--today', today], root);
  return { code: result.code, findings: JSON.parse(result.stdout) as Finding[] };
}

/** Asserts that `qms check` reports nothing for the file (no error, no warning) and exits 0. */
export function expectClean(root: string, file: string, today = TODAY): void {
  const { code, findings } = check(root, file, today);
  expect(findings.map((f) => `${f.line} ${f.ruleId} ${f.message}`), `qms check ${file}`).toEqual([]);
  expect(code).toBe(0);
}

/** Runs a lifecycle command with the real CLI and `--json`, and returns its parsed output. */
export function cli(root: string, args: string[], env: Record<string, string> = {}): CliResult & { json: Record<string, unknown> } {
  const result = runBin([...args, '--json', '--today', TODAY], root, env);
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(result.stdout) as Record<string, unknown>;
  } catch {
    // not JSON: the assertions on code and stderr say why
  }
  return { ...result, json };
}

/** Runs the command line in-process (faster, for refusals and messages). */
export async function run(root: string, args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
  return runMain([...args, '--today', TODAY], root, { QMS_LANG: undefined, LANG: undefined, LC_ALL: undefined, ...env });
}

export function read(root: string, file: string): string {
  return readFileSync(join(root, file), 'utf8');
}

/** A controlled document in the state `qms publish` leaves it, to start from. */
export function effectiveProcedure(code = 'QT-KHCN-01', extra = ''): string {
  return `---
code: ${code}
title: Quy trình thử nghiệm
type: procedure
revision: 1
status: effective
effective: 2026-02-01
owner: Phòng Quản lý chuyên ngành
approval:
  prepared: { name: Nguyễn Văn An, title: Chuyên viên, date: 2026-01-10 }
  reviewed: { name: Trần Thị Bình, title: Trưởng phòng, date: 2026-01-12 }
  approved: { name: Lê Văn Cường, title: Giám đốc, date: 2026-01-15 }
legal_basis:
  - id: 61/2018/NĐ-CP
  - id: 107/2021/NĐ-CP
${extra}history:
  - { revision: 1, date: 2026-01-05, summary: Ban hành lần đầu }
---

# Quy trình thử nghiệm

## 1. Mục đích

Văn bản.

## 2. Phạm vi

Văn bản.

## 3. Tài liệu viện dẫn

## 4. Định nghĩa và từ viết tắt

## 5. Nội dung quy trình

Tiếp nhận theo Nghị định 61/2018/NĐ-CP.

## 6. Biểu mẫu

## 7. Hồ sơ cần lưu
`;
}
