/** Serialising mdast as Markdown with GFM tables, in the one style generated regions are written in. */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { fastMarkdown } from './markdown-string.js';

type Stringifier = { stringify(tree: Root): string };
let processor: Stringifier | undefined;

/**
 * Serialises mdast as Markdown with GFM tables: `-` bullets, unaligned pipes (a long title does not
 * widen every row), LF line breaks, ending with a line break ('' for an empty tree).
 */
export function toMarkdown(tree: Root): string {
  // The serialiser costs more than building the tree; most regions need no escaping at all.
  return fastMarkdown(tree) ?? serialise(tree);
}

/** toMarkdown through remark-stringify alone (what fastMarkdown must agree with). */
export function serialise(tree: Root): string {
  processor ??= unified()
    .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', listItemIndent: 'one', fences: true, rule: '-' })
    .use(remarkGfm, { tablePipeAlign: false, tableCellPadding: true }) as unknown as Stringifier;
  return processor.stringify(tree);
}
