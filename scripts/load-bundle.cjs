'use strict';
// Copied by scripts/build.mjs to dist/load-bundle.cjs. Loads one of qms's CommonJS bundles
// (dist/qms.cjs, dist/qms-worker.cjs) with V8's code cache for it (<bundle>.cache), which the build
// writes after a warm-up run. Compiling the 2 MB bundle was about a third of a small `qms check`
// (some 0.1 s of 0.35 s on the 2-core bench machine), paid again by every run and every worker.
//
// The cache is only a shortcut: V8 refuses one made by another V8 (a Node upgrade) and this refuses
// one made from other bytes (its first line is the bundle's SHA-256); either way the bundle is
// compiled as if there were no cache, and nothing is written at run time: qms never writes into its
// own installation. With source maps on (`qms --debug`), Node's own loader runs the bundle, because
// only it maps stack traces back to src/ (and, from a cache, V8 names frames by the path the cache
// was made at: qms prints stacks only with --debug).
const { createHash } = require('node:crypto');
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const vm = require('node:vm');

/** Set by the build's warm-up run: write each bundle's cache when its thread ends. */
const WRITE_CACHE = process.env.QMS_WRITE_CODE_CACHE === '1';

/**
 * How each bundle this thread loaded was compiled: 'cache' (V8 took the cache), 'rejected' (V8
 * refused it), 'none' (no cache for these bytes), 'require' (source maps on). For the tests.
 */
const loads = [];

/** The bundle's exports, as `require(file)` would give them. */
function loadBundle(file) {
  if (process.sourceMapsEnabled) {
    loads.push({ file, compiled: 'require' });
    return require(file);
  }
  // Hashed as bytes, decoded once: hashing the decoded text encoded it again, some 10 ms a start.
  const bytes = readFileSync(file);
  const digest = createHash('sha256').update(bytes).digest('hex');
  const source = bytes.toString('utf8');
  const cachedData = WRITE_CACHE ? undefined : cacheFor(file, digest);
  // Node's CommonJS wrapper, so the bundle sees what `require` would give it.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  loads.push({ file, compiled: cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'cache' });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  if (WRITE_CACHE) {
    // Now (what start-up compiled) and again at the end (all the run compiled): a worker that is
    // terminated never reaches its end.
    writeCache(file, digest, script);
    process.once('exit', () => writeCache(file, digest, script));
  }
  return module.exports;
}

/** The cache written for these bytes of `file`, or undefined. */
function cacheFor(file, digest) {
  let cache;
  try {
    cache = readFileSync(`${file}.cache`);
  } catch {
    return undefined;
  }
  const header = Buffer.from(`${digest}\n`, 'latin1');
  return cache.subarray(0, header.length).equals(header) ? cache.subarray(header.length) : undefined;
}

/** Writes the cache atomically: a reader sees the old one or the new one, never half. */
function writeCache(file, digest, script) {
  const temporary = `${file}.cache.${process.pid}.${require('node:worker_threads').threadId}`;
  writeFileSync(temporary, Buffer.concat([Buffer.from(`${digest}\n`, 'latin1'), script.createCachedData()]));
  renameSync(temporary, `${file}.cache`);
}

module.exports = { loadBundle, loads };
