/** Navigating parsed front matter for edits: paths, containers, children by key or index, entry offsets, refusing anchored/tagged nodes. */
import { isAlias, isMap, isPair, isScalar, isSeq, visit, type Document, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { frontMatterEditError } from './errors.js';
import { both } from '../i18n/messages/index.js';
import type { NodeKind } from '../i18n/messages/words.js';
import { column, lineEnd } from './text.js';

/** A path into front matter: mapping keys and sequence indexes. */
export type YamlPath = ReadonlyArray<string | number>;
/** A mapping or sequence of a parsed document. */
export type Collection = YAMLMap<unknown, unknown> | YAMLSeq<unknown>;

/** A collection an edit works in. */
export interface Container {
  /** null for an empty front matter, which takes new entries as an empty root mapping would. */
  node: Collection | null;
  /** Whether the collection is a flow collection or inside one: then only flow syntax may be written. */
  flow: boolean;
  /** The key of the block-mapping entry whose value the collection is, if it is one. */
  owner: Scalar | null;
}

/** An existing entry of a container: its index among the items, and its value node. */
export interface Child {
  index: number;
  node: unknown;
}

/** `approval.reviewed`, `history.2`: how messages name a path ('' for the front matter itself, which they name in words). */
export function describePath(path: YamlPath): string {
  return path.map(String).join('.');
}

/**
 * Walks `path` to the collection it names. Going through a scalar or an alias is an error; a missing
 * step is an error unless `missing` is 'absent' (a delete of something already gone is a no-op).
 */
export function resolveContainer(doc: Document, path: YamlPath, missing: 'throw' | 'absent', full: YamlPath): Container | undefined {
  const root = doc.contents;
  if (root !== null && !isMap(root)) throw frontMatterEditError(both('front-matter-edit.root-not-fields', { path: describePath(full) }));
  let container: Container = { node: root, flow: root?.flow === true, owner: null };
  for (let depth = 0; depth < path.length; depth++) {
    const here = path.slice(0, depth + 1);
    const child = findChild(container, path[depth] as string | number, full);
    if (!child) {
      if (missing === 'absent') return undefined;
      throw frontMatterEditError(both('front-matter-edit.missing-step', { path: describePath(full), step: describePath(here) }));
    }
    const node = child.node;
    if (isAlias(node)) throw frontMatterEditError(both('front-matter-edit.alias-step', { path: describePath(full), step: describePath(here), anchor: String(node.source) }));
    if (!isMap(node) && !isSeq(node)) throw frontMatterEditError(both('front-matter-edit.step-not-collection', { path: describePath(full), step: describePath(here), node: describeNode(node) }));
    const owner = container.node && isMap(container.node) && !container.flow ? keyOf(container.node, child.index) : null;
    container = { node, flow: container.flow || node.flow === true, owner };
  }
  return container;
}

/** Finds an entry by key (compared in NFC, so NFD files match) or by index; undefined when absent. */
export function findChild(container: Container, segment: string | number, full: YamlPath): Child | undefined {
  const node = container.node;
  if (node === null) return undefined;
  if (isSeq(node)) {
    if (typeof segment !== 'number' || !Number.isInteger(segment)) {
      throw frontMatterEditError(both('front-matter-edit.key-on-list', { path: describePath(full), key: String(segment) }));
    }
    return segment >= 0 && segment < node.items.length ? { index: segment, node: node.items[segment] } : undefined;
  }
  const wanted = String(segment).normalize('NFC');
  const index = node.items.findIndex((pair) => isScalar(pair.key) && String(pair.key.value).normalize('NFC') === wanted);
  return index < 0 ? undefined : { index, node: node.items[index]?.value ?? null };
}

/** What a node is, for messages (which name it in words: "a scalar", "a list"…). */
export function describeNode(node: unknown): NodeKind {
  if (isMap(node)) return 'mapping';
  if (isSeq(node)) return 'list';
  if (isAlias(node)) return 'alias';
  if (isScalar(node)) return node.value === null ? 'null' : 'scalar';
  return 'empty';
}

/** Refuses to replace or remove a node that carries an anchor or tag: aliases and tags would change meaning. */
export function assertPlainNode(node: unknown, full: YamlPath): void {
  const props = node as { anchor?: string; tag?: string } | null;
  if (props?.anchor || props?.tag) {
    throw frontMatterEditError(both('front-matter-edit.anchor-or-tag', { path: describePath(full), mark: props.anchor ? `&${props.anchor}` : (props.tag ?? '') }));
  }
}

/** The key node of the `index`th pair of a mapping. */
function keyOf(map: YAMLMap<unknown, unknown>, index: number): Scalar | null {
  const key = map.items[index]?.key;
  return isScalar(key) ? key : null;
}

/** Offset just past the last content character of a node: no trailing comment, blank line or line break. */
export function contentEnd(text: string, node: unknown): number | undefined {
  if (isMap(node) || isSeq(node)) {
    if (node.flow || node.items.length === 0) return node.range?.[1];
    return entryEnd(text, node, node.items.length - 1);
  }
  const range = (node as Scalar | null)?.range;
  if (!range) return undefined;
  let end = range[1];
  // Block scalars own their trailing line breaks; content ends at the last non-space character.
  if (isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')) {
    while (end > range[0] && /\s/.test(text[end - 1] ?? '')) end--;
  }
  return end;
}

/** Offset of the first character of an entry: its key, or for a block sequence item its dash. */
export function entryStart(text: string, coll: Collection, index: number): number {
  if (isMap(coll)) {
    const key = coll.items[index]?.key;
    if (!isScalar(key) || !key.range) throw frontMatterEditError(both('front-matter-edit.key-not-scalar', {}));
    assertPlainNode(key, [String(key.value)]);
    return key.range[0];
  }
  const item = coll.items[index];
  if (isPair(item)) throw frontMatterEditError(both('front-matter-edit.single-pair-item', {}));
  if (coll.flow) return (item as Scalar).range?.[0] ?? 0;
  // The dash: the first `-` after the previous item, past blank and comment lines.
  let i = index === 0 ? (coll.range?.[0] ?? 0) : (entryEnd(text, coll, index - 1) ?? 0);
  while (i < text.length && text[i] !== '-') i = text[i] === '#' ? lineEnd(text, i) : i + 1;
  return i;
}

/** Offset just past the last content character of an entry. */
export function entryEnd(text: string, coll: Collection, index: number): number {
  if (isMap(coll)) {
    const pair = coll.items[index];
    const keyEnd = (pair?.key as Scalar | null)?.range?.[1] ?? 0;
    return Math.max(keyEnd, contentEnd(text, pair?.value) ?? 0);
  }
  return contentEnd(text, coll.items[index]) ?? 0;
}

/**
 * How far a block sequence's dashes sit right of their key in this file (`key:\n  - a` is 2,
 * `key:\n- a` is 0), so a new sequence matches the others. 2 when the file has none.
 */
export function sequenceIndent(text: string, doc: Document): number {
  let indent = 2;
  visit(doc, {
    Pair(_, pair) {
      if (isSeq(pair.value) && !pair.value.flow && isScalar(pair.key) && pair.key.range && pair.value.range) {
        indent = column(text, pair.value.range[0]) - column(text, pair.key.range[0]);
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return Math.max(0, indent);
}
