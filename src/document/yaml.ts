/** Front matter YAML read as plain data with each path's offset and raw scalar source: fast reader first, the `yaml` package otherwise. */
import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { readYamlFast } from './yaml-fast.js';

/** A YAML problem at an offset of the YAML text. */
export interface YamlProblem {
  message: string;
  offset: number;
}

/** Front matter read as plain data, with the offset of every key and value. */
export interface YamlData {
  data: unknown;
  /**
   * Offsets (in the YAML text) of values by path: "code", "approval.prepared.date", "history.1".
   * For a mapping entry, the offset of its key, so findings point at the line that names the field.
   */
  offsets: Map<string, number>;
  /** The source text of plain scalars by path, where it differs from the value's string form ("0012"). */
  rawScalars: Map<string, string>;
  problems: YamlProblem[];
}

const MAX_ALIASES = 100;
/**
 * The most values (scalars, lists, maps) front matter may expand to, aliases counted at every use:
 * a hundred aliases of one anchored list of thousands of items are within the alias budget, not this.
 */
const MAX_EXPANDED_VALUES = 100_000;

/**
 * Parses front matter YAML (1.2 core schema). Duplicate keys are problems; aliases are resolved
 * with a budget so an alias bomb is a problem, not an out-of-memory.
 *
 * The plain front matter most documents have is read by the fast reader (`yaml-fast.ts`), which
 * gives the same result as the full parser; anything else goes to the full parser.
 */
export function readYaml(source: string): YamlData {
  return readYamlFast(source) ?? readYamlFull(source);
}

/** `readYaml` through the `yaml` package only: the reference the fast reader must equal. */
export function readYamlFull(source: string): YamlData {
  const offsets = new Map<string, number>();
  const rawScalars = new Map<string, string>();
  const problems: YamlProblem[] = [];
  let doc;
  try {
    // Duplicate keys are found below in linear time: the package's own check compares every key with
    // every other, quadratic in a front matter of many thousands of keys.
    doc = parseDocument(source, { uniqueKeys: false, prettyErrors: false, schema: 'core', strict: true });
  } catch (error) {
    return { data: undefined, offsets, rawScalars, problems: [{ message: firstLine(String(error)), offset: 0 }] };
  }
  for (const error of [...doc.errors]) problems.push({ message: firstLine(error.message), offset: error.pos[0] });
  if (problems.length > 0) return { data: undefined, offsets, rawScalars, problems };
  let aliasBudget = MAX_ALIASES;
  let valueBudget = MAX_EXPANDED_VALUES;

  const convert = (node: unknown, path: string, depth: number): unknown => {
    if (depth > 64) throw new YamlLimitError('front matter is nested more than 64 levels deep', nodeOffset(node));
    if (--valueBudget < 0) throw new YamlLimitError(`front matter expands to more than ${MAX_EXPANDED_VALUES} values`, nodeOffset(node));
    if (isAlias(node)) {
      if (--aliasBudget < 0) throw new YamlLimitError(`more than ${MAX_ALIASES} aliases`, nodeOffset(node));
      return convert(node.resolve(doc), path, depth + 1);
    }
    if (isScalar(node)) {
      const value = node.value;
      if (node.type === 'PLAIN' && typeof node.source === 'string' && node.source !== String(value)) {
        rawScalars.set(path, node.source);
      }
      return value;
    }
    if (isMap(node)) {
      const result: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : isCollection(pair.key) ? '[complex key]' : String(pair.key);
        const childPath = path === '' ? key : `${path}.${key}`;
        const offset = nodeOffset(pair.key) ?? nodeOffset(pair.value);
        if (key in result) throw new YamlLimitError('Map keys must be unique', offset);
        if (offset !== undefined) offsets.set(childPath, offset);
        result[key] = convert(pair.value, childPath, depth + 1);
      }
      return result;
    }
    if (isSeq(node)) {
      return node.items.map((item, index) => {
        const childPath = `${path}.${index}`;
        const offset = nodeOffset(item);
        if (offset !== undefined) offsets.set(childPath, offset);
        return convert(item, childPath, depth + 1);
      });
    }
    return node === null || node === undefined ? null : undefined;
  };

  try {
    const data = convert(doc.contents, '', 0);
    return { data, offsets, rawScalars, problems };
  } catch (error) {
    if (error instanceof YamlLimitError) {
      return { data: undefined, offsets, rawScalars, problems: [{ message: error.message, offset: error.offset ?? 0 }] };
    }
    throw error;
  }
}

class YamlLimitError extends Error {
  constructor(
    message: string,
    readonly offset: number | undefined,
  ) {
    super(message);
  }
}

function nodeOffset(node: unknown): number | undefined {
  const range = (node as Node | null)?.range;
  return range ? range[0] : undefined;
}

function firstLine(message: string): string {
  // The parser recurses per level: a stack overflow means absurd nesting, which is what to say.
  if (message.includes('Maximum call stack')) return 'front matter is nested too deeply (more than 64 levels)';
  return message.split('\n')[0] ?? message;
}
