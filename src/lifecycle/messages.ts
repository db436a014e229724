/**
 * Messages of the lifecycle commands, in Vietnamese and English, and the error they refuse with.
 */
import { say, type Bilingual, type Language } from '../i18n/language.js';
import { QmsError } from '../util/errors.js';

export type { Bilingual, Language } from '../i18n/language.js';

/** A message in both languages. */
export function bi(vi: string, en: string): Bilingual {
  return { vi, en };
}

/** The message of a language. */
export function tr(language: Language, message: Bilingual): string {
  return say(language, message);
}

/**
 * Why a lifecycle command refused: a stable `reason` for scripts (`--json`), the message in the
 * language of the run. A QmsError, so the command line prints it and exits 2; nothing was written.
 */
export class LifecycleError extends QmsError {
  constructor(
    readonly reason: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'LifecycleError';
  }
}

/** Throws a LifecycleError with the message in `language`. */
export function refuse(language: Language, reason: string, message: Bilingual, details: Record<string, unknown> = {}): never {
  throw new LifecycleError(reason, tr(language, message), details);
}

/** The approval steps, in their order. */
export const STEPS = ['prepared', 'reviewed', 'approved'] as const;
export type Step = (typeof STEPS)[number];

/** "soạn thảo" / "prepared": a step as the officer says it. */
export function stepName(language: Language, step: Step): string {
  return tr(language, { prepared: bi('soạn thảo', 'prepared'), reviewed: bi('xem xét', 'reviewed'), approved: bi('phê duyệt', 'approved') }[step]);
}

/** "A, B và C" / "A, B and C". */
export function list(language: Language, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${tr(language, bi('và', 'and'))} ${items[items.length - 1]}`;
}
