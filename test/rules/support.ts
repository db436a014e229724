/**
 * Builders for the focused rule tests: small, realistic controlled documents and register entries
 * written as text, so a test reads like the repository it checks. Lines are found with lineOf()
 * rather than counted by hand.
 */
import type { Finding } from '../../src/model/repository.js';

/** The day every run is checked against (checkFolder's default). */
export const TODAY = '2026-11-27';

/** A config that switches the procedure sections off, so documents can stay short. */
export const SHORT_CONFIG = 'organization: Sở Khoa học và Công nghệ tỉnh Hòa Bình\ntypes:\n  procedure:\n    sections: []\n';

/** The 1-based line of the `nth` occurrence of `needle` in `text`; throws when it is not there. */
export function lineOf(text: string, needle: string, nth = 1): number {
  let from = 0;
  let index = -1;
  for (let i = 0; i < nth; i++) {
    index = text.indexOf(needle, from);
    if (index < 0) throw new Error(`"${needle}" (occurrence ${nth}) is not in the text`);
    from = index + needle.length;
  }
  return text.slice(0, index).split(/\r\n|\r|\n/).length;
}

/** `file:line` for a needle in a document, in the form ruleLines() gives. */
export function at(file: string, text: string, needle: string, nth = 1): string {
  return `${file}:${lineOf(text, needle, nth)}`;
}

/** Findings of one rule as `file:line:severity`. */
export function ruleSeverities(findings: Finding[], ruleId: string): string[] {
  return findings.filter((f) => f.ruleId === ruleId).map((f) => `${f.file}:${f.line}:${f.severity}`);
}

/** Findings of one rule. */
export function ofRule(findings: Finding[], ruleId: string): Finding[] {
  return findings.filter((f) => f.ruleId === ruleId);
}

export interface ProcedureOptions {
  code?: string;
  title?: string;
  type?: string;
  revision?: number;
  status?: string;
  /** null leaves the field out. */
  effective?: string | null;
  /** Raw YAML lines of the approval block (without the `approval:` key); null leaves it out. */
  approval?: string | null;
  /** Raw YAML lines under `legal_basis:`; undefined leaves it out. */
  legalBasis?: string;
  /** Raw YAML lines under `history:`; defaults to one row per revision. */
  history?: string;
  /** Raw YAML lines added at the end of the front matter. */
  extra?: string;
  body?: string;
}

/** The standard approval record: prepared, reviewed and approved by three people in 2026. */
export const APPROVAL = [
  '  prepared: { name: Nguyễn Văn An, title: Chuyên viên, date: 2026-02-02 }',
  '  reviewed: { name: Trần Thị Bình, title: Trưởng phòng, date: 2026-02-10 }',
  '  approved: { name: Lê Văn Cường, title: Giám đốc, date: 2026-02-20 }',
].join('\n');

/** An effective procedure, approved 2026-02-20, effective 2026-03-01, with overridable parts. */
export function procedure(options: ProcedureOptions = {}): string {
  const code = options.code ?? 'QT-KHCN-01';
  const revision = options.revision ?? 1;
  const effective = options.effective === undefined ? '2026-03-01' : options.effective;
  const history =
    options.history ??
    Array.from({ length: revision }, (_, i) =>
      i + 1 === revision ? `  - { revision: ${i + 1}, date: 2026-02-20, summary: Rà soát và ban hành lại }` : `  - { revision: ${i + 1}, date: 20${15 + i}-01-10, summary: Ban hành lần ${i + 1} }`,
    ).join('\n');
  const lines = [
    '---',
    `code: ${code}`,
    `title: ${options.title ?? 'Quy trình cấp giấy phép chuyển giao công nghệ'}`,
    `type: ${options.type ?? 'procedure'}`,
    `revision: ${revision}`,
    `status: ${options.status ?? 'effective'}`,
    ...(effective === null ? [] : [`effective: ${effective}`]),
    'owner: Phòng Quản lý chuyên ngành',
    ...(options.approval === null ? [] : ['approval:', options.approval ?? APPROVAL]),
    ...(options.legalBasis === undefined ? [] : ['legal_basis:', options.legalBasis]),
    'history:',
    history,
    ...(options.extra === undefined ? [] : [options.extra]),
    '---',
    '',
    `# ${options.title ?? 'Quy trình cấp giấy phép chuyển giao công nghệ'}`,
    '',
    options.body ?? 'Công chức Bộ phận Một cửa tiếp nhận hồ sơ và chuyển Trưởng phòng xem xét.',
    '',
  ];
  return lines.join('\n');
}

export interface LegalOptions {
  id: string;
  kind?: string;
  title?: string;
  issuer?: string;
  signed: string;
  effective: string;
  expired?: string;
  aliases?: string[];
  /** Raw YAML lines for relations (amends, replaces, repeals, guides). */
  relations?: string;
}

/** A legal register entry. */
export function legal(options: LegalOptions): string {
  const lines = [
    '---',
    `id: ${options.id}`,
    `kind: ${options.kind ?? 'Nghị định'}`,
    `title: ${options.title ?? `Văn bản ${options.id}`}`,
    `issuer: ${options.issuer ?? 'Chính phủ'}`,
    `signed: ${options.signed}`,
    `effective: ${options.effective}`,
    ...(options.expired === undefined ? [] : [`expired: ${options.expired}`]),
    ...(options.aliases === undefined ? [] : [`aliases: [${options.aliases.join(', ')}]`]),
    ...(options.relations === undefined ? [] : [options.relations]),
    '---',
    '',
  ];
  return lines.join('\n');
}

/** Nghị định 61/2018/NĐ-CP, the one-stop-shop decree most procedures rest on. */
export const ND_61_2018 = legal({
  id: '61/2018/NĐ-CP',
  title: 'Về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
  signed: '2018-04-23',
  effective: '2018-06-21',
});

/** Nghị định 107/2021/NĐ-CP amending 61/2018/NĐ-CP, in force `effective` (2022-02-21 in reality). */
export function nd107(effective = '2022-02-21', articles?: string): string {
  return legal({
    id: '107/2021/NĐ-CP',
    title: 'Sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP',
    signed: effective < '2021-12-06' ? effective : '2021-12-06',
    effective,
    relations: `amends:\n  - id: 61/2018/NĐ-CP${articles === undefined ? '' : `\n    articles: [${articles}]`}`,
  });
}
