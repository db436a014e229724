import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/document/split.js';
import { readYaml, readYamlFull, type YamlData } from '../../src/document/yaml.js';
import { readYamlFast } from '../../src/document/yaml-fast.js';

/**
 * A form of a value in which everything the readers could differ on is visible to toEqual:
 * prototypes (maps are Object.create(null)), key order, -0, NaN and ±Infinity.
 */
function canonical(value: unknown): unknown {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : Number.isFinite(value) ? value : String(value);
  if (Array.isArray(value)) return { array: value.map(canonical) };
  if (value !== null && typeof value === 'object') {
    return {
      prototype: Object.getPrototypeOf(value) === null ? 'null' : 'other',
      entries: Object.keys(value).map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    };
  }
  return value === undefined ? '(undefined)' : value;
}

/** Offsets and raw scalars in insertion order, so the order of the maps is compared too. */
function comparable(result: YamlData): unknown {
  return { data: canonical(result.data), offsets: [...result.offsets], rawScalars: [...result.rawScalars], problems: result.problems };
}

/**
 * Reads `source` with both readers. When the fast reader answers, its answer must be the full
 * parser's exactly (and the full parser must have found no problem). Returns whether it answered.
 */
function agrees(source: string): boolean {
  const fast = readYamlFast(source);
  if (fast === null) return false;
  const full = readYamlFull(source);
  expect(full.problems, `the full parser reports problems the fast reader missed in ${JSON.stringify(source)}`).toEqual([]);
  expect(comparable(fast), JSON.stringify(source)).toEqual(comparable(full));
  expect([...fast.offsets].sort(byKey)).toEqual([...full.offsets].sort(byKey));
  return true;
}

