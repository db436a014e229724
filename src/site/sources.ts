/**
 * The documents the site publishes, from their summaries: those in effect on the day, the revision
 * in force of a document whose next revision is drafted (read from git), and the obsolete ones; each
 * with its page name and the hash of the text its page is made from. Only the pages to make again
 * are read in full (build.ts).
 */
import type { ControlledDocument, DocumentSummary } from '../model/document.js';
import { earlierRevisionInForce, statusOn } from '../model/documents.js';
import type { RepositoryIndex } from '../model/repository.js';
import { readControlledDocument } from '../document/read-document.js';
import { documentReadContext } from '../model/reading.js';
import { namedForms } from '../export/model.js';
import { compareCodes } from '../views/master-list.js';
import { foldSearch } from './fold.js';
import { contentHash } from './manifest.js';
import type { SiteListing } from './pages.js';

/** A document to publish, known from its summary (or, for a revision in force from git, from that reading). */
export interface SiteEntry extends SiteListing {
  file: string;
  summary: DocumentSummary;
  /** SHA-256 of the text the page is made from. */
  textHash: string;
  /** The forms it names, with their titles. */
  forms: Array<{ code: string; title: string }>;
  /** The revision in force read from git while the work tree holds the next one: its text and reading. */
  fromGit?: { text: string; document: ControlledDocument };
}

/** The text of a document's revision as git last recorded it (undefined outside git or when never committed). */
export type RevisionText = (file: string, revision: number) => string | undefined;

/**
 * The documents to publish, obsolete last, each in code order, with unique page names; `readText`
 * gives a work-tree file's text (read once here for its hash, again only if its page is made),
 * `revisionText` the revision in force of a document whose next revision is being prepared.
 */
export function siteEntries(repository: RepositoryIndex, readText: (file: string) => string, revisionText: RevisionText): SiteEntry[] {
  const { today } = repository;
  const published: Array<{ summary: DocumentSummary; fromGit?: SiteEntry['fromGit'] }> = [];
  for (const d of repository.documents) {
    if (!d.readable || !d.code) continue;
    if (statusOn(d, today) === 'effective' || d.status?.value === 'obsolete') published.push({ summary: d });
  }
  for (const fromGit of inForceFromHistory(repository, revisionText)) published.push({ summary: fromGit.document, fromGit });
  const obsolete = (s: DocumentSummary): boolean => s.status?.value === 'obsolete';
  published.sort((a, b) => Number(obsolete(a.summary)) - Number(obsolete(b.summary)) || compareCodes(a.summary.code!.value, b.summary.code!.value) || (a.summary.file < b.summary.file ? -1 : 1));
  const used = new Set<string>();
  return published.map(({ summary, fromGit }) => {
    const isObsolete = obsolete(summary);
    const code = summary.code!.value;
    const type = summary.type?.value;
    const entry: SiteEntry = {
      file: summary.file,
      summary,
      href: uniqueName(`${isObsolete ? 'o' : 'd'}-${slug(code)}`, used),
      code,
      title: summary.title ?? '',
      typeLabel: (type && repository.config.types[type]?.label) || 'Tài liệu',
      obsolete: isObsolete,
      textHash: contentHash(fromGit ? fromGit.text : readText(summary.file)),
      forms: namedForms(summary, repository),
    };
    if (fromGit) entry.fromGit = fromGit;
    if (summary.revision) entry.revision = summary.revision.value;
    if (summary.effective) entry.effective = summary.effective.value;
    if (summary.owner !== undefined) entry.owner = summary.owner;
    if (isObsolete) {
      entry.ended = {};
      if (summary.obsolete?.date) entry.ended.date = summary.obsolete.date;
      if (summary.obsolete?.reason) entry.ended.reason = summary.obsolete.reason;
      if (summary.obsolete?.replacedBy) entry.ended.replacedBy = summary.obsolete.replacedBy;
    }
    return entry;
  });
}

/**
 * Documents whose work-tree file holds a new revision (draft, approved, or issued for a later day)
 * while an earlier one is in force: that revision as git last recorded it, so the points of use keep
 * the revision in force and never see the next.
 */
function inForceFromHistory(repository: RepositoryIndex, revisionText: RevisionText): Array<{ text: string; document: ControlledDocument }> {
  const pending = repository.documents.flatMap((d) => {
    const inForce = d.readable && d.code && statusOn(d, repository.today) !== 'effective' ? earlierRevisionInForce(d, repository.today) : null;
    return inForce ? [{ summary: d, revision: inForce.revision }] : [];
  });
  if (pending.length === 0) return [];
  const context = documentReadContext(repository.config, repository.register);
  const found: Array<{ text: string; document: ControlledDocument }> = [];
  for (const { summary, revision } of pending) {
    const text = revisionText(summary.file, revision);
    if (text === undefined) continue;
    const document = readControlledDocument(summary.file, text, context);
    // The version that ended the revision may still say draft (committed before publishing); only an issued one is shown.
    if (document.status?.value !== 'effective' || document.code?.value !== summary.code?.value) continue;
    found.push({ text, document });
  }
  return found;
}

/** A file name from a code: letters without diacritics, digits and dashes (BM-01/QT-KHCN-01 → BM-01-QT-KHCN-01). */
export function slug(code: string): string {
  return foldSearch(code).toUpperCase().replace(/ /g, '-') || 'X';
}

function uniqueName(base: string, used: Set<string>): string {
  let name = `${base}.html`;
  for (let n = 2; used.has(name); n++) name = `${base}-${n}.html`;
  used.add(name);
  return name;
}
