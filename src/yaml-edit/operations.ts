/** The front matter edit operations as text splices: set a scalar, delete an entry, append or replace a list item, in the file's style. */
import { isMap, isScalar, isSeq, type Document, type Scalar, type YAMLSeq } from 'yaml';
import { frontMatterEditError } from './errors.js';
import { both } from '../i18n/messages/index.js';
import { column, firstOnLine, lineEnd, lineStart, nextLine, skipNestedComments, withEol, type Splice, type TextStyle } from './text.js';
import { formatBlockMap, formatFlowItem, formatKey, formatScalar, type ItemValue, type ScalarValue } from './yaml-format.js';
import {
  assertPlainNode,
  contentEnd,
  describeNode,
  describePath,
  entryEnd,
  entryStart,
  findChild,
  resolveContainer,
  sequenceIndent,
  type Collection,
  type Container,
  type YamlPath,
} from './yaml-nodes.js';

/** The YAML text being edited, parsed, and the style new text is written in. */
export interface Source {
  text: string;
  doc: Document;
  style: TextStyle;
}

/** Sets a scalar, or adds `key: value` at the end of its mapping. */
export function setScalar(src: Source, path: YamlPath, value: ScalarValue): Splice[] {
  const { container, last } = parentOf(src, path);
  const child = findChild(container, last, path);
  const context = container.flow ? 'flow' : 'block';
  if (!child) {
    if (container.node && isSeq(container.node)) throw frontMatterEditError(both('front-matter-edit.set-no-item', { path: describePath(path), item: String(last) }));
    return [insertEntry(src, container, String(last), { inline: formatScalar(value, context) })];
  }
  if (!isScalar(child.node)) throw frontMatterEditError(both('front-matter-edit.set-not-scalar', { path: describePath(path), node: describeNode(child.node) }));
  assertPlainNode(child.node, path);
  return [replaceScalar(src, child.node, formatScalar(value, context, child.node.type))];
}

/** Removes a mapping entry or a sequence item with its lines (block) or its comma (flow). */
export function deleteEntry(src: Source, path: YamlPath): Splice[] {
  if (path.length === 0) throw frontMatterEditError(both('front-matter-edit.delete-whole', {}));
  const container = resolveContainer(src.doc, path.slice(0, -1), 'absent', path);
  const child = container && findChild(container, path[path.length - 1] as string | number, path);
  if (!container?.node || !child) return [];
  assertPlainNode(child.node, path);
  return [removeEntry(src, container, container.node, child.index)];
}

/** Appends an item to a sequence, creating the sequence when absent or empty. */
export function appendItem(src: Source, path: YamlPath, item: ItemValue): Splice[] {
  const { container, last } = parentOf(src, path);
  const child = findChild(container, last, path);
  if (!child) {
    if (container.node && isSeq(container.node)) throw frontMatterEditError(both('front-matter-edit.append-no-item', { path: describePath(path), item: String(last) }));
    return [insertEntry(src, container, String(last), { item })];
  }
  const node = child.node;
  const { text } = src;
  if (isScalar(node) && node.value === null) {
    assertPlainNode(node, path);
    if (container.flow) return [replaceScalar(src, node, `[${formatFlowItem(item, true)}]`)];
    // `key:` or `key: ~`: the null goes, the sequence starts on the next line.
    const keyStart = entryStart(text, container.node as Collection, child.index);
    const dashes = column(text, keyStart) + sequenceIndent(text, src.doc);
    const at = nextLine(text, Math.max(keyStart, node.range?.[1] ?? keyStart));
    return [dropScalar(text, node), { start: at, end: at, text: lead(text, at, src) + blockItem(src, dashes, item, null) }];
  }
  if (!isSeq(node)) throw frontMatterEditError(both('front-matter-edit.append-not-list', { path: describePath(path), node: describeNode(node) }));
  assertPlainNode(node, path);
  const range = node.range ?? [0, 0, 0];
  if (node.flow && node.items.length === 0) {
    const map = container.node;
    const keyStart = !container.flow && map && isMap(map) ? entryStart(text, map, child.index) : undefined;
    // `key: []` in a block mapping becomes a block sequence, like every other new list.
    if (keyStart !== undefined && lineStart(text, keyStart) === lineStart(text, range[0])) {
      const dashes = column(text, keyStart) + sequenceIndent(text, src.doc);
      let from = range[0];
      while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
      const at = nextLine(text, range[1]);
      return [{ start: from, end: range[1], text: '' }, { start: at, end: at, text: lead(text, at, src) + blockItem(src, dashes, item, null) }];
    }
    return [{ start: range[0], end: range[1], text: withEol(`[${formatFlowItem(item, true)}]`, src.style) }];
  }
  const lastIndex = node.items.length - 1;
  if (node.flow) {
    const at = entryEnd(text, node, lastIndex);
    return [{ start: at, end: at, text: separator(text, node) + withEol(formatFlowItem(item, padding(text, node)), src.style) }];
  }
  const dashes = column(text, range[0]);
  const at = skipNestedComments(text, nextLine(text, entryEnd(text, node, lastIndex)), dashes);
  return [{ start: at, end: at, text: lead(text, at, src) + blockItem(src, dashes, item, node) }];
}

