/**
 * The one folding of the site's search, in TypeScript (the index, built at generation) and as the
 * same function's JavaScript source (the query, folded in the browser): lower case, no diacritics,
 * đ → d, every run of non-letters and non-digits one space. "danh gia" then finds "Đánh giá".
 */

/** Folds `text` for the search index. */
export function foldSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐð]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** foldSearch's source for the page's script: the same steps, so a query folds as the index did. */
export const FOLD_SEARCH_JS = `function foldSearch(text) {
  return String(text)
    .normalize('NFD')
    .replace(/[\\u0300-\\u036f]/g, '')
    .replace(/[đĐð]/g, 'd')
    .toLowerCase()
    .replace(/[^\\p{L}\\p{N}]+/gu, ' ')
    .trim();
}`;
