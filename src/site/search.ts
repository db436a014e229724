/** The site's search, built at generation: a script holding every document's folded code, title and text, and the script that queries it in the browser (no server, works from file://). */
import type { Nodes, Root } from 'mdast';
import { FOLD_SEARCH_JS, foldSearch } from './fold.js';

/** One searchable document. */
export interface SearchEntry {
  /** Code, title, type label, page. */
  c: string;
  t: string;
  y: string;
  u: string;
  /** Folded code, title and text. */
  f: string;
}

/** The most text of one document kept in the index. */
const TEXT_LIMIT = 40_000;

/** The plain text of a body. */
export function plainText(tree: Root): string {
  const parts: string[] = [];
  const walk = (node: Nodes): void => {
    if ('value' in node && typeof node.value === 'string' && node.type !== 'html') parts.push(node.value);
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') parts.push(' ');
  };
  walk(tree);
  return parts.join('');
}

/** The entry of a document. */
export function searchEntry(code: string, title: string, typeLabel: string, href: string, body: Root): SearchEntry {
  return { c: code, t: title, y: typeLabel, u: href, f: foldSearch(`${code} ${title} ${plainText(body)}`).slice(0, TEXT_LIMIT) };
}

/** assets/search-index.js: the entries as a script (a JSON file cannot be read from file://). */
export function searchIndexScript(entries: readonly SearchEntry[]): string {
  // JSON is valid JavaScript; "<" escaped so the text can never read as markup.
  return `window.QMS_SEARCH = ${JSON.stringify(entries).replace(/</g, '\\u003c')};\n`;
}

/** assets/search.js: folds the query as the index was folded, every word must match; results are built with textContent (no markup from documents). */
export const SEARCH_SCRIPT = `// qms site search: runs in the browser over window.QMS_SEARCH.
(function () {
  'use strict';
  ${FOLD_SEARCH_JS.replace(/\n/g, '\n  ')}
  var input = document.getElementById('q');
  var results = document.getElementById('results');
  var entries = window.QMS_SEARCH || [];
  if (!input || !results) return;
  function score(entry, words) {
    var code = foldSearch(entry.c), title = foldSearch(entry.t), total = 0;
    for (var i = 0; i < words.length; i++) {
      var w = words[i];
      if (entry.f.indexOf(w) < 0) return -1;
      total += code.indexOf(w) >= 0 ? 100 : title.indexOf(w) >= 0 ? 10 : 1;
    }
    return total;
  }
  function run() {
    var query = foldSearch(input.value);
    while (results.firstChild) results.removeChild(results.firstChild);
    if (query === '') return;
    var words = query.split(' ');
    var phrase = ' ' + query + ' ';
    var found = [];
    for (var i = 0; i < entries.length; i++) {
      var s = score(entries[i], words);
      if (s >= 0) found.push({ entry: entries[i], score: s + ((' ' + entries[i].f + ' ').indexOf(phrase) >= 0 ? 5 : 0) });
    }
    found.sort(function (a, b) { return b.score - a.score || (a.entry.c < b.entry.c ? -1 : 1); });
    if (found.length === 0) {
      var none = document.createElement('li');
      none.className = 'muted';
      none.textContent = 'Không tìm thấy tài liệu nào.';
      results.appendChild(none);
      return;
    }
    for (var j = 0; j < found.length && j < 50; j++) {
      var e = found[j].entry;
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = e.u;
      a.className = 'code';
      a.textContent = e.c;
      li.appendChild(a);
      li.appendChild(document.createTextNode(e.t + ' (' + e.y + ')'));
      results.appendChild(li);
    }
  }
  input.addEventListener('input', run);
  var initial = new URLSearchParams(window.location.search).get('q');
  if (initial) { input.value = initial; }
  run();
})();
`;

/** The entries of an index this module wrote (searchIndexScript), or null when the text is not one. */
export function readSearchIndex(text: string): SearchEntry[] | null {
  const prefix = 'window.QMS_SEARCH = ';
  if (!text.startsWith(prefix) || !text.endsWith(';\n')) return null;
  try {
    const data = JSON.parse(text.slice(prefix.length, -2)) as unknown;
    if (!Array.isArray(data)) return null;
    const fields = ['c', 't', 'y', 'u', 'f'] as const;
    return data.every((entry) => typeof entry === 'object' && entry !== null && fields.every((f) => typeof (entry as Record<string, unknown>)[f] === 'string')) ? (data as SearchEntry[]) : null;
  } catch {
    return null;
  }
}
