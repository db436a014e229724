/** The closest names to a misspelt one, for "did you mean" hints: one ranking for every lookup. */
import { editDistance } from '../util/shape.js';

/**
 * Up to `count` names closest to `wanted`, nearest first (ties in code-point order). A name is
 * scored by the smallest edit distance of any of its spellings, after `normalize`.
 */
export function closestNames<T extends string>(wanted: string, names: Iterable<T>, normalize: (name: string) => string, count = 3, spellings: (name: T) => readonly string[] = (name) => [name]): T[] {
  const target = normalize(wanted);
  const scored = [...new Set(names)].map((name) => [Math.min(...spellings(name).map((spelling) => editDistance(target, normalize(spelling)))), name] as const);
  scored.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return scored.slice(0, count).map(([, name]) => name);
}
