/**
 * The legal-citation recognizer: finds citations of legal documents in body text.
 *
 * The text is folded once (fold.ts) so every pattern is plain lower-case ASCII with ' ' for any
 * whitespace; matches are mapped back to exact UTF-16 offsets of the original. Patterns are
 * compiled once per lexicon in createCitationRecognizer, so find() is a handful of linear regex
 * scans plus work per match.
 */
import { createAliasIndex } from './alias-index.js';
import { articlesBefore } from './article-scan.js';
import { readArticleSequence } from './articles.js';
import type { ArticleRef, Citation, CitationForm, FindOptions, LexiconEntry } from './citation-types.js';
import { FoldBuffer, foldForSearch, foldPlain } from './fold.js';
import { buildNumberedKey, canonicalKey, parseNumberedId, stripLeadingZeros } from './key.js';
import type { CitationRecognizer } from './recognizer-types.js';

export type { CitationRecognizer };

/**
 * Kind words of short citations (folded) and the folded kind they stand for. Abbreviations are
 * the ones seen in published texts; "CT" is left out because procedure codes use it too.
 */
const KIND_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['thong tu lien tich', 'thong tu lien tich'],
  ['ttlt', 'thong tu lien tich'],
  ['nghi quyet lien tich', 'nghi quyet lien tich'],
  ['nghi dinh', 'nghi dinh'],
  ['nd', 'nghi dinh'],
  ['thong tu', 'thong tu'],
  ['tt', 'thong tu'],
  ['quyet dinh', 'quyet dinh'],
  ['qd', 'quyet dinh'],
  ['bo luat', 'bo luat'],
  ['luat', 'luat'],
  ['nghi quyet', 'nghi quyet'],
  ['nq', 'nghi quyet'],
  ['chi thi', 'chi thi'],
  ['phap lenh', 'phap lenh'],
];
const KIND_OF = new Map<string, string>(KIND_WORDS.map(([word, kind]) => [word, kind]));
/** Longest first, so "thong tu lien tich" wins over "thong tu"; spaces match any run. */
const KIND_ALTERNATION = [...KIND_WORDS]
  .map(([word]) => word)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '[ ]+'))
  .join('|');

/**
 * First symbol groups of administrative documents without a year (Nghị định 30/2020/NĐ-CP,
 * Phụ lục III), folded: QĐ, NQ, CT, QyĐ, QC, TB, TC, HD/HĐ, CTr, KH, PA, ĐA, DA, BC, BB, TTr, CV,
 * CĐ, GP, GM, VBHN. A no-year number/SYMBOL is a citation only when its symbol starts with one of
 * these (or it is a register key), which keeps procedure codes such as QT 02/CX-HCTP out.
 */
const ADMIN_TYPES = new Set([
  'qd', 'nq', 'ct', 'qyd', 'qc', 'tb', 'tc', 'hd', 'ctr', 'kh', 'pa', 'da', 'bc', 'bb', 'ttr',
  'cv', 'cd', 'gp', 'gm', 'vbhn',
]);

/**
 * Of those, the administrative papers that are not legal documents (Tờ trình, Kế hoạch, Báo cáo,
 * Thông báo, Công văn, Biên bản, Giấy mời): an officer does not keep them in the legal register,
 * so unless the register holds one, its number is a paper, not a legal citation.
 */
const PAPER_TYPES = new Set(['ttr', 'kh', 'bc', 'tb', 'cv', 'bb', 'gm']);

/**
 * The first symbol group of a công văn as written: the issuer in capitals (UBND in 1234/UBND-KT,
 * SKHCN in 919/SKHCN-VP), since a công văn carries no type abbreviation.
 */
const ISSUER_GROUP = /^[\p{Lu}\p{M}]{2,12}$/u;

/** A paragraph break (a blank line) in original text: a number never runs across one. */
const BLANK_LINE = /\n[^\S\n]*\n/;

/** Year of a legal document: keeps "23/4" and other small numbers from passing as a year. */
const YEAR = '(?:1[89]|20)\\d\\d';
/**
 * Symbol: letter groups (optionally ending in digits, QH13) joined by '-', spaces allowed. Bounded
 * (real symbols have at most five groups: TTLT-VKSNDTC-BCA-BQP) so that hostile text such as
 * "61/2018/ab - ab - ab …" costs linear time.
 */
