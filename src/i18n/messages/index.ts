/** The one message catalogue: every message id with its Vietnamese and English text, and `t` to render one in a language. */
import type { Bilingual, Language } from '../language.js';
import type { CatalogueEntry, MessageData } from '../catalogue.js';
import { FINDING_MESSAGES } from './findings.js';
import { REPORT_MESSAGES } from './report.js';
import { CLI_MESSAGES } from './cli.js';
import { COMMAND_MESSAGES } from './commands.js';
import { IMPACT_MESSAGES } from './impact.js';
import { WRITE_MESSAGES } from './write.js';
import { SITE_MESSAGES } from './site.js';
import { CONFIG_MESSAGES } from './config.js';
import { LABEL_MESSAGES } from './labels.js';
import { RULE_DESCRIPTIONS, RULE_REPORT_MESSAGES } from './rule-descriptions.js';
import { LIFECYCLE_MESSAGES } from './lifecycle.js';
import { REGISTER_MESSAGES } from './register.js';
import { SETUP_MESSAGES } from './setup.js';
import { VIEWS_MESSAGES } from './views.js';
import { TTHC_MESSAGES } from './tthc.js';
import { PUBLISHING_MESSAGES } from './publishing.js';
import { WORKSPACE_MESSAGES } from './workspace.js';
import { GIT_MESSAGES } from './git.js';
import { FRONT_MATTER_EDIT_MESSAGES } from './front-matter-edit.js';

/** Every message of qms, by id. */
export const MESSAGES = { ...FINDING_MESSAGES, ...REPORT_MESSAGES, ...CLI_MESSAGES, ...COMMAND_MESSAGES, ...IMPACT_MESSAGES,
  ...CONFIG_MESSAGES,
  ...LABEL_MESSAGES,
  ...RULE_DESCRIPTIONS,
  ...RULE_REPORT_MESSAGES,
  ...LIFECYCLE_MESSAGES, ...REGISTER_MESSAGES, ...SETUP_MESSAGES, ...VIEWS_MESSAGES, ...TTHC_MESSAGES, ...PUBLISHING_MESSAGES, ...WORKSPACE_MESSAGES, ...WRITE_MESSAGES, ...SITE_MESSAGES, ...GIT_MESSAGES,
  ...FRONT_MATTER_EDIT_MESSAGES,
};

/** The id of a catalogue message. */
export type MessageId = keyof typeof MESSAGES;

/** The data a message takes. */
export type DataOf<K extends MessageId> = (typeof MESSAGES)[K]['sample'];

/** A message of the catalogue in both languages (for a QmsError, printed in the run's language). */
export function both<K extends MessageId>(id: K, data: DataOf<K>): Bilingual {
  return { vi: t('vi', id, data), en: t('en', id, data), id, data };
}

/**
 * A message of the catalogue that reports another message (`inner`: the refusal it wraps, in both
 * languages) as its datum `field`: each language embeds the inner text in that same language, so no
 * English stands inside a Vietnamese line. The data (for `--json`) holds the inner text in English
 * under `field`, as before, and the inner message's own id and data under `cause`.
 */
export function bothEmbedding<K extends MessageId, F extends keyof DataOf<K> & string>(id: K, data: Omit<DataOf<K>, F>, field: F, inner: Bilingual): Bilingual {
  const render = (language: Language): string => t(language, id, { ...data, [field]: inner[language] } as DataOf<K>);
  const cause = inner.id === undefined ? {} : { cause: { messageId: inner.id, data: inner.data } };
  return { vi: render('vi'), en: render('en'), id, data: { ...data, [field]: inner.en, ...cause } };
}

/** A message of the catalogue in a language. */
export function t<K extends MessageId>(language: Language, id: K, data: DataOf<K>): string {
  const entry = MESSAGES[id] as unknown as CatalogueEntry<MessageData>;
  return entry[language](data);
}

/** What a rule asks for, in a language (its catalogue description); the id itself for a rule the catalogue does not describe. */
export function ruleDescription(language: Language, ruleId: string): string {
  const id = `rule-description.${ruleId}`;
  return Object.hasOwn(MESSAGES, id) ? t(language, id as MessageId, {} as never) : ruleId;
}
