/**
 * What each rule asks for, in Vietnamese and English: the rule descriptions of SARIF rule descriptors,
 * JUnit reports and the docs. Keyed `rule-description.<rule id>`; ruleMeta takes only a rule id that has one.
 */
import { message } from '../catalogue.js';

export const RULE_DESCRIPTIONS = {
  'rule-description.approval/changed': message(
    {},
    () => 'Nội dung vẫn khớp dấu vân tay ghi lúc phê duyệt: không có thay đổi nội dung nào sau khi phê duyệt.',
    () => 'The content still matches the fingerprint recorded at approval: nothing substantive changed after approval.',
  ),
  'rule-description.approval/missing': message(
    {},
    () => 'Tài liệu đã phê duyệt hoặc đang hiệu lực ghi đủ ba bước — soạn thảo, xem xét, phê duyệt — mỗi bước có họ tên, chức vụ và ngày.',
    () => 'Approved and effective documents record all three steps — prepared, reviewed, approved — each with name, title and date.',
  ),
  'rule-description.approval/order': message(
    {},
    () => 'Ngày tháng theo đúng trình tự phê duyệt: soạn thảo ≤ xem xét ≤ phê duyệt ≤ hiệu lực.',
    () => 'Dates follow the approval sequence: prepared ≤ reviewed ≤ approved ≤ effective.',
  ),
  'rule-description.approval/role': message(
    {},
    () => 'Người xem xét và người phê duyệt giữ chức vụ mà cấu hình cho phép đối với loại tài liệu đó.',
    () => 'The reviewer and approver hold titles the config allows for the document type.',
  ),
  'rule-description.approval/self': message(
    {},
    () => 'Người soạn thảo không đồng thời phê duyệt tài liệu (trừ khi approval.allow_self_approval là true).',
    () => 'The preparer does not also approve the document (unless approval.allow_self_approval is true).',
  ),
  'rule-description.change/approval': message(
    {},
    () => 'Tài liệu có nội dung thay đổi so với nhánh gốc và đang ở trạng thái đã phê duyệt hoặc hiệu lực phải có dấu vân tay phê duyệt khớp với nội dung.',
    () => 'A document whose substance changed since the base and that is approved or effective has an approval fingerprint matching its content.',
  ),
  'rule-description.change/code': message(
    {},
    () => 'Mã hiệu của tài liệu không đổi: đổi mã là một tài liệu mới, còn tài liệu cũ phải được hủy bỏ (qms obsolete).',
    () => 'A document\'s code does not change: a renamed code is a new document, and the old one is made obsolete.',
  ),
  'rule-description.change/deleted': message(
    {},
    () => 'Không xóa tài liệu được kiểm soát: tài liệu hết hiệu lực vẫn được giữ và ghi status: obsolete (qms obsolete).',
    () => 'A controlled document is not deleted: an obsolete document is kept and marked status: obsolete.',
  ),
  'rule-description.change/legal': message(
    {},
    () => 'Văn bản pháp luật được thêm hoặc sửa trong sổ đăng ký kể từ nhánh gốc được báo trên mọi tài liệu chịu ảnh hưởng mà chưa cập nhật theo.',
    () => 'A register entry added or changed since the base is reported on every controlled document it affects that has not followed it yet.',
  ),
  'rule-description.change/revision': message(
    {},
    () => 'Tài liệu có nội dung thay đổi so với nhánh gốc mang lần ban hành gốc + 1 và có dòng theo dõi sửa đổi tương ứng; tài liệu mới bắt đầu từ lần ban hành 1 với một dòng.',
    () => 'A document whose substance changed since the base is at the base revision + 1 with a history row for it; a new document starts at revision 1 with one row.',
  ),
  'rule-description.code/duplicate': message(
    {},
    () => 'Mỗi mã hiệu chỉ định danh một tài liệu: không có hai tệp cùng mã hiệu.',
    () => 'Each code identifies one document: no two files carry the same code.',
  ),
  'rule-description.code/filename': message(
    {},
    () => 'Tên tệp của tài liệu được đặt theo mã hiệu, đúng mẫu tên tệp trong cấu hình.',
    () => 'A document\'s file name is derived from its code by the configured template.',
  ),
  'rule-description.code/format': message(
    {},
    () => 'Mã hiệu của tài liệu khớp mẫu mã hiệu cấu hình cho loại tài liệu đó.',
    () => 'A document\'s code matches the code pattern configured for its type.',
  ),
  'rule-description.frontmatter/parse': message(
    {},
    () => 'Mọi tài liệu được kiểm soát và mọi mục trong sổ đăng ký bắt đầu bằng phần front matter YAML đọc được.',
    () => 'Every controlled document and register entry starts with readable YAML front matter.',
  ),
  'rule-description.frontmatter/schema': message(
    {},
    () => 'Các trường của front matter có đủ và đúng kiểu: mã hiệu, lần ban hành, trạng thái, ngày tháng; trường lạ được cảnh báo.',
    () => 'Front matter fields are present and well typed: codes, revisions, statuses, ISO dates; unknown fields are warned about.',
  ),
  'rule-description.generated/stale': message(
    {},
    () => 'Các vùng sinh tự động khớp front matter và sổ đăng ký (như qms render ghi), có đủ vùng bắt buộc, và các dấu mốc đi thành cặp.',
    () => 'Generated regions match the front matter and the register (as qms render writes them), required regions are present, and markers are paired.',
  ),
  'rule-description.legal/amended': message(
    {},
    () => 'Văn bản được viện dẫn đã được sửa đổi, bổ sung bởi văn bản đang có hiệu lực mà tài liệu chưa cập nhật theo: còn trong thời hạn ba tháng, hoặc là dự thảo, phải cập nhật trước khi phê duyệt.',
    () => 'A cited legal document was amended by one in force, and the document has not followed yet: the three months to do so still run, or it is a draft, which must follow before approval.',
  ),
  'rule-description.legal/superseded': message(
    {},
    () => 'Không tài liệu nào viện dẫn văn bản pháp luật đã bị thay thế, bị bãi bỏ hoặc hết hiệu lực.',
    () => 'No document cites a legal document that has been replaced, repealed or has expired.',
  ),
  'rule-description.legal/unknown': message(
    {},
    () => 'Mọi văn bản pháp luật viện dẫn trong legal_basis hoặc trong nội dung đều có trong sổ đăng ký văn bản.',
    () => 'Every legal document cited in legal_basis or the body is in the legal register.',
  ),
  'rule-description.legal/unlisted': message(
    {},
    () => 'Mọi văn bản pháp luật nội dung viện dẫn đều có trong căn cứ pháp lý legal_basis (hoặc trong căn cứ pháp lý của bản ghi TTHC mà tài liệu thực hiện).',
    () => 'Every legal document the body cites is listed in legal_basis (or in the legal basis of a TTHC record the document handles).',
  ),
  'rule-description.legal/update-overdue': message(
    {},
    () => 'Văn bản được viện dẫn đã được sửa đổi, bổ sung quá ba tháng (hoặc trước khi tài liệu ban hành lần đầu) mà tài liệu chưa cập nhật theo (Quyết định số 19/2014/QĐ-TTg, Điều 4).',
    () => 'A cited legal document was amended more than three months ago (or before the document was first issued) and the document has not followed (QĐ 19/2014/QĐ-TTg, Điều 4).',
  ),
  'rule-description.ref/obsolete': message(
    {},
    () => 'Tài liệu đang áp dụng không viện dẫn tài liệu đã hết hiệu lực.',
    () => 'A document in use does not reference an obsolete document.',
  ),
  'rule-description.ref/unknown': message(
    {},
    () => 'Mọi mã hiệu nội bộ trong references hoặc trong nội dung là mã hiệu của một tài liệu được kiểm soát.',
    () => 'Every internal code in references or in the body is the code of a controlled document.',
  ),
  'rule-description.register/conflict': message(
    {},
    () => 'Văn bản pháp luật có mặt ở nhiều sổ đăng ký (sổ của cơ quan và sổ dùng chung) có cùng nội dung ở mọi sổ.',
    () => 'A legal document held by more than one register (the agency\'s own and shared ones) has the same entry in each.',
  ),
  'rule-description.register/cycle': message(
    {},
    () => 'Các quan hệ sửa đổi, bổ sung, thay thế và bãi bỏ không tạo thành vòng (A thay thế B, B lại thay thế A).',
    () => 'Amends, replaces and repeals relations form no cycle (A replaces B replaces A).',
  ),
  'rule-description.register/dates': message(
    {},
    () => 'Ngày ký ≤ ngày có hiệu lực < ngày hết hiệu lực, và một văn bản chỉ sửa đổi, bổ sung, thay thế, bãi bỏ hoặc hướng dẫn văn bản ký không muộn hơn nó.',
    () => 'signed ≤ effective < expired, and a document only amends, replaces, repeals or guides documents signed no later than it.',
  ),
  'rule-description.register/duplicate': message(
    {},
    () => 'Mỗi văn bản pháp luật chỉ có một mục trong sổ đăng ký, và mỗi tên gọi khác chỉ trỏ tới một văn bản.',
    () => 'Each legal document has one register entry, and each alias names one document.',
  ),
  'rule-description.register/id': message(
    {},
    () => 'Số hiệu trong sổ đăng ký là số hiệu văn bản, ví dụ 61/2018/NĐ-CP (số/năm/loại-cơ quan ban hành), 93/2025/QH15 (luật), hoặc 03/QĐ-UBND với văn bản không ghi năm.',
    () => 'A register id is a document number: number/year/TYPE-ISSUER (61/2018/NĐ-CP), number/year/QH13, or number/TYPE-ISSUER for documents without a year.',
  ),
  'rule-description.register/schema': message(
    {},
    () => 'Mục trong sổ đăng ký có số hiệu, loại văn bản, trích yếu, cơ quan ban hành, ngày ký, ngày có hiệu lực, và các quan hệ ghi đúng dạng.',
    () => 'Legal register entries have id, kind, title, issuer, signed and effective dates, and well-formed relations.',
  ),
  'rule-description.register/target': message(
    {},
    () => 'Mọi văn bản được sửa đổi, bổ sung, thay thế, bãi bỏ hoặc hướng dẫn đều là một mục khác trong sổ đăng ký.',
    () => 'Every amends, replaces, repeals and guides target is another entry of the register.',
  ),
  'rule-description.review/overdue': message(
    {},
    () => 'Tài liệu đang hiệu lực được phê duyệt hoặc rà soát lần gần nhất trong chu kỳ rà soát đã cấu hình (ghi rà soát bằng qms review).',
    () => 'An effective document was approved or last reviewed within the configured review interval.',
  ),
  'rule-description.revision/history': message(
    {},
    () => 'Các dòng theo dõi sửa đổi phủ đủ các lần ban hành từ 1 đến lần hiện tại, dòng cuối là lần ban hành hiện tại, và ngày không đi lùi hay vượt ngày hiệu lực.',
    () => 'History rows cover revisions 1..revision without gaps, the last row is the current revision, and dates do not go backwards or pass the effective date.',
  ),
  'rule-description.status/lifecycle': message(
    {},
    () => 'Trạng thái khớp hồ sơ: tài liệu hiệu lực đã được phê duyệt và có ngày hiệu lực; tài liệu hết hiệu lực có ngày và lý do.',
    () => 'The status agrees with the record: effective documents are approved and dated; obsolete ones carry a date and a reason.',
  ),
  'rule-description.status/orphan': message(
    {},
    () => 'Biểu mẫu hoặc tài liệu mang mã của tài liệu khác (BM-01/QT-VP-01 theo QT-VP-01) không còn áp dụng khi tài liệu đó đã hết hiệu lực.',
    () => 'A form or document named after another (BM-01/QT-VP-01 after QT-VP-01) is not in use once that one is obsolete.',
  ),
  'rule-description.structure/sections': message(
    {},
    () => 'Tài liệu có đủ các mục bắt buộc của loại tài liệu, theo thứ tự đã cấu hình (không xét số thứ tự mục).',
    () => 'The document has its type\'s required sections, in the configured order (numbering is ignored).',
  ),
  'rule-description.tthc/schema': message(
    {},
    () => 'Bản ghi TTHC có mã, tên, cơ quan thực hiện, thời hạn giải quyết, phí, hồ sơ, căn cứ pháp lý và thay đổi ghi đúng dạng, tệp mang tên theo mã (ví dụ tthc/1.001234.md), và không bản ghi nào khác trùng mã.',
    () => 'A TTHC record has code, name, agency and time limit, well-formed fees, dossier, legal basis and changes, is named <code>.md, and no other record has its code.',
  ),
  'rule-description.tthc/time-limit': message(
    {},
    () => 'Thời gian các bước trong bảng quy trình xử lý, tính theo giờ làm việc, cộng lại bằng thời hạn giải quyết của TTHC mà quy trình thực hiện, và mọi thời gian bước đều đọc được.',
    () => 'The step times of a procedure\'s processing table, in working hours, add up to the time limit of the TTHC it handles, and every step time can be read.',
  ),
  'rule-description.tthc/unknown': message(
    {},
    () => 'Mọi mã TTHC trong trường tthc của tài liệu có bản ghi trong thư mục TTHC (khi kho có lưu bản ghi TTHC).',
    () => 'Every TTHC code in a document\'s tthc field has a record in the TTHC folder (when the repository keeps any).',
  ),
};

