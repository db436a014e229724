/**
 * Finds codes of controlled documents written in body text, from the code patterns of the config.
 */

export interface MentionMatcher {
  regex: RegExp | null;
}

/** Builds one unanchored, case-sensitive matcher from the types' anchored code patterns. */
export function createMentionMatcher(patterns: readonly string[]): MentionMatcher {
  const bodies = patterns
    .map((pattern) => pattern.replace(/^\^/, '').replace(/\$$/, ''))
    .filter((body) => body.length > 0)
    .map((body) => `(?:${body})`);
  if (bodies.length === 0) return { regex: null };
  // A code is not glued to a letter, digit or code punctuation on either side.
  return { regex: new RegExp(`(?<![\\p{L}\\p{N}_./-])(?:${bodies.join('|')})(?![\\p{L}\\p{N}_]|[-./][\\p{L}\\p{N}])`, 'gu') };
}

/** Code-like strings in `text` (they contain a digit), skipping the given [start, end) ranges. */
export function findMentions(text: string, matcher: MentionMatcher, skip: ReadonlyArray<readonly [number, number]>): Array<{ code: string; offset: number }> {
  const regex = matcher.regex;
  if (!regex) return [];
  const found: Array<{ code: string; offset: number }> = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    const code = match[0];
    const offset = match.index;
    if (!/\d/.test(code)) continue;
    if (skip.some(([start, end]) => offset < end && offset + code.length > start)) continue;
    found.push({ code, offset });
  }
  return found;
}
