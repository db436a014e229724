/** The legal register: entries by key, the inverse relations (amended/replaced/repealed by), each document's status on a day, display names. */
import type { LegalName } from '../i18n/catalogue.js';
import type { LegalEntry, Relation } from './document.js';
import { RELATION_FIELDS, type RelationField } from '../document/read-legal.js';
import type { LexiconEntry } from '../legal/citation-types.js';
import { createCitationRecognizer } from '../legal/citations.js';
import type { CitationRecognizer } from '../legal/recognizer-types.js';
import { resolveLegalId } from '../legal/resolve.js';
import type { TthcCatalogue, TthcIndexEntry, TthcRecord } from './tthc.js';
import { TthcRecords, type TthcFiles, type TthcIndex } from './tthc-records.js';

/** Where a legal document stands on a given day (docs/file-formats.md). */
export type LegalStatus = 'in-force' | 'amended' | 'replaced' | 'repealed' | 'expired' | 'not-yet-in-force';

/** A relation seen from its target: "amended by …". */
export interface IncomingRelation {
  relation: RelationField;
  by: LegalEntry;
  /** The relation as written on `by`. */
  source: Relation;
}

export interface StatusReading {
  status: LegalStatus;
  /** The entries that ended it (replaced, repealed) or changed it (amended), in force on the day. */
  by: IncomingRelation[];
}

/**
 * The legal register with its derived relations. Built once per run; relations are stored on the
 * newer document only, so the inverse ones are computed here.
 */
export class Register {
  readonly byKey = new Map<string, LegalEntry>();
  readonly recognizer: CitationRecognizer;
  private readonly incomingByKey = new Map<string, IncomingRelation[]>();
  private readonly records: TthcRecords;

  /**
   * `tthcRecords` may be given as a function: the records are then read when a run first needs
   * them (reading a document never does; thousands of records need not be parsed for a check
   * whose findings the cache holds). `tthcIndex` (what the cache recorded of each record, with a
   * reader of one record) lets `tthcBasedOn` read only the records it returns. Without it,
   * `tthcFiles` (the record files, with a reader of one record that returns the object the full
   * reading will hold) lets `tthcRecord` read the record named after a code before any other.
   */
  constructor(
    readonly entries: readonly LegalEntry[],
    tthcRecords: readonly TthcRecord[] | (() => readonly TthcRecord[]) = [],
    tthcIndex?: TthcIndex,
    tthcFiles?: TthcFiles,
  ) {
    for (const entry of entries) if (entry.key && !this.byKey.has(entry.key)) this.byKey.set(entry.key, entry);
    this.recognizer = createCitationRecognizer(this.lexicon());
    const keys = new Set(this.byKey.keys());
    this.records = new TthcRecords(typeof tthcRecords === 'function' ? tthcRecords : () => tthcRecords, (record) => this.resolveRecord(record, keys), tthcIndex, tthcFiles);
    for (const entry of entries) {
      // A second entry of one document (another register's copy) adds no relations of its own:
      // register/duplicate or register/conflict reports it, and the first entry is the one used.
      if (entry.key && this.byKey.get(entry.key) !== entry) continue;
      for (const field of RELATION_FIELDS) {
        for (const relation of entry[field]) {
          // Relations may name their target by alias ("Luật Đất đai 2013").
          relation.key = resolveLegalId(relation.id, this.recognizer, keys);
          if (!relation.key) continue;
          const list = this.incomingByKey.get(relation.key) ?? [];
          list.push({ relation: field, by: entry, source: relation });
          this.incomingByKey.set(relation.key, list);
        }
      }
    }
  }

  /** The TTHC records read alongside the register (docs/tthc.md), their legal basis resolved here. */
  get tthc(): TthcCatalogue {
    return this.records.catalogue;
  }

  /** Whether the TTHC records have been read (the catalogue made). */
  get tthcLoaded(): boolean {
    return this.records.loaded;
  }

  /**
   * The TTHC records whose legal basis holds one of `keys`, as `tthc.basedOn` gives them. With the
   * cache's index and no catalogue made yet, only those records are read (an amended decree rests
   * under tens of the thousands of records a province keeps).
   */
  tthcBasedOn(keys: ReadonlySet<string>): TthcRecord[] {
    return this.records.basedOn(keys);
  }

