#!/usr/bin/env node
// Benchmark of `qms site` run again: a cold run, a run with nothing changed, and a run after 50
// procedures changed (the generator's `feature` branch), on generated repositories.
//
//   node bench/site.mjs                          # 1,000 procedures
//   node bench/site.mjs --sizes 1000,10000       # and 10,000
//   node bench/site.mjs --write bench/SITE-RESULTS.md
//
// Each repository is generated once by bench/generate.mjs into bench/out/site-<size>/ (reused while
// the generator's version is unchanged). The site goes to a fresh folder beside it and the
// repository's cache is removed first, so the cold run is cold. Every run is one process under `/usr/bin/time -f %M`:
// wall and CPU time (user + system), the pages the run made again and wrote (qms site --json) and peak RSS.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { TODAY } from './generate.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
const QMS = join(ROOT, 'bin', 'qms');
const GNU_TIME = '/usr/bin/time';

function parseArgs(argv) {
  const options = { sizes: [1000], write: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--sizes') options.sizes = value().split(',').map(Number);
    else if (arg === '--write') options.write = resolve(value());
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write('usage: node bench/site.mjs [--sizes 1000,10000] [--write bench/SITE-RESULTS.md]\n');
      process.exit(0);
    } else throw new Error(`unknown option ${arg}`);
  }
  if (options.sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes takes whole numbers ≥ 1');
  return options;
}

/** The repository of `size` procedures, generated when missing or out of date (generate.mjs decides). */
function corpus(size) {
  const out = join(BENCH, 'out', `site-${size}`);
  execFileSync(process.execPath, [join(BENCH, 'generate.mjs'), '--procedures', String(size), '--out', out], { stdio: ['ignore', 'inherit', 'inherit'] });
  return { out, repo: join(out, 'repo') };
}

function git(repo, args) {
  return execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' }).trim();
}

/** One `qms site` process: wall seconds, peak RSS (MB) and its JSON summary. */
function runSite(repo, site) {
  const args = ['-f', '%M %U %S', process.execPath, QMS, 'site', '-C', repo, '--out', site, '--today', TODAY, '--json'];
  const started = process.hrtime.bigint();
  const result = spawnSync(GNU_TIME, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`qms site exited ${result.status}: ${result.stderr}`);
  const [rssKb, user, system] = result.stderr.trim().split('\n').pop().split(' ').map(Number);
  const summary = JSON.parse(result.stdout);
  return { seconds, cpu: user + system, rssMb: rssKb / 1024, ...summary };
}

function measure(size) {
  const { out, repo } = corpus(size);
  const site = join(out, 'site');
  rmSync(site, { recursive: true, force: true });
  // The repository's own cache (.qms/cache) goes too: the cold run reads every document.
  rmSync(join(repo, '.qms', 'cache'), { recursive: true, force: true });
  const branch = git(repo, ['rev-parse', '--abbrev-ref', 'HEAD']);
  const rows = [];
  try {
    git(repo, ['checkout', '-q', 'main']);
    rows.push({ run: 'cold (no site yet)', ...runSite(repo, site) });
    rows.push({ run: 'again, nothing changed', ...runSite(repo, site) });
    git(repo, ['checkout', '-q', 'feature']);
    rows.push({ run: 'again, 50 procedures revised (branch feature)', ...runSite(repo, site) });
  } finally {
    git(repo, ['checkout', '-q', branch]);
  }
  return { size, rows };
}

function table(results) {
  const lines = ['| procedures | run | wall (s) | CPU (s) | pages made | files written | HTML written | unchanged | peak RSS (MB) |', '|---:|---|---:|---:|---:|---:|---:|---:|---:|'];
  for (const { size, rows } of results) {
    for (const r of rows) lines.push(`| ${size.toLocaleString('en-US')} | ${r.run} | ${r.seconds.toFixed(1)} | ${r.cpu.toFixed(1)} | ${r.rendered} | ${r.written} | ${r.pages} | ${r.unchanged} | ${Math.round(r.rssMb)} |`);
  }
  return `${lines.join('\n')}\n`;
}

try {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(join(ROOT, 'dist', 'qms.js'))) throw new Error('dist/qms.js is missing: run npm run build');
  const results = [];
  for (const size of options.sizes) {
    process.stdout.write(`site ${size}: measuring\n`);
    results.push(measure(size));
  }
  const text = table(results);
  process.stdout.write(text);
  if (options.write) {
    const commit = git(ROOT, ['rev-parse', '--short', 'HEAD']);
    const machine = `${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end, Node.js ${process.version}`;
    writeFileSync(options.write, `# qms site: incremental runs\n\n\`node bench/site.mjs --sizes ${options.sizes.join(',')}\` at commit ${commit}; ${machine}.\n\n${text}`);
  }
} catch (error) {
  process.stderr.write(`bench/site: ${error.message}\n`);
  process.exit(2);
}
