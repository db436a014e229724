/** SARIF 2.1.0 output of qms check (`--format sarif`): the log, its rule descriptors and the results' locations. */
import type { Severity } from '../config/types.js';
import type { Finding } from '../model/repository.js';
import type { RuleMeta } from '../rules/rule.js';
import type { FormatContext } from './context.js';
import { findingText } from '../i18n/messages/findings.js';
import { ruleDescription, t } from '../i18n/messages/index.js';
import type { Language } from '../i18n/language.js';
import { joinChunks, jsonWithArrayInPieces, mapLazily } from './chunks.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The base id every result's location is relative to: the repository root. */
export const SRCROOT = '%SRCROOT%';

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

export type SarifLevel = 'error' | 'warning' | 'note';

/** A rule as SARIF describes it (`tool.driver.rules[]`). */
export interface ReportingDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: SarifLevel };
  /** The description in both languages, for a reader whose language is not the run's (as results carry their messages). */
  properties: { isoClause: string; tags: string[]; descriptions: { vi: string; en: string } };
}

/** One finding as SARIF reports it (`runs[].results[]`). */
export interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: SarifLevel;
  message: { text: string };
  properties: { messageId: string; messages: { vi: string; en: string } };
  locations: [
    {
      physicalLocation: {
        artifactLocation: { uri: string; uriBaseId: string };
        region: { startLine: number; startColumn: number };
      };
    },
  ];
}

/**
 * `--format sarif`: SARIF 2.1.0 (OASIS), for GitHub code scanning, Azure DevOps and SARIF viewers
 * (docs/output.md#sarif). A pure function of its inputs: the same findings give the same bytes.
 * Of the context it uses the rules (one descriptor each), the tool version and `docsBaseUri`
 * (a rule's page is this followed by its `docs` path).
 */
export function formatSarif(findings: readonly Finding[], context: FormatContext): string {
  return joinChunks(sarifChunks(findings, context));
}

/** The place of `runs[0].results` in the log while the rest is rendered. */
const RESULTS = '\u0000qms:results\u0000';

/** formatSarif's text in pieces (see chunks.ts): the results are rendered a piece at a time. */
export function sarifChunks(findings: readonly Finding[], context: FormatContext): Iterable<string> {
  const { rules, toolVersion, docsBaseUri } = context;
  const index = new Map<string, number>();
  rules.forEach((rule, i) => {
    if (!index.has(rule.id)) index.set(rule.id, i);
  });
  const driver: Record<string, unknown> = {
    name: 'qms',
    version: toolVersion,
    ...(SEMVER.test(toolVersion) ? { semanticVersion: toolVersion } : {}),
    informationUri: docsBaseUri,
    rules: rules.map((rule) => descriptor(rule, docsBaseUri, context.language)),
  };
  // Findings come sorted by file: a file's URI is made once for its run of findings.
  let lastFile: string | undefined;
  let lastUri = '';
  const uriOf = (file: string): string => {
    if (file !== lastFile) {
      lastFile = file;
      lastUri = fileUri(file);
    }
    return lastUri;
  };
  const { language } = context;
  const results = mapLazily(findings, (finding): SarifResult => {
    const ruleIndex = index.get(finding.ruleId);
    const text = findingText(language, finding);
    return {
      ruleId: finding.ruleId,
      // A finding of a rule outside the catalogue keeps its id but points at no descriptor.
      ...(ruleIndex === undefined ? {} : { ruleIndex }),
      level: LEVEL[finding.severity],
      message: { text },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uriOf(finding.file), uriBaseId: SRCROOT },
            region: { startLine: finding.line, startColumn: finding.column },
          },
        },
      ],
      // Both languages, for a reader whose language is not the run's (SARIF §3.8 property bags).
      properties: { messageId: finding.messageId, messages: { vi: language === 'vi' ? text : findingText('vi', finding), en: language === 'en' ? text : findingText('en', finding) } },
    };
  });
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        originalUriBaseIds: {
          // No uri: the root is wherever the repository is checked out (SARIF §3.14.14).
          [SRCROOT]: { description: { text: t(context.language, 'sarif.srcroot', {}) } },
        },
        columnKind: 'utf16CodeUnits',
        results: RESULTS,
      },
    ],
  };
  return jsonWithArrayInPieces(log, RESULTS, results);
}

/** A rule's descriptor, its texts in the run's language (the description also in both). */
function descriptor(rule: RuleMeta, docsBaseUri: string, language: Language): ReportingDescriptor {
  const helpUri = ruleDocsUri(docsBaseUri, rule.docs);
  const description = ruleDescription(language, rule.id);
  const serves = t(language, 'rule.serves', { clause: rule.isoClause });
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: description },
    fullDescription: { text: `${description} ${serves}` },
    helpUri,
    help: {
      text: `${description}\n\n${serves}\n\n${t(language, 'rule.documentation', { uri: helpUri })}`,
      markdown: `${description}\n\n${serves}\n\n${t(language, 'rule.documentation-link', { rule: rule.id, uri: helpUri })}`,
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { isoClause: rule.isoClause, tags: [ruleGroup(rule.id)], descriptions: { vi: ruleDescription('vi', rule.id), en: ruleDescription('en', rule.id) } },
  };
}

/** `legal/update-overdue` → `legal`. */
export function ruleGroup(ruleId: string): string {
  const slash = ruleId.indexOf('/');
  return slash < 0 ? ruleId : ruleId.slice(0, slash);
}

/** `legal/update-overdue` → `LegalUpdateOverdue`: SARIF's `name` is an identifier-like friendly name. */
export function ruleName(ruleId: string): string {
  return ruleId
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part.length > 0)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

/**
 * A rule's documentation page: `docsBaseUri` joined to the rule's `docs` path with one `/`
 * (`https://qms.dev/` + `docs/rules/legal/superseded.md`).
 */
export function ruleDocsUri(docsBaseUri: string, docsPath: string): string {
  return `${docsBaseUri.replace(/\/+$/, '')}/${docsPath.replace(/^\/+/, '')}`;
}

/**
 * A repository-relative path as a relative URI reference (RFC 3986): each `/`-separated segment
 * percent-encoded as UTF-8, so spaces, Vietnamese letters, `%`, `#`, `?` and `:` cannot be misread.
 * The letters are encoded as written (NFC or NFD): the URI names the file on disk.
 */
export function fileUri(file: string): string {
  return file
    .split('/')
    .map((segment) => encodeURIComponent(wellFormed(segment)))
    .join('/');
}

/** Lone surrogates (which encodeURIComponent rejects) become U+FFFD. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
