/**
 * Time in tests, made independent of the machine's speed: file times set explicitly (never "just
 * written, so within two seconds"), and one generous limit for hang guards.
 */
import { readdirSync, utimesSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The limit of a hang guard: a test that guards against a pathological case (exponential or
 * quadratic work, an endless loop) and cannot count the work done fails only past this. The
 * longest guarded run, `qms check` on the 20 MB document of the hostile corpus, takes about 4.6 s
 * on an idle machine; this is over 25 times that, so only a real hang trips it, even with other
 * processes taking every core. Speed itself is measured by `npm run bench`, never by a test.
 */
export const HANG_LIMIT_MS = 120_000;

/** Makes files look settled (changed ten minutes ago): the cache then trusts their size and times. */
export function settle(root: string, ...files: string[]): void {
  const past = new Date(Date.now() - 10 * 60_000);
  for (const file of files) utimesSync(join(root, file), past, past);
}

/** Makes every file under `root` look settled (see `settle`). */
export function settleAll(root: string): void {
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  settle(root, ...files.map((entry) => relative(root, join(entry.parentPath, entry.name))));
}

/**
 * Makes files look just written, whatever time has passed since they were: a modification time an
 * hour ahead is always within the cache's two-second "racy" window, so the cache cannot trust it.
 */
export function markJustWritten(root: string, ...files: string[]): void {
  const ahead = new Date(Date.now() + 60 * 60_000);
  for (const file of files) utimesSync(join(root, file), ahead, ahead);
}
