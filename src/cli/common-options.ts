/** The options every registry command (legal, list, show, history, diff) takes. */
import type { Command } from 'commander';

/** -C, --lang, --today: the options of every registry command. */
export function addCommonOptions(command: Command, today = true): Command {
  command.option('-C, --root <folder>', 'the repository (default: the one holding the current folder)').option('--lang <language>', 'language of messages and headings: vi or en (default: QMS_LANG, the config, the locale)');
  if (today) command.option('--today <date>', 'the date statuses are derived for (YYYY-MM-DD; default: today)');
  return command;
}

