/**
 * JUnit XML, validated with xmllint (libxml2, as WebAssembly) against the JUnit schema of the
 * Jenkins xUnit plugin (junit-10.xsd, vendored in schemas/vendor/).
 */
import { validateXML } from 'xmllint-wasm';
import { describe, expect, it } from 'vitest';
import { attribute, formatJunit, text } from '../../src/format/junit.js';
import type { Finding } from '../../src/model/repository.js';
import { ruleDescription } from '../../src/i18n/messages/index.js';
import { finding, FORM_NFD, formatContext, MIXED, PROCEDURE, readRepoFile, RULE_METAS, textOf } from './support.js';

const XSD = readRepoFile('schemas/vendor/junit-10.xsd');

async function schemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'report.xml', contents: xml }], schema: [XSD] });
  return result.errors.map((error) => error.rawMessage);
}

async function expectValid(xml: string): Promise<void> {
  expect(await schemaErrors(xml)).toEqual([]);
}

function junit(findings: readonly Finding[], files: readonly string[]): string {
  return formatJunit(findings, formatContext({ files, rules: RULE_METAS }));
}

/** Decodes the five entities and numeric references this formatter writes. */
function decode(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, (_, name: string) =>
    name.startsWith('#') ? String.fromCharCode(Number(name.slice(1))) : { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name]!,
  );
}

interface TestCase {
  classname: string;
  name: string;
  failure?: { type: string; message: string; text: string };
  systemOut?: string;
}

