/** Finding the document skeleton of a type for `qms new`: the repository's own, else the shipped one. */
import { existsSync, readFileSync } from 'node:fs';
import { type Language } from '../i18n/language.js';
import type { DocumentTemplate } from '../lifecycle/templates.js';
import { packagePath } from '../paths.js';
import { refuse } from '../util/errors.js';
import { MAX_CONFIG_BYTES, readRepositoryFile } from './safe-read.js';
import { both } from '../i18n/messages/index.js';

function shippedPath(name: string): string {
  return packagePath('templates', 'documents', name);
}

/**
 * The skeleton of a type in a language: the repository's own, else the shipped one, else the
 * repository's `default.<lang>.md`, else the shipped default.
 */
export function findTemplate(root: string, type: string, templateLanguage: Language, language: Language): DocumentTemplate {
  for (const name of [`${type}.${templateLanguage}.md`, `default.${templateLanguage}.md`]) {
    const label = `templates/documents/${name}`;
    try {
      // The repository's own: a regular file inside it, capped (never a link out, never a device).
      const own = readRepositoryFile(root, label, MAX_CONFIG_BYTES);
      if (own !== null) return { label, text: own.toString('utf8').replace(/^\uFEFF/, '') };
      const shipped = shippedPath(name);
      if (existsSync(shipped)) return { label: `qms:${label}`, text: readFileSync(shipped, 'utf8').replace(/^\uFEFF/, '') };
    } catch (error) {
      refuse(language, 'template', both('document-templates.cannot-read-template', { message: (error as Error).message, label }));
    }
  }
  return refuse(language, 'template', both('document-templates.no-document-template-type', { type }));
}
