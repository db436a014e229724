/** Rendering generated regions: comparing them with what qms writes, replacing stale ones, inserting required ones, leaving the rest. */
import type { FindingMessage } from '../i18n/messages/findings.js';
import { REGION_NAMES, type QmsConfig, type RegionName } from '../config/types.js';
import type { ControlledDocument } from '../model/document.js';
import { splitFrontMatter } from '../document/split.js';
import { scanBody, type BodyStructure, type GeneratedRegion } from '../markdown/scan.js';
import { sectionName } from '../rules/structure/sections.js';
import { buildRegion, type BuildContext } from './build.js';
import { toMarkdown } from './markdown.js';
import { isTthcRegion } from './tthc.js';
import { LineIndex, type Position } from '../util/lines.js';

/**
 * Generated regions (docs/generated-sections.md): what belongs between `<!-- qms:begin NAME -->`
 * and `<!-- qms:end NAME -->`, and a pure renderer that splices it into a file's text by offsets, so
 * every byte outside the regions stays as it was.
 */

/** Everything rendering needs: the register, the config, the day of the run and the words. */
export interface RenderContext extends BuildContext {
  config: QmsConfig;
}

/** How generated text is written into a file: its line ending and Unicode form. */
export interface TextStyle {
  eol: '\n' | '\r\n';
  /** The file is not NFC, so generated text is written in NFD like (most of) it. */
  nfd: boolean;
}

/** Why rendering left part of a document alone: where, and a catalogue message (in the language of the run when printed). */
export type RenderProblem = {
  /** Offset in the text the problem concerns (a marker, or the body start). */
  offset: number;
} & FindingMessage;

export interface RenderResult {
  /** The rendered text (the input when nothing changed). */
  text: string;
  changed: boolean;
  /** Regions the document's type requires that the input lacked. */
  missing: RegionName[];
  /** Of those, the ones inserted. */
  inserted: RegionName[];
  /** Regions whose content was replaced by different content (a name once per region). */
  updated: RegionName[];
  /** Why part or all of the document was left alone: unpaired markers, unknown region names, no place to insert. */
  problems: RenderProblem[];
}

/** A region whose content differs from what render would write. */
export interface StaleRegion {
  name: RegionName;
  region: GeneratedRegion;
  expected: string;
}

/** What a document's regions look like against what render would write. */
export interface Inspection {
  bodyStart: number;
  style: TextStyle;
  structure: BodyStructure;
  stale: StaleRegion[];
  /** Required regions the document lacks. */
  missing: RegionName[];
  /** Regions with a name qms does not render. */
  unknown: GeneratedRegion[];
  /** Content expected per region name present or missing. */
  expected: Map<RegionName, string>;
}

const ORDER: Record<RegionName, number> = {
  identification: 0,
  approval: 1,
  history: 2,
  'legal-basis': 3,
  'tthc-dossier': 4,
  'tthc-time-limit': 5,
  'tthc-fees': 6,
  'tthc-conditions': 7,
  'tthc-result': 8,
};
const ATX = /^ {0,3}#{1,6}(?:[ \t]|$)/;

export function isRegionName(name: string): name is RegionName {
  return (REGION_NAMES as readonly string[]).includes(name);
}

/** The line ending of the file's first line break (LF when it has none or it is a lone CR) and whether it is NFC. */
export function textStyle(text: string): TextStyle {
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  const crlf = cr >= 0 && (lf < 0 || cr < lf) && text.charCodeAt(cr + 1) === 10;
  return { eol: crlf ? '\r\n' : '\n', nfd: text !== text.normalize('NFC') };
}

/** Offset of the body: after the front matter (and a byte-order mark), as readControlledDocument reads it. */
export function bodyStartOf(text: string): number {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const split = splitFrontMatter(text, start);
  if (split.kind === 'ok') return split.bodyStart;
  return split.kind === 'unterminated' ? text.length : start;
}

/** The regions a document's type requires (`types.<type>.regions`), in their rendering order. */
export function requiredRegions(document: ControlledDocument, config: QmsConfig): readonly RegionName[] {
  const type = document.type?.value;
  const listed = type !== undefined && Object.hasOwn(config.types, type) ? config.types[type]!.regions : undefined;
  if (!listed || listed.length === 0) return [];
  // Asked for each document, up to three times: put in order once per list of the config.
  let regions = ordered.get(listed);
  if (!regions) ordered.set(listed, (regions = Object.freeze([...new Set(listed)].filter(isRegionName).sort((a, b) => ORDER[a] - ORDER[b]))));
  return regions;
}

const ordered = new WeakMap<readonly string[], readonly RegionName[]>();

/** A region's Markdown as generated (LF, NFC), without the markers: '' when there is nothing to show. */
export function regionMarkdown(name: RegionName, document: ControlledDocument, context: BuildContext): string {
  return toMarkdown(buildRegion(name, document, context)).normalize('NFC');
}

/**
 * The exact text render writes between the begin marker's line and the end marker's line: a blank
 * line, the Markdown, a blank line (so tables and lists never run into a marker), in the file's
 * line ending and Unicode form; a single blank line when there is nothing to show. Always ends with
 * a line break.
 */
