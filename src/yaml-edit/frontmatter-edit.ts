/**
 * Edits the YAML front matter of a controlled document in place, by offsets into the original text.
 * Deliberately not parse-modify-stringify: re-serialising would rewrite comments, quoting, flow
 * style, key order and line endings, and a document's owner must see only the intended change in
 * a diff. Only the source ranges of the edited nodes change; every other byte stays as it was.
 */
import { parseDocument, type Document } from 'yaml';
import { splitFrontMatter } from '../document/split.js';
import { readYamlFast } from '../document/yaml-fast.js';
import { frontMatterEditError, isFrontMatterEditError } from './errors.js';
import { both, bothEmbedding } from '../i18n/messages/index.js';
import { QmsError, type QmsErrorOptions } from '../util/errors.js';
import { applyToData, sameData } from './intended.js';
import { appendItem, deleteEntry, replaceItem, setScalar, type Source } from './operations.js';
import { apart, deletesKeepingMapping } from './batch.js';
import { applySplice, detectStyle, parserView, type Splice, type TextStyle } from './text.js';
import type { YamlPath } from './yaml-nodes.js';

export { isFrontMatterEditError } from './errors.js';
export type { YamlPath } from './yaml-nodes.js';

/** A sequence item an edit writes: a plain string, or a mapping such as `{ id, articles }`. */
export type EditItem = string | Record<string, string | number | readonly string[]>;

/** One change to front matter. Paths are mapping keys and sequence indexes from the root. */
export type FrontMatterEdit =
  /** Sets a scalar; an absent key is added as `key: value` at the end of its (existing) mapping. */
  | { op: 'set'; path: YamlPath; value: string | number | boolean }
  /** Removes a mapping entry or a sequence item; nothing happens if it is absent. */
  | { op: 'delete'; path: YamlPath }
  /** Appends to a sequence; an absent (or empty) sequence is created as a block sequence. */
  | { op: 'append'; path: YamlPath; item: EditItem }
  /** Replaces one sequence item; the path ends with its index. */
  | { op: 'replace-item'; path: YamlPath; item: EditItem };

/** How an edit is made. */
export interface EditOptions {
  /**
   * `full`: the result is read back with the full parser only, never the fast reader: the reference
   * the default must equal (tests).
   */
  readBack?: 'full';
}

const PARSE_OPTIONS = { schema: 'core', uniqueKeys: true, strict: true, prettyErrors: false } as const;

/**
 * editFrontMatter on the text of `file`: a refusal becomes edit.cannot-edit, naming the file, with
 * the editor's reason embedded in each language. `refusal`: the reason, details and language of it.
 */
export function editFileFrontMatter(file: string, text: string, edits: readonly FrontMatterEdit[], refusal: QmsErrorOptions = {}): string {
  try {
    return editFrontMatter(text, edits);
  } catch (error) {
    if (isFrontMatterEditError(error)) throw new QmsError(bothEmbedding('edit.cannot-edit', { file }, 'message', error.text), refusal);
    throw error;
  }
}

/**
 * Applies edits, in order, to the front matter of a whole file text and returns the new text.
 * New text uses the file's line ending (LF, CRLF or CR) and Unicode normalisation; new sequence items copy the style
 * of their siblings. The result is parsed again and must read exactly as the edits intend.
 * @throws QmsError (reason `front-matter-edit`) when the file has no (valid) front matter, a path goes through a
 *   scalar, an alias or a missing mapping, or the result would not read back as intended.
 */
