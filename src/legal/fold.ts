/**
 * Folding of text for citation matching.
 *
 * Published Vietnamese legal texts arrive in NFC and NFD, with look-alike letters (Ð for Đ),
 * look-alike slashes and dashes, non-breaking and zero-width spaces, and fullwidth digits. The
 * recognizer matches plain ASCII patterns against a folded copy and maps every match back to the
 * original through an index map, so offsets stay exact.
 *
 * The fold runs over tens of megabytes per check, so it is one O(n) pass over UTF-16 code units:
 * ASCII goes through a 128-entry table, everything else through a lazily filled per-code-unit cache.
 * String.prototype.normalize is called at most once per distinct code unit, never per character.
 */

/** Result of {@link foldForSearch}. */
export interface FoldedText {
  /** The folded text: lower case, no diacritics, ASCII look-alikes, every whitespace a single ' '. */
  text: string;
  /**
   * map[i] is the index in the original of the code unit folded char i came from;
   * map[text.length] is the original length. Several folded chars may map to the same index.
   */
  map: Int32Array;
}

/** Cache states for a BMP code unit (non-negative values are the single folded char code). */
const UNKNOWN = -1;
const DROP = -2;
const MULTI = -3;

/** ASCII fast path: lower-case letters, control whitespace to ' '. */
const ASCII = new Uint16Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 0x41 && c <= 0x5a) ASCII[c] = c + 0x20;
  else if (c === 0x09 || c === 0x0a || c === 0x0b || c === 0x0c || c === 0x0d) ASCII[c] = 0x20;
  else ASCII[c] = c;
}

/**
 * Explicit folds that NFD + toLowerCase do not give. '' means the code unit is dropped.
 * Kept as a table (not regexes) so the cache fill below is a lookup.
 */
const SPECIAL = new Map<number, string>();
function special(chars: readonly number[], to: string): void {
  for (const c of chars) SPECIAL.set(c, to);
}
// Đ/đ and look-alikes seen in copied legal texts (eth, African D, D with stroke/hook/tail …).
special([0x0110, 0x0111, 0x00d0, 0x00f0, 0x0189, 0x0256, 0x018a, 0x0257, 0x018b, 0x018c, 0x1d6d, 0x1d81, 0x1d91, 0xa779, 0xa77a], 'd');
// Slash look-alikes: fraction slash, division slash, fullwidth solidus, big solidus, box diagonal.
special([0x2044, 0x2215, 0xff0f, 0x29f8, 0x2571], '/');
// Hyphen and dash look-alikes (hyphen … horizontal bar, minus, small/fullwidth hyphen-minus …).
special([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d, 0x2043, 0x2e3a, 0x2e3b, 0xfe31, 0xfe32], '-');
// Whitespace that is not ASCII: NBSP, Ogham space, en quad … hair space, line/paragraph separators,
// narrow NBSP, medium mathematical space, ideographic space, NEL.
special([0x00a0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0x0085], ' ');
for (let c = 0x2000; c <= 0x200a; c++) SPECIAL.set(c, ' ');
// Invisible characters that split words in copied text: zero-width space/non-joiner/joiner,
// word joiner, BOM / zero-width no-break space, soft hyphen.
special([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad], '');
// Fullwidth digits and Latin letters (NFD leaves them alone; NFKD would, but also folds too much).
for (let i = 0; i < 10; i++) SPECIAL.set(0xff10 + i, String.fromCharCode(0x30 + i));
for (let i = 0; i < 26; i++) {
  SPECIAL.set(0xff21 + i, String.fromCharCode(0x61 + i));
  SPECIAL.set(0xff41 + i, String.fromCharCode(0x61 + i));
}

/** Per BMP code unit: UNKNOWN, DROP, MULTI or the folded char code. 256 KB, filled lazily. */
const cache = new Int32Array(0x10000).fill(UNKNOWN);
/** Folds longer than one code unit (rare: e.g. U+0149 ŉ). */
const multi = new Map<number, string>();
const WHITESPACE = /^\s$/;
const COMBINING = /[\u0300-\u036f]/g;

