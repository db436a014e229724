/**
 * The page of an issued document (Nghị định 30/2020/NĐ-CP, Phụ lục I): A4 portrait, margins top and
 * bottom 20 mm, left 30 mm, right 15 mm, Times New Roman, body 13 pt. Twips for DOCX, mm for print.
 */

/** Twips per millimetre (1 inch = 1440 twips = 25.4 mm). */
const TWIPS_PER_MM = 1440 / 25.4;

/** A millimetre length in twips, rounded. */
export function mm(length: number): number {
  return Math.round(length * TWIPS_PER_MM);
}

/** The page in millimetres. */
export const PAGE_MM = { width: 210, height: 297, top: 20, bottom: 20, left: 30, right: 15 } as const;

/** The page in twips: A4 is 11906 × 16838. */
export const PAGE = {
  width: 11906,
  height: 16838,
  top: mm(PAGE_MM.top),
  bottom: mm(PAGE_MM.bottom),
  left: mm(PAGE_MM.left),
  right: mm(PAGE_MM.right),
  /** Distance of the header (page number) from the top edge: 10 mm. */
  header: mm(10),
  footer: mm(10),
} as const;

/** The width of the text between the margins, in twips. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** The font of every issued document. */
export const FONT = 'Times New Roman';

/** Body size in half-points (13 pt), tables 12 pt, the decision's text 14 pt. */
export const SIZE = { body: 26, table: 24, decision: 28, recipients: 22, recipientsTitle: 24 } as const;

/** First-line indent of the decision's paragraphs: 1.27 cm. */
export const FIRST_LINE = mm(12.7);
