/**
 * The browser engine qms prints with: headless Chromium from the distribution, found through
 * QMS_CHROMIUM or the PATH, run without a shell on a scratch folder it alone uses.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Language } from '../i18n/language.js';
import { QmsError } from '../util/errors.js';
import { both } from '../i18n/messages/index.js';

/** The names Chromium goes by on Linux distributions and with Google's package. */
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** What a user installs to get the engine. */
export const INSTALL_HINT = 'sudo apt-get install -y chromium fonts-liberation2 (Debian/Ubuntu), or set QMS_CHROMIUM to a Chromium or Chrome executable';

/** The path of the Chromium to run: QMS_CHROMIUM, else the first of the known names on PATH. Refuses (reason `missing-engine`) with the install command. */
export function findChromium(env: Record<string, string | undefined>, language: Language): string {
  const named = env.QMS_CHROMIUM?.trim();
  if (named) {
    if (isExecutable(named)) return named;
    throw new QmsError(both('chromium.chromium-executable-install', { named, hint: INSTALL_HINT }), { reason: 'missing-engine', language });
  }
  for (const folder of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of NAMES) {
      const path = join(folder, name);
      if (isExecutable(path)) return path;
    }
  }
  throw new QmsError(both('chromium.printing-pdf-needs-chromium', { names: [...NAMES], hint: INSTALL_HINT }), {
    reason: 'missing-engine',
    language,
  });
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Runs Chromium headless with `args` in a scratch profile; what it leaves in the scratch folder is removed. */
function runHeadless<T>(engine: string, work: (scratch: string, run: (args: string[]) => string) => T): T {
  const scratch = mkdtempSync(join(tmpdir(), 'qms-chromium-'));
  try {
    // Its standard output (the DOM of --dump-dom) is returned.
    const run = (args: string[]): string =>
      execFileSync(engine, ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-extensions', `--user-data-dir=${join(scratch, 'profile')}`, ...args], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 180_000,
        maxBuffer: 64 * 1024 * 1024,
      });
    return work(scratch, run);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Prints `html` (a whole page, with its @page rules) to PDF bytes. */
export function printPdf(engine: string, html: string): Buffer {
  return runHeadless(engine, (scratch, run) => {
    const page = join(scratch, 'page.html');
    const pdf = join(scratch, 'page.pdf');
    writeFileSync(page, html, 'utf8');
    run(['--no-pdf-header-footer', '--run-all-compositor-stages-before-draw', `--print-to-pdf=${pdf}`, pathToFileURL(page).href]);
    return readFileSync(pdf);
  });
}

/** A PNG screenshot of `url` at `width`×`height` CSS pixels. */
export function screenshot(engine: string, url: string, width: number, height: number): Buffer {
  return runHeadless(engine, (scratch, run) => {
    const png = join(scratch, 'shot.png');
    run([`--window-size=${width},${height}`, '--hide-scrollbars', `--screenshot=${png}`, url]);
    return readFileSync(png);
  });
}

/** The DOM of `url` after its scripts ran (`--dump-dom`), given `budgetMs` of virtual time. */
export function dumpDom(engine: string, url: string, budgetMs = 2000): string {
  return runHeadless(engine, (_scratch, run) => run(['--dump-dom', `--virtual-time-budget=${budgetMs}`, url]));
}