/** Replaces the item at the end of `path`, keeping its style (flow or block mapping). */
export function replaceItem(src: Source, path: YamlPath, item: ItemValue): Splice[] {
  const { container, last } = parentOf(src, path);
  const seq = container.node;
  if (!seq || !isSeq(seq)) throw frontMatterEditError(both('front-matter-edit.replace-not-list', { path: describePath(path), list: describePath(path.slice(0, -1)) }));
  const child = findChild(container, last, path);
  if (!child) throw frontMatterEditError(both('front-matter-edit.replace-no-item', { path: describePath(path), item: String(last) }));
  const node = child.node as Scalar | Collection;
  if (!isScalar(node) && !isMap(node) && !isSeq(node)) throw frontMatterEditError(both('front-matter-edit.replace-unsupported', { path: describePath(path), node: describeNode(node) }));
  assertPlainNode(node, path);
  const start = node.range?.[0] ?? 0;
  const end = contentEnd(src.text, node) ?? start;
  // An empty item (`-` alone) has an empty range right after its dash: the new item needs a space.
  const space = start === end && !/[ \t]/.test(src.text[start - 1] ?? ' ') ? ' ' : '';
  let written: string;
  if (container.flow) {
    written = formatFlowItem(item, isMap(node) ? padding(src.text, node) : padding(src.text, seq));
  } else if (typeof item === 'string') {
    written = formatScalar(item, 'block', isScalar(node) ? node.type : undefined);
  } else {
    const flow = isMap(node) ? node.flow === true : siblingStyle(src.text, seq).flow;
    written = flow ? formatFlowItem(item, isMap(node) ? padding(src.text, node) : siblingStyle(src.text, seq).padded) : formatBlockMap(item, column(src.text, start) + space.length);
  }
  return [{ start, end, text: withEol(space + written, src.style) }];
}

function parentOf(src: Source, path: YamlPath): { container: Container; last: string | number } {
  if (path.length === 0) throw frontMatterEditError(both('front-matter-edit.no-path', {}));
  const container = resolveContainer(src.doc, path.slice(0, -1), 'throw', path) as Container;
  return { container, last: path[path.length - 1] as string | number };
}

/** Replaces a scalar's source (not its anchor, tag or comment); an empty null gets spaces around it. */
function replaceScalar(src: Source, node: Scalar, written: string): Splice {
  const start = node.range?.[0] ?? 0;
  const end = contentEnd(src.text, node) ?? start;
  let text = written;
  if (start === end && text !== '') {
    if (start > 0 && !/[ \t]/.test(src.text[start - 1] ?? '')) text = ` ${text}`;
    if (src.text[end] === '#') text = `${text} `;
  }
  return { start, end, text: withEol(text, src.style) };
}

/** Removes an explicit null (`~`, `null`) and the spaces before it; an empty null has nothing to remove. */
function dropScalar(text: string, node: Scalar): Splice {
  const end = node.range?.[1] ?? 0;
  let start = node.range?.[0] ?? 0;
  if (start === end) return { start, end, text: '' };
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return { start, end, text: '' };
}

type NewValue = { inline: string } | { item: ItemValue };

/** Adds `key: value` (or `key:` with a one-item sequence) at the end of a mapping. */
function insertEntry(src: Source, container: Container, key: string, value: NewValue): Splice {
  const { text } = src;
  const map = container.node;
  if (map && isSeq(map)) throw frontMatterEditError(both('front-matter-edit.key-in-list', { key }));
  if (container.flow && map) {
    const entry = `${formatKey(key, 'flow')}: ${'inline' in value ? value.inline : `[${formatFlowItem(value.item, true)}]`}`;
    const range = map.range ?? [0, 0, 0];
    if (map.items.length === 0) return { start: range[0], end: range[1], text: withEol(`{ ${entry} }`, src.style) };
    const at = entryEnd(text, map, map.items.length - 1);
    return { start: at, end: at, text: separator(text, map) + withEol(entry, src.style) };
  }
  let indent = 0;
  let at = text.length;
  if (map && map.items.length > 0) {
    indent = column(text, entryStart(text, map, 0));
    at = skipNestedComments(text, nextLine(text, entryEnd(text, map, map.items.length - 1)), indent);
  }
  const head = `${' '.repeat(indent)}${formatKey(key, 'block')}:`;
  const body = 'inline' in value ? `${head} ${value.inline}\n` : `${head}\n${blockItemRaw(src, indent + sequenceIndent(text, src.doc), value.item, null)}`;
  return { start: at, end: at, text: lead(text, at, src) + withEol(body, src.style) };
}

