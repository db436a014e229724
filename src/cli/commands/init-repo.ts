/** Scaffolding a new QMS repository for `qms init`: config, README, seeded legal register, sample manual/procedure/form. */
import { packagePath } from '../../paths.js';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyChanges } from '../../write/apply.js';
import type { Language } from '../../i18n/language.js';
import { planNew } from '../../lifecycle/new.js';
import { writeChange } from '../lifecycle-run.js';
import { openWorkspace } from '../../workspace/open.js';
import { qmsPackageName } from '../../version.js';

const SCAFFOLD = packagePath('templates', 'repo');

export interface ScaffoldOptions {
  organization: string;
  language: Language;
  today: string;
  env: Record<string, string | undefined>;
}

export interface ScaffoldResult {
  created: string[];
  skipped: string[];
}

/** The sample documents of a new repository: the manual, one procedure and its form. */
const SAMPLES: Record<Language, Array<{ type: string; code: string; title: string; owner: string }>> = {
  vi: [
    { type: 'manual', code: 'STCL', title: 'Sổ tay chất lượng', owner: 'Văn phòng' },
    { type: 'procedure', code: 'QT-VP-01', title: 'Quy trình tiếp nhận hồ sơ và trả kết quả giải quyết thủ tục hành chính', owner: 'Văn phòng' },
    { type: 'form', code: 'BM-01/QT-VP-01', title: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả', owner: 'Văn phòng' },
  ],
  en: [
    { type: 'manual', code: 'STCL', title: 'Quality manual', owner: 'Office' },
    { type: 'procedure', code: 'QT-VP-01', title: 'Procedure for receiving applications and returning results', owner: 'Office' },
    { type: 'form', code: 'BM-01/QT-VP-01', title: 'Receipt of application and appointment for results', owner: 'Office' },
  ],
};

/**
 * Lays out a new QMS repository in `root`: config, README, the legal register seeded with the
 * national documents every agency cites, the quality manual and a sample procedure and form (made
 * as `qms new` makes them). Never overwrites a file: existing ones are listed as skipped. The
 * config's `$schema` comment points into the pinned install (node_modules/<package>/schemas).
 */
export function scaffoldRepository(root: string, options: ScaffoldOptions): ScaffoldResult {
  const result: ScaffoldResult = { created: [], skipped: [] };
  mkdirSync(join(root, 'legal'), { recursive: true });
  const fill = (text: string): string => text.replace(/\{\{organization\}\}/g, options.organization.replace(/"/g, '\\"')).replace(/\{\{language\}\}/g, options.language).replace(/\{\{package\}\}/g, qmsPackageName());
  const put = (file: string, content: string): void => {
    if (existsSync(join(root, file))) {
      result.skipped.push(file);
      return;
    }
    applyChanges(root, [{ file, before: null, after: content }], options.language);
    result.created.push(file);
  };
  put('qms.config.yaml', fill(readFileSync(join(SCAFFOLD, 'qms.config.yaml'), 'utf8')));
  put('README.md', fill(readFileSync(join(SCAFFOLD, `README.${options.language}.md`), 'utf8')));
  put('.gitignore', readFileSync(join(SCAFFOLD, 'gitignore'), 'utf8'));
  for (const name of readdirSync(join(SCAFFOLD, 'legal')).sort()) {
    const file = `legal/${name}`;
    if (existsSync(join(root, file))) result.skipped.push(file);
    else {
      copyFileSync(join(SCAFFOLD, 'legal', name), join(root, file));
      result.created.push(file);
    }
  }
  for (const sample of SAMPLES[options.language]) {
    const session = openWorkspace({ cwd: root, env: options.env }, { today: options.today, cache: false, lang: options.language }, { documents: 'summaries' });
    if (session.repository.byCode.has(sample.code)) {
      result.skipped.push(sample.code);
      continue;
    }
    const outcome = planNew(session, sample.type, { code: sample.code, title: sample.title, owner: sample.owner, date: options.today });
    writeChange(session, outcome.change);
    result.created.push(outcome.change.file);
  }
  return result;
}
