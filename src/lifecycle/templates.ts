/**
 * Document skeletons for `qms new` and filling them (pure; workspace/document-templates.ts finds them):
 * `templates/documents/<type>.<lang>.md` shipped with qms, overridden by the same path under the repository root. A skeleton is the body of the document
 * (qms writes the front matter), with placeholders in double braces (docs/lifecycle.md).
 */
import type { Language } from '../i18n/language.js';
import { refuse } from '../util/errors.js';
import { both } from '../i18n/messages/index.js';


/** A skeleton found for a type. */
export interface DocumentTemplate {
  /** Where it was found, for messages: `templates/documents/procedure.vi.md` (the repository's) or `qms:templates/documents/procedure.vi.md` (shipped). */
  label: string;
  text: string;
}

/** Values of the placeholders. */
export interface TemplateValues {
  code: string;
  title: string;
  type: string;
  /** The type's label in the config (Quy trình). */
  label: string;
  owner: string;
  organization: string;
  /** The type's required sections (`types.<type>.sections`). */
  sections: readonly string[];
}

/** The placeholders a skeleton may use. */
export const PLACEHOLDERS = ['code', 'title', 'title_upper', 'type', 'label', 'owner', 'organization', 'section'] as const;


const PLACEHOLDER = /\{\{\s*([a-z_]+)(?:\s*:\s*(\d+))?(?:\s*\|([^}]*))?\s*\}\}/g;

/**
 * Fills a skeleton. `{{name}}` is a value; `{{section:N|fallback}}` is the N-th required section of
 * the type (so headings match `types.<type>.sections` whatever the language of the skeleton), or the
 * fallback when the type requires fewer. An unknown placeholder is refused, naming the skeleton.
 */
export function fillTemplate(template: DocumentTemplate, values: TemplateValues, language: Language): string {
  const single: Record<string, string> = {
    code: values.code,
    title: values.title,
    title_upper: values.title.toLocaleUpperCase('vi'),
    type: values.type,
    label: values.label,
    owner: values.owner,
    organization: values.organization,
  };
  return template.text.replace(PLACEHOLDER, (whole, name: string, index: string | undefined, fallback: string | undefined) => {
    if (name === 'section') {
      const n = index === undefined ? NaN : Number(index);
      if (!Number.isInteger(n) || n < 1) {
        refuse(language, 'template', both('templates.needs-number-section-e', { whole, label: template.label }));
      }
      return values.sections[n - 1] ?? (fallback ?? '').trim();
    }
    if (index !== undefined || fallback !== undefined || !Object.hasOwn(single, name)) {
      refuse(
        language,
        'template',
        both('templates.unknown-placeholder-known-join', { label: template.label, whole, known: [...PLACEHOLDERS] }),
      );
    }
    return single[name]!;
  });
}