/** Fold one char of a computed fold result (after NFD/lower-casing) through the tables. */
function foldResultChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 128) return String.fromCharCode(ASCII[c] ?? c);
  const s = SPECIAL.get(c);
  if (s !== undefined) return s;
  if (WHITESPACE.test(ch)) return ' ';
  return ch;
}

/** Compute and cache the fold of BMP code unit c; returns the cache value. */
function learn(c: number): number {
  let folded: string;
  const s = SPECIAL.get(c);
  if (s !== undefined) {
    folded = s;
  } else if (c >= 0xd800 && c <= 0xdfff) {
    // Surrogates (astral chars) pass through unchanged: nothing we match lives there.
    folded = String.fromCharCode(c);
  } else {
    const ch = String.fromCharCode(c);
    if (WHITESPACE.test(ch)) {
      folded = ' ';
    } else {
      // NFD then drop U+0300–U+036F, so precomposed and decomposed Vietnamese fold the same.
      // Lower-case after NFD and strip again: toLowerCase can itself add marks (İ → i + U+0307).
      const base = ch.normalize('NFD').toLowerCase().replace(COMBINING, '');
      folded = '';
      for (const part of base) folded += foldResultChar(part);
    }
  }
  let value: number;
  if (folded.length === 0) value = DROP;
  else if (folded.length === 1) value = folded.charCodeAt(0);
  else {
    multi.set(c, folded);
    value = MULTI;
  }
  cache[c] = value;
  return value;
}

/**
 * Room for folding one text, reused by a caller that folds many (the recognizer folds every body):
 * a body costs no allocation then but its string. What {@link foldForSearch} returns with a buffer
 * shares the buffer's memory, so it is valid until the buffer folds the next text.
 */
export class FoldBuffer {
  /** The folded code units while all are below 256 (a one-byte string, half the memory, faster regexes). */
  bytes = Buffer.allocUnsafeSlow(0);
  /** The folded code units once one is not (UTF-16LE, as `units` sees the same memory). */
  wide = Buffer.allocUnsafeSlow(0);
  units = new Uint16Array(0);
  map = new Int32Array(0);

  /** Room for `units` code units and their map. */
  reserve(units: number): void {
    if (this.map.length > units) return;
    const capacity = Math.max(units + 1, this.map.length * 2);
    this.bytes = Buffer.allocUnsafeSlow(capacity);
    this.map = new Int32Array(capacity);
  }

  /** Room for `units` wide code units, keeping the first `kept`. */
  reserveWide(units: number, kept: number): void {
    if (this.units.length >= units) return;
    const wide = Buffer.allocUnsafeSlow(Math.max(units, this.units.length * 2) * 2);
    const view = new Uint16Array(wide.buffer, wide.byteOffset, wide.length / 2);
    view.set(this.units.subarray(0, kept));
    this.wide = wide;
    this.units = view;
  }

  /** Room for the map of `units` code units, keeping the first `kept`. */
  growMap(units: number, kept: number): void {
    if (this.map.length > units) return;
    const map = new Int32Array(Math.max(units + 1, this.map.length * 2));
    map.set(this.map.subarray(0, kept));
    this.map = map;
  }
}

/**
 * Fold text for matching and keep an index map back to the original.
 *
 * Folding: NFD with combining marks U+0300–U+036F dropped; lower case; Đ/đ and look-alikes → 'd';
 * slash look-alikes → '/'; hyphen and dash look-alikes → '-'; every whitespace (NBSP, CR, LF, tab,
 * U+2000–U+200A …) → ' ' (one per code unit, so CRLF gives two spaces); zero-width chars dropped;
 * fullwidth digits and letters → ASCII. O(n), one pass.
 * @param buffer room to fold into, reused from call to call (the map returned then shares its memory)
 */
