/**
 * A register's TTHC records as a run asks for them: the whole catalogue, or a few records read one
 * at a time — through the cache's index (each record's file, code and legal-basis keys) or, without
 * it, through the file named after a code — giving what the catalogue would give.
 */
import { byPreferredRecord, codeOfFileName, filesBasedOn, TthcCatalogue, type TthcIndexEntry, type TthcRecord } from './tthc.js';

/** The cache's index of the records, with a reader of one record. */
export interface TthcIndex {
  entries: readonly TthcIndexEntry[];
  read(file: string): TthcRecord;
}

/** The record files, with a reader of one record that returns the object the whole reading holds. */
export interface TthcFiles {
  files: readonly string[];
  read(file: string): TthcRecord;
}

export class TthcRecords {
  private catalogueMade: TthcCatalogue | undefined;
  private indexed: { files: Map<string, string>; records: Map<string, TthcRecord> } | undefined;
  /** Record files by the code they are named after (the first file of each name), and the records read through it. */
  private named: { files: Map<string, string>; resolved: Set<TthcRecord> } | undefined;

  /**
   * @param all every record (read when first asked for)
   * @param resolve resolves a record's legal basis and triggers against the register (once a record)
   */
  constructor(
    private readonly all: () => readonly TthcRecord[],
    private readonly resolve: (record: TthcRecord) => TthcRecord,
    private readonly index?: TthcIndex,
    private readonly files?: TthcFiles,
  ) {}

  /** Every record, their legal basis resolved. */
  get catalogue(): TthcCatalogue {
    if (!this.catalogueMade) {
      const records = this.all();
      for (const record of records) this.resolve(record);
      this.catalogueMade = new TthcCatalogue(records);
    }
    return this.catalogueMade;
  }

  /** Whether every record has been read (the catalogue made). */
  get loaded(): boolean {
    return this.catalogueMade !== undefined;
  }

  /** One at a time through the index, or by file name; neither once the catalogue is made. */
  private get way(): 'index' | 'name' | 'catalogue' {
    if (this.catalogueMade) return 'catalogue';
    return this.index ? 'index' : this.files ? 'name' : 'catalogue';
  }

  /** The records whose legal basis holds one of `keys`: through the index, only those are read. */
  basedOn(keys: ReadonlySet<string>): TthcRecord[] {
    if (this.way !== 'index') return this.catalogue.basedOn(keys);
    return filesBasedOn(this.index!.entries, keys).map((file) => this.resolve(this.index!.read(file)));
  }

  /**
   * The record of a code. Through the index, only that record is read; by name, the record named
   * after the code, and every record only when that one is missing or holds another code.
   */
  record(code: string): TthcRecord | undefined {
    const way = this.way;
    if (way === 'name') return this.namedRecord(code) ?? this.catalogue.get(code);
    if (way === 'catalogue') return this.catalogue.get(code);
    const indexed = this.indexedRecords();
    const file = indexed.files.get(code.normalize('NFC'));
    if (file === undefined) return undefined;
    let record = indexed.records.get(file);
    if (!record) {
      // Read once: a record is the same object for every document that handles it.
      record = this.resolve(this.index!.read(file));
      indexed.records.set(file, record);
    }
    return record;
  }

  /** The codes (NFC, each once, in file order), as the catalogue holds them; from the index when there is one. */
  codes(): string[] {
    return this.way === 'index' ? [...this.indexedRecords().files.keys()] : [...this.catalogue.byCode.keys()];
  }

  /** How many records there are (with or without a code). */
  count(): number {
    const way = this.way;
    if (way === 'index') return this.index!.entries.length;
    return way === 'name' ? this.files!.files.length : this.catalogue.records.length;
  }

  /** What the cache keeps to answer `basedOn` next time: each record's file, code and legal-basis keys. */
  indexEntries(): TthcIndexEntry[] {
    return this.catalogue.records.map((record) => ({
      file: record.file,
      code: record.code?.value.normalize('NFC') ?? null,
      keys: record.legalBasis.flatMap((item) => (item.key === null ? [] : [item.key])),
    }));
  }

  private indexedRecords(): { files: Map<string, string>; records: Map<string, TthcRecord> } {
    if (!this.indexed) {
      // The record of each code the catalogue would keep.
      const files = new Map<string, string>();
      for (const [code, entry] of byPreferredRecord(this.index!.entries, (e) => e.code)) files.set(code, entry.file);
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
      for (const file of this.files!.files) {
        const name = codeOfFileName(file);
        if (!files.has(name)) files.set(name, file);
      }
      this.named = { files, resolved: new Set() };
    }
    const wanted = code.normalize('NFC');
    const file = this.named.files.get(wanted);
    if (file === undefined) return undefined;
    const record = this.files!.read(file);
    if (record.code?.value.normalize('NFC') !== wanted) return undefined;
    if (!this.named.resolved.has(record)) {
      this.named.resolved.add(record);
      this.resolve(record);
    }
    return record;
  }
}
