/**
 * The site, made incrementally and streamed: a document page whose text and lookups (inputs.ts)
 * answer as the manifest remembers is neither read nor rendered; the others are read, rendered and
 * written a batch at a time, so memory holds one batch of pages, not the site. The index, the master
 * lists, the register and the search index are made from the summaries (and, for the search, the
 * previous index's entries of pages not made again) and written when their content changed. Pages
 * that were published and are not any more become a "withdrawn" notice. Writes go through `output`
 * (the one writer, a batch at a time: each file appears whole); the manifest is written first
 * without the entries of what is about to change, last with the new ones, so an interrupted run
 * leaves nothing the next one would wrongly trust.
 */
import { readControlledDocument } from '../document/read-document.js';
import { documentReadContext } from '../model/reading.js';
import type { RepositoryIndex } from '../model/repository.js';
import type { SectionTemplates } from '../sections/templates.js';
import { mergedLegalBasis } from '../sections/build.js';
import { issuedDocument } from '../export/model.js';
import { externalRows, internalRows } from '../views/master-list.js';
import { page, SITE_CSS, type Stamp } from './html.js';
import { globalFingerprint, Lookups, recorder, type SiteWorld } from './inputs.js';
import { contentHash, emptyManifest, isOwnFile, type PageRecord, type SiteManifest } from './manifest.js';
import { batchWriter, ForeignFileError, type SiteOutput, type SiteResult } from './writer.js';
import { codePattern, documentPage, externalPage, indexPage, internalPage, obsoletePage, push, registerPage, type SiteLinks, type SitePage } from './pages.js';
import { readSearchIndex, SEARCH_SCRIPT, searchEntry, searchIndexScript, type SearchEntry } from './search.js';
import type { SiteEntry } from './sources.js';

export { ForeignFileError, type SiteOutput, type SiteResult } from './writer.js';

/** Pages read, rendered and written together: memory holds this many at a time. */
const BATCH = 200;

/** What the site is made from. */
export interface SiteRequest {
  repository: RepositoryIndex;
  templates: SectionTemplates;
  entries: readonly SiteEntry[];
  /** A work-tree file's text. */
  readText(file: string): string;
  stamp: Stamp;
  /** The manifest of the last generation (null: none usable, everything is made). */
  previous: SiteManifest | null;
  output: SiteOutput;
}

/** Makes the site and writes what changed. */
export function generateSite(request: SiteRequest): SiteResult {
  const { repository, entries, output } = request;
  const global = globalFingerprint(repository.config, request.templates, repository.register);
  const previous = request.previous?.global === global ? request.previous : null;
  const inForce = entries.filter((entry) => !entry.obsolete);
  const world: SiteWorld = { register: repository.register, today: repository.today, inForce: new Map(inForce.map((e) => [e.code.normalize('NFC'), e.href])), usedBy: usedBy(inForce) };
  const lookups = new Lookups(world);
  const oldSearch = previous ? usableSearch(previous, output) : null;
  const kept = (entry: SiteEntry): PageRecord | undefined => {
    const record = previous?.pages[entry.href];
    if (!record || !oldSearch || record.src !== entry.file || record.text !== entry.textHash || !output.exists(entry.href)) return undefined;
    if (!entry.obsolete && !oldSearch.has(entry.href)) return undefined;
    return lookups.unchanged(record, { forms: entry.forms, tthc: entry.summary.tthc }) ? record : undefined;
  };
  const result: SiteResult = { rendered: 0, written: 0, pages: 0, unchanged: 0, withdrawn: 0 };
  const manifest = emptyManifest(global);
  const toRender: SiteEntry[] = [];
  for (const entry of entries) {
    const record = kept(entry);
    if (record) {
      result.unchanged++;
      manifest.pages[entry.href] = record;
      manifest.files[entry.href] = previous!.files[entry.href] ?? '';
    } else toRender.push(entry);
  }
  const writer = batchWriter(request, manifest, result);
  guardNewNames(entries, request.previous, output);

  const readContext = documentReadContext(repository.config, repository.register);
  const search = new Map<string, SearchEntry>();
  const links: Omit<SiteLinks, 'inForce' | 'usedBy'> = { codePattern: codePattern() };
  for (let start = 0; start < toRender.length; start += BATCH) {
    for (const entry of toRender.slice(start, start + BATCH)) {
      // Read here, not through the repository index, which keeps every full reading it makes: the site would hold them all.
      const text = entry.fromGit?.text ?? request.readText(entry.file);
      const document = entry.fromGit?.document ?? readControlledDocument(entry.file, text, readContext);
      const issued = issuedDocument(document, text, repository, request.templates);
      const own = { forms: issued.forms, tthc: document.tthc };
      const asked = recorder(lookups, own);
      const doc: SitePage = { ...entry, issued, legalBasis: mergedLegalBasis(document, repository.register), references: document.references.map((r) => r.value) };
      const recording: SiteLinks = {
        ...links,
        inForce: { get: (code) => asked.ask(`c:${code}`) || undefined },
        usedBy: {
          get: (code) => {
            asked.ask(`u:${code}`);
            return world.usedBy.get(code);
          },
        },
      };
      const content = documentPage(doc, recording, repository.register, repository.today);
      asked.ask('f');
      asked.ask('t');
      for (const item of doc.legalBasis) if (item.key) asked.ask(`l:${item.key}`);
      for (const row of document.history) if (row.triggerKey) asked.ask(`l:${row.triggerKey}`);
      manifest.pages[entry.href] = { src: entry.file, text: entry.textHash, deps: asked.deps, basis: document.legalBasis.flatMap((item) => (item.key ? [item.key] : [])) };
      if (!entry.obsolete) search.set(entry.href, searchEntry(issued.code, issued.title, issued.typeLabel, entry.href, issued.body));
      writer.page(entry.href, content);
      result.rendered++;
    }
    writer.flush();
  }

  const organization = repository.config.organization;
  for (const file of Object.keys(request.previous?.files ?? {})) {
    if (manifest.files[file] !== undefined || !file.endsWith('.html') || !/^[do]-/.test(file)) continue;
    // A notice only over a page qms wrote: a file gone, or someone else's, is left alone.
    const current = output.read(file);
    if (current === null || !isOwnFile(current)) continue;
    if (writer.page(file, withdrawnPage(organization))) result.withdrawn++;
  }
  for (const [file, content] of aggregates(request, inForce, manifest, search, oldSearch, links)) writer.page(file, content);
  writer.flush();
  writer.finish();
  return result;
}

