import { resolve } from 'node:path';
import type { Command } from 'commander';
import { findRoot } from '../../repo/root.js';
import { QmsError } from '../../util/errors.js';
import { EXIT, type Io } from '../io.js';
import { CI_TARGETS, ciConfiguration, writeCiConfiguration, type CiTarget } from './init-ci.js';

export interface InitOptions {
  ci?: string;
  print?: boolean;
}

/** Wires `qms init` into the program. */
export function registerInit(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('init')
    .description('set up qms in a repository: the CI job that runs qms check on pull requests')
    .argument('[dir]', 'the repository (default: the one holding the current folder)')
    .option('--ci <system>', `write the CI configuration: ${Object.keys(CI_TARGETS).join(' or ')}`)
    .option('--print', 'with --ci: print the configuration instead of writing it')
    .addHelpText(
      'after',
      `
Examples:
  qms init --ci github           write .github/workflows/qms.yml (annotations, summary, SARIF upload)
  qms init --ci gitlab           write .gitlab-ci.yml (a merge request job with a JUnit report)
  qms init --ci gitlab --print   print the job, to add it to an existing .gitlab-ci.yml

Existing files are never overwritten.`,
    )
    .action((dir: string | undefined, options: InitOptions) => setExit(runInit(dir, options, io)));
}

export function runInit(dir: string | undefined, options: InitOptions, io: Io): number {
  if (options.ci === undefined) throw new QmsError('say what to set up: qms init --ci github or qms init --ci gitlab');
  if (!Object.hasOwn(CI_TARGETS, options.ci)) throw new QmsError(`unknown CI system "${options.ci}": use ${Object.keys(CI_TARGETS).join(' or ')}`);
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
