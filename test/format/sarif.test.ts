/**
 * SARIF output, validated against the official OASIS SARIF 2.1.0 schema (errata01, JSON Schema
 * draft-04, vendored in schemas/vendor/) with ajv-draft-04.
 */
import AjvModule from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { fileUri, formatSarif, ruleDocsUri, ruleName, type ReportingDescriptor, type SarifResult } from '../../src/format/sarif.js';
import type { Finding } from '../../src/model/repository.js';
import { ruleDescription } from '../../src/i18n/messages/index.js';
import { DOCS_BASE, finding, FORM_NFD, formatContext, MIXED, readRepoFile, RULE_METAS, textOf } from './support.js';

// ajv-draft-04 is CommonJS: its module object is the class, and `.default` is the class too.
const Ajv = AjvModule.default;

/** RFC 3986 URI-reference: only unreserved, reserved and percent-encoded characters. */
const URI_REFERENCE = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/;

function sarifValidator() {
  const ajv = new Ajv({ allErrors: true });
  ajv.addFormat('uri', (value: string) => URI_REFERENCE.test(value) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value) && URL.canParse(value));
  ajv.addFormat('uri-reference', (value: string) => URI_REFERENCE.test(value));
  ajv.addFormat('date-time', (value: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(value));
  return ajv.compile(JSON.parse(readRepoFile('schemas/vendor/sarif-schema-2.1.0.json')) as object);
}
const validate = sarifValidator();

interface Log {
  $schema: string;
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; semanticVersion?: string; informationUri: string; rules: ReportingDescriptor[] } };
    originalUriBaseIds: Record<string, unknown>;
    columnKind: string;
    results: SarifResult[];
  }>;
}

function sarif(findings: readonly Finding[], docsBaseUri = DOCS_BASE): Log {
  return JSON.parse(formatSarif(findings, formatContext({ rules: RULE_METAS, toolVersion: '0.1.0', docsBaseUri }))) as Log;
}

function expectValid(log: Log): void {
  const valid = validate(log);
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
  expect(valid).toBe(true);
}

const HOSTILE: readonly Finding[] = [
  finding({ file: 'a:b/c#1?x=%20 100%.md', message: 'line one\nline two\r\n"quoted" <tag> & \\ \u0000' }),
  finding({ file: 'emoji 📄/tờ trình.md', line: 3, column: 7, severity: 'info', ruleId: 'register/id' }),
];