  /**
   * The record of a TTHC code, as `tthc.get` gives it. With the cache's index and no catalogue made
   * yet, only that record is read: checking a few procedures needs the records they handle, not
   * the thousands a province keeps. Without the index, the record named after the code is read
   * first, and every record only when that one is missing or holds another code.
   */
  tthcRecord(code: string): TthcRecord | undefined {
    return this.records.record(code);
  }

  /** The codes of the TTHC records (NFC, each once, in file order), as `tthc.byCode` holds them; from the cache's index when it has them. */
  tthcCodes(): string[] {
    return this.records.codes();
  }

  /** How many TTHC records the repository keeps (with or without a code). */
  tthcCount(): number {
    return this.records.count();
  }

  /** What the cache keeps to answer `tthcBasedOn` next time: each record's file, code and legal-basis keys. */
  tthcIndexEntries(): TthcIndexEntry[] {
    return this.records.indexEntries();
  }

  private resolveRecord(record: TthcRecord, keys: ReadonlySet<string>): TthcRecord {
    for (const item of record.legalBasis) item.key = resolveLegalId(item.id, this.recognizer, keys);
    for (const change of record.changes) if (change.trigger !== undefined) change.triggerKey = resolveLegalId(change.trigger, this.recognizer, keys);
    return record;
  }

  /** What the recognizer needs of each entry. */
  lexicon(): LexiconEntry[] {
    const result: LexiconEntry[] = [];
    for (const [key, entry] of this.byKey) result.push({ key, kind: entry.docKind ?? '', aliases: entry.aliases });
    return result;
  }

  get(key: string | null | undefined): LegalEntry | undefined {
    return key ? this.byKey.get(key) : undefined;
  }

  /** Relations other entries have to `key`. */
  incoming(key: string): IncomingRelation[] {
    return this.incomingByKey.get(key) ?? [];
  }

  /** Status of a registered document on `today` (ISO date). */
  status(key: string, today: string): StatusReading {
    const entry = this.byKey.get(key);
    const active = this.incoming(key).filter((r) => hasTakenEffect(r.by, today));
    const ending = active.filter((r) => r.relation === 'replaces' || (r.relation === 'repeals' && r.source.articles.length === 0));
    const repeal = ending.find((r) => r.relation === 'repeals');
    if (repeal && !ending.some((r) => r.relation === 'replaces')) return { status: 'repealed', by: ending };
    if (ending.length > 0) return { status: 'replaced', by: ending };
    if (entry?.expired && entry.expired.value <= today) return { status: 'expired', by: [] };
    if (entry?.effective && entry.effective.value > today) return { status: 'not-yet-in-force', by: [] };
    const changing = active.filter((r) => r.relation === 'amends' || r.relation === 'repeals');
    if (changing.length > 0) return { status: 'amended', by: changing };
    return { status: 'in-force', by: [] };
  }
}

/** Whether an entry's effective date has come (an entry without one is taken to be in effect). */
export function hasTakenEffect(entry: LegalEntry, today: string): boolean {
  return !entry.effective || entry.effective.value <= today;
}

/** The display name of a registered document: "Nghị định 61/2018/NĐ-CP". */
/** A legal document as messages name it: its kind and number (the kind left out for standards, as displayName does), else `fallback`. */
export function legalName(entry: LegalEntry | undefined, fallback: string): LegalName {
  if (!entry?.id) return { kind: '', number: fallback };
  const plain = !entry.docKind || /^(tiêu chuẩn|tcvn)/i.test(entry.docKind) || entry.id.value.startsWith(entry.docKind);
  return { kind: plain ? '' : entry.docKind!, number: entry.id.value };
}

export function displayName(entry: LegalEntry | undefined, fallback: string): string {
  if (!entry?.id) return fallback;
  return entry.docKind && !/^(tiêu chuẩn|tcvn)/i.test(entry.docKind) && !entry.id.value.startsWith(entry.docKind)
    ? `${entry.docKind} ${entry.id.value}`
    : entry.id.value;
}