/** A line break first when inserting at the end of a text whose last line has none. */
function lead(text: string, at: number, src: Source): string {
  return at > 0 && at === text.length && !/[\r\n]$/.test(text) ? src.style.eol : '';
}

function blockItem(src: Source, dashes: number, item: ItemValue, siblings: YAMLSeq<unknown> | null): string {
  return withEol(blockItemRaw(src, dashes, item, siblings), src.style);
}

/** `- item\n` at `dashes` columns, as a flow or block mapping like the siblings (block when none). */
function blockItemRaw(src: Source, dashes: number, item: ItemValue, siblings: YAMLSeq<unknown> | null): string {
  const prefix = `${' '.repeat(dashes)}- `;
  if (typeof item === 'string') return `${prefix}${formatScalar(item, 'block')}\n`;
  const style = siblings ? siblingStyle(src.text, siblings) : { flow: false, padded: true, keyColumn: undefined };
  if (style.flow) return `${prefix}${formatFlowItem(item, style.padded)}\n`;
  return `${prefix}${formatBlockMap(item, style.keyColumn ?? dashes + 2)}\n`;
}

/** How the last mapping among a sequence's items is written. */
function siblingStyle(text: string, seq: YAMLSeq<unknown>): { flow: boolean; padded: boolean; keyColumn: number | undefined } {
  const map = [...seq.items].reverse().find((item) => isMap(item));
  if (!isMap(map) || !map.range) return { flow: false, padded: true, keyColumn: undefined };
  if (map.flow) return { flow: true, padded: padding(text, map), keyColumn: undefined };
  return { flow: false, padded: true, keyColumn: column(text, map.range[0]) };
}

/** Whether a flow collection is written `{ a: 1 }` (padded) or `{a: 1}`. */
function padding(text: string, coll: Collection): boolean {
  const start = coll.range?.[0];
  if (start === undefined || coll.items.length === 0 || !coll.flow) return !isSeq(coll);
  return /\s/.test(text[start + 1] ?? ' ');
}

/** The separator between the last two items of a flow collection (`, ` or `,\n  `), or `, `. */
function separator(text: string, coll: Collection): string {
  const n = coll.items.length;
  if (n < 2) return ', ';
  const sep = text.slice(entryEnd(text, coll, n - 2), entryStart(text, coll, n - 1));
  return /^\s*,\s*$/.test(sep) ? sep : ', ';
}

/** The splice that removes the `index`th entry of a collection. */
function removeEntry(src: Source, container: Container, coll: Collection, index: number): Splice {
  const { text } = src;
  const n = coll.items.length;
  const start = entryStart(text, coll, index);
  const end = entryEnd(text, coll, index);
  const empty = isMap(coll) ? '{}' : '[]';
  if (coll.flow) {
    const range = coll.range ?? [0, 0, 0];
    if (n === 1) return { start: range[0], end: range[1], text: empty };
    if (index < n - 1) return { start, end: entryStart(text, coll, index + 1), text: '' };
    return { start: entryEnd(text, coll, index - 1), end, text: '' };
  }
  const isRoot = container.owner === null && coll === src.doc.contents;
  if (n === 1 && !isRoot) {
    // A block collection cannot be empty: it becomes `key: {}` (or `[]`), on the key's line if it can.
    const stop = lineEnd(text, end);
    const keyEnd = container.owner?.range?.[1];
    // The key's own comment, if any, stays after the new `{}`.
    const onKey = keyEnd === undefined ? null : /^([ \t]*):([ \t]*#[^\r\n]*)?[ \t]*(?:\r\n|\r|\n)[ \t]*$/.exec(text.slice(keyEnd, start));
    if (keyEnd !== undefined && onKey) return { start: keyEnd, end: stop, text: `${onKey[1] ?? ''}: ${empty}${onKey[2] ?? ''}` };
    return { start, end: stop, text: empty };
  }
  if (firstOnLine(text, start)) {
    return { start: lineStart(text, start), end: skipNestedComments(text, nextLine(text, end), column(text, start)), text: '' };
  }
  // The first entry after `- ` shares its line with the dash: the next entry moves up to take its place.
  if (index < n - 1) return { start, end: entryStart(text, coll, index + 1), text: '' };
  throw frontMatterEditError(both('front-matter-edit.delete-shared-line', {}));
}
