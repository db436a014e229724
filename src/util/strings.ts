/** String helpers about memory rather than text. */

/**
 * A copy of `text` that shares no memory with the string it was cut from. V8 represents a slice
 * of a long string (a front-matter key, a heading, a title) as a view into the whole: kept in a
 * cache that outlives the document, it keeps the whole file's text alive. Measured: at 10,000
 * procedures, the name caches of yaml-fast.ts and normalizeName kept some 27 MB of document texts
 * alive in each worker thread. For keys and values of caches that outlive a document.
 */
export function ownCopy(text: string): string {
  // Parsing makes a new flat string (lossless, lone surrogates included). Not `(' ' + text).slice(1)`:
  // V8 takes that slice from `text`'s own parent again.
  return JSON.parse(JSON.stringify(text)) as string;
}

/**
 * A memo of a pure function of a string, for values that repeat across thousands of documents
 * (dates, step times, headings, names). It keeps at most `limit` entries and, once full, keeps
 * those it has: the values met first are the ones that repeat, and clearing would only churn.
 * A kept key is an own copy, and its value is computed from that copy, so neither keeps the
 * document the key was cut from alive.
 */
export function memoByString<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const memo = new Map<string, V>();
  return (key) => {
    const known = memo.get(key);
    if (known !== undefined || memo.has(key)) return known as V;
    if (memo.size >= limit) return compute(key);
    const own = ownCopy(key);
    const value = compute(own);
    memo.set(own, value);
    return value;
  };
}
