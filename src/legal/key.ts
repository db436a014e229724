/**
 * Canonical keys of legal document ids.
 *
 * One document is written many ways (61/2018/NĐ-CP, 61/2018/ND-CP, 61 / 2018 / nđ – cp); the key
 * is the single spelling the register, front matter and body citations are compared by.
 */
import { foldPlain } from './fold.js';

/** Parts of a numbered id such as 61/2018/ND-CP or 101/QD-BKHCN. */
export interface NumberedId {
  /** The number without leading zeros: "61", "1". */
  number: string;
  /** The four-digit year, absent for administrative documents (101/QĐ-BKHCN). */
  year?: string;
  /** Upper-case symbol groups joined by '-': "ND-CP", "QH13", "TTLT-VKSNDTC-BCA-BQP". */
  symbol: string;
}

/**
 * A numbered id in folded text (lower case, single spaces): number, optional year, symbol groups.
 * Doubled slashes are tolerated because published texts contain them.
 */
const FOLDED_NUMBERED = /^(\d+) ?\/{1,2} ?(?:(\d{4}) ?\/{1,2} ?)?([a-z]+\d*(?: ?- ?[a-z]+\d*)*)$/;
/** A numbered id in canonical form. */
const CANONICAL_NUMBERED = /^(\d+)\/(?:(\d{4})\/)?([A-Z]+\d*(?:-[A-Z]+\d*)*)$/;

/** Strip leading zeros of a number, keeping one digit ("01" → "1", "0" → "0"). */
export function stripLeadingZeros(number: string): string {
  return number.replace(/^0+(?=\d)/, '');
}

/**
 * Build a canonical numbered key from folded parts (symbol groups may contain spaces around '-').
 * Shared with the recognizer so body citations and register ids produce identical keys.
 */
export function buildNumberedKey(number: string, year: string | undefined, foldedSymbol: string): string {
  let symbol = foldedSymbol.replace(/ /g, '').toUpperCase();
  if (year !== undefined) symbol = restoreKindHyphen(symbol);
  return year === undefined ? `${stripLeadingZeros(number)}/${symbol}` : `${stripLeadingZeros(number)}/${year}/${symbol}`;
}

/**
 * A first symbol group that is a kind abbreviation glued to its issuer because the hyphen was lost
 * in PDF text (NDCP, TTVPCP, NQHDND): kind (TTLT and NQLT are never read as TT/NQ + LT) and an issuer
 * of at least two letters (TTR, CTN stay whole).
 */
const GLUED_KIND = /^(TTLT|NQLT|ND|TT(?!LT)|QD|NQ(?!LT)|CT)([A-Z]{2,}\d{0,3})(?=-|$)/;

/**
 * Put back the hyphen after the kind of a normative symbol (`NDCP` → `ND-CP`, `TTVPCP-X` →
 * `TT-VPCP-X`). Only for ids with a year, whose first group is always the kind: without a year the
 * first group may be an issuer such as TTCP (Thanh tra Chính phủ), which must not be split.
 */
export function restoreKindHyphen(symbol: string): string {
  return symbol.replace(GLUED_KIND, '$1-$2');
}

/**
 * The canonical key of an id-like string: folded (no diacritics, Đ → D, look-alike slashes and
 * dashes), upper case, no spaces and no leading zeros for numbered ids (`61 / 2018 / nđ – cp` →
 * `61/2018/ND-CP`, `01/2018/TT-VPCP` → `1/2018/TT-VPCP`); any other text (`TCVN ISO 9001:2015`)
 * is folded, upper-cased and whitespace-collapsed. Null for empty or blank input.
 */
export function canonicalKey(id: string): string | null {
  const folded = foldPlain(id);
  if (folded.length === 0) return null;
  const m = FOLDED_NUMBERED.exec(folded);
  if (m) return buildNumberedKey(m[1] as string, m[2], m[3] as string);
  return folded.toUpperCase();
}

/**
 * Split a numbered id into number, year and symbol; null when the id is not numbered.
 * Accepts any spelling (it is canonicalised first).
 */
export function parseNumberedId(key: string): NumberedId | null {
  const canonical = canonicalKey(key);
  if (canonical === null) return null;
  const m = CANONICAL_NUMBERED.exec(canonical);
  if (!m) return null;
  const parsed: NumberedId = { number: m[1] as string, symbol: m[3] as string };
  if (m[2] !== undefined) parsed.year = m[2];
  return parsed;
}

/** Whether the id is of a numbered form (number/year/SYMBOL or number/SYMBOL). */
export function isNumberedId(id: string): boolean {
  return parseNumberedId(id) !== null;
}
