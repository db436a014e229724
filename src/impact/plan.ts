/** The plan of `qms impact --apply`: per-file front matter edits (legal_basis, revision, history, draft), citation rewrites, branch, commit. */
import { legalRefName } from './names.js';
import { createHash } from 'node:crypto';
import type { ControlledDocument } from '../model/document.js';
import type { FrontMatterEdit } from '../yaml-edit/frontmatter-edit.js';
import type { RepositoryIndex } from '../model/repository.js';
import type { AffectedDocument, DocumentChange, ImpactReport, LegalRef } from './types.js';

/** A body citation to rewrite (`--rewrite-citations`): offsets into the file as planned. */
export interface CitationRewrite {
  start: number;
  end: number;
  line: number;
  from: string;
  to: string;
}

/** How one file changes. */
export interface FilePlan {
  file: string;
  code: string;
  fromRevision: number;
  toRevision: number;
  /** SHA-256 of the text the plan was made from: applying refuses a file changed since. */
  sourceHash: string;
  summary: string;
  trigger: string;
  edits: FrontMatterEdit[];
  rewrites: CitationRewrite[];
}

/** An affected document the plan cannot revise automatically (a person must fix it first). */
export interface RefusedFile {
  file: string;
  code: string;
  reason: string;
}

/** The plan of `qms impact --apply`: plain data, a pure function of its inputs. */
export interface ImpactPlan {
  legalDocument: string;
  date: string;
  branch: string;
  commitMessage: string;
  files: FilePlan[];
  /** Affected documents that cannot be revised as they are: applying refuses while any is listed. */
  refused: RefusedFile[];
}

/** Longest slug in a default branch name. */
const MAX_SLUG = 60;

export interface PlanOptions {
  /** Date of the new history rows. */
  date: string;
  language: 'vi' | 'en';
  rewriteCitations: boolean;
  branch?: string;
}

/**
 * Plans the revision of every affected document that has not acknowledged its change: legal_basis
 * follows the relation, revision + 1, a history row, approval reset to draft. Documents already
 * revised are left out, so planning again after an apply finds nothing to do.
 */
export function planImpact(report: ImpactReport, repository: RepositoryIndex, texts: ReadonlyMap<string, string>, options: PlanOptions): ImpactPlan {
  const files: FilePlan[] = [];
  const refused: RefusedFile[] = [];
  for (const affected of report.affected) {
    if (affected.acknowledged) continue;
    const document = repository.read(affected.file, { contentHashes: false });
    const text = texts.get(affected.file);
    if (!document || text === undefined || !document.code) continue;
    const revision = document.revision?.value;
    if (revision === undefined || !Number.isSafeInteger(revision) || revision < 1) {
      const raw: unknown = document.frontMatter?.data.revision;
      const shown = raw === undefined ? 'missing' : JSON.stringify(raw) ?? String(raw);
      refused.push({ file: document.file, code: document.code.value, reason: `revision is ${shown}: revision must be a whole number ≥ 1: fix it, then run again` });
      continue;
    }
    files.push(planFile(document, affected, text, report, options));
  }
  const subject = report.legalDocument;
  const branch = options.branch ?? `qms/impact/${branchSlug(subject.id)}`;
  const lines = files.map((f) => `- ${f.code}: revision ${f.fromRevision} → ${f.toRevision} (${f.file})`);
  const commitMessage = [
    `qms impact: follow ${legalRefName(subject, options.language)}`,
    '',
    files.length > 0 ? 'Revised to draft, for review and approval:' : 'No document needed a revision.',
    ...lines,
    '',
  ].join('\n');
  return { legalDocument: subject.id, date: options.date, branch, commitMessage, files, refused };
}

function planFile(document: ControlledDocument, affected: AffectedDocument, text: string, report: ImpactReport, options: PlanOptions): FilePlan {
  const open = affected.changes.filter((c) => !c.acknowledged);
  const primary = open.find((c) => c.by === affected.by) ?? open[0]!;
  const fromRevision = document.revision!.value;
  const toRevision = fromRevision + 1;
  const summary = summarize(primary, report, options.language);
  const edits: FrontMatterEdit[] = [
    ...legalBasisEdits(document, open, report),
    { op: 'set', path: ['revision'], value: toRevision },
    { op: 'append', path: ['history'], item: { revision: toRevision, date: options.date, summary, trigger: primary.by } },
    { op: 'set', path: ['status'], value: 'draft' },
    // The effective date was the old revision's; the new one gets its own at publication.
    { op: 'delete', path: ['effective'] },
    { op: 'delete', path: ['approval', 'approved'] },
    { op: 'delete', path: ['approval', 'reviewed'] },
  ];
  return {
    file: document.file,
    code: document.code!.value,
    fromRevision,
    toRevision,
    sourceHash: sha256(text),
    summary,
    trigger: primary.by,
    edits,
    rewrites: options.rewriteCitations ? citationRewrites(document, open, report) : [],
  };
}

