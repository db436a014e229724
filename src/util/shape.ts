/** Declarative shapes of front matter fields and checking a value against one, with "did you mean" (closest name, edit distance). */
import { readDate } from './dates.js';

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

export interface ShapeProblem {
  path: string;
  message: string;
  /** Unknown fields are warnings: they are often typing mistakes, but may be deliberate. */
  mild?: boolean;
}

const TYPE_NAMES: Record<Shape['kind'], string> = {
  string: 'text',
  integer: 'a whole number',
  date: 'a date (YYYY-MM-DD)',
  boolean: 'true or false',
  enum: 'one of the listed values',
  list: 'a list',
  record: 'a mapping of fields',
};

/** Checks `value` against `shape`, adding a problem per mismatch. */
export function checkShape(value: unknown, shape: Shape, path: string, problems: ShapeProblem[]): void {
  const name = path === '' ? 'front matter' : path;
  switch (shape.kind) {
    case 'string':
      // A number where text is meant (code: 0012) reads fine as text: its source is kept.
      if (typeof value === 'number') return;
      if (typeof value !== 'string') problems.push({ path, message: `${name} must be text, not ${describeValue(value)}` });
      else if (value.trim() === '') problems.push({ path, message: `${name} is empty` });
      return;
    case 'integer':
      if (typeof value === 'string' && /^[+-]?\d+$/.test(value.trim())) {
        problems.push({ path, message: `${name} must be a number, not the text "${value}": write ${Number(value)} without quotes` });
      } else if (typeof value !== 'number' || !Number.isInteger(value)) {
        problems.push({ path, message: `${name} must be a whole number, not ${describeValue(value)}` });
      } else if (shape.min !== undefined && value < shape.min) {
        problems.push({ path, message: `${name} must be at least ${shape.min}, not ${value}` });
      } else if (shape.max !== undefined && value > shape.max) {
        problems.push({ path, message: `${name} must be at most ${shape.max}, not ${value}` });
      }
      return;
    case 'date': {
      const reading = readDate(value);
      if (reading.ok) return;
      if (reading.reason === 'vietnamese-order') {
        problems.push({ path, message: `${name} is written day/month/year ("${String(value)}"): write it as ${reading.suggestion} (YYYY-MM-DD)` });
      } else if (reading.reason === 'impossible') {
        problems.push({ path, message: `${name} "${String(value)}" is not a real calendar date` });
      } else {
        problems.push({ path, message: `${name} must be a date written YYYY-MM-DD, not ${describeValue(value)}` });
      }
      return;
    }
    case 'boolean':
      if (typeof value !== 'boolean') problems.push({ path, message: `${name} must be true or false` });
      return;
    case 'enum':
      if (typeof value !== 'string' || !shape.values.includes(value)) {
        problems.push({ path, message: `${name} must be one of ${shape.values.join(', ')}, not ${describeValue(value)}` });
      }
      return;
    case 'list':
      if (!Array.isArray(value)) {
        if (shape.orSingle && typeof value === 'string') return;
        problems.push({ path, message: `${name} must be a list, not ${describeValue(value)}` });
        return;
      }
      value.forEach((item, index) => checkShape(item, shape.of, `${path}.${index}`, problems));
      return;
    case 'record': {
      if (shape.orString && typeof value === 'string') return;
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        problems.push({ path, message: `${name} must be ${TYPE_NAMES.record}, not ${describeValue(value)}` });
        return;
      }
      const record = value as Record<string, unknown>;
      const prefix = path === '' ? '' : `${path}.`;
      for (const [key, field] of Object.entries(shape.fields)) {
        const child = record[key];
        if (child === undefined || child === null) {
          if (field.required) problems.push({ path: path === '' ? '' : path, message: `${prefix}${key} is missing` });
          continue;
        }
        checkShape(child, field.shape, `${prefix}${key}`, problems);
      }
      for (const key of Object.keys(record)) {
        if (!Object.hasOwn(shape.fields, key)) {
          const known = Object.keys(shape.fields);
          const hint = closest(key, known);
          problems.push({
            path: `${prefix}${key}`,
            message: `unknown field "${prefix}${key}"${hint ? ` (did you mean "${prefix}${hint}"?)` : ''}`,
            mild: true,
          });
        }
      }
      return;
    }
  }
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return String(value);
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
