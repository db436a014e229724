// The "messy" shape of the bench repository (bench/generate.mjs --shape messy): the variety real
// repositories have on top of the standard shape. Every procedure carries generated regions and a
// few findings; a share carries many; a few are long. Its own random draws (seeded per procedure),
// so the standard shape's files are unchanged by it.
import { Buffer } from 'node:buffer';

/** What the messy shape adds to a procedure, drawn once per procedure from its own generator. */
export function planMess(rng, plan) {
  const heavy = rng.chance(0.03);
  return {
    // A legal-basis region still holding the text of an earlier rendering (generated/stale).
    staleLegalBasis: rng.chance(0.75),
    // Forms the procedure names that were never issued (ref/unknown, in references and the body).
    missingForms: Array.from({ length: rng.int(1, 3) }, (_, i) => `BM-${String(plan.forms.length + i + 1).padStart(2, '0')}/${plan.code}`),
    // The TTHC code written as a number (frontmatter/schema, tthc/unknown).
    tthcAsNumber: rng.chance(0.3) ? Number(plan.tthc.replace(/\D/g, '')) : null,
    // Many findings: unknown procedure codes in the body and front matter that breaks the schema.
    unknownProcedures: heavy ? Array.from({ length: rng.int(15, 30) }, () => `QT-${plan.dept.code}-9${String(rng.int(0, 9999)).padStart(4, '0')}`) : [],
    badSchema: heavy,
    // Long procedures (50–100 kB): an appendix of worked cases.
    longBytes: rng.chance(0.02) ? rng.int(50_000, 100_000) : 0,
    seed: rng.int(0, 2 ** 30),
  };
}

/** The procedure type's regions in the messy config: identification, approval and history are required. */
export const MESSY_REGIONS = '    regions: [identification, approval, history]\n';

const viDate2 = (iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

function region(name, content) {
  return [`<!-- qms:begin ${name} -->`, '', ...content, '', `<!-- qms:end ${name} -->`, ''];
}

/**
 * The identification, approval and history regions as `qms render` writes them with the shipped
 * Vietnamese templates (fresh: no finding), from the procedure's own values.
 */
export function freshRegions({ plan, people, history, effective, register }) {
  const p = people;
  const reference = (id) => {
    const e = register.byId.get(id);
    return e ? `${e.kind} số ${e.id}` : id;
  };
  return [
    ...region('identification', [
      '| Thông tin | Nội dung |', '| - | - |',
      `| Mã hiệu | ${plan.code} |`, `| Tên tài liệu | ${plan.title} |`, `| Lần ban hành | ${history.length} |`,
      `| Ngày hiệu lực | ${viDate2(effective)} |`, `| Đơn vị chủ trì | ${plan.unit} |`,
    ]),
    '',
    ...region('approval', [
      '| Trách nhiệm | Soạn thảo | Xem xét | Phê duyệt |', '| - | - | - | - |',
      `| Họ và tên | ${p.prepared.name} | ${p.reviewed.name} | ${p.approved.name} |`,
      `| Chức vụ | ${p.prepared.title} | ${p.reviewed.title} | ${p.approved.title} |`,
      `| Ngày | ${viDate2(p.prepared.date)} | ${viDate2(p.reviewed.date)} | ${viDate2(p.approved.date)} |`,
    ]),
    '',
    ...region('history', [
      '**Theo dõi sửa đổi**', '',
      '| Lần ban hành | Ngày | Nội dung sửa đổi | Căn cứ sửa đổi |', '| - | - | - | - |',
      ...history.map((h) => `| ${h.revision} | ${viDate2(h.date)} | ${h.summary} | ${h.trigger ? `${reference(h.trigger)} ` : ''}|`),
    ]),
    '',
  ];
}

/** A legal-basis region as an earlier rendering left it: short references, no dates, no relations. */
export function staleLegalBasis(entries) {
  return [...region('legal-basis', entries.map((e) => `- ${e.kind === 'Tiêu chuẩn' ? e.id : `${e.kind} số ${e.id}`}`)), ''];
}

/** The body lines naming what does not exist: the missing forms, and the unknown procedures of a heavy one. */
export function missingMentions(mess) {
  const lines = mess.missingForms.map((code) => `- ${code}: Sổ theo dõi (dự kiến ban hành).`);
  if (mess.unknownProcedures.length > 0) lines.push(`- Phối hợp theo các quy trình ${mess.unknownProcedures.join(', ')}.`);
  return lines;
}

/** Front matter lines that break the schema (a heavy procedure): a date in the Vietnamese form, a number as owner. */
export const BAD_SCHEMA = ['last_review: "15/06/2026"', 'review_interval: mười hai tháng'];

/**
 * An appendix of worked cases long enough to bring the procedure to `bytes` (UTF-8): step tables
 * and paragraphs citing its legal documents, as long procedures have.
 */
export function appendix(rng, entries, plan, currentBytes, bytes) {
  const lines = ['', '## Phụ lục. Các tình huống giải quyết thường gặp', ''];
  let size = currentBytes;
  for (let n = 1; size < bytes; n++) {
    const e = entries[rng.int(0, entries.length - 1)];
    const block = [
      `### Tình huống ${n}`, '',
      `Hồ sơ ${plan.objectPhrase} tiếp nhận ngày ${rng.int(1, 28)}/${rng.int(1, 12)}/2026 còn thiếu thành phần; bộ phận một cửa hướng dẫn bổ sung một lần theo Điều ${rng.int(3, 30)} ${e.kind} ${e.id}, không yêu cầu nộp lại giấy tờ đã có trong cơ sở dữ liệu.`, '',
      '| Bước | Nội dung công việc | Trách nhiệm | Thời gian |', '|---|---|---|---|',
      `| 1 | Tiếp nhận, kiểm tra hồ sơ bổ sung | BPMC | 0,5 ngày |`,
      `| 2 | Thẩm định lại nội dung bổ sung | Chuyên viên | 0${rng.int(1, 5)} ngày |`,
      `| 3 | Trình ký, trả kết quả | ${plan.unit} | 01 ngày |`, '',
    ];
    lines.push(...block);
    size += Buffer.byteLength(block.join('\n')) + 1;
  }
  return lines;
}
