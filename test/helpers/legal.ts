/**
 * Register entries (legal/*.md) as text: one builder, the national entries most suites rest on —
 * Nghị định 61/2018/NĐ-CP (the one-stop shop) and 107/2021/NĐ-CP, which amends it — and the real
 * fields of the other national documents the sample agencies' registers hold.
 */

/**
 * Front matter fields of an entry after its id, in order: each value is written after `key: `
 * as raw YAML (a value starting with a line break is a block: `amends:` then its lines);
 * null leaves a default field out.
 */
export type EntryFields = Readonly<Record<string, string | null>>;

/** What an entry holds unless told otherwise: a decree of the Government with 61/2018's dates. */
const DEFAULTS = { kind: 'Nghị định', issuer: 'Chính phủ', signed: '2018-04-23', effective: '2018-06-21' } as const;

/**
 * A register entry: `---`, `id`, then kind, title (`Văn bản <id>` by default), issuer, signed,
 * effective and any further `fields` in the order given, `---`, then `body` (nothing by default).
 */
export function legalEntry(id: string, fields: EntryFields = {}, body = ''): string {
  const all: Record<string, string | null> = { kind: DEFAULTS.kind, title: `Văn bản ${id}`, issuer: DEFAULTS.issuer, signed: DEFAULTS.signed, effective: DEFAULTS.effective, ...fields };
  const lines = [`id: ${id}`];
  for (const [key, value] of Object.entries(all)) {
    if (value !== null) lines.push(value.startsWith('\n') ? `${key}:${value}` : `${key}: ${value}`);
  }
  return `---\n${lines.join('\n')}\n---\n${body}`;
}

/** A text as a Windows editor saves it: a byte-order mark and CRLF line endings. */
export function windowsText(text: string): string {
  return `\uFEFF${text.replace(/\n/g, '\r\n')}`;
}

/** The fields of Nghị định 61/2018/NĐ-CP (signed 2018-04-23, in force 2018-06-21). */
export const ND_61_2018_FIELDS = {
  kind: 'Nghị định',
  title: 'Về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
  issuer: 'Chính phủ',
  signed: '2018-04-23',
  effective: '2018-06-21',
} as const;

/** Nghị định 61/2018/NĐ-CP (one-stop shop for administrative procedures), as a register entry file. */
export const ND_61_2018 = legalEntry('61/2018/NĐ-CP', ND_61_2018_FIELDS);

/** The fields of Nghị định 107/2021/NĐ-CP (signed 2021-12-06, in force 2022-02-21), without its relation. */
export const ND_107_2021_FIELDS = {
  kind: 'Nghị định',
  title: 'Sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP',
  issuer: 'Chính phủ',
  signed: '2021-12-06',
  effective: '2022-02-21',
} as const;

/**
 * Nghị định 107/2021/NĐ-CP amending 61/2018/NĐ-CP, in force `effective` (2022-02-21 in reality;
 * an earlier date moves the signature with it), optionally naming the `articles` it amends.
 */
export function nd107(effective = '2022-02-21', articles?: string): string {
  return legalEntry('107/2021/NĐ-CP', {
    ...ND_107_2021_FIELDS,
    signed: effective < ND_107_2021_FIELDS.signed ? effective : ND_107_2021_FIELDS.signed,
    effective,
    amends: `\n  - id: 61/2018/NĐ-CP${articles === undefined ? '' : `\n    articles: [${articles}]`}`,
  });
}

/** Nghị định 107/2021/NĐ-CP as it really is: amending 61/2018/NĐ-CP, in force 2022-02-21. */
export const ND_107_2021 = nd107();

/** The fields of Thông tư 01/2018/TT-VPCP, which guides 61/2018/NĐ-CP (signed 2018-11-23). */
export const TT_01_2018_FIELDS = {
  kind: 'Thông tư',
  title: 'Hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP',
  issuer: 'Văn phòng Chính phủ',
  signed: '2018-11-23',
  effective: '2019-01-06',
} as const;

/** The fields of Nghị định 63/2010/NĐ-CP, on the control of administrative procedures. */
export const ND_63_2010_FIELDS = { kind: 'Nghị định', title: 'Về kiểm soát thủ tục hành chính', issuer: 'Chính phủ', signed: '2010-06-08', effective: '2010-10-14' } as const;

/** The fields of Nghị định 92/2017/NĐ-CP, which amends Điều 8 of 63/2010/NĐ-CP (the relation is the caller's). */
export const ND_92_2017_FIELDS = {
  kind: 'Nghị định',
  title: 'Sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính',
  issuer: 'Chính phủ',
  signed: '2017-08-07',
  effective: '2017-09-25',
} as const;

/** The fields of Luật Đất đai 45/2013/QH13. */
export const LUAT_45_2013_FIELDS = { kind: 'Luật', title: 'Luật Đất đai', issuer: 'Quốc hội', signed: '2013-11-29', effective: '2014-07-01' } as const;
