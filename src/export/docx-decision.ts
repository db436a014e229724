/** The Quyết định ban hành in WordprocessingML, laid out as Nghị định 30/2020/NĐ-CP Phụ lục I shows it. */
import type { Decision } from './decision.js';
import { field, paragraph, run, shareWidths, table, type Cell } from './docx-xml.js';
import { headerPart } from './docx-procedure.js';
import { FIRST_LINE, SIZE, TEXT_WIDTH } from './layout.js';

const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** The decision's pages. */
export function decisionXml(decision: Decision): string {
  const big = SIZE.decision;
  const [left, right] = shareWidths(TEXT_WIDTH, [40, 60]) as [number, number];
  const centre = (content: string, extra: Parameters<typeof paragraph>[1] = {}): string => paragraph(content, { align: 'center', before: 0, after: 0, ...extra });
  const header: Cell[][] = [
    [
      {
        content:
          centre(run(decision.parent, { size: 26 })) +
          centre(run(decision.agency, { bold: true, size: 26 })) +
          shortRule(left, 0.4),
      },
      {
        content: centre(run(NATIONAL_TITLE, { bold: true, size: 24 })) + centre(run(MOTTO, { bold: true, size: 26 }), { ruleBelow: true, indentLeft: Math.round(right * 0.17), indentRight: Math.round(right * 0.17) }),
      },
    ],
    [{ content: centre(run(decision.number, { size: 26 }), { before: 120 }) }, { content: centre(run(decision.placeDate, { italic: true, size: big }), { before: 120 }) }],
  ];
  let xml = table(header, { widths: [left, right], borders: false });
  xml += centre(run('QUYẾT ĐỊNH', { bold: true, size: big }), { before: 360 });
  xml += centre(run(decision.subject, { bold: true, size: big }), { indentLeft: 900, indentRight: 900 });
  xml += shortRule(TEXT_WIDTH, 0.2);
  xml += centre(run(decision.authority, { bold: true, size: big }), { before: 360, after: 240 });
  const text = (content: string): string => paragraph(content, { align: 'both', firstLine: FIRST_LINE, before: 0, after: 120 });
  for (const basis of decision.bases) xml += text(run(basis, { italic: true, size: big }));
  if (decision.proposal) xml += text(run(decision.proposal, { italic: true, size: big }));
  xml += centre(run('QUYẾT ĐỊNH:', { bold: true, size: big }), { before: 240, after: 240 });
  decision.articles.forEach((article, i) => {
    xml += text(run(`Điều ${i + 1}. `, { bold: true, size: big }) + run(article, { size: big }));
  });
  const recipients =
    paragraph(run('Nơi nhận:', { bold: true, italic: true, size: SIZE.recipientsTitle }), { align: 'left', before: 240, after: 0 }) +
    decision.recipients.map((line) => paragraph(run(line, { size: SIZE.recipients }), { align: 'left', before: 0, after: 0 })).join('');
  const signature =
    (decision.signerPrefix ? centre(run(decision.signerPrefix, { bold: true, size: big }), { before: 240 }) : '') +
    centre(run(decision.signerTitle, { bold: true, size: big }), decision.signerPrefix ? {} : { before: 240 }) +
    // Room for the signature and the seal.
    centre('', { before: 1200 }) +
    centre(run(decision.signerName, { bold: true, size: big }));
  xml += table([[{ content: recipients }, { content: signature }]], { widths: shareWidths(TEXT_WIDTH, [50, 50]), borders: false });
  return xml;
}

/**
 * The short solid rule under the agency and under the subject: the bottom border of an empty,
 * tiny paragraph indented to leave `share` of `width` in the middle.
 */
function shortRule(width: number, share: number): string {
  const indent = Math.round((width * (1 - share)) / 2);
  return paragraph('', { ruleBelow: true, indentLeft: indent, indentRight: indent, before: 0, after: 0, markSize: 8 });
}

/** The decision's page header from page 2 on: the page number, centred (page 1 has none). */
export function decisionHeaderXml(): string {
  return headerPart(paragraph(field('PAGE', { size: SIZE.decision }), { align: 'center', after: 0 }));
}

/** The empty header of the decision's first page. */
export function emptyHeaderXml(): string {
  return headerPart(paragraph('', { after: 0 }));
}