export function foldForSearch(original: string, buffer: FoldBuffer = new FoldBuffer()): FoldedText {
  const n = original.length;
  buffer.reserve(n + 16);
  const bytes = buffer.bytes;
  // Most text folds one code unit to one below 256 (Vietnamese in NFC, ASCII): the map is then the
  // identity, shared, and this first loop writes the bytes alone (the map's stores were a third of
  // the fold). The first code unit that is dropped, folds to several or above 255 ends it.
  let i = 0;
  for (; i < n; i++) {
    const c = original.charCodeAt(i);
    if (c < 128) {
      bytes[i] = ASCII[c] as number;
      continue;
    }
    let f = cache[c] as number;
    if (f === UNKNOWN) f = learn(c);
    if (f < 0 || f > 0xff) break;
    bytes[i] = f;
  }
  if (i === n) return { text: bytes.toString('latin1', 0, n), map: identityMap(n) };
  const map = buffer.map;
  map.set(identityMap(i).subarray(0, i));
  // Most text folds to code units below 256: they go to a one-byte string. The first that does
  // not (or that folds to several) moves the rest to the wide path.
  let j = i;
  for (; i < n; i++) {
    const c = original.charCodeAt(i);
    if (c < 128) {
      bytes[j] = ASCII[c] as number;
      map[j++] = i;
      continue;
    }
    let f = cache[c] as number;
    if (f === UNKNOWN) f = learn(c);
    if (f >= 0) {
      if (f > 0xff) break;
      bytes[j] = f;
      map[j++] = i;
    } else if (f === MULTI) {
      break;
    }
    // DROP: nothing emitted.
  }
  if (i === n) {
    map[j] = n;
    return { text: bytes.toString('latin1', 0, j), map: map.subarray(0, j + 1) };
  }
  return foldWide(original, buffer, i, j);
}

/** 0, 1, 2 … : the map of every fold that keeps one code unit for one; grown, never written after. */
let identity = new Int32Array(0);

/** The identity map of a text of `length` code units (length + 1 entries), shared: its readers never write it. */
function identityMap(length: number): Int32Array {
  if (identity.length <= length) {
    const grown = new Int32Array(Math.max(length + 1, identity.length * 2, 1 << 16));
    for (let k = 0; k < grown.length; k++) grown[k] = k;
    identity = grown;
  }
  return identity.subarray(0, length + 1);
}

/** The rest of a fold from original[i] on, the first j folded units (all below 256) in `buffer.bytes`. */
function foldWide(original: string, buffer: FoldBuffer, from: number, folded: number): FoldedText {
  const n = original.length;
  let cap = n + 16;
  buffer.reserveWide(cap, 0);
  let out = buffer.units;
  for (let k = 0; k < folded; k++) out[k] = buffer.bytes[k] as number;
  let map = buffer.map;
  let j = folded;
  for (let i = from; i < n; i++) {
    const c = original.charCodeAt(i);
    if (c < 128) {
      out[j] = ASCII[c] as number;
      map[j++] = i;
      continue;
    }
    let f = cache[c] as number;
    if (f === UNKNOWN) f = learn(c);
    if (f >= 0) {
      out[j] = f;
      map[j++] = i;
    } else if (f === MULTI) {
      const s = multi.get(c) as string;
      // Every remaining code unit yields at most one char unless it is MULTI too: keep room for all.
      const need = j + s.length + (n - i) + 16;
      if (need > cap) {
        cap = need * 2;
        buffer.reserveWide(cap, j);
        buffer.growMap(cap, j);
        out = buffer.units;
        map = buffer.map;
      }
      for (let k = 0; k < s.length; k++) {
        out[j] = s.charCodeAt(k);
        map[j++] = i;
      }
    }
    // DROP: nothing emitted.
  }
  map[j] = n;
  return { text: decodeUtf16(buffer, j), map: map.subarray(0, j + 1) };
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Turn the first `length` wide code units into a string. On little-endian hosts (x64, arm64: all
 * that matter) the bytes are UTF-16LE already and Buffer decodes them in one native call.
 */
function decodeUtf16(buffer: FoldBuffer, length: number): string {
  if (LITTLE_ENDIAN) return buffer.wide.toString('ucs2', 0, length * 2);
  const units = buffer.units;
  let s = '';
  for (let i = 0; i < length; i += 8192) {
    s += String.fromCharCode(...units.subarray(i, Math.min(length, i + 8192)));
  }
  return s;
}

/** The buffer foldPlain folds in (it keeps only the text). */
const plainBuffer = new FoldBuffer();

/** The folded text alone, with runs of spaces collapsed to one and trimmed. For keys and lookups. */
export function foldPlain(text: string): string {
  return foldForSearch(text, plainBuffer).text.replace(/ {2,}/g, ' ').trim();
}
