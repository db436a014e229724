/** Reading qms.config.yaml: YAML parsing, schema validation with located messages, merging with defaults, refusing catastrophic patterns. */
import { join } from 'node:path';
import { isMap, isScalar, type Document } from 'yaml';
import { parseConfigDocument } from './config-document.js';
import type { ErrorObject } from 'ajv';
import { configValidator } from './schema-validator.js';
import { defaultConfig } from './defaults.js';
import type { DocumentTypeConfig, LoadedConfig, QmsConfig } from './types.js';
import { QmsError } from '../util/errors.js';
import { both, t, type DataOf, type MessageId } from '../i18n/messages/index.js';
import { ruleIds } from '../lint/catalogue.js';
import { patternHazard } from './pattern-safety.js';
import { MAX_CONFIG_BYTES, readRepositoryFile } from '../workspace/safe-read.js';

export const CONFIG_FILE = 'qms.config.yaml';

/** A config error: the catalogue message in both languages (the run's is printed), with its id and data. */
function configError<K extends MessageId>(id: K, data: DataOf<K>, reason?: string): QmsError {
  return new QmsError(both(id, data), { reason });
}

/** Reads `<root>/qms.config.yaml`, validates it against the published schema and fills in defaults. */
export function loadConfig(root: string): LoadedConfig {
  const path = join(root, CONFIG_FILE);
  let bytes: Buffer | null;
  try {
    // A regular file inside the repository, capped: a link to a device or outside is refused.
    bytes = readRepositoryFile(root, CONFIG_FILE, MAX_CONFIG_BYTES);
  } catch (error) {
    throw configError('usage.cannot-read', { file: CONFIG_FILE, reason: (error as Error).message }, 'unreadable');
  }
  if (bytes === null) return { config: defaultConfig(), path: null, source: '' };
  return { config: parseConfig(bytes.toString('utf8'), CONFIG_FILE), path, source: bytes.toString('utf8') };
}

/** Parses and validates config text; `label` names the file in messages. */
export function parseConfig(source: string, label = CONFIG_FILE): QmsConfig {
  const { doc, lineCounter } = parseConfigDocument(source);
  const at = (offset: number): string => {
    const { line, col } = lineCounter.linePos(offset);
    return `${label}:${line}:${col}`;
  };
  const syntax = doc.errors[0];
  if (syntax) throw configError('config.yaml', { at: at(syntax.pos[0]), detail: syntax.message.split('\n')[0] ?? '' });
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 }) ?? {};
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? '';
    throw /alias/i.test(message) ? configError('config.aliases', { file: label }) : configError('config.unusable', { file: label, detail: message });
  }

  const validate = configValidator();
  if (!validate(data)) {
    const problems = (validate.errors ?? []).slice(0, 5).map((error) => {
      const where = offsetOf(doc, error);
      return describe(error, where === undefined ? label : at(where));
    });
    // Each problem is a message of its own: the list is rendered in each language.
    const inLanguage = (language: 'vi' | 'en'): string => t(language, 'config.invalid', { file: label, problems: problems.map((p) => t(language, p.id, p.data as never)) });
    throw new QmsError({ vi: inLanguage('vi'), en: inLanguage('en'), id: 'config.invalid', data: { file: label, problems } });
  }
  const user = data as Partial<QmsConfig> & { types?: Record<string, Partial<DocumentTypeConfig>> };
  const config = defaultConfig();
  const merged: QmsConfig = {
    organization: user.organization ?? config.organization,
    language: user.language ?? config.language,
    documents: { ...config.documents, ...user.documents },
    legal: { ...config.legal, ...user.legal },
    filename: { ...config.filename, ...user.filename },
    review: { ...config.review, ...user.review },
    approval: { ...config.approval, ...user.approval },
    issue: { ...config.issue, ...user.issue },
    tthc: { ...config.tthc, ...user.tthc },
    types: { ...config.types },
    rules: { ...user.rules },
  };
  for (const [name, partial] of Object.entries(user.types ?? {})) {
    if (name === '__proto__' || name === 'constructor' || name === 'prototype') throw configError('config.type-name', { file: label, name });
    const base = config.types[name];
    if (!base && partial.pattern === undefined) {
      throw configError('config.type-needs-pattern', { file: label, name });
    }
    const defaults: DocumentTypeConfig = base ?? { label: name, pattern: '', sections: [], reviewers: [], approvers: [], regions: [] };
    merged.types[name] = { ...defaults, ...partial };
  }
  for (const [name, type] of Object.entries(merged.types)) {
    try {
      new RegExp(type.pattern, 'u');
    } catch (error) {
      throw configError('config.pattern-invalid', { file: label, name, detail: (error as Error).message });
    }
    const hazard = patternHazard(type.pattern);
    if (hazard === 'nested') throw configError('config.pattern-nested', { file: label, name });
    if (hazard !== null) throw configError('config.pattern-overlap', { file: label, name, overlap: hazard });
  }
  merged.legal.shared = merged.legal.shared.map((folder) => sharedFolder(folder, label));
  merged.tthc.folder = sharedFolder(merged.tthc.folder, label, 'tthc.folder', 'tthc');
  const known = new Set(ruleIds());
  for (const id of Object.keys(merged.rules)) {
    if (!known.has(id)) throw configError('config.unknown-rule', { file: label, id });
  }
  return merged;
}

/** A folder of the config (a shared register, the TTHC records) as a clean path inside the repository (`./a/b/` → `a/b`), or a config error. */
function sharedFolder(folder: string, label: string, key = 'legal.shared', example = 'registers/phu-tho'): string {
  const clean = folder.replace(/^\.\//, '').replace(/\/+$/, '');
  const parts = clean.split('/');
  if (clean === '' || folder.startsWith('/') || /^[A-Za-z]:/.test(folder) || folder.includes('\\') || parts.some((part) => part === '' || part === '.' || part === '..')) {
    throw configError('config.folder', { file: label, key, folder, example });
  }
  return clean;
}

/** Offset of the YAML node an error concerns: the key itself for an unknown key. */
function offsetOf(doc: Document, error: ErrorObject): number | undefined {
  const path = error.instancePath.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (error.keyword === 'additionalProperties') {
    const parent = path.length === 0 ? doc.contents : doc.getIn(path, true);
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === error.params.additionalProperty);
      const key = pair?.key as { range?: [number, number, number] } | undefined;
      if (key?.range) return key.range[0];
    }
  }
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  return node?.range?.[0];
}

/** One schema problem as a catalogue message (id and data), at `at` (file:line:column). */
function describe(error: ErrorObject, at: string): { id: MessageId; data: Record<string, string | string[]> } {
  const field = error.instancePath.slice(1).split('/').map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~')).join('.');
  switch (error.keyword) {
    case 'additionalProperties':
      return { id: 'config.unknown-key', data: { at, key: String(error.params.additionalProperty), field } };
    case 'enum':
      return { id: 'config.one-of', data: { at, field, values: (error.params.allowedValues as unknown[]).map(String) } };
    case 'type':
      return { id: 'config.wrong-type', data: { at, field, type: String(error.params.type) } };
    default:
      return { id: 'config.field-invalid', data: { at, field, detail: error.message ?? 'is invalid' } };
  }
}

