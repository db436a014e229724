/** Writing YAML text for edits: scalars (plain when they read back the same, else double-quoted), keys, flow lists and maps, block maps. */
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
  if (prefer === 'QUOTE_DOUBLE') return doubleQuote(value);
  if (prefer === 'QUOTE_SINGLE' && !needsEscapes(value)) return `'${value.replace(/'/g, "''")}'`;
  return isPlainSafe(value, context, false) ? value : doubleQuote(value);
}

/** Writes a mapping key, plain when it reads back as the same string key. */
export function formatKey(key: string, context: Context): string {
  return isPlainSafe(key, context, true) ? key : doubleQuote(key);
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
  if (text === '' || text !== text.trim() || needsEscapes(text)) return false;
  // The same keys and values (revision, date, the amending decree) are written into hundreds of
  // files by one qms impact --apply: each probe is parsed once per process.
  const memo = `${context}\0${asKey ? 'k' : 'v'}\0${text}`;
  let safe = plainSafe.get(memo);
  if (safe === undefined) {
    if (plainSafe.size > 10_000) plainSafe.clear();
    safe = probePlain(text, context, asKey);
    plainSafe.set(memo, safe);
  }
  return safe;
}

const plainSafe = new Map<string, boolean>();

function probePlain(text: string, context: Context, asKey: boolean): boolean {
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
  try {
    const doc = parseDocument(source, { schema: 'core', uniqueKeys: true });
    if (doc.errors.length > 0 || doc.warnings.length > 0) return false;
    return JSON.stringify(doc.toJS()) === JSON.stringify(expected);
  } catch {
    // toJS throws on an unresolved alias (`*a`): such text is not a plain string.
    return false;
  }
}

/**
 * A double-quoted scalar. JSON strings are valid YAML double-quoted scalars; invisible characters
 * JSON leaves raw (C1 controls, line and paragraph separators, BOM) are escaped so a reader sees them.
 */
function doubleQuote(text: string): string {
  return JSON.stringify(text).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Whether text holds characters only escapes can write: C0 and C1 controls (tab and line breaks
 * included), separators, a BOM, or a lone surrogate (which UTF-8 cannot encode at all).
 */
function needsEscapes(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || c === 0xfeff) return true;
  }
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
}
