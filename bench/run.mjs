#!/usr/bin/env node
// The qms benchmark: whole processes, timed against a floor and against markdownlint-cli2.
//
//   npm run build
//   node bench/run.mjs [--sizes 1000,10000] [--with-50k] [--runs 5] [--out bench/RESULTS.md]
//
// Builds nothing. Generates each repository once (bench/out/<size>, cached by generator version),
// then for every command: one warm-up run, then --runs measured runs; reports median, min and max
// wall time and the peak RSS. See bench/README.md for what each figure means.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { cachedMeta, DEFAULT_SEED, generate, GENERATOR_VERSION, outName, SHAPES } from './generate.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
/** The heading that starts the hand-written part of RESULTS.md (see handWritten). */
const HAND_WRITTEN = '## Where the time goes now';

// The qms under test: this checkout, or another one given with --qms (e.g. a snapshot of a commit).
let QMS_ROOT = ROOT;
let QMS_BIN = join(ROOT, 'bin', 'qms');
const FLOOR = join(BENCH, 'floor.mjs');
const RSS_WRAPPER = join(BENCH, 'rss.mjs');
const MDL_CONFIG = join(BENCH, 'bench.markdownlint-cli2.jsonc');
const GNU_TIME = '/usr/bin/time';
const TARGET_SIZE = 10000;

// ---------------------------------------------------------------------------------------------
// Arguments and preflight
// ---------------------------------------------------------------------------------------------

function parseArgs(argv) {
  const o = { sizes: [1000, 10000], shapes: [...SHAPES], rssOnly: [], with50k: false, runs: 5, out: join(BENCH, 'RESULTS.md'), seed: DEFAULT_SEED, rss: 'auto', qms: ROOT, peerMax: Infinity };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) fail(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--sizes') o.sizes = value().split(',').map((s) => Number(s.trim().replace(/_/g, '')));
    else if (arg === '--shapes') o.shapes = value().split(',').map((s) => s.trim());
    else if (arg === '--rss-only') o.rssOnly = value().split(',').map((s) => Number(s.trim().replace(/_/g, '')));
    else if (arg === '--with-50k') o.with50k = true;
    else if (arg === '--runs') o.runs = Number(value());
    else if (arg === '--out') o.out = resolve(value());
    else if (arg === '--seed') o.seed = value();
    else if (arg === '--rss') o.rss = value();
    else if (arg === '--qms') o.qms = resolve(value());
    else if (arg === '--peer-max') o.peerMax = Number(value().replace(/_/g, ''));
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write('usage: node bench/run.mjs [--sizes 1000,10000] [--shapes standard,messy] [--rss-only 50000] [--with-50k] [--runs 5] [--out bench/RESULTS.md] [--seed S] [--rss auto|time|wrapper] [--qms <checkout>] [--peer-max N]\n');
      process.exit(0);
    } else fail(`unknown argument ${arg} (see --help)`);
  }
  if (o.sizes.some((n) => !Number.isInteger(n) || n < 1)) fail('--sizes takes whole numbers ≥ 1, comma-separated');
  if (o.shapes.length === 0 || o.shapes.some((shape) => !SHAPES.includes(shape))) fail(`--shapes takes ${SHAPES.join(', ')}, comma-separated`);
  if (o.rssOnly.some((n) => !o.sizes.includes(n) && !(n === 50000 && o.with50k))) fail('--rss-only names sizes among --sizes');
  if (!Number.isInteger(o.runs) || o.runs < 1) fail('--runs takes a whole number ≥ 1');
  if (!['auto', 'time', 'wrapper'].includes(o.rss)) fail('--rss takes auto, time or wrapper');
  if (!(o.peerMax >= 1)) fail('--peer-max takes a whole number ≥ 1');
  if (o.with50k && !o.sizes.includes(50000)) o.sizes.push(50000);
  o.sizes = [...new Set(o.sizes)].sort((a, b) => a - b);
  return o;
}

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

const log = (message) => process.stderr.write(`${message}\n`);

function newestMtime(folder, ext) {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(ext)) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(folder);
  return newest;
}

