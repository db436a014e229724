/** The province report: the JSON outputs of `qms list`, `qms check` and `qms impact` from many agency repositories merged into one (pure: data in, report out). */

/** One JSON output of one agency: the folder it came in (one folder per agency), its file name, its parsed content. */
export interface AgencyOutput {
  folder: string;
  file: string;
  data: unknown;
}

/** A legal document as `qms impact --format json` names it. */
export interface LegalDocumentRef {
  id: string;
  title?: string;
  status?: string;
}

/** An affected document of one agency, for one legal document. */
export interface AffectedDocument {
  code: string;
  title: string;
  file: string;
  relation: string;
  by: string | null;
  due: string | null;
  acknowledged: boolean;
  /** Not acknowledged and due before the day of the agency's run. */
  overdue: boolean;
}

/** What the province report says of one agency. */
export interface AgencyReport {
  /** The folder its outputs came in (the CI artifact: one per repository). */
  key: string;
  /** The organization from `qms list`, else the folder's name. */
  name: string;
  /** Number of controlled documents (`qms list`), null without that output. */
  documents: number | null;
  /** Findings of `qms check`, null without that output. */
  errors: number | null;
  warnings: number | null;
  /** Distinct documents with at least one error. */
  documentsWithErrors: number | null;
  /** The legal document its impact output is about, null without one. */
  legal: LegalDocumentRef | null;
  /** The day the agency's impact was computed for. */
  today: string | null;
  affected: AffectedDocument[] | null;
  overdue: AffectedDocument[] | null;
  /** Outputs that were expected and not found: `list`, `check`, `impact`. */
  missing: string[];
}

/** The province report: every agency, and the totals. */
export interface ProvinceReport {
  /** The legal documents the impact outputs are about (normally one). */
  legal: LegalDocumentRef[];
  agencies: AgencyReport[];
  totals: { agencies: number; documents: number; errors: number; warnings: number; affected: number; overdue: number; agenciesWithErrors: number; agenciesOverdue: number };
}

/** An output the merge cannot read: which file, and why. */
export class UnknownOutputError extends Error {
  constructor(
    readonly file: string,
    readonly why: string,
  ) {
    super(`${file}: ${why}`);
  }
}

type Kind = 'list' | 'check' | 'impact';

/** Which command wrote `data`: check writes an array of findings, list an object with `list`, impact one with `affected`. */
function kindOf(output: AgencyOutput): Kind {
  const { data } = output;
  if (Array.isArray(data)) {
    if (data.every((item) => isObject(item) && typeof item.ruleId === 'string' && typeof item.severity === 'string')) return 'check';
    throw new UnknownOutputError(`${output.folder}/${output.file}`, 'an array that is not qms check findings');
  }
  if (isObject(data) && data.list === 'internal' && Array.isArray(data.documents)) return 'list';
  if (isObject(data) && Array.isArray(data.affected) && typeof data.today === 'string') return 'impact';
  throw new UnknownOutputError(`${output.folder}/${output.file}`, 'not the JSON of qms check, qms list or qms impact');
}

/**
 * Merges agency outputs into the province report. Outputs are grouped by folder (one agency each);
 * each folder may hold one output of each command. An affected document is overdue when it has not
 * acknowledged the change and its due date is before the day the agency's impact was computed for.
 */
export function mergeProvince(outputs: readonly AgencyOutput[]): ProvinceReport {
  const byFolder = new Map<string, Map<Kind, AgencyOutput>>();
  for (const output of outputs) {
    const kind = kindOf(output);
    const folder = byFolder.get(output.folder) ?? new Map<Kind, AgencyOutput>();
    if (folder.has(kind)) throw new UnknownOutputError(`${output.folder}/${output.file}`, `a second qms ${kind} output in the same folder (${folder.get(kind)!.file}): one folder per agency`);
    folder.set(kind, output);
    byFolder.set(output.folder, folder);
  }
  const agencies = [...byFolder.entries()].map(([key, found]) => agencyReport(key, found)).sort((a, b) => a.name.localeCompare(b.name, 'vi') || a.key.localeCompare(b.key));
  const legal = new Map<string, LegalDocumentRef>();
  for (const agency of agencies) if (agency.legal) legal.set(agency.legal.id, agency.legal);
  const sum = (pick: (agency: AgencyReport) => number | null): number => agencies.reduce((total, agency) => total + (pick(agency) ?? 0), 0);
  return {
    legal: [...legal.values()],
    agencies,
    totals: {
      agencies: agencies.length,
      documents: sum((a) => a.documents),
      errors: sum((a) => a.errors),
      warnings: sum((a) => a.warnings),
      affected: sum((a) => a.affected?.length ?? null),
      overdue: sum((a) => a.overdue?.length ?? null),
      agenciesWithErrors: agencies.filter((a) => (a.errors ?? 0) > 0).length,
      agenciesOverdue: agencies.filter((a) => (a.overdue?.length ?? 0) > 0).length,
    },
  };
}

function agencyReport(key: string, found: Map<Kind, AgencyOutput>): AgencyReport {
  const list = found.get('list')?.data as { organization?: unknown; documents: unknown[] } | undefined;
  const findings = found.get('check')?.data as Array<{ file?: unknown; severity: string }> | undefined;
  const impact = found.get('impact')?.data as { today: string; legalDocument?: Record<string, unknown>; query?: unknown; affected: unknown[] } | undefined;
  const errors = findings?.filter((finding) => finding.severity === 'error');
  const affected = impact?.affected.filter(isObject).map((entry) => affectedDocument(entry, impact.today)) ?? null;
  return {
    key,
    name: typeof list?.organization === 'string' && list.organization.trim() !== '' ? list.organization.trim() : key,
    documents: list ? list.documents.length : null,
    errors: errors ? errors.length : null,
    warnings: findings ? findings.filter((finding) => finding.severity === 'warning').length : null,
    documentsWithErrors: errors ? new Set(errors.map((finding) => String(finding.file ?? ''))).size : null,
    legal: impact ? legalRef(impact.legalDocument, impact.query) : null,
    today: impact?.today ?? null,
    affected,
    overdue: affected ? affected.filter((document) => document.overdue) : null,
    missing: (['list', 'check', 'impact'] as const).filter((kind) => !found.has(kind)),
  };
}

function affectedDocument(entry: Record<string, unknown>, today: string): AffectedDocument {
  const due = typeof entry.due === 'string' ? entry.due : null;
  const acknowledged = entry.acknowledged === true;
  return {
    code: String(entry.code ?? ''),
    title: String(entry.title ?? ''),
    file: String(entry.file ?? ''),
    relation: String(entry.relation ?? ''),
    by: typeof entry.by === 'string' ? entry.by : null,
    due,
    acknowledged,
    // ISO dates compare as text.
    overdue: !acknowledged && due !== null && due < today,
  };
}

function legalRef(document: Record<string, unknown> | undefined, query: unknown): LegalDocumentRef {
  const id = typeof document?.id === 'string' ? document.id : String(query ?? '');
  const ref: LegalDocumentRef = { id };
  if (typeof document?.title === 'string') ref.title = document.title;
  if (typeof document?.status === 'string') ref.status = document.status;
  return ref;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
