/** Messages of lifecycle, in Vietnamese and English. */
import { dateIn, message } from '../catalogue.js';
import { stepWord } from './words.js';
import { list } from '../language.js';

export const LIFECYCLE_MESSAGES = {
  'lifecycle-run.new-document-would-fail': message(
    { valueJoin: 'code/format: mã không khớp mẫu' },
    (d) => `tài liệu mới sẽ không qua qms check, nên không tạo: ${d.valueJoin}`,
    (d) => `the new document would fail qms check, so it was not created: ${d.valueJoin}`,
  ),
  'lifecycle-run.some-generated-regions-were': message(
    {},
    () => 'một số vùng sinh tự động không được ghi; sửa các dấu mốc rồi chạy qms render',
    () => 'some generated regions were not written: fix the markers, then run qms render',
  ),
  'apply.check-no-findings': message(
    { file: 'procedures/QT-KHCN-01.md' },
    (d) => `qms check: ${d.file} không có lỗi.`,
    (d) => `qms check: no findings for ${d.file}.`,
  ),
  'apply.check-still-reports-error': message(
    { file: 'procedures/QT-KHCN-01.md', warnings: 2, errors: 2 },
    (d) => `qms check vẫn báo ${d.errors} lỗi, ${d.warnings} cảnh báo cho ${d.file}:`,
    (d) => `qms check still reports ${d.errors} error(s), ${d.warnings} warning(s) for ${d.file}:`,
  ),
  'approve.step-takes-prepared-reviewed': message(
    { value: 'signed' },
    (d) => `--step nhận prepared, reviewed hoặc approved, không phải "${d.value}"`,
    (d) => `--step takes prepared, reviewed or approved, not "${d.value}"`,
  ),
  'approve.obsolete-obsolete-document-approved': message(
    { shown: 'QT-KHCN-01' },
    (d) => `${d.shown} đã hết hiệu lực (obsolete): không phê duyệt tài liệu đã hủy bỏ`,
    (d) => `${d.shown} is obsolete: an obsolete document is not approved`,
  ),
  'approve.effective-change-start-new': message(
    { shownQuote: 'QT-KHCN-01', shown: 'QT-KHCN-01' },
    (d) => `${d.shown} đang có hiệu lực: để thay đổi, hãy tạo lần ban hành mới bằng qms revise ${d.shownQuote} --summary "…"`,
    (d) => `${d.shown} is effective: to change it, start a new revision with qms revise ${d.shownQuote} --summary "…"`,
  ),
  'approve.already-records-step-step': message(
    { step: 'reviewed', names: ['QT-KHCN-01', 'QT-KHCN-02'], shown: 'QT-KHCN-01' },
    (d) => `${d.shown} đã có bước ${list('vi', d.names)}: không ghi lại bước ${stepWord('vi', d.step)} sau đó; để làm lại, tạo lần ban hành mới bằng qms revise`,
    (d) => `${d.shown} already records the ${list('en', d.names)} step: the ${d.step} step cannot be recorded again after it; to start over, run qms revise`,
  ),
  'approve.has-no-step-yet': message(
    { previousStep: 'reviewed', shownQuote: 'QT-KHCN-01', shown: 'QT-KHCN-01' },
    (d) => `${d.shown} chưa có bước ${stepWord('vi', d.previousStep)}: ghi bước đó trước (qms approve ${d.shownQuote} --step ${d.previousStep} …)`,
    (d) => `${d.shown} has no ${d.previousStep} step yet: record it first (qms approve ${d.shownQuote} --step ${d.previousStep} …)`,
  ),
  'approve.approval-has-no-valid': message(
    { shown: 'QT-KHCN-01', previousStep: 'reviewed' },
    (d) => `approval.${d.previousStep} của ${d.shown} không có ngày hợp lệ: ghi lại bước đó`,
    (d) => `approval.${d.previousStep} of ${d.shown} has no valid date: record that step again`,
  ),
  'approve.before-order-prepared-reviewed': message(
    { date: '2026-12-01', previousStep: 'reviewed', date2: '2026-12-01', step: 'reviewed' },
    (d) => `ngày ${stepWord('vi', d.step)} ${dateIn('vi', d.date2)} sớm hơn ngày ${stepWord('vi', d.previousStep)} ${dateIn('vi', d.date)}: thứ tự là soạn thảo ≤ xem xét ≤ phê duyệt`,
    (d) => `${d.step} on ${d.date2} is before ${d.previousStep} on ${d.date}: the order is prepared ≤ reviewed ≤ approved`,
  ),
  'approve.before-revision-s-history': message(
    { step: 'reviewed', date: '2026-11-20', revision: 3, revisionDate: '2026-12-01' },
    (d) => `ngày ${stepWord('vi', d.step)} ${dateIn('vi', d.date)} sớm hơn ngày của lần ban hành ${d.revision} trong lịch sử sửa đổi (${dateIn('vi', d.revisionDate)}): một bước phê duyệt không có trước lần ban hành nó phê duyệt`,
    (d) => `${d.step} on ${d.date} is before revision ${d.revision}'s history row (${d.revisionDate}): an approval step cannot precede the revision it approves`,
  ),
  'approve.title-may-allowed-are': message(
    { title: 'Phó Chánh Văn phòng', step: 'reviewed', type: 'procedure', allowed: ['Chánh Văn phòng', 'Phó Giám đốc'], key: 'reviewers' },
    (d) => `chức vụ "${d.title}" không được ${stepWord('vi', d.step)} loại ${d.type}: được phép là ${list('vi', d.allowed)} (types.${d.type}.${d.key})`,
    (d) => `the title "${d.title}" may not ${d.step === 'reviewed' ? 'review' : 'approve'} a ${d.type}: allowed are ${list('en', d.allowed)} (types.${d.type}.${d.key})`,
  ),
  'approve.prepared-so-may-approve': message(
    { shown: 'QT-KHCN-01', name: 'Nguyễn Văn A' },
    (d) => `${d.name} đã soạn thảo ${d.shown}, nên không tự phê duyệt (approval.allow_self_approval: false)`,
    (d) => `${d.name} prepared ${d.shown}, so may not approve it (approval.allow_self_approval is false)`,
  ),
  'approve.cannot-compute-fingerprint': message(
    { reason: 'front matter không phải YAML hợp lệ' },
    (d) => `không tính được dấu vân tay: ${d.reason}`,
    (d) => `cannot compute the fingerprint: ${d.reason}`,
  ),
  'approve.revision-recorded-step': message(
    { code: 'QT-KHCN-01', revision: '3', step: 'reviewed', name: 'Nguyễn Văn A', title: 'Chánh Văn phòng', date: '2026-12-01' },
    (d) => `${d.code} (lần ban hành ${d.revision}): đã ghi bước ${stepWord('vi', d.step)} — ${d.name}, ${d.title}, ${dateIn('vi', d.date)}.`,
    (d) => `${d.code} (revision ${d.revision}): recorded the ${d.step} step — ${d.name}, ${d.title}, ${d.date}.`,
  ),
  'approve.removed-old-effective-date': message(
    { staleEffective: '2026-12-01' },
    (d) => `Đã bỏ ngày hiệu lực cũ ${dateIn('vi', d.staleEffective)} (của lần ban hành trước): ngày hiệu lực mới ghi bằng qms publish.`,
    (d) => `Removed the old effective date ${d.staleEffective} (of the previous revision): qms publish records the new one.`,
  ),
  'approve.content-fingerprint': message(
    { fingerprint: 'sha256:9f2c41d07ab3e5' },
    (d) => `Dấu vân tay nội dung: ${d.fingerprint}`,
    (d) => `Content fingerprint: ${d.fingerprint}`,
  ),
  'approve.all-three-steps-recorded': message(
    { shownQuote: 'QT-KHCN-01' },
    (d) => `Đủ ba bước: trạng thái approved. Tiếp theo: qms publish ${d.shownQuote} --effective <YYYY-MM-DD>`,
    (d) => `All three steps recorded: status approved. Next: qms publish ${d.shownQuote} --effective <YYYY-MM-DD>`,
  ),
  'approve.next-approve-step-name': message(
    { nextStep: 'reviewed', shownQuote: 'QT-KHCN-01' },
    (d) => `Tiếp theo: qms approve ${d.shownQuote} --step ${d.nextStep} --name … --title …`,
    (d) => `Next: qms approve ${d.shownQuote} --step ${d.nextStep} --name … --title …`,
  ),
  'cite.already-lists-legal-basis': message(
    { id: '107/2021/NĐ-CP', shown: 'QT-KHCN-01' },
    (d) => `${d.shown} đã có ${d.id} trong căn cứ pháp lý (legal_basis)`,
    (d) => `${d.shown} already lists ${d.id} in its legal basis (legal_basis)`,
  ),
  'cite.already-cites-these-articles': message(
    { id: '107/2021/NĐ-CP', shown: 'QT-KHCN-01' },
    (d) => `${d.shown} đã viện dẫn các điều này của ${d.id}`,
    (d) => `${d.shown} already cites these articles of ${d.id}`,
  ),
  'cite.added-legal-basis': message(
    { file: 'procedures/QT-KHCN-01.md', what: 'Điều 5 của 118/2025/NĐ-CP', shown: 'QT-KHCN-01' },
    (d) => `${d.shown}: thêm ${d.what} vào căn cứ pháp lý (${d.file}).`,
    (d) => `${d.shown}: ${d.what} added to the legal basis (${d.file}).`,
  ),
  'cite.does-list-legal-basis': message(
    { id: '107/2021/NĐ-CP', shown: 'QT-KHCN-01' },
    (d) => `${d.shown} không có ${d.id} trong căn cứ pháp lý (legal_basis)`,
    (d) => `${d.shown} does not list ${d.id} in its legal basis (legal_basis)`,
  ),
  'cite.removed-from-legal-basis': message(
    { file: 'procedures/QT-KHCN-01.md', id: '107/2021/NĐ-CP', shown: 'QT-KHCN-01' },
    (d) => `${d.shown}: bỏ ${d.id} khỏi căn cứ pháp lý (${d.file}).`,
    (d) => `${d.shown}: ${d.id} removed from the legal basis (${d.file}).`,
  ),
  'cite.body-still-cites-edit': message(
    { id: '107/2021/NĐ-CP' },
    (d) => `Nội dung vẫn viện dẫn ${d.id}: sửa nội dung (qms check báo legal/unlisted).`,
    (d) => `The body still cites ${d.id}: edit it (qms check reports legal/unlisted).`,
  ),
  'cite.obsolete-legal-basis-changed': message(
    { shown: 'QT-KHCN-01' },
    (d) => `${d.shown} đã hết hiệu lực: không sửa căn cứ pháp lý`,
    (d) => `${d.shown} is obsolete: its legal basis is not changed`,
  ),
  'cite.effective-change-legal-basis': message(
    { shownQuote: 'QT-KHCN-01', shown: 'QT-KHCN-01' },
    (d) => `${d.shown} đang có hiệu lực: để sửa căn cứ pháp lý, hãy tạo lần ban hành mới bằng qms revise ${d.shownQuote} --summary "…"`,
    (d) => `${d.shown} is effective: to change its legal basis, start a new revision with qms revise ${d.shownQuote} --summary "…"`,
  ),
  'find.changed-while-was-read': message(
    { file: 'procedures/QT-KHCN-01.md' },
    (d) => `${d.file} vừa thay đổi trong khi đọc: hãy chạy lại lệnh`,
    (d) => `${d.file} changed while it was read: run the command again`,
  ),
  'frontmatter.document-has-no-readable': message(
    {},
    () => 'tài liệu không có phần front matter YAML đọc được',
    () => 'the document has no readable YAML front matter',
  ),
  'frontmatter.front-matter-valid-yaml': message(
    { messageFirstLine: 'Unexpected flow-seq-end token' },
    (d) => `front matter không phải YAML hợp lệ: ${d.messageFirstLine}`,
    (d) => `the front matter is not valid YAML: ${d.messageFirstLine}`,
  ),
  'frontmatter.front-matter-must-mapping': message(
    {},
    () => 'front matter phải là một nhóm trường',
    () => 'the front matter must be a mapping of fields',
  ),
  'frontmatter.must-mapping-fix-front': message(
    { parentKey: 'approval' },
    (d) => `${d.parentKey} phải là một nhóm trường, hãy sửa front matter trước`,
    (d) => `${d.parentKey} must be a mapping: fix the front matter first`,
  ),
  'frontmatter.cannot-edit-safely-edited': message(
    { what: 'approval.reviewed' },
    (d) => `không sửa được ${d.what} một cách an toàn: front matter sau khi sửa sẽ không đọc ra đúng như ý định; hãy sửa bằng tay`,
    (d) => `cannot edit ${d.what} safely: the edited front matter would not read back as intended; edit it by hand`,
  ),
  'messages.prepared': message(
    {},
    () => 'soạn thảo',
    () => 'prepared',
  ),
  'messages.reviewed': message(
    {},
    () => 'xem xét',
    () => 'reviewed',
  ),
  'messages.approved': message(
    {},
    () => 'phê duyệt',
    () => 'approved',
  ),
  'new.first-issue': message(
    {},
    () => 'Ban hành lần đầu',
    () => 'First issue',
  ),
  'new.unknown-document-type-use': message(
    { known: ['QT-KHCN-01', 'QT-KHCN-02'], type: 'memo' },
    (d) => `không có loại tài liệu "${d.type}": dùng ${list('vi', d.known)}`,
    (d) => `unknown document type "${d.type}": use ${list('en', d.known)}`,
  ),
  'new.code-does-match-pattern': message(
    { type: 'procedure', pattern: 'QT-KHCN-01', code: 'QTKHCN1' },
    (d) => `mã "${d.code}" không khớp mẫu mã của loại ${d.type}: ${d.pattern} (types.${d.type}.pattern trong qms.config.yaml)`,
    (d) => `the code "${d.code}" does not match the ${d.type} pattern ${d.pattern} (types.${d.type}.pattern in qms.config.yaml)`,
  ),
  'new.code-already-used': message(
    { files: ['QT-KHCN-01', 'QT-KHCN-02'], code: 'QT-KHCN-01' },
    (d) => `mã "${d.code}" đã được dùng ở ${list('vi', d.files)}`,
    (d) => `the code "${d.code}" is already used by ${list('en', d.files)}`,
  ),
  'new.already-exists-overwritten': message(
    { file: 'procedures/QT-KHCN-01.md' },
    (d) => `${d.file} đã có; không ghi đè`,
    (d) => `${d.file} already exists; it is not overwritten`,
  ),
  'new.would-controlled-document-documents': message(
    { file: 'procedures/QT-KHCN-01.md' },
    (d) => `${d.file} sẽ không phải tài liệu được kiểm soát (documents.include/exclude trong qms.config.yaml không nhận nó): chọn --dir khác`,
    (d) => `${d.file} would not be a controlled document (documents.include and exclude in qms.config.yaml do not take it): choose another --dir`,
  ),
  'new.created-revision-1-status': message(
    { label: 'templates/procedure.md', label2: 'Quy trình', code: 'QT-KHCN-01', file: 'procedures/QT-KHCN-01.md' },
    (d) => `Đã tạo ${d.file}: ${d.code} (${d.label2}), lần ban hành 1, trạng thái draft, theo mẫu ${d.label}.`,
    (d) => `Created ${d.file}: ${d.code} (${d.label2}), revision 1, status draft, from ${d.label}.`,
  ),
  'new.next-write-content-then': message(
    { codeQuote: 'QT-KHCN-01' },
    (d) => `Tiếp theo: soạn nội dung, rồi qms approve ${d.codeQuote} --step prepared --name … --title …`,
    (d) => `Next: write the content, then qms approve ${d.codeQuote} --step prepared --name … --title …`,
  ),
  'new.dir-folder-inside-repository': message(
    { dir: '/srv/qms' },
    (d) => `--dir là một thư mục trong kho, tính từ gốc kho: không phải "${d.dir}"`,
    (d) => `--dir is a folder inside the repository, from its root: not "${d.dir}"`,
  ),
  'new.filename-template-gives-file': message(
    { name: 'Nguyễn Văn A' },
    (d) => `filename.template cho tên tệp "${d.name}", không dùng được`,
    (d) => `filename.template gives the file name "${d.name}", which cannot be used`,
  ),
  'obsolete.already-obsolete-since': message(
    { value: '2026-03-01', shown: 'QT-KHCN-01' },
    (d) => `${d.shown} đã hết hiệu lực từ ngày ${dateIn('vi', d.value)}`,
    (d) => `${d.shown} is already obsolete since ${d.value}`,
  ),
  'obsolete.cannot-replace-itself': message(
    { shown: 'QT-KHCN-01' },
    (d) => `${d.shown} không thể thay thế chính nó`,
    (d) => `${d.shown} cannot replace itself`,
  ),
  'obsolete.replaced-obsolete-too-name': message(
    { replacedBy: 'QT-KHCN-01' },
    (d) => `--replaced-by ${d.replacedBy} cũng đã hết hiệu lực: chỉ tài liệu đang dùng mới thay thế được`,
    (d) => `--replaced-by ${d.replacedBy} is obsolete too: name a document in use`,
  ),
  'obsolete.withdrawn': message(
    { reason: 'hợp nhất vào QT-KHCN-09', shown: 'QT-KHCN-01' },
    (d) => `Hủy bỏ cùng ${d.shown}: ${d.reason}`,
    (d) => `Withdrawn with ${d.shown}: ${d.reason}`,
  ),
  'obsolete.obsolete-from-file-stays': message(
    { shown: 'QT-KHCN-01', date: '2026-12-01', reason: 'hợp nhất vào QT-KHCN-09', replacedBy: 'QT-KHCN-09', file: 'procedures/QT-KHCN-01.md' },
    (d) => `${d.shown} hết hiệu lực từ ${dateIn('vi', d.date)}: ${d.reason}${d.replacedBy ? `; thay thế bởi ${d.replacedBy}` : ''}. Tệp ${d.file} vẫn được giữ.`,
    (d) => `${d.shown} is obsolete from ${d.date}: ${d.reason}${d.replacedBy ? `; replaced by ${d.replacedBy}` : ''}. The file ${d.file} stays.`,
  ),
  'obsolete.withdrawn-form-s-documents': message(
    { membersCount: 2, shown: 'QT-KHCN-01' },
    (d) => `Hủy bỏ cùng ${d.shown} (${d.membersCount} biểu mẫu, tài liệu mang mã của nó):`,
    (d) => `Withdrawn with ${d.shown} (${d.membersCount} form(s) and documents named after it):`,
  ),
  'obsolete.form-s-documents-named': message(
    { shown: 'QT-KHCN-01', membersCount: 2 },
    (d) => `${d.membersCount} biểu mẫu, tài liệu mang mã của ${d.shown} vẫn còn hiệu lực (qms check báo status/orphan): hủy bỏ cùng bằng qms obsolete ${d.shown} --with-forms, hoặc từng cái bằng qms obsolete <mã>`,
    (d) => `${d.membersCount} form(s) and documents named after ${d.shown} are still in use (qms check reports status/orphan): withdraw them with it with qms obsolete ${d.shown} --with-forms, or one by one with qms obsolete <code>`,
  ),
  'obsolete.no-document-use-references': message(
    { shown: 'QT-KHCN-01' },
    (d) => `Không tài liệu đang dùng nào viện dẫn ${d.shown}.`,
    (d) => `No document in use references ${d.shown}.`,
  ),
  'obsolete.document-s-use-still': message(
    { count: 2, shown: 'QT-KHCN-01', replacedBy: 'QT-KHCN-09' },
    (d) => `${d.count} tài liệu đang dùng còn viện dẫn ${d.shown} (qms check báo ref/obsolete cho chúng; sửa viện dẫn${d.replacedBy ? ` sang ${d.replacedBy}` : ''} trong lần ban hành mới):`,
    (d) => `${d.count} document(s) in use still reference ${d.shown} (qms check reports ref/obsolete for them; change the reference${d.replacedBy ? ` to ${d.replacedBy}` : ''} in a new revision):`,
  ),
  'publish.effective-yyyy-mm-dd': message(
    {},
    () => 'cần --effective <YYYY-MM-DD>: ngày có hiệu lực',
    () => '--effective <YYYY-MM-DD> is required: the date it comes into force',
  ),
  'publish.obsolete-published-again': message(
    { shown: 'QT-KHCN-01' },
    (d) => `${d.shown} đã hết hiệu lực (obsolete): không ban hành lại`,
    (d) => `${d.shown} is obsolete: it is not published again`,
  ),
  'publish.already-effective-since': message(
    { value: '2026-03-01', shown: 'QT-KHCN-01' },
    (d) => `${d.shown} đã có hiệu lực từ ngày ${dateIn('vi', d.value)}`,
    (d) => `${d.shown} is already effective since ${d.value}`,
  ),
  'publish.lacks-step-name-title': message(
    { shown: 'QT-KHCN-01', missing: ['reviewed', 'approved'], shownQuote: 'QT-KHCN-01' },
    (d) => `${d.shown} thiếu bước ${list('vi', d.missing.map((step) => stepWord('vi', step)))} (cần họ tên, chức vụ, ngày): ghi bằng qms approve ${d.shownQuote} --step ${d.missing[0]} …`,
    (d) => `${d.shown} lacks the ${list('en', d.missing.map((step) => `${step} (${stepWord('vi', step)})`))} step${d.missing.length > 1 ? 's' : ''} (name, title and date): record ${d.missing.length > 1 ? 'them' : 'it'} with qms approve ${d.shownQuote} --step ${d.missing[0]} …`,
  ),
  'publish.approved-record-approval-approve': message(
    { shown: 'QT-KHCN-01', status: 'draft' },
    (d) => `${d.shown} ${d.status ? `có trạng thái ${d.status}` : 'chưa có trạng thái'}, chưa approved: ghi lại bước phê duyệt bằng qms approve`,
    (d) => `${d.shown} is ${d.status || 'without a status'}, not approved: record the approval with qms approve`,
  ),
  'publish.has-no-content-fingerprint': message(
    { shown: 'QT-KHCN-01' },
    (d) => `${d.shown} không có dấu vân tay nội dung lúc phê duyệt (approval.approved.fingerprint): ghi lại bước phê duyệt bằng qms approve`,
    (d) => `${d.shown} has no content fingerprint from its approval (approval.approved.fingerprint): record the approval again with qms approve`,
  ),
  'publish.content-changed-after-approval': message(
    { shown: 'QT-KHCN-01', actual: 'sha256:9f2c41d07ab3', recorded: 'sha256:51e0b7aa2c19' },
    (d) => `nội dung ${d.shown} đã thay đổi sau khi phê duyệt (dấu vân tay ${d.actual}… ≠ đã ghi ${d.recorded}…): không ban hành; hãy xem xét và phê duyệt lại`,
    (d) => `the content of ${d.shown} changed after approval (fingerprint ${d.actual}… ≠ recorded ${d.recorded}…): not published; have it reviewed and approved again`,
  ),
  'publish.effective-date-before-approval': message(
    { date: '2026-12-01', effective: '2026-12-01' },
    (d) => `ngày hiệu lực ${dateIn('vi', d.effective)} sớm hơn ngày phê duyệt ${dateIn('vi', d.date)}`,
    (d) => `the effective date ${d.effective} is before the approval on ${d.date}`,
  ),
  'publish.effective-date-before-last': message(
    { lastHistory: '2026-12-05', effective: '2026-12-01' },
    (d) => `ngày hiệu lực ${dateIn('vi', d.effective)} sớm hơn dòng lịch sử gần nhất (${d.lastHistory})`,
    (d) => `the effective date ${d.effective} is before the last history row (${d.lastHistory})`,
  ),
  'publish.revision-issued-takes-effect': message(
    { shown: 'QT-KHCN-01', revision: '3', effective: '2026-12-01', file: 'procedures/QT-KHCN-01.md' },
    (d) => `${d.shown} lần ban hành ${d.revision} đã ban hành, có hiệu lực từ ${dateIn('vi', d.effective)} (${d.file}); đến ngày đó không cần chạy thêm lệnh nào.`,
    (d) => `${d.shown} revision ${d.revision} is issued and takes effect on ${d.effective} (${d.file}); nothing more to run on that day.`,
  ),
  'publish.revision-effective-from': message(
    { shown: 'QT-KHCN-01', revision: '3', effective: '2026-12-01', file: 'procedures/QT-KHCN-01.md' },
    (d) => `${d.shown} lần ban hành ${d.revision} có hiệu lực từ ${dateIn('vi', d.effective)} (${d.file}).`,
    (d) => `${d.shown} revision ${d.revision} is effective from ${d.effective} (${d.file}).`,
  ),
  'review.obsolete-withdrawn-document-reviewed': message(
    { shown: 'QT-KHCN-01' },
    (d) => `${d.shown} đã hết hiệu lực: không rà soát tài liệu đã hủy bỏ`,
    (d) => `${d.shown} is obsolete: a withdrawn document is not reviewed`,
  ),
  'review.has-no-revision-force': message(
    { date: '2026-12-01', shown: 'QT-KHCN-01' },
    (d) => `${d.shown} chưa có lần ban hành nào đang hiệu lực vào ngày ${dateIn('vi', d.date)}: rà soát định kỳ dành cho tài liệu đang áp dụng`,
    (d) => `${d.shown} has no revision in force on ${d.date}: a periodic review is of a document in use`,
  ),
  'review.review-date-before-last': message(
    { last: '2026-12-05', date: '2026-12-01' },
    (d) => `ngày rà soát ${dateIn('vi', d.date)} sớm hơn lần phê duyệt hoặc rà soát gần nhất (${d.last})`,
    (d) => `the review date ${d.date} is before the last approval or review (${d.last})`,
  ),
  'review.outcome-must-change-next': message(
    { shownQuote: 'QT-KHCN-01' },
    (d) => `Kết luận: cần sửa đổi. Tiếp theo: qms revise ${d.shownQuote} --summary "…"`,
    (d) => `Outcome: it must change. Next: qms revise ${d.shownQuote} --summary "…"`,
  ),
  'review.outcome-no-change-needed': message(
    {},
    () => 'Kết luận: không cần sửa đổi.',
    () => 'Outcome: no change needed.',
  ),
  'review.review-recorded': message(
    { title: 'Chánh Văn phòng', by: '107/2021/NĐ-CP', date: '2026-12-01', shown: 'QT-KHCN-01' },
    (d) => `${d.shown}: đã ghi rà soát ngày ${dateIn('vi', d.date)} (${d.by}, ${d.title}).`,
    (d) => `${d.shown}: review recorded on ${d.date} (${d.by}, ${d.title}).`,
  ),
  'review.outcome-takes-no-change': message(
    { value: 'keep' },
    (d) => `--outcome nhận no-change hoặc revise, không phải "${d.value}"`,
    (d) => `--outcome takes no-change or revise, not "${d.value}"`,
  ),
  'revise.obsolete-obsolete-document-revised': message(
    { shown: 'QT-KHCN-01' },
    (d) => `${d.shown} đã hết hiệu lực (obsolete): không sửa đổi tài liệu đã hủy bỏ; hãy tạo tài liệu mới bằng qms new`,
    (d) => `${d.shown} is obsolete: an obsolete document is not revised; create a new one with qms new`,
  ),
  'revise.has-no-valid-revision': message(
    { shown: 'QT-KHCN-01' },
    (d) => `${d.shown} không có lần ban hành (revision) hợp lệ: sửa front matter trước`,
    (d) => `${d.shown} has no valid revision: fix the front matter first`,
  ),
  'revise.date-earlier-than-last': message(
    { lastDate: '2026-12-01', date: '2026-12-01' },
    (d) => `--date ${dateIn('vi', d.date)} sớm hơn dòng lịch sử gần nhất (${dateIn('vi', d.lastDate)}): các dòng theo dõi sửa đổi không đi lùi`,
    (d) => `--date ${d.date} is earlier than the last history row (${d.lastDate}): history dates do not go backwards`,
  ),
  'revise.revision-status-draft': message(
    { file: 'procedures/QT-KHCN-01.md', to: 2, from: 2, shown: 'QT-KHCN-01' },
    (d) => `${d.shown}: lần ban hành ${d.from} → ${d.to}, trạng thái draft (${d.file}).`,
    (d) => `${d.shown}: revision ${d.from} → ${d.to}, status draft (${d.file}).`,
  ),
  'revise.history': message(
    { date: '2026-12-01', summary: 'Cập nhật theo Nghị định số 118/2025/NĐ-CP', trigger: '118/2025/NĐ-CP' },
    (d) => `Theo dõi sửa đổi: ${dateIn('vi', d.date)} — ${d.summary}${d.trigger ? ` (căn cứ ${d.trigger})` : ''}`,
    (d) => `History: ${d.date} — ${d.summary}${d.trigger ? ` (triggered by ${d.trigger})` : ''}`,
  ),
  'revise.removed': message(
    { valueJoin: 'approval.reviewed, approval.approved' },
    (d) => `Đã bỏ: ${d.valueJoin}.`,
    (d) => `Removed: ${d.valueJoin}.`,
  ),
  'revise.next-revise-text-then': message(
    { shownQuote: 'QT-KHCN-01' },
    (d) => `Tiếp theo: sửa nội dung, rồi qms approve ${d.shownQuote} --step prepared …`,
    (d) => `Next: revise the text, then qms approve ${d.shownQuote} --step prepared …`,
  ),
  'templates.needs-number-section-e': message(
    { label: 'templates/procedure.md', whole: '{{section|Mục đích}}' },
    (d) => `${d.label}: ${d.whole} cần số thứ tự của mục, ví dụ {{section:1|Mục đích}}`,
    (d) => `${d.label}: ${d.whole} needs the number of the section, e.g. {{section:1|Purpose}}`,
  ),
  'templates.unknown-placeholder-known-join': message(
    { label: 'templates/procedure.md', whole: '{{tiêu_đề}}', known: ['code', 'title'] },
    (d) => `${d.label}: không hiểu ${d.whole} (dùng được: ${d.known.map((name) => `{{${name}}}`).join(', ')})`,
    (d) => `${d.label}: unknown placeholder ${d.whole} (known: ${d.known.map((name) => `{{${name}}}`).join(', ')})`,
  ),
};
