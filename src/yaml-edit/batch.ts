/**
 * When edits may share one parse (editFrontMatter): their splices, computed on the same text,
 * must make the bytes that making the edits one at a time makes.
 */
import { isMap, type Document } from 'yaml';
import type { FrontMatterEdit } from './frontmatter-edit.js';
import { firstOnLine, type Splice } from './text.js';
import { entryStart, findChild, resolveContainer } from './yaml-nodes.js';

/**
 * Whether every splice of `next` lies apart from every splice of `held`: nothing between them is
 * read or written by both. Two removals may touch (one ends where the other starts): removing both
 * is removing the one run of text they make, whichever goes first.
 */
export function apart(held: readonly Splice[], next: readonly Splice[]): boolean {
  return next.every((n) => held.every((h) => (n.text === '' && h.text === '' ? h.end <= n.start || n.end <= h.start : h.end < n.start || n.end < h.start)));
}

/**
 * Whether `edits` (held ones of a field and the next) all delete entries of one block mapping, each
 * written on lines of its own, and leave at least one entry in it: then each removes its own lines
 * (removeEntry) whatever the others remove, as qms impact's plan deletes `approval.reviewed` and
 * `approval.approved`. A mapping they would empty is written `{}` by the last one: not so.
 */
export function deletesKeepingMapping(doc: Document, text: string, edits: readonly FrontMatterEdit[]): boolean {
  const parent = edits[0]?.path.slice(0, -1) ?? [];
  if (parent.length === 0) return false;
  const sameParent = (edit: FrontMatterEdit): boolean => edit.op === 'delete' && edit.path.length === parent.length + 1 && parent.every((segment, i) => edit.path[i] === segment);
  if (!edits.every(sameParent)) return false;
  try {
    const container = resolveContainer(doc, parent, 'absent', edits[0]!.path);
    const map = container?.node;
    if (!container || !map || !isMap(map) || container.flow) return false;
    const removed = new Set<number>();
    for (const edit of edits) {
      const child = findChild(container, edit.path[edit.path.length - 1]!, edit.path);
      if (!child) continue;
      if (!firstOnLine(text, entryStart(text, map, child.index))) return false;
      removed.add(child.index);
    }
    return map.items.length - removed.size >= 1;
  } catch {
    // An edit the usual way refuses (an alias, a scalar on the way): it is made, and refused, alone.
    return false;
  }
}
