/** The options every registry command (legal, list, show, history, diff) takes. */
import type { Command } from 'commander';

/** -C, --lang, --today: the options of every registry command. */
export function addCommonOptions(command: Command, today = true): Command {
  command.option('-C, --root <folder>').option('--lang <language>');
  if (today) command.option('--today <date>');
  return command;
}

