/**
 * The text of a new legal register entry and the file it goes in (docs/registers.md).
 */
import { formatFlowSeq, formatScalar } from '../yaml-edit/yaml-format.js';
import { foldPlain } from '../legal/fold.js';
import { slug } from '../impact/plan.js';

/** The fields of a register entry a command may write. */
export interface EntryFields {
  kind?: string;
  title?: string;
  issuer?: string;
  signed?: string;
  effective?: string;
  expired?: string;
}

export const ENTRY_FIELD_NAMES = ['kind', 'title', 'issuer', 'signed', 'effective', 'expired'] as const;
/** The fields a new entry must have (register/schema). */
export const REQUIRED_FIELDS = ['kind', 'title', 'issuer', 'signed', 'effective'] as const;

/** Kinds whose ids are names (TCVN ISO 9001:2015): the id alone makes the file name. */
const NAMED_KINDS = /^(tiêu chuẩn|tcvn|iso|standard)/i;

/**
 * The file name of an entry, as the demo register names them: an abbreviation of the kind and the
 * id — `nd-61-2018-nd-cp.md` (Nghị định), `luat-45-2013-qh13.md`, `tt-01-2018-tt-vpcp.md`,
 * `tcvn-iso-9001-2015.md`. One-word kinds are written out, longer ones abbreviated by initials.
 */
export function entryFileName(id: string, kind: string | undefined): string {
  const idPart = slug(id) || 'van-ban';
  if (!kind || NAMED_KINDS.test(kind.normalize('NFC'))) return `${idPart}.md`;
  const words = foldPlain(kind).split(/[^a-z0-9]+/).filter(Boolean);
  const prefix = words.length === 1 ? words[0]! : words.map((w) => w[0]).join('');
  return prefix && !idPart.startsWith(`${prefix}-`) ? `${prefix}-${idPart}.md` : `${idPart}.md`;
}

/**
 * The front matter of a new entry, fields in the order of docs/file-formats.md, followed by an empty
 * body. Relations are added afterwards with the front matter editor, so a new entry and an edited
 * one write them alike.
 */
export function newEntryText(id: string, fields: EntryFields, aliases: readonly string[]): string {
  const lines = ['---', `id: ${formatScalar(id.normalize('NFC'), 'block')}`];
  for (const name of ENTRY_FIELD_NAMES) {
    const value = fields[name];
    if (value !== undefined) lines.push(`${name}: ${formatScalar(value.normalize('NFC'), 'block')}`);
  }
  lines.push(`aliases: ${formatFlowSeq(aliases.map((a) => a.normalize('NFC')))}`);
  lines.push('---', '');
  return `${lines.join('\n')}\n`;
}
