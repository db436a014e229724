/**
 * The whole site as files, and the plan of what to write: a page whose content (without the
 * generation stamp) hashes as the manifest remembers, and which still exists, is not rewritten.
 * Pages that were published before and are not any more become a "withdrawn" notice.
 */
import { mergedLegalBasis } from '../sections/build.js';
import { createHash } from 'node:crypto';
import type { ControlledDocument } from '../model/document.js';
import type { RepositoryIndex } from '../model/repository.js';
import type { SectionTemplates } from '../sections/templates.js';
import { issuedDocument } from '../export/model.js';
import { externalRows, internalRows } from '../views/master-list.js';
import type { OutputChange } from '../write/plan.js';
import { foldSearch } from './fold.js';
import { page, SITE_CSS, STAMP, stampHtml, type Stamp } from './html.js';
import { codePattern, documentPage, push, externalPage, indexPage, internalPage, obsoletePage, registerPage, type SiteLinks, type SitePage } from './pages.js';
import { SEARCH_SCRIPT, searchEntry, searchIndexScript } from './search.js';

/** The manifest's file in the output folder. */
export const MANIFEST = '.qms-site.json';

/** What the site remembers of its last generation: each file's content hash (stamp left out). */
export interface SiteManifest {
  format: 1;
  files: Record<string, string>;
}

/** A document to publish: read in full, with its text. */
export interface SiteSource {
  document: ControlledDocument;
  text: string;
}

/** Every file of the site: path → content with STAMP where the stamp goes. */
export function buildSite(repository: RepositoryIndex, sources: readonly SiteSource[], templates: SectionTemplates): Map<string, string> {
  const { config, register, today } = repository;
  const used = new Set<string>();
  const pages: SitePage[] = sources.map(({ document, text }) => {
    const obsolete = document.status?.value === 'obsolete';
    const issued = issuedDocument(document, text, repository, templates);
    const doc: SitePage = { issued, href: uniqueName(`${obsolete ? 'o' : 'd'}-${slug(issued.code)}`, used), obsolete, legalBasis: mergedLegalBasis(document, repository.register), references: document.references.map((r) => r.value) };
    if (obsolete) {
      doc.ended = {};
      if (document.obsolete?.date) doc.ended.date = document.obsolete.date;
      if (document.obsolete?.reason) doc.ended.reason = document.obsolete.reason;
      if (document.obsolete?.replacedBy) doc.ended.replacedBy = document.obsolete.replacedBy;
    }
    return doc;
  });
  const inForce = pages.filter((p) => !p.obsolete);
  const links: SiteLinks = { inForce: new Map(inForce.map((p) => [p.issued.code.normalize('NFC'), p.href])), usedBy: usedBy(inForce, sources), codePattern: codePattern() };
  const citedBy = new Map<string, string[]>();
  for (const { document } of sources.filter((s) => s.document.status?.value !== 'obsolete')) {
    for (const item of document.legalBasis) if (item.key) push(citedBy, item.key, document.code?.value ?? document.file);
  }
  const organization = config.organization;
  const files = new Map<string, string>();
  for (const doc of pages) files.set(doc.href, documentPage(doc, links, register, today));
  const typeOrder = Object.values(config.types).map((t) => t.label);
  files.set('index.html', indexPage(inForce, typeOrder, organization));
  files.set('obsolete.html', obsoletePage(pages.filter((p) => p.obsolete), organization));
  // The master list's own reading: a document whose next revision is drafted is listed with the revision in force.
  const internal = internalRows(repository, { statuses: ['effective'], types: [] }, 'vi');
  files.set('internal.html', internalPage(internal, links, organization));
  const external = externalRows(repository, { statuses: [], types: [] }, 'vi');
  files.set('external.html', externalPage(external, register, today, organization));
  files.set('register.html', registerPage(external, register, today, citedBy, links, organization));
  files.set('assets/site.css', SITE_CSS);
  files.set('assets/search.js', SEARCH_SCRIPT);
  files.set('assets/search-index.js', searchIndexScript(inForce.map((p) => searchEntry(p.issued.code, p.issued.title, p.issued.typeLabel, p.href, p.issued.body))));
  return files;
}

/** Forms → the documents in force that name them (references or body). */
function usedBy(inForce: readonly SitePage[], sources: readonly SiteSource[]): Map<string, string[]> {
  const result = new Map<string, string[]>();
  const byCode = new Map(sources.map((s) => [s.document.code?.value, s.document]));
  for (const page of inForce) {
    const document = byCode.get(page.issued.code);
    if (!document) continue;
    for (const form of page.issued.forms) push(result, form.code, page.issued.code);
  }
  for (const list of result.values()) list.sort();
  return result;
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

/** The SHA-256 of a file's content, stamp left out. */
export function contentHash(content: string): string {
  return createHash('sha256').update(content).digest('hex');
}

/** A page that was published and is no longer: it says so and points to the index. */
export function withdrawnPage(organization: string): string {
  return page({
    title: 'Tài liệu không còn được công bố',
    organization,
    body: `<h1>Tài liệu không còn được công bố</h1><p>Tài liệu trước đây ở địa chỉ này không còn hiệu lực hoặc đã được đổi mã. Xem <a href="index.html">tài liệu hiện hành</a> hoặc <a href="obsolete.html">tài liệu đã hết hiệu lực</a>.</p>`,
    obsolete: true,
  });
}

/** What to write, and the new manifest. */
export interface SitePlan {
  changes: OutputChange[];
  manifest: SiteManifest;
  unchanged: number;
  withdrawn: number;
}

/**
 * The plan: every file whose hash differs from the manifest's (or that is missing) is written with
 * the stamp filled in; `current(file)` gives what the output folder holds (null when absent),
 * asked only for files to be written; `exists` for the others.
 */
export function planSite(files: ReadonlyMap<string, string>, previous: SiteManifest | null, stamp: Stamp, disk: { exists(file: string): boolean; current(file: string): string | null }): SitePlan {
  const all = new Map(files);
  let withdrawn = 0;
  for (const file of Object.keys(previous?.files ?? {})) {
    if (!all.has(file) && file.endsWith('.html')) {
      all.set(file, withdrawnPage(stamp.organization));
      withdrawn++;
    }
  }
  const manifest: SiteManifest = { format: 1, files: {} };
  const changes: OutputChange[] = [];
  let unchanged = 0;
  const filled = stampHtml(stamp);
  for (const [file, content] of [...all].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const hash = contentHash(content);
    manifest.files[file] = hash;
    if (previous?.files[file] === hash && disk.exists(file)) {
      unchanged++;
      continue;
    }
    changes.push({ file, before: disk.current(file), after: content.split(STAMP).join(filled) });
  }
  const manifestText = `${JSON.stringify(manifest, null, 1)}\n`;
  const before = disk.current(MANIFEST);
  if (before !== manifestText) changes.push({ file: MANIFEST, before, after: manifestText });
  return { changes, manifest, unchanged, withdrawn };
}

/** The manifest read back; null when absent or not one (everything is then written). */
export function readManifest(text: string | null): SiteManifest | null {
  if (text === null) return null;
  try {
    const data = JSON.parse(text) as SiteManifest;
    return data && data.format === 1 && typeof data.files === 'object' ? data : null;
  } catch {
    return null;
  }
}
