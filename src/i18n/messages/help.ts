/** Every help text of the command line, by id (see help-shared.ts for the ids), in Vietnamese and English. */
import { CHECK_HELP } from './help-check.js';
import { LIFECYCLE_HELP } from './help-lifecycle.js';
import { REGISTRY_HELP } from './help-registry.js';
import { SETUP_HELP } from './help-setup.js';
import { PUBLISH_HELP } from './help-publish.js';
import { TTHC_HELP } from './help-tthc.js';
import { SHARED_HELP, type HelpText, type HelpTexts } from './help-shared.js';

export type { HelpText, HelpTexts } from './help-shared.js';

/** The help texts of every command, option and argument. */
export const HELP_TEXTS: HelpTexts = { ...SHARED_HELP, ...CHECK_HELP, ...SETUP_HELP, ...REGISTRY_HELP, ...LIFECYCLE_HELP, ...PUBLISH_HELP, ...TTHC_HELP };

/**
 * The help text of an element of a command (`path` is the command's names joined by spaces, '' for
 * the program; `element` an option's long flag, `<argument>`, `after` or '' for the command itself):
 * its own, else the shared one of an option (`help:option --root`), else undefined.
 */
export function helpText(path: string, element: string): HelpText | undefined {
  const own = HELP_TEXTS[`help:${path}${element === '' ? '' : ` ${element}`}`];
  return own ?? (element.startsWith('--') ? HELP_TEXTS[`help:option ${element}`] : undefined);
}