export function expectedRegionContent(name: RegionName, document: ControlledDocument, context: BuildContext, style: TextStyle): string {
  const markdown = regionMarkdown(name, document, context);
  return styled(markdown === '' ? '\n' : `\n${markdown}\n`, style);
}

function styled(text: string, style: TextStyle): string {
  const normalized = style.nfd ? text.normalize('NFD') : text;
  return style.eol === '\n' ? normalized : normalized.replace(/\n/g, style.eol);
}

/** Compares a document's regions with what render would write; reads nothing but its arguments. */
export function inspectDocument(text: string, document: ControlledDocument, context: RenderContext): Inspection {
  const bodyStart = bodyStartOf(text);
  const structure = scanBody(text, bodyStart);
  const style = textStyle(text);
  const expected = new Map<RegionName, string>();
  const expect = (name: RegionName): string => {
    let content = expected.get(name);
    if (content === undefined) {
      content = expectedRegionContent(name, document, context, style);
      expected.set(name, content);
    }
    return content;
  };
  const stale: StaleRegion[] = [];
  const unknown: GeneratedRegion[] = [];
  for (const region of structure.regions) {
    if (!isRegionName(region.name)) {
      unknown.push(region);
      continue;
    }
    const content = expect(region.name);
    if (text.slice(region.contentStart, region.contentEnd) !== content) stale.push({ name: region.name, region, expected: content });
  }
  const present = new Set(structure.regions.map((r) => r.name));
  const missing = requiredRegions(document, context.config).filter((name) => !present.has(name));
  for (const name of missing) expect(name);
  return { bodyStart, style, structure, stale, missing, unknown, expected };
}

/**
 * Renders a document's generated regions: replaces the content of every region present with fresh
 * content, and inserts the regions its type requires but it lacks (docs/generated-sections.md).
 * Pure: `text` and `document` (read from that text) in, text out. Rendering the result again gives
 * the same text. A document with an unpaired marker is left alone.
 */
export function renderDocument(text: string, document: ControlledDocument, context: RenderContext): RenderResult {
  const inspection = inspectDocument(text, document, context);
  const { structure, missing } = inspection;
  const problems: RenderProblem[] = [];
  const unchanged = (): RenderResult => ({ text, changed: false, missing, inserted: [], updated: [], problems });

  if (structure.strayMarkers.length > 0) {
    for (const marker of structure.strayMarkers) problems.push({ offset: marker.offset, ...strayMarkerMessage(marker, document.file) });
    return unchanged();
  }
  for (const region of inspection.unknown) problems.push({ offset: region.start, messageId: 'generated/stale.unknown', data: { name: region.name, file: document.file } });

  const replacements: Edit[] = inspection.stale.map((s) => ({ start: s.region.contentStart, end: s.region.contentEnd, text: s.expected }));
  const updated = inspection.stale.map((s) => s.name);
  const insertions = planInsertions(text, inspection, context);
  if (replacements.length === 0 && insertions.edits.length === 0) return unchanged();

  const withAll = applyEdits(text, [...replacements, ...insertions.edits]);
  if (verify(withAll, inspection, missing)) {
    return { text: withAll, changed: withAll !== text, missing, inserted: missing, updated, problems };
  }
  // Something keeps a region from being read where it would go (the body ends inside a code block
  // or a comment, say): keep the insertions that work on their own, and say which do not.
  const kept: Edit[] = [...replacements];
  const inserted: RegionName[] = [];
  if (!verify(applyEdits(text, kept), inspection, inserted)) {
    problems.push({ offset: inspection.bodyStart, messageId: 'render.unsafe', data: {} });
    return unchanged();
  }
  for (const insertion of insertions.edits) {
    const names = [...inserted, ...insertion.names];
    if (verify(applyEdits(text, [...kept, insertion]), inspection, names)) {
      kept.push(insertion);
      inserted.push(...insertion.names);
    } else {
      for (const name of insertion.names) {
        problems.push({ offset: insertion.start, messageId: 'render.cannot-insert', data: { name } });
      }
    }
  }
  const result = applyEdits(text, kept);
  return { text: result, changed: result !== text, missing, inserted: missing.filter((name) => inserted.includes(name)), updated, problems };
}

/** A stray marker as a catalogue message (generated/stale.stray-*), with the file to render once it is fixed. */
export function strayMarkerMessage(marker: BodyStructure['strayMarkers'][number], file: string): FindingMessage {
  if (marker.name === '') return { messageId: 'generated/stale.stray-unnamed', data: { kind: marker.kind, file } };
  return marker.kind === 'begin' ? { messageId: 'generated/stale.stray-begin', data: { name: marker.name, file } } : { messageId: 'generated/stale.stray-end', data: { name: marker.name, file } };
}


interface Edit {
  start: number;
  end: number;
  text: string;
}

function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let result = '';
  let cursor = 0;
  for (const edit of sorted) {
    result += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return result + text.slice(cursor);
}