/** Forms → the documents in force that name them. */
function usedBy(inForce: readonly SiteEntry[]): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const entry of inForce) for (const form of entry.forms) push(result, form.code, entry.code);
  for (const list of result.values()) list.sort();
  return result;
}

/** The previous search index's entries by page, when the file is the one the manifest remembers. */
function usableSearch(previous: SiteManifest, output: SiteOutput): Map<string, SearchEntry> | null {
  const file = 'assets/search-index.js';
  const text = output.read(file);
  if (text === null || contentHash(text) !== previous.files[file]) return null;
  const entries = readSearchIndex(text);
  return entries ? new Map(entries.map((entry) => [entry.u, entry])) : null;
}

/** Refuses, before anything is written, a file in the way of a new page that qms did not write. */
function guardNewNames(entries: readonly SiteEntry[], previous: SiteManifest | null, output: SiteOutput): void {
  for (const file of [...FIXED, ...entries.map((e) => e.href)]) {
    if (previous?.files[file] !== undefined) continue;
    const current = output.read(file);
    if (current !== null && !isOwnFile(current)) throw new ForeignFileError(file);
  }
}

const FIXED = ['index.html', 'obsolete.html', 'internal.html', 'external.html', 'register.html', 'assets/site.css', 'assets/search.js', 'assets/search-index.js'];

/** The pages made from every document together, and the assets. */
function aggregates(request: SiteRequest, inForce: readonly SiteEntry[], manifest: SiteManifest, search: ReadonlyMap<string, SearchEntry>, oldSearch: ReadonlyMap<string, SearchEntry> | null, links: Omit<SiteLinks, 'inForce' | 'usedBy'>): Array<[string, string]> {
  const { repository, entries } = request;
  const { config, register, today } = repository;
  const organization = config.organization;
  const siteLinks: SiteLinks = { ...links, inForce: new Map(inForce.map((e) => [e.code.normalize('NFC'), e.href])), usedBy: new Map() };
  const citedBy = new Map<string, string[]>();
  for (const entry of inForce) for (const key of manifest.pages[entry.href]?.basis ?? []) push(citedBy, key, entry.code);
  // The master list's own reading: a document whose next revision is drafted is listed with the revision in force.
  const internal = internalRows(repository, { statuses: ['effective'], types: [] }, 'vi');
  const external = externalRows(repository, { statuses: [], types: [] }, 'vi');
  const index: SearchEntry[] = inForce.flatMap((e) => {
    const found = search.get(e.href) ?? oldSearch?.get(e.href);
    return found ? [found] : [];
  });
  return [
    ['index.html', indexPage(inForce, Object.values(config.types).map((t) => t.label), organization)],
    ['obsolete.html', obsoletePage(entries.filter((e) => e.obsolete), organization)],
    ['internal.html', internalPage(internal, siteLinks, organization)],
    ['external.html', externalPage(external, register, today, organization)],
    ['register.html', registerPage(external, register, today, citedBy, siteLinks, organization)],
    ['assets/site.css', SITE_CSS],
    ['assets/search.js', SEARCH_SCRIPT],
    ['assets/search-index.js', searchIndexScript(index)],
  ];
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

