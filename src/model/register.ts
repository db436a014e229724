/** The legal register: entries by key, the inverse relations (amended/replaced/repealed by), each document's status on a day, display names. */
import type { LegalName } from '../i18n/catalogue.js';
import type { LegalEntry, Relation } from './document.js';
import { RELATION_FIELDS, type RelationField } from '../document/read-legal.js';
import type { LexiconEntry } from '../legal/citation-types.js';
import { createCitationRecognizer } from '../legal/citations.js';
import type { CitationRecognizer } from '../legal/recognizer-types.js';
import { resolveLegalId } from '../legal/resolve.js';
import { byPreferredRecord, codeOfFileName, filesBasedOn, TthcCatalogue, type TthcIndexEntry, type TthcRecord } from './tthc.js';

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
  private catalogue: TthcCatalogue | undefined;
  private indexed: { files: Map<string, string>; records: Map<string, TthcRecord> } | undefined;
  /** Record files by the code they are named after (the first file of each name), and the records read through it. */
  private named: { files: Map<string, string>; resolved: Set<TthcRecord> } | undefined;
  private readonly tthcRecords: () => readonly TthcRecord[];

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
    private readonly tthcIndex?: { entries: readonly TthcIndexEntry[]; read(file: string): TthcRecord },
    private readonly tthcFiles?: { files: readonly string[]; read(file: string): TthcRecord },
  ) {
    for (const entry of entries) if (entry.key && !this.byKey.has(entry.key)) this.byKey.set(entry.key, entry);
    this.recognizer = createCitationRecognizer(this.lexicon());
    this.tthcRecords = typeof tthcRecords === 'function' ? tthcRecords : () => tthcRecords;
    const keys = new Set(this.byKey.keys());
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
    if (!this.catalogue) {
      const records = this.tthcRecords();
      const keys = new Set(this.byKey.keys());
      for (const record of records) this.resolveRecord(record, keys);
      this.catalogue = new TthcCatalogue(records);
    }
    return this.catalogue;
  }

  /** Whether the TTHC records have been read (the catalogue made). */
  get tthcLoaded(): boolean {
    return this.catalogue !== undefined;
  }

  /**
   * The TTHC records whose legal basis holds one of `keys`, as `tthc.basedOn` gives them. With the
   * cache's index and no catalogue made yet, only those records are read (an amended decree rests
   * under tens of the thousands of records a province keeps).
   */
  tthcBasedOn(keys: ReadonlySet<string>): TthcRecord[] {
    if (this.catalogue || !this.tthcIndex) return this.tthc.basedOn(keys);
    const known = new Set(this.byKey.keys());
    return filesBasedOn(this.tthcIndex.entries, keys).map((file) => this.resolveRecord(this.tthcIndex!.read(file), known));
  }

  /**
   * The record of a TTHC code, as `tthc.get` gives it. With the cache's index and no catalogue made
   * yet, only that record is read: checking a few procedures needs the records they handle, not
   * the thousands a province keeps. Without the index, the record named after the code is read
   * first, and every record only when that one is missing or holds another code.
   */
  tthcRecord(code: string): TthcRecord | undefined {
    if (!this.catalogue && !this.tthcIndex && this.tthcFiles) return this.namedRecord(code) ?? this.tthc.get(code);
    if (this.catalogue || !this.tthcIndex) return this.tthc.get(code);
    const indexed = this.indexedRecords();
    const file = indexed.files.get(code.normalize('NFC'));
    if (file === undefined) return undefined;
    let record = indexed.records.get(file);
    if (!record) {
      // Read once: a record is the same object for every document that handles it.
      record = this.resolveRecord(this.tthcIndex.read(file), new Set(this.byKey.keys()));
      indexed.records.set(file, record);
    }
    return record;
  }

  /** The codes of the TTHC records (NFC, each once, in file order), as `tthc.byCode` holds them; from the cache's index when it has them. */
  tthcCodes(): string[] {
    return this.catalogue || !this.tthcIndex ? [...this.tthc.byCode.keys()] : [...this.indexedRecords().files.keys()];
  }

  /** How many TTHC records the repository keeps (with or without a code). */
  tthcCount(): number {
    if (!this.catalogue && !this.tthcIndex && this.tthcFiles) return this.tthcFiles.files.length;
    return this.catalogue || !this.tthcIndex ? this.tthc.records.length : this.tthcIndex.entries.length;
  }

  private indexedRecords(): { files: Map<string, string>; records: Map<string, TthcRecord> } {
    if (!this.indexed) {
      // The record of each code the catalogue would keep.
      const files = new Map<string, string>();
      for (const [code, entry] of byPreferredRecord(this.tthcIndex!.entries, (e) => e.code)) files.set(code, entry.file);
      this.indexed = { files, records: new Map() };
    }
    return this.indexed;
  }

  /**
   * The record of `code` read from the file named after it, when that file's code is `code`: the
   * catalogue keeps that record for the code whatever the other files hold (byPreferredRecord),
   * so no other record is read. Undefined when there is no such file or it holds another code:
   * only the catalogue knows then.
   */
  private namedRecord(code: string): TthcRecord | undefined {
    if (!this.named) {
      const files = new Map<string, string>();
      for (const file of this.tthcFiles!.files) {
        const name = codeOfFileName(file);
        if (!files.has(name)) files.set(name, file);
      }
      this.named = { files, resolved: new Set() };
    }
    const wanted = code.normalize('NFC');
    const file = this.named.files.get(wanted);
    if (file === undefined) return undefined;
    const record = this.tthcFiles!.read(file);
    if (record.code?.value.normalize('NFC') !== wanted) return undefined;
    if (!this.named.resolved.has(record)) {
      this.named.resolved.add(record);
      this.resolveRecord(record, new Set(this.byKey.keys()));
    }
    return record;
  }

  /** What the cache keeps to answer `tthcBasedOn` next time: each record's file, code and legal-basis keys. */
  tthcIndexEntries(): TthcIndexEntry[] {
    return this.tthc.records.map((record) => ({
      file: record.file,
      code: record.code?.value.normalize('NFC') ?? null,
      keys: record.legalBasis.flatMap((item) => (item.key === null ? [] : [item.key])),
    }));
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
