/** How impact reports name a legal document ("Nghị định số 61/2018/NĐ-CP"), in Vietnamese or English. */
import type { LegalRef } from './types.js';

/**
 * How reports name a legal document: "Nghị định số 61/2018/NĐ-CP" in Vietnamese, "Nghị định
 * 61/2018/NĐ-CP" in English; a standard (TCVN ISO 9001:2015) or an id that already starts with its
 * kind is named by its id alone.
 */
export function legalRefName(ref: LegalRef, language: 'vi' | 'en'): string {
  if (!ref.kind || ref.id.startsWith(ref.kind) || /^tiêu chuẩn/i.test(ref.kind)) return ref.id;
  return language === 'vi' ? `${ref.kind} số ${ref.id}` : `${ref.kind} ${ref.id}`;
}
