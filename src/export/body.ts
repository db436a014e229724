/**
 * A document's body as mdast for issuing: the Markdown after the front matter, without the
 * generated identification, approval and history regions (the issued document lays those out
 * itself), without HTML (comments, markers, raw tags: nothing of it reaches a page) and without the
 * leading title heading.
 */
import type { Nodes, Parent, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { scanBody } from '../markdown/scan.js';
import { bodyStartOf } from '../sections/render.js';

/** The regions an issued document replaces by its own layout. */
const LAID_OUT = new Set(['identification', 'approval', 'history']);

/** The Markdown of the body with the laid-out regions cut out (the legal-basis region's content stays). */
export function issuedMarkdown(text: string): string {
  const start = bodyStartOf(text);
  const { regions } = scanBody(text, start);
  let result = '';
  let at = start;
  for (const region of regions) {
    if (!LAID_OUT.has(region.name)) continue;
    result += text.slice(at, region.start);
    at = region.end;
  }
  return result + text.slice(at);
}

/** The body as mdast (CommonMark with GFM tables), with HTML removed and the first level-1 heading dropped. */
export function bodyTree(text: string): Root {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(issuedMarkdown(text)) as Root;
  withoutHtml(tree);
  const first = tree.children.findIndex((node) => node.type !== 'definition');
  if (first >= 0 && tree.children[first]!.type === 'heading' && (tree.children[first] as { depth: number }).depth === 1) tree.children.splice(first, 1);
  return tree;
}

/** Removes every HTML node (block or inline), and the paragraphs left empty by it. */
function withoutHtml(node: Parent): void {
  const children = node.children as Nodes[];
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i]!;
    if (child.type === 'html') {
      children.splice(i, 1);
      continue;
    }
    if ('children' in child) {
      withoutHtml(child);
      if (child.type === 'paragraph' && child.children.length === 0) children.splice(i, 1);
    }
  }
}