const SYMBOL = '[a-z]{1,16}\\d{0,3}(?:[ ]*-[ ]*[a-z]{1,16}\\d{0,3}){0,7}';

/**
 * number[/year]/SYMBOL. The number must not be glued to a letter, digit, '-', '.', '/', ':' or '\'
 * (document codes BM-01/QT-…, dates, URLs, TTHC codes) nor follow a QT/BM code prefix
 * ("QT 01/BTNN"); the (?=\d) keeps that second look-behind, which walks back over spaces, off
 * every position but digits. The symbol must not run on into "-01" (BM-01/QT-KHCN-01): a code, not a law.
 */
const NUMBERED_RE = new RegExp(
  `(?<![0-9a-z\\-./_:\\\\])(?=\\d)(?<!(?:^|[^0-9a-z])(?:qt|bm)[ ]{0,3})(\\d{1,5})` +
    `(?:[ ]*/{1,2}[ ]*(${YEAR}))?[ ]*/{1,2}[ ]*(${SYMBOL})(?![a-z0-9_]|-[a-z0-9])`,
  'g',
);

/**
 * Kind word [số] number/year, not followed by /SYMBOL (then it is numbered) nor by more digits.
 */
const SHORT_RE = new RegExp(
  `(?<![a-z0-9])(${KIND_ALTERNATION})(?:[ ]+so)?[ ]*(?::[ ]*)?(\\d{1,5})[ ]*/[ ]*(${YEAR})` +
    `(?![0-9]|[ ]*/{1,2}[ ]*[a-z0-9])`,
  'g',
);

/** NUMBERED_RE at one position: tried only where a number stands before a '/' (see nextNumbered). */
const NUMBERED_AT = new RegExp(NUMBERED_RE.source, 'y');

/** URLs are never read for citations (their paths carry numbers and slashes). */
const URL_RE = /(?:https?|ftp):\/\/[^ <>"'()[\]]*|www\.[^ <>"'()[\]]*/g;

/** Groups of a folded symbol. */
const GROUP_RE = /[a-z]+\d*/g;
/** A symbol group after a space, read only to repair a missing '-' against the register. */
const NEXT_GROUP_RE = /[ ]{1,2}([a-z]+\d*)(?![a-z0-9])/y;
/** One symbol group (folded offsets) and whether spaces precede its '-'. */
interface SymbolGroup {
  s: number;
  e: number;
  spacedBefore: boolean;
}

/** How far back article references are looked for (folded chars). */
const ARTICLE_WINDOW = 400;

/**
 * A year or a date right after a name: "Luật Đất đai 2024", "… năm 2024", "… ngày 22/6/2015",
 * "… ngày 22 tháng 6 năm 2015". Group 1 is the year.
 */
const YEAR_NEXT_RE = new RegExp(
  `^[ ]+(?:nam[ ]+|ngay[ ]+\\d{1,2}[ ]+thang[ ]+\\d{1,2}[ ]+nam[ ]+|ngay[ ]+\\d{1,2}[ ]*[/-][ ]*\\d{1,2}[ ]*[/-][ ]*)?(${YEAR})(?![0-9])`,
);
/** How far after a name YEAR_NEXT_RE looks (folded chars). */
const YEAR_NEXT_WINDOW = 48;

/**
 * Whether only spaces and "số" (and a colon) stand in folded[from, to) — a law's name (alias) and
 * its number: "Luật Doanh nghiệp số 59/2020/QH14". Reads no further than the first other
 * character, so a far citation costs nothing.
 */
function onlyNumberWordBetween(folded: string, from: number, to: number): boolean {
  let i = from;
  const spaces = (): void => {
    while (i < to && folded.charCodeAt(i) === 0x20) i++;
  };
  spaces();
  if (folded.startsWith('so', i) && i + 2 <= to) {
    i += 2;
    spaces();
    if (folded.charCodeAt(i) === 0x3a && i < to) {
      i++;
      spaces();
    }
  }
  return i === to;
}

/** A letter or digit of any script. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A citation found in folded coordinates, before mapping back. */
interface Found {
  fs: number;
  fe: number;
  form: CitationForm;
  key: string | null;
  candidates: string[];
  /** Where article references must end (folded): start of the kind word / alias before it. */
  lead: number;
  /** Whether the lead is followed by a bare number (kind word and name may intervene). */
  bareNumber: boolean;
  /** Year of a numbered citation, to tell "Luật X 2013 số 45/2013/QH13" from two citations. */
  year?: string;
  /** An administrative paper, not a legal document. */
  paper?: boolean;
}

/** Letter classes of a symbol group as written, for telling "NĐ-CP - Nghị định" from "NĐ - CP". */
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}]+$/u;
const HAS_UPPER = /\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