function byKey(a: [string, number], b: [string, number]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

/** The YAML text of each front matter under fixtures/, as readFrontMatterBlock passes it to readYaml. */
function fixtureFrontMatter(): { file: string; yaml: string }[] {
  const root = join(import.meta.dirname, '../../fixtures');
  const result: { file: string; yaml: string }[] = [];
  for (const entry of readdirSync(root, { recursive: true, encoding: 'utf8' }).sort()) {
    if (!entry.endsWith('.md')) continue;
    const text = readFileSync(join(root, entry), 'utf8');
    const split = splitFrontMatter(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
    if (split.kind !== 'ok') continue;
    result.push({ file: relative(root, join(root, entry)).split(sep).join('/'), yaml: text.slice(split.yamlStart, split.yamlEnd).replace(/\r(?!\n)/g, '\n') });
  }
  return result;
}

describe('readYamlFast on the fixtures', () => {
  it('reads the front matter of every fixture exactly as the full parser does, or falls back', () => {
    const all = fixtureFrontMatter();
    expect(all.length).toBeGreaterThan(500);
    const fellBack: string[] = [];
    for (const { file, yaml } of all) if (!agrees(yaml)) fellBack.push(file);
    const demo = all.filter((f) => f.file.startsWith('demo-agency/'));
    const demoFast = demo.filter((f) => !fellBack.includes(f.file));
    // eslint-disable-next-line no-console
    console.info(
      `yaml-fast: ${all.length - fellBack.length}/${all.length} fixture front matters read fast, ${fellBack.length} fell back` +
        ` (demo agency: ${demoFast.length}/${demo.length} fast)${fellBack.length ? `:\n  ${fellBack.join('\n  ')}` : ''}`,
    );
    expect(demo.length).toBeGreaterThan(50);
    expect(demoFast.length / demo.length).toBeGreaterThanOrEqual(0.9);
    // Falling back is for the unusual: a small minority of all fixtures.
    expect(fellBack.length / all.length).toBeLessThan(0.05);
  });

  it('falls back for every fixture whose front matter the full parser rejects', () => {
    for (const { yaml } of fixtureFrontMatter()) {
      if (readYamlFull(yaml).problems.length > 0) expect(readYamlFast(yaml)).toBeNull();
    }
  });
});

describe('readYamlFast constructs', () => {
  const fast = (source: string): YamlData => {
    expect(agrees(source), `expected the fast path for ${JSON.stringify(source)}`).toBe(true);
    return readYamlFast(source) as YamlData;
  };

  it.each([
    ['empty text', ''],
    ['only comments and blank lines', '# a comment\n\n   # indented\n'],
    ['plain scalars with spaces and Vietnamese', 'title: Quy trình cấp Giấy chứng nhận đăng ký hoạt động\nowner: Phòng Quản lý khoa học\n'],
    ['":" not followed by a space and "#" not preceded by one', 'url: http://example.com/a#b\ntime: 10:30\nnote: a#b c:d\n'],
    ['trailing comments', 'code: QT-01   # mã\nrevision: 3 # lần\ntitle: "x"  # c\nlist: [a, b] # c\n'],
    ['empty values are null', 'a:\nb:   \nc: # comment\nd: 1\n'],
    ['core schema nulls', 'a: ~\nb: null\nc: Null\nd: NULL\ne: nULL\n'],
    ['core schema booleans', 'a: true\nb: True\nc: TRUE\nd: false\ne: False\nf: FALSE\ng: yes\nh: tRUE\n'],
    ['core schema integers', 'a: 12\nb: 0012\nc: -0\nd: +7\ne: 0o17\nf: 0x1F\ng: 0X1F\nh: 0o8\ni: 123456789012345678901234\n'],
    ['core schema floats', 'a: 1.5\nb: .5\nc: 1e3\nd: 1.50\ne: -.INF\nf: .inf\ng: .NaN\nh: 1.004227\ni: 1.\nj: +1.2E-3\nk: .nan.\n'],
    ['dates and codes stay strings', 'effective: 2024-05-15\nold: 15/05/2024\ncode: BM-01/QT-KHCN-01\nid: 61/2018/NĐ-CP\n'],
    ['double-quoted escapes', 'a: "x\\"y\\\\z\\n\\t\\u00e9\\x41\\U0001F600\\/\\ \\0\\_"\nb: ""\nc: "# not a comment"\n'],
    ["single-quoted ''", "a: 'it''s'\nb: ''\nc: 'a: b # c'\n"],
    ['quoted keys', '"a b": 1\n\'c: d\': 2\n"": 3\n'],
    ['plain keys that resolve', '0012: a\ntrue: b\n1.50: c\n~: d\n-x: e\na#b: f\na:b: g\n'],
    ['nested block mappings', 'approval:\n  prepared:\n    name: A\n    date: 2024-05-01\n  approved:\n      name: B\nnext: 1\n'],
    ['block sequences', 'legal_basis:\n  - id: 61/2018/NĐ-CP\n  - id: 63/2010/NĐ-CP\n    articles: [Điều 9]\n  - plain item\n  - "quoted item"\n  - [a, b]\n  - { c: d }\n'],
    ['a sequence at its key\'s column', 'a:\n- x\n- y: 1\n  z: 2\nb:\n- 3\n'],
    ['compact mappings with wider indentation', '-   a: 1\n    b:\n    - x\n    c:\n        d: 2\n-  e\n'],
    ['an item whose block starts on the next line', '-\n  a: 1\n  b: 2\n- # comment\n  - x\n'],
    ['a top-level sequence', '- code: QT-KHCN-06\n- title: Quy trình\n'],
    ['flow mappings and sequences', 'a: { name: Nguyễn Văn A, title: Chuyên viên, date: 2024-05-01, fingerprint: "sha256:e837" }\nb: [QT-VP-01, "1.004227", 1.5, 0012]\nc: {}\nd: []\ne: { }\nf: [ ]\n'],
    ['a flow sequence inside a flow mapping', 'history:\n  - { revision: 1, date: 2019-07-15, articles: [Điều 9, Điều 12], summary: "a, b" }\n'],
    ['":" and "#" inside flow scalars', 'a: { b: c:d, e: f#g }\nh: [i:j, "k: l", a-b]\n'],
    ['flow without spaces', 'a: {b: c,d: e}\nf: [g,h]\n'],
    ['CRLF line endings', 'a: 1\r\nb:\r\n  - x\r\n  - { c: d }\r\ne: "f"  \r\n'],
    ['comment lines at any indentation', 'a:\n# c\n  b: 1\n      # d\n  c:\n    - x\n# e\n    - y\n'],
    ['prototype keys', '__proto__: 1\nconstructor: 2\ntoString: { valueOf: 3 }\n'],
  ])('%s', (_name, source) => {
    fast(source);
  });

  it('gives offsets of keys and items, and raw sources of plain scalars', () => {
    const result = fast('code: 0012\nlist:\n  - a\n  - k: v\nflow: [x, 1.50]\nmap: { m: ~ }\nempty:\n');
    expect(Object.fromEntries(result.offsets)).toEqual({
      code: 0,
      list: 11,
      'list.0': 21,
      'list.1': 27,
      'list.1.k': 27,
      flow: 32,
      'flow.0': 39,
      'flow.1': 42,
      map: 48,
      'map.m': 55,
      empty: 62,
    });
    expect(Object.fromEntries(result.rawScalars)).toEqual({ code: '0012', 'flow.1': '1.50', 'map.m': '~', empty: '' });
    expect(Object.getPrototypeOf(result.data)).toBeNull();
  });

  it('is what readYaml uses', () => {
    const source = 'code: 0012\ntitle: Quy trình\n';
    expect(comparable(readYaml(source))).toEqual(comparable(readYamlFast(source) as YamlData));
    expect(comparable(readYaml('a: &x 1\nb: *x\n'))).toEqual(comparable(readYamlFull('a: &x 1\nb: *x\n')));
  });
});

describe('readYamlFast falls back', () => {
  it.each([
    ['an anchor', 'a: &x 1\n'],
    ['an alias', 'a: 1\nb: *x\n'],
    ['an anchor on a mapping', 'a: &x\n  b: 1\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a local tag', 'a: !x 1\n'],
    ['a literal block scalar', 'a: |\n  text\n'],
    ['a folded block scalar', 'a: >-\n  text\n'],
    ['a multi-line plain scalar', 'a: first\n  second\n'],
    ['a plain scalar on the line after its key', 'a:\n  value\n'],
    ['a multi-line double-quoted scalar', 'a: "first\n  second"\n'],
    ['a multi-line single-quoted scalar', "a: 'first\n  second'\n"],
    ['an escaped line break', 'a: "first\\\n  second"\n'],
    ['a complex key', '? a\n: b\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a document marker', 'a: 1\n---\nb: 2\n'],
    ['a document end marker', 'a: 1\n...\n'],
    ['a flow mapping spanning lines', 'a: { b: c,\n  d: e }\n'],
    ['a flow sequence spanning lines', 'a: [b,\n  c]\n'],
    ['a flow mapping inside a flow sequence', 'a: [{ b: c }]\n'],
    ['a flow sequence inside a flow sequence', 'a: [[b]]\n'],
    ['a flow mapping inside a flow mapping', 'a: { b: { c: d } }\n'],
    ['a pair inside a flow sequence', 'a: [b: c]\n'],
    ['an empty flow value', 'a: { b: , c: d }\n'],
    ['a trailing comma', 'a: [b, c,]\n'],
    ['a tab in the indentation', 'a:\n\tb: 1\n'],
    ['a tab after a key', 'a:\tb\n'],
    ['a control character', 'a: b\u0007\n'],
    ['a lone CR', 'a: 1\rb: 2\n'],
    ['a byte-order mark', '\uFEFFa: 1\n'],
    ['a duplicate key', 'a: 1\nb: 2\na: 3\n'],
    ['keys that are duplicates once resolved', '1: a\n"1": b\n'],
    ['a duplicate key in a flow mapping', 'a: { b: 1, b: 2 }\n'],
    ['a merge key', '<<: { a: 1 }\n'],
    ['a flow collection as a key', '[a]: b\n'],
    ['a space before the ":" of a key', 'a : b\n'],
    ['a long key', `${'k'.repeat(1100)}: v\n`],
    ['a mapping value after a value', 'a: b: c\n'],
    ['a value ending in ":"', 'a: b:\n'],
    ['an unterminated double quote', 'a: "b\n'],
    ['an unterminated single quote', "a: 'b\n"],
    ['an unbalanced bracket', 'a: [b, c\n'],
    ['a stray closing bracket', 'a: ]b\n'],
    ['text after a flow collection', 'a: [b] c\n'],
    ['text after a quoted scalar', 'a: "b" c\n'],
    ['a comment without a space after a quoted scalar', 'a: "b"# c\n'],
    ['an invalid escape', 'a: "\\q"\n'],
    ['an out-of-range escape', 'a: "\\U00110000"\n'],
    ['a reserved character', 'a: @b\n'],
    ['a backquote', 'a: `b`\n'],
    ['a value starting with "%"', 'a: %b\n'],
    ['a value starting with ","', 'a: ,b\n'],
    ['a block sequence on the line of its key', 'a: - b\n'],
    ['a nested compact sequence', '- - a\n'],
    ['an empty sequence item', '- \n- a\n'],
    ['a sequence item alone at the end', 'a:\n  -\n'],
    ['a sequence after a mapping', 'a: 1\n- b\n'],
    ['a mapping after a sequence', '- a\nb: 1\n'],
    ['inconsistent indentation', 'a:\n    b: 1\n  c: 2\n'],
    ['a comment between a value and a deeper line', 'a: b\n# c\n  d: e\n'],
    ['an indented top level', '  a: 1\n  b: 2\n'],
    ['a top-level scalar', 'just text\n'],
    ['a top-level flow mapping', '{ a: 1 }\n'],
    ['a key with a comment before its ":"', 'a #b: c\n'],
    ['deep nesting', Array.from({ length: 60 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' v\n'],
  ])('%s', (_name, source) => {
    expect(readYamlFast(source)).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// Properties: front matter generated from a grammar of the subset, then mutated.
// ---------------------------------------------------------------------------------------------

/** Plain scalars inside the subset (in block context; some of them split or fail in flow context). */
const PLAIN_WORDS = [
  '',
  'QT-KHCN-01',
  'BM-01/QT-KHCN-01',
  '61/2018/NĐ-CP',
  'Điều 9',
  'Quy trình cấp giấy phép chuyển giao công nghệ',
  'Phòng Quản lý chuyên ngành',
  'Nguyễn Văn A',
  'effective',
  '2024-05-15',
  '15/05/2024',
  '0012',
  '12',
  '-0',
  '+7',
  '1.004227',
  '1.50',
  '.5',
  '1e3',
  '0x1F',
  '0o17',
  '.inf',
  '-.INF',
  '.NaN',
  '~',
  'null',
  'Null',
  'true',
  'False',
  'yes',
  'a:b',
  'http://x.vn/a#b',
  'a#b',
  '-x',
  '--',
  'a "b"',
  "c'd",
  'sha256:e837d2b0844aec4f',
];

/** Plain scalars only for block context: in a flow collection they end early or are errors. */
const BLOCK_WORDS = ['Rà soát, cập nhật biểu mẫu', 'a # b', 'x]', 'x}', 'a [b] {c}'];

/** Plain scalars outside the subset, or not YAML at all. */
const EDGY_WORDS = ['?x', ':x', 'a: b', 'b:', '%x', '@x', '&x', '*x', '!x', '|', '>', '-', ', x', '[x', '{x'];

const KEYS = [
  'code',
  'title',
  'revision',
  'tên',
  'Ngày hiệu lực',
  'đơn_vị',
  'a',
  'b',
  '1',
  '0012',
  'true',
  'null',
  '~',
  '"a b"',
  "'c'",
  '"x: y"',
  '"code"',
  'a#b',
  'a:b',
  '-x',
  'k.k',
  '__proto__',
  '"\\u0041"',
];

type Scalar = { kind: 'scalar'; text: string };
type FlowSeq = { kind: 'flowSeq'; items: Scalar[]; tight: boolean };
type FlowMap = { kind: 'flowMap'; entries: [string, Scalar | FlowSeq][]; tight: boolean };
type BlockMap = { kind: 'map'; entries: [string, Node, string][] };
type BlockSeq = { kind: 'seq'; items: Node[]; atKeyColumn: boolean };
type Node = Scalar | FlowSeq | FlowMap | BlockMap | BlockSeq;

const doubleQuoted = fc
  .array(
    fc.oneof(
      { weight: 40, arbitrary: fc.constantFrom('a', 'Đ', 'ệ', ' ', '#', ': ', ',', '[', '}', "'", '\\"', '\\\\', '\\n', '\\t', '\\u00e9', '\\x41', '\\U0001F600', '\\/', '\\ ', '\\_', '\\0') },
      { weight: 10, arbitrary: fc.string({ maxLength: 3 }).map((text) => text.replace(/["\\]/g, '')) },
      { weight: 1, arbitrary: fc.constantFrom('\\q', '\\u12', '\\', '\\U00110000', '\\ud800', '\\x4G') },
    ),
    { maxLength: 6 },
  )
  .map((parts) => `"${parts.join('')}"`);
const singleQuoted = fc
  .array(fc.constantFrom('a', 'Điều', ' ', "''", '#', ': ', '"', '\\', ','), { maxLength: 6 })
  .map((parts) => `'${parts.join('')}'`);
const scalarIn = (flow: boolean): fc.Arbitrary<Scalar> =>
  fc
    .oneof(
      { weight: 40, arbitrary: fc.constantFrom(...PLAIN_WORDS) },
      { weight: 6, arbitrary: fc.constantFrom(...(flow ? PLAIN_WORDS : BLOCK_WORDS)) },
      { weight: 1, arbitrary: fc.constantFrom(...EDGY_WORDS) },
      { weight: 12, arbitrary: doubleQuoted },
      { weight: 6, arbitrary: singleQuoted },
    )
    .map((text) => ({ kind: 'scalar', text }));
const scalar = scalarIn(false);
const flowScalar = scalarIn(true);
const flowSeq: fc.Arbitrary<FlowSeq> = fc.record({ kind: fc.constant('flowSeq'), items: fc.array(flowScalar, { maxLength: 4 }), tight: fc.boolean() });
const flowMap: fc.Arbitrary<FlowMap> = fc.record({
  kind: fc.constant('flowMap'),
  entries: fc.uniqueArray(fc.tuple(fc.constantFrom(...KEYS), fc.oneof({ weight: 4, arbitrary: flowScalar }, { weight: 1, arbitrary: flowSeq })), {
    selector: ([key]) => key,
    maxLength: 4,
  }),
  tight: fc.boolean(),
});
const comment = fc.constantFrom('', '', '', ' # chú thích', '   # c: d', ' #');

const { node } = fc.letrec<{ node: Node; map: BlockMap; seq: BlockSeq }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 5, arbitrary: scalar },
    { weight: 2, arbitrary: flowSeq },
    { weight: 2, arbitrary: flowMap },
    { weight: 2, arbitrary: tie('map') },
    { weight: 1, arbitrary: tie('seq') },
  ),
  map: fc.record({
    kind: fc.constant('map'),
    entries: fc.uniqueArray(fc.tuple(fc.constantFrom(...KEYS), tie('node'), comment), { selector: ([key]) => key, minLength: 1, maxLength: 5 }),
  }),
  seq: fc.record({ kind: fc.constant('seq'), items: fc.array(tie('node'), { minLength: 1, maxLength: 4 }), atKeyColumn: fc.boolean() }),
}));

const frontMatter = fc.record({
  root: fc.oneof(
    {
      weight: 9,
      arbitrary: fc.record({
        kind: fc.constant('map' as const),
        entries: fc.uniqueArray(fc.tuple(fc.constantFrom(...KEYS), node, comment), { selector: ([key]) => key, minLength: 1, maxLength: 8 }),
      }),
    },
    { weight: 1, arbitrary: node },
  ),
  step: fc.integer({ min: 1, max: 4 }),
  dashSpaces: fc.integer({ min: 1, max: 3 }),
  crlf: fc.boolean(),
  comments: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 6 })), { maxLength: 3 }),
  blank: fc.array(fc.nat(), { maxLength: 2 }),
});

function inline(value: Node): string {
  switch (value.kind) {
    case 'scalar':
      return value.text;
    case 'flowSeq':
      return value.tight ? `[${value.items.map(inline).join(',')}]` : `[${value.items.map(inline).join(', ')}]`;
    case 'flowMap':
      return value.tight
        ? `{${value.entries.map(([k, v]) => `${k}: ${inline(v)}`).join(',')}}`
        : `{ ${value.entries.map(([k, v]) => `${k}: ${inline(v)}`).join(', ')} }`;
    default:
      throw new Error('not inline');
  }
}

/** Lines of `value` as a block at column `indent`. */
function render(value: Node, indent: number, step: number, dashSpaces: number): string[] {
  const pad = ' '.repeat(indent);
  if (value.kind === 'map') {
    const lines: string[] = [];
    for (const [key, child, note] of value.entries) {
      if (child.kind === 'map' || child.kind === 'seq') {
        lines.push(`${pad}${key}:${note}`);
        const childIndent = child.kind === 'seq' && child.atKeyColumn ? indent : indent + step;
        lines.push(...render(child, childIndent, step, dashSpaces));
      } else {
        lines.push(`${pad}${key}: ${inline(child)}${note}`);
      }
    }
    return lines;
  }
  if (value.kind === 'seq') {
    const lines: string[] = [];
    const dash = `${pad}-${' '.repeat(dashSpaces)}`;
    for (const item of value.items) {
      if (item.kind === 'map') {
        const inner = render(item, indent + 1 + dashSpaces, step, dashSpaces);
        lines.push(dash + (inner[0] ?? '').slice(indent + 1 + dashSpaces), ...inner.slice(1));
      } else if (item.kind === 'seq') {
        lines.push(`${pad}-`, ...render(item, indent + step + 1, step, dashSpaces));
      } else {
        lines.push(dash + inline(item));
      }
    }
    return lines;
  }
  return [pad + inline(value)];
}

type FrontMatter = typeof frontMatter extends fc.Arbitrary<infer T> ? T : never;
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function toText(fm: FrontMatter): string {
  const lines = render(fm.root, 0, fm.step, fm.dashSpaces);
  for (const [at, indent] of fm.comments) lines.splice(at % (lines.length + 1), 0, `${' '.repeat(indent)}# ghi chú`);
  for (const at of fm.blank) lines.splice(at % (lines.length + 1), 0, '');
  const eol = fm.crlf ? '\r\n' : '\n';
  return lines.join(eol) + eol;
}

const MUTATIONS = ['&a ', '*a', '|', '>', '\t', '"', "'", '[', ']', '{', '}', '!', '? ', '%', '#', ' #', ': ', ':', '- ', '-', '\n', '\r', ' ', '  ', '---\n', '...', '@', '`', '\\', ',', '~', '0', '.', 'ệ'];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...MUTATIONS) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat(), to: fc.nat() }),
);

