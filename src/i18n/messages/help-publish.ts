/** Help texts of the commands added for issuing, publishing and the province (export, site, report, review) and of later options, in Vietnamese and English. */
import { text, type HelpTexts } from './help-shared.js';

const REGISTER = text(
  'ghi vào sổ đăng ký dùng chung này (một thư mục trong legal.shared của cấu hình) thay vì legal/ của cơ quan',
  "write to this shared register (one of legal.shared in the config) instead of the agency's own legal/",
);
const OUTPUT = text('ghi danh mục ra tệp này thay vì ra màn hình (bắt buộc với xlsx)', 'write the list to this file instead of the screen (required for xlsx)');
const DELIMITER = text(
  'dấu phân cách của CSV: "," (mặc định) hoặc ";" — dấu phân cách danh sách của Windows tiếng Việt, để Excel mở được bằng nhấp đúp',
  'the CSV separator: "," (the default) or ";", the list separator of Vietnamese Windows, so Excel opens the file by double-click',
);

export const PUBLISH_HELP: HelpTexts = {
  'help:init --qms': text(
    'bản qms kho tài liệu ghim dùng: tệp hoặc URL .tgz, URL git có #tag, hoặc tên@phiên-bản (mặc định: bản đang chạy)',
    'the qms the repository pins: a .tgz file or URL, a git URL with #tag, or name@version (default: the one running)',
  ),
  'help:init --branch': text('nhánh đầu tiên của kho mới (mặc định main)', 'the first branch of a new repository (default main)'),
  'help:init --no-install': text(
    'ghi package.json nhưng không chạy npm install (khi đó tự chạy rồi commit package-lock.json)',
    'write package.json but do not run npm install (then run it and commit package-lock.json)',
  ),
  'help:init --province': text(
    'đi cùng --ci: quy trình CI cấp tỉnh kiểm tra mọi kho có tên trong tệp (mỗi dòng một kho)',
    'with --ci: a province workflow checking every repository listed (one per line)',
  ),
  'help:init --legal': text('đi cùng --province: văn bản pháp luật mà mỗi cơ quan báo cáo tác động', 'with --province: the legal document whose impact each agency reports'),
  'help:legal add --register': REGISTER,
  'help:legal amend --register': REGISTER,
  'help:legal replace --register': REGISTER,
  'help:legal repeal --register': REGISTER,
  'help:legal list --output': OUTPUT,
  'help:legal list --delimiter': DELIMITER,
  'help:list --output': OUTPUT,
  'help:list --delimiter': DELIMITER,
  'help:obsolete --with-forms': text(
    'hủy bỏ cùng lúc các biểu mẫu và tài liệu mang mã của nó (BM-01/QT-VP-01 của QT-VP-01)',
    'withdraw its forms and the documents named after it (BM-01/QT-VP-01 for QT-VP-01) in the same change',
  ),
  'help:review': text(
    'ghi một lần rà soát định kỳ tài liệu đang áp dụng: ai rà soát, ngày nào, có cần sửa đổi không',
    'record a periodic review of a document in use (rà soát định kỳ): who, when, and whether it must change',
  ),
  'help:review <code>': text('mã hiệu của tài liệu, ví dụ QT-KHCN-01', 'the document code, e.g. QT-KHCN-01'),
  'help:review --by': text('họ và tên người rà soát', 'who reviewed it (họ và tên)'),
  'help:review --title': text('chức vụ của người rà soát', 'their title (chức vụ)'),
  'help:review --outcome': text('kết luận: no-change (không cần sửa đổi, mặc định) hoặc revise (cần sửa đổi)', 'the conclusion: no-change (the default) or revise'),
  'help:review --note': text('ghi chú ngắn kèm lần rà soát', 'a short note kept with the review'),
  'help:review --date': text('ngày rà soát (YYYY-MM-DD; mặc định: hôm nay)', 'the date of the review (YYYY-MM-DD; default: today)'),
  'help:report': text(
    'báo cáo nhiều kho: gộp kết quả JSON của các cơ quan thành một báo cáo cấp tỉnh',
    'reports across repositories: merge the JSON outputs of many agencies into one province report',
  ),
  'help:report merge': text(
    'gộp kết quả của các cơ quan (qms list / check / impact --format json), mỗi cơ quan một thư mục, thành một báo cáo cấp tỉnh',
    'merge agency outputs (qms list / check / impact --format json), one folder per agency, into one province report',
  ),
  'help:report merge <files>': text(
    'các tệp JSON: trong mỗi thư mục (một cơ quan) là kết quả của qms list, qms check và qms impact',
    'JSON files: in each folder (one per agency) the output of qms list, qms check and qms impact',
  ),
  'help:report merge --format': text('định dạng: md hoặc json', 'output format: md or json'),
  'help:report merge --output': text('ghi báo cáo ra tệp thay vì ra màn hình', 'write the report to a file instead of stdout'),
  'help:export': text(
    'xuất một tài liệu ra Word (DOCX) hoặc PDF để in và ký, kèm Quyết định ban hành khi cần (thể thức Nghị định 30/2020/NĐ-CP)',
    'a document as a Word (DOCX) or PDF file to print and sign, with its Quyết định ban hành on request (Nghị định 30/2020/NĐ-CP layout)',
  ),
  'help:export <code>': text('mã hiệu của tài liệu: QT-KHCN-01 (hoặc tệp của nó)', 'its code: QT-KHCN-01 (or its file)'),
  'help:export --format': text('docx hoặc pdf', 'docx or pdf'),
  'help:export --decision': text('đặt Quyết định ban hành trước tài liệu', 'put the Quyết định ban hành before the document'),
  'help:export --decision-only': text('chỉ Quyết định ban hành', 'the Quyết định ban hành alone'),
  'help:export --out': text(
    'tệp ghi ra (mặc định: <mã>.docx / .pdf, hoặc <mã>-QD.… cho quyết định, trong thư mục hiện tại)',
    'the file to write (default: <code>.docx / .pdf, or <code>-QD.… for the decision, in the current folder)',
  ),
  'help:export --number': text('số của quyết định: số 15 trong "Số: 15/QĐ-SKHCN"', 'the decision number: the 15 of "Số: 15/QĐ-SKHCN"'),
  'help:export --parent': text('cơ quan chủ quản (mặc định: issue.parent trong qms.config.yaml)', 'the parent body, cơ quan chủ quản (default: issue.parent in qms.config.yaml)'),
  'help:export --place': text('địa danh ở dòng ngày tháng (mặc định: issue.place)', 'the place name of the date line, địa danh (default: issue.place)'),
  'help:export --symbol': text('chữ viết tắt tên cơ quan trong số quyết định (mặc định: issue.symbol)', "the agency's abbreviation in the number (default: issue.symbol)"),
  'help:export --date': text('ngày ký, YYYY-MM-DD (mặc định: ngày phê duyệt)', 'the date of signing, YYYY-MM-DD (default: the approval date)'),
  'help:site': text(
    'trang web tĩnh các tài liệu đang hiệu lực cho nơi sử dụng: mục lục, mỗi tài liệu một trang, danh mục, sổ đăng ký, tìm kiếm (chạy không cần mạng)',
    'a static site of the documents in force for the points of use: index, one page per document, master lists, register, search (works offline)',
  ),
  'help:cite': text(
    'thêm một văn bản pháp luật (hoặc một số điều của nó) vào căn cứ pháp lý của tài liệu và sinh lại vùng tương ứng',
    "add a legal document (or some of its articles) to a document's legal basis and render the region",
  ),
  'help:cite <code>': text('mã hiệu của tài liệu, ví dụ QT-KHCN-01', 'the document code, e.g. QT-KHCN-01'),
  'help:cite <legal-doc>': text('văn bản pháp luật, viết theo bất kỳ cách viện dẫn nào sổ đăng ký nhận ra: 118/2025/NĐ-CP', 'the legal document, in any citation form the register resolves: 118/2025/NĐ-CP'),
  'help:cite --articles': text('chỉ các điều này: "Điều 5, Điều 7" hoặc "khoản 1 Điều 5"', 'only these articles: "Điều 5, Điều 7" or "khoản 1 Điều 5"'),
  'help:uncite': text('bỏ một văn bản pháp luật khỏi căn cứ pháp lý của tài liệu và sinh lại vùng tương ứng', "remove a legal document from a document's legal basis and render the region"),
  'help:uncite <code>': text('mã hiệu của tài liệu, ví dụ QT-KHCN-01', 'the document code, e.g. QT-KHCN-01'),
  'help:uncite <legal-doc>': text('văn bản pháp luật, viết theo bất kỳ cách viện dẫn nào sổ đăng ký nhận ra', 'the legal document, in any citation form the register resolves'),
  'help:check --fix': text(
    'trước khi kiểm tra, sửa những chỗ tự sửa được: sinh lại các vùng sinh tự động đã lỗi thời (như qms render); cùng --dry-run thì chỉ hiển thị phần khác biệt',
    'fix what can be fixed safely before checking: re-render stale generated regions (as qms render does); with --dry-run only print the diff',
  ),
  'help:check --dry-run': text('đi cùng --fix: in các thay đổi dạng diff, không ghi gì', 'with --fix: print the changes as a diff, write nothing'),
  'help:site --out': text('thư mục ghi ra (mặc định: _site trong kho)', 'where to write it (default: _site in the repository)'),
  'help:export after': text(
    `
Ví dụ:
  qms export QT-KHCN-01                                   QT-KHCN-01.docx
  qms export QT-KHCN-01 --format pdf --out in/QT-KHCN-01.pdf
  qms export QT-KHCN-01 --decision --number 15            quyết định ban hành, rồi quy trình

Tệp PDF do Chromium chạy ẩn in ra (QMS_CHROMIUM, hoặc chromium trên PATH). Những gì quyết định cần
ngoài tài liệu lấy từ issue.* trong qms.config.yaml hoặc từ các tùy chọn; thiếu phần nào thì lệnh
nêu tên phần đó (mã thoát 2). Tài liệu: docs/publishing.md.`,
    `
Examples:
  qms export QT-KHCN-01                                   QT-KHCN-01.docx
  qms export QT-KHCN-01 --format pdf --out in/QT-KHCN-01.pdf
  qms export QT-KHCN-01 --decision --number 15            the decision, then the procedure

The PDF is printed by headless Chromium (QMS_CHROMIUM, or chromium on the PATH). What the decision
needs beyond the document comes from issue.* in qms.config.yaml or the options; a missing piece is
named (exit 2). Docs: docs/publishing.md.`,
  ),
  'help:site after': text(
    `
Ví dụ:
  qms site                          _site/index.html và các trang khác
  qms site --out /srv/share/qms     vào thư mục chia sẻ hoặc thư mục của máy chủ web

Chỉ đăng các tài liệu đang hiệu lực (status effective); tài liệu hết hiệu lực chỉ có ở trang tài liệu
hết hiệu lực, được đánh dấu trên mọi màn hình; dự thảo không bao giờ được đăng. Lần chạy sau chỉ
tạo lại các trang có dữ liệu đầu vào đã thay đổi (.qms-site.json ghi lại mỗi trang được tạo từ đâu).
Tài liệu: docs/publishing.md.`,
    `
Examples:
  qms site                          _site/index.html and the rest
  qms site --out /srv/share/qms     on a file share or web server folder

Only documents in force (status effective) are published; obsolete ones only on the obsolete page,
marked on every screen; drafts never. A second run makes again only the pages whose inputs
changed (.qms-site.json remembers what each page was made from). Docs: docs/publishing.md.`,
  ),
};
