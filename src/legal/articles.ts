/**
 * Article references: "Điều 9", "khoản 2 Điều 9", "điểm a khoản 2 Điều 5", "khoản 1, khoản 2
 * Điều 5", "Điều 5 và Điều 7", "các Điều 3, 4".
 *
 * Matching works on folded text (see fold.ts), where "Điều" is "dieu", "khoản" is "khoan" and
 * "điểm" is "diem"; values are read back from the original so "điểm đ" stays "đ".
 */
import type { ArticleRef } from './citation-types.js';
import { articleSequences, type StepCounter } from './article-scan.js';
import { foldForSearch } from './fold.js';
import { stripLeadingZeros } from './key.js';

/** Tokens inside a matched sequence: a level keyword or a value. */
const TOKEN = /(?<![a-z0-9])(?:(diem|khoan|dieu)|(\d{1,4}[a-z]?|[a-z]))(?![a-z0-9])/g;

/** Original text of folded span [fs, fe): includes trailing combining marks, NFC, lower case. */
function originalValue(original: string, map: Int32Array, fs: number, fe: number): string {
  const start = map[fs] as number;
  let end = (map[fe - 1] as number) + 1;
  while (end < original.length) {
    const c = original.charCodeAt(end);
    if (c < 0x300 || c > 0x36f) break;
    end++;
  }
  return original.slice(start, end).normalize('NFC').toLowerCase();
}

/**
 * Read the references of one matched sequence, folded span [start, end) of `folded`.
 * Points attach to the next clause, clauses (with their points) to the next article; a later
 * "điểm"/"khoản" starts a new unit. Exported for the recognizer; most callers want
 * {@link parseArticleRefs}.
 */
export function readArticleSequence(
  folded: string,
  map: Int32Array,
  original: string,
  start: number,
  end: number,
): ArticleRef[] {
  const refs: ArticleRef[] = [];
  let level: 'diem' | 'khoan' | 'dieu' | null = null;
  let points: string[] = [];
  let clauses: { clause: string; points: string[] }[] = [];
  const span = folded.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(span); m !== null; m = TOKEN.exec(span)) {
    if (m[1] !== undefined) {
      level = m[1] as 'diem' | 'khoan' | 'dieu';
      continue;
    }
    const value = originalValue(original, map, start + m.index, start + m.index + m[0].length);
    if (level === 'diem') {
      points.push(value);
    } else if (level === 'khoan') {
      clauses.push({ clause: value, points });
      points = [];
    } else if (level === 'dieu') {
      if (clauses.length > 0) {
        for (const c of clauses) {
          if (c.points.length === 0) refs.push({ article: value, clause: c.clause });
          else for (const p of c.points) refs.push({ article: value, clause: c.clause, point: p });
        }
      } else if (points.length > 0) {
        // "điểm a Điều 5": a point directly under an article (rare, but written).
        for (const p of points) refs.push({ article: value, point: p });
      } else {
        refs.push({ article: value });
      }
      // Clauses and points qualify only the first article after them ("khoản 1 Điều 3, Điều 4").
      clauses = [];
      points = [];
    }
  }
  return refs;
}

/**
 * Parse all article references in a text ("khoản 1, khoản 2 Điều 5 và Điều 7") in order.
 * Case, NFC/NFD and spacing do not matter. Linear: the sequences are found by a token scanner
 * (article-scan.ts), never a backtracking expression.
 */
export function parseArticleRefs(text: string, counter?: StepCounter): ArticleRef[] {
  const { text: folded, map } = foldForSearch(text);
  const refs: ArticleRef[] = [];
  for (const span of articleSequences(folded, counter)) refs.push(...readArticleSequence(folded, map, text, span.start, span.end));
  return refs;
}

/**
 * Parse a front-matter list such as `[Điều 9, "khoản 2 Điều 3"]`; a bare number ("9") is an
 * article. Duplicates are removed, order kept.
 */
export function parseArticleList(values: readonly string[]): ArticleRef[] {
  const refs: ArticleRef[] = [];
  const seen = new Set<string>();
  for (const value of values) {
    const bare = /^\s*(\d{1,4}[a-z]?)\s*$/i.exec(String(value));
    const parsed = bare ? [{ article: (bare[1] as string).toLowerCase() }] : parseArticleRefs(String(value));
    for (const ref of parsed) {
      const id = `${articleKey(ref)}|${ref.clause ?? ''}|${ref.point ?? ''}`;
      if (seen.has(id)) continue;
      seen.add(id);
      refs.push(ref);
    }
  }
  return refs;
}

/**
 * The article (Điều) number of a reference, normalised ("05" → "5", "5A" → "5a"), for
 * intersecting cited articles with amended ones.
 */
export function articleKey(ref: ArticleRef): string {
  const article = ref.article.trim().toLowerCase();
  return /^\d/.test(article) ? stripLeadingZeros(article) : article;
}