/** legal_basis follows each change: amended adds the amending document, replaced swaps in the successor, repealed removes. */
function legalBasisEdits(document: ControlledDocument, changes: DocumentChange[], report: ImpactReport): FrontMatterEdit[] {
  const raw = Array.isArray(document.frontMatter?.data.legal_basis) ? (document.frontMatter!.data.legal_basis as unknown[]) : [];
  const keyOf = (id: string): string | undefined => findRef(report, id)?.key;
  const indexOf = (key: string | undefined): number => document.legalBasis.findIndex((item) => item.key === key);
  const listed = new Set(document.legalBasis.map((item) => item.key));
  const replaced = new Map<number, string>();
  const removed = new Set<number>();
  const added: string[] = [];
  for (const change of changes) {
    const oldIndex = indexOf(keyOf(change.cited));
    const newKey = keyOf(change.by);
    if (change.relation === 'amended') {
      if (!listed.has(newKey ?? null)) added.push(change.by);
    } else if (change.relation === 'replaced') {
      // One successor of several replaced documents (118/2025 for 61/2018 and 107/2021) is listed once.
      if (listed.has(newKey ?? null) || added.includes(change.by) || [...replaced.values()].includes(change.by)) {
        if (oldIndex >= 0) removed.add(oldIndex);
      } else if (oldIndex >= 0 && !replaced.has(oldIndex)) replaced.set(oldIndex, change.by);
      else added.push(change.by);
    } else if (oldIndex >= 0) removed.add(oldIndex);
  }
  const edits: FrontMatterEdit[] = [];
  for (const [index, id] of replaced) {
    if (removed.has(index)) continue;
    // Keep the item's shape: a plain id stays a plain id.
    edits.push({ op: 'replace-item', path: ['legal_basis', index], item: typeof raw[index] === 'string' ? id : { id } });
  }
  for (const index of [...removed].sort((a, b) => b - a)) edits.push({ op: 'delete', path: ['legal_basis', index] });
  const plain = raw.length > 0 && raw.every((item) => typeof item === 'string');
  for (const id of added) edits.push({ op: 'append', path: ['legal_basis'], item: plain ? id : { id } });
  return edits;
}

function citationRewrites(document: ControlledDocument, changes: DocumentChange[], report: ImpactReport): CitationRewrite[] {
  const rewrites: CitationRewrite[] = [];
  for (const change of changes) {
    if (change.relation !== 'replaced') continue;
    const oldKey = findRef(report, change.cited)?.key;
    for (const citation of document.citations) {
      // A citation of particular articles needs a person: article numbers differ between the two.
      if (citation.key !== oldKey || citation.articles.length > 0) continue;
      rewrites.push({ start: citation.start, end: citation.end, line: citation.position.line, from: citation.text, to: change.by });
    }
  }
  return rewrites.sort((a, b) => a.start - b.start);
}

function summarize(change: DocumentChange, report: ImpactReport, language: 'vi' | 'en'): string {
  const by = findRef(report, change.by);
  const old = findRef(report, change.cited);
  const byName = by ? legalRefName(by, language) : change.by;
  const oldName = old ? legalRefName(old, language) : change.cited;
  if (language === 'en') {
    const verb = { amended: 'amending', replaced: 'replacing', repealed: 'repealing' }[change.relation];
    return `Updated to follow ${byName} (${verb} ${oldName})`;
  }
  const verb = { amended: 'sửa đổi, bổ sung', replaced: 'thay thế', repealed: 'bãi bỏ' }[change.relation];
  return `Cập nhật theo ${byName} (${verb} ${oldName})`;
}

function findRef(report: ImpactReport, id: string): LegalRef | undefined {
  for (const change of report.changes) {
    if (change.old.id === id) return change.old;
    if (change.by.id === id) return change.by;
  }
  return undefined;
}


/** "61/2018/NĐ-CP" → "61-2018-nd-cp": safe in a branch name. */
export function slug(id: string): string {
  return id
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The slug, at most MAX_SLUG characters, cut at a "-" where possible: a valid, bounded branch name. */
export function branchSlug(id: string): string {
  const full = slug(id);
  if (full.length <= MAX_SLUG) return full;
  const head = full.slice(0, MAX_SLUG);
  const cut = full[MAX_SLUG] === '-' ? head : head.slice(0, Math.max(head.lastIndexOf('-'), 0)) || head;
  return cut.replace(/-+$/, '');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
