/**
 * Messages of the lifecycle commands, in Vietnamese and English; they refuse with refuse() (util/errors).
 */
import { tr, type Language } from '../i18n/language.js';
import { both } from '../i18n/messages/index.js';


/** The approval steps, in their order. */
export const STEPS = ['prepared', 'reviewed', 'approved'] as const;
export type Step = (typeof STEPS)[number];

/** "soạn thảo" / "prepared": a step as the officer says it. */
export function stepName(language: Language, step: Step): string {
  return tr(language, { prepared: both('messages.prepared', {}), reviewed: both('messages.reviewed', {}), approved: both('messages.approved', {}) }[step]);
}
