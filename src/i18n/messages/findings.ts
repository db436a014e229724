/** Every finding message of the rules (the ESLint messageId pattern): ids, their data types, and a finding's text in a language. */
import type { Language } from '../language.js';
import type { CatalogueEntry, MessageData } from '../catalogue.js';
import { DOCUMENT_FINDINGS } from './document-findings.js';
import { LEGAL_FINDINGS } from './legal-findings.js';
import { READ_FINDINGS } from './read-findings.js';
import { REPOSITORY_FINDINGS } from './repository-findings.js';

/** The messages of findings, by id. */
export const FINDING_MESSAGES = { ...DOCUMENT_FINDINGS, ...LEGAL_FINDINGS, ...READ_FINDINGS, ...REPOSITORY_FINDINGS };

/** The id of a finding's message (`legal/superseded.replaced`, `shape.missing` …). */
export type FindingMessageId = keyof typeof FINDING_MESSAGES;

/** The data a finding message takes. */
export type FindingData<K extends FindingMessageId> = (typeof FINDING_MESSAGES)[K]['sample'];

/** A finding's message as rules report it: an id and its data, checked against each other. */
export type FindingMessage = { [K in FindingMessageId]: { messageId: K; data: FindingData<K> } }[FindingMessageId];

/** A finding's message as stored and passed around (cache, threads, JSON): an id and plain data. */
export interface StoredMessage {
  messageId: FindingMessageId;
  data: MessageData;
}

/** The text of a finding's message in a language; an id the catalogue lacks (never made by this build) is shown as is. */
export function findingText(language: Language, message: StoredMessage): string {
  const entry = (FINDING_MESSAGES as unknown as Record<string, CatalogueEntry<MessageData> | undefined>)[message.messageId];
  return entry ? entry[language](message.data) : message.messageId;
}
