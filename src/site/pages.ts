/** The pages of the site as strings: one per document (in force, or obsolete and marked), the index, the two master lists, the register. */
import type { IssuedDocument } from '../export/model.js';
import { bodyHtml, escapeHtml as e, safeHref } from '../export/html-body.js';
import { issueNumber, shortVietnameseDate as date } from '../export/dates.js';
import { legalStatusLabel } from '../i18n/labels.js';
import type { LegalBasisItem } from '../model/document.js';
import { displayName, type Register, type StatusReading } from '../model/register.js';
import type { ExternalRow, InternalRow } from '../views/master-list.js';
import { page } from './html.js';

/** A document as the lists show it (the index, the obsolete page): made from its summary, without reading it. */
export interface SiteListing {
  /** The page's file name: d-QT-KHCN-01.html, o-… for an obsolete one. */
  href: string;
  code: string;
  title: string;
  typeLabel: string;
  revision?: number;
  /** ISO date. */
  effective?: string;
  owner?: string;
  obsolete: boolean;
  /** For an obsolete document: when and why, and what replaced it. */
  ended?: { date?: string; reason?: string; replacedBy?: string };
}

/** A document as its own page shows it: read in full. */
export interface SitePage extends SiteListing {
  issued: IssuedDocument;
  legalBasis: LegalBasisItem[];
  /** Codes the front matter lists as related. */
  references: string[];
}

/** A look-up by code (a Map, or one that records what a page asked: site/inputs.ts). */
export interface ByCode<V> {
  get(code: string): V | undefined;
}

/** What links need: the page of each code on the site. */
export interface SiteLinks {
  /** Code (NFC) → page file name, documents in force only. */
  inForce: ByCode<string>;
  /** Form code → the documents in force that name it. */
  usedBy: ByCode<readonly string[]>;
  /** A regular expression finding code-shaped words in text. */
  codePattern: RegExp;
}

const CODE_SHAPE = /[A-ZĐ][A-ZĐ0-9]*(?:[-./][A-ZĐ0-9]+)+/gu;

/** The code-shaped words the site links when they are codes of documents in force. */
export function codePattern(): RegExp {
  return new RegExp(CODE_SHAPE.source, 'gu');
}

/** Plain text as HTML with the codes of documents in force linked to their pages. */
export function linkedText(text: string, links: SiteLinks, self?: string): string {
  let html = '';
  let at = 0;
  for (const match of text.matchAll(links.codePattern)) {
    const href = links.inForce.get(match[0].normalize('NFC'));
    if (!href || match[0] === self) continue;
    html += e(text.slice(at, match.index)) + `<a href="${e(href)}">${e(match[0])}</a>`;
    at = match.index + match[0].length;
  }
  return html + e(text.slice(at));
}

function codeLink(code: string, links: SiteLinks): string {
  const href = links.inForce.get(code.normalize('NFC'));
  return href ? `<a href="${e(href)}">${e(code)}</a>` : `${e(code)} <span class="muted">(không có bản hiện hành)</span>`;
}

/** The status of a legal document on the day with its class, in the register's own words (`qms legal show`): the label, then the entries behind it. */
export function legalStatusHtml(reading: StatusReading): string {
  const by = reading.by.map((r) => e(displayName(r.by, r.by.id?.value ?? ''))).join(', ');
  const css = reading.status === 'in-force' ? 'status-in-force' : reading.status === 'amended' || reading.status === 'not-yet-in-force' ? 'status-changed' : 'status-ended';
  return `<span class="${css}">${e(legalStatusLabel('vi', reading.status))}${by ? ` — ${by}` : ''}</span>`;
}

/**
 * One document's page. The legal statuses are those of `today`, but the day is not printed here
 * (the stamp says when the page was made): a page whose statuses did not change is not rewritten.
 */