/** The testcases of the report (a reader for this formatter's layout, not a general XML parser). */
function testcases(xml: string): TestCase[] {
  const cases: TestCase[] = [];
  const pattern = /<testcase classname="([^"]*)" name="([^"]*)"(?:\/>|>([\s\S]*?)<\/testcase>)/g;
  for (const [, classname, name, body] of xml.matchAll(pattern)) {
    const entry: TestCase = { classname: decode(classname!), name: decode(name!) };
    const failure = body && /<failure type="([^"]*)" message="([^"]*)">([\s\S]*?)<\/failure>/.exec(body);
    if (failure) entry.failure = { type: decode(failure[1]!), message: decode(failure[2]!), text: decode(failure[3]!) };
    const out = body && /<system-out>([\s\S]*?)<\/system-out>/.exec(body);
    if (out) entry.systemOut = decode(out[1]!);
    cases.push(entry);
  }
  return cases;
}

function counts(xml: string): Record<string, string> {
  const suite = /<testsuite ([^>]*?)\/?>/.exec(xml)![1]!;
  return Object.fromEntries([...suite.matchAll(/(\w+)="([^"]*)"/g)].map(([, key, value]) => [key!, value!]));
}

const FILES = [PROCEDURE, FORM_NFD, 'quy trình/QT-KHCN-02 Tiếp nhận hồ sơ.md', 'procedures/QT-TCCB-01.md'];

describe('formatJunit', () => {
  it('rejects what the schema forbids (the validator is not vacuous)', async () => {
    const xml = junit([], FILES);
    expect(await schemaErrors(xml.replace(' failures="0" errors="0" skipped="0"', ''))).not.toEqual([]);
    expect(await schemaErrors(xml.replace('name="procedures/QT-TCCB-01.md"', ''))).not.toEqual([]);
    expect(await schemaErrors(xml.replace('procedures/QT-TCCB-01.md', 'a\u0001b'))).not.toEqual([]);
  });

  it('reports a clean run: one passing test per checked file', async () => {
    const xml = junit([], FILES);
    await expectValid(xml);
    expect(counts(xml)).toEqual({ name: 'qms check', tests: '4', failures: '0', errors: '0', skipped: '0' });
    expect(testcases(xml)).toEqual(
      [...FILES].sort((a, b) => (a < b ? -1 : 1)).map((name) => ({ classname: 'qms.files', name })),
    );
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="qms" tests="4" failures="0" errors="0">\n')).toBe(true);
  });

  it('gives the rule descriptions in the chosen language', () => {
    const failing = [finding({ file: 'a.md', ruleId: 'legal/superseded' }), finding({ file: 'a.md', ruleId: 'legal/superseded', line: 9 })];
    const xml = formatJunit(failing, formatContext({ files: ['a.md'], rules: RULE_METAS, language: 'vi' }));
    expect(xml).toContain(ruleDescription('vi', 'legal/superseded'));
    expect(xml).not.toContain(ruleDescription('en', 'legal/superseded'));
    expect(xml).toContain('căn cứ pháp lý');
  });

  it('reports no files at all as an empty suite', async () => {
    const xml = junit([], []);
    await expectValid(xml);
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="qms" tests="0" failures="0" errors="0">\n' +
        '  <testsuite name="qms check" tests="0" failures="0" errors="0" skipped="0"/>\n</testsuites>\n',
    );
  });

  it('fails a test per (file, rule) for warnings only', async () => {
    const warnings = MIXED.filter((f) => f.severity === 'warning');
    const xml = junit(warnings, FILES);
    await expectValid(xml);
    expect(counts(xml)).toMatchObject({ tests: '4', failures: '2', errors: '0' });
    const failed = testcases(xml).filter((c) => c.failure);
    expect(failed.map((c) => [c.classname, c.name])).toEqual([
      ['qms.code/filename', FORM_NFD],
      ['qms.review/overdue', PROCEDURE],
    ]);
    expect(failed[1]!.failure!.type).toBe('review/overdue');
    expect(failed[1]!.failure!.message).toBe(`warning: ${textOf(warnings[1]!)}`);
    expect(failed[1]!.failure!.text.split('\n')[0]).toBe(`${PROCEDURE}:6:1 warning ${textOf(warnings[1]!)}`);
  });

  it('reports errors, warnings and infos: infos pass, with their lines in system-out', async () => {
    const xml = junit(MIXED, FILES);
    await expectValid(xml);
    const cases = testcases(xml);
    // Procedure: frontmatter/schema (info), legal/superseded (2 errors), ref/obsolete, review/overdue;
    // form: code/filename; register: register/dates (info); two clean files.
    expect(cases.map((c) => `${c.classname} ${c.name} ${c.failure ? 'failed' : 'passed'}`)).toEqual([
      `qms.code/filename ${FORM_NFD} failed`,
      'qms.files procedures/QT-TCCB-01.md passed',
      `qms.frontmatter/schema ${PROCEDURE} passed`,
      `qms.legal/superseded ${PROCEDURE} failed`,
      `qms.ref/obsolete ${PROCEDURE} failed`,
      `qms.review/overdue ${PROCEDURE} failed`,
      'qms.files quy trình/QT-KHCN-02 Tiếp nhận hồ sơ.md passed',
      'qms.register/dates register/legal.yaml passed',
    ]);
    expect(counts(xml)).toMatchObject({ tests: String(cases.length), failures: '4', errors: '0', skipped: '0' });

    const superseded = cases.find((c) => c.classname === 'qms.legal/superseded')!;
    expect(superseded.failure!.type).toBe('legal/superseded');
    expect(superseded.failure!.message).toBe(`2 errors: ${ruleDescription('en', 'legal/superseded')}`);
    expect(superseded.failure!.text.split('\n').slice(0, 2)).toEqual([
      `${PROCEDURE}:14:5 error ${textOf(MIXED[3]!)}`,
      `${PROCEDURE}:31:9 error ${textOf(MIXED[5]!)}`,
    ]);
    expect(superseded.failure!.text).toContain('see docs/rules/legal/superseded.md');

    const info = cases.find((c) => c.classname === 'qms.frontmatter/schema')!;
    expect(info.failure).toBeUndefined();
    expect(info.systemOut!.split('\n')[0]).toBe(`${PROCEDURE}:20:3 info unknown field "ngay_ban_hanh"`);

    // A file with findings has no qms.files test; a file only findings name is still reported.
    expect(cases.filter((c) => c.name === PROCEDURE).map((c) => c.classname)).not.toContain('qms.files');
    expect(cases.some((c) => c.name === 'register/legal.yaml')).toBe(true);
    // GitLab keeps only the first test of a classname and name: every pair is unique.
    expect(new Set(cases.map((c) => `${c.classname}\u0000${c.name}`)).size).toBe(cases.length);
  });

  it('orders tests by file then rule, whatever the order of its inputs', () => {
    const xml = junit(MIXED, FILES);
    expect(junit([...MIXED].reverse(), [...FILES].reverse())).toBe(xml);
    const names = testcases(xml).map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('escapes hostile text and drops characters XML 1.0 cannot hold', async () => {
    const message = 'ends a CDATA ]]> here, <script>alert("x")</script> & \'quotes\'\ttab\r\nCRLF \u0000\u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF\uD800 end 📄';
    const hostile = [
      finding({ file: 'a&b <c> "d" \'e\'.md', message, ruleId: 'legal/superseded' }),
      finding({ file: 'x]]>y.md', message: ']]>', severity: 'warning', ruleId: 'code/filename' }),
      finding({ file: 'i.md', message, severity: 'info', ruleId: 'frontmatter/schema' }),
    ];
    const xml = junit(hostile, []);
    await expectValid(xml);
    expect(xml).not.toContain(']]>');
    // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    const cleaned = 'invalid YAML in front matter: ends a CDATA ]]> here, <script>alert("x")</script> & \'quotes\'\ttab\r\nCRLF  end 📄';
    const cases = testcases(xml);
    const first = cases.find((c) => c.name === hostile[0]!.file)!;
    expect(first.failure!.message).toBe(`error: ${cleaned}`);
    expect(first.failure!.text.split('\n\n')[0]).toBe(`${hostile[0]!.file}:1:1 error ${cleaned}`);
    expect(cases.find((c) => c.name === 'x]]>y.md')!.failure!.message).toBe('warning: invalid YAML in front matter: ]]>');
    expect(cases.find((c) => c.name === 'i.md')!.systemOut!.startsWith(`i.md:1:1 info ${cleaned}`)).toBe(true);
  });

  it.each([
    ['&<>"\'', '&amp;&lt;&gt;&quot;&apos;', '&amp;&lt;&gt;"\''],
    ['a\tb\nc\rd', 'a&#9;b&#10;c&#13;d', 'a\tb\nc&#13;d'],
    ['x\u0000y\u0008z\u000Bw\uFFFEv', 'xyzwv', 'xyzwv'],
    ['Đơn vị: Sở KH&CN 📄', 'Đơn vị: Sở KH&amp;CN 📄', 'Đơn vị: Sở KH&amp;CN 📄'],
  ])('escapes %j as %j in attributes and %j in text', (value, inAttribute, inText) => {
    expect(attribute(value)).toBe(inAttribute);
    expect(text(value)).toBe(inText);
  });
});
