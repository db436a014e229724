/** The words of the generated regions: their shape, reading and merging a templates file (pure), filling a pattern. */
import { parseDocument } from 'yaml';
import { QmsError } from '../util/errors.js';
import { both } from '../i18n/messages/index.js';

/**
 * The words of the generated regions, one file per language: `templates/sections.<lang>.yaml`
 * shipped with qms, overridden key by key by `<root>/templates/sections.<lang>.yaml`
 * (docs/generated-sections.md).
 */
export interface SectionTemplates {
  format: { date: string };
  identification: { caption: string; field: string; value: string; code: string; title: string; revision: string; effective: string; owner: string };
  approval: { caption: string; corner: string; prepared: string; reviewed: string; approved: string; name: string; title: string; date: string };
  history: { caption: string; revision: string; date: string; summary: string; trigger: string };
  'legal-basis': {
    caption: string;
    sections: string[];
    item: string;
    document: string;
    named: string;
    standard: string;
    unregistered: string;
    reference: string;
    reference_standard: string;
    article: string;
    list: string;
    and: string;
    relation_separator: string;
    amends: string;
    replaces: string;
    repeals: string;
    guides: string;
  };
  /** The TTHC regions (docs/tthc.md). */
  tthc: {
    sections: string[];
    record: string;
    dossier_caption: string;
    dossier_number: string;
    dossier_name: string;
    dossier_kind: string;
    dossier_count: string;
    dossier_form: string;
    time_limit_caption: string;
    time_limit: string;
    'working-days': string;
    days: string;
    hours: string;
    fees_caption: string;
    fee_name: string;
    fee_amount: string;
    no_fees: string;
    conditions_caption: string;
    no_conditions: string;
    result_caption: string;
  };
}

export type TemplateLanguage = 'vi' | 'en';

/** The placeholders each pattern may use; a key not listed takes none (its text is used as it is). */
const PLACEHOLDERS: Record<string, readonly string[]> = {
  'format.date': ['yyyy', 'mm', 'dd'],
  'legal-basis.item': ['articles', 'document', 'relations'],
  'legal-basis.document': ['kind', 'number', 'date', 'issuer', 'title', 'subject'],
  'legal-basis.named': ['kind', 'number', 'date', 'issuer', 'title', 'subject'],
  'legal-basis.standard': ['kind', 'number', 'date', 'issuer', 'title', 'subject'],
  'legal-basis.unregistered': ['id'],
  'legal-basis.reference': ['kind', 'number'],
  'legal-basis.reference_standard': ['kind', 'number'],
  'legal-basis.article': ['article', 'clause', 'point'],
  'legal-basis.amends': ['by', 'articles'],
  'legal-basis.replaces': ['by', 'articles'],
  'legal-basis.repeals': ['by', 'articles'],
  'legal-basis.guides': ['by', 'articles'],
  'tthc.record': ['code', 'name'],
  'tthc.time_limit': ['value', 'unit'],
};

/** Templates from the YAML text of a whole templates file (the shipped one); `label` names it in errors. */
export function readTemplates(source: string, label: string): SectionTemplates {
  const data = parseYaml(source, label);
  checkPatterns(data, label);
  return data as unknown as SectionTemplates;
}

/** `base` with the keys of the YAML text `override` in their place; `label` names the file in errors. */
export function mergeTemplates(base: SectionTemplates, override: string, label: string): SectionTemplates {
  const data = parseYaml(override, label);
  const merged = mergeInto(base as unknown as Record<string, unknown>, data, label, '');
  checkPatterns(merged, label);
  return merged as unknown as SectionTemplates;
}

function parseYaml(source: string, label: string): Record<string, unknown> {
  const doc = parseDocument(source.replace(/^\uFEFF/, ''), { uniqueKeys: true, prettyErrors: false });
  const error = doc.errors[0];
  if (error) throw new QmsError(both('section-templates.invalid-yaml', { file: label, detail: error.message.split('\n')[0] ?? '' }));
  const data = (doc.toJS() ?? {}) as unknown;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new QmsError(both('section-templates.not-mapping', { file: label, key: '' }));
  return data as Record<string, unknown>;
}

