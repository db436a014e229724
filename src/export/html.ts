/** The issued document as one printable HTML page (A4, Nghị định 30/2020/NĐ-CP margins, Times New Roman): what the browser engine prints as the PDF. */
import type { Decision } from './decision.js';
import { issueNumber, shortVietnameseDate } from './dates.js';
import { bodyHtml, escapeHtml } from './html-body.js';
import { PAGE_MM } from './layout.js';
import type { IssuedDocument } from './model.js';

/** Fonts with full Vietnamese coverage; Times New Roman first, its metric twins after. */
export const SERIF = '"Times New Roman", "Liberation Serif", Tinos, "Noto Serif", serif';

/** A CSS string literal: quotes, backslashes and `<` escaped, so no text closes the style element. */
export function cssString(text: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${text.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/</g, '\\3c ')}"`;
}

/** The page: decision first (no number on its first page, centred numbers after), then the procedure (its code, issue and "Trang x/y" on every page). */
export function issuedHtml(content: { decision?: Decision; procedure?: IssuedDocument }): string {
  const { decision, procedure } = content;
  const margin = `${PAGE_MM.top}mm ${PAGE_MM.right}mm ${PAGE_MM.bottom}mm ${PAGE_MM.left}mm`;
  const running = procedure ? `${procedure.code} · Lần ban hành: ${issueNumber(procedure.revision)} · Trang ` : '';
  const css = `
@page { size: A4 portrait; margin: ${margin}; }
@page decision { @top-center { content: counter(page); font: 13pt ${SERIF}; } }
@page decision:first { @top-center { content: none; } }
@page procedure { @top-right { content: ${cssString(running)} counter(page) "/" counter(pages); font: 10pt ${SERIF}; } }
html { font-family: ${SERIF}; font-size: 13pt; color: #000; }
body { margin: 0; line-height: 1.3; }
.decision { page: decision; font-size: 14pt; }
.procedure { page: procedure; }
.decision + .procedure { break-before: page; }
p { margin: 0 0 6pt; text-align: justify; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: middle; font-size: 12pt; text-align: left; }
th { background: #e7e6e6; }
td.center, th.center { text-align: center; } td.right, th.right { text-align: right; }
thead { display: table-header-group; } tr { break-inside: avoid; }
h1 { font-size: 14pt; text-align: center; margin: 12pt 0; }
h2 { font-size: 13pt; margin: 12pt 0 6pt; break-after: avoid; }
h3, h4, h5, h6 { font-size: 13pt; font-style: italic; margin: 10pt 0 6pt; break-after: avoid; }
.layout td { border: none; text-align: center; vertical-align: top; padding: 0; }
.rule { display: inline-block; border-bottom: 1pt solid #000; padding-bottom: 1pt; }
.short-rule { border-top: 1pt solid #000; margin: 2pt auto 0; }
.centre { text-align: center; margin: 0; }
.basis, .article { text-indent: 1.27cm; margin: 0 0 6pt; }
.basis { font-style: italic; }
.recipients p { margin: 0; font-size: 11pt; text-align: left; }
.recipients .title { font-size: 12pt; font-weight: bold; font-style: italic; }
.signature p { text-align: center; font-weight: bold; margin: 0; }
.signature .space { height: 28mm; }
.ident td { text-align: center; } .ident td.codes { text-align: left; font-size: 11pt; }
.grid td { text-align: center; height: 8mm; } .grid tr.sign td { height: 22mm; }
.break { break-before: page; }
pre { font-size: 10pt; white-space: pre-wrap; }
`;
  const parts: string[] = [];
  if (decision) parts.push(decisionHtml(decision));
  if (procedure) parts.push(procedureHtml(procedure));
  const title = procedure ? `${procedure.code} ${procedure.title}` : (decision?.subject ?? '');
  return `<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(title)}</title>\n<style>${css}</style>\n</head>\n<body>\n${parts.join('\n')}\n</body>\n</html>\n`;
}

