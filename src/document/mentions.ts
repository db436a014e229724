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
  // Matches come in order, so one pointer over the sorted skip ranges keeps this linear.
  const ranges = [...skip].sort((a, b) => a[0] - b[0]);
  let next = 0;
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    const code = match[0];
    const offset = match.index;
    if (!/\d/.test(code)) continue;
    while (next < ranges.length && ranges[next]![1] <= offset) next++;
    const range = ranges[next];
    if (range && range[0] < offset + code.length) continue;
    found.push({ code, offset });
  }
  return found;
}
