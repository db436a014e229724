/** The generated regions qms renders (docs/generated-sections.md). */
export const REGION_NAMES = ['identification', 'approval', 'history', 'legal-basis', 'tthc-dossier', 'tthc-time-limit', 'tthc-fees', 'tthc-conditions', 'tthc-result'] as const;
export type RegionName = (typeof REGION_NAMES)[number];

/** How serious a finding is. */
export type Severity = 'error' | 'warning' | 'info';
/** A rule's configured severity; `off` disables it. */
export type SeveritySetting = Severity | 'off';

export interface FileSet {
  include: string[];
  exclude: string[];
}

/** The register's files, and whether numbers of administrative papers count as citations. */
export interface LegalFiles extends FileSet {
  /** `ignore` (the default): Tờ trình, Kế hoạch, công văn numbers are not citations; `report`: they are. */
  papers: 'ignore' | 'report';
  /**
   * Folders (relative to the root, with `/`) holding registers kept by someone else, such as the
   * province's register in a git submodule: read together with the agency's own, written only on request.
   */
  shared: string[];
}

export interface DocumentTypeConfig {
  label: string;
  /** Regular expression source a code of this type matches. */
  pattern: string;
  /** A valid code of this type, shown (instead of the pattern) when a code does not match. */
  example?: string;
  sections: string[];
  reviewers: string[];
  approvers: string[];
  /** Generated regions every document of the type must hold. */
  regions: RegionName[];
}

/**
 * What the Quyết định ban hành of `qms export --decision` needs beyond the documents (Nghị định
 * 30/2020/NĐ-CP Phụ lục I); '' where the repository has not said (the command then asks for it).
 */
export interface IssueConfig {
  /** The parent body (cơ quan chủ quản): "UBND tỉnh Phú Thọ". */
  parent: string;
  /** The place name of the date line: "Phú Thọ". */
  place: string;
  /** The agency's abbreviation in the number: SKHCN → "Số: 15/QĐ-SKHCN". */
  symbol: string;
  /** The title of the head of the agency, who signs (directly or KT.): "Giám đốc". */
  head: string;
  /** "Theo đề nghị của …" (without the words): "Chánh Văn phòng Sở"; '' leaves the line out. */
  proposer: string;
  /** Who carries it out (Điều 3); '' names the owner of the document. */
  executors: string;
  /** Nơi nhận besides "Như Điều 3" and the archive. */
  recipients: string[];
  /** The archive line: "VT" → "- Lưu: VT." */
  archive: string;
  /** "Căn cứ" lines put before those of the legal basis (the agency's founding decision …), without "Căn cứ" and the ending. */
  basis: string[];
}

/** Where TTHC records live and how step times convert (docs/tthc.md). */
export interface TthcSettings {
  /** Folder of the records, relative to the root, with `/` (default `tthc`). */
  folder: string;
  /** Working hours in a working day (default 8). */
  hours_per_day: number;
}

/** The repository settings, with every default filled in. */
export interface QmsConfig {
  organization: string;
  language: 'vi' | 'en';
  documents: FileSet;
  legal: LegalFiles;
  filename: { template: string; replace: string };
  review: { interval_months: number };
  approval: { allow_self_approval: boolean };
  issue: IssueConfig;
  /** TTHC records (docs/tthc.md): their folder, and the working hours of a day for step times. */
  tthc: TthcSettings;
  types: Record<string, DocumentTypeConfig>;
  rules: Record<string, SeveritySetting>;
}

/** A loaded configuration and where it came from. */
export interface LoadedConfig {
  config: QmsConfig;
  /** Absolute path of qms.config.yaml, or null when the defaults are used. */
  path: string | null;
  /** The file's text (empty for defaults): part of cache keys. */
  source: string;
}
