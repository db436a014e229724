/**
 * Front matter edits the lifecycle commands need beyond `editFrontMatter`: recording a mapping
 * (an approval step, the obsolete record) and adding a top-level field at a sensible place. Every
 * change is made by splicing text, like editFrontMatter, and read back: the result must parse to
 * exactly the data intended, or nothing is returned.
 */
import { randomBytes } from 'node:crypto';
import { isMap, isScalar, parseDocument } from 'yaml';
import { splitFrontMatter } from '../document/split.js';
import { editFrontMatter, isFrontMatterEditError, type FrontMatterEdit } from '../yaml-edit/frontmatter-edit.js';
import { sameData } from '../yaml-edit/intended.js';
import { column, detectStyle, lineStart, parserView, withEol, type TextStyle } from '../yaml-edit/text.js';
import { formatFlowMap, formatKey, formatScalar } from '../yaml-edit/yaml-format.js';
import { refuse } from '../util/errors.js';
import { type Language } from '../i18n/language.js';
import { both } from '../i18n/messages/index.js';

const PARSE_OPTIONS = { schema: 'core', uniqueKeys: true, strict: true, prettyErrors: false } as const;

/** A mapping the commands write: scalars only, in the order given. */
export type FlatRecord = Record<string, string | number>;

interface Located {
  yamlStart: number;
  yamlEnd: number;
  yaml: string;
  style: TextStyle;
}

function locate(text: string, language: Language): Located {
  const split = splitFrontMatter(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  if (split.kind !== 'ok') refuse(language, 'front-matter', both('frontmatter.document-has-no-readable', {}));
  const yaml = text.slice(split.yamlStart, split.yamlEnd);
  return { yamlStart: split.yamlStart, yamlEnd: split.yamlEnd, yaml, style: detectStyle(text, yaml) };
}

/** The front matter as plain data (YAML 1.2 core schema, as the editor reads it). */
export function frontMatterData(text: string, language: Language): Record<string, unknown> {
  const { yaml } = locate(text, language);
  const doc = parseDocument(parserView(yaml), PARSE_OPTIONS);
  if (doc.errors.length > 0) refuse(language, 'front-matter', both('frontmatter.front-matter-valid-yaml', { messageFirstLine: firstLine(doc.errors[0]?.message) }));
  const data = doc.toJS({ maxAliasCount: 100 }) as unknown;
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) refuse(language, 'front-matter', both('frontmatter.front-matter-must-mapping', {}));
  return data as Record<string, unknown>;
}

/**
 * editFrontMatter, with its refusal given in the run's language and reason `front-matter`. The
 * editor's messages say what could not be edited ("cannot append to reviews: …"), and the command
 * names the document: a wrapper would only repeat "cannot edit".
 */
export function editFields(text: string, edits: readonly FrontMatterEdit[], language: Language): string {
  try {
    return editFrontMatter(text, edits);
  } catch (error) {
    if (isFrontMatterEditError(error)) refuse(language, 'front-matter', error.text, error.details);
    throw error;
  }
}

/** The existing key of a mapping that equals `key` in NFC (an NFD file keeps NFD keys). */
export function keyIn(data: Record<string, unknown>, key: string): string | undefined {
  return Object.keys(data).find((k) => k.normalize('NFC') === key.normalize('NFC'));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A record's strings in the file's normalisation, so an NFD file stays NFD. */
function inStyle(record: FlatRecord, style: TextStyle): FlatRecord {
  const form = style.nfd ? 'NFD' : 'NFC';
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k.normalize(form), typeof v === 'string' ? v.normalize(form) : v]));
}

/**
 * Records `record` at `path` (one or two keys from the root: `['obsolete']`, `['approval', 'prepared']`).
 * An existing mapping is edited field by field (its style, comments and quoting stay; fields not in
 * `record` are removed); an absent one is written as a flow mapping `{ a: …, b: … }`. When the parent
 * of a two-key path is absent, it is added as a block mapping before the first of `before` present
 * at the top level (else at the end).
 */
export function putRecord(text: string, path: readonly [string] | readonly [string, string], record: FlatRecord, language: Language, before: readonly string[] = []): string {
  const data = frontMatterData(text, language);
  const { style } = locate(text, language);
  const written = inStyle(record, style);
  const expect = (result: string): string => {
    const intended = structuredClone(data);
    let parent: Record<string, unknown> = intended;
    if (path.length === 2) {
      const key = keyIn(parent, path[0]) ?? path[0].normalize(style.nfd ? 'NFD' : 'NFC');
      if (!isRecord(parent[key])) parent[key] = {};
      parent = parent[key] as Record<string, unknown>;
    }
    const last = path[path.length - 1]!;
    parent[keyIn(parent, last) ?? last.normalize(style.nfd ? 'NFD' : 'NFC')] = { ...written };
    return verified(text, result, intended, path.join('.'), language);
  };

  const parentData = path.length === 1 ? data : data[keyIn(data, path[0]) ?? path[0]];
  if (path.length === 2 && !isRecord(parentData)) {
    const parentKey = path[0];
    if (parentData !== undefined && parentData !== null) {
      refuse(language, 'front-matter', both('frontmatter.must-mapping-fix-front', { parentKey }));
    }
    const cleared = parentData === null ? editFields(text, [{ op: 'delete', path: [parentKey] }], language) : text;
    const block = [`${formatKey(parentKey, 'block')}:`, `  ${formatKey(path[1], 'block')}: ${formatFlowMap(written, true)}`];
    return expect(insertRootEntry(cleared, parentKey, block, before, language));
  }
  const parent = parentData as Record<string, unknown>;
  const last = path[path.length - 1]!;
  const existingKey = keyIn(parent, last);
  const current = existingKey === undefined ? undefined : parent[existingKey];
  if (isRecord(current)) {
    const edits: FrontMatterEdit[] = Object.entries(record).map(([field, value]) => ({ op: 'set', path: [...path, field], value }));
    for (const field of Object.keys(current)) {
      if (!Object.keys(record).some((k) => k.normalize('NFC') === field.normalize('NFC'))) edits.push({ op: 'delete', path: [...path, field] });
    }
    return expect(editFields(text, edits, language));
  }
  const cleared = current === undefined ? text : editFields(text, [{ op: 'delete', path: [...path] }], language);
  return expect(replaceToken(cleared, [...path], formatFlowMap(written, true), language));
}

