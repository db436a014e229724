/** NearIndex: the known codes within a typo of a wanted one, from an index of one-deletion variants instead of comparing with every code. */

/** Bits of an entry that hold the code's number (the rest is the variant's hash): up to 2,097,152 codes. */
const ID_BITS = 2 ** 21;

/**
 * Known codes indexed by their one-deletion variants (each code, and each code with one character
 * left out). Two codes share a variant when they are one typo apart (a character wrong, missing or
 * extra) and in some two-typo cases (two characters swapped, one missing and another extra), so a
 * lookup costs about as many binary searches as the wanted code has characters, however many codes
 * there are. Built on the first lookup: a run without unknown codes pays nothing. About 8 bytes per
 * variant (a hash and a number in one float), verified by edit distance, so hash collisions only
 * cost a comparison.
 */
export class NearIndex {
  private readonly codes: string[];
  private readonly keys: string[];
  private entries: Float64Array | undefined;
  private seen: Uint32Array | undefined;
  private lookups = 0;

  /** `normalize` gives the form codes are compared in (case folding, say). */
  constructor(codes: Iterable<string>, private readonly normalize: (code: string) => string = (code) => code) {
    this.codes = [...new Set(codes)];
    if (this.codes.length >= ID_BITS) this.codes.length = ID_BITS - 1;
    this.keys = this.codes.map(normalize);
  }

  /**
   * The closest known code to `wanted` among the indexed neighbours, within `maxDistance` edits and
   * accepted by `accept`; of equally close ones the first in code-point order.
   */
  closest(wanted: string, maxDistance: number, accept: (code: string) => boolean = () => true): string | undefined {
    const key = this.normalize(wanted);
    let best: string | undefined;
    let bestDistance = maxDistance + 1;
    for (const id of this.neighbours(key)) {
      const code = this.codes[id]!;
      const distance = boundedDistance(key, this.keys[id]!, maxDistance);
      if (distance > maxDistance || !accept(code)) continue;
      if (distance < bestDistance || (distance === bestDistance && best !== undefined && code < best)) {
        best = code;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** The numbers of the codes sharing a one-deletion variant with `key`, each once. */
  private neighbours(key: string): number[] {
    const entries = (this.entries ??= this.build());
    // A lookup's mark in `seen` tells a code already found (a Set per lookup costs more than the search).
    const seen = (this.seen ??= new Uint32Array(this.codes.length));
    const mark = ++this.lookups;
    const found: number[] = [];
    for (const hash of variantHashes(key)) {
      const low = hash * ID_BITS;
      for (let i = lowerBound(entries, low); i < entries.length && entries[i]! < low + ID_BITS; i++) {
        const id = entries[i]! - low;
        if (seen[id] === mark) continue;
        seen[id] = mark;
        found.push(id);
      }
    }
    return found;
  }

  private build(): Float64Array {
    // Filled in place (a code has at most its length + 1 variants), not grown as a list of numbers
    // and copied: the index of 100,000 codes is about ten megabytes.
    const entries = new Float64Array(this.keys.reduce((total, key) => total + key.length + 1, 0));
    let count = 0;
    this.keys.forEach((key, id) => {
      for (const hash of variantHashes(key)) entries[count++] = hash * ID_BITS + id;
    });
    return entries.subarray(0, count).sort();
  }
}

/** The hashes of a key and of its one-deletion variants, each once. */
function variantHashes(key: string): number[] {
  const hashes = [hashOf(key, -1)];
  for (let skip = 0; skip < key.length; skip++) {
    const hash = hashOf(key, skip);
    // A run of the same character gives the same variant: a short list is searched faster than a Set is built.
    if (!hashes.includes(hash)) hashes.push(hash);
  }
  return hashes;
}

/** FNV-1a over the UTF-16 code units of `key` without the one at `skip`. */
function hashOf(key: string, skip: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    if (i === skip) continue;
    hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}

/** Two rows of the edit-distance table, grown as needed and reused by every comparison. */
let previousRow = new Uint16Array(64);
let currentRow = new Uint16Array(64);

/**
 * The edit distance of `a` and `b` when it is at most `max`, else a number above `max` (stopping as
 * soon as it is). Only the cells within `max` of the diagonal are computed (Ukkonen's band): a path
 * through any other costs more than `max`.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const over = max + 1;
  if (previousRow.length < b.length + 2) {
    previousRow = new Uint16Array(b.length * 2 + 2);
    currentRow = new Uint16Array(b.length * 2 + 2);
  }
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= b.length; j++) previous[j] = j <= max ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    current[0] = i <= max ? i : over;
    // The cell left of the band counts as over the limit.
    if (from > 1) current[from - 1] = over;
    let rowMin = from === 1 ? current[0]! : over;
    const code = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const substitute = previous[j - 1]! + (code === b.charCodeAt(j - 1) ? 0 : 1);
      const up = (j < i + max ? previous[j]! : over) + 1;
      const left = current[j - 1]! + 1;
      let cell = substitute < up ? substitute : up;
      if (left < cell) cell = left;
      if (cell > over) cell = over;
      current[j] = cell;
      if (cell < rowMin) rowMin = cell;
    }
    if (rowMin > max) return over;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[b.length]!;
}

function lowerBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
