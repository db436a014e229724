/** The qms program: every command wired into commander, its help texts and commander's own errors in the run's language. */
import { Command } from 'commander';
import type { Language } from '../i18n/language.js';
import { qmsVersion } from '../version.js';
import { registerCheck } from './commands/check.js';
import { registerFingerprint } from './commands/fingerprint.js';
import { registerRender } from './commands/render.js';
import { registerHook } from './commands/hook.js';
import { registerImpact } from './commands/impact.js';
import { registerInit } from './commands/init.js';
import type { Io } from './io.js';
import { HELP_TEXTS } from '../i18n/messages/help.js';
import { addLangOption, helpConfiguration, localizeHelp, translateUsageError } from './localize.js';
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
import { registerReview } from './commands/review.js';
import { registerTthc } from './commands/tthc.js';
import { registerCite } from './commands/cite.js';
import { registerReport } from './commands/report.js';
import { registerExport } from './commands/export.js';
import { registerSite } from './commands/site.js';

/** Every command of qms, wired with its options; `language` is the one of help texts and commander's errors. */
export function buildProgram(io: Io, setExit: (code: number) => void, language: Language): Command {
  const help = (id: string): string => HELP_TEXTS[id]![language]({});
  // Set before any command is added: commands inherit the help layout, the output and the exits.
  const program = new Command('qms')
    .version(qmsVersion(), '-V, --version')
    .option('--debug')
    // Also on every command (addLangOption); given anywhere, the program reads it and hands it down.
    .option('--lang <vi|en>')
    .helpOption('-h, --help', help('help:option --help'))
    .helpCommand('help [command]', help('help:command help'))
    .configureHelp(helpConfiguration(language))
    .showHelpAfterError(help('help:hint'))
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(translateUsageError(text, language)),
    });

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
  registerReview(program, io, setExit);
  registerTthc(program, io, setExit);
  registerCite(program, io, setExit);
  registerReport(program, io, setExit);
  registerExport(program, io, setExit);
  registerSite(program, io, setExit);
  // Subcommands (hook install) throw instead of exiting, like the program.
  const overrideExits = (command: Command): void => {
    for (const child of command.commands) {
      child.exitOverride();
      overrideExits(child);
    }
  };
  overrideExits(program);
  addLangOption(program);
  program.hook('preAction', (_program, command) => {
    const lang = program.opts<{ lang?: string }>().lang;
    if (lang !== undefined) command.setOptionValue('lang', lang);
  });
  // Every description, option and argument text, and the text after each help, from the catalogue.
  localizeHelp(program, language);
  return program;
}
