/**
 * Controlled documents as text: one builder for the front matter and the document (a procedure by
 * default; a form, an instruction or the manual with `type`), its parts (approval, history rows),
 * and the documents several suites start from.
 */

/** What a controlled document holds; every field has a default, and null leaves an optional part out. */
export interface DocumentOptions {
  /** QT-KHCN-01 by default. */
  code?: string;
  /** Written as given (quote it when YAML needs it); the technology transfer procedure by default. */
  title?: string;
  type?: string;
  revision?: number;
  status?: string;
  /** 2026-03-01 by default; null leaves the field out. */
  effective?: string | null;
  /** Phòng Quản lý chuyên ngành by default. */
  owner?: string;
  /** Raw YAML lines of the approval block (without the `approval:` key); APPROVAL by default; null leaves it out. */
  approval?: string | null;
  /** Raw YAML lines under `legal_basis:`; undefined leaves it out. */
  legalBasis?: string;
  /** Raw YAML after `references: `; undefined leaves it out. */
  references?: string;
  /** Raw YAML lines under `history:`; defaults to one row per revision, the last approved 2026-02-20. */
  history?: string;
  /** Raw YAML lines added at the end of the front matter. */
  extra?: string;
  /** The level-1 heading of the body; the title by default; null leaves it out. */
  heading?: string | null;
  /** The body after the heading; null leaves it out. */
  body?: string | null;
}

const TITLE = 'Quy trình cấp giấy phép chuyển giao công nghệ';

/** The approval lines of the usual three people: Nguyễn Văn An prepares, Trần Thị Bình reviews, Lê Văn Cường approves. */
export function approvalLines(prepared: string, reviewed: string, approved: string): string {
  return [
    `  prepared: { name: Nguyễn Văn An, title: Chuyên viên, date: ${prepared} }`,
    `  reviewed: { name: Trần Thị Bình, title: Trưởng phòng, date: ${reviewed} }`,
    `  approved: { name: Lê Văn Cường, title: Giám đốc, date: ${approved} }`,
  ].join('\n');
}

/** The standard approval record: prepared, reviewed and approved by three people in 2026. */
export const APPROVAL = approvalLines('2026-02-02', '2026-02-10', '2026-02-20');

/** One flow-style row of `history:`, with its trigger when given. */
export function historyRow(revision: number, date: string, summary: string, trigger?: string): string {
  return `  - { revision: ${revision}, date: ${date}, summary: ${summary}${trigger === undefined ? '' : `, trigger: ${trigger}`} }`;
}

function defaultHistory(revision: number): string {
  return Array.from({ length: revision }, (_, i) => (i + 1 === revision ? historyRow(revision, '2026-02-20', 'Rà soát và ban hành lại') : historyRow(i + 1, `20${15 + i}-01-10`, `Ban hành lần ${i + 1}`))).join('\n');
}

/** The front matter of a controlled document, from `---` to the closing `---` and its line break. */
export function frontMatter(options: DocumentOptions = {}): string {
  const revision = options.revision ?? 1;
  const effective = options.effective === undefined ? '2026-03-01' : options.effective;
  const lines = [
    '---',
    `code: ${options.code ?? 'QT-KHCN-01'}`,
    `title: ${options.title ?? TITLE}`,
    `type: ${options.type ?? 'procedure'}`,
    `revision: ${revision}`,
    `status: ${options.status ?? 'effective'}`,
    ...(effective === null ? [] : [`effective: ${effective}`]),
    `owner: ${options.owner ?? 'Phòng Quản lý chuyên ngành'}`,
    ...(options.approval === null ? [] : ['approval:', options.approval ?? APPROVAL]),
    ...(options.legalBasis === undefined ? [] : ['legal_basis:', options.legalBasis]),
    ...(options.references === undefined ? [] : [`references: ${options.references}`]),
    'history:',
    options.history ?? defaultHistory(revision),
    ...(options.extra === undefined ? [] : [options.extra]),
    '---',
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * A controlled document: the front matter, a blank line, `# heading`, a blank line and the body
 * (a short Một cửa paragraph by default). An effective procedure approved 2026-02-20, in force
 * 2026-03-01, unless the options say otherwise.
 */
export function procedure(options: DocumentOptions = {}): string {
  const heading = options.heading === undefined ? (options.title ?? TITLE) : options.heading;
  const body = options.body === undefined ? 'Công chức Bộ phận Một cửa tiếp nhận hồ sơ và chuyển Trưởng phòng xem xét.' : options.body;
  const parts = [...(heading === null ? [] : [`# ${heading}`]), ...(body === null ? [] : [body])];
  return `${frontMatter(options)}\n${parts.join('\n\n')}\n`;
}

/** A controlled form: the document builder with `type: form`. */
export function form(options: DocumentOptions = {}): string {
  return procedure({ type: 'form', ...options });
}

/** An effective procedure in the state `qms publish` leaves it (in force 2026-02-01), with the standard sections. */
export function effectiveProcedure(code = 'QT-KHCN-01'): string {
  return procedure({
    code,
    title: 'Quy trình thử nghiệm',
    effective: '2026-02-01',
    approval: approvalLines('2026-01-10', '2026-01-12', '2026-01-15'),
    legalBasis: '  - id: 61/2018/NĐ-CP\n  - id: 107/2021/NĐ-CP',
    history: historyRow(1, '2026-01-05', 'Ban hành lần đầu'),
    body: `## 1. Mục đích

Văn bản.

## 2. Phạm vi

Văn bản.

## 3. Tài liệu viện dẫn

## 4. Định nghĩa và từ viết tắt

## 5. Nội dung quy trình

Tiếp nhận theo Nghị định 61/2018/NĐ-CP.

## 6. Biểu mẫu

## 7. Hồ sơ cần lưu`,
  });
}

/** The short draft every hostile case starts from (QT-A-01, citing 61/2018/NĐ-CP); `revision: x` on line 5 when `broken`. */
export function sampleDocument(options: { code?: string; broken?: boolean; body?: string } = {}): string {
  return [
    '---',
    `code: ${options.code ?? 'QT-A-01'}`,
    'title: Quy trình mẫu',
    'type: procedure',
    `revision: ${options.broken ? 'x' : '1'}`,
    'status: draft',
    'legal_basis: [61/2018/NĐ-CP]',
    'history:',
    '  - { revision: 1, date: 2026-01-10, summary: Dự thảo }',
    '---',
    '',
    '# Quy trình mẫu',
    '',
    options.body ?? 'Theo Nghị định số 61/2018/NĐ-CP.',
    '',
  ].join('\n');
}
