/** Help texts of qms legal, list, show, history and diff, in Vietnamese and English. */
import { text, type HelpText, type HelpTexts } from './help-shared.js';

/** The options of `legal add|amend|replace|repeal`, the same for each. */
const ENTRY: Record<string, HelpText> = {
  '--kind': text('loại văn bản: Luật, Nghị định, Thông tư, Quyết định, Nghị quyết, Tiêu chuẩn …', 'loại văn bản: Luật, Nghị định, Thông tư, Quyết định, Nghị quyết, Tiêu chuẩn …'),
  '--title': text('trích yếu của văn bản', 'trích yếu: the title'),
  '--issuer': text('cơ quan ban hành: Chính phủ, Quốc hội, Bộ Khoa học và Công nghệ …', 'cơ quan ban hành: Chính phủ, Quốc hội, Bộ Khoa học và Công nghệ …'),
  '--signed': text('ngày ban hành (YYYY-MM-DD)', 'ngày ban hành, the date signed (YYYY-MM-DD)'),
  '--effective': text('ngày có hiệu lực (YYYY-MM-DD)', 'ngày có hiệu lực, the date in force (YYYY-MM-DD)'),
  '--expired': text('ngày hết hiệu lực, với văn bản có thời hạn (YYYY-MM-DD)', 'ngày hết hiệu lực, for a document with a fixed end (YYYY-MM-DD)'),
  '--alias': text('tên gọi khác được dùng để trích dẫn, ví dụ "Luật Đất đai 2024" (dùng nhiều lần được)', 'another name it is cited by, e.g. "Luật Đất đai 2024" (repeatable)'),
  '--file': text('tệp của mục đăng ký mới (mặc định: legal/<loại>-<số>.md)', 'the file of a new entry (default: legal/<kind>-<number>.md)'),
};

const RELATION = {
  '<legal-doc>': text('văn bản cũ, đã đăng ký, ghi theo bất kỳ cách trích dẫn nào', 'the older, registered document, in any citation form'),
  '--by': text(
    'văn bản mới: sửa mục đăng ký nếu đã có, nếu chưa thì tạo mới (khi đó cần --kind, --title, --issuer, --signed và --effective)',
    'the newer document: edited when registered, else created (then --kind, --title, --issuer, --signed and --effective are needed)',
  ),
  '--articles': text('chỉ các điều, khoản này: "Điều 1, Điều 5", "khoản 2 Điều 3" (mặc định: cả văn bản)', 'only these articles: "Điều 1, Điều 5", "khoản 2 Điều 3" (default: the whole document)'),
};

const RELATION_NOTE = {
  vi: '\nQuan hệ được ghi ở văn bản mới (--by); mục đã có được sửa tại chỗ (chỉ ghi thêm các nút YAML mới). Sau đó chạy lệnh qms impact được in ra.\n',
  en: '\nThe relation is stored on the newer document (--by); an existing entry is edited in place (only the new\nYAML nodes are written). Then run the printed qms impact command.\n',
};

/** The entries of a `legal` subcommand: its own texts and the options it shares. */
function legalCommand(name: string, own: Record<string, HelpText>, shared: Record<string, HelpText>): HelpTexts {
  return Object.fromEntries([...Object.entries(shared), ...Object.entries(own)].map(([key, value]) => [key === '' ? `help:legal ${name}` : `help:legal ${name} ${key}`, value]));
}

