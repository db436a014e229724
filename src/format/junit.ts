/** JUnit XML output of qms check (`--format junit`): one testcase per (file, rule) with findings and per clean file. */
import type { Severity } from '../config/types.js';
import type { Finding } from '../model/repository.js';
import type { RuleMeta } from '../rules/rule.js';
import type { FormatContext } from './context.js';
import type { Language } from '../i18n/language.js';
import { findingText } from '../i18n/messages/findings.js';
import { ruleDescription, t } from '../i18n/messages/index.js';
import { compareFindings } from './order.js';

export const JUNIT_SUITE = 'qms check';

/** Classname of the passing test of a file without findings. */
export const CLEAN_CLASSNAME = 'qms.files';

/**
 * `--format junit`: JUnit XML for the test reports of GitLab (`artifacts:reports:junit`), Jenkins,
 * Azure Pipelines and other CI servers (docs/output.md#junit-xml). A pure function of its inputs.
 *
 * One `<testsuite name="qms check">` holds:
 * - one testcase per (file, rule) with findings — `classname="qms.<ruleId>"`, `name="<file>"` —
 *   failing with one `<failure type="<ruleId>">` whose text lists the findings as
 *   `file:line:column severity message` when any of them is an error or a warning, passing with the
 *   lines in `<system-out>` when they are all infos;
 * - one passing testcase per checked file without findings — `classname="qms.files"`.
 *
 * Why per (file, rule) rather than per file: GitLab keys a test by classname and name and compares
 * a merge request's report with its target branch's. Per file, a new problem in a file that
 * already had one would be an "existing failure" and go unnoticed; per (file, rule) it is a new
 * failure. GitLab shows classname as the suite, so the rule is visible in the list, and each
 * failure's text holds only that rule's findings.
 *
 * Warnings are failures: GitLab's widget lists failed tests only, so a warning reported as a
 * passing test would be seen by no one. The report decides nothing: the job's status is qms's exit
 * code (docs/output.md#exit-codes). Infos never fail a test, as they never fail a run.
 *
 * Of the context it uses `files` (the files checked, paths relative to the repository root with
 * `/`: each one is a test) and `rules` (each failure's text ends with its rule's description).
 */
export function formatJunit(findings: readonly Finding[], context: FormatContext): string {
  const { language } = context;
  const metas = new Map(context.rules.map((rule) => [rule.id, rule] as const));
  const byFile = new Map<string, Map<string, Finding[]>>();
  for (const file of context.files) byFile.set(file, new Map());
  for (const finding of findings) {
    let byRule = byFile.get(finding.file);
    if (!byRule) byFile.set(finding.file, (byRule = new Map()));
    const list = byRule.get(finding.ruleId);
    if (list) list.push(finding);
    else byRule.set(finding.ruleId, [finding]);
  }

  const cases: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const file of [...byFile.keys()].sort(compareText)) {
    const byRule = byFile.get(file)!;
    if (byRule.size === 0) {
      tests++;
      cases.push(`    <testcase classname="${attribute(CLEAN_CLASSNAME)}" name="${attribute(file)}"/>`);
      continue;
    }
    for (const ruleId of [...byRule.keys()].sort(compareText)) {
      const group = byRule.get(ruleId)!.sort(compareFindings);
      tests++;
      const rule = metas.get(ruleId);
      const open = `    <testcase classname="${attribute(`qms.${ruleId}`)}" name="${attribute(file)}">`;
      const failing = group.filter((finding) => finding.severity !== 'info');
      if (failing.length > 0) {
        failures++;
        const failure = `<failure type="${attribute(ruleId)}" message="${attribute(failureMessage(failing, rule, language))}">${text(details(group, ruleId, rule, language))}</failure>`;
        cases.push(open, `      ${failure}`, '    </testcase>');
      } else {
        cases.push(open, `      <system-out>${text(details(group, ruleId, rule, language))}</system-out>`, '    </testcase>');
      }
    }
  }

  const counts = `tests="${tests}" failures="${failures}" errors="0"`;
  const suiteOpen = `  <testsuite name="${attribute(JUNIT_SUITE)}" ${counts} skipped="0"`;
  const suite = cases.length === 0 ? [`${suiteOpen}/>`] : [`${suiteOpen}>`, ...cases, '  </testsuite>'];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="qms" ${counts}>`,
    ...suite,
    '</testsuites>',
    '',
  ].join('\n');
}

/** The `message` attribute: the finding itself, or the counts and what the rule asks for. */
function failureMessage(failing: readonly Finding[], rule: RuleMeta | undefined, language: Language): string {
  if (failing.length === 1) return `${failing[0]!.severity}: ${findingText(language, failing[0]!)}`;
  const bySeverity = (severity: Severity) => failing.filter((finding) => finding.severity === severity).length;
  const counts = t(language, 'report.counts', { errors: bySeverity('error'), warnings: bySeverity('warning'), infos: 0 })
    .split(', ')
    .filter((part) => !part.startsWith('0 '));
  return rule ? `${counts.join(', ')}: ${ruleDescription(language, rule.id)}` : counts.join(', ');
}

/** The element text: one line per finding, then the rule and its documentation. */
function details(group: readonly Finding[], ruleId: string, rule: RuleMeta | undefined, language: Language): string {
  const lines = group.map((finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.severity} ${findingText(language, finding)}`);
  if (rule) lines.push('', t(language, 'rule.junit-details', { rule: ruleId, description: ruleDescription(language, ruleId), clause: rule.isoClause, docs: rule.docs }));
  return `${lines.join('\n')}\n`;
}

/**
 * Characters XML 1.0 cannot hold at all, not even as references: C0 controls other than tab, LF
 * and CR, lone surrogates, U+FFFE and U+FFFF. They are dropped.
 */
// eslint-disable-next-line no-control-regex -- these control characters are what is matched
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripInvalidXml(value: string): string {
  return value.replace(INVALID_XML, '');
}

/** Element content: `&`, `<`, `>` (so `]]>` cannot appear) and CR, which parsers would turn into LF. */
export function text(value: string): string {
  return stripInvalidXml(value).replace(/[&<>\r]/g, (c) => ENTITY[c]!);
}

/** An attribute value in double quotes: also quotes, and tab and line breaks, which parsers would turn into spaces. */
export function attribute(value: string): string {
  return stripInvalidXml(value).replace(/[&<>"'\t\n\r]/g, (c) => ENTITY[c]!);
}

const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** By UTF-16 code unit, as findings are sorted. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