function preflight(options) {
  QMS_ROOT = options.qms;
  QMS_BIN = join(QMS_ROOT, 'bin', 'qms');
  // The bundle (scripts/build.mjs), or tsc's output in snapshots of older commits.
  const main = [join(QMS_ROOT, 'dist', 'qms.js'), join(QMS_ROOT, 'dist', 'cli', 'main.js')].find((path) => existsSync(path)) ?? join(QMS_ROOT, 'dist', 'qms.js');
  if (!existsSync(main)) fail(`qms is not built (${main} is missing): run \`npm run build\` first — bench/run.mjs builds nothing`);
  const srcNewest = existsSync(join(QMS_ROOT, 'src')) ? newestMtime(join(QMS_ROOT, 'src'), '.ts') : 0;
  const distNewest = newestMtime(join(QMS_ROOT, 'dist'), '.js');
  if (srcNewest > distNewest) fail('dist/ is older than src/: run `npm run build` first — bench/run.mjs builds nothing');
  const version = spawnSync(process.execPath, [QMS_BIN, '--version'], { encoding: 'utf8' });
  if (version.status !== 0) fail(`\`node bin/qms --version\` failed (exit ${version.status}): ${version.stderr.trim()}`);
  const mdlPkg = join(ROOT, 'node_modules', 'markdownlint-cli2', 'package.json');
  if (!existsSync(mdlPkg)) fail('markdownlint-cli2 is not installed: `npm install --save-dev markdownlint-cli2@0.22.1` (the last version whose engines allow Node 20)');
  const mdl = JSON.parse(readFileSync(mdlPkg, 'utf8'));
  const mdlBin = join(dirname(mdlPkg), typeof mdl.bin === 'string' ? mdl.bin : mdl.bin['markdownlint-cli2']);
  let markdownlintVersion = '?';
  try {
    markdownlintVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'markdownlint', 'package.json'), 'utf8')).version;
  } catch {
    // nested or absent: the CLI version is the one that matters
  }
  let rss = options.rss;
  if (rss === 'auto' || rss === 'time') {
    const probe = existsSync(GNU_TIME) ? spawnSync(GNU_TIME, ['-f', '%M', process.execPath, '-e', ''], { encoding: 'utf8' }) : null;
    const gnu = probe !== null && probe.status === 0 && /^\d+\s*$/.test(probe.stderr.trim().split('\n').pop());
    if (rss === 'time' && !gnu) fail(`${GNU_TIME} -f %M is not available`);
    rss = gnu ? 'time' : 'wrapper';
  }
  let commit = '';
  const head = spawnSync('git', ['rev-parse', '--show-toplevel', '--short', 'HEAD'], { cwd: QMS_ROOT, encoding: 'utf8' });
  const [top, sha] = head.status === 0 ? head.stdout.trim().split('\n') : [];
  if (top && resolve(top) === resolve(QMS_ROOT)) {
    commit = `commit ${sha}`;
    const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src'], { cwd: QMS_ROOT, encoding: 'utf8' });
    if (dirty.status === 0 && dirty.stdout.trim() !== '') commit += ' + uncommitted changes in src/';
  } else if (existsSync(join(QMS_ROOT, 'SNAPSHOT'))) {
    commit = readFileSync(join(QMS_ROOT, 'SNAPSHOT'), 'utf8').trim();
  }
  return { qmsVersion: version.stdout.trim(), commit, mdlBin, mdlVersion: mdl.version, markdownlintVersion, rss, peerMax: options.peerMax };
}

// ---------------------------------------------------------------------------------------------
// Running one process
// ---------------------------------------------------------------------------------------------

/**
 * Runs `node script args…` in `cwd`, stdout to /dev/null, stderr to a file (to /dev/null when
 * `quietStderr`: markdownlint-cli2 writes its findings there); returns wall seconds,
 * peak RSS (KiB) and exit code. Wall time is measured here (hrtime from spawn to exit), around
 * the whole process including Node's start-up.
 */
