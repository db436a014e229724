/** The qms program: registers every command and turns errors into exit codes, stderr lines and JSON refusals. */
import { Command, CommanderError } from 'commander';
import { QmsError } from '../util/errors.js';
import { qmsVersion } from '../version.js';
import { registerCheck } from './commands/check.js';
import { registerFingerprint } from './commands/fingerprint.js';
import { registerRender } from './commands/render.js';
import { registerHook } from './commands/hook.js';
import { registerImpact } from './commands/impact.js';
import { registerInit } from './commands/init.js';
import { EXIT, terminalSafeIo, type Io } from './io.js';
import { registerLegal } from './commands/legal.js';
import { registerList } from './commands/list.js';
import { registerShow } from './commands/show.js';
import { registerHistory } from './commands/history.js';
import { registerDiff } from './commands/diff.js';
import { registerNew } from './commands/new.js';
import { registerRevise } from './commands/revise.js';
import { registerApprove } from './commands/approve.js';
import { registerPublish } from './commands/publish.js';
import { registerObsolete } from './commands/obsolete.js';
import { registerTthc } from './commands/tthc.js';
import { registerReport } from './commands/report.js';


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
  const program = new Command('qms')
    .description('Document control for ISO 9001 quality management systems of Vietnamese state agencies (TCVN ISO 9001, QĐ 19/2014/QĐ-TTg).')
    .version(qmsVersion(), '-V, --version', 'print the qms version')
    .option('--debug', 'print stack traces of internal errors')
    .helpCommand('help [command]', 'show help for a command')
    .showHelpAfterError('(run qms help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) })
    .addHelpText('after', '\nExit codes: 0 clean, 1 findings, 2 usage, config or internal error.\nDocs: README.md and docs/ in the qms package.');

  registerCheck(program, io, setExit);
  registerFingerprint(program, io, setExit);
  registerRender(program, io, setExit);
  registerImpact(program, io, setExit);
  registerInit(program, io, setExit);
  registerHook(program, io, setExit);
  registerLegal(program, io, setExit);
  registerList(program, io, setExit);
  registerShow(program, io, setExit);
  registerHistory(program, io, setExit);
  registerDiff(program, io, setExit);
  registerNew(program, io, setExit);
  registerRevise(program, io, setExit);
  registerApprove(program, io, setExit);
  registerPublish(program, io, setExit);
  registerObsolete(program, io, setExit);
  registerTthc(program, io, setExit);
  registerReport(program, io, setExit);
  // Subcommands (hook install) throw instead of exiting, like the program.
  const overrideExits = (command: Command): void => {
    for (const child of command.commands) {
      child.exitOverride();
      overrideExits(child);
    }
  };
  overrideExits(program);
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
        const refusal = { ok: false, command: running.name, error: { reason: error.reason, message: error.message, ...error.details } };
        io.stdout.write(`${JSON.stringify(refusal, null, 2)}\n`);
      }
      io.stderr.write(`qms: ${error.message}\n`);
      return EXIT.error;
    }
    const debug = argv.includes('--debug');
    const err = error as Error;
    io.stderr.write(`qms: internal error: ${err?.message ?? String(error)}\n`);
    io.stderr.write(debug && err?.stack ? `${err.stack}\n` : 'Run again with --debug for details, and report it with the output.\n');
    return EXIT.error;
  }
}