function mergeInto(base: Record<string, unknown>, override: Record<string, unknown>, label: string, prefix: string): Record<string, unknown> {
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (!Object.hasOwn(base, key)) throw new QmsError(both('section-templates.unknown-key', { file: label, key: path }));
    const current = base[key];
    if (Array.isArray(current)) {
      if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw new QmsError(both('section-templates.not-list', { file: label, key: path }));
      result[key] = value;
    } else if (typeof current === 'object' && current !== null) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new QmsError(both('section-templates.not-mapping', { file: label, key: path }));
      result[key] = mergeInto(current as Record<string, unknown>, value as Record<string, unknown>, label, path);
    } else {
      if (value === null) result[key] = '';
      else if (typeof value === 'string' || typeof value === 'number') result[key] = String(value);
      else throw new QmsError(both('section-templates.not-text', { file: label, key: path }));
    }
  }
  return result;
}

/** Every pattern uses only the placeholders it may, and its brackets pair. */
function checkPatterns(data: Record<string, unknown>, label: string): void {
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      const allowed = PLACEHOLDERS[path] ?? [];
      let names: string[];
      try {
        names = parsePattern(value).flatMap((part) => (part.kind === 'group' ? part.parts : [part])).filter((p) => p.kind === 'value').map((p) => (p as { name: string }).name);
      } catch (error) {
        throw new QmsError(both('section-templates.bad-pattern', { file: label, key: path, detail: (error as Error).message }));
      }
      const wrong = names.find((name) => !allowed.includes(name));
      if (wrong !== undefined) {
        throw new QmsError(both('section-templates.unknown-placeholder', { file: label, key: path, name: wrong, allowed: [...allowed] }));
      }
    } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
    }
  };
  walk(data, '');
}

type Piece = { kind: 'text'; text: string } | { kind: 'value'; name: string };
type Part = Piece | { kind: 'group'; parts: Piece[] };

const parsed = new Map<string, Part[]>();

/** Parses a pattern: text, `{name}` values and `[ … ]` optional groups (not nested); `\x` is x. */
function parsePattern(pattern: string): Part[] {
  const cached = parsed.get(pattern);
  if (cached) return cached;
  const parts: Part[] = [];
  let group: Piece[] | null = null;
  let text = '';
  const target = (): Part[] | Piece[] => group ?? parts;
  const flush = (): void => {
    if (text !== '') (target() as Piece[]).push({ kind: 'text', text });
    text = '';
  };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && i + 1 < pattern.length) {
      text += pattern[++i];
    } else if (c === '{') {
      const close = pattern.indexOf('}', i);
      const name = close < 0 ? '' : pattern.slice(i + 1, close);
      if (!/^[a-z_]+$/.test(name)) throw new Error(`"{" at ${i + 1} does not start a placeholder such as {title} (write \\{ for the character)`);
      flush();
      (target() as Piece[]).push({ kind: 'value', name });
      i = close;
    } else if (c === '[') {
      if (group) throw new Error(`optional parts do not nest ("[" at ${i + 1}; write \\[ for the character)`);
      flush();
      group = [];
    } else if (c === ']') {
      if (!group) throw new Error(`"]" at ${i + 1} closes no "[" (write \\] for the character)`);
      flush();
      parts.push({ kind: 'group', parts: group });
      group = null;
    } else {
      text += c;
    }
  }
  if (group) throw new Error('a "[" is not closed');
  flush();
  parsed.set(pattern, parts);
  return parts;
}

/**
 * Fills a pattern: `{name}` takes `values[name]` ('' when undefined); a `[ … ]` part is kept only
 * when every value in it is non-empty.
 */
export function fill(pattern: string, values: Readonly<Record<string, string | undefined>>): string {
  let result = '';
  const piece = (p: Piece): string => (p.kind === 'text' ? p.text : (values[p.name] ?? ''));
  for (const part of parsePattern(pattern)) {
    if (part.kind !== 'group') result += piece(part);
    else if (part.parts.every((p) => p.kind === 'text' || (values[p.name] ?? '') !== '')) result += part.parts.map(piece).join('');
  }
  return result;
}
