/** The content of each generated region as mdast: identification table, approval grid, change history, legal basis with relations. */
import type { List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { RegionName } from '../config/types.js';
import type { ArticleRef } from '../legal/citation-types.js';
import type { ControlledDocument, LegalBasisItem, LegalEntry } from '../model/document.js';
import type { RelationField } from '../document/read-legal.js';
import { hasTakenEffect, type IncomingRelation, type Register } from '../model/register.js';
import { fill, type SectionTemplates } from './templates.js';
import { buildTthcRegion, recordsOf } from './tthc.js';

/** What building a region needs besides the document. */
export interface BuildContext {
  register: Register;
  /** The day of the run (ISO date): relations of legal documents are those in effect on it. */
  today: string;
  templates: SectionTemplates;
}

/** The mdast of a generated region's content. */
export function buildRegion(name: RegionName, document: ControlledDocument, context: BuildContext): Root {
  switch (name) {
    case 'identification':
      return buildIdentification(document, context);
    case 'approval':
      return buildApproval(document, context);
    case 'history':
      return buildHistory(document, context);
    case 'legal-basis':
      return buildLegalBasis(document, context);
    default:
      return buildTthcRegion(name, document, context.register, context.templates);
  }
}

/** Mã hiệu, tên, lần ban hành, ngày hiệu lực, đơn vị chủ trì: a two-column table. */
export function buildIdentification(document: ControlledDocument, { templates }: BuildContext): Root {
  const t = templates.identification;
  const rows: Array<[string, string | undefined]> = [
    [t.code, document.code?.value],
    [t.title, document.title],
    [t.revision, document.revision ? String(document.revision.value) : undefined],
    [t.effective, document.effective ? formatDate(document.effective.value, templates) : undefined],
    [t.owner, document.owner],
  ];
  return root(t.caption, [table([t.field, t.value], rows.map(([label, value]) => [label, value ?? '']))]);
}

/** The signature grid: Soạn thảo / Xem xét / Phê duyệt × Họ và tên / Chức vụ / Ngày. */
export function buildApproval(document: ControlledDocument, { templates }: BuildContext): Root {
  const t = templates.approval;
  const steps = [document.approval.prepared, document.approval.reviewed, document.approval.approved];
  const rows = [
    [t.name, ...steps.map((s) => s?.name ?? '')],
    [t.title, ...steps.map((s) => s?.title ?? '')],
    [t.date, ...steps.map((s) => (s?.date ? formatDate(s.date, templates) : ''))],
  ];
  return root(t.caption, [table([t.corner, t.prepared, t.reviewed, t.approved], rows)]);
}

/** Theo dõi sửa đổi: one row per history row, in order. */
export function buildHistory(document: ControlledDocument, context: BuildContext): Root {
  const { templates, register } = context;
  const t = templates.history;
  const rows = document.history.map((row) => [
    row.revision !== undefined ? String(row.revision) : '',
    row.date ? formatDate(row.date, templates) : '',
    row.summary ?? '',
    row.trigger === undefined ? '' : referenceTo(register.get(row.triggerKey), row.trigger, templates),
  ]);
  return root(t.caption, [table([t.revision, t.date, t.summary, t.trigger], rows)]);
}

/**
 * The legal basis as a list, each item described from the register with its current relations:
 * the document's own items, then those of the TTHC records it handles that it does not cite itself.
 */
export function buildLegalBasis(document: ControlledDocument, context: BuildContext): Root {
  const items = mergedLegalBasis(document, context.register).map((item) => legalBasisText(item, context));
  const list: List = {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((text): ListItem => ({ type: 'listItem', spread: false, children: [paragraph([{ type: 'text', value: oneLine(text) }])] })),
  };
  return root(context.templates['legal-basis'].caption, items.length > 0 ? [list] : []);
}

/**
 * A document's legal basis with its TTHC records' merged in: the document's items first, as
 * written, then each record's (in the order of `tthc`) whose document the list does not hold yet;
 * a record item citing articles of a document already listed as a whole adds nothing.
 */
export function mergedLegalBasis(document: Pick<ControlledDocument, 'legalBasis' | 'tthc'>, register: Register): LegalBasisItem[] {
  const items = [...document.legalBasis];
  const seen = new Set(items.map((item) => item.key ?? item.id));
  for (const record of recordsOf(document, register)) {
    for (const item of record.legalBasis) {
      const key = item.key ?? item.id;
      if (seen.has(key)) continue;
      seen.add(key);
      items.push({ id: item.id, key: item.key, articles: item.articles, position: item.position });
    }
  }
  return items;
}

/** One legal-basis item as text: "Nghị định số 61/2018/NĐ-CP ngày 23/04/2018 của Chính phủ về … (được sửa đổi, bổ sung bởi …)". */
export function legalBasisText(item: LegalBasisItem, context: BuildContext): string {
  // Thousands of procedures cite the same few hundred documents: each item's text is made once per
  // register, templates and day (all three are never changed once made).
  let byTemplates = described.get(context.register);
  if (!byTemplates) described.set(context.register, (byTemplates = new WeakMap()));
  let texts = byTemplates.get(context.templates);
  if (!texts) byTemplates.set(context.templates, (texts = new Map()));
  const memo = `${context.today}\0${item.key ?? ''}\0${item.id}\0${JSON.stringify(item.articles)}`;
  let text = texts.get(memo);
  if (text === undefined) texts.set(memo, (text = describeItem(item, context)));
  return text;
}

const described = new WeakMap<Register, WeakMap<SectionTemplates, Map<string, string>>>();

function describeItem(item: LegalBasisItem, context: BuildContext): string {
  const { register, templates } = context;
  const t = templates['legal-basis'];
  const articles = formatArticles(item.articles, templates);
  const entry = register.get(item.key);
  if (!entry?.id || !item.key) return fill(t.item, { articles, document: fill(t.unregistered, { id: item.id }), relations: '' });
  return fill(t.item, { articles, document: describeEntry(entry, templates), relations: describeRelations(item.key, context) });
}

/**
 * The full description of a register entry (kind, number, date, issuer, title); `date` writes the
 * signing date (default: the templates' form, 23/04/2018).
 */
export function describeEntry(entry: LegalEntry, templates: SectionTemplates, date: (isoDate: string) => string = (iso) => formatDate(iso, templates)): string {
  const t = templates['legal-basis'];
  const kind = entry.docKind?.trim() ?? '';
  const title = entry.title?.trim() ?? '';
  const values = {
    kind,
    number: entry.id?.value ?? '',
    date: entry.signed ? date(entry.signed.value) : '',
    issuer: entry.issuer?.trim() ?? '',
    title,
    subject: subjectOf(title),
  };
  if (isStandard(entry)) return fill(t.standard, values);
  if (kind !== '' && startsWithWord(title, kind)) return fill(t.named, values);
  // A law is named by its kind and title ("Luật Lý lịch tư pháp số 28/2009/QH12"), even when the register's title omits the kind.
  if (title !== '' && NAMED_KINDS.has(kind.normalize('NFC').toLocaleLowerCase('vi'))) return fill(t.named, { ...values, title: `${kind} ${title}` });
  return fill(t.document, values);
}

/** A short reference to a legal document: "Nghị định số 107/2021/NĐ-CP"; `fallback` when not registered. */
export function referenceTo(entry: LegalEntry | undefined, fallback: string, templates: SectionTemplates): string {
  if (!entry?.id) return fallback;
  const t = templates['legal-basis'];
  const values = { kind: entry.docKind?.trim() ?? '', number: entry.id.value };
  return fill(isStandard(entry) ? t.reference_standard : t.reference, values);
}

const RELATION_ORDER: readonly RelationField[] = ['amends', 'replaces', 'repeals', 'guides'];

/**
 * The relations other register entries have to `key` that are in effect on the day of the run,
 * grouped by kind (and by the articles concerned): "được sửa đổi, bổ sung bởi A và B; bị bãi bỏ bởi C".
 */
export function describeRelations(key: string, context: BuildContext): string {
  const { register, today, templates } = context;
  const t = templates['legal-basis'];
  const active = register
    .incoming(key)
    .filter((r) => r.by.key !== key && r.by.id && hasTakenEffect(r.by, today))
    .sort(compareIncoming);
  const phrases: string[] = [];
  for (const relation of RELATION_ORDER) {
    const groups = new Map<string, { articles: string; by: string[] }>();
    for (const incoming of active) {
      if (incoming.relation !== relation) continue;
      const articles = formatArticles(incoming.source.articles, templates);
      const group = groups.get(articles) ?? { articles, by: [] };
      const by = referenceTo(incoming.by, incoming.by.id!.value, templates);
      if (!group.by.includes(by)) group.by.push(by);
      groups.set(articles, group);
    }
    for (const group of groups.values()) phrases.push(fill(t[relation], { by: joinList(group.by, templates), articles: group.articles }));
  }
  return phrases.join(t.relation_separator);
}

/** Oldest first (by effective, then signed date), then by id. */
function compareIncoming(a: IncomingRelation, b: IncomingRelation): number {
  const dateOf = (r: IncomingRelation): string => r.by.effective?.value ?? r.by.signed?.value ?? '';
  const da = dateOf(a);
  const db = dateOf(b);
  if (da !== db) return da < db ? -1 : 1;
  const ia = a.by.id?.value ?? '';
  const ib = b.by.id?.value ?? '';
  return ia < ib ? -1 : ia > ib ? 1 : 0;
}

/** "Điều 9", "khoản 2 Điều 3, Điều 9" with the template's words. */
export function formatArticles(articles: readonly ArticleRef[], templates: SectionTemplates): string {
  const t = templates['legal-basis'];
  return articles.map((ref) => fill(t.article, { article: ref.article, clause: ref.clause, point: ref.point })).join(t.list);
}

/** "A", "A và B", "A, B và C". */
function joinList(items: readonly string[], templates: SectionTemplates): string {
  const t = templates['legal-basis'];
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(t.list)}${t.and}${items[items.length - 1]}`;
}

/** An ISO date in the template's form: 23/04/2018 (vi) or 2018-04-23 (en). */
export function formatDate(isoDate: string, templates: SectionTemplates): string {
  const [yyyy, mm, dd] = isoDate.split('-');
  return fill(templates.format.date, { yyyy, mm, dd });
}

/** A standard is cited by its own number (TCVN ISO 9001:2015), without "số". */
function isStandard(entry: LegalEntry): boolean {
  const kind = entry.docKind?.trim() ?? '';
  return /^(tiêu chuẩn|tcvn)/iu.test(kind.normalize('NFC')) || (kind !== '' && (entry.id?.value ?? '').startsWith(kind));
}

function startsWithWord(text: string, word: string): boolean {
  const a = text.normalize('NFC').toLocaleLowerCase('vi');
  const b = word.normalize('NFC').toLocaleLowerCase('vi');
  return a === b || (a.startsWith(b) && /\s/.test(a.charAt(b.length)));
}

/** Kinds whose documents are cited by name: Luật Đất đai, Bộ luật Dân sự, Pháp lệnh …. */
const NAMED_KINDS = new Set(['luật', 'bộ luật', 'pháp lệnh', 'hiến pháp']);

/**
 * The words a Vietnamese title opens with after "của <issuer>" ("về …", "quy định …", "sửa đổi …").
 * A title opening otherwise ("Lý lịch tư pháp") takes "về", so the line never reads "của Quốc hội lý lịch tư pháp".
 */
const CONNECTIVES = /^(về|quy định|hướng dẫn|sửa đổi|bổ sung|ban hành|bãi bỏ|phê duyệt|thành lập|công bố|hợp nhất|điều chỉnh|ủy quyền|uỷ quyền|phân cấp|kiện toàn|thí điểm)(?=[\s,;:]|$)/iu;

/** The title as it reads after "của <issuer>": first letter in lower case, "về" added when the title has no connecting word. */
function subjectOf(title: string): string {
  if (title === '') return '';
  const lowered = lowerFirst(title);
  return CONNECTIVES.test(lowered) ? lowered : `về ${lowered}`;
}

/** "Về thực hiện …" → "về thực hiện …"; an acronym ("TCVN …") stays. */
function lowerFirst(text: string): string {
  const nfc = text.normalize('NFC');
  const first = nfc.charAt(0);
  const second = nfc.charAt(1);
  if (second !== '' && second !== second.toLocaleLowerCase('vi')) return nfc;
  return first.toLocaleLowerCase('vi') + nfc.slice(1);
}

function root(caption: string, content: RootContent[]): Root {
  const children: RootContent[] = caption.trim() === '' ? [] : [paragraph([{ type: 'strong', children: [{ type: 'text', value: caption.trim() }] }])];
  return { type: 'root', children: [...children, ...content] };
}

function paragraph(children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): Table {
  const row = (cells: readonly string[]): TableRow => ({
    type: 'tableRow',
    children: cells.map((value): TableCell => {
      const text = oneLine(value);
      return { type: 'tableCell', children: text === '' ? [] : [{ type: 'text', value: text }] };
    }),
  });
  return { type: 'table', align: header.map(() => null), children: [row(header), ...rows.map(row)] };
}

/** Values from front matter may hold line breaks (YAML block scalars); a cell or item is one line. */
function oneLine(value: string): string {
  // Most values are one line already (a name, a date): no replacement to make.
  return LINE_SAFE.test(value) ? value : value.replace(/\s+/g, ' ').trim();
}

/** A value without leading or trailing white space, and whose only white space is single spaces. */
const LINE_SAFE = /^(?:[^\s]+(?: [^\s]+)*)?$/;