/**
 * Compile a recognizer for a lexicon (the legal register). Compile once, call find() per file.
 */
export function createCitationRecognizer(entries: readonly LexiconEntry[]): CitationRecognizer {
  const keys = new Set<string>();
  /** "kind|number|year" → keys, for short forms. */
  const byKindNumberYear = new Map<string, string[]>();
  /** Each alias as folded text, with its key, in register order. */
  const aliases: Array<readonly [string, string]> = [];

  const push = (m: Map<string, string[]>, k: string, v: string): void => {
    const list = m.get(k);
    if (list === undefined) m.set(k, [v]);
    else if (!list.includes(v)) list.push(v);
  };

  for (const entry of entries) {
    const key = canonicalKey(entry.key);
    if (key === null) continue;
    keys.add(key);
    const parsed = parseNumberedId(key);
    if (parsed?.year !== undefined) push(byKindNumberYear, `${foldPlain(entry.kind)}|${parsed.number}|${parsed.year}`, key);
    for (const alias of entry.aliases) aliases.push([foldPlain(alias), key]);
  }
  const aliasIndex = createAliasIndex(aliases);
  /** Every body is folded into the same memory (find is never re-entered). */
  const foldBuffer = new FoldBuffer();

  /**
   * Turn a NUMBERED_RE match into a citation, or null when it is not one (a no-year symbol that
   * is neither a register key nor headed by an administrative type).
   */
  function numbered(folded: string, map: Int32Array, original: string, m: RegExpExecArray): Found | null {
    const number = m[1] as string;
    const year = m[2];
    const symbol = m[3] as string;
    const symbolStart = m.index + m[0].length - symbol.length;
    const groups: SymbolGroup[] = [];
    GROUP_RE.lastIndex = 0;
    let prevEnd = -1;
    for (let g = GROUP_RE.exec(symbol); g !== null; g = GROUP_RE.exec(symbol)) {
      const s = symbolStart + g.index;
      const spacedBefore = prevEnd >= 0 && symbol.slice(prevEnd, g.index).includes(' ');
      groups.push({ s, e: s + g[0].length, spacedBefore });
      prevEnd = g.index + g[0].length;
    }
    const written = (g: SymbolGroup): string => original.slice(map[g.s], (map[g.e - 1] ?? 0) + 1);
    // A line break may split a number ("61/2018/\nNĐ-CP"), a paragraph break may not.
    const blankBetween = (fs: number, fe: number): boolean => {
      const gap = original.slice(map[fs], map[fe]);
      return gap.includes('\n') || gap.includes('\r') ? BLANK_LINE.test(gap.replace(/\r\n?/g, '\n')) : false;
    };
    if (blankBetween(m.index, groups[0]!.s)) return null;

    // Spaces around '-' are allowed ("nđ – cp", a line break after '-'), but then the next group
    // may be the next word of the sentence ("61/2018/NĐ-CP - Nghị định …"): cut before a spaced
    // group that is a capitalised word, or lower case after an upper-case symbol.
    let count = groups.length;
    let first: string | undefined;
    for (let i = 1; i < groups.length; i++) {
      const group = groups[i]!;
      if (!group.spacedBefore) continue;
      if (blankBetween(groups[i - 1]!.e, group.s)) {
        count = i;
        break;
      }
      first ??= written(groups[0]!);
      const next = written(group);
      if (CAPITALISED.test(next) || (HAS_UPPER.test(first) && !HAS_UPPER.test(next) && HAS_LOWER.test(next))) {
        count = i;
        break;
      }
    }
    const keyOf = (n: number): string => buildNumberedKey(number, year, folded.slice(symbolStart, groups[n - 1]!.e));
    let key = keyOf(count);
    if (!keys.has(key)) {
      // Prefer a shorter reading, cut at a spaced join, that the register knows.
      for (let n = count - 1; n >= 1; n--) {
        if (!groups[n]!.spacedBefore) continue;
        const k = keyOf(n);
        if (keys.has(k)) {
          count = n;
          key = k;
          break;
        }
      }
    }
    let fe = groups[count - 1]!.e;
    if (!keys.has(key) && count === groups.length) {
      // A missing dash ("61/2018/NĐ CP"): take the next word as a group only if the register
      // then knows the key, since in general it is the next word of the sentence.
      NEXT_GROUP_RE.lastIndex = fe;
      const g = NEXT_GROUP_RE.exec(folded);
      if (g !== null) {
        const k = `${key}-${(g[1] as string).toUpperCase()}`;
        if (keys.has(k)) {
          key = k;
          fe += g[0].length;
        }
      }
    }
    let paper = false;
    if (year === undefined && !keys.has(key)) {
      if (count < 2) return null;
      const type = folded.slice(groups[0]!.s, groups[0]!.e);
      if (PAPER_TYPES.has(type)) paper = true;
      else if (ADMIN_TYPES.has(type)) paper = false;
      else if (ISSUER_GROUP.test(written(groups[0]!))) paper = true; // công văn: 1234/UBND-KT
      else return null;
    }
    return {
      fs: m.index,
      fe,
      form: year === undefined ? 'no-year' : 'numbered',
      key,
      candidates: [],
      lead: m.index,
      bareNumber: true,
      year,
      paper,
    };
  }

  function find(text: string, options: FindOptions = {}): Citation[] {
    const { text: folded, map } = foldForSearch(text, foldBuffer);

    const urls: [number, number][] = [];
    // Every URL holds "://" or "www.": most bodies have neither, and are not scanned for one.
    if (folded.includes('://') || folded.includes('www.')) {
      URL_RE.lastIndex = 0;
      for (let m = URL_RE.exec(folded); m !== null; m = URL_RE.exec(folded)) urls.push([m.index, m.index + m[0].length]);
    }
    // Each pass below visits positions in increasing order, so a moving cursor suffices.
    let urlCursor = 0;
    const inUrl = (pos: number): boolean => {
      if (urls.length === 0) return false;
      if (urlCursor > 0 && pos < urls[urlCursor - 1]![1]) urlCursor = 0; // a new pass started
      while (urlCursor < urls.length && urls[urlCursor]![1] <= pos) urlCursor++;
      const u = urls[urlCursor];
      return u !== undefined && pos >= u[0];
    };

    const found: Found[] = [];

    for (let m = nextNumbered(folded, 0); m !== null; m = nextNumbered(folded, m.index + m[0].length)) {
      if (inUrl(m.index)) continue;
      // The look-behind covers ASCII; a non-ASCII letter or digit (not folded away) also glues.
      if (m.index > 0 && WORD_CHAR.test(folded[m.index - 1] as string)) continue;
      const f = numbered(folded, map, text, m);
      if (f !== null) found.push(f);
    }

    SHORT_RE.lastIndex = 0;
    for (let m = SHORT_RE.exec(folded); m !== null; m = SHORT_RE.exec(folded)) {
      if (inUrl(m.index)) continue;
      const kind = KIND_OF.get((m[1] as string).replace(/ +/g, ' ')) as string;
      const fits = byKindNumberYear.get(`${kind}|${stripLeadingZeros(m[2] as string)}|${m[3] as string}`) ?? [];
      found.push({
        fs: m.index,
        fe: m.index + m[0].length,
        form: 'short',
        key: fits.length === 1 ? (fits[0] as string) : null,
        candidates: fits.length === 1 ? [] : [...fits],
        lead: m.index,
        bareNumber: false,
      });
    }

    // Numbered and short matches cannot overlap each other (the short pattern refuses /SYMBOL).
    found.sort((a, b) => a.fs - b.fs);
    const nonAlias = found.slice();

    if (aliasIndex !== null) {
      const cursor = aliasIndex.scan(folded, options.counter);
      let next = 0; // index into nonAlias of the first citation ending after the alias start
      for (let hit = cursor.next(0), from = 0; hit !== null; hit = cursor.next(from)) {
        const { fs, fe } = hit;
        from = fe;
        if (inUrl(fs)) continue;
        while (next < nonAlias.length && nonAlias[next]!.fe <= fs) next++;
        const after = nonAlias[next];
        if (after !== undefined && after.fs < fe) continue; // overlaps a numbered/short citation
        const aliasYear = hit.year;
        if (
          after !== undefined &&
          after.bareNumber &&
          after.paper !== true &&
          (aliasYear === undefined || aliasYear === after.year) &&
          onlyNumberWordBetween(folded, fe, after.fs)
        ) {
          // "Luật Doanh nghiệp số 59/2020/QH14": one numbered citation; articles before the
          // law's name belong to it.
          after.lead = fs;
          after.bareNumber = false;
          continue;
        }
        const fits = hit.keys;
        // A name without a year followed by a year or date names another edition ("Luật Đất đai
        // 2024" when only "Luật Đất đai" is registered): not this entry, unless the registered
        // number carries that very year (then the year or date is part of the citation).
        let end = fe;
        const yearNext = aliasYear === undefined ? YEAR_NEXT_RE.exec(folded.slice(fe, fe + YEAR_NEXT_WINDOW)) : null;
        if (yearNext !== null) {
          const only = fits.length === 1 ? parseNumberedId(fits[0] as string) : null;
          if (only?.year !== yearNext[1]) continue;
          end = fe + yearNext[0].length;
          if (after !== undefined && after.fs < end) end = fe;
          // The next alias may not start inside the year or date taken here.
          from = end;
        }
        found.push({
          fs,
          fe: end,
          form: 'alias',
          key: fits.length === 1 ? (fits[0] as string) : null,
          candidates: fits.length === 1 ? [] : [...fits],
          lead: fs,
          bareNumber: false,
        });
      }
      found.sort((a, b) => a.fs - b.fs);
    }

    const citations: Citation[] = [];
    let previousEnd = 0;
    for (const f of found) {
      const windowStart = Math.max(previousEnd, f.lead - ARTICLE_WINDOW);
      const span = options.articles === false ? null : articlesBefore(folded, windowStart, f.lead, f.bareNumber, options.counter);
      let articles: ArticleRef[] = [];
      let articlesStart = f.fs;
      if (span !== null) {
        articles = readArticleSequence(folded, map, text, span.start, span.end);
        articlesStart = span.start;
      }
      previousEnd = f.fe;
      // Papers take part in the scan (their articles are theirs) but are returned only on request.
      if (f.paper === true && options.papers !== true) continue;
      const start = map[f.fs] as number;
      const end = originalEnd(text, map, f.fe);
      citations.push({
        start,
        end,
        text: text.slice(start, end),
        form: f.form,
        key: f.key,
        candidates: f.candidates,
        articles,
        articlesStart: articles.length > 0 ? (map[articlesStart] as number) : start,
        ...(f.paper === true ? { kind: 'paper' as const } : {}),
      });
    }
    return citations;
  }

  return { find };
}

