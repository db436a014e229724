/**
 * The demo agency's site in a real browser: headless Chromium (installed by .ci/run) opens the
 * index, runs a search without diacritics through the page's own script, follows a result's link,
 * and takes a screenshot. No Chromium fails these tests, saying how to install it.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { dumpDom, findChromium, screenshot } from '../../src/browser/chromium.js';
import { DEMO_AGENCY, HANG_LIMIT_MS, runBin, tempFolder } from '../helpers/index.js';

const out = join(tempFolder(), 'site');
let engine = '';

beforeAll(() => {
  const result = runBin(['site', '-C', resolve(DEMO_AGENCY), '--out', out, '--today', '2026-11-27'], tempFolder());
  expect(result.code, result.stderr).toBe(0);
  engine = findChromium(process.env, 'en');
}, HANG_LIMIT_MS);

/** The result links of the index's search for `query`, as the browser built them. */
function searchResults(query: string): Array<{ href: string; code: string }> {
  const url = `${pathToFileURL(join(out, 'index.html')).href}?q=${encodeURIComponent(query)}`;
  const dom = dumpDom(engine, url);
  const list = /<ol id="results"[^>]*>([\s\S]*?)<\/ol>/.exec(dom)?.[1] ?? '';
  return [...list.matchAll(/<a href="([^"]+)" class="code">([^<]+)<\/a>/g)].map((m) => ({ href: m[1]!, code: m[2]! }));
}

describe('the site in headless Chromium', () => {
  it(
    'finds "Đánh giá nội bộ" when searched as "danh gia noi bo", and "đăng ký" as "dang ky"',
    () => {
      const audit = searchResults('danh gia noi bo');
      expect(audit.map((r) => r.code)).toContain('QT-TCHC-03');
      expect(audit[0]!.code).toMatch(/QT-TCHC-03|BM-0\d\/QT-TCHC-03/);
      const plain = searchResults('dang ky').map((r) => r.code);
      const marked = searchResults('đăng ký').map((r) => r.code);
      expect(plain).toContain('QT-KHCN-01');
      expect(marked).toEqual(plain);
    },
    HANG_LIMIT_MS,
  );

  it(
    'follows a search result to the document page, and from it to a form',
    () => {
      const hit = searchResults('QT-KHCN-01').find((r) => r.code === 'QT-KHCN-01')!;
      expect(hit.href).toBe('d-QT-KHCN-01.html');
      const page = dumpDom(engine, pathToFileURL(join(out, hit.href)).href);
      expect(page).toContain('<h1>QT-KHCN-01 — Quy trình đăng ký chuyển giao công nghệ');
      const form = /<a href="(d-BM-01-QT-KHCN-01\.html)">BM-01\/QT-KHCN-01<\/a>/.exec(page)![1]!;
      expect(dumpDom(engine, pathToFileURL(join(out, form)).href)).toContain('Phiếu thẩm định hồ sơ đăng ký chuyển giao công nghệ');
    },
    HANG_LIMIT_MS,
  );

  it(
    'takes a screenshot of the index with a search run: a PNG of the window size',
    () => {
      const png = screenshot(engine, `${pathToFileURL(join(out, 'index.html')).href}?q=danh%20gia`, 1000, 800);
      expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
      expect(png.readUInt32BE(16)).toBe(1000);
      expect(png.readUInt32BE(20)).toBe(800);
      // The stylesheet loaded: the page is not blank white (a PNG of one colour compresses to almost nothing).
      expect(png.length).toBeGreaterThan(20_000);
      expect(readFileSync(join(out, 'assets/site.css'), 'utf8')).toContain('@media print');
    },
    HANG_LIMIT_MS,
  );
});
