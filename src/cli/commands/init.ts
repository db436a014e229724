/** `qms init`: its commander wiring and run(): a new repository (asking organization and language in a terminal; qms pinned; first commit) or its CI job. */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { findRoot } from '../../workspace/root.js';
import { refuse } from '../../util/errors.js';
import { EXIT, type Io } from '../io.js';
import { resolveLanguage, type Language } from '../../i18n/language.js';
import { gitTopLevel } from '../../git/run.js';
import { commitFiles, defaultBranch, initRepository, isValidBranchName } from '../../git/repository.js';
import { CI_TARGETS, ciConfiguration, writeCiConfiguration, type CiTarget } from './init-ci.js';
import { initProvince } from './init-province.js';
import { pinQms, type PinResult } from './init-package.js';
import { scaffoldRepository, type ScaffoldResult } from './init-repo.js';
import { parseToday } from './options.js';
import { both, t } from '../../i18n/messages/index.js';

export interface InitOptions {
  ci?: string;
  print?: boolean;
  organization?: string;
  language?: string;
  today?: string;
  qms?: string;
  branch?: string;
  /** false with --no-install */
  install?: boolean;
  province?: string;
  legal?: string;
}

/** Wires `qms init` into the program. */
export function registerInit(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('init')
    .argument('[dir]')
    .option('--organization <name>')
    .option('--language <vi|en>')
    .option('--today <date>')
    .option('--qms <spec>')
    .option('--branch <name>')
    .option('--no-install')
    .option('--ci <system>')
    .option('--print')
    .option('--province <repos.txt>')
    .option('--legal <document>')
    .action(async (dir: string | undefined, options: InitOptions) => setExit(await runInit(dir, options, io)));
}

export async function runInit(dir: string | undefined, options: InitOptions, io: Io): Promise<number> {
  if (options.ci !== undefined) return initCi(dir, options, io);
  const early = resolveLanguage(undefined, options.language === 'en' ? 'en' : options.language === 'vi' ? 'vi' : undefined, io.env);
  if (options.print) refuse(early, 'usage', both('init.print-goes-ci', {}));
  if (options.province !== undefined || options.legal !== undefined) refuse(early, 'usage', both('init.province-legal-go-ci', {}));
  if (options.language !== undefined && options.language !== 'vi' && options.language !== 'en') {
    refuse(early, 'usage', both('init.language-takes-vi-en', { language: options.language }));
  }
  const root = resolve(io.cwd, dir ?? '.');
  const branch = options.branch ?? 'main';
  const existing = existsSync(root) ? gitTopLevel(root) : null;
  if (existing === null && !isValidBranchName(io.cwd, branch)) refuse(early, 'usage', both('init.valid-branch-name', { branch }));
  if (existing !== null && options.branch !== undefined) {
    refuse(early, 'usage', both('init.already-git-repository-branch', { existing, root }));
  }
  const today = parseToday(options.today);
  mkdirSync(root, { recursive: true });
  const asked = await ask(io, options, early);
  const language = resolveLanguage(undefined, asked.language, io.env);
  const pin = pinQms(root, { qms: options.qms, install: options.install !== false, organization: asked.organization, language, cwd: io.cwd, env: io.env });
  const result = scaffoldRepository(root, { ...asked, today, env: io.env });
  const created = [...pin.created, ...result.created];
  let commit: { commit: string } | { failure: string } | undefined;
  if (existing === null) {
    initRepository(root, branch);
    commit = commitFiles(root, created, t(asked.language, 'init.create-quality-management-system', {}));
  }
  io.stdout.write(`${initReport(language, root, branch, asked.organization, pin, result, created, commit, options.install !== false).join('\n')}\n`);
  if (commit !== undefined && 'failure' in commit) {
    io.stderr.write(`${t(language, 'init.init-first-commit-was', { failure: commit.failure })}\n`);
  }
  return EXIT.ok;
}

/** What init did, one line each: files, the pinned qms, git, and what to do next. */
function initReport(
  language: Language,
  root: string,
  branch: string,
  organization: string,
  pin: PinResult,
  result: ScaffoldResult,
  created: readonly string[],
  commit: { commit: string } | { failure: string } | undefined,
  install: boolean,
): string[] {
  const lines = [t(language, 'init.init-files-created', { root, createdCount: created.length })];
  for (const file of created) lines.push(`  + ${file}`);
  for (const file of [...pin.skipped, ...result.skipped]) lines.push(`  = ${file} ${t(language, 'init.exists-left-as', {})}`);
  const how = ({ given: 'init.from', lockfile: 'init.where-running-was-installed', package: 'init.name-version-running' } as const)[pin.chosen];
  lines.push(`  qms: ${pin.source.pin} (${t(language, how, {})})${pin.installed ? t(language, 'init.installed-npm-install', {}) : ''}`);
  lines.push(...pin.notes.map((note) => `  ${note}`));
  if (commit !== undefined) {
    lines.push(`  git init: ${t(language, 'init.new-repository-branch', { branch })}`);
    if ('commit' in commit) lines.push(`  git commit ${commit.commit}: ${t(language, 'init.first-commit', {})}`);
  }
  if (!organization) lines.push(t(language, 'init.set-organization-config-yaml', {}));
  if (!install && pin.created.includes('package.json')) {
    lines.push(t(language, 'init.next-npm-install-then', {}));
  }
  lines.push(t(language, 'init.next-npx-no-install', {}));
  return lines;
}

function initCi(dir: string | undefined, options: InitOptions, io: Io): number {
  const language = resolveLanguage(undefined, undefined, io.env);
  if (!Object.hasOwn(CI_TARGETS, options.ci!)) {
    refuse(language, 'usage', both('init.unknown-ci-system-use', { ci: options.ci!, systems: Object.keys(CI_TARGETS) }));
  }
  const target = options.ci as CiTarget;
  if (options.province !== undefined) return initProvince(target, options, io, language, () => findRoot(resolve(io.cwd, dir ?? '.')));
  if (options.legal !== undefined) refuse(language, 'usage', both('init.legal-goes-province', {}));
  if (options.print) {
    // Printed for an existing configuration: the branch of the repository it is printed in, if any.
    const top = gitTopLevel(resolve(io.cwd, dir ?? '.'));
    io.stdout.write(ciConfiguration(target, (top && defaultBranch(top)) ?? 'main'));
    return EXIT.ok;
  }
  const root = findRoot(resolve(io.cwd, dir ?? '.'));
  const branch = defaultBranch(root) ?? 'main';
  const written = writeCiConfiguration(root, target, branch, language);
  io.stdout.write(`${t(language, 'init.wrote-check-runs-every', { written, request: target === 'github' ? 'pull request' : 'merge request', branch })}\n`);
  return EXIT.ok;
}

/** Organization and language: from options, else asked in a terminal, else the defaults. */
async function ask(io: Io, options: InitOptions, shown: Language): Promise<{ organization: string; language: Language }> {
  let organization = options.organization?.trim();
  let language = options.language as Language | undefined;
  if ((organization === undefined || language === undefined) && io.stdin?.isTTY === true) {
    const prompt = createInterface({ input: io.stdin, output: io.stderr as NodeJS.WritableStream });
    try {
      organization ??= (await prompt.question(t(shown, 'init.ask-organization', {}))).trim();
      if (language === undefined) {
        const answer = (await prompt.question(t(shown, 'init.ask-language', {}))).trim().toLowerCase();
        language = answer === 'en' ? 'en' : 'vi';
      }
    } finally {
      prompt.close();
    }
  }
  return { organization: organization ?? '', language: language ?? 'vi' };
}