export const REGISTRY_HELP: HelpTexts = {
  'help:legal': text(
    'quản lý sổ theo dõi văn bản pháp luật: đăng ký văn bản, ghi nhận sửa đổi, bổ sung, thay thế và bãi bỏ',
    'maintain the legal register (sổ theo dõi văn bản pháp luật): add entries, record amendments, replacements and repeals',
  ),
  'help:legal after': text(
    `
Ví dụ:
  qms legal add 61/2018/NĐ-CP --kind "Nghị định" --title "Về thực hiện cơ chế một cửa …" --issuer "Chính phủ" --signed 2018-04-23 --effective 2018-06-21
  qms legal amend 61/2018/NĐ-CP --by 107/2021/NĐ-CP --articles "Điều 1, Điều 5" --kind "Nghị định" --title "…" --issuer "Chính phủ" --signed 2021-12-06 --effective 2022-02-21
  qms legal replace 43/2014/NĐ-CP --by 102/2024/NĐ-CP
  qms legal show 61/2018/NĐ-CP
  qms legal list --status amended

Mỗi lần ghi đều được kiểm tra như qms check kiểm tra sổ đăng ký (quy tắc register/* và frontmatter/*)
trước khi ghi, và bị từ chối kèm các phát hiện mà thay đổi sẽ gây ra. Xem docs/registers.md.`,
    `
Examples:
  qms legal add 61/2018/NĐ-CP --kind "Nghị định" --title "Về thực hiện cơ chế một cửa …" --issuer "Chính phủ" --signed 2018-04-23 --effective 2018-06-21
  qms legal amend 61/2018/NĐ-CP --by 107/2021/NĐ-CP --articles "Điều 1, Điều 5" --kind "Nghị định" --title "…" --issuer "Chính phủ" --signed 2021-12-06 --effective 2022-02-21
  qms legal replace 43/2014/NĐ-CP --by 102/2024/NĐ-CP
  qms legal show 61/2018/NĐ-CP
  qms legal list --status amended

Every write is checked as qms check checks the register (register/* and frontmatter/* rules) before
anything is written, and refused with the findings it would cause. See docs/registers.md.`,
  ),
  ...legalCommand(
    'add',
    {
      '': text('đăng ký một văn bản pháp luật vào sổ (tạo tệp legal/<loại>-<số>.md)', 'add a legal document to the register (creates legal/<kind>-<number>.md)'),
      '<id>': text('số, ký hiệu: 61/2018/NĐ-CP, 45/2013/QH13, 101/QĐ-BKHCN, TCVN ISO 9001:2015', 'its number: 61/2018/NĐ-CP, 45/2013/QH13, 101/QĐ-BKHCN, TCVN ISO 9001:2015'),
      after: text(
        '\nVí dụ:\n  qms legal add 30/2020/NĐ-CP --kind "Nghị định" --title "Về công tác văn thư" --issuer "Chính phủ" --signed 2020-03-05 --effective 2020-03-05\n',
        '\nExample:\n  qms legal add 30/2020/NĐ-CP --kind "Nghị định" --title "Về công tác văn thư" --issuer "Chính phủ" --signed 2020-03-05 --effective 2020-03-05\n',
      ),
    },
    ENTRY,
  ),
  ...legalCommand(
    'amend',
    {
      '': text('ghi nhận văn bản --by sửa đổi, bổ sung một văn bản đã đăng ký', 'record that --by amends (sửa đổi, bổ sung) a registered document'),
      after: text(`\nVí dụ:\n  qms legal amend 61/2018/NĐ-CP --by 107/2021/NĐ-CP --articles "Điều 1, Điều 5"\n${RELATION_NOTE.vi}`, `\nExample:\n  qms legal amend 61/2018/NĐ-CP --by 107/2021/NĐ-CP --articles "Điều 1, Điều 5"\n${RELATION_NOTE.en}`),
    },
    { ...ENTRY, ...RELATION },
  ),
  ...legalCommand(
    'replace',
    {
      '': text('ghi nhận văn bản --by thay thế một văn bản đã đăng ký', 'record that --by replaces (thay thế) a registered document'),
      after: text(
        `\nVí dụ:\n  qms legal replace 43/2014/NĐ-CP --by 102/2024/NĐ-CP --kind "Nghị định" --title "…" --issuer "Chính phủ" --signed 2024-07-30 --effective 2024-08-01\n${RELATION_NOTE.vi}`,
        `\nExample:\n  qms legal replace 43/2014/NĐ-CP --by 102/2024/NĐ-CP --kind "Nghị định" --title "…" --issuer "Chính phủ" --signed 2024-07-30 --effective 2024-08-01\n${RELATION_NOTE.en}`,
      ),
    },
    { ...ENTRY, ...RELATION },
  ),
  ...legalCommand(
    'repeal',
    {
      '': text('ghi nhận văn bản --by bãi bỏ một văn bản đã đăng ký, hoặc một số điều của văn bản đó', 'record that --by repeals (bãi bỏ) a registered document, or some of its articles'),
      after: text(`\nVí dụ:\n  qms legal repeal 110/2004/NĐ-CP --by 30/2020/NĐ-CP\n${RELATION_NOTE.vi}`, `\nExample:\n  qms legal repeal 110/2004/NĐ-CP --by 30/2020/NĐ-CP\n${RELATION_NOTE.en}`),
    },
    { ...ENTRY, ...RELATION },
  ),
  'help:legal show': text(
    'một mục của sổ đăng ký: các trường, tình trạng hiệu lực, quan hệ hai chiều và các tài liệu viện dẫn văn bản',
    'one register entry: its fields, status, relations both ways and the documents citing it',
  ),
  'help:legal show <legal-doc>': text('ghi theo bất kỳ cách trích dẫn nào: 61/2018/NĐ-CP, 61/2018/ND-CP, "Luật Đất đai 2013"', 'in any citation form: 61/2018/NĐ-CP, 61/2018/ND-CP, "Luật Đất đai 2013"'),
  'help:legal show after': text('\nVí dụ:\n  qms legal show "Luật Đất đai 2013" --today 2026-11-27\n', '\nExample:\n  qms legal show "Luật Đất đai 2013" --today 2026-11-27\n'),
  'help:legal list': text(
    'sổ đăng ký kèm tình trạng hiệu lực (danh mục tài liệu bên ngoài; như qms list --external)',
    'the register with derived statuses (the external master list; same as qms list --external)',
  ),
  'help:legal list --format': text('định dạng: text, md, csv, json', 'output format: text, md, csv, json'),
  'help:legal list --status': text(
    'chỉ các tình trạng này: in-force, amended, replaced, repealed, expired, not-yet-in-force (dùng nhiều lần hoặc ngăn bằng dấu phẩy)',
    'only these statuses: in-force, amended, replaced, repealed, expired, not-yet-in-force (repeatable, or comma-separated)',
  ),
  'help:legal list --type': text('chỉ các loại văn bản này: "Nghị định", "Thông tư" … (dùng nhiều lần hoặc ngăn bằng dấu phẩy)', 'only these kinds: "Nghị định", "Thông tư" … (repeatable, or comma-separated)'),
  'help:legal list after': text('\nVí dụ:\n  qms legal list --status replaced,repealed\n', '\nExample:\n  qms legal list --status replaced,repealed\n'),
  'help:list': text(
    'các danh mục đánh giá viên yêu cầu: Danh mục tài liệu nội bộ, hoặc với --external là Danh mục tài liệu bên ngoài',
    'the master lists an auditor asks for: Danh mục tài liệu nội bộ, or with --external Danh mục tài liệu bên ngoài',
  ),
  'help:list --external': text('tài liệu bên ngoài (sổ đăng ký văn bản kèm tình trạng hiệu lực) thay cho tài liệu nội bộ', 'the external documents (the legal register with derived statuses) instead of the internal ones'),
  'help:list --format': text('định dạng: text, md, csv, json (csv: UTF-8 có BOM và CRLF, mở được bằng Excel)', 'output format: text, md, csv, json (csv: UTF-8 with BOM and CRLF, for Excel)'),
  'help:list --status': text(
    'chỉ các tình trạng này (dùng nhiều lần hoặc ngăn bằng dấu phẩy): draft, approved, effective, obsolete; với --external là in-force, amended, replaced, repealed, expired, not-yet-in-force',
    'only these statuses (repeatable or comma-separated): draft, approved, effective, obsolete; with --external in-force, amended, replaced, repealed, expired, not-yet-in-force',
  ),
  'help:list --type': text(
    'chỉ các loại này (dùng nhiều lần hoặc ngăn bằng dấu phẩy): procedure, form … hoặc tên loại; với --external là loại văn bản (Nghị định, Thông tư …)',
    'only these types (repeatable or comma-separated): procedure, form … or their labels; with --external the kinds (Nghị định, Thông tư …)',
  ),
  'help:list after': text(
    `
Ví dụ:
  qms list                                    tài liệu nội bộ: mã hiệu, tên, loại, lần ban hành, ngày hiệu lực, tình trạng, đơn vị chủ trì
  qms list --status effective -f md > danh-muc-noi-bo.md
  qms list --external -f csv > danh-muc-ben-ngoai.csv    mở bằng Excel, giữ nguyên tiếng Việt
  qms list --external --status replaced,repealed --today 2026-11-27

Tiêu đề theo --lang / QMS_LANG / language trong cấu hình. Xem docs/registers.md.`,
    `
Examples:
  qms list                                    internal documents: code, title, type, revision, effective date, status, owner
  qms list --status effective -f md > danh-muc-noi-bo.md
  qms list --external -f csv > danh-muc-ben-ngoai.csv    opens in Excel with Vietnamese text intact
  qms list --external --status replaced,repealed --today 2026-11-27

Headings follow --lang / QMS_LANG / the config's language. See docs/registers.md.`,
  ),
  'help:show': text(
    'một tài liệu: thông tin nhận biết, tình trạng, phê duyệt, căn cứ pháp lý kèm tình trạng hiệu lực của từng văn bản, và các tài liệu viện dẫn nó',
    'one document: identity, status, approvals, legal basis with each legal document\'s current status, and who references it',
  ),
  'help:show <code>': text('mã hiệu: QT-KHCN-01, BM-01/QT-KHCN-01 (hoặc tệp của tài liệu)', 'its code: QT-KHCN-01, BM-01/QT-KHCN-01 (or its file)'),
  'help:show after': text(
    '\nVí dụ:\n  qms show QT-KHCN-03\n  qms show BM-01/QT-KHCN-03 --json\n\nMã hiệu không có là lỗi (mã thoát 2), kèm các mã hiệu gần nhất.\n',
    '\nExamples:\n  qms show QT-KHCN-03\n  qms show BM-01/QT-KHCN-03 --json\n\nAn unknown code is an error (exit 2) naming the closest codes.\n',
  ),
  'help:history': text(
    'các lần ban hành của một tài liệu theo git: với mỗi commit thay đổi lần ban hành, commit, ngày, người thực hiện và dòng theo dõi sửa đổi',
    'a document\'s revisions from git: for each commit that changed its revision, the commit, date, author and the history row',
  ),
  'help:history <code>': text('mã hiệu: QT-KHCN-01, BM-01/QT-KHCN-01', 'its code: QT-KHCN-01, BM-01/QT-KHCN-01'),
  'help:history after': text(
    '\nVí dụ:\n  qms history QT-KHCN-03\n  qms history QT-KHCN-03 --json\n\nTệp đổi tên vẫn được theo dõi (git log --follow). So sánh hai lần ban hành bằng qms diff <mã hiệu> <lần A> <lần B>.\n',
    '\nExamples:\n  qms history QT-KHCN-03\n  qms history QT-KHCN-03 --json\n\nRenamed files are followed (git log --follow). Compare two revisions with qms diff <code> <revA> <revB>.\n',
  ),
  'help:diff': text('thay đổi nội dung giữa hai lần ban hành của một tài liệu, dạng unified diff', 'the text change between two revisions of a document, as a unified diff'),
  'help:diff <code>': text('mã hiệu: QT-KHCN-01, BM-01/QT-KHCN-01', 'its code: QT-KHCN-01, BM-01/QT-KHCN-01'),
  'help:diff <revA>': text('lần ban hành cũ hơn, ví dụ 2', 'the older revision (lần ban hành), e.g. 2'),
  'help:diff <revB>': text('lần ban hành mới hơn, ví dụ 3', 'the newer revision, e.g. 3'),
  'help:diff --unified': text('số dòng ngữ cảnh quanh mỗi thay đổi', 'lines of context around each change'),
  'help:diff after': text(
    '\nVí dụ:\n  qms diff QT-KHCN-03 2 3\n\nNội dung của một lần ban hành là commit cuối cùng mà tài liệu mang lần ban hành đó (nội dung cuối cùng, đã\nphê duyệt); lần ban hành chưa commit được đọc từ thư mục làm việc. Tệp đổi tên vẫn được theo dõi.',
    '\nExample:\n  qms diff QT-KHCN-03 2 3\n\nA revision\'s text is the last commit in which the document has that revision (its final, approved\ntext); a revision not committed yet is read from the work tree. Renamed files are followed.',
  ),
  'help:report merge after': text(
    `
Ví dụ:
  qms report merge qms-report/*/*.json > province.md
  qms report merge qms-report/*/*.json --format json --output province.json

Mỗi thư mục chứa kết quả của một cơ quan (artifact CI của kho cơ quan đó); lệnh nào đã ghi tệp được
đọc từ nội dung tệp. Mỗi cơ quan: số tài liệu, số lỗi, và với văn bản trong kết quả impact, các tài
liệu chịu ảnh hưởng và các tài liệu quá hạn cập nhật. Mã thoát 0 khi đã lập báo cáo. Xem docs/ci.md.`,
    `
Examples:
  qms report merge qms-report/*/*.json > province.md
  qms report merge qms-report/*/*.json --format json --output province.json

Each folder holds one agency's outputs (the CI artifact of its repository); which command wrote a
file is read from its content. Per agency: documents, errors, and for the legal document of its
impact output the affected documents and those overdue. Exit 0 when the report is made. See docs/ci.md.`,
  ),
};