function runOnce(env, script, args, cwd, quietStderr = false) {
  const tmp = join(BENCH, 'out', '.tmp');
  mkdirSync(tmp, { recursive: true });
  const rssFile = join(tmp, 'rss');
  const errFile = join(tmp, 'stderr');
  rmSync(rssFile, { force: true });
  const out = openSync('/dev/null', 'w');
  const err = openSync(quietStderr ? '/dev/null' : errFile, 'w');
  if (quietStderr) writeFileSync(errFile, '');
  const [file, argv] =
    env.rss === 'time'
      ? [GNU_TIME, ['-o', rssFile, '-f', '%M', process.execPath, script, ...args]]
      : [process.execPath, [RSS_WRAPPER, rssFile, script, ...args]];
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, { cwd, stdio: ['ignore', out, err], env: { ...process.env, NO_COLOR: '1' } });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      closeSync(out);
      closeSync(err);
      let rssKiB = NaN;
      try {
        // GNU time may prefix "Command exited with non-zero status N" lines: the last line is %M.
        rssKiB = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
      } catch {
        // no figure (crash before exit): NaN
      }
      const stderr = readFileSync(errFile, 'utf8');
      resolvePromise({ seconds, rssKiB, code: code ?? 128, signal, stderr: stderr.length > 4000 ? `…${stderr.slice(-4000)}` : stderr });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Measures every scenario in rounds: round 0 is the warm-up of each command, in order (so the
 * first warm-cache command's warm-up fills .qms/cache), then rounds 1..runs run each command once
 * more, in the same order. Interleaving spreads any change in the machine's load over all
 * commands alike, so the ratios of medians stay fair on a shared machine.
 */
async function measureAll(env, list, cwd, runs, size) {
  const state = new Map(list.map((sc) => [sc.id, { runs: [], failed: null }]));
  for (let round = 0; round <= runs; round++) {
    log(`[${size}] ${round === 0 ? 'warm-up round' : `round ${round}/${runs}`}`);
    for (const scenario of list) {
      const st = state.get(scenario.id);
      if (st.failed) continue;
      const r = await runOnce(env, scenario.script, scenario.args, cwd, scenario.quietStderr);
      const okCodes = scenario.okCodes ?? [0, 1];
      if (!okCodes.includes(r.code)) {
        // Findings were discarded: run once more with stderr kept, for the message.
        if (scenario.quietStderr) r.stderr = (await runOnce(env, scenario.script, scenario.args, cwd, false)).stderr;
        st.failed = { failed: true, code: r.code, signal: r.signal, stderr: r.stderr, run: round === 0 ? 'warm-up' : `run ${round}` };
        log(`[${size}]   ${scenario.label}: FAILED, exit ${r.signal ?? r.code}\n${r.stderr.trim()}`);
        continue;
      }
      log(`[${size}]   ${scenario.label}: ${f2(r.seconds)} s, ${Math.round((r.rssKiB * 1024) / 1e6)} MB, exit ${r.code}`);
      if (round > 0) st.runs.push(r);
    }
  }
  const results = new Map();
  for (const scenario of list) {
    const { runs: rs, failed } = state.get(scenario.id);
    const times = rs.map((r) => r.seconds);
    const result = failed ?? {
      failed: false,
      median: median(times),
      min: Math.min(...times),
      max: Math.max(...times),
      rssMB: Math.max(...rs.map((r) => (r.rssKiB * 1024) / 1e6)),
      codes: [...new Set(rs.map((r) => r.code))],
    };
    result.qms = scenario.qms === true;
    results.set(scenario.id, result);
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// Scenarios
// ---------------------------------------------------------------------------------------------

/** The scenarios at one size; markdownlint-cli2 only up to --peer-max procedures (it takes minutes per run at 50,000). */
function scenarios(env, meta, size, rssOnly) {
  const today = ['--today', meta.today];
  const doc = meta.impactDocument;
  const qms = (id, label, args, extra = {}) => ({ id, label, script: QMS_BIN, args, qms: true, ...extra });
  const floor = { id: 'floor', label: 'floor (read every .md, one regex)', script: FLOOR, args: ['.'], okCodes: [0] };
  // A size measured for its peak RSS only (--rss-only): the two commands that hold the most.
  if (rssOnly) return [qms('check-cold', 'qms check --no-cache', ['check', '--no-cache', ...today]), qms('check-warm', 'qms check (warm cache)', ['check', ...today]), floor];
  return [
    qms('check-cold', 'qms check --no-cache', ['check', '--no-cache', ...today]),
    qms('check-warm', 'qms check (warm cache)', ['check', ...today]),
    qms('changed-cold', 'qms check --base main --changed-only --no-cache', ['check', '--base', meta.baseBranch, '--changed-only', '--no-cache', ...today]),
    qms('changed-warm', 'qms check --base main --changed-only (warm cache)', ['check', '--base', meta.baseBranch, '--changed-only', ...today]),
    qms('impact', `qms impact ${doc} (warm cache)`, ['impact', doc, ...today]),
    qms('impact-cold', `qms impact ${doc} --no-cache`, ['impact', doc, '--no-cache', ...today]),
    qms('impact-dry', `qms impact ${doc} --apply --dry-run (warm cache)`, ['impact', doc, '--apply', '--dry-run', ...today]),
    ...(size <= env.peerMax ? [{ id: 'markdownlint', label: 'markdownlint-cli2 "**/*.md"', script: env.mdlBin, args: ['**/*.md', '--config', MDL_CONFIG], quietStderr: true }] : []),
    floor,
  ];
}

// ---------------------------------------------------------------------------------------------
// Repositories
// ---------------------------------------------------------------------------------------------

function git(cwd, args) {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) fail(`git ${args.join(' ')} in ${cwd}: ${r.stderr.trim()}`);
  return r.stdout.trim();
}

function prepare(size, seed, shape) {
  const out = join(BENCH, 'out', outName(size, shape));
  let meta = cachedMeta(out, size, seed, shape);
  let generated = false;
  if (meta) log(`[${size}] repository cached in ${relative(ROOT, out)} (generator version ${GENERATOR_VERSION})`);
  else {
    log(`[${size}] generating into ${relative(ROOT, out)} …`);
    meta = generate({ procedures: size, out, seed, shape, log: (m) => log(`[${size}] ${m}`) });
    generated = true;
    log(`[${size}] generated in ${meta.generationSeconds.toFixed(1)} s`);
  }
  const repo = join(out, meta.repo);
  // Same state every time: the feature branch checked out, clean, at the generated commit; no cache.
  if (git(repo, ['rev-parse', '--abbrev-ref', 'HEAD']) !== meta.featureBranch) git(repo, ['checkout', '-q', meta.featureBranch]);
  if (git(repo, ['rev-parse', 'HEAD']) !== meta.headCommit || git(repo, ['status', '--porcelain']) !== '') {
    fail(`${relative(ROOT, repo)} is not as generated (moved HEAD or local changes): delete ${relative(ROOT, out)} and run again`);
  }
  rmSync(join(repo, '.qms'), { recursive: true, force: true });
  return { meta, repo, generated };
}

/** "148,012 (120,001 / 28,011)": the findings of `qms check` on the repository (its cache warm), or why not. */
function countFindings(repo, meta) {
  const run = spawnSync(process.execPath, [QMS_BIN, 'check', '--today', meta.today, '--format', 'json'], { cwd: repo, encoding: 'utf8', maxBuffer: 2 ** 31 - 1, env: { ...process.env, NO_COLOR: '1' } });
  try {
    const findings = JSON.parse(run.stdout);
    const errors = findings.filter((f) => f.severity === 'error').length;
    return `${fmtN(findings.length)} (${fmtN(errors)} / ${fmtN(findings.filter((f) => f.severity === 'warning').length)})`;
  } catch {
    return `not counted (exit ${run.status})`;
  }
}

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------

const f2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : '–');
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const fmtN = (n) => n.toLocaleString('en-US');

function resultsTable(rows) {
  const lines = [
    '| shape | procedures | command | median s | min s | max s | peak RSS MB | ÷ floor | ÷ markdownlint-cli2 | exit |',
    '|---|---:|---|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const { shape, size, scenario, result, floor, mdl } of rows) {
    if (result.failed) {
      lines.push(`| ${shape} | ${fmtN(size)} | ${scenario.label} | FAILED | | | | | | ${result.signal ?? result.code} (${result.run}) |`);
      continue;
    }
    const ratio = (base) => (base && !base.failed ? `${f1(result.median / base.median)}×` : '–');
    lines.push(`| ${shape} | ${fmtN(size)} | ${scenario.label} | ${f2(result.median)} | ${f2(result.min)} | ${f2(result.max)} | ${Math.round(result.rssMB)} | ${ratio(floor)} | ${ratio(mdl)} | ${result.codes.join(', ')} |`);
  }
  return lines.join('\n');
}

function verdict(value, target, unit) {
  if (!Number.isFinite(value)) return { measured: 'not measured', status: '–', margin: '' };
  const met = value <= target;
  const pct = Math.abs(value / target - 1) * 100;
  return {
    measured: `${unit === '×' ? `${f1(value)}×` : unit === 's' ? `${f2(value)} s` : unit === 'MB' ? `${Math.round(value)} MB` : f2(value)}`,
    status: met ? 'met' : '**not met**',
    margin: met ? `${pct.toFixed(0)}% under the limit` : value / target >= 2 ? `${f1(value / target)}× the limit` : `${pct.toFixed(0)}% over the limit`,
  };
}

/** The targets of one shape (bench/README.md), from its results by size. */
function targets(bySize) {
  const at = bySize.get(TARGET_SIZE);
  const get = (id) => at?.get(id);
  const ok = (r) => r && !r.failed;
  const ratio = (id) => (ok(get(id)) && ok(get('floor')) ? get(id).median / get('floor').median : NaN);
  const time = (id) => (ok(get(id)) ? get(id).median : NaN);
  const peak = (results) => (results ? Math.max(...[...results.values()].filter((r) => ok(r) && r.qms).map((r) => r.rssMB)) : NaN);
  const rss = peak(at);
  const at50 = bySize.get(50000);
  const rss50 = peak(at50);
  const rows = [
    ['check cold (`--no-cache`) ≤ 6 × floor', verdict(ratio('check-cold'), 6, '×')],
    ['check warm (cache, nothing changed) ≤ 1.5 × floor', verdict(ratio('check-warm'), 1.5, '×')],
    ['impact (warm cache) ≤ 2 × floor', verdict(ratio('impact'), 2, '×')],
    ['impact cold (`--no-cache`) ≤ 4 × floor', verdict(ratio('impact-cold'), 4, '×')],
    ['impact `--apply --dry-run` (warm cache) ≤ 2.5 × floor', verdict(ratio('impact-dry'), 2.5, '×')],
    ['`--changed-only` (50 changed), cold ≤ 2 s', verdict(time('changed-cold'), 2, 's')],
    ['`--changed-only` (50 changed), warm ≤ 1 s', verdict(time('changed-warm'), 1, 's')],
    ['peak RSS of any qms command ≤ 400 MB', verdict(Number.isFinite(rss) && rss > 0 ? rss : NaN, 400, 'MB')],
    ['peak RSS at 50,000 ≤ 600 MB (`--with-50k`)', verdict(Number.isFinite(rss50) && rss50 > 0 ? rss50 : NaN, 600, 'MB')],
  ];
  const lines = ['| target (at 10,000 procedures) | measured | status | margin |', '|---|---:|---|---|'];
  for (const [label, v] of rows) lines.push(`| ${label} | ${v.measured} | ${v.status} | ${v.margin} |`);
  if (!at) lines.push('', `10,000 procedures were not in --sizes: the targets were not measured.`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

const options = parseArgs(process.argv.slice(2));
const env = preflight(options);
const started = new Date();
log(`qms ${env.qmsVersion}, markdownlint-cli2 ${env.mdlVersion}, Node ${process.version}; sizes ${options.sizes.join(', ')}; ${options.runs} measured run(s) after 1 warm-up; peak RSS via ${env.rss === 'time' ? GNU_TIME : 'bench/rss.mjs'}`);

const rows = [];
const byShape = new Map();
const repos = [];
const failures = [];
const loads = [];
for (const shape of options.shapes) {
  const bySize = new Map();
  byShape.set(shape, bySize);
  for (const size of options.sizes) {
    const label = `${size} ${shape}`;
    const { meta, repo, generated } = prepare(size, options.seed, shape);
    loads.push([label, loadavg()[0]]);
    const floorOut = spawnSync(process.execPath, [FLOOR, '.'], { cwd: repo, encoding: 'utf8' }).stdout.trim();
    const list = scenarios(env, meta, size, options.rssOnly.includes(size));
    const results = await measureAll(env, list, repo, options.runs, label);
    bySize.set(size, results);
    // The findings the repository holds, from the warm cache the runs left (one more, cheap, run).
    repos.push({ shape, size, meta, generated, floorOut, findings: countFindings(repo, meta) });
    for (const scenario of list) {
      const result = results.get(scenario.id);
      if (result.failed) failures.push({ size: label, scenario, result });
      else log(`[${label}] ${scenario.label}: median ${f2(result.median)} s (min ${f2(result.min)}, max ${f2(result.max)}), peak RSS ${Math.round(result.rssMB)} MB`);
    }
    for (const scenario of list) rows.push({ shape, size, scenario, result: results.get(scenario.id), floor: results.get('floor'), mdl: results.get('markdownlint') });
  }
}

const table = resultsTable(rows);
const targetTable = [...byShape].map(([shape, bySize]) => `### ${shape}\n\n${targets(bySize)}`).join('\n\n');
const command = `node bench/run.mjs ${process.argv.slice(2).join(' ')}`.trim();
process.stdout.write(`\n${table}\n\n${targetTable}\n`);

const cpuList = cpus();
const md = [];
md.push('# qms benchmark results', '');
md.push(`Produced by \`${command}\` (${options.runs} measured run${options.runs === 1 ? '' : 's'} per command after one warm-up, interleaved in rounds) on ${started.toISOString()}.`);
md.push('How to run it and what the figures mean: [README.md](README.md).', '');
md.push('## Machine', '');
md.push('| | |', '|---|---|');
md.push(`| CPU | ${cpuList[0]?.model ?? '?'} |`);
md.push(`| cores (logical) | ${cpuList.length} |`);
md.push(`| memory | ${(totalmem() / 2 ** 30).toFixed(1)} GiB |`);
md.push(`| OS | ${type()} ${release()} |`);
md.push(`| Node.js | ${process.version} |`);
md.push(`| qms | ${env.qmsVersion}${env.commit ? ` (${env.commit})` : ''}${QMS_ROOT !== ROOT ? `, from ${QMS_ROOT}` : ''} |`);
md.push(`| load average (1 min) before each repository | ${loads.map(([label, l]) => `${label}: ${l.toFixed(2)}`).join(', ')}; after: ${loadavg()[0].toFixed(2)} |`);
md.push(`| markdownlint-cli2 | ${env.mdlVersion} (markdownlint ${env.markdownlintVersion}), every default rule on (bench/bench.markdownlint-cli2.jsonc) |`);
md.push(`| date | ${started.toISOString().slice(0, 10)} |`);
md.push(`| peak RSS measured with | ${env.rss === 'time' ? '`/usr/bin/time -f %M` (GNU time: ru_maxrss of the command, in KiB)' : '`bench/rss.mjs`: process.resourceUsage().maxRSS of the Node process running the command in-process (KiB)'}; shown in MB of 10^6 bytes |`);
md.push('');
md.push('## Repositories', '');
md.push('| shape | procedures | forms | register entries | .md files | size | procedure avg | CRLF / NFD procedures | cites the impact document | findings (errors / warnings) | generation |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
for (const { shape, size, meta, generated, findings } of repos) {
  md.push(`| ${shape} | ${fmtN(size)} | ${fmtN(meta.forms)} | ${meta.legalEntries} | ${fmtN(meta.markdownFiles)} | ${(meta.bytes / 1e6).toFixed(1)} MB | ${(meta.averageProcedureBytes / 1000).toFixed(2)} kB | ${meta.crlfProcedures} / ${meta.nfdProcedures} | ${meta.impactCiters} (${meta.impactDocument}, amended by ${meta.impactAmendedBy}) | ${findings} | ${meta.generationSeconds.toFixed(1)} s${generated ? '' : ' (earlier, cached)'} |`);
}
md.push('');
md.push(`Generated by \`bench/generate.mjs\` version ${GENERATOR_VERSION}, seed \`${options.seed}\`; checked with \`--today ${repos[0]?.meta.today}\`; the \`feature\` branch (checked out) revises ${repos[0]?.meta.changedProcedures} procedures against \`main\`.`);
for (const { shape, size, floorOut } of repos) md.push(`Floor at ${fmtN(size)} (${shape}): ${floorOut}.`);
md.push('', '## Results', '');
md.push('Wall time of the whole process (Node start-up included), median of the measured runs; ratios are of medians. Exit 1 is expected (the repositories hold deliberate findings; markdownlint-cli2 reports style findings).', '');
md.push(table, '');
md.push('## Targets', '');
md.push(targetTable, '');
if (failures.length > 0) {
  md.push('## Failures', '');
  for (const { size, scenario, result } of failures) md.push(`- ${fmtN(size)} procedures, \`${scenario.label}\`: exit ${result.signal ?? result.code} on the ${result.run}:`, '', '```text', result.stderr.trim(), '```', '');
}
mkdirSync(dirname(options.out), { recursive: true });
writeFileSync(options.out, `${md.join('\n')}\n${handWritten(options.out)}`);
log(`\nwrote ${relative(process.cwd(), options.out) || options.out}`);
rmSync(join(BENCH, 'out', '.tmp'), { recursive: true, force: true });
process.exitCode = failures.length > 0 ? 1 : 0;

/**
 * The analysis written by hand under the generated report (from HAND_WRITTEN on), kept when the
 * report is written again: it says where the time goes, which no run measures by itself.
 */
function handWritten(path) {
  if (!existsSync(path)) return '';
  const text = readFileSync(path, 'utf8');
  const at = text.indexOf(HAND_WRITTEN);
  return at < 0 ? '' : `\n${text.slice(at)}`;
}
