/**
 * Writing the mdast of a generated region as Markdown without a Markdown serialiser: a direct walk
 * over the few shapes the region builders make, for text that needs no escaping.
 */
import type { List, Paragraph, PhrasingContent, Root, RootContent, Table } from 'mdast';

/**
 * Characters (and sequences) remark-stringify may escape or encode somewhere in a paragraph, a list
 * item or a table cell: Markdown punctuation, HTML and character references, GFM tables,
 * strikethrough and autolink literals. A text holding none of them is written as it is.
 */
const UNSAFE = /[\\`*_[\]<>&|~@#!\r\n\t]|:\/|www\./i;
/** What starts a block construct at the beginning of a line (a list marker, a heading underline, a quote). */
const UNSAFE_START = /^(?:[-+=>]|\d+[.)])/;

/** A text that remark-stringify writes unchanged, wherever the region builders put it. */
function plain(value: string): boolean {
  return value !== '' && value.trim() === value && !UNSAFE.test(value) && !UNSAFE_START.test(value);
}

/**
 * The Markdown remark-stringify (with the options of toMarkdown) writes for `tree`, or undefined
 * when the tree holds a node or a text this writer does not handle byte for byte (the caller then
 * uses the serialiser). test/sections/markdown-string.test.ts keeps the two in agreement.
 */
export function fastMarkdown(tree: Root): string | undefined {
  const blocks: string[] = [];
  for (const node of tree.children) {
    const block = writeBlock(node);
    if (block === undefined) return undefined;
    blocks.push(block);
  }
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

function writeBlock(node: RootContent): string | undefined {
  switch (node.type) {
    case 'paragraph':
      return writeParagraph(node);
    case 'table':
      return writeTable(node);
    case 'list':
      return writeList(node);
    default:
      return undefined;
  }
}

/** A paragraph of one text, or of one strong or emphasis around one text. */
function writeParagraph(node: Paragraph): string | undefined {
  if (node.children.length !== 1) return undefined;
  const child = node.children[0]!;
  if (child.type === 'text') return plain(child.value) ? child.value : undefined;
  if (child.type !== 'strong' && child.type !== 'emphasis') return undefined;
  const inner = onlyText(child.children);
  if (inner === undefined || !plain(inner)) return undefined;
  return child.type === 'strong' ? `**${inner}**` : `_${inner}_`;
}

/** A tight bullet list whose items each hold one paragraph of one text. */
function writeList(node: List): string | undefined {
  if (node.ordered || node.spread || node.children.length === 0) return undefined;
  const lines: string[] = [];
  for (const item of node.children) {
    if (item.spread || item.checked != null || item.children.length !== 1 || item.children[0]!.type !== 'paragraph') return undefined;
    const text = onlyText(item.children[0]!.children);
    if (text === undefined || !plain(text)) return undefined;
    lines.push(`- ${text}`);
  }
  return lines.join('\n');
}

/** A table without alignment whose cells hold one text or nothing: `| a | b |`, `| - | - |`, an empty cell `| |`. */
function writeTable(node: Table): string | undefined {
  const header = node.children[0];
  if (!header) return undefined;
  const width = header.children.length;
  if (width === 0 || (node.align ?? []).some((a) => a !== null)) return undefined;
  const lines: string[] = [];
  for (const row of node.children) {
    if (row.children.length !== width) return undefined;
    const cells: string[] = [];
    for (const cell of row.children) {
      if (cell.children.length === 0) {
        cells.push(' ');
        continue;
      }
      const text = onlyText(cell.children);
      if (text === undefined || !plain(text)) return undefined;
      cells.push(` ${text} `);
    }
    lines.push(`|${cells.join('|')}|`);
    if (row === header) lines.push(`|${' - |'.repeat(width)}`);
  }
  return lines.join('\n');
}

function onlyText(children: readonly PhrasingContent[]): string | undefined {
  return children.length === 1 && children[0]!.type === 'text' ? children[0]!.value : undefined;
}
