/**
 * The data an edit is meant to produce, computed on plain data. After editing the text, the new
 * front matter is parsed again and must equal this: a check that no edit changed anything else.
 */
import type { FrontMatterEdit } from './frontmatter-edit.js';

type Data = Record<string, unknown> | unknown[];

/** Applies one edit to plain data (mutating it), with the semantics `editFrontMatter` gives the text. */
export function applyToData(root: Record<string, unknown>, edit: FrontMatterEdit): void {
  const path = edit.path;
  let container: unknown = root;
  for (const segment of path.slice(0, -1)) {
    container = get(container as Data, segment);
    if (typeof container !== 'object' || container === null) return; // only a delete gets here
  }
  const data = container as Data;
  const last = path[path.length - 1] as string | number;
  const key = Array.isArray(data) ? Number(last) : keyIn(data, last);
  switch (edit.op) {
    case 'set':
      put(data, key, edit.value);
      return;
    case 'delete':
      if (Array.isArray(data)) {
        if (typeof key === 'number' && key < data.length) data.splice(key, 1);
      } else delete data[key];
      return;
    case 'append': {
      const existing = get(data, key);
      if (Array.isArray(existing)) existing.push(copy(edit.item));
      else put(data, key, [copy(edit.item)]);
      return;
    }
    case 'replace-item':
      put(data, key, copy(edit.item));
      return;
  }
}

/** Deep equality of parsed YAML data (plain objects, arrays, scalars); key order does not matter. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const aKeys = Object.keys(a);
  const bRecord = b as Record<string, unknown>;
  return aKeys.length === Object.keys(b).length && aKeys.every((key) => Object.hasOwn(b, key) && sameData((a as Record<string, unknown>)[key], bRecord[key]));
}

/** The existing key that matches `segment` in NFC (so NFD files match), else the segment itself. */
function keyIn(data: Record<string, unknown>, segment: string | number): string {
  const wanted = String(segment).normalize('NFC');
  return Object.keys(data).find((key) => key.normalize('NFC') === wanted) ?? String(segment);
}

function get(data: Data, key: string | number): unknown {
  if (Array.isArray(data)) return data[Number(key)];
  return Object.hasOwn(data, keyIn(data, key)) ? data[keyIn(data, key)] : undefined;
}

function put(data: Data, key: string | number, value: unknown): void {
  if (Array.isArray(data)) data[Number(key)] = value;
  else data[String(key)] = value;
}

function copy(item: unknown): unknown {
  return structuredClone(item);
}