function decisionHtml(d: Decision): string {
  const e = escapeHtml;
  return `<section class="decision">
<table class="layout"><tr>
<td style="width:40%"><p class="centre">${e(d.parent)}</p><p class="centre"><strong>${e(d.agency)}</strong></p><div class="short-rule" style="width:35%"></div><p class="centre" style="margin-top:6pt">${e(d.number)}</p></td>
<td style="width:60%"><p class="centre" style="font-size:12pt"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong></p><p class="centre"><strong class="rule">Độc lập - Tự do - Hạnh phúc</strong></p><p class="centre" style="margin-top:6pt"><em>${e(d.placeDate)}</em></p></td>
</tr></table>
<p class="centre" style="margin-top:18pt"><strong>QUYẾT ĐỊNH</strong></p>
<p class="centre" style="padding:0 12%"><strong>${e(d.subject)}</strong></p><div class="short-rule" style="width:25%"></div>
<p class="centre" style="margin:18pt 0 12pt"><strong>${e(d.authority)}</strong></p>
${d.bases.map((line) => `<p class="basis">${e(line)}</p>`).join('\n')}
${d.proposal ? `<p class="basis">${e(d.proposal)}</p>` : ''}
<p class="centre" style="margin:12pt 0"><strong>QUYẾT ĐỊNH:</strong></p>
${d.articles.map((text, i) => `<p class="article"><strong>Điều ${i + 1}.</strong> ${e(text)}</p>`).join('\n')}
<table class="layout" style="margin-top:12pt"><tr>
<td class="recipients" style="width:50%;text-align:left"><p class="title">Nơi nhận:</p>${d.recipients.map((line) => `<p>${e(line)}</p>`).join('')}</td>
<td class="signature" style="width:50%">${d.signerPrefix ? `<p>${e(d.signerPrefix)}</p>` : ''}<p>${e(d.signerTitle)}</p><div class="space"></div><p>${e(d.signerName)}</p></td>
</tr></table>
</section>`;
}

function procedureHtml(p: IssuedDocument): string {
  const e = escapeHtml;
  const approvals = p.approvals;
  const forms =
    p.forms.length === 0
      ? ''
      : `<h2>Danh mục biểu mẫu kèm theo</h2><table><thead><tr><th>STT</th><th>Mã hiệu</th><th>Tên biểu mẫu</th></tr></thead><tbody>${p.forms.map((f, i) => `<tr><td>${i + 1}</td><td><strong>${e(f.code)}</strong></td><td>${e(f.title)}</td></tr>`).join('')}</tbody></table>`;
  return `<section class="procedure">
<table class="ident"><tr><td style="width:30%"><strong>${e(p.organization.toLocaleUpperCase('vi'))}</strong></td><td style="width:42%"><strong>${e(p.typeLabel.toLocaleUpperCase('vi'))}</strong><br><strong>${e(p.title)}</strong></td>
<td class="codes" style="width:28%">Mã hiệu: <strong>${e(p.code)}</strong><br>Lần ban hành: <strong>${e(issueNumber(p.revision))}</strong><br>Ngày hiệu lực: <strong>${e(shortVietnameseDate(p.effective))}</strong></td></tr></table>
<h1>${e(p.title)}</h1>
<p><strong>PHÊ DUYỆT TÀI LIỆU</strong></p>
<table class="grid"><thead><tr><th>Trách nhiệm</th>${approvals.map((a) => `<th>${e(a.role)}</th>`).join('')}</tr></thead><tbody>
<tr><td><strong>Họ và tên</strong></td>${approvals.map((a) => `<td>${e(a.name)}</td>`).join('')}</tr>
<tr class="sign"><td><strong>Chữ ký</strong></td>${approvals.map(() => '<td></td>').join('')}</tr>
<tr><td><strong>Chức vụ</strong></td>${approvals.map((a) => `<td>${e(a.title)}</td>`).join('')}</tr>
<tr><td><strong>Ngày</strong></td>${approvals.map((a) => `<td>${e(shortVietnameseDate(a.date))}</td>`).join('')}</tr>
</tbody></table>
<p style="margin-top:12pt"><strong>THEO DÕI SỬA ĐỔI TÀI LIỆU</strong></p>
<table><thead><tr><th>Lần ban hành</th><th>Ngày</th><th>Nội dung sửa đổi</th><th>Căn cứ sửa đổi</th></tr></thead><tbody>
${p.history.map((h) => `<tr><td>${e(h.revision)}</td><td>${e(shortVietnameseDate(h.date))}</td><td>${e(h.summary)}</td><td>${e(h.basis)}</td></tr>`).join('\n')}
</tbody></table>
<div class="break"></div>
${bodyHtml(p.body)}
${forms}
</section>`;
}
