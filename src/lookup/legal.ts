/**
 * The one lookup of a legal document named on the command line, in any citation form
 * (61/2018/NĐ-CP, 61/2018/ND-CP, "nđ 61/2018/nđ-cp", "Nghị định số 61/2018/NĐ-CP", "Luật Đất đai
 * 2013"): used by impact, legal, revise --trigger. The argument must be the whole citation, not a
 * sentence holding one; a citation several entries could mean is refused (`ambiguous-legal`), and
 * an unknown one (`unknown-legal`) names the three closest registered ids.
 */
import type { Language } from '../i18n/language.js';
import { canonicalKey } from '../legal/key.js';
import { isWholeCitation } from '../legal/resolve.js';
import type { LegalEntry } from '../model/document.js';
import type { Register } from '../model/register.js';
import { refuse } from '../util/errors.js';
import { closestNames } from './closest.js';
import { both } from '../i18n/messages/index.js';

/** How the refusals name the argument and what they advise. */
export interface LegalLookupWording {
  /** The option the argument came from (`--trigger`), shown before it. */
  option?: string;
}

/** The register key `argument` names, or null when the register has none; refuses an ambiguous citation. */
export function findLegalKey(argument: string, register: Register, language: Language, wording: LegalLookupWording = {}): string | null {
  const key = canonicalKey(argument);
  if (key && register.get(key)) return key;
  const found = register.recognizer.find(argument).filter((c) => c.key !== null || c.candidates.length > 0);
  const only = found.length === 1 && isWholeCitation(argument, found[0]!.start, found[0]!.end) ? found[0]! : undefined;
  if (only?.key && register.get(only.key)) return only.key;
  if (only && only.candidates.length > 1) {
    const names = only.candidates.map((k) => register.get(k)?.id?.value ?? k);
    const what = wording.option ? `${wording.option} ` : '';
    refuse(language, 'ambiguous-legal', both('legal.could-mean-give-full', { what, argument, names }), {
      argument,
      candidates: names,
    });
  }
  return null;
}

/** The registered entry `argument` names; refuses one the register does not hold, naming the closest. */
export function requireLegalEntry(argument: string, register: Register, language: Language, wording: LegalLookupWording = {}): LegalEntry {
  const key = findLegalKey(argument, register, language, wording);
  const entry = key ? register.get(key) : undefined;
  if (entry) return entry;
  const closest = closestLegalIds(argument, register);
  const what = wording.option ? `${wording.option} ` : '';
  return refuse(
    language,
    'unknown-legal',
    both('legal.legal-register-add-legal', { what, argument, closest }),
    { argument, closest },
  );
}

/** The ids of the three registered documents closest to `argument` (by key and aliases). */
export function closestLegalIds(argument: string, register: Register): string[] {
  const idOf = new Map([...register.byKey].map(([key, entry]) => [key, entry.id?.value ?? key]));
  const keys = closestNames(canonicalKey(argument) ?? argument, register.byKey.keys(), (name) => name.toUpperCase(), 3, (key) => [
    key,
    ...register.byKey.get(key)!.aliases.map((alias) => canonicalKey(alias) ?? alias),
  ]);
  return keys.map((key) => idOf.get(key)!);
}
