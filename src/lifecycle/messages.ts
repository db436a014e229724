/**
 * Messages of the lifecycle commands, in Vietnamese and English; they refuse with refuse() (util/errors).
 */
import { bi, tr, type Language } from '../i18n/language.js';


/** The approval steps, in their order. */
export const STEPS = ['prepared', 'reviewed', 'approved'] as const;
export type Step = (typeof STEPS)[number];

/** "soạn thảo" / "prepared": a step as the officer says it. */
export function stepName(language: Language, step: Step): string {
  return tr(language, { prepared: bi('soạn thảo', 'prepared'), reviewed: bi('xem xét', 'reviewed'), approved: bi('phê duyệt', 'approved') }[step]);
}
