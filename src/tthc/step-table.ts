/** Reading a procedure's processing table (Bước | Nội dung | Trách nhiệm | Thời gian | Biểu mẫu/Kết quả) from its body: a small GFM table reader. */
import { scanBody, type BodyStructure } from '../markdown/scan.js';
import { memoByString } from '../util/strings.js';

/** One row of the processing table. */
export interface Step {
  /** The cells as written (trimmed), by column. */
  step: string;
  content: string;
  responsible: string;
  time: string;
  forms: string;
  /** Offset of the row's time cell in the text (of the row when the table has no time column). */
  timeOffset: number;
}

export interface StepTable {
  /** Offset of the header row in the text. */
  offset: number;
  /** Whether the header names a time column. */
  hasTime: boolean;
  steps: Step[];
}

/** Header words of each column, folded (no diacritics, lower case), Vietnamese and English. */
const COLUMNS = {
  step: ['buoc', 'step', 'tt', 'stt'],
  content: ['noi dung', 'content', 'noi dung cong viec', 'task'],
  responsible: ['trach nhiem', 'responsible', 'responsibility', 'nguoi thuc hien', 'don vi thuc hien'],
  time: ['thoi gian', 'time', 'thoi gian thuc hien', 'thoi han'],
  forms: ['bieu mau/ket qua', 'bieu mau', 'ket qua', 'forms/result', 'form/result', 'bieu mau, ket qua', 'forms', 'result', 'ho so/bieu mau'],
} as const;

/**
 * The first processing table of a body: a GFM table (outside code blocks, comments and generated
 * regions) whose header has a step column (Bước) and a time column (Thời gian). Undefined when the
 * body has none.
 */
export function readStepTable(text: string, bodyStart: number): StepTable | undefined {
  let excluded: BodyStructure['excluded'] | undefined;
  const inExcluded = (offset: number): boolean => (excluded ??= scanBody(text, bodyStart).excluded).some(([start, end]) => offset >= start && offset < end);
  // Only a line with a pipe can be a header: the search jumps from pipe to pipe, not line to line.
  for (let pipe = text.indexOf('|', bodyStart); pipe >= 0; ) {
    const header = lineAt(text, Math.max(bodyStart, text.lastIndexOf('\n', pipe - 1) + 1));
    pipe = text.indexOf('|', header.next);
    if (header.next >= text.length || inExcluded(header.offset)) continue;
    if (!isDelimiterRow(lineAt(text, header.next).text)) continue;
    const names = splitRow(header.text).map((cell) => foldHeader(cell.text));
    const column = (words: readonly string[]): number => names.findIndex((name) => words.includes(name));
    const step = column(COLUMNS.step);
    const time = column(COLUMNS.time);
    if (step < 0 || time < 0) continue;
    const content = column(COLUMNS.content);
    const responsible = column(COLUMNS.responsible);
    const forms = column(COLUMNS.forms);
    const steps: Step[] = [];
    for (let offset = lineAt(text, header.next).next; offset < text.length; ) {
      const line = lineAt(text, offset);
      offset = line.next;
      if (!line.text.includes('|') || line.text.trim() === '' || inExcluded(line.offset)) break;
      const cells = splitRow(line.text);
      const cell = (index: number): string => (index >= 0 ? (cells[index]?.text ?? '') : '');
      steps.push({
        step: cell(step),
        content: cell(content),
        responsible: cell(responsible),
        time: cell(time),
        forms: cell(forms),
        timeOffset: line.offset + (cells[time]?.start ?? 0),
      });
    }
    return { offset: header.offset, hasTime: true, steps };
  }
  return undefined;
}

interface Line {
  /** The line without its line break (LF, or CRLF). */
  text: string;
  offset: number;
  /** Offset of the next line (the text's length after the last). */
  next: number;
}

/** The line that starts at `offset`. */
function lineAt(text: string, offset: number): Line {
  let end = text.indexOf('\n', offset);
  if (end < 0) end = text.length;
  return { text: text.slice(offset, end).replace(/\r$/, ''), offset, next: end + 1 };
}

/** Header cells repeat from procedure to procedure ("Bước", "Thời gian"): each is folded once. */
const foldHeader = memoByString(4096, (cell) => fold(cell));

/** A character no delimiter row holds (anything but `|`, `:`, `-` and white space): it lands in some cell. */
const NOT_DELIMITER = /[^|:\-\s]/;

function isDelimiterRow(line: string): boolean {
  // Most lines are table rows or prose: one look rules them out without splitting them.
  if (NOT_DELIMITER.test(line)) return false;
  const cells = splitRow(line);
  return cells.length > 0 && cells.every((cell) => /^:?-+:?$/.test(cell.text));
}

/** The cells of a table row: split on `|` not escaped (`\|`), outer pipes optional; each with its start in the line. */
export function splitRow(line: string): Array<{ text: string; start: number }> {
  const cells: Array<{ text: string; start: number }> = [];
  const trimmedStart = line.length - line.trimStart().length;
  let i = trimmedStart;
  if (line[i] === '|') i++;
  let start = i;
  // The cell so far is `current` + line[from, i): slices, not one concatenation a character.
  let current = '';
  let from = i;
  for (; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === BACKSLASH && line.charCodeAt(i + 1) === PIPE) {
      current += `${line.slice(from, i)}|`;
      i++;
      from = i + 1;
    } else if (c === PIPE) {
      cells.push(cell(current + line.slice(from, i), start));
      current = '';
      start = i + 1;
      from = i + 1;
    }
  }
  current += line.slice(from);
  if (current.trim() !== '') cells.push(cell(current, start));
  return cells;
}

const BACKSLASH = 0x5c;
const PIPE = 0x7c;

function cell(raw: string, start: number): { text: string; start: number } {
  const lead = raw.length - raw.trimStart().length;
  return { text: raw.trim(), start: start + lead };
}

/** Lower case, no diacritics (đ → d), spaces collapsed: how header words are compared. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[*_`]/g, '')
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ')
    .trim();
}
