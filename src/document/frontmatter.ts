/** Splitting a file into YAML front matter and body, every failure a located frontmatter/parse problem (BOM, fences, control chars, UTF-8). */
import type { Position } from '../util/lines.js';
import { TextLocator } from './locate.js';
import { splitFrontMatter } from './split.js';
import { readYaml } from './yaml.js';
import { defineWhenRead, settledValue } from '../util/when-read.js';
import type { RawFrontMatter, ReadProblem } from '../model/document.js';
import type { FindingMessage } from '../i18n/messages/findings.js';

/** A file's text split into front matter and body, with a way to turn offsets into positions. */
export interface FrontMatterBlock {
  frontMatter: RawFrontMatter | null;
  problems: ReadProblem[];
  /** Offset of the body in the text. */
  bodyStart: number;
  locate(offset: number): Position;
}

/**
 * Reads the YAML front matter of a file. Every failure becomes a `frontmatter/parse` problem with a
 * position, never an exception.
 */
export function readFrontMatterBlock(text: string): FrontMatterBlock {
  const block = readBlock(text);
  // Bytes that are not UTF-8 decode as U+FFFD: report the first, since no write may keep them.
  const replaced = text.indexOf('\uFFFD');
  if (replaced >= 0) {
    block.problems.push({
      ruleId: 'frontmatter/parse',
      messageId: 'read.not-utf8',
      data: {},
      position: block.locate(replaced),
    });
  }
  return block;
}

/**
 * On a front matter read here, the position of one path without making them all (see
 * positionFinder). Kept on it, not in a WeakMap: a young collection keeps a WeakMap's values, and
 * so every document's text, alive (see util/when-read.ts).
 */
const FINDER = Symbol('position finder');

/**
 * How to find the position of a path of front matter: `positions[path]`, found without making
 * the position of every path when readFrontMatterBlock read it.
 */
export function positionFinder(frontMatter: RawFrontMatter): (path: string) => Position | undefined {
  return (frontMatter as { [FINDER]?: (path: string) => Position | undefined })[FINDER] ?? ((path) => frontMatter.positions[path]);
}

function readBlock(text: string): FrontMatterBlock {
  const lines = new TextLocator(text);
  const hasBom = text.charCodeAt(0) === 0xfeff;
  const start = hasBom ? 1 : 0;
  // Editors do not show a BOM, so it does not count as a column.
  const locate = (offset: number): Position => {
    const position = lines.position(offset);
    return hasBom && position.line === 1 ? { line: 1, column: Math.max(1, position.column - 1) } : position;
  };
  const problem = (message: FindingMessage, offset: number): ReadProblem => ({ ruleId: 'frontmatter/parse', ...message, position: locate(offset) });

  const split = splitFrontMatter(text, start);
  switch (split.kind) {
    case 'missing':
      return {
        frontMatter: null,
        bodyStart: start,
        locate,
        problems: [problem({ messageId: 'read.no-front-matter', data: {} }, start)],
      };
    case 'foreign-language':
      return {
        frontMatter: null,
        bodyStart: start,
        locate,
        problems: [problem({ messageId: 'read.fenced', data: { fence: split.language } }, start)],
      };
    case 'unterminated':
      return {
        frontMatter: null,
        bodyStart: text.length,
        locate,
        problems: [problem({ messageId: 'read.unclosed', data: {} }, start)],
      };
  }
  // YAML allows no control characters (other than tab and line breaks); some parsers let them by.
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.exec(text.slice(split.yamlStart, split.yamlEnd));
  if (control) {
    return {
      frontMatter: null,
      bodyStart: split.bodyStart,
      locate,
      problems: [problem({ messageId: 'read.control', data: { codepoint: `U+${control[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}` } }, split.yamlStart + control.index)],
    };
  }
  // The YAML parser does not take a lone CR as a line break; LF keeps every offset.
  const yaml = readYaml(text.slice(split.yamlStart, split.yamlEnd).replace(/\r(?!\n)/g, '\n'));
  if (yaml.problems.length > 0) {
    return {
      frontMatter: null,
      bodyStart: split.bodyStart,
      locate,
      problems: yaml.problems.map((p) => problem({ messageId: 'read.yaml', data: { detail: p.message } }, split.yamlStart + p.offset)),
    };
  }
  const isEmpty = yaml.data === null || yaml.data === undefined;
  if (!isEmpty && (typeof yaml.data !== 'object' || Array.isArray(yaml.data))) {
    return {
      frontMatter: null,
      bodyStart: split.bodyStart,
      locate,
      problems: [problem({ messageId: 'read.not-mapping', data: {} }, split.yamlStart)],
    };
  }
  const rawScalars = Object.create(null) as Record<string, string>;
  yaml.rawScalars.forEach((raw, path) => {
    rawScalars[path] = raw;
  });
  const offsets = yaml.offsets;
  const yamlStart = split.yamlStart;
  const frontMatter = { data: (isEmpty ? {} : yaml.data) as Record<string, unknown> } as RawFrontMatter;
  // The position of every path is made only when asked for (rules, JSON): a reading that is only
  // summarised needs a few, which positionFinder finds one by one.
  defineWhenRead(frontMatter, ['positions'], () => {
    const all = Object.create(null) as Record<string, Position>;
    offsets.forEach((offset, path) => {
      all[path] = locate(yamlStart + offset);
    });
    return { positions: all };
  });
  frontMatter.rawScalars = rawScalars;
  frontMatter.start = locate(start);
  const finder = (path: string): Position | undefined => {
    const positions = settledValue(frontMatter, 'positions');
    if (positions !== undefined) return positions[path];
    const offset = offsets.get(path);
    return offset === undefined ? undefined : locate(yamlStart + offset);
  };
  Object.defineProperty(frontMatter, FINDER, { value: finder, enumerable: false });
  return {
    frontMatter,
    problems: [],
    bodyStart: split.bodyStart,
    locate,
  };
}
