/** A small agency repository for the registry commands' end-to-end tests. */

export const TODAY = '2026-11-27';

export const CONFIG = `organization: Sở Tư pháp tỉnh Hòa Bình
language: vi
types:
  procedure:
    sections: []
`;

export const ND_61 = `---
id: 61/2018/NĐ-CP
kind: Nghị định
title: Về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính
issuer: Chính phủ
signed: 2018-04-23
effective: 2018-06-21
aliases: []
---

Ghi chú của cán bộ ISO.
`;

export const TT_01 = `---
id: 01/2018/TT-VPCP
kind: Thông tư
title: Hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP
issuer: Văn phòng Chính phủ
signed: 2018-10-23
effective: 2019-01-06
aliases: []
guides: [61/2018/NĐ-CP]
---
`;

/** Written with a BOM and CRLF line endings, as Windows editors save it. */
export const ND_63 = `\uFEFF---\r
id: 63/2010/NĐ-CP\r
kind: Nghị định\r
title: Về kiểm soát thủ tục hành chính\r
issuer: Chính phủ\r
signed: 2010-06-08\r
effective: 2010-10-14\r
aliases: []\r
---\r
\r
Bản lưu tại Văn phòng.\r
`;

export const ND_92 = `---
id: 92/2017/NĐ-CP
kind: Nghị định
title: Sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính
issuer: Chính phủ
signed: 2017-08-07
effective: 2017-09-25
aliases: []
amends:   # Điều 1 sửa Nghị định 63/2010
  - id: 63/2010/NĐ-CP
    articles: [Điều 8]
---
`;

export const LUAT_45 = `---
id: 45/2013/QH13
kind: Luật
title: Luật Đất đai
issuer: Quốc hội
signed: 2013-11-29
effective: 2014-07-01
aliases: [Luật Đất đai 2013]
---
`;

/** A procedure: its title holds a comma and double quotes, for the CSV. */
export function procedure(revision: number, extraBody = '', code = 'QT-TP-01'): string {
  const history = Array.from({ length: revision }, (_, i) => `  - { revision: ${i + 1}, date: 202${i + 1}-03-01, summary: ${i === 0 ? 'Ban hành lần đầu' : `Sửa đổi lần ${i}`} }`).join('\n');
  return `---
code: ${code}
title: 'Quy trình chứng thực bản sao từ bản chính, chữ ký "song ngữ"'
type: procedure
revision: ${revision}
status: effective
effective: 202${revision}-03-15
owner: Phòng Hành chính tư pháp
approval:
  prepared: { name: Nguyễn Văn An, title: Chuyên viên, date: 202${revision}-02-01 }
  reviewed: { name: Trần Thị Bình, title: Trưởng phòng, date: 202${revision}-02-10 }
  approved: { name: Lê Văn Cường, title: Giám đốc, date: 202${revision}-03-01 }
legal_basis:
  - id: 61/2018/NĐ-CP
  - id: 63/2010/NĐ-CP
    articles: [Điều 8]
references: [BM-01/QT-TP-01]
history:
${history}
---

# Quy trình chứng thực

## Nội dung

Tiếp nhận hồ sơ theo Nghị định số 61/2018/NĐ-CP tại Bộ phận Một cửa.
Thời hạn giải quyết: 02 ngày làm việc.
${extraBody}`;
}

export const FORM = `---
code: BM-01/QT-TP-01
title: Phiếu yêu cầu chứng thực
type: form
revision: 1
status: effective
effective: 2021-03-15
owner: Phòng Hành chính tư pháp
references: [QT-TP-01]
history:
  - { revision: 1, date: 2021-03-01, summary: Ban hành lần đầu }
---

Mẫu phiếu dùng kèm QT-TP-01.
`;

export const DRAFT = `---
code: QT-TP-02
title: Quy trình đăng ký khai sinh
type: procedure
revision: 1
status: draft
owner: Phòng Hộ tịch
history:
  - { revision: 1, date: 2026-10-01, summary: Dự thảo lần đầu }
---

# Quy trình đăng ký khai sinh
`;

/** The files of the agency. */
export function agencyFiles(): Record<string, string> {
  return {
    'qms.config.yaml': CONFIG,
    'legal/nd-61-2018-nd-cp.md': ND_61,
    'legal/tt-01-2018-tt-vpcp.md': TT_01,
    'legal/nd-63-2010-nd-cp.md': ND_63,
    'legal/nd-92-2017-nd-cp.md': ND_92,
    'legal/luat-45-2013-qh13.md': LUAT_45,
    'procedures/QT-TP-01.md': procedure(1),
    'procedures/QT-TP-02.md': DRAFT,
    'forms/BM-01-QT-TP-01.md': FORM,
  };
}

/**
 * RFC 4180 parser for the tests: records end with CRLF; fields in double quotes may hold commas,
 * CR, LF and doubled quotes. Throws on anything else (a bare LF ending a record, a stray quote).
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) throw new Error('unterminated quoted field');
        field += text.slice(i, quote);
        i = quote + 1;
        if (text[i] === '"') {
          field += '"';
          i++;
        } else break;
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`stray quote at ${i}`);
        field += text[i++];
      }
    }
    record.push(field);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text.startsWith('\r\n', i)) {
      i += 2;
      records.push(record);
      record = [];
      if (i === text.length) return records;
      continue;
    }
    throw new Error(i >= text.length ? 'the last record does not end with CRLF' : `unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
}
