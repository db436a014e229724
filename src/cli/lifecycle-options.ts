/** Options the lifecycle commands share on the command line. */
import type { Command } from 'commander';

/** Adds `--dry-run`, `--json`, `--lang`, `--today`, `-C, --root` and `--no-cache` to a command. */
export function commonOptions(command: Command): Command {
  return command
    .option('--dry-run', 'print the change as a unified diff and write nothing')
    .option('--json', 'print the result as JSON (refusals too, with "ok": false)')
    .option('--lang <vi|en>', 'language of the messages (default: QMS_LANG, else the config\'s language, else the locale)')
    .option('--today <date>', 'the day the document is checked against afterwards (YYYY-MM-DD; default: today)')
    .option('-C, --root <folder>', 'the repository (default: the one holding the current folder)')
    .option('--no-cache', 'read every document afresh, without .qms/cache');
}

/** The help text every lifecycle command ends with. */
export const COMMON_HELP = `
Every change is written atomically (nothing is written if the file changed on disk meanwhile), the
generated regions are rendered, and the result says what qms check reports for the document.
Exit codes: 0 done; 2 refused (the message says why; nothing was written), usage or config error.
Docs: docs/lifecycle.md.`;
