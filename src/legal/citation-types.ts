/**
 * The contract between the citation recognizer and the rest of qms.
 * Offsets are UTF-16 indices into the exact string given to the recognizer.
 */

/** An article reference such as "điểm a khoản 2 Điều 5". */
export interface ArticleRef {
  /** Article (Điều) number as written, e.g. "5" or "5a". */
  article: string;
  /** Clause (khoản) number, when given. */
  clause?: string;
  /** Point (điểm) letter, when given. */
  point?: string;
}

/** How a citation was written. */
export type CitationForm =
  | 'numbered' // 61/2018/NĐ-CP, 45/2013/QH13
  | 'no-year' // 101/QĐ-BKHCN
  | 'short' // Nghị định 61/2018, NĐ 61/2018
  | 'alias'; // Luật Đất đai 2013

/** One citation of a legal document found in a text. */
export interface Citation {
  /** Offset of the first character of the citation (the number, the kind word of a short form, or the alias). */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** The original text between start and end. */
  text: string;
  form: CitationForm;
  /**
   * Canonical key (see canonicalKey): always set for numbered and no-year forms; for short and
   * alias forms, set only when the lexicon resolves the citation to exactly one entry.
   */
  key: string | null;
  /** For an unresolved short form: the keys of all entries that fit (empty when none). */
  candidates: string[];
  /** Article references that qualify this citation ("khoản 2 Điều 9 Nghị định …"); empty = the whole document. */
  articles: ArticleRef[];
  /** Offset where the article references begin (equal to start when there are none). */
  articlesStart: number;
  /**
   * 'paper' for the number of an administrative paper that is not a legal document (Tờ trình
   * 10/TTr-HĐND, Kế hoạch 325/KH-UBND, công văn 1234/UBND-KT) and not in the register. Papers are
   * returned only when asked for ({@link FindOptions.papers}); legal citations have no kind.
   */
  kind?: 'paper';
}

/** Options of CitationRecognizer.find. */
export interface FindOptions {
  /** Also return administrative papers (with kind 'paper'), in order among the citations. Default false. */
  papers?: boolean;
  /**
   * Read the article references before each citation (the default). false: every citation comes
   * with none (`articles` empty, `articlesStart` its start), all else the same: for a reading that
   * keeps only the cited keys (a summary), which saves the look-back before every citation.
   */
  articles?: boolean;
  /** Counts the scanners' work (article references, names), for tests that measure its growth. */
  counter?: { steps: number };
}

/** What the recognizer needs to know of the legal register. */
export interface LexiconEntry {
  /** Canonical key of the entry (canonicalKey of its id). */
  key: string;
  /** The kind as written in the register: "Nghị định", "Luật", "Thông tư" … */
  kind: string;
  /** Other names it is cited by: "Luật Đất đai 2013". */
  aliases: readonly string[];
}
