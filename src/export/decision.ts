/**
 * The Quyết định ban hành of a procedure (Nghị định 30/2020/NĐ-CP, Phụ lục I) as plain text pieces:
 * header, number, place and date, subject, the "Căn cứ" lines from the legal basis and the register,
 * the three articles, the signature block and Nơi nhận. DOCX and HTML lay them out.
 */
import type { IssueConfig } from '../config/types.js';

import type { ControlledDocument } from '../model/document.js';
import type { Register } from '../model/register.js';
import { describeEntry, formatArticles, mergedLegalBasis } from '../sections/build.js';
import type { SectionTemplates } from '../sections/templates.js';
import { QmsError } from '../util/errors.js';
import type { Language } from '../i18n/language.js';
import { issueNumber, longVietnameseDate } from './dates.js';
import type { IssuedDocument } from './model.js';
import { both } from '../i18n/messages/index.js';

/** What the decision needs besides the document: the config's `issue` with the command's options over it. */
export interface DecisionSettings extends IssueConfig {
  /** The decision's number (its "15" in "Số: 15/QĐ-SKHCN"). */
  number: string;
  /** The day it is signed, ISO (default: the approval date). */
  date: string;
  /** The agency (config `organization`). */
  organization: string;
}

/** The decision, every line as it is printed. */
export interface Decision {
  /** In capitals: "UBND TỈNH PHÚ THỌ". */
  parent: string;
  /** In capitals: "SỞ KHOA HỌC VÀ CÔNG NGHỆ". */
  agency: string;
  /** "Số: 15/QĐ-SKHCN". */
  number: string;
  /** "Phú Thọ, ngày 05 tháng 3 năm 2026". */
  placeDate: string;
  /** "Ban hành Quy trình …". */
  subject: string;
  /** "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ". */
  authority: string;
  /** "Căn cứ …;" lines, the last ending with ".". */
  bases: string[];
  /** "Theo đề nghị của ….", or absent. */
  proposal?: string;
  /** The articles' text after "Điều n. ". */
  articles: string[];
  /** "KT. GIÁM ĐỐC" when a deputy signs, else absent. */
  signerPrefix?: string;
  /** "PHÓ GIÁM ĐỐC". */
  signerTitle: string;
  signerName: string;
  /** "- Như Điều 3;" … "- Lưu: VT.". */
  recipients: string[];
}

/** The pieces a decision cannot be made without, named as the user supplies them. */
const PIECES = ['number', 'parent', 'place', 'symbol', 'organization', 'date'] as const;

/**
 * The decision issuing `issued`. Refuses (reason `missing-decision-data`) naming every missing
 * piece: number, parent body, place, abbreviation, agency, date, approver.
 */
export function decisionOf(issued: IssuedDocument, document: ControlledDocument, register: Register, templates: SectionTemplates, settings: DecisionSettings, language: Language): Decision {
  const missing: string[] = PIECES.filter((piece) => settings[piece].trim() === '');
  const approver = issued.approvals[2]!;
  if (approver.name.trim() === '' || approver.title.trim() === '') {
    missing.push('approver');
  }
  if (missing.length > 0) {
    throw new QmsError(
      both('decision.cannot-make-decision-issuing', { code: issued.code, missing }),
      { reason: 'missing-decision-data', language, details: { missing } },
    );
  }
  const upper = (text: string): string => text.normalize('NFC').toLocaleUpperCase('vi');
  const agencyName = settings.organization.trim();
  const head = settings.head.trim() || 'Giám đốc';
  // A deputy signs for the head (KT.); the head, or anyone else, signs in their own title.
  const deputy = !sameWords(approver.title, head) && /^phó\s/iu.test(approver.title.trim().normalize('NFC'));
  const bases = [
    ...settings.basis.map((line) => `Căn cứ ${trimEnd(line)}`),
    // As the legal-basis region reads it: the document's own items, then its TTHC records'.
    ...mergedLegalBasis(document, register).map((item) => {
      const entry = register.get(item.key);
      const articles = formatArticles(item.articles, templates);
      const cited = entry?.id ? describeEntry(entry, templates, longVietnameseDate) : item.id;
      return `Căn cứ ${articles === '' ? '' : `${articles} `}${cited}`;
    }),
  ].map((line, i, all) => `${trimEnd(line)}${i === all.length - 1 ? '.' : ';'}`);
  const title = issued.title.trim();
  const revision = issueNumber(issued.revision);
  const effective = issued.effective ? `kể từ ngày ${longVietnameseDate(issued.effective)}` : 'kể từ ngày ký';
  const previous = issued.revision !== undefined && issued.revision > 1 ? ` ${title} (mã hiệu ${issued.code}, lần ban hành ${issueNumber(issued.revision - 1)}) hết hiệu lực kể từ ngày Quyết định này có hiệu lực.` : '';
  const executors = settings.executors.trim() || [issued.owner?.trim(), 'các tổ chức, cá nhân có liên quan'].filter(Boolean).join(' và ');
  const decision: Decision = {
    parent: upper(settings.parent.trim()),
    agency: upper(agencyName),
    number: `Số: ${settings.number.trim()}/QĐ-${settings.symbol.trim()}`,
    placeDate: `${settings.place.trim()}, ngày ${longVietnameseDate(settings.date)}`,
    subject: `Ban hành ${title}`,
    authority: upper(`${head} ${agencyName}`),
    bases,
    articles: [
      `Ban hành kèm theo Quyết định này ${title} (mã hiệu ${issued.code}${revision ? `, lần ban hành ${revision}` : ''}).`,
      `Quyết định này có hiệu lực ${effective}.${previous}`,
      `${capitalise(executors)} chịu trách nhiệm thi hành Quyết định này./.`,
    ],
    signerTitle: upper(approver.title.trim()),
    signerName: approver.name.trim(),
    recipients: [
      'Như Điều 3',
      ...settings.recipients.map(trimEnd),
      `Lưu: ${trimEnd(settings.archive.trim() || 'VT')}`,
    ].map((line, i, all) => `- ${line}${i === all.length - 1 ? '.' : ';'}`),
  };
  if (deputy) decision.signerPrefix = `KT. ${upper(head)}`;
  if (settings.proposer.trim() !== '') decision.proposal = `Theo đề nghị của ${trimEnd(settings.proposer.trim())}.`;
  return decision;
}

/** A line without the punctuation it ends with (the decision puts its own). */
function trimEnd(text: string): string {
  return text.trim().replace(/[\s;.,]+$/u, '');
}

function sameWords(a: string, b: string): boolean {
  const norm = (s: string): string => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
  return norm(a) === norm(b);
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
