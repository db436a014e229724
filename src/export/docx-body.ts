/** A document's body (mdast) as WordprocessingML: headings, paragraphs with emphasis, lists with numbering, tables, quotes, code. */
import type { List, ListItem, Nodes, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { cellParagraph, paragraph, run, shareWidths, table, type RunStyle } from './docx-xml.js';
import { SIZE, TEXT_WIDTH } from './layout.js';

/** The numbering definitions the body needs: one bullet list for all, one numbered list per ordered list (each restarts). */
export class Numbering {
  /** numId 1 is the bullet list; ordered lists get 2, 3 … with their start values. */
  private readonly ordered: number[] = [];

  /** A new numbered list starting at `start`; its numId. */
  addOrdered(start: number): number {
    this.ordered.push(start);
    return this.ordered.length + 1;
  }

  /** numbering.xml: abstract 0 (bullets "–", "+", "·"), abstract 1 (1. a) i.), the nums. */
  xml(): string {
    const levels = (format: (level: number) => [string, string]): string =>
      [0, 1, 2, 3, 4, 5, 6, 7, 8]
        .map((level) => {
          const [numFmt, text] = format(level);
          return `<w:lvl w:ilvl="${level}"><w:start w:val="1"/><w:numFmt w:val="${numFmt}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${567 * (level + 1)}" w:hanging="340"/></w:pPr></w:lvl>`;
        })
        .join('');
    const bullets = ['–', '+', '·'];
    const abstract0 = `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>${levels((l) => ['bullet', bullets[l % 3]!])}</w:abstractNum>`;
    const ordered = ['decimal', 'lowerLetter', 'lowerRoman'];
    const abstract1 = `<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>${levels((l) => [ordered[l % 3]!, `%${l + 1}${l % 3 === 1 ? ')' : '.'}`])}</w:abstractNum>`;
    const nums = ['<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>', ...this.ordered.map((start, i) => `<w:num w:numId="${i + 2}"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="${start}"/></w:lvlOverride></w:num>`)];
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${abstract0}${abstract1}${nums.join('')}</w:numbering>`;
  }
}

/** The runs of phrasing content. */
export function runs(nodes: readonly PhrasingContent[], style: RunStyle = {}): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          // A line ending inside a Markdown paragraph is a space.
          return run(node.value.replace(/\r?\n/g, ' '), style);
        case 'strong':
          return runs(node.children, { ...style, bold: true });
        case 'emphasis':
          return runs(node.children, { ...style, italic: true });
        case 'delete':
          return runs(node.children, { ...style, strike: true });
        case 'inlineCode':
          return run(node.value, { ...style, mono: true });
        case 'break':
          return '<w:r><w:br/></w:r>';
        case 'link':
        case 'linkReference':
          return runs(node.children, { ...style, underline: true });
        case 'image':
        case 'imageReference':
          return node.alt ? run(`[${node.alt}]`, style) : '';
        default:
          return '';
      }
    })
    .join('');
}

/** The body as the paragraphs and tables of document.xml. */
export function bodyXml(tree: Root, numbering: Numbering): string {
  return tree.children.map((node) => block(node, numbering, 0)).join('');
}

function block(node: RootContent | Nodes, numbering: Numbering, quote: number): string {
  const indent = quote > 0 ? { indentLeft: 567 * quote } : {};
  switch (node.type) {
    case 'heading':
      return paragraph(runs(node.children), { styleId: `Heading${Math.min(node.depth, 4)}`, keepNext: true, ...indent });
    case 'paragraph':
      return paragraph(runs(node.children), { align: 'both', ...indent });
    case 'list':
      return list(node, numbering, 0, quote);
    case 'table':
      return tableXml(node);
    case 'blockquote':
      return node.children.map((child) => block(child, numbering, quote + 1)).join('');
    case 'code':
      return paragraph(run(node.value, { mono: true, size: 22 }), { align: 'left', ...indent });
    case 'thematicBreak':
      return paragraph('', { ruleBelow: true });
    default:
      return '';
  }
}

function list(node: List, numbering: Numbering, level: number, quote: number): string {
  const numId = node.ordered ? numbering.addOrdered(node.start ?? 1) : 1;
  return node.children.map((item) => listItem(item, numId, numbering, level, quote)).join('');
}

function listItem(item: ListItem, numId: number, numbering: Numbering, level: number, quote: number): string {
  let first = true;
  const checkbox = item.checked === true ? '☑ ' : item.checked === false ? '☐ ' : '';
  return item.children
    .map((child) => {
      if (child.type === 'list') return list(child, numbering, level + 1, quote);
      if (child.type === 'paragraph') {
        const content = (first && checkbox ? run(checkbox) : '') + runs(child.children);
        const style = first ? { numbering: { numId, level } } : { indentLeft: 567 * (level + 1) };
        first = false;
        return paragraph(content, { align: 'both', after: 60, ...style });
      }
      first = false;
      return block(child, numbering, quote);
    })
    .join('');
}

function tableXml(node: Table): string {
  const columns = Math.max(...node.children.map((row) => row.children.length));
  // Wider columns for longer text, within bounds, so a "Bước" column stays narrow.
  const weights = Array.from({ length: columns }, (_, c) => {
    const longest = Math.max(...node.children.map((row) => textLength(row.children[c])));
    return Math.min(Math.max(longest, 4), 40);
  });
  const widths = shareWidths(TEXT_WIDTH, weights);
  const rows = node.children.map((row, r) =>
    Array.from({ length: columns }, (_, c) => {
      const cell = row.children[c];
      const align = node.align?.[c];
      return { content: cellParagraph(cell ? runs(cell.children, { size: SIZE.table, bold: r === 0 }) : '', { ...(align ? { align: align === 'center' ? ('center' as const) : align === 'right' ? ('right' as const) : ('left' as const) } : {}) }), shade: r === 0 };
    }),
  );
  return table(rows, { widths, headerRows: 1 }) + paragraph('', { after: 0 });
}

function textLength(node: Nodes | undefined): number {
  if (!node) return 0;
  if ('value' in node && typeof node.value === 'string') return node.value.length;
  if ('children' in node) return (node.children as Nodes[]).reduce((sum, child) => sum + textLength(child), 0);
  return 0;
}
