/** Declarative shapes of front matter fields and checking a value against one, with "did you mean" (closest name, edit distance). */
import { readDate } from './dates.js';
import type { FindingMessage } from '../i18n/messages/findings.js';
import type { ValueKind } from '../i18n/messages/words.js';

/**
 * A small declarative description of front matter fields, checked by frontmatter/schema and
 * register/schema. Problems carry the path they concern, so findings point at the field.
 */
export type Shape =
  | { kind: 'string' }
  | { kind: 'integer'; min?: number; max?: number }
  | { kind: 'date' }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'list'; of: Shape; orSingle?: boolean }
  | { kind: 'record'; fields: Record<string, Field>; orString?: boolean };

export interface Field {
  shape: Shape;
  required?: boolean;
}

export type ShapeProblem = {
  path: string;
  /** Unknown fields are warnings: they are often typing mistakes, but may be deliberate. */
  mild?: boolean;
} & FindingMessage;

/** Checks `value` against `shape`, adding a problem per mismatch (catalogue messages `shape.*`, the field named by its path). */
export function checkShape(value: unknown, shape: Shape, path: string, problems: ShapeProblem[]): void {
  const field = path;
  switch (shape.kind) {
    case 'string':
      // A number where text is meant (code: 0012) reads fine as text: its source is kept.
      if (typeof value === 'number') return;
      if (typeof value !== 'string') problems.push({ path, messageId: 'shape.text', data: { field, ...got(value) } });
      else if (value.trim() === '') problems.push({ path, messageId: 'shape.empty', data: { field } });
      return;
    case 'integer':
      if (typeof value === 'string' && /^[+-]?\d+$/.test(value.trim())) {
        problems.push({ path, messageId: 'shape.quoted-number', data: { field, text: value, number: Number(value) } });
      } else if (typeof value !== 'number' || !Number.isInteger(value)) {
        problems.push({ path, messageId: 'shape.integer', data: { field, ...got(value) } });
      } else if (shape.min !== undefined && value < shape.min) {
        problems.push({ path, messageId: 'shape.min', data: { field, min: shape.min, value } });
      } else if (shape.max !== undefined && value > shape.max) {
        problems.push({ path, messageId: 'shape.max', data: { field, max: shape.max, value } });
      }
      return;
    case 'date': {
      const reading = readDate(value);
      if (reading.ok) return;
      if (reading.reason === 'vietnamese-order') {
        problems.push({ path, messageId: 'shape.date-order', data: { field, text: String(value), suggestion: reading.suggestion ?? 'YYYY-MM-DD' } });
      } else if (reading.reason === 'impossible') {
        problems.push({ path, messageId: 'shape.date-impossible', data: { field, text: String(value) } });
      } else {
        problems.push({ path, messageId: 'shape.date', data: { field, ...got(value) } });
      }
      return;
    }
    case 'boolean':
      if (typeof value !== 'boolean') problems.push({ path, messageId: 'shape.boolean', data: { field } });
      return;
    case 'enum':
      if (typeof value !== 'string' || !shape.values.includes(value)) {
        problems.push({ path, messageId: 'shape.enum', data: { field, values: [...shape.values], ...got(value) } });
      }
      return;
    case 'list':
      if (!Array.isArray(value)) {
        if (shape.orSingle && typeof value === 'string') return;
        problems.push({ path, messageId: 'shape.list', data: { field, ...got(value) } });
        return;
      }
      value.forEach((item, index) => {
        if (!fits(item, shape.of)) checkShape(item, shape.of, `${path}.${index}`, problems);
      });
      return;
    case 'record': {
      if (shape.orString && typeof value === 'string') return;
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        problems.push({ path, messageId: 'shape.record', data: { field, ...got(value) } });
        return;
      }
      const record = value as Record<string, unknown>;
      const prefix = path === '' ? '' : `${path}.`;
      for (const [key, child] of entriesOf(shape.fields)) {
        const given = record[key];
        if (given === undefined || given === null) {
          if (child.required) problems.push({ path: path === '' ? '' : path, messageId: 'shape.missing', data: { field: `${prefix}${key}` } });
          continue;
        }
        if (!fits(given, child.shape)) checkShape(given, child.shape, `${prefix}${key}`, problems);
      }
      for (const key of Object.keys(record)) {
        if (!Object.hasOwn(shape.fields, key)) {
          const hint = closest(key, Object.keys(shape.fields));
          problems.push({
            path: `${prefix}${key}`,
            messageId: 'shape.unknown-field',
            data: { field: `${prefix}${key}`, ...(hint ? { hint: `${prefix}${hint}` } : {}) },
            mild: true,
          });
        }
      }
      return;
    }
  }
}

/**
 * Whether a plain value (string, integer, date, boolean, enum) certainly has no problem: exactly
 * the cases checkShape adds none for. Front matter is mostly right, and a path is then never
 * made for it. False for collections (checkShape looks inside them).
 */
function fits(value: unknown, shape: Shape): boolean {
  switch (shape.kind) {
    case 'string':
      return typeof value === 'number' || (typeof value === 'string' && value.trim() !== '');
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) && (shape.min === undefined || value >= shape.min) && (shape.max === undefined || value <= shape.max);
    case 'date':
      return readDate(value).ok;
    case 'boolean':
      return typeof value === 'boolean';
    case 'enum':
      return typeof value === 'string' && shape.values.includes(value);
    default:
      return false;
  }
}

/** The entries of a shape's fields, listed once per shape (shapes are constants, checked per document). */
function entriesOf(fields: Record<string, Field>): ReadonlyArray<readonly [string, Field]> {
  let entries = fieldEntries.get(fields);
  if (entries === undefined) fieldEntries.set(fields, (entries = Object.entries(fields)));
  return entries;
}

const fieldEntries = new WeakMap<Record<string, Field>, ReadonlyArray<readonly [string, Field]>>();

/** What a value was, for a message: its kind, and its text when it is a plain value. */
function got(value: unknown): { gotKind: ValueKind; got: string } {
  if (value === null || value === undefined) return { gotKind: 'nothing', got: '' };
  if (Array.isArray(value)) return { gotKind: 'list', got: '' };
  if (typeof value === 'object') return { gotKind: 'mapping', got: '' };
  if (typeof value === 'string') return { gotKind: 'value', got: `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"` };
  return { gotKind: 'value', got: String(value) };
}

/** The known name closest to a mistyped one, when it is close enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance, for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  if (a.length > 200 || b.length > 200) return Math.abs(a.length - b.length) + 200;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] as number;
}
