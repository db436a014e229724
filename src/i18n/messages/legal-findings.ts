/** The findings of the legal/* and register/* rules, in Vietnamese and English. */
import { dateIn as at, joined, legalText as name, legalTexts as names, message, SAMPLE_DECREE, type LegalName } from '../catalogue.js';
import { relationWord } from './words.js';

const DECREE_2: LegalName = { kind: 'Nghị định', number: '107/2021/NĐ-CP' };
const QD19 = { vi: 'Quyết định số 19/2014/QĐ-TTg, Điều 4', en: 'Quyết định 19/2014/QĐ-TTg, Điều 4' };

/** What a pending legal update is: the cited document, the one amending it, when, and the document to revise. */
const PENDING = { cited: SAMPLE_DECREE, by: DECREE_2, inForce: '2021-12-01', byId: '107/2021/NĐ-CP', code: 'QT-KHCN-01' };

const revise = (d: { code: string; byId: string }): string => `qms revise ${d.code} --summary "…" --trigger ${d.byId}`;

export const LEGAL_FINDINGS = {
  'legal/amended.draft': message(
    PENDING,
    (d) => `viện dẫn ${name('vi', d.cited)}, đã được sửa đổi, bổ sung bởi ${name('vi', d.by)} (có hiệu lực từ ngày ${at('vi', d.inForce)}): dự thảo này phải cập nhật theo văn bản sửa đổi trước khi phê duyệt — sửa nội dung và thêm "- id: ${d.byId}" vào legal_basis (tài liệu ${d.code})`,
    (d) => `cites ${name('en', d.cited)}, amended by ${name('en', d.by)} (in force ${d.inForce}): this draft must follow it before it is approved — update the text and add "- id: ${d.byId}" to legal_basis (document ${d.code})`,
  ),
  'legal/amended.pending': message(
    { ...PENDING, due: '2022-03-01' },
    (d) => `viện dẫn ${name('vi', d.cited)}, đã được sửa đổi, bổ sung bởi ${name('vi', d.by)} (có hiệu lực từ ngày ${at('vi', d.inForce)}): phải cập nhật tài liệu trước ngày ${at('vi', d.due)} — chạy ${revise(d)}`,
    (d) => `cites ${name('en', d.cited)}, amended by ${name('en', d.by)} (in force ${d.inForce}): follow by ${d.due} — run ${revise(d)}`,
  ),
  'legal/update-overdue.issued-after': message(
    { ...PENDING, firstIssue: '2022-01-10' },
    (d) => `viện dẫn ${name('vi', d.cited)}, đã được sửa đổi, bổ sung bởi ${name('vi', d.by)} (có hiệu lực từ ngày ${at('vi', d.inForce)}), nhưng tài liệu ban hành lần đầu ngày ${at('vi', d.firstIssue)}, sau ngày đó: lẽ ra phải theo văn bản sửa đổi ngay từ đầu — chạy ${revise(d)}`,
    (d) => `cites ${name('en', d.cited)}, amended by ${name('en', d.by)} (in force ${d.inForce}), yet the document was first issued on ${d.firstIssue}, after it took effect: it had to follow it from the start — run ${revise(d)}`,
  ),
  'legal/update-overdue.overdue': message(
    { ...PENDING, due: '2022-03-01' },
    (d) => `viện dẫn ${name('vi', d.cited)}, đã được sửa đổi, bổ sung bởi ${name('vi', d.by)} (có hiệu lực từ ngày ${at('vi', d.inForce)}): đã quá hạn cập nhật ngày ${at('vi', d.due)} (ba tháng, ${QD19.vi}) — chạy ${revise(d)}`,
    (d) => `cites ${name('en', d.cited)}, amended by ${name('en', d.by)} (in force ${d.inForce}): the update was due by ${d.due} (three months, ${QD19.en}) — run ${revise(d)}`,
  ),
  'legal/superseded.expired': message(
    { cited: SAMPLE_DECREE, expired: '2023-12-31', citedId: '61/2018/NĐ-CP' },
    (d) => `viện dẫn ${name('vi', d.cited)}, đã hết hiệu lực từ ngày ${at('vi', d.expired)}: bỏ hoặc thay thế trích dẫn này (qms impact ${d.citedId} liệt kê mọi tài liệu cần sửa đổi)`,
    (d) => `cites ${name('en', d.cited)}, which expired on ${d.expired}: remove or replace the citation (qms impact ${d.citedId} lists every document to revise)`,
  ),
  'legal/superseded.replaced': message(
    { cited: SAMPLE_DECREE, successors: [DECREE_2], citedId: '61/2018/NĐ-CP' },
    (d) => `viện dẫn ${name('vi', d.cited)}, đã bị thay thế bởi ${names('vi', d.successors)}: viện dẫn văn bản thay thế và sửa đổi phần nội dung dựa trên văn bản cũ — chạy qms impact ${d.citedId}`,
    (d) => `cites ${name('en', d.cited)}, replaced by ${names('en', d.successors)}: cite the successor and revise the text that rests on it — run qms impact ${d.citedId}`,
  ),
  'legal/superseded.repealed': message(
    { cited: SAMPLE_DECREE, successors: [DECREE_2], citedId: '61/2018/NĐ-CP' },
    (d) => `viện dẫn ${name('vi', d.cited)}, đã bị bãi bỏ bởi ${names('vi', d.successors)}: bỏ trích dẫn và sửa đổi phần nội dung dựa trên văn bản đó — chạy qms impact ${d.citedId}`,
    (d) => `cites ${name('en', d.cited)}, repealed by ${names('en', d.successors)}: remove the citation and revise the text that rests on it — run qms impact ${d.citedId}`,
  ),
  'legal/unknown.ambiguous': message(
    { text: 'Nghị định 61', candidates: ['61/2018/NĐ-CP', '61/2015/NĐ-CP'] },
    (d) => `"${d.text}" có thể là ${joined('vi', d.candidates, true)}: ghi đầy đủ số, ký hiệu văn bản`,
    (d) => `"${d.text}" could mean ${joined('en', d.candidates, true)}: write the full number`,
  ),
  'legal/unknown.unresolved': message(
    { text: 'Luật Đất đai' },
    (d) => `"${d.text}" không có trong sổ đăng ký văn bản: ghi đầy đủ số, ký hiệu văn bản, hoặc đăng ký văn bản bằng qms legal add <số, ký hiệu> --kind … --title … --issuer … --signed … --effective …`,
    (d) => `"${d.text}" is not in the legal register: write its full number, or register it with qms legal add <number> --kind … --title … --issuer … --signed … --effective …`,
  ),
  'legal/unknown.unregistered': message(
    { text: '61/2018/NĐ-CP' },
    (d) => `${d.text} không có trong sổ đăng ký văn bản: đăng ký bằng qms legal add ${d.text} --kind … --title … --issuer … --signed … --effective … (hoặc sửa lại số, ký hiệu)`,
    (d) => `${d.text} is not in the legal register: register it with qms legal add ${d.text} --kind … --title … --issuer … --signed … --effective … (or correct the number)`,
  ),
  'legal/unlisted': message(
    { cited: SAMPLE_DECREE, id: '61/2018/NĐ-CP' },
    (d) => `nội dung viện dẫn ${name('vi', d.cited)} nhưng căn cứ pháp lý (legal_basis) chưa liệt kê văn bản này: thêm "- id: ${d.id}" vào legal_basis`,
    (d) => `the body cites ${name('en', d.cited)}, which legal_basis does not list: add "- id: ${d.id}"`,
  ),
  'register/cycle': message(
    { cycle: ['61/2018/NĐ-CP', '107/2021/NĐ-CP', '61/2018/NĐ-CP'] },
    (d) => `các quan hệ sửa đổi, thay thế, bãi bỏ tạo thành vòng lặp: ${d.cycle.join(' → ')}`,
    (d) => `relations form a cycle: ${d.cycle.join(' → ')}`,
  ),
  'register/dates.effective-before-signed': message(
    { effective: '2018-04-01', signed: '2018-04-23' },
    (d) => `ngày có hiệu lực ${at('vi', d.effective)} trước ngày ban hành ${at('vi', d.signed)}`,
    (d) => `effective ${d.effective} is before signed ${d.signed}`,
  ),
  'register/dates.expired-not-after': message(
    { expired: '2018-04-01', effective: '2018-04-23' },
    (d) => `ngày hết hiệu lực ${at('vi', d.expired)} không sau ngày có hiệu lực ${at('vi', d.effective)}`,
    (d) => `expired ${d.expired} is not after effective ${d.effective}`,
  ),
  'register/dates.acts-on-newer': message(
    { relation: 'amends', target: '107/2021/NĐ-CP', targetSigned: '2021-12-06', signed: '2018-04-23' },
    (d) => `${relationWord('vi', d.relation)} ${d.target}, ban hành ngày ${at('vi', d.targetSigned)}, sau văn bản này (ban hành ngày ${at('vi', d.signed)}): một văn bản chỉ tác động đến văn bản ban hành trước nó`,
    (d) => `${d.relation} ${d.target}, signed ${d.targetSigned}, after this document (signed ${d.signed}): a document can only act on older ones`,
  ),
  'register/duplicate.id': message(
    { id: '61/2018/NĐ-CP', first: 'legal/nd-61-2018.md' },
    (d) => `${d.id} đã được đăng ký tại ${d.first}: mỗi văn bản chỉ giữ một mục đăng ký`,
    (d) => `${d.id} is already registered in ${d.first}: keep one entry per document`,
  ),
  // `register`: the other register's folder, '' for this repository's own; `own`: the entry used is this repository's.
  'register/conflict': message(
    { id: '61/2018/NĐ-CP', register: 'registers/tinh/legal', other: 'registers/tinh/legal/nd-61-2018-nd-cp.md', fields: ['effective'], used: 'legal/nd-61-2018-nd-cp.md', own: true as boolean },
    (d) =>
      `${d.id} cũng có trong sổ đăng ký ${d.register || 'của kho này'} (${d.other}) nhưng khác ở ${d.fields.join(', ')}; qms đang dùng ${d.used}: sửa cho hai mục khớp nhau, hoặc xóa ${d.own ? 'bản của kho này' : 'một trong hai'}`,
    (d) =>
      `${d.id} is also in the register ${d.register || 'of this repository'} (${d.other}) with a different ${d.fields.join(', ')}; ${d.used} is the one used: make them agree, or delete ${d.own ? "this repository's copy" : 'one of them'}`,
  ),
  'register/duplicate.alias': message(
    { alias: 'Luật Đất đai 2013', owner: 'legal/luat-45-2013.md' },
    (d) => `tên gọi khác "${d.alias}" cũng là tên gọi khác trong ${d.owner}: mỗi tên gọi khác chỉ được chỉ một văn bản`,
    (d) => `alias "${d.alias}" is also an alias in ${d.owner}: an alias must name one document`,
  ),
  'register/id.implausible': message(
    { id: '61/2018/NĐ-CPXXXXXXXXXXXXXXXXXXXXXXXXX' },
    (d) => `số, ký hiệu "${d.id}" không giống một văn bản có thật: phần ký hiệu dài hơn mọi ký hiệu thực tế`,
    (d) => `id "${d.id}" is not a plausible document number: its symbol is far longer than any real one`,
  ),
  'register/id.not-number': message(
    { id: 'Nghị định sáu mốt' },
    (d) => `số, ký hiệu "${d.id}" không đúng dạng số, ký hiệu văn bản, chẳng hạn 61/2018/NĐ-CP, 45/2013/QH13 hoặc 101/QĐ-BKHCN`,
    (d) => `id "${d.id}" is not a document number such as 61/2018/NĐ-CP, 45/2013/QH13 or 101/QĐ-BKHCN`,
  ),
  'register/target.self': message(
    { id: '61/2018/NĐ-CP', relation: 'amends' },
    (d) => `${d.id} tự ${relationWord('vi', d.relation)} chính nó`,
    (d) => `${d.id} ${d.relation} itself`,
  ),
  'register/target.missing': message(
    { relation: 'replaces', target: '63/2010/NĐ-CP' },
    (d) => `${relationWord('vi', d.relation)} ${d.target}, văn bản chưa có trong sổ đăng ký: đăng ký bằng qms legal add ${d.target} --kind … --title … --issuer … --signed … --effective …`,
    (d) => `${d.relation} ${d.target}, which is not in the register: register it with qms legal add ${d.target} --kind … --title … --issuer … --signed … --effective …`,
  ),
};
