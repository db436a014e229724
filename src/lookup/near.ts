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

  /** The numbers of the codes sharing a one-deletion variant with `key`. */
  private neighbours(key: string): Set<number> {
    const entries = (this.entries ??= this.build());
    const found = new Set<number>();
    for (const hash of variantHashes(key)) {
      const low = hash * ID_BITS;
      for (let i = lowerBound(entries, low); i < entries.length && entries[i]! < low + ID_BITS; i++) found.add(entries[i]! - low);
    }
    return found;
  }

  private build(): Float64Array {
    const entries: number[] = [];
    this.keys.forEach((key, id) => {
      for (const hash of variantHashes(key)) entries.push(hash * ID_BITS + id);
    });
    return Float64Array.from(entries).sort();
  }
}

/** The hashes of a key and of its one-deletion variants, each once. */
function variantHashes(key: string): Set<number> {
  const hashes = new Set<number>([hashOf(key, -1)]);
  for (let skip = 0; skip < key.length; skip++) hashes.add(hashOf(key, skip));
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

/** The edit distance of `a` and `b` when it is at most `max`, else a number above `max` (stopping as soon as it is). */
function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = new Uint16Array(b.length + 1).map((_, j) => j);
  let current = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (current[j]! < rowMin) rowMin = current[j]!;
    }
    if (rowMin > max) return max + 1;
    [previous, current] = [current, previous];
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
