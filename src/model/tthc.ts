/** A TTHC record (thủ tục hành chính as announced by the province) as plain data, and the catalogue of records by code. */
import type { ArticleRef } from '../legal/citation-types.js';
import type { Located, ReadProblem } from './document.js';
import type { ShapeProblem } from '../util/shape.js';
import type { Position } from '../util/lines.js';

/** The units a time limit is written in: working days, calendar days, working hours. */
export const TIME_UNITS = ['working-days', 'days', 'hours'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

export interface TimeLimit {
  value: number;
  unit: TimeUnit;
  position: Position;
}

export interface Fee {
  name: string;
  amount: string;
}

/** One component of the dossier (thành phần hồ sơ). */
export interface DossierItem {
  name: string;
  /** bản chính, bản sao … as written. */
  kind?: string;
  count?: number;
  /** The form code (mẫu) when there is one. */
  form?: string;
}

/** One legal-basis item of the record, as in a procedure's `legal_basis`. */
export interface TthcLegalBasis {
  id: string;
  /** Canonical key, resolved by the register (null when not a usable id). */
  key: string | null;
  articles: ArticleRef[];
  position: Position;
}

/** A change recorded on the record (`qms tthc set --trigger`). */
export interface TthcChange {
  date?: string;
  summary?: string;
  trigger?: string;
  triggerKey?: string | null;
}

/** A difference from the record's shape, where it is in the file. */
export type LocatedShapeProblem = ShapeProblem & { position: Position };

/** One TTHC record: `tthc/<code>.md` (docs/tthc.md). */
export interface TthcRecord {
  kind: 'tthc';
  file: string;
  problems: ReadProblem[];
  /**
   * How its front matter differs from TTHC_SHAPE (reported by tthc/schema), found as it is read:
   * the parsed front matter itself, with its text and positions, is not kept (there may be tens of thousands of records).
   */
  shapeProblems: LocatedShapeProblem[];
  code?: Located<string>;
  name?: string;
  level?: string;
  field?: string;
  agency?: string;
  timeLimit?: TimeLimit;
  fees: Fee[];
  dossier: DossierItem[];
  conditions: string[];
  result?: string;
  legalBasis: TthcLegalBasis[];
  /** The Quyết định công bố that announced it: its number and date. */
  announcedBy?: { id: string; date?: string };
  changes: TthcChange[];
}

/** What the cache keeps of a TTHC record to find, without reading it, whether it rests on a legal document. */
export interface TthcIndexEntry {
  file: string;
  /** The record's code (NFC), or null when it has none. */
  code: string | null;
  /** The register keys its legal basis resolves to. */
  keys: string[];
}

/** The code a record's file is named after: `tthc/1.001234.md` is "1.001234" (NFC), as tthc/schema compares them. */
export function codeOfFileName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1).replace(/\.md$/i, '').normalize('NFC');
}

/**
 * Which record stands for each code (NFC) when several carry it: the one named after it
 * (`tthc/<code>.md`; of several so named, the first), else the first in file order. The map keeps
 * the codes in the order they first occur. A run that reads no record but the one a document
 * names may then trust `tthc/<code>.md` once its code is read (Register.tthcRecord).
 */
export function byPreferredRecord<T extends { file: string }>(items: Iterable<T>, codeOf: (item: T) => string | null | undefined): Map<string, T> {
  const chosen = new Map<string, T>();
  const named = new Set<string>();
  for (const item of items) {
    const code = codeOf(item);
    if (code === null || code === undefined || named.has(code)) continue;
    const isNamed = codeOfFileName(item.file) === code;
    if (isNamed) named.add(code);
    if (isNamed || !chosen.has(code)) chosen.set(code, item);
  }
  return chosen;
}

/** The records of a repository by code (NFC): for a code two records carry, the one byPreferredRecord chooses. */
export class TthcCatalogue {
  readonly byCode: Map<string, TthcRecord>;

  constructor(readonly records: readonly TthcRecord[] = []) {
    this.byCode = byPreferredRecord(records, (record) => record.code?.value.normalize('NFC'));
  }

  get(code: string): TthcRecord | undefined {
    return this.byCode.get(code.normalize('NFC'));
  }

  /** The records whose legal basis holds one of `keys`. */
  basedOn(keys: ReadonlySet<string>): TthcRecord[] {
    return [...this.byCode.values()].filter((record) => record.legalBasis.some((item) => item.key !== null && keys.has(item.key)));
  }
}

/** The files of the records `TthcCatalogue.basedOn` gives, from the cache's index alone (one record a code, as byPreferredRecord chooses). */
export function filesBasedOn(entries: readonly TthcIndexEntry[], keys: ReadonlySet<string>): string[] {
  return [...byPreferredRecord(entries, (entry) => entry.code).values()].filter((entry) => entry.keys.some((key) => keys.has(key))).map((entry) => entry.file);
}
