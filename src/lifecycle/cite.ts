/**
 * `qms cite <code> <legal-doc> [--articles …]` and `qms uncite <code> <legal-doc>`: add a legal
 * document to a document's legal basis, or remove it, and render the legal-basis region — the
 * edit that, made by hand, leaves generated/stale behind.
 */
import { renderChange } from './apply.js';
import { findDocument } from './find.js';
import { editFields } from './frontmatter.js';
import { quote } from './new.js';
import type { Outcome } from './apply.js';
import type { FrontMatterEdit } from '../yaml-edit/frontmatter-edit.js';
import { requireLegalEntry } from '../lookup/legal.js';
import { articleIdentity, articleText, parseArticlesOption } from '../register/articles.js';
import { refuse } from '../util/errors.js';

import type { Workspace } from '../workspace/open.js';
import { both, t } from '../i18n/messages/index.js';

export interface CiteOptions {
  articles?: string;
}

/** Plans `qms cite`: the legal document appended to legal_basis, or its articles added to the item there. */
export function planCite(session: Workspace, code: string, legalDocument: string, options: CiteOptions): Outcome {
  const { language } = session;
  const { document, text, shown, id, index } = target(session, code, legalDocument);
  const articles = options.articles === undefined ? [] : parseArticlesOption(options.articles, language);
  const listed = index >= 0 ? document.legalBasis[index]! : undefined;
  if (listed && (articles.length === 0 || listed.articles.length === 0)) {
    refuse(language, 'already-cited', both('cite.already-lists-legal-basis', { id, shown }), { code: shown, id });
  }
  const known = new Set(listed?.articles.map(articleIdentity) ?? []);
  const added = articles.filter((a) => !known.has(articleIdentity(a)));
  if (listed && added.length === 0) {
    refuse(language, 'already-cited', both('cite.already-cites-these-articles', { id, shown }), { code: shown, id });
  }
  // As read with the document: impact's plan reads the raw list the same way.
  const raw = Array.isArray(document.frontMatter?.data.legal_basis) ? (document.frontMatter!.data.legal_basis as unknown[]) : [];
  const plain = raw.length > 0 && raw.every((item) => typeof item === 'string');
  const item = articles.length === 0 && plain ? id : { id, ...(articles.length > 0 ? { articles: [...(listed?.articles ?? []), ...added].map(articleText) } : {}) };
  const edits: FrontMatterEdit[] = listed ? [{ op: 'replace-item', path: ['legal_basis', index], item }] : [{ op: 'append', path: ['legal_basis'], item }];
  const change = renderChange(session, document.file, text, editFields(text, edits, language));
  const what = added.length > 0 ? `${added.map(articleText).join(', ')} ${id}` : id;
  return {
    change,
    result: { file: document.file, code: shown, id, articles: added.map(articleText) },
    lines: [t(language, 'cite.added-legal-basis', { file: document.file, what, shown })],
  };
}

/** Plans `qms uncite`: the legal document removed from legal_basis. */
export function planUncite(session: Workspace, code: string, legalDocument: string): Outcome {
  const { language } = session;
  const { document, text, shown, id, index } = target(session, code, legalDocument);
  if (index < 0) refuse(language, 'not-cited', both('cite.does-list-legal-basis', { id, shown }), { code: shown, id });
  const change = renderChange(session, document.file, text, editFields(text, [{ op: 'delete', path: ['legal_basis', index] }], language));
  const stillInBody = document.citations.some((citation) => citation.key === document.legalBasis[index]!.key);
  return {
    change,
    result: { file: document.file, code: shown, id },
    lines: [
      t(language, 'cite.removed-from-legal-basis', { file: document.file, id, shown }),
      ...(stillInBody ? [t(language, 'cite.body-still-cites-edit', { id })] : []),
    ],
  };
}

/** The document (not effective or obsolete), the registered id, and its index in legal_basis (-1 when absent). */
function target(session: Workspace, code: string, legalDocument: string) {
  const { language, repository } = session;
  const { document, text } = findDocument(session, code, language);
  const shown = document.code!.value;
  const status = document.status?.value;
  if (status === 'obsolete') refuse(language, 'obsolete', both('cite.obsolete-legal-basis-changed', { shown }), { code: shown });
  if (status === 'effective') {
    refuse(
      language,
      'effective',
      both('cite.effective-change-legal-basis', { shownQuote: quote(shown), shown }),
      { code: shown },
    );
  }
  const entry = requireLegalEntry(legalDocument, repository.register, language);
  const id = entry.id?.value ?? entry.key!;
  const index = document.legalBasis.findIndex((item) => item.key === entry.key);
  return { document, text, shown, id, index };
}
