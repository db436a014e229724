/** Loading the section templates: the shipped file of a language, and a repository's override of it. */
import { join } from 'node:path';
import { mergeTemplates, type SectionTemplates, type TemplateLanguage } from '../sections/templates.js';
import { QmsError } from '../util/errors.js';
import { both } from '../i18n/messages/index.js';
import { MAX_CONFIG_BYTES, readRepositoryFile } from './safe-read.js';
import { shippedTemplates } from './shipped-templates.js';

export { packageTemplatesPath } from './shipped-templates.js';

/** Path of a repository's override file. */
export function repositoryTemplatesPath(root: string, language: TemplateLanguage): string {
  return join(root, repositoryTemplatesFile(language));
}

const shipped = new Map<TemplateLanguage, SectionTemplates>();

/** The shipped templates of a language, read once per process. */
export function defaultTemplates(language: TemplateLanguage): SectionTemplates {
  let templates = shipped.get(language);
  if (!templates) {
    templates = shippedTemplates(language);
    shipped.set(language, templates);
  }
  return templates;
}

/**
 * The templates for a repository: the shipped ones of `language`, with the keys of
 * `<root>/templates/sections.<language>.yaml` (when the file exists) in their place.
 * @throws QmsError when the override is not valid YAML or names a key qms does not know.
 */
export function loadTemplates(root: string, language: TemplateLanguage): SectionTemplates {
  const base = defaultTemplates(language);
  const source = repositoryTemplatesText(root, language);
  return source === null ? base : mergeTemplates(base, source, repositoryTemplatesFile(language));
}

/** The override file, relative to the root. */
function repositoryTemplatesFile(language: TemplateLanguage): string {
  return `templates/sections.${language}.yaml`;
}

/**
 * The text of a repository's override file, null when there is none.
 * @throws QmsError when it is not a regular file inside the repository, too large or unreadable.
 */
export function repositoryTemplatesText(root: string, language: TemplateLanguage): string | null {
  const file = repositoryTemplatesFile(language);
  try {
    return readRepositoryFile(root, file, MAX_CONFIG_BYTES)?.toString('utf8') ?? null;
  } catch (error) {
    throw new QmsError(both('section-templates.cannot-read', { file, detail: (error as Error).message }), { reason: 'unreadable' });
  }
}

/** The templates of a repository, loaded on the first call and remembered. */
export function lazyTemplates(root: string, language: TemplateLanguage): () => SectionTemplates {
  let templates: SectionTemplates | undefined;
  return () => (templates ??= loadTemplates(root, language));
}
