/** What qms site prints and refuses with, in Vietnamese and English. */
import { message } from '../catalogue.js';

export const SITE_MESSAGES = {
  'site.done': message(
    { out: '/srv/share/iso', documents: 33, obsolete: 1, rendered: 2, written: 4, unchanged: 38 },
    (d) => `đã tạo trang tại ${d.out}: ${d.documents} tài liệu hiện hành, ${d.obsolete} hết hiệu lực; dựng lại ${d.rendered} trang tài liệu, ghi ${d.written} tệp, ${d.unchanged} tệp không đổi`,
    (d) => `site written to ${d.out}: ${d.documents} documents in force, ${d.obsolete} obsolete; ${d.rendered} document pages made, ${d.written} files written, ${d.unchanged} unchanged`,
  ),
  'site.foreign-file': message(
    { file: 'index.html', out: '/srv/share/iso' },
    (d) => `${d.file} trong ${d.out} không do qms site tạo ra: qms không ghi đè tệp của người dùng; chuyển tệp đi hoặc chọn thư mục khác bằng --out (không ghi gì)`,
    (d) => `${d.file} in ${d.out} was not written by qms site: qms does not overwrite other files; move it or choose another folder with --out (nothing was written)`,
  ),
  'site.not-file': message(
    { file: '.qms-site.json', out: '/srv/share/iso' },
    (d) => `${d.file} trong ${d.out} không phải tệp thông thường (liên kết hoặc thư mục): qms không đọc và không ghi qua nó; xóa nó rồi chạy lại (không ghi gì)`,
    (d) => `${d.file} in ${d.out} is not a regular file (a link or a folder): qms neither reads nor writes through it; remove it and run again (nothing was written)`,
  ),
};
