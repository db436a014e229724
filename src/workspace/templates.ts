/** Loading the section templates: the shipped file of a language, and a repository's override of it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../paths.js';
import { mergeTemplates, readTemplates, type SectionTemplates, type TemplateLanguage } from '../sections/templates.js';
import { QmsError } from '../util/errors.js';

/** Path of the shipped templates of a language. */
export function packageTemplatesPath(language: TemplateLanguage): string {
  return packagePath('templates', `sections.${language}.yaml`);
}

/** Path of a repository's override file. */
export function repositoryTemplatesPath(root: string, language: TemplateLanguage): string {
  return join(root, 'templates', `sections.${language}.yaml`);
}

const shipped = new Map<TemplateLanguage, SectionTemplates>();

/** The shipped templates of a language, read once per process. */
export function defaultTemplates(language: TemplateLanguage): SectionTemplates {
  let templates = shipped.get(language);
  if (!templates) {
    const path = packageTemplatesPath(language);
    templates = readTemplates(readFileSync(path, 'utf8'), path);
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
  const path = repositoryTemplatesPath(root, language);
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return base;
    throw new QmsError(`cannot read ${path}: ${(error as Error).message}`);
  }
  return mergeTemplates(base, source, `templates/sections.${language}.yaml`);
}

/** The templates of a repository, loaded on the first call and remembered. */
export function lazyTemplates(root: string, language: TemplateLanguage): () => SectionTemplates {
  let templates: SectionTemplates | undefined;
  return () => (templates ??= loadTemplates(root, language));
}
