/** Article references in register edits: writing them ("khoản 2 Điều 3"), comparing them, and reading the `--articles` option strictly. */
import { articleKey, parseArticleRefs } from '../legal/articles.js';
import type { ArticleRef } from '../legal/citation-types.js';
import { QmsError } from '../util/errors.js';
import { type Language } from '../i18n/labels.js';
import { t } from '../i18n/messages/index.js';


/** "điểm a khoản 2 Điều 5": how a reference is written in the register. */
export function articleText(ref: ArticleRef): string {
  return [ref.point ? `điểm ${ref.point}` : '', ref.clause ? `khoản ${ref.clause}` : '', `Điều ${ref.article}`].filter(Boolean).join(' ');
}

/** The identity of a reference, for "already recorded" comparisons. */
export function articleIdentity(ref: ArticleRef): string {
  return `${articleKey(ref)}|${ref.clause ?? ''}|${ref.point ?? ''}`;
}

/**
 * Reads `--articles`: "Điều 1, Điều 5", "khoản 2 Điều 3 và Điều 7", or bare numbers "1, 5"
 * (articles). Every comma-separated part must be read, so a typing mistake is not dropped silently.
 * Returns the references as the register writes them ("Điều 1", "khoản 2 Điều 3").
 */
export function parseArticlesOption(text: string, language: Language): ArticleRef[] {
  const parts = text
    .split(/[,;]|\s+(?:và|hoặc|and)\s+/i)
    .map((part) => part.trim())
    .filter(Boolean);
  const refs: ArticleRef[] = [];
  const seen = new Set<string>();
  const add = (ref: ArticleRef): void => {
    const id = articleIdentity(ref);
    if (!seen.has(id)) refs.push(ref);
    seen.add(id);
  };
  if (parts.length > 0 && parts.every((part) => /^\d{1,4}[a-z]?$/i.test(part))) {
    for (const part of parts) add({ article: part.toLowerCase().replace(/^0+(?=\d)/, '') });
    return refs;
  }
  // A part such as "khoản 1" belongs to the article after it ("khoản 1, khoản 2 Điều 5").
  for (const part of parts) {
    if (!/\d/.test(part) || !/^(điều|dieu|khoản|khoan|điểm|diem|các|cac|\d)/i.test(part.normalize('NFC'))) {
      throw new QmsError(t(language, 'articles.cannot-read-articles-write', { part }));
    }
  }
  for (const ref of parseArticleRefs(text)) add(ref);
  if (refs.length === 0) {
    throw new QmsError(t(language, 'articles.articles-names-no-article', {}));
  }
  return refs;
}
