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
    .description('create a QMS repository (config, register, manual, samples, qms pinned, first commit), or add its CI job')
    .argument('[dir]', 'the folder (default: the current folder)')
    .option('--organization <name>', 'the agency, e.g. "Sở Khoa học và Công nghệ tỉnh Hòa Bình" (asked in a terminal)')
    .option('--language <vi|en>', 'language of documents and reports (asked in a terminal; default vi)')
    .option('--today <date>', 'the date of the first history rows (YYYY-MM-DD)')
    .option('--qms <spec>', 'the qms the repository pins: a .tgz file or URL, a git URL with #tag, or name@version (default: the one running)')
    .option('--branch <name>', 'the first branch of a new repository (default main)')
    .option('--no-install', 'write package.json but do not run npm install (then run it and commit package-lock.json)')
    .option('--ci <system>', `write the CI configuration: ${Object.keys(CI_TARGETS).join(' or ')}`)
    .option('--print', 'with --ci: print the configuration instead of writing it')
    .option('--province <repos.txt>', 'with --ci: a province workflow checking every repository listed (one per line)')
    .option('--legal <document>', 'with --province: the legal document whose impact each agency reports')
    .addHelpText(
      'after',
      `
Examples:
  qms init so-khcn --organization "Sở Khoa học và Công nghệ tỉnh Hòa Bình" --qms ./qms-vn-qms-0.1.0.tgz
                                 a new repository on branch main: qms.config.yaml, README.md, legal/
                                 seeded with the national documents, STCL.md, a sample procedure and
                                 form, package.json pinning qms (the tarball kept in vendor/),
                                 package-lock.json from npm install, and the first commit
  qms init --ci github           write .github/workflows/qms.yml (npm ci, annotations, summary, SARIF)
  qms init --ci gitlab           write .gitlab-ci.yml (a merge request job with a JUnit report)
  qms init --ci gitlab --print   print the job, to add it to an existing .gitlab-ci.yml
  qms init --ci github --province repos.txt --legal 118/2025/NĐ-CP
                                 a workflow running check and impact in every agency repository
                                 listed, merged into one province report (qms report merge)

--qms by default: the spec npm recorded when it installed the running qms (a tarball, git URL or
registry version); a global install keeps no record, so it is then the package name@version.
Existing files are never overwritten. Without a terminal, init never asks: options or the
defaults (language vi, an empty organization to fill in qms.config.yaml). See docs/install.md.`,
    )
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
  const asked = await ask(io, options);
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
