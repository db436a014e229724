/**
 * The command line in the run's language: every command's help texts from the catalogue
 * (src/i18n/messages/help*.ts), commander's help headings and its own usage errors translated,
 * and `--lang` on every command.
 */
import { Help, type Command } from 'commander';
import type { Language } from '../i18n/language.js';
import { helpText } from '../i18n/messages/help.js';
import { t } from '../i18n/messages/index.js';

/** The names of a command from the program down, '' for the program itself. */
export function commandPath(command: Command): string {
  const names: string[] = [];
  for (let at: Command | null = command; at?.parent; at = at.parent) names.unshift(at.name());
  return names.join(' ');
}

/** Every command of the tree, the program first. */
export function allCommands(program: Command): Command[] {
  return [program, ...program.commands.flatMap((child) => allCommands(child))];
}

/** Adds `--lang` to every command that runs something and lacks it, so every command takes it. */
export function addLangOption(program: Command): void {
  for (const command of allCommands(program)) {
    if (command === program || command.commands.length > 0) continue;
    if (!command.options.some((option) => option.long === '--lang')) command.option('--lang <vi|en>');
  }
}

/**
 * Gives every command, argument and option of the tree its help text from the catalogue, in
 * `language`: the commands are wired without any (the catalogue is their one source, and
 * test/i18n/help.test.ts checks that each has one).
 */
export function localizeHelp(program: Command, language: Language): void {
  for (const command of allCommands(program)) {
    const path = commandPath(command);
    const own = helpText(path, '');
    if (own) command.description(own[language]({}));
    for (const argument of command.registeredArguments) {
      const found = helpText(path, `<${argument.name()}>`);
      if (found) argument.description = found[language]({});
    }
    for (const option of command.options) {
      const found = helpText(path, option.long ?? option.short ?? '');
      if (found) option.description = found[language]({});
    }
    const after = helpText(path, 'after');
    if (after) command.addHelpText('after', after[language]({}));
  }
}

const TITLES = ['Usage:', 'Options:', 'Commands:', 'Arguments:', 'Global Options:'] as const;

/** Commander's help layout with its headings and "(default: …)" in `language`: set on the program before any command is added, so all inherit it. */
export function helpConfiguration(language: Language): Partial<Help> {
  const base = new Help();
  return {
    styleTitle: (title: string) => ((TITLES as readonly string[]).includes(title) ? t(language, `cli.title.${title as (typeof TITLES)[number]}`, {}) : title),
    optionDescription: (option) => translateDefault(base.optionDescription(option), language),
    argumentDescription: (argument) => translateDefault(base.argumentDescription(argument), language),
    commandUsage: (command) => (language === 'en' ? base.commandUsage(command) : base.commandUsage(command).replace('[options]', '[tùy chọn]').replace('[command]', '[lệnh]')),
    subcommandTerm: (command) => (language === 'en' ? base.subcommandTerm(command) : base.subcommandTerm(command).replace('[options]', '[tùy chọn]')),
  };
}

function translateDefault(text: string, language: Language): string {
  return language === 'en' ? text : text.replace(/\(default: (.*)\)$/, (_whole, value: string) => t(language, 'cli.default', { value }));
}

/** Commander's own error lines (unknown option, missing argument …) in `language`; a line it does not know is left as is. */
export function translateUsageError(text: string, language: Language): string {
  if (language === 'en') return text;
  return `${text
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => translateLine(line, language))
    .join('\n')}\n`;
}

function translateLine(line: string, language: Language): string {
  let m: RegExpExecArray | null;
  if ((m = /^error: unknown option '(.*)'$/.exec(line))) return t(language, 'cli.unknown-option', { option: m[1]! });
  if ((m = /^error: unknown command '(.*)'$/.exec(line))) return t(language, 'cli.unknown-command', { command: m[1]! });
  if ((m = /^error: missing required argument '(.*)'$/.exec(line))) return t(language, 'cli.missing-argument', { argument: m[1]! });
  if ((m = /^error: option '(.*)' argument missing$/.exec(line))) return t(language, 'cli.option-argument-missing', { option: m[1]! });
  if ((m = /^error: required option '(.*)' not specified$/.exec(line))) return t(language, 'cli.required-option', { option: m[1]! });
  if ((m = /^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/.exec(line))) {
    return t(language, 'cli.excess-arguments', { command: m[1] ?? '', expected: Number(m[2]), received: Number(m[3]) });
  }
  if ((m = /^error: option '(.*)' argument '(.*)' is invalid\.(.*)$/.exec(line))) return `${t(language, 'cli.invalid-option-value', { option: m[1]!, value: m[2]! })}${m[3]!}`;
  if ((m = /^error: (.*) cannot be used with (.*)$/.exec(line))) return t(language, 'cli.conflicting-options', { first: m[1]!, second: m[2]! });
  if ((m = /^\(Did you mean (?:one of )?(.*)\?\)$/.exec(line))) return t(language, 'cli.suggestion', { names: m[1]!.split(', ') });
  return line;
}
