/** Reading a TTHC record (tthc/<code>.md) into plain data: code, name, level, time limit, fees, dossier, conditions, result, legal basis, announcement, changes, and how its front matter breaks the record's shape. */
import { parseArticleList } from '../legal/articles.js';
import { canonicalKey } from '../legal/key.js';
import { FieldReader } from './fields.js';
import { CompactPool } from '../model/compact.js';
import { readFrontMatterBlock } from './frontmatter.js';
import { TTHC_SHAPE } from '../model/tthc-shape.js';
import { checkShape, type ShapeProblem } from '../util/shape.js';
import { TIME_UNITS, type DossierItem, type Fee, type TimeUnit, type TthcChange, type TthcLegalBasis, type TthcRecord } from '../model/tthc.js';

/**
 * Reads one TTHC record. Lenient like the other readers: a value of the wrong shape reads as absent
 * (tthc/schema reports it). Legal-basis ids keep the canonical key of their text; the register
 * resolves aliases once every entry is known.
 */
export function readTthcRecord(file: string, text: string): TthcRecord {
  const block = readFrontMatterBlock(text);
  const record: TthcRecord = { kind: 'tthc', file, problems: block.problems, shapeProblems: [], fees: [], dossier: [], conditions: [], legalBasis: [], changes: [] };
  if (!block.frontMatter) return record;
  const read = new FieldReader(block.frontMatter);
  // The record outlives its text (the register keeps thousands): its strings are kept as their own.
  const fields = { ...keptTexts(read), position: (path: string) => kept.position(read.position(path)) };
  const shapeProblems: ShapeProblem[] = [];
  checkShape(block.frontMatter.data, TTHC_SHAPE, '', shapeProblems);
  record.shapeProblems = shapeProblems.map((problem) => ({ ...problem, position: read.position(problem.path) }));
  record.code = fields.locatedText('code');
  assign(record, 'name', fields.text('name'));
  assign(record, 'level', fields.text('level'));
  assign(record, 'field', fields.text('field'));
  assign(record, 'agency', fields.text('agency'));
  assign(record, 'result', fields.text('result'));
  const value = fields.value('time_limit.value');
  const unit = fields.text('time_limit.unit');
  if (typeof value === 'number' && value >= 0 && unit !== undefined && (TIME_UNITS as readonly string[]).includes(unit)) {
    record.timeLimit = { value, unit: unit as TimeUnit, position: fields.position('time_limit') };
  }
  record.fees = listOf(fields, 'fees', (path): Fee | undefined => {
    const name = fields.text(`${path}.name`);
    const amount = fields.text(`${path}.amount`);
    return name === undefined || amount === undefined ? undefined : { name, amount };
  });
  record.dossier = listOf(fields, 'dossier', (path): DossierItem | undefined => {
    const name = fields.text(path) ?? fields.text(`${path}.name`);
    if (name === undefined) return undefined;
    const item: DossierItem = { name };
    assign(item, 'kind', fields.text(`${path}.kind`));
    assign(item, 'count', fields.integer(`${path}.count`));
    assign(item, 'form', fields.text(`${path}.form`));
    return item;
  });
  record.conditions = fields.texts('conditions').map((c) => c.value);
  record.legalBasis = listOf(fields, 'legal_basis', (path): TthcLegalBasis | undefined => {
    const id = fields.text(path) ?? fields.text(`${path}.id`);
    if (id === undefined) return undefined;
    return { id, key: canonicalKey(id), articles: parseArticleList(fields.texts(`${path}.articles`).map((a) => a.value)), position: fields.position(path) };
  });
  const announced = fields.text('announced_by.id');
  if (announced !== undefined) {
    record.announcedBy = { id: announced };
    assign(record.announcedBy, 'date', fields.date('announced_by.date'));
  }
  record.changes = listOf(fields, 'changes', (path): TthcChange => {
    const change: TthcChange = {};
    assign(change, 'date', fields.date(`${path}.date`));
    assign(change, 'summary', fields.text(`${path}.summary`));
    assign(change, 'trigger', fields.text(`${path}.trigger`));
    if (change.trigger !== undefined) change.triggerKey = canonicalKey(change.trigger);
    return change;
  });
  return record;
}

/**
 * The strings and positions records share, for as long as the process runs: a record outlives its
 * text, and thousands of records hold the same few values ("Đơn đề nghị", "Bản chính", line 2).
 */
const kept = new CompactPool(4096);

/**
 * What readTthcRecord reads of a record's fields, with every string its own: a string read from
 * the text is a view into the whole text (see ownCopy), and one name kept would keep the record's
 * whole text alive. Repeated ones ("Đơn đề nghị", "Bản chính") are kept once.
 */
function keptTexts(fields: FieldReader) {
  const own = (text: string | undefined): string | undefined => (text === undefined ? text : kept.text(text));
  return {
    text: (path: string) => own(fields.text(path)),
    texts: (path: string) => fields.texts(path).map((item) => ({ ...item, value: own(item.value)! })),
    locatedText: (path: string) => {
      const located = fields.locatedText(path);
      return located && { value: own(located.value)!, position: kept.position(located.position) };
    },
    value: (path: string) => fields.value(path),
    integer: (path: string) => fields.integer(path),
    date: (path: string) => own(fields.date(path)),
    listLength: (path: string) => fields.listLength(path),
  };
}

function listOf<T>(fields: { listLength(path: string): number }, name: string, item: (path: string) => T | undefined): T[] {
  const result: T[] = [];
  for (let i = 0; i < fields.listLength(name); i++) {
    const value = item(`${name}.${i}`);
    if (value !== undefined) result.push(value);
  }
  return result;
}

/** Sets an optional property only when there is a value (exactOptionalPropertyTypes). */
function assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}
