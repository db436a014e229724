/**
 * The symbols of the alias index: ids for the words and characters its aliases are made of. A
 * word is found by walking a character trie as the tokenizer reads it, so reading a body makes no
 * string per word, and a word no alias has ends in a node without an id.
 */

/** The id of a word or character no alias has. */
export const WORD_ID_UNKNOWN = -1;

/** [a-z0-9] as 0…35. */
function slot(c: number): number {
  return c <= 0x39 ? c - 0x30 + 26 : c - 0x61;
}

/** Trie nodes whose edges sit in a flat table (36 per node, 4.7 MB at most); deeper ones in a map. */
const DENSE_NODES = 1 << 15;

/** Character keys (code * 4 + glue) kept in a table rather than a map: the folded text's Latin-1 range. */
const DENSE_CHARS = 256 * 4;

/** Ids of words (through a character trie) and of characters with their glue. */
export class Vocabulary {
  /** Edges of the first DENSE_NODES nodes: node * 36 + slot → node (0: none, the root is no one's child). */
  private dense = new Int32Array(36 * 64);
  /** Edges of the other nodes: node * 36 + slot → node. */
  private readonly sparse = new Map<number, number>();
  private nodes = 1;
  /** Per trie node of the first DENSE_NODES, the id of the word ending there plus one (0: none). */
  private denseIds = new Int32Array(64);
  /** Per other trie node, the id of the word ending there. */
  private readonly ids = new Map<number, number>();
  /** Per character key below DENSE_CHARS (Latin-1 with its glue), its id plus one (0: none). */
  private readonly denseChars = new Int32Array(DENSE_CHARS);
  private readonly chars = new Map<number, number>();

  /** @param next the first id to give (ids below it are fixed symbols of the caller). */
  constructor(private next: number) {}

  /** The trie node after `node` reads [a-z0-9] char code c; -1 (no word) when unknown and not learning. */
  step(node: number, c: number, learn: boolean): number {
    if (node < 0) return -1;
    const key = node * 36 + slot(c);
    let to = node < DENSE_NODES ? (this.dense[key] ?? 0) : (this.sparse.get(key) ?? 0);
    if (to === 0) {
      if (!learn) return -1;
      to = this.nodes++;
      if (node >= DENSE_NODES) this.sparse.set(key, to);
      else {
        if (key >= this.dense.length) {
          const grown = new Int32Array(Math.min(Math.max(this.dense.length * 2, key + 36), DENSE_NODES * 36));
          grown.set(this.dense);
          this.dense = grown;
        }
        this.dense[key] = to;
      }
    }
    return to;
  }

  /** The id of the word that ends at trie node `node` (given one when learning). */
  wordId(node: number, learn: boolean): number {
    if (node < 0) return WORD_ID_UNKNOWN;
    if (node >= DENSE_NODES) return this.idIn(this.ids, node, learn);
    // A table look-up, not a map's: a body asks this for every word an alias begins like.
    const known = node < this.denseIds.length ? (this.denseIds[node] as number) : 0;
    if (known !== 0) return known - 1;
    if (!learn) return WORD_ID_UNKNOWN;
    const id = this.next++;
    if (node >= this.denseIds.length) {
      const grown = new Int32Array(Math.min(Math.max(this.denseIds.length * 2, node + 1), DENSE_NODES));
      grown.set(this.denseIds);
      this.denseIds = grown;
    }
    this.denseIds[node] = id + 1;
    return id;
  }

  /** The id of a character with its glue (code * 4 + glue), given one when learning. */
  charId(key: number, learn: boolean): number {
    if (key >= DENSE_CHARS) return this.idIn(this.chars, key, learn);
    // A table look-up: a body asks this for every character between its words (table pipes, dashes …).
    const known = this.denseChars[key] as number;
    if (known !== 0) return known - 1;
    if (!learn) return WORD_ID_UNKNOWN;
    const id = this.next++;
    this.denseChars[key] = id + 1;
    return id;
  }

  private idIn(ids: Map<number, number>, key: number, learn: boolean): number {
    let id = ids.get(key);
    if (id === undefined) {
      if (!learn) return WORD_ID_UNKNOWN;
      id = this.next++;
      ids.set(key, id);
    }
    return id;
  }

  /** The id of a word of [a-z0-9], given one if new. */
  internWord(word: string): number {
    let node = 0;
    for (let i = 0; i < word.length; i++) node = this.step(node, word.charCodeAt(i), true);
    return this.wordId(node, true);
  }

  /** How many ids are given (fixed symbols included). */
  get size(): number {
    return this.next;
  }
}
