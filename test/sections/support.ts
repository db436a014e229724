/**
 * A small realistic register and procedure for the generated-section tests, read in-process the way
 * loadRepository reads them.
 */
import { defaultConfig } from '../../src/config/defaults.js';
import type { QmsConfig, RegionName } from '../../src/config/types.js';
import { createMentionMatcher } from '../../src/document/mentions.js';
import type { ControlledDocument } from '../../src/model/document.js';
import { readControlledDocument } from '../../src/document/read-document.js';
import { readLegalEntry } from '../../src/document/read-legal.js';
import { Register } from '../../src/model/register.js';
import type { RenderContext } from '../../src/sections/render.js';
import { defaultTemplates, type SectionTemplates } from '../../src/sections/templates.js';

export const TODAY = '2026-11-27';

function entry(fields: string): string {
  return `---\n${fields.trim()}\n---\n`;
}

/** Register entries by file name: real documents and relations, plus a fictional repeal in 2026. */
export const LEGAL: Record<string, string> = {
  'legal/nd-61-2018.md': entry(`
id: 61/2018/NĐ-CP
kind: Nghị định
title: Về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính
issuer: Chính phủ
signed: 2018-04-23
effective: 2018-06-21`),
  'legal/nd-107-2021.md': entry(`
id: 107/2021/NĐ-CP
kind: Nghị định
title: Sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP
issuer: Chính phủ
signed: 2021-12-06
effective: 2022-02-21
amends: [61/2018/NĐ-CP]`),
  'legal/tt-01-2018.md': entry(`
id: 01/2018/TT-VPCP
kind: Thông tư
title: Hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP
issuer: Văn phòng Chính phủ
signed: 2018-11-23
effective: 2019-01-06
guides: [61/2018/NĐ-CP]`),
  'legal/nd-63-2010.md': entry(`
id: 63/2010/NĐ-CP
kind: Nghị định
title: Về kiểm soát thủ tục hành chính
issuer: Chính phủ
signed: 2010-06-08
effective: 2010-10-14`),
  'legal/nd-48-2013.md': entry(`
id: 48/2013/NĐ-CP
kind: Nghị định
title: Sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính
issuer: Chính phủ
signed: 2013-05-14
effective: 2013-07-01
amends: [63/2010/NĐ-CP]`),
  'legal/nd-92-2017.md': entry(`
id: 92/2017/NĐ-CP
kind: Nghị định
title: Sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính
issuer: Chính phủ
signed: 2017-08-07
effective: 2017-09-25
amends:
  - id: 63/2010/NĐ-CP
    articles: [Điều 8]`),
  'legal/luat-45-2013.md': entry(`
id: 45/2013/QH13
kind: Luật
title: Luật Đất đai
issuer: Quốc hội
signed: 2013-11-29
effective: 2014-07-01`),
  'legal/luat-31-2024.md': entry(`
id: 31/2024/QH15
kind: Luật
title: Luật Đất đai
issuer: Quốc hội
signed: 2024-01-18
effective: 2024-08-01
replaces: [45/2013/QH13]`),
  'legal/tcvn-9001.md': entry(`
id: TCVN ISO 9001:2015
kind: Tiêu chuẩn
title: Hệ thống quản lý chất lượng – Các yêu cầu
issuer: Bộ Khoa học và Công nghệ
signed: 2015-12-31
effective: 2015-12-31`),
  'legal/tt-03-2014.md': entry(`
id: 03/2014/TT-BKHCN
kind: Thông tư
title: Hướng dẫn điều kiện thành lập và đăng ký hoạt động của tổ chức khoa học và công nghệ
issuer: Bộ Khoa học và Công nghệ
signed: 2014-03-31
effective: 2014-05-15`),
  'legal/tt-15-2026.md': entry(`
id: 15/2026/TT-BKHCN
kind: Thông tư
title: Bãi bỏ một số thông tư
issuer: Bộ Khoa học và Công nghệ
signed: 2026-05-10
effective: 2026-07-01
repeals: [03/2014/TT-BKHCN]`),
};

/** The front matter of the sample procedure. */
export const FRONT_MATTER = `---
code: QT-KHCN-01
title: Quy trình cấp giấy phép chuyển giao công nghệ
type: procedure
revision: 2
status: effective
effective: 2022-05-01
owner: Phòng Quản lý chuyên ngành
approval:
  prepared: { name: Nguyễn Văn An, title: Chuyên viên, date: 2022-04-01 }
  reviewed: { name: Trần Thị Bình, title: Trưởng phòng, date: 2022-04-05 }
  approved: { name: Lê Văn Cường, title: Giám đốc, date: 2022-04-10 }
legal_basis:
  - id: 61/2018/NĐ-CP
    articles: [Điều 18, khoản 2 Điều 19]
  - id: 63/2010/NĐ-CP
  - id: 45/2013/QH13
  - id: TCVN ISO 9001:2015
  - id: 03/2014/TT-BKHCN
  - id: 99/2099/NĐ-CP
history:
  - { revision: 1, date: 2019-03-01, summary: Ban hành lần đầu }
  - { revision: 2, date: 2022-04-10, summary: Cập nhật theo Nghị định 107/2021/NĐ-CP, trigger: 107/2021/NĐ-CP }
---
`;

export const BODY = `
# QUY TRÌNH CẤP GIẤY PHÉP CHUYỂN GIAO CÔNG NGHỆ

## 1. Mục đích

Quy định trình tự cấp giấy phép.

## 3. Tài liệu viện dẫn

- Các văn bản dưới đây.

## 5. Nội dung quy trình

Tiếp nhận hồ sơ.
`;

export const SAMPLE = FRONT_MATTER + BODY;

export function register(legal: Record<string, string> = LEGAL): Register {
  return new Register(Object.entries(legal).map(([file, text]) => readLegalEntry(file, text)));
}

/** A config whose procedures require `regions` (no required sections). */
export function config(regions: RegionName[] = [], language: 'vi' | 'en' = 'vi'): QmsConfig {
  const base = defaultConfig();
  base.language = language;
  base.types.procedure = { ...base.types.procedure!, sections: [], regions };
  return base;
}

/** Reads a document's text as loadRepository does. */
export function readDocument(text: string, reg: Register = register(), cfg: QmsConfig = config()): ControlledDocument {
  return readControlledDocument('procedures/QT-KHCN-01.md', text, {
    recognizer: reg.recognizer,
    legalKeys: new Set(reg.byKey.keys()),
    mentions: createMentionMatcher(Object.values(cfg.types).map((t) => t.pattern)),
  });
}

export function context(options: { regions?: RegionName[]; language?: 'vi' | 'en'; today?: string; templates?: SectionTemplates; legal?: Record<string, string> } = {}): RenderContext {
  const language = options.language ?? 'vi';
  return {
    register: register(options.legal),
    config: config(options.regions ?? [], language),
    today: options.today ?? TODAY,
    templates: options.templates ?? defaultTemplates(language),
  };
}

export const ALL_REGIONS: RegionName[] = ['identification', 'approval', 'history', 'legal-basis'];
