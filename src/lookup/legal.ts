import { canonicalKey } from '../legal/key.js';
import { isWholeCitation } from '../legal/resolve.js';
import type { Register } from '../model/register.js';
import { editDistance } from '../util/shape.js';
import { QmsError } from '../util/errors.js';

/**
 * The register key of a legal document named on the command line in any citation form
 * (61/2018/NĐ-CP, 61/2018/ND-CP, "nđ 61/2018/nđ-cp", "Luật Đất đai 2013"). An unknown or
 * ambiguous name is a QmsError naming the closest ids.
 */
export function resolveLegalArgument(argument: string, register: Register): string {
  const key = canonicalKey(argument);
  if (key && register.get(key)) return key;
  const found = register.recognizer.find(argument).filter((c) => c.key !== null || c.candidates.length > 0);
  // The argument must be the citation, not a sentence holding one (which may mean another document).
  const only = found.length === 1 && isWholeCitation(argument, found[0]!.start, found[0]!.end) ? found[0]! : undefined;
  if (only?.key && register.get(only.key)) return only.key;
  if (only && only.candidates.length > 1) {
    const names = only.candidates.map((k) => register.get(k)?.id?.value ?? k);
    throw new QmsError(`"${argument}" could mean ${names.join(' or ')}: give the full number`);
  }
  const suggestions = closestIds(argument, register);
  const hint = suggestions.length > 0 ? `; the closest are ${suggestions.join(', ')}` : '';
  throw new QmsError(`"${argument}" is not in the legal register${hint} (list it with ls legal/, or add an entry)`);
}

function closestIds(argument: string, register: Register): string[] {
  const wanted = (canonicalKey(argument) ?? argument).toUpperCase();
  const scored: Array<[number, string]> = [];
  for (const [key, entry] of register.byKey) {
    const names = [key, ...entry.aliases.map((a) => canonicalKey(a) ?? a)];
    const distance = Math.min(...names.map((name) => editDistance(wanted, name)));
    scored.push([distance, entry.id?.value ?? key]);
  }
  scored.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
  return scored.slice(0, 3).map(([, id]) => id);
}
