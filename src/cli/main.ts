/** The entry point: builds the program in the run's language and turns errors into exit codes, stderr lines and JSON refusals. */
import { CommanderError } from 'commander';
import { QmsError } from '../util/errors.js';
import { EXIT, terminalSafeIo, type Io } from './io.js';
import { buildProgram } from './program.js';
import { runLanguage } from '../workspace/run-language.js';
import { t } from '../i18n/messages/index.js';

/**
 * The entry of the command line: commander wiring of every command, and the one place where an
 * error becomes an exit code, a line on stderr or a JSON refusal.
 *
 * Runs the qms command line with `argv` (without node and the script) and returns the exit code.
 * Only bin/qms touches `process`.
 */
export async function main(argv: string[], rawIo: Io): Promise<number> {
  const io = terminalSafeIo(rawIo);
  let exitCode: number = EXIT.ok;
  const setExit = (code: number): void => {
    exitCode = code;
  };
  const language = runLanguage(argv, io);
  const program = buildProgram(io, setExit, language);
  // The command being run and whether it asked for JSON: a refusal is then reported as JSON too.
  let running: { name: string; json: boolean } | undefined;
  program.hook('preAction', (_program, command) => {
    running = { name: command.name(), json: command.opts<{ json?: boolean }>().json === true };
  });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.error;
    }
    if (error instanceof QmsError) {
      if (running?.json) {
        const id = error.messageId === undefined ? {} : { messageId: error.messageId, data: error.data };
        const refusal = { ok: false, command: running.name, error: { reason: error.reason, message: error.in(language), ...id, ...error.details } };
        io.stdout.write(`${JSON.stringify(refusal, null, 2)}\n`);
      }
      io.stderr.write(`qms: ${error.in(language)}\n`);
      return EXIT.error;
    }
    const debug = argv.includes('--debug');
    const err = error as Error;
    io.stderr.write(`qms: ${t(language, 'cli.internal-error', { detail: err?.message ?? String(error) })}\n`);
    io.stderr.write(debug && err?.stack ? `${err.stack}\n` : `${t(language, 'cli.internal-error-hint', {})}\n`);
    return EXIT.error;
  }
}
