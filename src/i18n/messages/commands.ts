/** What qms render and qms impact --apply print around their work, in Vietnamese and English. */
import { joined, message } from '../catalogue.js';
import { counted } from './report.js';

export const COMMAND_MESSAGES = {
  'render.outside': message(
    { target: '/tmp/other', root: '/srv/qms' },
    (d) => `${d.target} nằm ngoài kho tài liệu ${d.root}`,
    (d) => `${d.target} is outside the repository at ${d.root}`,
  ),
  'render.no-documents': message(
    { scope: 'templates' },
    (d) => `${d.scope} không chứa tài liệu kiểm soát nào (documents.include và exclude trong qms.config.yaml); không sinh gì ở đó`,
    (d) => `${d.scope} holds no controlled document (documents.include and exclude in qms.config.yaml); nothing to render there`,
  ),
  'render.skipped': message(
    { file: 'procedures/QT-KHCN-01.md' },
    (d) => `${d.file}: bỏ qua vì không đọc được front matter (chạy qms check để xem lý do)`,
    (d) => `${d.file}: skipped, its front matter cannot be read (run qms check)`,
  ),
  'render.nothing': message(
    { upToDate: 3 },
    (d) => `không có gì cần sinh: ${d.upToDate} tài liệu đã cập nhật`,
    (d) => `nothing to render: ${counted(d.upToDate, 'document')} up to date`,
  ),
  'render.would': message(
    { count: 2 },
    (d) => `${d.count} tài liệu sẽ được sinh lại; chưa ghi gì`,
    (d) => `${counted(d.count, 'document')} would be rendered; nothing was written`,
  ),
  'render.all-up-to-date': message(
    { upToDate: 3 },
    (d) => `mọi vùng sinh tự động đã cập nhật (${d.upToDate} tài liệu)`,
    (d) => `all generated regions are up to date (${counted(d.upToDate, 'document')})`,
  ),
  'render.not-up-to-date': message(
    { count: 2, command: 'qms render procedures' },
    (d) => `${d.count} tài liệu chưa cập nhật: chạy ${d.command}`,
    (d) => `${counted(d.count, 'document')} not up to date: run ${d.command}`,
  ),
  'render.rendered': message(
    { file: 'procedures/QT-KHCN-01.md', updated: ['approval'], inserted: ['history'] },
    (d) => `đã sinh ${d.file}: ${[...(d.updated.length > 0 ? [`cập nhật ${joined('vi', d.updated)}`] : []), ...(d.inserted.length > 0 ? [`chèn ${joined('vi', d.inserted)}`] : [])].join('; ')}`,
    (d) => `rendered ${d.file}: ${[...(d.updated.length > 0 ? [`updated ${d.updated.join(', ')}`] : []), ...(d.inserted.length > 0 ? [`inserted ${d.inserted.join(', ')}`] : [])].join('; ')}`,
  ),
  'render.to-render': message(
    { file: 'procedures/QT-KHCN-01.md', updated: ['approval'], inserted: ['history'] },
    (d) => `${d.file}: ${[...(d.updated.length > 0 ? [`cần cập nhật ${joined('vi', d.updated)}`] : []), ...(d.inserted.length > 0 ? [`cần chèn ${joined('vi', d.inserted)}`] : [])].join('; ')}`,
    (d) => `${d.file}: ${[...(d.updated.length > 0 ? [`updated ${d.updated.join(', ')}`] : []), ...(d.inserted.length > 0 ? [`inserted ${d.inserted.join(', ')}`] : [])].join('; ')}`,
  ),
  'render.done': message(
    { count: 2, upToDate: 5 },
    (d) => `đã sinh lại ${d.count} tài liệu, ${d.upToDate} tài liệu đã cập nhật sẵn`,
    (d) => `${counted(d.count, 'document')} rendered, ${d.upToDate} up to date`,
  ),
  'impact.check-clean': message({}, () => 'qms check trên các tài liệu được sửa đổi: không có phát hiện nào', () => 'qms check on the revised documents: no findings'),
  'impact.check-found': message(
    { errors: 1, warnings: 2 },
    (d) => `qms check trên các tài liệu được sửa đổi: ${d.errors} lỗi, ${d.warnings} cảnh báo`,
    (d) => `qms check on the revised documents: ${d.errors} error(s), ${d.warnings} warning(s)`,
  ),
  'impact.plan': message(
    { legal: '107/2021/NĐ-CP', branch: 'qms/impact/107-2021-nd-cp', date: '2026-12-01' },
    (d) => `Kế hoạch: cập nhật theo ${d.legal} trên nhánh ${d.branch} (ngày theo dõi sửa đổi ${d.date})`,
    (d) => `Plan: follow ${d.legal} on branch ${d.branch} (history date ${d.date})`,
  ),
  'impact.plan-file': message(
    { code: 'QT-KHCN-03', from: 2, to: 3, file: 'procedures/QT-KHCN-03.md' },
    (d) => `${d.code}  lần ban hành ${d.from} → ${d.to}, trở về dự thảo, xóa phê duyệt  ${d.file}`,
    (d) => `${d.code}  revision ${d.from} → ${d.to}, status draft, approval reset  ${d.file}`,
  ),
  'impact.plan-history': message(
    { summary: 'Cập nhật theo Nghị định số 107/2021/NĐ-CP' },
    (d) => `theo dõi sửa đổi: ${d.summary}`,
    (d) => `history: ${d.summary}`,
  ),
  'impact.plan-rewrite': message(
    { line: 12, from: 'Nghị định 43/2014/NĐ-CP', to: 'Nghị định 102/2024/NĐ-CP' },
    (d) => `dòng ${d.line}: "${d.from}" → "${d.to}"`,
    (d) => `line ${d.line}: "${d.from}" → "${d.to}"`,
  ),
  'impact.nothing': message(
    { legal: '107/2021/NĐ-CP' },
    (d) => `Không có gì cần làm: mọi tài liệu chịu tác động của ${d.legal} đã cập nhật theo văn bản này.`,
    (d) => `Nothing to do: every document affected by ${d.legal} already follows it.`,
  ),
  'impact.committed': message(
    { commit: '3f2a1b9', branch: 'qms/impact/107-2021-nd-cp' },
    (d) => `\nĐã commit ${d.commit} trên nhánh ${d.branch} (đang ở nhánh này).\nTiếp theo: sửa nội dung, trình xem xét và phê duyệt từng tài liệu, rồi mở pull request.`,
    (d) => `\nCommitted ${d.commit} on branch ${d.branch} (now checked out).\nNext: revise the texts, have each document reviewed and approved, and open a pull request.`,
  ),
};
