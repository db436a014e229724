/**
 * What an issued document shows, read from the repository model: identification, the approval grid,
 * the change history, the body as mdast, the forms it names. DOCX, PDF and the site lay it out.
 */
import type { Root } from 'mdast';
import type { ControlledDocument } from '../model/document.js';
import type { RepositoryIndex } from '../model/repository.js';
import { referenceTo } from '../sections/build.js';
import type { SectionTemplates } from '../sections/templates.js';
import { compareCodes } from '../views/master-list.js';
import { bodyTree } from './body.js';

/** One column of the approval grid (Soạn thảo, Xem xét, Phê duyệt). */
export interface ApprovalColumn {
  role: string;
  name: string;
  title: string;
  /** ISO date, or ''. */
  date: string;
}

/** One row of the change history. */
export interface HistoryLine {
  revision: string;
  /** ISO date, or ''. */
  date: string;
  summary: string;
  /** The legal document that made the change, as a short reference ("Nghị định số 107/2021/NĐ-CP"), or ''. */
  basis: string;
}

/** A document of the repository as it is issued. */
export interface IssuedDocument {
  /** The agency (config `organization`). */
  organization: string;
  /** The type's label ("Quy trình"), from the config. */
  typeLabel: string;
  code: string;
  title: string;
  revision?: number;
  /** ISO dates. */
  effective?: string;
  owner?: string;
  status?: string;
  approvals: ApprovalColumn[];
  history: HistoryLine[];
  body: Root;
  /** The forms the document names (front matter references or body), with their titles. */
  forms: Array<{ code: string; title: string }>;
}

const ROLES: ReadonlyArray<['prepared' | 'reviewed' | 'approved', string]> = [
  ['prepared', 'Soạn thảo'],
  ['reviewed', 'Xem xét'],
  ['approved', 'Phê duyệt'],
];

/** The issued form of `document` (read in full, with its `text`). */
export function issuedDocument(document: ControlledDocument, text: string, repository: RepositoryIndex, templates: SectionTemplates): IssuedDocument {
  const type = document.type?.value;
  const issued: IssuedDocument = {
    organization: repository.config.organization,
    typeLabel: (type && repository.config.types[type]?.label) || 'Tài liệu',
    code: document.code?.value ?? document.file,
    title: document.title ?? '',
    approvals: ROLES.map(([step, role]) => {
      const found = document.approval[step];
      return { role, name: found?.name ?? '', title: found?.title ?? '', date: found?.date ?? '' };
    }),
    history: document.history.map((row) => ({
      revision: row.revision === undefined ? '' : String(row.revision),
      date: row.date ?? '',
      summary: row.summary ?? '',
      basis: row.trigger ? referenceTo(repository.register.get(row.triggerKey), row.trigger, templates) : '',
    })),
    body: bodyTree(text),
    forms: namedForms(document, repository),
  };
  if (document.revision) issued.revision = document.revision.value;
  if (document.effective) issued.effective = document.effective.value;
  if (document.owner !== undefined) issued.owner = document.owner;
  if (document.status) issued.status = document.status.value;
  return issued;
}

/** The forms a document names in `references` or its body, in code order, once each. */
export function namedForms(document: Pick<ControlledDocument, 'code' | 'references' | 'mentions'>, repository: Pick<RepositoryIndex, 'byCode'>): Array<{ code: string; title: string }> {
  const codes = new Set([...document.references.map((r) => r.value), ...document.mentions.map((m) => m.code)]);
  const forms: Array<{ code: string; title: string }> = [];
  for (const code of codes) {
    if (code === document.code?.value) continue;
    const found = repository.byCode.get(code.normalize('NFC'))?.[0];
    if (found?.type?.value === 'form') forms.push({ code: found.code!.value, title: found.title ?? '' });
  }
  return forms.sort((a, b) => compareCodes(a.code, b.code));
}
