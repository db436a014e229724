/** Options the lifecycle commands share on the command line. */
import type { Command } from 'commander';

/** Adds `--dry-run`, `--json`, `--lang`, `--today`, `-C, --root` and `--no-cache` to a command. */
export function commonOptions(command: Command): Command {
  return command
    .option('--dry-run')
    .option('--json')
    .option('--lang <vi|en>')
    .option('--today <date>')
    .option('-C, --root <folder>')
    .option('--no-cache');
}