/** The words around a rule's description in the SARIF and JUnit reports. */
export const RULE_REPORT_MESSAGES = {
  'rule.serves': message(
    { clause: '7.5.3.2; QĐ 19/2014/QĐ-TTg Điều 4' },
    (d) => `ISO 9001:2015 / căn cứ pháp lý: ${d.clause}.`,
    (d) => `ISO 9001:2015 / legal basis: ${d.clause}.`,
  ),
  'rule.documentation': message(
    { uri: 'https://qms.dev/docs/rules/legal/superseded.md' },
    (d) => `Hướng dẫn: ${d.uri}`,
    (d) => `Documentation: ${d.uri}`,
  ),
  'rule.documentation-link': message(
    { rule: 'legal/superseded', uri: 'https://qms.dev/docs/rules/legal/superseded.md' },
    (d) => `[Hướng dẫn về quy tắc ${d.rule}](${d.uri})`,
    (d) => `[Documentation of ${d.rule}](${d.uri})`,
  ),
  'rule.junit-details': message(
    { rule: 'legal/superseded', description: 'Không tài liệu nào viện dẫn văn bản đã bị thay thế.', clause: '7.5.3.2', docs: 'docs/rules/legal/superseded.md' },
    (d) => `${d.rule}: ${d.description} (ISO 9001:2015 / căn cứ pháp lý: ${d.clause}; xem ${d.docs})`,
    (d) => `${d.rule}: ${d.description} (ISO 9001:2015 / legal basis: ${d.clause}; see ${d.docs})`,
  ),
  'sarif.srcroot': message(
    {},
    () => 'Gốc của kho tài liệu QMS: thư mục chứa qms.config.yaml.',
    () => 'The root of the QMS repository: the folder that holds qms.config.yaml.',
  ),
};

/** The id of a rule that has a description in the catalogue. */
export type DescribedRuleId = keyof typeof RULE_DESCRIPTIONS extends `rule-description.${infer Id}` ? Id : never;
