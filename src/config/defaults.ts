/** The default configuration used where qms.config.yaml is silent: file sets, document types and their code patterns, procedure sections. */
import type { DocumentTypeConfig, QmsConfig } from './types.js';

/** Code segments: upper-case letters (with Đ) and digits, joined by -, ., /, or a space. */
const SEGMENTS = '[A-Z0-9Đ]+(?:[-. /][A-Z0-9Đ]+)*';

/** The standard sections of a procedure under Quyết định 101/QĐ-BKHCN's model framework. */
export const PROCEDURE_SECTIONS = [
  'Mục đích',
  'Phạm vi',
  'Tài liệu viện dẫn',
  'Định nghĩa và từ viết tắt',
  'Nội dung quy trình',
  'Biểu mẫu',
  'Hồ sơ cần lưu',
];

function type(label: string, pattern: string, example: string, sections: string[] = []): DocumentTypeConfig {
  return { label, pattern, example, sections, reviewers: [], approvers: [], regions: [] };
}

/** The settings used where qms.config.yaml says nothing (documented in docs/file-formats.md). */
export function defaultConfig(): QmsConfig {
  return {
    organization: '',
    language: 'vi',
    documents: {
      include: ['**/*.md'],
      exclude: ['README.md', 'CHANGELOG.md', 'docs/**', 'templates/**', 'node_modules/**'],
    },
    legal: { include: ['legal/**/*.md'], exclude: ['legal/README.md'], papers: 'ignore', shared: [] },
    filename: { template: '{code}.md', replace: '-' },
    review: { interval_months: 12 },
    approval: { allow_self_approval: false },
    issue: { parent: '', place: '', symbol: '', head: 'Giám đốc', proposer: '', executors: '', recipients: [], archive: 'VT', basis: [] },
    tthc: { folder: 'tthc', hours_per_day: 8 },
    types: {
      manual: type('Sổ tay chất lượng', '^STCL(?:[-. /][A-Z0-9Đ]+)*$', 'STCL'),
      procedure: type('Quy trình', `^QT[-. ]?${SEGMENTS}$`, 'QT-KHCN-01', PROCEDURE_SECTIONS),
      instruction: type('Hướng dẫn', `^HD[-. ]?${SEGMENTS}$`, 'HD-KHCN-01'),
      form: type('Biểu mẫu', `^BM[-. ]?${SEGMENTS}$`, 'BM-01/QT-KHCN-01'),
    },
    rules: {},
  };
}