export function editFrontMatter(text: string, edits: readonly FrontMatterEdit[], options: EditOptions = {}): string {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const split = splitFrontMatter(text, start);
  if (split.kind !== 'ok') {
    throw frontMatterEditError(
      split.kind === 'unterminated'
        ? both('front-matter-edit.unclosed', {})
        : split.kind === 'foreign-language'
          ? both('front-matter-edit.foreign-language', { language: split.language })
          : both('front-matter-edit.no-front-matter', {}),
    );
  }
  let yaml = text.slice(split.yamlStart, split.yamlEnd);
  const style = detectStyle(text, yaml);
  // Parsing dominates the cost of an edit, so edits share a parse where that cannot change a byte:
  // an edit's splices are computed on the last parse and held back while they touch another
  // top-level field than the edits held (or delete entries of the mapping those delete from, see
  // deletesKeepingMapping) and lie apart from their splices (see apart); otherwise the held splices
  // are applied and the text parsed again, exactly as editing one at a time would. The first parse
  // also gives the intended data.
  let parsed = { yaml, doc: parseYaml(yaml) };
  const intended = readData(parsed.doc, 'before');
  let held: Splice[] = [];
  // The edits held, by the top-level field they edit.
  const fields = new Map<string | number, FrontMatterEdit[]>();
  const flush = (): void => {
    // Last offset first, so earlier offsets stay valid.
    for (const splice of held.sort((a, b) => b.start - a.start)) yaml = applySplice(yaml, splice);
    held = [];
    fields.clear();
  };
  const splicesOf = (edit: FrontMatterEdit): Splice[] => {
    if (parsed.yaml !== yaml) parsed = { yaml, doc: parseYaml(yaml) };
    const { doc } = parsed;
    // Earlier edits only ever produce valid YAML (checked below), so this reports the input.
    if (doc.errors.length > 0) throw frontMatterEditError(both('front-matter-edit.invalid-yaml', { detail: firstLine(doc.errors[0]?.message) }));
    return spliceFor({ text: yaml, doc, style }, edit);
  };
  for (const raw of edits) {
    const edit = normalizeEdit(raw, style);
    const field = edit.path[0]!;
    const sameField = fields.get(field);
    // Held splices are not applied yet: the last parse is of the text they were computed on.
    if (sameField && !deletesKeepingMapping(parsed.doc, yaml, [...sameField, edit])) flush();
    let splices = splicesOf(edit);
    if (!apart(held, splices)) {
      flush();
      splices = splicesOf(edit);
    }
    held.push(...splices);
    fields.set(field, [...(fields.get(field) ?? []), edit]);
    applyToData(intended, edit);
  }
  flush();
  // The fast reader gives data only where the full parser gives the same without problems: when it
  // reads back what was intended, parsing again could only agree (else the full parse decides).
  if (options.readBack !== 'full' && parsed.yaml !== yaml && sameData(readYamlFast(parserView(yaml))?.data, intended)) return text.slice(0, split.yamlStart) + yaml + text.slice(split.yamlEnd);
  const actual = readData(parsed.yaml === yaml ? parsed.doc : parseYaml(yaml), 'after');
  if (!sameData(actual, intended)) {
    throw frontMatterEditError(both('front-matter-edit.not-read-back', { edits: edits.map((e) => `${e.op} ${e.path.join('.')}`) }));
  }
  return text.slice(0, split.yamlStart) + yaml + text.slice(split.yamlEnd);
}

function spliceFor(src: Source, edit: FrontMatterEdit): Splice[] {
  switch (edit.op) {
    case 'set':
      return setScalar(src, edit.path, edit.value);
    case 'delete':
      return deleteEntry(src, edit.path);
    case 'append':
      return appendItem(src, edit.path, edit.item);
    case 'replace-item':
      return replaceItem(src, edit.path, edit.item);
  }
}

function parseYaml(yaml: string): Document {
  return parseDocument(parserView(yaml), PARSE_OPTIONS);
}

/** The front matter (parsed) as plain data; an empty front matter is an empty mapping, as qms reads it. */
function readData(doc: Document, when: 'before' | 'after'): Record<string, unknown> {
  if (doc.errors.length > 0) throw frontMatterEditError(both('front-matter-edit.invalid-yaml', { detail: firstLine(doc.errors[0]?.message), when }));
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // An alias bomb or an alias to a missing anchor.
    throw frontMatterEditError(both('front-matter-edit.unreadable', { detail: firstLine((error as Error).message) }));
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw frontMatterEditError(both('front-matter-edit.not-fields', {}));
  return data as Record<string, unknown>;
}

/** Brings every string of an edit into the file's normalisation, so an NFD file stays NFD. */
function normalizeEdit(edit: FrontMatterEdit, style: TextStyle): FrontMatterEdit {
  const form = style.nfd ? 'NFD' : 'NFC';
  const str = <T>(value: T): T => (typeof value === 'string' ? (value.normalize(form) as T) : value);
  const path = edit.path.map(str);
  const item = (value: EditItem): EditItem =>
    typeof value === 'string'
      ? str(value)
      : Object.fromEntries(Object.entries(value).map(([k, v]) => [str(k), typeof v === 'object' ? v.map(str) : str(v)]));
  switch (edit.op) {
    case 'set':
      return { op: 'set', path, value: str(edit.value) };
    case 'delete':
      return { op: 'delete', path };
    case 'append':
    case 'replace-item':
      return { op: edit.op, path, item: item(edit.item) };
  }
}

function firstLine(message: string | undefined): string {
  return (message ?? 'unknown error').split('\n')[0] ?? '';
}
