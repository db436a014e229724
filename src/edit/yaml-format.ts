import { parseDocument } from 'yaml';

/** A scalar value an edit may write. */
export type ScalarValue = string | number | boolean;
/** A sequence item an edit may write: a string, or a mapping of scalars and string lists. */
export type ItemValue = string | Readonly<Record<string, string | number | readonly string[]>>;
/** Where text goes: block context, or inside a flow collection (where `,[]{}` are indicators). */
export type Context = 'block' | 'flow';

/**
 * Writes a scalar. Strings are plain when YAML (1.2 core schema, as qms reads it) reads the plain
 * text back as the same string in this context, else double-quoted with JSON escapes (JSON strings
 * are valid YAML double-quoted scalars). `prefer` keeps the quoting of the scalar being replaced.
 */
export function formatScalar(value: ScalarValue, context: Context, prefer?: string): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`cannot write the number ${value}`);
    return String(value);
  }
  if (prefer === 'QUOTE_DOUBLE') return JSON.stringify(value);
  if (prefer === 'QUOTE_SINGLE' && !hasControl(value)) return `'${value.replace(/'/g, "''")}'`;
  return isPlainSafe(value, context, false) ? value : JSON.stringify(value);
}

/** Writes a mapping key, plain when it reads back as the same string key. */
export function formatKey(key: string, context: Context): string {
  return isPlainSafe(key, context, true) ? key : JSON.stringify(key);
}

/** `[a, b]`: a list of strings, always flow, since it is a value inside an item. */
export function formatFlowSeq(items: readonly (string | number)[]): string {
  return `[${items.map((item) => formatScalar(item, 'flow')).join(', ')}]`;
}

/** `{ id: 61/2018/NĐ-CP, articles: [Điều 9] }`, padded inside the braces or not, like its siblings. */
export function formatFlowMap(record: Exclude<ItemValue, string>, padded: boolean): string {
  const entries = Object.entries(record).map(([key, value]) => `${formatKey(key, 'flow')}: ${formatValue(value, 'flow')}`);
  if (entries.length === 0) return '{}';
  return padded ? `{ ${entries.join(', ')} }` : `{${entries.join(', ')}}`;
}

/**
 * A block mapping whose first line is written where the caller is (after `- `) and whose other
 * lines are indented by `indent` spaces. Lines are joined with `\n`; the caller converts endings.
 */
export function formatBlockMap(record: Exclude<ItemValue, string>, indent: number): string {
  const lines = Object.entries(record).map(([key, value]) => `${formatKey(key, 'block')}: ${formatValue(value, 'block')}`);
  // An empty mapping has no block form.
  if (lines.length === 0) return '{}';
  return lines.join(`\n${' '.repeat(indent)}`);
}

/** A sequence item in flow context. */
export function formatFlowItem(item: ItemValue, padded: boolean): string {
  return typeof item === 'string' ? formatScalar(item, 'flow') : formatFlowMap(item, padded);
}

function formatValue(value: string | number | readonly string[], context: Context): string {
  return typeof value === 'string' || typeof value === 'number' ? formatScalar(value, context) : formatFlowSeq(value);
}

/**
 * Whether `text` can be written plain. Rather than re-implement YAML's plain-scalar rules (indicators,
 * `: ` and ` #`, numbers, booleans, nulls, …), the text is parsed in the contexts it will be written
 * in and must read back as the same string.
 */
function isPlainSafe(text: string, context: Context, asKey: boolean): boolean {
  if (text === '' || text !== text.trim() || hasControl(text) || /[\u2028\u2029\ufeff]/.test(text)) return false;
  const probes: Array<[string, unknown]> = asKey
    ? context === 'block'
      ? [[`${text}: v`, { [text]: 'v' }]]
      : [[`{${text}: v}`, { [text]: 'v' }], [`{ ${text}: v }`, { [text]: 'v' }]]
    : context === 'block'
      ? [[`k: ${text}`, { k: text }], [`- ${text}`, [text]]]
      : [[`[${text}]`, [text]], [`{ k: ${text} }`, { k: text }], [`[a, ${text}, b]`, ['a', text, 'b']]];
  return probes.every(([source, expected]) => readsBack(source, expected));
}

function readsBack(source: string, expected: unknown): boolean {
  const doc = parseDocument(source, { schema: 'core', uniqueKeys: true });
  if (doc.errors.length > 0 || doc.warnings.length > 0) return false;
  return JSON.stringify(doc.toJS()) === JSON.stringify(expected);
}

/** C0 and C1 control characters (tab and line breaks included), which plain and single-quoted scalars cannot hold. */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}
