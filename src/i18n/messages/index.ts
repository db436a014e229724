/** The one message catalogue: every message id with its Vietnamese and English text, and `t` to render one in a language. */
import type { Language } from '../language.js';
import type { CatalogueEntry, MessageData } from '../catalogue.js';
import { FINDING_MESSAGES } from './findings.js';
import { REPORT_MESSAGES } from './report.js';
import { CLI_MESSAGES } from './cli.js';

/** Every message of qms, by id. */
export const MESSAGES = { ...FINDING_MESSAGES, ...REPORT_MESSAGES, ...CLI_MESSAGES };

/** The id of a catalogue message. */
export type MessageId = keyof typeof MESSAGES;

/** The data a message takes. */
export type DataOf<K extends MessageId> = (typeof MESSAGES)[K]['sample'];

/** A message of the catalogue in a language. */
export function t<K extends MessageId>(language: Language, id: K, data: DataOf<K>): string {
  const entry = MESSAGES[id] as unknown as CatalogueEntry<MessageData>;
  return entry[language](data);
}
