/**
 * The one error qms refuses with: a message in Vietnamese and English, a stable reason for scripts
 * (`--json`) and details. Only the entry point (src/cli/main.ts) turns it into exit code 2, one
 * line on stderr, or a JSON error; anything else thrown is an internal error.
 */
import type { Bilingual, Language } from '../i18n/language.js';
import { both } from '../i18n/messages/index.js';

export interface QmsErrorOptions {
  /** A stable id of what went wrong, for scripts: `usage`, `not-found`, `changed-on-disk` … (default `error`). */
  reason?: string;
  /** Facts for the JSON error (`--json`): they follow `reason` and `message`. */
  details?: Record<string, unknown>;
  /** The language of `message` when the text is bilingual (default English). */
  language?: Language;
}

export class QmsError extends Error {
  /** The message in both languages (the same text twice where it has no translation yet). */
  readonly text: Bilingual;
  readonly reason: string;
  readonly details: Record<string, unknown>;
  /** The catalogue message id and data, when the message came from the catalogue (both()). */
  readonly messageId: string | undefined;
  readonly data: Readonly<Record<string, unknown>> | undefined;

  constructor(message: string | Bilingual, options: QmsErrorOptions = {}) {
    const text = typeof message === 'string' ? { vi: message, en: message } : message;
    super(text[options.language ?? 'en']);
    this.name = 'QmsError';
    this.text = text;
    this.reason = options.reason ?? 'error';
    this.details = options.details ?? {};
    this.messageId = text.id;
    this.data = text.data;
  }

  /** The message in `language`. */
  in(language: Language): string {
    return this.text[language];
  }
}

/** Throws a QmsError with the message in `language`. */
export function refuse(language: Language, reason: string, message: Bilingual, details: Record<string, unknown> = {}): never {
  throw new QmsError(message, { reason, details, language });
}

/**
 * A file to rewrite holds bytes that are not UTF-8: its text was read with replacement characters,
 * so writing it back would replace those bytes. Reason `not-utf8`; nothing is written.
 */
export function notUtf8Error(path: string): QmsError {
  return new QmsError(both('write.not-utf8', { file: path }), { reason: 'not-utf8', details: { file: path } });
}
