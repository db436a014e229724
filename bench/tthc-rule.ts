// The cost of tthc/time-limit per procedure, in-process: reads a generated bench repository in full
// once, then times the rule alone over every procedure (three runs, the fastest kept).
//
//   npx esbuild bench/tthc-rule.ts --bundle --platform=node --format=esm --outfile=dist/tthc-rule.mjs \
//     --banner:js="import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);"
//   node dist/tthc-rule.mjs bench/out/10000/repo     (in dist/: it finds schemas/ one folder up)
import { loadConfig } from '../src/config/load.js';
import { runRules } from '../src/lint/run.js';
import { tthcTimeLimit } from '../src/rules/tthc/time-limit.js';
import { loadRepository } from '../src/workspace/read-full.js';

const root = process.argv[2];
if (!root) throw new Error('usage: node tthc-rule.mjs <repository>');
const repository = loadRepository(root, loadConfig(root), '2026-11-27', undefined, { workers: 0 });
const handling = repository.documents.filter((d) => d.tthc.length > 0).length;
let best = Infinity;
let findings = 0;
for (let run = 0; run < 3; run++) {
  const started = performance.now();
  findings = runRules(repository, { rules: [tthcTimeLimit] }).length;
  best = Math.min(best, performance.now() - started);
}
process.stdout.write(`${repository.documents.length} documents, ${handling} handling a TTHC, ${repository.register.tthc.records.length} records: tthc/time-limit ${best.toFixed(0)} ms, ${((best * 1000) / handling).toFixed(1)} µs per procedure, ${findings} findings\n`);
