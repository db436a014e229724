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
  sections: string[];
  reviewers: string[];
  approvers: string[];
  /** Generated regions every document of the type must hold. */
  regions: RegionName[];
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
