import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BARE_CONFIG, checkFolder, KHCN_BODY, KHCN_FRONT_MATTER, KHCN_REGISTER, lineOf, makeRepo, runMain, TODAY } from '../helpers/index.js';

const FILE = 'procedures/QT-KHCN-01.md';
const CONFIG = 'types:\n  procedure:\n    sections: []\n    regions: [approval, history, legal-basis]\n';

function repo(body = KHCN_BODY, config = CONFIG, front = KHCN_FRONT_MATTER): string {
  return makeRepo({ 'qms.config.yaml': config, ...KHCN_REGISTER, [FILE]: front + body });
}

function stale(root: string, today = TODAY): string[] {
  return checkFolder(root, today)
    .filter((f) => f.ruleId === 'generated/stale')
    .map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message}`);
}

async function render(root: string, today = TODAY): Promise<string> {
  const result = await runMain(['render', '--today', today], root);
  expect(result.stderr).toBe('');
  return readFileSync(join(root, FILE), 'utf8');
}

const BODY_LINE = KHCN_FRONT_MATTER.split('\n').length;

describe('generated/stale', () => {
  it('reports the regions a type requires but a document lacks, once, at the body start', () => {
    expect(stale(repo())).toEqual([
      `${FILE}:${BODY_LINE}:1 error generated regions "approval", "history" and "legal-basis" are missing (types.procedure.regions requires them): run qms render ${FILE} to insert them`,
    ]);
  });

  it('reports nothing once rendered, and nothing for types without regions and without markers', async () => {
    const root = repo();
    await render(root);
    expect(stale(root)).toEqual([]);
    expect(stale(repo(KHCN_BODY, BARE_CONFIG))).toEqual([]);
  });

  it('reports a region edited by hand, or made stale by the front matter, at its begin marker', async () => {
    const root = repo();
    const text = await render(root);
    const edited = text.replace('| Họ và tên | Nguyễn Văn An |', '| Họ và tên | Nguyễn Văn Ân |').replace('Ban hành lần đầu }', 'Ban hành lần thứ nhất }');
    writeFileSync(join(root, FILE), edited);
    expect(stale(root)).toEqual([
      `${FILE}:${lineOf(edited, '<!-- qms:begin approval')}:1 error generated region "approval" is out of date: it does not match approval in the front matter (or it was edited by hand): run qms render ${FILE}`,
      `${FILE}:${lineOf(edited, '<!-- qms:begin history')}:1 error generated region "history" is out of date: it does not match history in the front matter (or it was edited by hand): run qms render ${FILE}`,
    ]);
  });

  it('reports the legal basis as stale when a relation takes effect after it was rendered', async () => {
    const root = repo();
    const text = await render(root, '2022-01-01');
    expect(stale(root, '2022-01-01')).toEqual([]);
    expect(stale(root)).toEqual([
      `${FILE}:${lineOf(text, '<!-- qms:begin legal-basis')}:1 error generated region "legal-basis" is out of date: it does not match legal_basis, the TTHC records and the legal register as of ${TODAY} (or it was edited by hand): run qms render ${FILE}`,
    ]);
  });

  it('reports a region written with another line ending than the file', async () => {
    const root = repo();
    const text = (await render(root)).replace(/\n/g, '\r\n');
    const start = text.indexOf('<!-- qms:begin approval');
    const end = text.indexOf('<!-- qms:end approval');
    writeFileSync(join(root, FILE), text.slice(0, start) + text.slice(start, end).replace(/\r\n/g, '\n') + text.slice(end));
    expect(stale(root).map((f) => f.split(' ')[0])).toEqual([`${FILE}:${lineOf(text, '<!-- qms:begin approval')}:1`]);
  });

  it('reports unknown region names and unpaired markers at the marker', () => {
    const body = `\n# Quy trình\n\n<!-- qms:begin approval -->\n<!-- qms:end approval -->\n\n  <!-- qms:begin identification -->\n<!-- qms:begin signatures -->\nx\n<!-- qms:end signatures -->\n\n<!-- qms:end history -->\n`;
    const root = repo(body, BARE_CONFIG);
    const text = KHCN_FRONT_MATTER + body;
    expect(stale(root)).toEqual([
      `${FILE}:${lineOf(text, '<!-- qms:begin approval')}:1 error generated region "approval" is out of date: it does not match approval in the front matter (or it was edited by hand): run qms render ${FILE}`,
      `${FILE}:${lineOf(text, '<!-- qms:begin identification')}:3 error "<!-- qms:begin identification -->" has no matching "<!-- qms:end identification -->" after it: pair the markers (or remove the stray one), then run qms render ${FILE}`,
      `${FILE}:${lineOf(text, '<!-- qms:begin signatures')}:1 error unknown generated region "signatures": qms renders identification, approval, history, legal-basis, tthc-dossier, tthc-time-limit, tthc-fees, tthc-conditions, tthc-result: rename or remove the markers, then run qms render ${FILE}`,
      `${FILE}:${lineOf(text, '<!-- qms:end history')}:1 error "<!-- qms:end history -->" has no matching "<!-- qms:begin history -->" before it: pair the markers (or remove the stray one), then run qms render ${FILE}`,
    ]);
  });

  it('counts columns without a byte-order mark and finds regions in CRLF, NFD files', async () => {
    const root = makeRepo({ 'qms.config.yaml': CONFIG, ...KHCN_REGISTER, [FILE]: `\uFEFF${KHCN_FRONT_MATTER}${KHCN_BODY}`.replace(/\n/g, '\r\n').normalize('NFD') });
    await render(root);
    expect(stale(root)).toEqual([]);
    const text = readFileSync(join(root, FILE), 'utf8');
    expect(text.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(text).toBe(text.normalize('NFD'));
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});