/** The new text holds exactly the expected regions, each with its expected content, and no stray marker. */
function verify(result: string, inspection: Inspection, inserted: readonly RegionName[]): boolean {
  const after = scanBody(result, bodyStartOf(result));
  if (after.strayMarkers.length > 0) return false;
  const names = (regions: readonly GeneratedRegion[]): string[] => regions.map((r) => r.name).sort();
  if (names(after.regions).join('\n') !== [...names(inspection.structure.regions), ...inserted].sort().join('\n')) return false;
  return after.regions.every((region) => !isRegionName(region.name) || result.slice(region.contentStart, region.contentEnd) === inspection.expected.get(region.name));
}

interface Plan {
  edits: Array<Edit & { names: RegionName[] }>;
}

/**
 * Where missing regions go: identification, approval and history after the first level-1 heading
 * (or at the top of the body), in that order — after the nearest earlier one of them that is already
 * there; legal-basis after the heading of the legal-basis section, the TTHC regions (in their
 * order) after the heading of the section `tthc.sections` names, else at the end of the body.
 */
function planInsertions(text: string, inspection: Inspection, context: RenderContext): Plan {
  const { structure, missing, style, bodyStart } = inspection;
  if (missing.length === 0) return { edits: [] };
  const inRegion = (offset: number): boolean => structure.regions.some((r) => offset >= r.start && offset < r.end);
  const headings = structure.headings.filter((h) => !inRegion(h.offset));

  const at = new Map<RegionName, number>();
  const title = headings.find((h) => h.level === 1);
  const top = title ? afterHeading(text, title.offset) : bodyStart;
  for (const name of missing) {
    if (name === 'legal-basis' || isTthcRegion(name)) {
      const wanted = new Set((name === 'legal-basis' ? context.templates['legal-basis'] : context.templates.tthc).sections.map(sectionName));
      const section = headings.find((h) => wanted.has(sectionName(h.text)));
      at.set(name, section ? afterHeading(text, section.offset) : text.length);
      continue;
    }
    let anchor = top;
    for (const earlier of (['history', 'approval', 'identification'] as const).filter((n) => ORDER[n] < ORDER[name])) {
      const placed = at.get(earlier);
      if (placed !== undefined) {
        anchor = placed;
        break;
      }
      const existing = structure.regions.filter((r) => r.name === earlier).pop();
      if (existing) {
        anchor = lineEnd(text, existing.end);
        break;
      }
    }
    at.set(name, anchor);
  }

  const byOffset = new Map<number, RegionName[]>();
  for (const name of missing) {
    const offset = at.get(name)!;
    byOffset.set(offset, [...(byOffset.get(offset) ?? []), name]);
  }
  const { eol } = style;
  const edits: Plan['edits'] = [];
  for (const [offset, names] of byOffset) {
    const block = names
      .sort((a, b) => ORDER[a] - ORDER[b])
      .map((name) => `<!-- qms:begin ${name} -->${eol}${inspection.expected.get(name)!}<!-- qms:end ${name} -->`)
      .join(eol + eol);
    const endsLine = offset === 0 || isLineBreak(text.charCodeAt(offset - 1));
    const before = (endsLine ? '' : eol) + (offset === 0 || (endsLine && previousLineBlank(text, offset)) ? '' : eol);
    const after = eol + (offset >= text.length || lineBlank(text, offset) ? '' : eol);
    edits.push({ start: offset, end: offset, text: before + block + after, names });
  }
  return { edits };
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

/** Offset just past the line break of the line holding `offset` (the text's length on the last line). */
function lineEnd(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && !isLineBreak(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  return text.charCodeAt(i) === 10 ? i + 1 : i;
}

/** Offset after a heading that starts at `offset`: its line, plus the underline of a setext heading. */
function afterHeading(text: string, offset: number): number {
  const end = lineEnd(text, offset);
  const line = text.slice(offset, end).replace(/[\r\n]+$/, '');
  return ATX.test(line) ? end : lineEnd(text, end);
}

/** Whether the line that starts at `offset` holds only white space. */
function lineBlank(text: string, offset: number): boolean {
  return text.slice(offset, lineEnd(text, offset)).trim() === '';
}

/** Whether the line before the one starting at `offset` is blank (a byte-order mark alone counts as blank). */
function previousLineBlank(text: string, offset: number): boolean {
  let end = offset;
  if (text.charCodeAt(end - 1) === 10) end--;
  if (text.charCodeAt(end - 1) === 13) end--;
  let start = end;
  while (start > 0 && !isLineBreak(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end).trim() === '';
}

/** Offsets to positions, with a byte-order mark not counted as a column (as the reader does). */
export function locator(text: string): (offset: number) => Position {
  // Lines are indexed at the first position asked: most checks of a document find nothing.
  let lines: LineIndex | undefined;
  const bom = text.charCodeAt(0) === 0xfeff;
  return (offset) => {
    const position = (lines ??= new LineIndex(text)).position(offset);
    return bom && position.line === 1 ? { line: 1, column: Math.max(1, position.column - 1) } : position;
  };
}