export function documentPage(doc: SitePage, links: SiteLinks, register: Register, today: string): string {
  const p = doc.issued;
  const rows = (pairs: Array<[string, string]>): string => pairs.map(([k, v]) => `<tr><th>${e(k)}</th><td>${v}</td></tr>`).join('');
  const identification = `<table class="ident">${rows([
    ['Mã hiệu', e(p.code)],
    ['Tên tài liệu', e(p.title)],
    ['Loại', e(p.typeLabel)],
    ['Lần ban hành', e(issueNumber(p.revision))],
    ['Ngày hiệu lực', e(date(p.effective))],
    ['Đơn vị chủ trì', e(p.owner ?? '')],
  ])}</table>`;
  const approvals = `<table><thead><tr><th></th>${p.approvals.map((a) => `<th>${e(a.role)}</th>`).join('')}</tr></thead><tbody>
<tr><th>Họ và tên</th>${p.approvals.map((a) => `<td>${e(a.name)}</td>`).join('')}</tr>
<tr><th>Chức vụ</th>${p.approvals.map((a) => `<td>${e(a.title)}</td>`).join('')}</tr>
<tr><th>Ngày</th>${p.approvals.map((a) => `<td>${e(date(a.date))}</td>`).join('')}</tr></tbody></table>`;
  const history = `<table><thead><tr><th>Lần</th><th>Ngày</th><th>Nội dung sửa đổi</th><th>Căn cứ sửa đổi</th></tr></thead><tbody>${p.history
    .map((h) => `<tr><td>${e(h.revision)}</td><td>${e(date(h.date))}</td><td>${linkedText(h.summary, links, p.code)}</td><td>${e(h.basis)}</td></tr>`)
    .join('')}</tbody></table>`;
  const basis =
    doc.legalBasis.length === 0
      ? '<p class="muted">Không có.</p>'
      : `<table><thead><tr><th>Văn bản</th><th>Tình trạng hiệu lực</th></tr></thead><tbody>${doc.legalBasis
          .map((item) => {
            const entry = register.get(item.key);
            const name = entry ? `${displayName(entry, item.id)}${entry.title ? ` — ${entry.title}` : ''}` : item.id;
            const status = entry && item.key ? legalStatusHtml(register.status(item.key, today)) : '<span class="status-changed">Chưa có trong sổ theo dõi văn bản</span>';
            return `<tr><td><a href="register.html#${e(anchor(item.key ?? item.id))}">${e(name)}</a></td><td>${status}</td></tr>`;
          })
          .join('')}</tbody></table>`;
  const related = doc.references.length === 0 ? '' : `<h2>Tài liệu liên quan</h2><ul>${doc.references.map((code) => `<li>${codeLink(code, links)}</li>`).join('')}</ul>`;
  const forms = p.forms.length === 0 ? '' : `<h2>Biểu mẫu</h2><ul>${p.forms.map((f) => `<li>${codeLink(f.code, links)} — ${e(f.title)}</li>`).join('')}</ul>`;
  const usedBy = links.usedBy.get(p.code) ?? [];
  const procedures = usedBy.length === 0 ? '' : `<h2>Dùng trong</h2><ul>${usedBy.map((code) => `<li>${codeLink(code, links)}</li>`).join('')}</ul>`;
  const ended = doc.ended
    ? `<p class="status-ended">Hết hiệu lực${doc.ended.date ? ` từ ${e(date(doc.ended.date))}` : ''}${doc.ended.reason ? `: ${e(doc.ended.reason)}` : ''}${doc.ended.replacedBy ? `; thay thế bởi ${codeLink(doc.ended.replacedBy, links)}` : ''}.</p>`
    : '';
  const body = `<h1>${e(p.code)} — ${e(p.title)}</h1>
${ended}<p class="muted">${e(p.typeLabel)} · Lần ban hành ${e(issueNumber(p.revision))} · Hiệu lực từ ${e(date(p.effective))}${p.owner ? ` · ${e(p.owner)}` : ''}</p>
<h2>Thông tin tài liệu</h2>
${identification}
<h2>Phê duyệt</h2>
${approvals}
<h2>Theo dõi sửa đổi</h2>
${history}
<h2>Căn cứ pháp lý</h2>
${basis}
${procedures}${forms}${related}
<h2>Nội dung</h2>
<div class="content">
${bodyHtml(p.body, { text: (text) => linkedText(text, links, p.code), href: safeHref })}
</div>`;
  return page({ title: `${p.code} ${p.title}`, organization: p.organization, body, obsolete: doc.obsolete });
}

/** A register key as an element id. */
export function anchor(key: string): string {
  return `l-${key.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-')}`;
}

/** The index: a search box, then the documents in force by type, then by owner. */
export function indexPage(docs: readonly SiteListing[], typeOrder: readonly string[], organization: string): string {
  const byType = new Map<string, SiteListing[]>();
  for (const doc of docs) push(byType, doc.typeLabel, doc);
  const types = [...byType.keys()].sort((a, b) => rank(typeOrder, a) - rank(typeOrder, b) || a.localeCompare(b, 'vi'));
  const row = (d: SiteListing): string => `<tr><td><a href="${e(d.href)}">${e(d.code)}</a></td><td>${e(d.title)}</td><td>${e(issueNumber(d.revision))}</td><td>${e(date(d.effective))}</td></tr>`;
  const head = '<thead><tr><th>Mã hiệu</th><th>Tên tài liệu</th><th>Lần</th><th>Hiệu lực</th></tr></thead>';
  const sections = types.map((type) => `<h2 id="type-${e(anchor(type))}">${e(type)}</h2><div class="table"><table>${head}<tbody>${byType.get(type)!.map(row).join('\n')}</tbody></table></div>`);
  const byOwner = new Map<string, SiteListing[]>();
  for (const doc of docs) push(byOwner, doc.owner ?? '—', doc);
  const owners = [...byOwner.keys()].sort((a, b) => a.localeCompare(b, 'vi'));
  const ownerSections = owners.map((owner) => `<h3>${e(owner)}</h3><ul>${byOwner.get(owner)!.map((d) => `<li><a href="${e(d.href)}">${e(d.code)}</a> ${e(d.title)}</li>`).join('')}</ul>`);
  const body = `<h1>Tài liệu hiện hành</h1>
<div class="search" role="search"><label for="q">Tìm theo mã hiệu, tên hoặc nội dung (có dấu hoặc không dấu)</label><br><input id="q" type="search" placeholder="vd. danh gia noi bo, QT-VP-01, đăng ký" autocomplete="off"></div>
<ol id="results" aria-live="polite"></ol>
<p class="muted">${docs.length} tài liệu đang có hiệu lực.</p>
${sections.join('\n')}
<h2>Theo đơn vị chủ trì</h2>
${ownerSections.join('\n')}`;
  return page({ title: 'Tài liệu hiện hành', organization, body, search: true });
}