/** Sets a top-level scalar; an absent one is added before the first of `before` present (else at the end). */
export function putRootScalar(text: string, key: string, value: string | number, language: Language, before: readonly string[] = []): string {
  const data = frontMatterData(text, language);
  if (keyIn(data, key) !== undefined) return editFields(text, [{ op: 'set', path: [key], value }], language);
  const { style } = locate(text, language);
  const written = typeof value === 'string' ? value.normalize(style.nfd ? 'NFD' : 'NFC') : value;
  const result = insertRootEntry(text, key, [`${formatKey(key, 'block')}: ${formatScalar(written, 'block')}`], before, language);
  return verified(text, result, { ...data, [key]: written }, key, language);
}

/**
 * Adds `lines` (a top-level entry, written with `\n`) before the first top-level key among `before`
 * (with the comment lines right above it), in the file's line ending and normalisation. Where the
 * front matter is not a block mapping or has none of those keys, the entry goes at the end.
 */
function insertRootEntry(text: string, key: string, lines: readonly string[], before: readonly string[], language: Language): string {
  const { yaml, yamlStart, style } = locate(text, language);
  const doc = parseDocument(parserView(yaml), PARSE_OPTIONS);
  const root = doc.contents;
  const entry = withEol(`${lines.join('\n')}\n`, style);
  const normalized = style.nfd ? entry.normalize('NFD') : entry.normalize('NFC');
  if (doc.errors.length === 0 && isMap(root) && !root.flow) {
    const wanted = new Set(before.map((k) => k.normalize('NFC')));
    const anchor = root.items.find((pair) => isScalar(pair.key) && wanted.has(String(pair.key.value).normalize('NFC')));
    const offset = anchor && isScalar(anchor.key) ? anchor.key.range?.[0] : undefined;
    if (offset !== undefined && column(yaml, offset) === 0) {
      let at = lineStart(yaml, offset);
      // Comment lines right above the key belong to it.
      while (at > 0) {
        const previous = lineStart(yaml, at - 1 - (yaml[at - 2] === '\r' && yaml[at - 1] === '\n' ? 1 : 0));
        if (!yaml.slice(previous, at).startsWith('#')) break;
        at = previous;
      }
      const absolute = yamlStart + at;
      return text.slice(0, absolute) + normalized + text.slice(absolute);
    }
  }
  // At the end of the mapping, where editFrontMatter adds keys: a placeholder, then the entry in its place.
  const token = placeholder();
  const withToken = editFields(text, [{ op: 'set', path: [key], value: token }], language);
  const inline = `${formatKey(key, 'block')}: ${token}`;
  const at = withToken.indexOf(inline.normalize(style.nfd ? 'NFD' : 'NFC'));
  if (at < 0 || withToken.indexOf(token, at + inline.length) >= 0) cannotEdit(key, language);
  const eolAtEnd = normalized.endsWith(style.eol) ? normalized.slice(0, -style.eol.length) : normalized;
  return withToken.slice(0, at) + eolAtEnd + withToken.slice(at + inline.length);
}

/** Sets `path` to a placeholder with editFrontMatter (which places and indents it), then puts `value` in its place. */
function replaceToken(text: string, path: Array<string | number>, value: string, language: Language): string {
  const token = placeholder();
  const withToken = editFields(text, [{ op: 'set', path, value: token }], language);
  const at = withToken.indexOf(token);
  if (at < 0 || withToken.indexOf(token, at + token.length) >= 0) cannotEdit(path.join('.'), language);
  return withToken.slice(0, at) + value + withToken.slice(at + token.length);
}

/** The result, when its front matter reads as `intended` and nothing outside the front matter changed. */
function verified(before: string, result: string, intended: Record<string, unknown>, what: string, language: Language): string {
  const old = locate(before, language);
  const now = locate(result, language);
  const sameOutside = before.slice(0, old.yamlStart) === result.slice(0, now.yamlStart) && before.slice(old.yamlEnd) === result.slice(now.yamlEnd);
  let actual: Record<string, unknown> | undefined;
  try {
    actual = frontMatterData(result, language);
  } catch {
    actual = undefined;
  }
  if (!sameOutside || actual === undefined || !sameData(actual, intended)) cannotEdit(what, language);
  return result;
}

function cannotEdit(what: string, language: Language): never {
  return refuse(
    language,
    'front-matter',
    both('frontmatter.cannot-edit-safely-edited', { what }),
  );
}

function placeholder(): string {
  return `qmsplaceholder${randomBytes(8).toString('hex')}`;
}

function firstLine(message: string | undefined): string {
  return (message ?? '').split('\n')[0] ?? '';
}
