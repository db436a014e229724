/** The shell of every site page: head, navigation, the controlled-copy notice with the generation stamp, the obsolete banner; the stylesheet (screen and print). */
import { escapeHtml } from '../export/html-body.js';
import { SERIF } from '../export/html.js';
import { showDate } from '../i18n/labels.js';
import { GENERATOR_MARK } from './manifest.js';

/** Where the generation stamp goes in a page: the page is hashed with it, so an unchanged page is not rewritten. */
export const STAMP = '\u0000qms-stamp\u0000';

/** What every page shows about its copy: the day it was generated and the commit it came from. */
export interface Stamp {
  /** ISO date. */
  date: string;
  /** Short commit id, or '' outside git. */
  commit: string;
  organization: string;
}

/** The notice, as HTML, that replaces STAMP. */
export function stampHtml(stamp: Stamp): string {
  const commit = stamp.commit ? `, commit <code>${escapeHtml(stamp.commit)}</code>` : '';
  return `Bản điện tử có kiểm soát — in ra là bản không kiểm soát. Tạo ngày ${escapeHtml(showDate('vi', stamp.date))}${commit}. <span lang="en">Controlled electronic copy; printed copies are uncontrolled.</span>`;
}

/** One page of the site. */
export function page(options: { title: string; organization: string; body: string; obsolete?: boolean; search?: boolean }): string {
  const e = escapeHtml;
  const banner = options.obsolete
    ? '<div class="obsolete-banner" role="alert">TÀI LIỆU ĐÃ HẾT HIỆU LỰC — KHÔNG SỬ DỤNG · <span lang="en">Obsolete: do not use</span></div>\n'
    : '';
  const scripts = options.search ? '\n<script src="assets/search-index.js"></script>\n<script src="assets/search.js"></script>' : '';
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${GENERATOR_MARK}">
<title>${e(options.title)} — ${e(options.organization)}</title>
<link rel="stylesheet" href="assets/site.css">
</head>
<body${options.obsolete ? ' class="obsolete"' : ''}>
${banner}<header class="site"><a class="home" href="index.html">${e(options.organization || 'Hệ thống quản lý chất lượng')}</a>
<nav><a href="index.html">Tài liệu hiện hành</a> <a href="internal.html">Danh mục nội bộ</a> <a href="external.html">Danh mục bên ngoài</a> <a href="register.html">Văn bản pháp luật</a> <a href="obsolete.html">Tài liệu hết hiệu lực</a></nav></header>
<p class="notice">${STAMP}</p>
<main>
${options.body}
</main>
<footer><p class="notice">${STAMP}</p></footer>${scripts}
</body>
</html>
`;
}

/** The stylesheet: readable on screen, black on white in print, the obsolete banner on every printed page. */
export const SITE_CSS = `/* ${GENERATOR_MARK} */
html { font-family: ${SERIF}; font-size: 16px; color: #111; background: #fff; }
body { margin: 0 auto; max-width: 60rem; padding: 0 1rem 2rem; line-height: 1.45; }
header.site { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: baseline; border-bottom: 2px solid #1f3b73; padding: .75rem 0; }
header.site .home { font-weight: bold; color: #1f3b73; text-decoration: none; font-size: 1.1rem; }
nav a { margin-right: 1rem; color: #1f3b73; }
.notice { font-size: .85rem; color: #6b4400; background: #fff7e0; border: 1px solid #e8c66a; padding: .3rem .6rem; }
.obsolete-banner { position: sticky; top: 0; z-index: 10; background: #a40000; color: #fff; font-weight: bold; text-align: center; padding: .5rem; letter-spacing: .03em; }
body.obsolete main { background: repeating-linear-gradient(135deg, #fff, #fff 40px, #fff3f3 40px, #fff3f3 80px); }
h1 { font-size: 1.5rem; color: #1f3b73; } h2 { font-size: 1.2rem; border-bottom: 1px solid #ccd; padding-bottom: .2rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #99a; padding: .25rem .45rem; text-align: left; vertical-align: top; }
th { background: #eef1f7; } td.center, th.center { text-align: center; } td.right, th.right { text-align: right; }
.table { overflow-x: auto; }
.status-in-force { color: #0a6b2f; } .status-changed { color: #8a5a00; } .status-ended { color: #a40000; font-weight: bold; }
.search input { font: inherit; width: 100%; max-width: 32rem; padding: .4rem .6rem; border: 1px solid #889; border-radius: 4px; }
#results li { margin: .3rem 0; } #results .code { font-weight: bold; margin-right: .4rem; }
.muted { color: #555; font-size: .9rem; }
code { font-size: .9em; }
@media print {
  html { font-size: 12pt; }
  body { max-width: none; padding: 0; }
  nav, .search, #results, footer { display: none; }
  a { color: #000; text-decoration: none; }
  .notice { background: none; border: 1px solid #000; color: #000; }
  .obsolete-banner { position: fixed; top: 0; left: 0; right: 0; background: none; color: #000; border: 2px solid #000; }
  body.obsolete main { background: none; padding-top: 2.5rem; }
  tr, li { break-inside: avoid; } h2, h3 { break-after: avoid; }
}
`;
