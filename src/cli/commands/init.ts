/** `qms init`: its commander wiring and run(): a new repository (asking organization and language in a terminal) or its CI job. */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { findRoot } from '../../workspace/root.js';
import { QmsError } from '../../util/errors.js';
import { EXIT, type Io } from '../io.js';
import type { Language } from '../../i18n/language.js';
import { CI_TARGETS, ciConfiguration, writeCiConfiguration, type CiTarget } from './init-ci.js';
import { scaffoldRepository } from './init-repo.js';
import { parseToday } from './options.js';

export interface InitOptions {
  ci?: string;
  print?: boolean;
  organization?: string;
  language?: string;
  today?: string;
}

/** Wires `qms init` into the program. */
export function registerInit(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('init')
    .description('create a QMS repository (config, register, manual, samples), or add its CI job')
    .argument('[dir]', 'the folder (default: the current folder)')
    .option('--organization <name>', 'the agency, e.g. "Sở Khoa học và Công nghệ tỉnh Hòa Bình" (asked in a terminal)')
    .option('--language <vi|en>', 'language of documents and reports (asked in a terminal; default vi)')
    .option('--today <date>', 'the date of the first history rows (YYYY-MM-DD)')
    .option('--ci <system>', `write the CI configuration: ${Object.keys(CI_TARGETS).join(' or ')}`)
    .option('--print', 'with --ci: print the configuration instead of writing it')
    .addHelpText(
      'after',
      `
Examples:
  qms init so-khcn --organization "Sở Khoa học và Công nghệ tỉnh Hòa Bình"
                                 a new repository: qms.config.yaml, README.md, legal/ seeded with
                                 the national documents, STCL.md, a sample procedure and form, git init
  qms init --ci github           write .github/workflows/qms.yml (annotations, summary, SARIF upload)
  qms init --ci gitlab           write .gitlab-ci.yml (a merge request job with a JUnit report)
  qms init --ci gitlab --print   print the job, to add it to an existing .gitlab-ci.yml

Existing files are never overwritten. Without a terminal, init never asks: options or the
defaults (language vi, an empty organization to fill in qms.config.yaml).`,
    )
    .action(async (dir: string | undefined, options: InitOptions) => setExit(await runInit(dir, options, io)));
}

export async function runInit(dir: string | undefined, options: InitOptions, io: Io): Promise<number> {
  if (options.ci !== undefined) return initCi(dir, options, io);
  if (options.print) throw new QmsError('--print goes with --ci');
  if (options.language !== undefined && options.language !== 'vi' && options.language !== 'en') throw new QmsError(`--language takes vi or en, not "${options.language}"`);
  const root = resolve(io.cwd, dir ?? '.');
  mkdirSync(root, { recursive: true });
  const asked = await ask(io, options);
  const result = scaffoldRepository(root, { ...asked, today: parseToday(options.today), env: io.env });
  const lines = [`qms init: ${result.created.length} files created in ${root}`];
  for (const file of result.created) lines.push(`  + ${file}`);
  for (const file of result.skipped) lines.push(`  = ${file} (exists, left as it is)`);
  if (result.gitInitialised) lines.push('  git init: a new git repository');
  if (!asked.organization) lines.push('Set organization: in qms.config.yaml.');
  lines.push('Next: qms check');
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

function initCi(dir: string | undefined, options: InitOptions, io: Io): number {
  if (!Object.hasOwn(CI_TARGETS, options.ci!)) throw new QmsError(`unknown CI system "${options.ci}": use ${Object.keys(CI_TARGETS).join(' or ')}`);
  const target = options.ci as CiTarget;
  if (options.print) {
    io.stdout.write(ciConfiguration(target));
    return EXIT.ok;
  }
  const root = findRoot(resolve(io.cwd, dir ?? '.'));
  const written = writeCiConfiguration(root, target);
  io.stdout.write(`wrote ${written}: qms check runs on every ${target === 'github' ? 'pull request' : 'merge request'}\n`);
  return EXIT.ok;
}

/** Organization and language: from options, else asked in a terminal, else the defaults. */
async function ask(io: Io, options: InitOptions): Promise<{ organization: string; language: Language }> {
  let organization = options.organization?.trim();
  let language = options.language as Language | undefined;
  if ((organization === undefined || language === undefined) && io.stdin?.isTTY === true) {
    const prompt = createInterface({ input: io.stdin, output: io.stderr as NodeJS.WritableStream });
    try {
      organization ??= (await prompt.question('Tên cơ quan (organization): ')).trim();
      if (language === undefined) {
        const answer = (await prompt.question('Ngôn ngữ / language [vi/en] (vi): ')).trim().toLowerCase();
        language = answer === 'en' ? 'en' : 'vi';
      }
    } finally {
      prompt.close();
    }
  }
  return { organization: organization ?? '', language: language ?? 'vi' };
}
