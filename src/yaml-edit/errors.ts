/** Why an edit of front matter could not be made (a QmsError whose reason is `front-matter-edit`). */
import type { Bilingual } from '../i18n/language.js';
import { QmsError } from '../util/errors.js';

/** The reason of every refused front matter edit. */
export const FRONT_MATTER_EDIT = 'front-matter-edit';

/**
 * A refused edit, with its catalogue message (`both('front-matter-edit.…', data)`): the message
 * names the path; nothing is written.
 */
export function frontMatterEditError(message: Bilingual): QmsError {
  return new QmsError(message, { reason: FRONT_MATTER_EDIT });
}

/** Whether `error` is a refused front matter edit. */
export function isFrontMatterEditError(error: unknown): error is QmsError {
  return error instanceof QmsError && error.reason === FRONT_MATTER_EDIT;
}
