/** The procedure's own layout in WordprocessingML: the identification header on every page, the approval grid, the change history, the body, the forms. */
import { bodyXml, type Numbering } from './docx-body.js';
import { cellParagraph, field, paragraph, run, shareWidths, table, type Cell } from './docx-xml.js';
import { issueNumber, shortVietnameseDate } from './dates.js';
import { SIZE, TEXT_WIDTH } from './layout.js';
import type { IssuedDocument } from './model.js';

/**
 * The page header of the procedure's pages: agency | type and title | mã hiệu, lần ban hành, ngày
 * hiệu lực, "Trang x/y" (PAGE and, when the procedure is the whole file, NUMPAGES; else SECTIONPAGES).
 */
export function procedureHeaderXml(issued: IssuedDocument, pagesField: 'NUMPAGES' | 'SECTIONPAGES'): string {
  const small = { size: 22 };
  const widths = shareWidths(TEXT_WIDTH, [30, 42, 28]);
  const line = (label: string, value: string): string => cellParagraph(run(`${label}: `, small) + run(value, { ...small, bold: true }), { before: 0, after: 0 });
  const cells: Cell[] = [
    { content: cellParagraph(run(issued.organization, { bold: true, caps: true, size: SIZE.table }), { align: 'center' }) },
    {
      content:
        cellParagraph(run(issued.typeLabel, { bold: true, caps: true, size: SIZE.decision }), { align: 'center', after: 0 }) +
        cellParagraph(run(issued.title, { bold: true, size: SIZE.table }), { align: 'center' }),
    },
    {
      content:
        line('Mã hiệu', issued.code) +
        line('Lần ban hành', issueNumber(issued.revision)) +
        line('Ngày hiệu lực', shortVietnameseDate(issued.effective)) +
        cellParagraph(run('Trang: ', small) + field('PAGE', { ...small, bold: true }) + run('/', { ...small, bold: true }) + field(pagesField, { ...small, bold: true }), { before: 0, after: 0 }),
    },
  ];
  return headerPart(table([cells], { widths }) + paragraph('', { after: 0 }));
}

/** The procedure's body pages: approval grid, change history, then (on a new page) the body and the forms. */
export function procedureBodyXml(issued: IssuedDocument, numbering: Numbering): string {
  const size = { size: SIZE.table };
  const head = (text: string): Cell => ({ content: cellParagraph(run(text, { ...size, bold: true }), { align: 'center' }), shade: true });
  const cell = (text: string, bold = false): Cell => ({ content: cellParagraph(run(text, { ...size, bold }), { align: 'center' }) });
  const approvals = issued.approvals;
  const grid = table(
    [
      [head('Trách nhiệm'), ...approvals.map((a) => head(a.role))],
      [cell('Họ và tên', true), ...approvals.map((a) => cell(a.name))],
      [cell('Chữ ký', true), ...approvals.map(() => cell(''))],
      [cell('Chức vụ', true), ...approvals.map((a) => cell(a.title))],
      [cell('Ngày', true), ...approvals.map((a) => cell(shortVietnameseDate(a.date)))],
    ],
    { widths: shareWidths(TEXT_WIDTH, [22, 26, 26, 26]), headerRows: 0, rowHeights: [undefined, undefined, 1300, undefined, undefined] },
  );
  const historyRows = issued.history.map((row) => [cell(row.revision), cell(shortVietnameseDate(row.date)), { content: cellParagraph(run(row.summary, size)) }, { content: cellParagraph(run(row.basis, size)) }]);
  const history = table([[head('Lần ban hành'), head('Ngày'), head('Nội dung sửa đổi'), head('Căn cứ sửa đổi')], ...historyRows], {
    widths: shareWidths(TEXT_WIDTH, [12, 14, 46, 28]),
    headerRows: 1,
  });
  const title = paragraph(run(issued.title, { bold: true, size: SIZE.decision }), { align: 'center', before: 240, after: 240 });
  const caption = (text: string): string => paragraph(run(text, { bold: true }), { align: 'left', before: 240, keepNext: true });
  let xml = title + caption('PHÊ DUYỆT TÀI LIỆU') + grid + caption('THEO DÕI SỬA ĐỔI TÀI LIỆU') + history;
  xml += '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
  xml += bodyXml(issued.body, numbering);
  if (issued.forms.length > 0) {
    const rows = issued.forms.map((form, i) => [cell(String(i + 1)), { content: cellParagraph(run(form.code, { ...size, bold: true })) }, { content: cellParagraph(run(form.title, size)) }]);
    xml += paragraph(run('Danh mục biểu mẫu kèm theo'), { styleId: 'Heading2', keepNext: true });
    xml += table([[head('STT'), head('Mã hiệu'), head('Tên biểu mẫu')], ...rows], { widths: shareWidths(TEXT_WIDTH, [8, 30, 62]), headerRows: 1 });
  }
  return xml;
}

/** A header part (word/headerN.xml) holding `content`. */
export function headerPart(content: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${content}</w:hdr>`;
}
