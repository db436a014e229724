/**
 * `qms new <type>`: a new controlled document from its type's skeleton — revision 1, draft, one
 * history row, the required generated regions rendered — at the path the config's filename rule gives.
 */
import { formatFlowMap, formatScalar } from '../yaml-edit/yaml-format.js';
import { classifyFiles, registerFilesOf } from '../config/file-sets.js';
import { expectedFileName } from '../rules/code/filename.js';
import { codeKey } from '../model/documents.js';
import { renderChange } from './apply.js';
import { refuse } from '../util/errors.js';
import { tr } from '../i18n/language.js';
import type { Outcome } from './apply.js';
import { parseDateOption, textOption } from '../i18n/option-values.js';
import type { Workspace } from '../workspace/open.js';
import { fillTemplate } from './templates.js';
import { both, t } from '../i18n/messages/index.js';

export interface NewOptions {
  code?: string;
  title?: string;
  owner?: string;
  dir?: string;
  date?: string;
}

/** Where documents of the default types go; other types go to the root, like the manual. */
export const DEFAULT_FOLDERS: Readonly<Record<string, string>> = { procedure: 'procedures', form: 'forms', instruction: 'instructions', manual: '' };

/** The summary of the first history row, in the language of the documents. */
export const FIRST_ISSUE = both('new.first-issue', {});

export function planNew(session: Workspace, type: string, options: NewOptions): Outcome {
  const { language, config, repository } = session;
  const typeConfig = Object.hasOwn(config.types, type) ? config.types[type] : undefined;
  if (!typeConfig) {
    const known = Object.keys(config.types);
    refuse(language, 'unknown-type', both('new.unknown-document-type-use', { known, type }), { type, known });
  }
  const code = textOption(options.code, '--code', language);
  if (!new RegExp(typeConfig.pattern, 'u').test(code)) {
    refuse(
      language,
      'code-format',
      both('new.code-does-match-pattern', { type, pattern: typeConfig.pattern, code }),
      { code, pattern: typeConfig.pattern },
    );
  }
  const holders = repository.byCode.get(codeKey(code)) ?? [];
  if (holders.length > 0) {
    const files = holders.map((d) => d.file);
    refuse(language, 'duplicate-code', both('new.code-already-used', { files, code }), { code, files });
  }
  const title = textOption(options.title, '--title', language);
  const owner = options.owner === undefined ? undefined : textOption(options.owner, '--owner', language);
  const date = parseDateOption(options.date, '--date', language, session.today);

  const file = targetFile(session, type, code, options.dir);
  if (session.exists(file)) refuse(language, 'exists', both('new.already-exists-overwritten', { file }), { file });
  if (!classifyFiles([file], config.documents, registerFilesOf(config)).documents.includes(file)) {
    refuse(
      language,
      'not-a-document',
      both('new.would-controlled-document-documents', { file }),
      { file },
    );
  }

  const template = session.documentTemplate(type, config.language);
  const body = fillTemplate(template, { code, title, type, label: typeConfig.label, owner: owner ?? '', organization: config.organization, sections: typeConfig.sections }, language);
  const eol = /\r\n/.test(template.text.slice(0, template.text.search(/\n|$/) + 1)) ? '\r\n' : '\n';
  const summary = tr(config.language, FIRST_ISSUE);
  const fields = [
    `code: ${formatScalar(code, 'block')}`,
    `title: ${formatScalar(title, 'block')}`,
    `type: ${formatScalar(type, 'block')}`,
    'revision: 1',
    'status: draft',
    ...(owner !== undefined ? [`owner: ${formatScalar(owner, 'block')}`] : []),
    'history:',
    `  - ${formatFlowMap({ revision: 1, date, summary }, true)}`,
  ];
  const text = ['---', ...fields, '---', ''].join(eol) + (/^\r?\n/.test(body) ? body : eol + body);
  const change = renderChange(session, file, null, text);
  return {
    change,
    requireClean: true,
    result: { file, code, type, title, owner: owner ?? null, revision: 1, status: 'draft', date, summary, template: template.label },
    lines: [
      t(language, 'new.created-revision-1-status', { label: template.label, label2: typeConfig.label, code, file }),
      t(language, 'new.next-write-content-then', { codeQuote: quote(code) }),
    ],
  };
}

/** The path of a new document: its folder (`--dir` or the type's) and the name the filename rule gives. */
function targetFile(session: Workspace, type: string, code: string, dir: string | undefined): string {
  const { language, config } = session;
  const folder = (dir ?? DEFAULT_FOLDERS[type] ?? '').normalize('NFC').replace(/\\/g, '/').replace(/^(?:\.\/)+/, '').replace(/\/+$/, '');
  if (folder.startsWith('/') || /^[A-Za-z]:/.test(folder) || folder.split('/').some((part) => part === '..')) {
    refuse(language, 'usage', both('new.dir-folder-inside-repository', { dir: dir ?? '' }));
  }
  const name = expectedFileName(code, config.filename.template, config.filename.replace);
  if (name.includes('/') || name === '' || name === '.' || name === '..') {
    refuse(language, 'usage', both('new.filename-template-gives-file', { name }));
  }
  return folder === '' || folder === '.' ? name : `${folder}/${name}`;
}

/** A code as typed in a shell suggestion: quoted when it holds spaces or slashes-with-spaces. */
export function quote(code: string): string {
  return /^[\p{L}\p{N}._/-]+$/u.test(code) ? code : `"${code.replace(/"/g, '\\"')}"`;
}
