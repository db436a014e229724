/** Words the messages share, in Vietnamese and English: approval steps, legal relations, document statuses, what a value is. */
import type { Language } from '../language.js';
import { documentStatusLabel } from '../labels.js';

const STEPS: Record<string, { vi: string; en: string }> = {
  prepared: { vi: 'soạn thảo', en: 'prepared' },
  reviewed: { vi: 'xem xét', en: 'reviewed' },
  approved: { vi: 'phê duyệt', en: 'approved' },
  effective: { vi: 'hiệu lực', en: 'effective' },
};

/** An approval step (prepared, reviewed, approved) or the effective date, as the standard names it. */
export function stepWord(language: Language, step: string): string {
  return STEPS[step]?.[language] ?? step;
}

const RELATIONS: Record<string, { vi: string; en: string }> = {
  amended: { vi: 'được sửa đổi, bổ sung', en: 'amended' },
  replaced: { vi: 'bị thay thế', en: 'replaced' },
  repealed: { vi: 'bị bãi bỏ', en: 'repealed' },
  amends: { vi: 'sửa đổi, bổ sung', en: 'amends' },
  replaces: { vi: 'thay thế', en: 'replaces' },
  repeals: { vi: 'bãi bỏ', en: 'repeals' },
  guides: { vi: 'hướng dẫn', en: 'guides' },
};

/** A legal relation (amended, replaced, repealed; or a register field: amends, replaces, repeals, guides). */
export function relationWord(language: Language, relation: string): string {
  return RELATIONS[relation]?.[language] ?? relation;
}

/** A document status (draft, approved, effective, obsolete) in words; English keeps the field value. */
export function statusWord(language: Language, status: string): string {
  return language === 'vi' ? documentStatusLabel('vi', status).toLowerCase() : status;
}

/** What a value read from YAML was: nothing, a list, a mapping, or the value itself (`text`). */
export type ValueKind = 'nothing' | 'list' | 'mapping' | 'value';

/** What a node of YAML is, as a message names it (the front matter editor's refusals). */
export type NodeKind = 'mapping' | 'list' | 'alias' | 'scalar' | 'null' | 'empty';

/** The one vocabulary of YAML's kinds of value, in both languages (a mapping is "một nhóm trường" everywhere). */
const KINDS: Record<Exclude<ValueKind, 'value'> | NodeKind, { vi: string; en: string }> = {
  nothing: { vi: 'giá trị rỗng', en: 'nothing' },
  list: { vi: 'một danh sách', en: 'a list' },
  mapping: { vi: 'một nhóm trường', en: 'a mapping' },
  alias: { vi: 'một alias', en: 'an alias' },
  scalar: { vi: 'một giá trị đơn', en: 'a scalar' },
  null: { vi: 'rỗng (null)', en: 'empty (null)' },
  empty: { vi: 'rỗng', en: 'empty' },
};

/** A value as a message names it. */
export function valueWord(language: Language, kind: string, text: string): string {
  return kind === 'value' ? text : (KINDS[kind as Exclude<ValueKind, 'value'>]?.[language] ?? text);
}

/** A node of YAML as a message names it: "a list", "một danh sách"… */
export function nodeWord(language: Language, kind: NodeKind): string {
  return KINDS[kind][language];
}

/** The front matter itself, as Vietnamese messages name it. */
export const FRONT_MATTER_VI = 'phần front matter';

/** A front matter field path, '' being the front matter itself. */
export function fieldWord(language: Language, field: string): string {
  return field === '' ? (language === 'vi' ? FRONT_MATTER_VI : 'front matter') : field;
}
