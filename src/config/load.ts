import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { Ajv, type ErrorObject } from 'ajv';
import { defaultConfig } from './defaults.js';
import type { DocumentTypeConfig, LoadedConfig, QmsConfig } from './types.js';
import { QmsError } from '../util/errors.js';
import { ruleIds } from '../rules/catalogue.js';

export const CONFIG_FILE = 'qms.config.yaml';

const require = createRequire(import.meta.url);
const schema = require('../../schemas/qms.config.schema.json') as object;
let validate: ReturnType<Ajv['compile']> | undefined;

/** Reads `<root>/qms.config.yaml`, validates it against the published schema and fills in defaults. */
export function loadConfig(root: string): LoadedConfig {
  const path = join(root, CONFIG_FILE);
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { config: defaultConfig(), path: null, source: '' };
    throw new QmsError(`cannot read ${CONFIG_FILE}: ${(error as Error).message}`);
  }
  return { config: parseConfig(source, CONFIG_FILE), path, source };
}

/** Parses and validates config text; `label` names the file in messages. */
export function parseConfig(source: string, label = CONFIG_FILE): QmsConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.replace(/^\uFEFF/, ''), { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number): string => {
    const { line, col } = lineCounter.linePos(offset);
    return `${label}:${line}:${col}`;
  };
  const syntax = doc.errors[0];
  if (syntax) throw new QmsError(`${at(syntax.pos[0])}: invalid YAML: ${syntax.message.split('\n')[0]}`);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 }) ?? {};
  } catch (error) {
    throw new QmsError(`invalid ${label}: ${(error as Error).message.split('\n')[0]} (too many aliases?)`);
  }

  validate ??= new Ajv({ allErrors: true, strict: false }).compile(schema);
  if (!validate(data)) {
    const messages = (validate.errors ?? []).slice(0, 5).map((error) => {
      const where = offsetOf(doc, error);
      const node = where === undefined ? undefined : where;
      return `${node === undefined ? label : at(node)}: ${describe(error)}`;
    });
    throw new QmsError(`invalid ${label}:\n  ${messages.join('\n  ')}`);
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
    types: { ...config.types },
    rules: { ...user.rules },
  };
  for (const [name, partial] of Object.entries(user.types ?? {})) {
    if (name === '__proto__' || name === 'constructor' || name === 'prototype') throw new QmsError(`${label}: types: "${name}" is not a valid type name`);
    const base = config.types[name];
    if (!base && partial.pattern === undefined) {
      throw new QmsError(`${label}: type "${name}" is new, so it needs a pattern`);
    }
    const defaults: DocumentTypeConfig = base ?? { label: name, pattern: '', sections: [], reviewers: [], approvers: [], regions: [] };
    merged.types[name] = { ...defaults, ...partial };
  }
  for (const [name, type] of Object.entries(merged.types)) {
    try {
      new RegExp(type.pattern, 'u');
    } catch (error) {
      throw new QmsError(`${label}: types.${name}.pattern is not a valid regular expression: ${(error as Error).message}`);
    }
    if (hasNestedRepetition(type.pattern)) {
      throw new QmsError(`${label}: types.${name}.pattern has nested repetition (a repeated group that itself repeats), which can take exponential time: rewrite it, e.g. ^QT-[A-Z]+-\\d{2}$`);
    }
  }
  const known = new Set(ruleIds());
  for (const id of Object.keys(merged.rules)) {
    if (!known.has(id)) throw new QmsError(`${label}: rules: unknown rule id "${id}" (see docs/rules/)`);
  }
  return merged;
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

function describe(error: ErrorObject): string {
  const field = error.instancePath.slice(1).split('/').map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~')).join('.') || 'the top level';
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown key "${String(error.params.additionalProperty)}" at ${field}`;
    case 'enum':
      return `${field} must be one of ${(error.params.allowedValues as unknown[]).join(', ')}`;
    default:
      return `${field} ${error.message ?? 'is invalid'}`;
  }
}

/**
 * Whether a regular expression repeats a group that begins with a repetition — `(a+)+`, `(a*)*`,
 * `(\\w+\\s?)*`, `((ab)+c)*` — the classic shape of catastrophic backtracking. (A repeated group
 * that begins with a single separator, `(?:[-. /][A-Z0-9]+)*` as in the default patterns, is fine.)
 * Codes and whole document bodies are matched against config patterns, and a pull request can change
 * the config.
 */
export function hasNestedRepetition(source: string): boolean {
  // For each open group: does its first atom repeat?
  const groups: Array<{ firstRepeats: boolean | null }> = [];
  let previous: 'atom' | 'group-first-repeats' | 'group' | 'none' = 'none';
  let atomOpensGroup: { firstRepeats: boolean | null } | null = null;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    const quantifier = c === '*' || c === '+' || c === '{' || c === '?';
    if (quantifier && previous !== 'none') {
      if (c !== '?' && previous === 'group-first-repeats') return true;
      // The atom just before is the first of its enclosing group: that group begins with a repetition.
      if (c !== '?' && atomOpensGroup && atomOpensGroup.firstRepeats === null) atomOpensGroup.firstRepeats = true;
      if (c === '{') i = source.indexOf('}', i) < 0 ? i : source.indexOf('}', i);
      previous = 'none';
      continue;
    }
    const enclosing = groups[groups.length - 1] ?? null;
    const first = enclosing !== null && enclosing.firstRepeats === null ? enclosing : null;
    if (first && previous !== 'none') first.firstRepeats = false; // a second atom: the first did not repeat
    if (c === '\\') {
      i++;
      previous = 'atom';
      atomOpensGroup = first;
    } else if (c === '[') {
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      previous = 'atom';
      atomOpensGroup = first;
    } else if (c === '(') {
      if (source[i + 1] === '?') i = source.indexOf(':', i) > 0 && source[i + 2] === ':' ? i + 2 : i + 2;
      groups.push({ firstRepeats: null });
      previous = 'none';
      atomOpensGroup = null;
    } else if (c === ')') {
      const group = groups.pop();
      const outer = groups[groups.length - 1] ?? null;
      previous = group?.firstRepeats ? 'group-first-repeats' : 'group';
      atomOpensGroup = outer !== null && outer.firstRepeats === null ? outer : null;
    } else if (c === '|') {
      previous = 'none';
      if (enclosing) enclosing.firstRepeats = enclosing.firstRepeats ?? null;
    } else {
      previous = 'atom';
      atomOpensGroup = first;
    }
  }
  return false;
}