/** Adds `value` to the list under `key` (in place: lists of thousands are not copied). */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function rank(order: readonly string[], label: string): number {
  const i = order.indexOf(label);
  return i < 0 ? order.length : i;
}

/** The page listing obsolete documents, each marked. */
export function obsoletePage(docs: readonly SiteListing[], organization: string): string {
  const rows = docs.map((d) => `<tr><td><a href="${e(d.href)}">${e(d.code)}</a></td><td>${e(d.title)}</td><td>${e(issueNumber(d.revision))}</td><td>${e(date(d.ended?.date))}</td><td>${e(d.ended?.replacedBy ?? '')}</td></tr>`);
  const body = `<h1>Tài liệu đã hết hiệu lực</h1><p>Chỉ để tra cứu, không sử dụng.</p>
<div class="table"><table><thead><tr><th>Mã hiệu</th><th>Tên tài liệu</th><th>Lần</th><th>Hết hiệu lực</th><th>Thay thế bởi</th></tr></thead><tbody>${rows.join('\n')}</tbody></table></div>`;
  return page({ title: 'Tài liệu đã hết hiệu lực', organization, body, obsolete: true });
}

/** Danh mục tài liệu nội bộ: the documents in force. */
export function internalPage(rows: readonly InternalRow[], links: SiteLinks, organization: string): string {
  const body = `<h1>Danh mục tài liệu nội bộ</h1>
<div class="table"><table><thead><tr><th>STT</th><th>Mã hiệu</th><th>Tên tài liệu</th><th>Loại</th><th>Lần ban hành</th><th>Ngày hiệu lực</th><th>Đơn vị chủ trì</th></tr></thead><tbody>
${rows.map((r, i) => `<tr><td>${i + 1}</td><td>${codeLink(r.code, links)}</td><td>${e(r.title)}</td><td>${e(r.typeLabel)}</td><td>${e(issueNumber(r.revision ?? undefined))}</td><td>${e(date(r.effective ?? undefined))}</td><td>${e(r.owner ?? '')}</td></tr>`).join('\n')}
</tbody></table></div>`;
  return page({ title: 'Danh mục tài liệu nội bộ', organization, body });
}

/** Danh mục tài liệu bên ngoài: the register with each document's status today. */
export function externalPage(rows: readonly ExternalRow[], register: Register, today: string, organization: string): string {
  const body = `<h1>Danh mục tài liệu bên ngoài</h1><p class="muted">Tình trạng hiệu lực tính đến ngày tạo trang (ghi ở đầu trang).</p>
<div class="table"><table><thead><tr><th>STT</th><th>Số, ký hiệu</th><th>Loại</th><th>Trích yếu</th><th>Cơ quan ban hành</th><th>Ngày ban hành</th><th>Tình trạng</th></tr></thead><tbody>
${rows.map((r, i) => `<tr><td>${i + 1}</td><td><a href="register.html#${e(anchor(r.key))}">${e(r.id)}</a></td><td>${e(r.kind ?? '')}</td><td>${e(r.title ?? '')}</td><td>${e(r.issuer ?? '')}</td><td>${e(date(r.signed ?? undefined))}</td><td>${legalStatusHtml(register.status(r.key, today))}</td></tr>`).join('\n')}
</tbody></table></div>`;
  return page({ title: 'Danh mục tài liệu bên ngoài', organization, body });
}

/** The register: each legal document, its status today, and the documents in force resting on it. */
export function registerPage(rows: readonly ExternalRow[], register: Register, today: string, citedBy: ReadonlyMap<string, string[]>, links: SiteLinks, organization: string): string {
  const entries = rows.map((r) => {
    const citing = citedBy.get(r.key) ?? [];
    return `<section id="${e(anchor(r.key))}"><h2>${e(r.kind ?? '')} ${e(r.id)}</h2>
<p>${e(r.title ?? '')}</p>
<p class="muted">${e(r.issuer ?? '')}${r.signed ? ` · ban hành ${e(date(r.signed))}` : ''}${r.effective ? ` · hiệu lực ${e(date(r.effective))}` : ''}</p>
<p>Tình trạng: ${legalStatusHtml(register.status(r.key, today))}</p>
${citing.length > 0 ? `<p>Căn cứ của: ${citing.map((code) => codeLink(code, links)).join(', ')}</p>` : ''}</section>`;
  });
  const body = `<h1>Sổ theo dõi văn bản pháp luật</h1>\n${entries.join('\n')}`;
  return page({ title: 'Sổ theo dõi văn bản pháp luật', organization, body });
}
