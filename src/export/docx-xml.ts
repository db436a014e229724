/** WordprocessingML pieces as strings: escaped text runs, paragraphs, tables and fields, in Times New Roman. */
import { text as junitText } from '../format/junit.js';

/** The text of an XML element (NFC): escaped as the JUnit report escapes it, without the characters XML 1.0 forbids. */
export function xmlText(text: string): string {
  return junitText(text.normalize('NFC'));
}

/** How a run looks. */
export interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  underline?: boolean;
  /** Half-points: 26 = 13 pt. */
  size?: number;
  caps?: boolean;
  mono?: boolean;
}

/** The run properties of `style` ('' when it is the default). */
export function runProperties(style: RunStyle): string {
  let rPr = '';
  if (style.mono) rPr += '<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New"/>';
  if (style.bold) rPr += '<w:b/><w:bCs/>';
  if (style.italic) rPr += '<w:i/><w:iCs/>';
  if (style.caps) rPr += '<w:caps/>';
  if (style.strike) rPr += '<w:strike/>';
  // The schema's order: sz before u.
  if (style.size) rPr += `<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/>`;
  if (style.underline) rPr += '<w:u w:val="single"/>';
  return rPr === '' ? '' : `<w:rPr>${rPr}</w:rPr>`;
}

/** A run of text; line breaks in `text` become <w:br/>. */
export function run(text: string, style: RunStyle = {}): string {
  const parts = text.split('\n').map((part) => `<w:t xml:space="preserve">${xmlText(part)}</w:t>`);
  return `<w:r>${runProperties(style)}${parts.join('<w:br/>')}</w:r>`;
}

/** A simple field (PAGE, NUMPAGES, SECTIONPAGES) showing `placeholder` until Word updates it. */
export function field(instruction: string, style: RunStyle = {}, placeholder = '1'): string {
  return `<w:fldSimple w:instr=" ${instruction} "><w:r>${runProperties(style)}<w:t>${placeholder}</w:t></w:r></w:fldSimple>`;
}

/** How a paragraph is laid out. */
export interface ParagraphStyle {
  styleId?: string;
  align?: 'left' | 'center' | 'right' | 'both';
  /** Twips. */
  firstLine?: number;
  indentLeft?: number;
  indentRight?: number;
  /** Twips before and after. */
  before?: number;
  after?: number;
  keepNext?: boolean;
  /** A rule under the paragraph (the short line under the agency and the subject). */
  ruleBelow?: boolean;
  numbering?: { numId: number; level: number };
  /** Half-points of the paragraph mark (the height of an empty paragraph). */
  markSize?: number;
  /** Section properties ending a section here. */
  sectionEnd?: string;
}

/** A paragraph of `content` (runs). */
export function paragraph(content: string, style: ParagraphStyle = {}): string {
  let pPr = '';
  if (style.styleId) pPr += `<w:pStyle w:val="${style.styleId}"/>`;
  if (style.keepNext) pPr += '<w:keepNext/>';
  if (style.numbering) pPr += `<w:numPr><w:ilvl w:val="${style.numbering.level}"/><w:numId w:val="${style.numbering.numId}"/></w:numPr>`;
  if (style.ruleBelow) pPr += '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>';
  if (style.before !== undefined || style.after !== undefined) pPr += `<w:spacing${style.before !== undefined ? ` w:before="${style.before}"` : ''}${style.after !== undefined ? ` w:after="${style.after}"` : ''}/>`;
  if (style.firstLine !== undefined || style.indentLeft !== undefined || style.indentRight !== undefined) {
    pPr += `<w:ind${style.indentLeft !== undefined ? ` w:left="${style.indentLeft}"` : ''}${style.indentRight !== undefined ? ` w:right="${style.indentRight}"` : ''}${style.firstLine !== undefined ? ` w:firstLine="${style.firstLine}"` : ''}/>`;
  }
  if (style.align) pPr += `<w:jc w:val="${style.align}"/>`;
  if (style.markSize) pPr += `<w:rPr><w:sz w:val="${style.markSize}"/><w:szCs w:val="${style.markSize}"/></w:rPr>`;
  if (style.sectionEnd) pPr += style.sectionEnd;
  return `<w:p>${pPr === '' ? '' : `<w:pPr>${pPr}</w:pPr>`}${content}</w:p>`;
}

/** A table cell: its paragraphs (at least one, as Word requires), width in twips, merged columns. */
export interface Cell {
  content: string;
  width?: number;
  span?: number;
  shade?: boolean;
}

/** A table: rows of cells; `borders` false for layout tables (the decision's header). */
export function table(rows: ReadonlyArray<ReadonlyArray<Cell>>, options: { widths: number[]; borders?: boolean; headerRows?: number; rowHeights?: Array<number | undefined> }): string {
  const border = options.borders === false ? 'nil' : 'single';
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="${border}" w:sz="4" w:space="0" w:color="000000"/>`).join('');
  const total = options.widths.reduce((a, b) => a + b, 0);
  const grid = options.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  const body = rows
    .map((cells, r) => {
      const trPr = [r < (options.headerRows ?? 0) ? '<w:tblHeader/>' : '', '<w:cantSplit/>', options.rowHeights?.[r] ? `<w:trHeight w:val="${options.rowHeights[r]}"/>` : ''].join('');
      let column = 0;
      const tcs = cells.map((cell) => {
        const span = cell.span ?? 1;
        const width = cell.width ?? options.widths.slice(column, column + span).reduce((a, b) => a + b, 0);
        column += span;
        const tcPr = `<w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${cell.shade ? '<w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/>' : ''}<w:vAlign w:val="${options.borders === false ? 'top' : 'center'}"/></w:tcPr>`;
        return `<w:tc>${tcPr}${cell.content === '' ? '<w:p/>' : cell.content}</w:tc>`;
      });
      return `<w:tr><w:trPr>${trPr}</w:trPr>${tcs.join('')}</w:tr>`;
    })
    .join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${body}</w:tbl>`;
}

/** A paragraph inside a table cell: no spacing, left unless said. */
export function cellParagraph(content: string, style: ParagraphStyle = {}): string {
  return paragraph(content, { before: 40, after: 40, align: 'left', ...style });
}

/** Column widths (twips) that share `total` in proportion to `weights`, summing exactly to it. */
export function shareWidths(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((total * w) / sum));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}
