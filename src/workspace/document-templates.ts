/** Finding the document skeleton of a type for `qms new`: the repository's own, else the shipped one. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bi, type Language } from '../i18n/language.js';
import type { DocumentTemplate } from '../lifecycle/templates.js';
import { packagePath } from '../paths.js';
import { refuse } from '../util/errors.js';

function shippedPath(name: string): string {
  return packagePath('templates', 'documents', name);
}

/**
 * The skeleton of a type in a language: the repository's own, else the shipped one, else the
 * repository's `default.<lang>.md`, else the shipped default.
 */
export function findTemplate(root: string, type: string, templateLanguage: Language, language: Language): DocumentTemplate {
  const candidates: Array<[string, string]> = [];
  for (const name of [`${type}.${templateLanguage}.md`, `default.${templateLanguage}.md`]) {
    candidates.push([join(root, 'templates', 'documents', name), `templates/documents/${name}`]);
    candidates.push([shippedPath(name), `qms:templates/documents/${name}`]);
  }
  for (const [path, label] of candidates) {
    if (!existsSync(path)) continue;
    try {
      return { label, text: readFileSync(path, 'utf8').replace(/^\uFEFF/, '') };
    } catch (error) {
      refuse(language, 'template', bi(`không đọc được mẫu ${label}: ${(error as Error).message}`, `cannot read the template ${label}: ${(error as Error).message}`));
    }
  }
  return refuse(language, 'template', bi(`không có mẫu tài liệu cho loại "${type}"`, `no document template for the type "${type}"`));
}
