/**
 * The shipped section templates of a language, read from templates/sections.<language>.yaml.
 * The bundle replaces this module with the templates already parsed (scripts/build.mjs), so a run
 * of the built CLI parses no YAML for them; running from source reads the file.
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../paths.js';
import { readTemplates, type SectionTemplates, type TemplateLanguage } from '../sections/templates.js';

/** Path of the shipped templates of a language. */
export function packageTemplatesPath(language: TemplateLanguage): string {
  return packagePath('templates', `sections.${language}.yaml`);
}

/** The shipped templates of a language, parsed and their patterns checked. */
export function shippedTemplates(language: TemplateLanguage): SectionTemplates {
  const path = packageTemplatesPath(language);
  return readTemplates(readFileSync(path, 'utf8'), path);
}
