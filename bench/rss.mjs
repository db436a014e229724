#!/usr/bin/env node
// Peak-RSS wrapper, used by run.mjs only when GNU time (/usr/bin/time -f %M) is not available.
//
//   node bench/rss.mjs <rss-file> <node-script> [args…]
//
// Runs <node-script> IN THIS PROCESS (process.argv rewritten, script imported) and, when the
// process exits, writes process.resourceUsage().maxRSS (KiB: the peak resident set size of this
// Node process, wrapper included) to <rss-file>. Child processes the script spawns (git, for
// `qms check --base`) are not counted; their own RSS is small and they do not overlap the peak.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

const [rssFile, script, ...args] = process.argv.slice(2);
if (!rssFile || !script) {
  process.stderr.write('usage: node bench/rss.mjs <rss-file> <node-script> [args…]\n');
  process.exit(2);
}
process.on('exit', () => writeFileSync(rssFile, `${process.resourceUsage().maxRSS}\n`));
process.argv = [process.argv[0], resolve(script), ...args];
await import(pathToFileURL(resolve(script)).href);
