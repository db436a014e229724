/**
 * The language of a run as the entry point knows it before any command runs — for the help texts,
 * commander's own errors and refusals — chosen as the workspace chooses it: `--lang`, else QMS_LANG,
 * else the `language` of the repository's qms.config.yaml, else the locale.
 */
import { resolve } from 'node:path';
import { languageOfConfigText, resolveLanguage, type Language } from '../i18n/language.js';
import { CONFIG_FILE } from '../config/load.js';
import { findRoot } from './root.js';
import { MAX_CONFIG_BYTES, readRepositoryFile } from './safe-read.js';

/** The run's language from its arguments, environment and the config of the repository it runs in. */
export function runLanguage(argv: readonly string[], io: { cwd: string; env: Record<string, string | undefined> }): Language {
  const flag = optionValue(argv, ['--lang']);
  const valid = flag === 'vi' || flag === 'en' ? flag : undefined;
  if (valid || io.env.QMS_LANG === 'vi' || io.env.QMS_LANG === 'en') return resolveLanguage(valid, undefined, io.env);
  return resolveLanguage(undefined, configLanguage(resolve(io.cwd, optionValue(argv, ['-C', '--root']) ?? '.')), io.env);
}

/** The value of an option in `argv` (`--lang en` or `--lang=en`), before a `--`. */
function optionValue(argv: readonly string[], names: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (names.includes(arg)) return argv[i + 1];
    const name = names.find((n) => n.startsWith('--') && arg.startsWith(`${n}=`));
    if (name) return arg.slice(name.length + 1);
  }
  return undefined;
}

/** The `language` of the config of the repository holding `start`, when there is one and it sets it. */
function configLanguage(start: string): Language | undefined {
  try {
    // Through the one safe reader: a config that is a device or a pipe must not hang the run here either.
    const bytes = readRepositoryFile(findRoot(start), CONFIG_FILE, MAX_CONFIG_BYTES);
    return bytes === null ? undefined : languageOfConfigText(bytes.toString('utf8'));
  } catch {
    // Outside a repository, or no readable config: the locale decides.
    return undefined;
  }
}