describe('formatSarif', () => {
  it('is valid SARIF 2.1.0 with Vietnamese file names, spaces and every severity', () => {
    const log = sarif(MIXED);
    expectValid(log);
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]!.results.map((r) => r.level)).toEqual(['warning', 'warning', 'error', 'error', 'note', 'error', 'note']);
  });

  it('is valid with zero findings, and still describes every rule', () => {
    const log = sarif([]);
    expectValid(log);
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.tool.driver.rules).toHaveLength(RULE_METAS.length);
  });

  it('is valid with hostile paths and messages', () => {
    const log = sarif(HOSTILE);
    expectValid(log);
    expect(log.runs[0]!.results[0]!.message.text).toBe(textOf(HOSTILE[0]!));
  });

  it('rejects what the schema forbids (the validator is not vacuous)', () => {
    const log = sarif(MIXED);
    const broken = structuredClone(log);
    (broken.runs[0]!.results[0] as { level: string }).level = 'info'; // not a SARIF level
    broken.runs[0]!.results[1]!.locations[0]!.physicalLocation.artifactLocation.uri = 'quy trình/a.md';
    expect(validate(broken)).toBe(false);
    const paths = (validate.errors ?? []).map((error) => error.instancePath);
    expect(paths).toContain('/runs/0/results/0/level');
    expect(paths).toContain('/runs/0/results/1/locations/0/physicalLocation/artifactLocation/uri');
  });

  it('lists every rule of the catalogue once, in catalogue order', () => {
    const driver = sarif(MIXED).runs[0]!.tool.driver;
    expect(driver.name).toBe('qms');
    expect(driver.version).toBe('0.1.0');
    expect(driver.informationUri).toBe(DOCS_BASE);
    const ids = driver.rules.map((rule) => rule.id);
    expect(ids).toEqual(RULE_METAS.map((meta) => meta.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('describes each rule: name, descriptions, help, level, ISO clause and group tag', () => {
    const rules = sarif([]).runs[0]!.tool.driver.rules;
    const levels = { error: 'error', warning: 'warning', info: 'note' } as const;
    RULE_METAS.forEach((meta, i) => {
      const rule = rules[i]!;
      const description = ruleDescription('en', meta.id);
      expect(description).not.toBe(meta.id);
      expect(rule.shortDescription).toEqual({ text: description });
      expect(rule.fullDescription.text).toContain(description);
      expect(rule.helpUri).toBe(`https://qms.dev/${meta.docs}`);
      expect(rule.help.text).toContain(description);
      expect(rule.help.text).toContain(rule.helpUri);
      expect(rule.defaultConfiguration).toEqual({ level: levels[meta.severity] });
      expect(rule.properties).toEqual({ isoClause: meta.isoClause, tags: [meta.id.split('/')[0]], descriptions: { vi: ruleDescription('vi', meta.id), en: description } });
      expect(rule.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
    });
    const superseded = rules.find((rule) => rule.id === 'legal/superseded')!;
    expect(superseded.helpUri).toBe('https://qms.dev/docs/rules/legal/superseded.md');
    expect(superseded.name).toBe('LegalSuperseded');
  });

  it('describes the rules in the chosen language, and in both in the property bag', () => {
    const log = JSON.parse(formatSarif([], formatContext({ rules: RULE_METAS, toolVersion: '0.1.0', docsBaseUri: DOCS_BASE, language: 'vi' }))) as Log;
    expectValid(log);
    const superseded = log.runs[0]!.tool.driver.rules.find((rule) => rule.id === 'legal/superseded')!;
    expect(superseded.shortDescription.text).toBe(ruleDescription('vi', 'legal/superseded'));
    expect(superseded.fullDescription.text).toContain('ISO 9001:2015');
    expect(superseded.properties.descriptions).toEqual({ vi: ruleDescription('vi', 'legal/superseded'), en: ruleDescription('en', 'legal/superseded') });
    expect(superseded.properties.descriptions.vi).not.toBe(superseded.properties.descriptions.en);
  });

  it('points each result at its rule by ruleIndex', () => {
    for (const findings of [MIXED, HOSTILE]) {
      const run = sarif(findings).runs[0]!;
      run.results.forEach((result, i) => {
        expect(result.ruleId).toBe(findings[i]!.ruleId);
        expect(run.tool.driver.rules[result.ruleIndex!]!.id).toBe(result.ruleId);
      });
    }
  });

  it('leaves ruleIndex out for a rule outside the catalogue, and stays valid', () => {
    const log = sarif([finding({ file: 'a.md', ruleId: 'plugin/other' })]);
    expectValid(log);
    expect(log.runs[0]!.results[0]).not.toHaveProperty('ruleIndex');
  });

  it('gives each location a relative, percent-encoded URI under %SRCROOT%, line and UTF-16 column', () => {
    const run = sarif(MIXED).runs[0]!;
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(Object.keys(run.originalUriBaseIds)).toEqual(['%SRCROOT%']);
    const location = run.results[3]!.locations[0]!.physicalLocation;
    expect(location).toEqual({
      artifactLocation: { uri: 'quy%20tr%C3%ACnh/QT-KHCN-01%20Qu%E1%BA%A3n%20l%C3%BD%20%C4%91%E1%BB%81%20t%C3%A0i.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 14, startColumn: 5 },
    });
    expect(run.results[3]!.message).toEqual({ text: textOf(MIXED[3]!) });
  });

  it.each([
    ['procedures/QT-KHCN-01.md', 'procedures/QT-KHCN-01.md'],
    ['quy trình/tờ trình.md', 'quy%20tr%C3%ACnh/t%E1%BB%9D%20tr%C3%ACnh.md'],
    // NFD stays NFD: the URI names the bytes on disk (e + combining circumflex + combining acute).
    ['tế.md'.normalize('NFD'), 'te%CC%82%CC%81.md'],
    ['50% #1?.md', '50%25%20%231%3F.md'],
    ['C:/x.md', 'C%3A/x.md'],
    ['lone \uD800.md', 'lone%20%EF%BF%BD.md'],
  ])('encodes %j as %j', (file, uri) => {
    expect(fileUri(file)).toBe(uri);
    expect(uri).toMatch(URI_REFERENCE);
    if (!file.includes('\uD800')) expect(uri.split('/').map(decodeURIComponent).join('/')).toBe(file);
  });

  it('round-trips the NFD file name through the URI', () => {
    const uri = sarif(MIXED).runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri;
    expect(decodeURIComponent(uri)).toBe(FORM_NFD);
    expect(decodeURIComponent(uri)).not.toBe(FORM_NFD.normalize('NFC'));
  });

  it('is deterministic, pretty-printed and ends with a newline', () => {
    const context = formatContext({ rules: RULE_METAS, toolVersion: '0.1.0', docsBaseUri: DOCS_BASE });
    const text = formatSarif(MIXED, context);
    expect(formatSarif(MIXED, context)).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "version": "2.1.0"');
  });

  it('joins the docs base with one slash, with or without a trailing one', () => {
    expect(ruleDocsUri('https://qms.dev', 'docs/rules/legal/superseded.md')).toBe('https://qms.dev/docs/rules/legal/superseded.md');
    expect(ruleDocsUri('https://qms.dev/', 'docs/rules/legal/superseded.md')).toBe('https://qms.dev/docs/rules/legal/superseded.md');
    const helpUris = (base: string) => sarif([], base).runs[0]!.tool.driver.rules.map((rule) => rule.helpUri);
    expect(helpUris('https://github.com/org/qms/blob/v0.1.0')).toEqual(helpUris('https://github.com/org/qms/blob/v0.1.0/'));
  });

  it('gives semanticVersion only for a semantic version', () => {
    const driver = (toolVersion: string) => (JSON.parse(formatSarif([], formatContext({ rules: RULE_METAS, toolVersion, docsBaseUri: DOCS_BASE }))) as Log).runs[0]!.tool.driver;
    expect(driver('1.2.3-rc.1').semanticVersion).toBe('1.2.3-rc.1');
    expect(driver('dev')).not.toHaveProperty('semanticVersion');
  });

  it('names rules from their ids', () => {
    expect(ruleName('legal/update-overdue')).toBe('LegalUpdateOverdue');
    expect(ruleName('frontmatter/parse')).toBe('FrontmatterParse');
  });
});