/**
 * The first match of NUMBERED_RE in `folded` at or after `from`, as `NUMBERED_RE.exec` with that
 * lastIndex finds it, without trying the pattern at every position: a match starts at a whole run
 * of 1–5 digits (a digit before it fails the look-behind, a longer run cannot reach the '/') that
 * only spaces separate from a '/', so it is tried only there, '/' by '/'.
 */
function nextNumbered(folded: string, from: number): RegExpExecArray | null {
  for (let slash = folded.indexOf('/', from); slash >= 0; slash = folded.indexOf('/', slash + 1)) {
    let digits = slash;
    while (digits > from && folded.charCodeAt(digits - 1) === 0x20) digits--;
    const end = digits;
    while (digits > from && isDigit(folded.charCodeAt(digits - 1))) digits--;
    // A run that starts before `from` cannot start a match at or after it (see above).
    if (digits === end || end - digits > 5 || (digits === from && from > 0 && isDigit(folded.charCodeAt(from - 1)))) continue;
    NUMBERED_AT.lastIndex = digits;
    const m = NUMBERED_AT.exec(folded);
    if (m !== null) return m;
  }
  return null;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Original offset just past folded char fe-1, including combining marks that follow it. */
function originalEnd(original: string, map: Int32Array, fe: number): number {
  const last = map[fe - 1] as number;
  const c = original.charCodeAt(last);
  let end = last + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
  while (end < original.length) {
    const d = original.charCodeAt(end);
    if (d < 0x300 || d > 0x36f) break;
    end++;
  }
  return end;
}
