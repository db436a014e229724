/** Messages of setup, in Vietnamese and English. */
import { dateIn, joined, message } from '../catalogue.js';


export const SETUP_MESSAGES = {
  'init.ask-organization': message(
    {},
    () => 'Tên cơ quan (ví dụ: Sở Khoa học và Công nghệ tỉnh Phú Thọ): ',
    () => 'Organization (e.g. Sở Khoa học và Công nghệ tỉnh Phú Thọ): ',
  ),
  // Asked before the language is known, so both languages name the choice.
  'init.ask-language': message(
    {},
    () => 'Ngôn ngữ của thông báo / language [vi/en] (mặc định vi): ',
    () => 'Language of messages / ngôn ngữ [vi/en] (default vi): ',
  ),
  'init-ci.already-exists-never-overwrites': message(
    { target: 'github', path: '.github/workflows/qms.yml' },
    (d) => `${d.path} đã có và qms không bao giờ ghi đè: thêm job qms từ \`qms init --ci ${d.target} --print\` vào đó`,
    (d) => `${d.path} already exists and qms never overwrites a file: add the qms job from \`qms init --ci ${d.target} --print\` to it`,
  ),
  'init-ci.repository-does-pin-package': message(
    { name: '@qms-vn/qms' },
    (d) => `kho chưa ghim qms (package.json và package-lock.json), mà CI cài bằng npm ci: chạy  npm install --save-dev --save-exact <gói qms .tgz | URL git#thẻ | ${d.name}@phiên-bản>  rồi commit hai tệp đó (qms init làm việc này cho kho mới)`,
    (d) => `the repository does not pin qms (package.json and package-lock.json), and CI installs with npm ci: run  npm install --save-dev --save-exact <qms .tgz | git URL#tag | ${d.name}@version>  and commit both files (qms init does this for a new repository)`,
  ),
  'init-package.there-no-file': message(
    { tarball: '/tmp/qms-0.1.0.tgz', spec: '../qms-0.1.0.tgz' },
    (d) => `--qms ${d.spec}: không có tệp ${d.tarball}`,
    (d) => `--qms ${d.spec}: there is no file ${d.tarball}`,
  ),
  'init-package.package-json-exists-add': message(
    { pin: 'vendor/qms-vn-qms-0.1.0.tgz' },
    (d) => `package.json đã có: thêm qms vào đó bằng  npm install --save-dev --save-exact ${d.pin}`,
    (d) => `package.json exists: add qms to it with  npm install --save-dev --save-exact ${d.pin}`,
  ),
  'init-package.exists-differs-from-overwritten': message(
    { tarball: '/tmp/qms-0.1.0.tgz', vendored: 'vendor/qms-0.1.0.tgz' },
    (d) => `${d.vendored} đã có và khác ${d.tarball}: không ghi đè`,
    (d) => `${d.vendored} exists and differs from ${d.tarball}: not overwritten`,
  ),
  'init-package.npm-install-failed-code': message(
    { said: 'npm error code E404', code: 1, pin: '@qms-vn/qms@0.1.0' },
    (d) => `npm install ${d.pin} không thành công (mã ${d.code}); không ghi gì. npm nói:\n  ${d.said}\nHãy chỉ rõ gói qms bằng --qms <tệp .tgz | URL git#thẻ | tên@phiên-bản>.`,
    (d) => `npm install ${d.pin} failed (code ${d.code}); nothing was written. npm said:\n  ${d.said}\nName the qms to pin with --qms <file.tgz | git URL#tag | name@version>.`,
  ),
  'init-package.quality-management-system': message(
    {},
    () => 'Hệ thống quản lý chất lượng',
    () => 'Quality management system',
  ),
  'init-province.larger-than-1-mb': message(
    { province: 'repos.txt' },
    (d) => `${d.province} lớn hơn 1 MB`,
    (d) => `${d.province} is larger than 1 MB`,
  ),
  'init-province.already-exists-never-overwrites': message(
    { province: 'repos.txt', target: 'github', path: '.github/workflows/qms-province.yml' },
    (d) => `${d.path} đã có và qms không bao giờ ghi đè: thêm các job từ \`qms init --ci ${d.target} --province ${d.province} --print\` vào đó`,
    (d) => `${d.path} already exists and qms never overwrites a file: add the jobs from \`qms init --ci ${d.target} --province ${d.province} --print\` to it`,
  ),
  'init-province.wrote-agency-repositories-each': message(
    { path: '.github/workflows/qms-province.yml', count: 12, legal: '118/2025/NĐ-CP' },
    (d) => `đã ghi ${d.path}: ${d.count} kho cơ quan, mỗi kho chạy qms list, check${d.legal ? ` và impact ${d.legal}` : ''}; báo cáo tỉnh qms-province.md và .json`,
    (d) => `wrote ${d.path}: ${d.count} agency repositories, each running qms list, check${d.legal ? ` and impact ${d.legal}` : ''}; the province report in qms-province.md and .json`,
  ),
  'init.print-goes-ci': message(
    {},
    () => '--print đi cùng --ci',
    () => '--print goes with --ci',
  ),
  'init.province-legal-go-ci': message(
    {},
    () => '--province và --legal đi cùng --ci',
    () => '--province and --legal go with --ci',
  ),
  'init.language-takes-vi-en': message(
    { language: 'fr' },
    (d) => `--language nhận vi hoặc en, không nhận "${d.language}"`,
    (d) => `--language takes vi or en, not "${d.language}"`,
  ),
  'init.valid-branch-name': message(
    { branch: 'main' },
    (d) => `"${d.branch}" không phải tên nhánh hợp lệ`,
    (d) => `"${d.branch}" is not a valid branch name`,
  ),
  'init.already-git-repository-branch': message(
    { existing: '/srv', root: '/srv/qms' },
    (d) => `${d.root} đã nằm trong kho git ${d.existing}: --branch chỉ dùng cho kho mới`,
    (d) => `${d.root} is already in the git repository ${d.existing}: --branch is for a new repository`,
  ),
  'init.create-quality-management-system': message(
    {},
    () => 'Khởi tạo hệ thống tài liệu quản lý chất lượng (qms init)',
    () => 'Create the quality management system repository (qms init)',
  ),
  'init.init-first-commit-was': message(
    { failure: 'Author identity unknown' },
    (d) => `qms init: chưa tạo được commit đầu tiên (${d.failure}). Đặt git config user.name và user.email, rồi: git commit -m "qms init"`,
    (d) => `qms init: the first commit was not made (${d.failure}). Set git config user.name and user.email, then: git commit -m "qms init"`,
  ),
  'init.init-files-created': message(
    { root: '/srv/qms', createdCount: 2 },
    (d) => `qms init: đã tạo ${d.createdCount} tệp trong ${d.root}`,
    (d) => `qms init: ${d.createdCount} files created in ${d.root}`,
  ),
  'init.exists-left-as': message(
    {},
    () => '(đã có, giữ nguyên)',
    () => '(exists, left as it is)',
  ),
  'init.from': message(
    {},
    () => 'theo --qms',
    () => 'from --qms',
  ),
  'init.where-running-was-installed': message(
    {},
    () => 'nơi qms đang chạy được cài từ',
    () => 'where the running qms was installed from',
  ),
  'init.name-version-running': message(
    {},
    () => 'tên@phiên bản của qms đang chạy',
    () => 'name@version of the running qms',
  ),
  'init.installed-npm-install': message(
    {},
    () => ', đã cài bằng npm install',
    () => ', installed by npm install',
  ),
  'init.new-repository-branch': message(
    { branch: 'main' },
    (d) => `kho mới, nhánh ${d.branch}`,
    (d) => `a new repository on branch ${d.branch}`,
  ),
  'init.first-commit': message(
    {},
    () => 'commit đầu tiên',
    () => 'the first commit',
  ),
  'init.set-organization-config-yaml': message(
    {},
    () => 'Điền organization: trong qms.config.yaml.',
    () => 'Set organization: in qms.config.yaml.',
  ),
  'init.next-npm-install-then': message(
    {},
    () => 'Tiếp theo: npm install, rồi git add package-lock.json && git commit',
    () => 'Next: npm install, then git add package-lock.json && git commit',
  ),
  'init.next-npx-no-install': message(
    {},
    () => 'Tiếp theo: npx --no-install qms check   (sau khi clone: npm ci trước)',
    () => 'Next: npx --no-install qms check   (after a clone: npm ci first)',
  ),
  'init.unknown-ci-system-use': message(
    { ci: 'jenkins', systems: ['github', 'gitlab'] },
    (d) => `không biết hệ thống CI "${d.ci}": dùng ${joined('vi', d.systems, true)}`,
    (d) => `unknown CI system "${d.ci}": use ${joined('en', d.systems, true)}`,
  ),
  'init.legal-goes-province': message(
    {},
    () => '--legal đi cùng --province',
    () => '--legal goes with --province',
  ),
  'init.wrote-check-runs-every': message(
    { written: '.github/workflows/qms.yml', request: 'pull request', branch: 'main' },
    (d) => `đã ghi ${d.written}: qms check chạy ở mỗi ${d.request} và mỗi lần đẩy lên ${d.branch}`,
    (d) => `wrote ${d.written}: qms check runs on every ${d.request} and every push to ${d.branch}`,
  ),
  'report.unknown-format-use': message(
    { format: 'xml', formats: ['md', 'json'] },
    (d) => `không biết định dạng "${d.format}": dùng ${joined('vi', d.formats, true)}`,
    (d) => `unknown format "${d.format}": use ${joined('en', d.formats, true)}`,
  ),
  'report.message': message(
    { why: 'Unexpected token',  file: 'procedures/QT-KHCN-01.md' },
    (d) => `${d.file}: không phải JSON của qms check, list hay impact (${d.why})`,
    (d) => `${d.file}: ${d.why}`,
  ),
  'report.there-no-file': message(
    { file: 'procedures/QT-KHCN-01.md' },
    (d) => `không có tệp ${d.file}`,
    (d) => `there is no file ${d.file}`,
  ),
  'report.regular-file': message(
    { file: 'procedures/QT-KHCN-01.md' },
    (d) => `${d.file} không phải tệp thường`,
    (d) => `${d.file} is not a regular file`,
  ),
  'report.larger-than-bytes': message(
    { limit: 10485760, file: 'so-khcn/qms.json' },
    (d) => `${d.file} lớn hơn ${d.limit} byte`,
    (d) => `${d.file} is larger than ${d.limit} bytes`,
  ),
  'report.are-both-named-one': message(
    { folder: 'so-khcn', seen: 'a/so-khcn', pathDirname: 'b/so-khcn' },
    (d) => `${d.pathDirname} và ${d.seen} cùng tên thư mục "${d.folder}": mỗi cơ quan một thư mục có tên riêng`,
    (d) => `${d.pathDirname} and ${d.seen} are both named "${d.folder}": one folder per agency, each named differently`,
  ),
  'report.json': message(
    { file: 'procedures/QT-KHCN-01.md' },
    (d) => `${d.file} không phải JSON`,
    (d) => `${d.file} is not JSON`,
  ),
  'spec.needs-value': message(
    {},
    () => '--qms cần một giá trị',
    () => '--qms needs a value',
  ),
  'spec.file-must-tgz-tarball': message(
    { given: 'qms.zip' },
    (d) => `--qms ${d.given}: tệp phải là gói .tgz (do npm pack tạo)`,
    (d) => `--qms ${d.given}: the file must be a .tgz tarball (made by npm pack)`,
  ),
  'spec.git-url-must-name': message(
    { spec: 'http://example.org/qms.tgz' },
    (d) => `--qms ${d.spec}: URL git phải ghi thẻ phiên bản hoặc commit sau dấu # (ví dụ …/qms.git#v0.1.0)`,
    (d) => `--qms ${d.spec}: a git URL must name a tag or commit after # (for example …/qms.git#v0.1.0)`,
  ),
  'spec.only-https-addresses-are': message(
    { spec: 'http://example.org/qms.tgz' },
    (d) => `--qms ${d.spec}: chỉ nhận địa chỉ https`,
    (d) => `--qms ${d.spec}: only https addresses are accepted`,
  ),
  'spec.address-must-point-at': message(
    { spec: 'http://example.org/qms.tgz' },
    (d) => `--qms ${d.spec}: địa chỉ phải trỏ tới một gói .tgz`,
    (d) => `--qms ${d.spec}: the address must point at a .tgz tarball`,
  ),
  'spec.give-tgz-tarball-git': message(
    { packageName: '@qms-vn/qms', spec: '@qms-vn/qms@latest' },
    (d) => `--qms ${d.spec}: cần một gói .tgz, một URL git có thẻ, hoặc tên@phiên-bản chính xác (ví dụ ${d.packageName}@0.1.0) — không nhận khoảng phiên bản hay thẻ như latest`,
    (d) => `--qms ${d.spec}: give a .tgz tarball, a git URL with a tag, or name@exact-version (for example ${d.packageName}@0.1.0) — not a range or a tag like latest`,
  ),
  'repos.repos-txt-line-repository': message(
    { text: 'so-khcn', line: 2 },
    (d) => `repos.txt dòng ${d.line}: "${d.text}" không phải đường dẫn kho (chủ/tên, hoặc nhóm/…/dự án)`,
    (d) => `repos.txt line ${d.line}: "${d.text}" is not a repository path (owner/name, or group/…/project)`,
  ),
  'repos.repos-txt-line-listed': message(
    { text: 'phu-tho/so-khcn', line: 5, first: 'Phu-Tho/so-khcn' },
    (d) => `repos.txt dòng ${d.line}: ${d.text} đã có ở trên (${d.first})`,
    (d) => `repos.txt line ${d.line}: ${d.text} is listed already (${d.first})`,
  ),
  'repos.repos-txt-lists-no': message(
    {},
    () => 'repos.txt không có kho nào',
    () => 'repos.txt lists no repository',
  ),
  'repos.legal-only-document-number': message(
    { name: 'Nguyễn Văn A' },
    (d) => `--legal "${d.name}": chỉ nhận số hiệu văn bản (chữ, số, / . - _ ( ) và dấu cách)`,
    (d) => `--legal "${d.name}": only a document number is accepted (letters, digits, / . - _ ( ) and spaces)`,
  ),
  'province.totals': message(
    { agencies: 12, documents: 410, errors: 7, agenciesWithErrors: 3, affected: 25, overdue: 4, agenciesOverdue: 2 },
    (d) => `${d.agencies} cơ quan, ${d.documents} tài liệu; ${d.errors} lỗi ở ${d.agenciesWithErrors} cơ quan; ${d.affected} tài liệu chịu ảnh hưởng, ${d.overdue} quá hạn cập nhật ở ${d.agenciesOverdue} cơ quan.`,
    (d) => `${d.agencies} agencies, ${d.documents} documents; ${d.errors} errors in ${d.agenciesWithErrors} agencies; ${d.affected} affected documents, ${d.overdue} overdue in ${d.agenciesOverdue} agencies.`,
  ),
  'province.none-affected': message(
    { today: '2026-11-27' },
    (d) => `Không tài liệu nào chịu ảnh hưởng (tính đến ngày ${dateIn('vi', d.today)}).`,
    (d) => `No document affected (as of ${d.today}).`,
  ),
};