function mutate(text: string, mutations: Mutation[]): string {
  for (const m of mutations) {
    if (m.kind === 'insert') {
      const at = m.at % (text.length + 1);
      text = text.slice(0, at) + m.text + text.slice(at);
    } else if (m.kind === 'delete') {
      const at = m.at % (text.length + 1);
      text = text.slice(0, at) + text.slice(at + m.length);
    } else {
      const lines = text.split('\n');
      const line = lines[m.at % lines.length] ?? '';
      lines.splice(m.to % (lines.length + 1), 0, line);
      text = lines.join('\n');
    }
  }
  return text;
}

describe('readYamlFast properties', () => {
  it('on front matter of the subset, either falls back or equals the full parser', () => {
    let fastCount = 0;
    fc.assert(
      fc.property(frontMatter, (fm) => {
        if (agrees(toText(fm))) fastCount++;
      }),
      { seed: 42, numRuns: 2000 },
    );
    // eslint-disable-next-line no-console
    console.info(`yaml-fast: ${fastCount}/2000 generated front matters read fast`);
    // The grammar deliberately includes scalars and keys outside the subset, but most of it is inside.
    expect(fastCount).toBeGreaterThan(800);
  });

  it('on mutated front matter (anchors, aliases, block scalars, tabs, quotes, brackets, duplicates), either falls back or equals the full parser', () => {
    let fastCount = 0;
    fc.assert(
      fc.property(frontMatter, fc.array(mutation, { minLength: 1, maxLength: 3 }), (fm, mutations) => {
        if (agrees(mutate(toText(fm), mutations))) fastCount++;
      }),
      { seed: 42, numRuns: 2000 },
    );
    // eslint-disable-next-line no-console
    console.info(`yaml-fast: ${fastCount}/2000 mutated front matters read fast`);
    expect(fastCount).toBeGreaterThan(200);
  });

  it('on short strings of YAML punctuation, either falls back or equals the full parser', () => {
    const units = ['a', 'é', '0', '.', ' ', '  ', ':', ': ', '-', '- ', '#', ' #', '\n', '\n  ', '\r\n', '"', "'", '[', ']', '{', '}', ',', '\\', '~', '&', '*', '!', '|', '>', '?', '\t'];
    let fastCount = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 24 }), (parts) => {
        if (agrees(parts.join(''))) fastCount++;
      }),
      { seed: 42, numRuns: 2000 },
    );
    // eslint-disable-next-line no-console
    console.info(`yaml-fast: ${fastCount}/2000 strings of punctuation read fast`);
    expect(fastCount).toBeGreaterThan(100);
  });
});
