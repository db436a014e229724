#!/usr/bin/env node
// Deterministic generator of a realistic QMS repository for the qms benchmark.
//
//   node bench/generate.mjs --procedures 10000 [--out bench/out/10000] [--seed qms-bench] [--force]
//
// Writes <out>/repo (a git repository: branch `main` with the whole QMS, branch `feature`
// checked out with 50 revised procedures) and <out>/bench-meta.json (what the runner needs).
// Same procedures + seed + GENERATOR_VERSION => byte-identical files and identical commits.
// No Math.random: one seeded sfc32 stream drives every choice.
import { execFileSync } from 'node:child_process';
import { Buffer } from 'node:buffer';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { appendix, BAD_SCHEMA, freshRegions, MESSY_REGIONS, missingMentions, planMess, staleLegalBasis } from './messy.mjs';

/** Bump whenever the output changes: cached repositories with another version are regenerated. */
export const GENERATOR_VERSION = 3;
/** The shapes of repository the generator makes (bench/README.md). */
export const SHAPES = ['standard', 'messy'];
export const DEFAULT_SEED = 'qms-bench';
/** The day every run is checked against (`--today`); all generated dates lie before it. */
export const TODAY = '2026-11-27';
/** The legal document cited by ~5% of procedures and amended by another register entry. */
export const IMPACT_DOCUMENT = '61/2018/NĐ-CP';
export const IMPACT_AMENDED_BY = '107/2021/NĐ-CP';
export const CHANGED_PROCEDURES = 50;

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------
// Seeded PRNG (sfc32, seeded by cyrb128 of a string)
// ---------------------------------------------------------------------------------------------

function cyrb128(str) {
  let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
  for (let i = 0; i < str.length; i++) {
    const k = str.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

export function createRng(seed) {
  let [a, b, c, d] = cyrb128(String(seed));
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  const rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
    /** k distinct items, in list order. */
    sample: (list, k) => {
      const idx = list.map((_, i) => i);
      for (let i = 0; i < Math.min(k, idx.length); i++) {
        const j = i + Math.floor(next() * (idx.length - i));
        [idx[i], idx[j]] = [idx[j], idx[i]];
      }
      return idx.slice(0, k).sort((x, y) => x - y).map((i) => list[i]);
    },
    weighted: (pairs) => {
      let total = 0;
      for (const [, w] of pairs) total += w;
      let r = next() * total;
      for (const [v, w] of pairs) if ((r -= w) < 0) return v;
      return pairs[pairs.length - 1][0];
    },
  };
  return rng;
}

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

const DAY = 86400000;
const toDays = (iso) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const fromDays = (n) => new Date(n * DAY).toISOString().slice(0, 10);
const addDays = (iso, n) => fromDays(toDays(iso) + n);
/** 2018-04-23 → 23/4/2018 (the way Vietnamese texts write it). */
const viDate = (iso) => `${Number(iso.slice(8, 10))}/${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}`;
/** 2018-04-23 → 23/04/2018 (the way headers write it). */
const viDate2 = (iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const viDateLong = (iso) => `ngày ${Number(iso.slice(8, 10))} tháng ${Number(iso.slice(5, 7))} năm ${iso.slice(0, 4)}`;

// ---------------------------------------------------------------------------------------------
// The legal register: real documents and chains (docs of the demo and the domain reference),
// plus synthetic entries (marked as such in their notes) to reach ~60 with more chains.
// ---------------------------------------------------------------------------------------------

const CP = 'Chính phủ';
const QH = 'Quốc hội';
const BKHCN = 'Bộ Khoa học và Công nghệ';

/** [id, kind, issuer, signed, effective, title, extra] */
const REAL = [
  ['01/2011/QH13', 'Luật', QH, '2011-11-11', '2012-07-01', 'Luật Lưu trữ', { aliases: ['Luật Lưu trữ 2011'] }],
  ['33/2024/QH15', 'Luật', QH, '2024-06-21', '2025-07-01', 'Luật Lưu trữ', { aliases: ['Luật Lưu trữ 2024'], replaces: ['01/2011/QH13'] }],
  ['07/2017/QH14', 'Luật', QH, '2017-06-19', '2018-07-01', 'Luật Chuyển giao công nghệ', { aliases: ['Luật Chuyển giao công nghệ 2017'] }],
  ['18/2008/QH12', 'Luật', QH, '2008-06-03', '2009-01-01', 'Luật Năng lượng nguyên tử', { aliases: ['Luật Năng lượng nguyên tử 2008'] }],
  ['29/2013/QH13', 'Luật', QH, '2013-06-18', '2014-01-01', 'Luật Khoa học và Công nghệ', { aliases: ['Luật Khoa học và Công nghệ 2013'] }],
  ['45/2013/QH13', 'Luật', QH, '2013-11-29', '2014-07-01', 'Luật Đất đai', { aliases: ['Luật Đất đai 2013'] }],
  ['35/2018/QH14', 'Luật', QH, '2018-11-20', '2019-01-01', 'Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch', { amends: [{ id: '45/2013/QH13' }] }],
  ['31/2024/QH15', 'Luật', QH, '2024-01-18', '2024-08-01', 'Luật Đất đai', { aliases: ['Luật Đất đai 2024'], replaces: ['45/2013/QH13'] }],
  ['59/2020/QH14', 'Luật', QH, '2020-06-17', '2021-01-01', 'Luật Doanh nghiệp', { aliases: ['Luật Doanh nghiệp 2020'] }],
  ['03/2022/QH15', 'Luật', QH, '2022-01-11', '2022-03-01', 'Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công, Luật Đầu tư theo phương thức đối tác công tư, Luật Đầu tư, Luật Nhà ở, Luật Đấu thầu, Luật Điện lực, Luật Doanh nghiệp, Luật Thuế tiêu thụ đặc biệt và Luật Thi hành án dân sự', { amends: [{ id: '59/2020/QH14' }] }],
  ['43/2014/NĐ-CP', 'Nghị định', CP, '2014-05-15', '2014-07-01', 'Quy định chi tiết thi hành một số điều của Luật Đất đai', { guides: ['45/2013/QH13'] }],
  ['01/2017/NĐ-CP', 'Nghị định', CP, '2017-01-06', '2017-03-03', 'Sửa đổi, bổ sung một số nghị định quy định chi tiết thi hành Luật Đất đai', { amends: [{ id: '43/2014/NĐ-CP' }] }],
  ['148/2020/NĐ-CP', 'Nghị định', CP, '2020-12-18', '2021-02-08', 'Sửa đổi, bổ sung một số nghị định quy định chi tiết thi hành Luật Đất đai', { amends: [{ id: '43/2014/NĐ-CP' }] }],
  ['102/2024/NĐ-CP', 'Nghị định', CP, '2024-07-30', '2024-08-01', 'Quy định chi tiết thi hành một số điều của Luật Đất đai', { replaces: ['43/2014/NĐ-CP'], guides: ['31/2024/QH15'] }],
  ['08/2014/NĐ-CP', 'Nghị định', CP, '2014-01-27', '2014-03-15', 'Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Khoa học và Công nghệ', { guides: ['29/2013/QH13'] }],
  ['13/2019/NĐ-CP', 'Nghị định', CP, '2019-02-01', '2019-03-20', 'Về doanh nghiệp khoa học và công nghệ', { guides: ['29/2013/QH13'] }],
  ['76/2018/NĐ-CP', 'Nghị định', CP, '2018-05-15', '2018-07-01', 'Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Chuyển giao công nghệ', { guides: ['07/2017/QH14'] }],
  ['142/2020/NĐ-CP', 'Nghị định', CP, '2020-12-09', '2021-02-01', 'Quy định về việc tiến hành công việc bức xạ và hoạt động dịch vụ hỗ trợ ứng dụng năng lượng nguyên tử', { guides: ['18/2008/QH12'] }],
  ['110/2004/NĐ-CP', 'Nghị định', CP, '2004-04-08', '2004-05-03', 'Về công tác văn thư', {}],
  ['09/2010/NĐ-CP', 'Nghị định', CP, '2010-02-08', '2010-04-01', 'Sửa đổi, bổ sung một số điều của Nghị định số 110/2004/NĐ-CP ngày 08 tháng 4 năm 2004 của Chính phủ về công tác văn thư', { amends: [{ id: '110/2004/NĐ-CP' }] }],
  ['30/2020/NĐ-CP', 'Nghị định', CP, '2020-03-05', '2020-03-05', 'Về công tác văn thư', { replaces: ['110/2004/NĐ-CP', '09/2010/NĐ-CP'] }],
  ['34/2016/NĐ-CP', 'Nghị định', CP, '2016-05-14', '2016-07-01', 'Quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật', {}],
  ['154/2020/NĐ-CP', 'Nghị định', CP, '2020-12-31', '2021-01-01', 'Sửa đổi, bổ sung một số điều của Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật', { amends: [{ id: '34/2016/NĐ-CP' }] }],
  ['59/2024/NĐ-CP', 'Nghị định', CP, '2024-05-25', '2024-07-10', 'Sửa đổi, bổ sung một số điều của Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật đã được sửa đổi, bổ sung bởi Nghị định số 154/2020/NĐ-CP', { amends: [{ id: '34/2016/NĐ-CP' }] }],
  ['45/2020/NĐ-CP', 'Nghị định', CP, '2020-04-08', '2020-05-22', 'Về thực hiện thủ tục hành chính trên môi trường điện tử', {}],
  ['63/2010/NĐ-CP', 'Nghị định', CP, '2010-06-08', '2010-10-14', 'Về kiểm soát thủ tục hành chính', {}],
  ['48/2013/NĐ-CP', 'Nghị định', CP, '2013-05-14', '2013-07-01', 'Sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính', { amends: [{ id: '63/2010/NĐ-CP' }] }],
  ['92/2017/NĐ-CP', 'Nghị định', CP, '2017-08-07', '2017-09-25', 'Sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính', { amends: [{ id: '63/2010/NĐ-CP', articles: ['Điều 8', 'Điều 9'] }] }],
  ['61/2018/NĐ-CP', 'Nghị định', CP, '2018-04-23', '2018-06-21', 'Về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính', {}],
  ['107/2021/NĐ-CP', 'Nghị định', CP, '2021-12-06', '2022-02-21', 'Sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính', { amends: [{ id: '61/2018/NĐ-CP' }] }],
  ['01/2018/TT-VPCP', 'Thông tư', 'Văn phòng Chính phủ', '2018-11-23', '2019-01-06', 'Hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính', { guides: ['61/2018/NĐ-CP'] }],
  ['19/2014/QĐ-TTg', 'Quyết định', 'Thủ tướng Chính phủ', '2014-03-05', '2014-05-18', 'Về việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước', {}],
  ['26/2014/TT-BKHCN', 'Thông tư', BKHCN, '2014-10-10', '2014-12-01', 'Quy định chi tiết thi hành Quyết định số 19/2014/QĐ-TTg ngày 05 tháng 3 năm 2014 của Thủ tướng Chính phủ về việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước', { guides: ['19/2014/QĐ-TTg'] }],
  ['101/QĐ-BKHCN', 'Quyết định', BKHCN, '2019-01-21', '2019-01-21', 'Về việc công bố Mô hình khung hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 cho các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước tại địa phương', {}],
  ['TCVN ISO 9001:2015', 'Tiêu chuẩn', BKHCN, '2015-12-31', '2015-12-31', 'Hệ thống quản lý chất lượng – Các yêu cầu', {}],
  ['03/2014/TT-BKHCN', 'Thông tư', BKHCN, '2014-03-31', '2014-05-15', 'Hướng dẫn điều kiện thành lập và đăng ký hoạt động của tổ chức khoa học và công nghệ, văn phòng đại diện, chi nhánh của tổ chức khoa học và công nghệ', { guides: ['08/2014/NĐ-CP'] }],
  // Chains from the domain reference; signing and effective dates of the amendments are approximate.
  ['103/2009/NĐ-CP', 'Nghị định', CP, '2009-11-06', '2010-01-01', 'Ban hành Quy chế hoạt động văn hóa và kinh doanh dịch vụ văn hóa công cộng', {}],
  ['01/2012/NĐ-CP', 'Nghị định', CP, '2012-01-04', '2012-02-20', 'Sửa đổi, bổ sung, thay thế hoặc hủy bỏ, bãi bỏ các quy định có liên quan đến thủ tục hành chính thuộc phạm vi chức năng quản lý của Bộ Văn hóa, Thể thao và Du lịch', { amends: [{ id: '103/2009/NĐ-CP' }] }],
  ['113/2013/NĐ-CP', 'Nghị định', CP, '2013-10-02', '2013-11-20', 'Về hoạt động mỹ thuật', { amends: [{ id: '103/2009/NĐ-CP' }] }],
  ['72/2016/NĐ-CP', 'Nghị định', CP, '2016-07-01', '2016-07-01', 'Sửa đổi, bổ sung một số điều của các Nghị định quy định về điều kiện kinh doanh trong lĩnh vực văn hóa', { amends: [{ id: '103/2009/NĐ-CP' }] }],
  ['110/2018/NĐ-CP', 'Nghị định', CP, '2018-08-29', '2018-10-15', 'Quy định về quản lý và tổ chức lễ hội', { amends: [{ id: '103/2009/NĐ-CP' }] }],
  ['142/2018/NĐ-CP', 'Nghị định', CP, '2018-10-09', '2018-10-09', 'Sửa đổi một số quy định về điều kiện đầu tư kinh doanh thuộc phạm vi quản lý nhà nước của Bộ Văn hóa, Thể thao và Du lịch', { amends: [{ id: '103/2009/NĐ-CP' }] }],
  ['54/2019/NĐ-CP', 'Nghị định', CP, '2019-06-19', '2019-09-01', 'Quy định về kinh doanh dịch vụ karaoke, dịch vụ vũ trường', { amends: [{ id: '103/2009/NĐ-CP' }] }],
  ['28/2012/TT-BKHCN', 'Thông tư', BKHCN, '2012-12-12', '2013-01-27', 'Quy định về công bố hợp chuẩn, công bố hợp quy và phương thức đánh giá sự phù hợp với tiêu chuẩn, quy chuẩn kỹ thuật', {}],
  ['02/2017/TT-BKHCN', 'Thông tư', BKHCN, '2017-03-31', '2017-05-15', 'Sửa đổi, bổ sung một số điều của Thông tư số 28/2012/TT-BKHCN ngày 12 tháng 12 năm 2012 của Bộ trưởng Bộ Khoa học và Công nghệ', { amends: [{ id: '28/2012/TT-BKHCN' }] }],
  ['03/2019/TT-BKHCN', 'Thông tư', BKHCN, '2019-05-22', '2019-07-15', 'Sửa đổi, bổ sung một số điều của các thông tư về công bố hợp chuẩn, công bố hợp quy', { amends: [{ id: '28/2012/TT-BKHCN' }] }],
  ['06/2020/TT-BKHCN', 'Thông tư', BKHCN, '2020-12-10', '2021-01-25', 'Quy định chi tiết một số điều về công bố hợp chuẩn, công bố hợp quy', { amends: [{ id: '28/2012/TT-BKHCN' }] }],
];

/** Synthetic entries (fictional documents; their notes say so), with chains the real ones lack. */
const SYNTHETIC = [
  // base → amended → the amendment itself amended
  ['155/2019/NĐ-CP', 'Nghị định', CP, '2019-10-28', '2019-12-15', 'Quy định chi tiết về cấp phép xây dựng và quản lý trật tự xây dựng', {}],
  ['121/2022/NĐ-CP', 'Nghị định', CP, '2022-12-30', '2023-02-15', 'Sửa đổi, bổ sung một số điều của Nghị định số 155/2019/NĐ-CP', { amends: [{ id: '155/2019/NĐ-CP' }] }],
  ['88/2024/NĐ-CP', 'Nghị định', CP, '2024-07-12', '2024-09-01', 'Sửa đổi, bổ sung Điều 3 của Nghị định số 121/2022/NĐ-CP', { amends: [{ id: '121/2022/NĐ-CP', articles: ['Điều 3'] }] }],
  ['12/2020/TT-BXD', 'Thông tư', 'Bộ Xây dựng', '2020-06-30', '2020-08-15', 'Hướng dẫn hồ sơ đề nghị cấp giấy phép xây dựng', { guides: ['155/2019/NĐ-CP'] }],
  // replaced, and the replacement recently amended (warnings: three months still run)
  ['72/2017/NĐ-CP', 'Nghị định', CP, '2017-06-12', '2017-08-01', 'Quy định điều kiện kinh doanh dược và hành nghề dược', {}],
  ['128/2023/NĐ-CP', 'Nghị định', CP, '2023-12-26', '2024-02-15', 'Quy định điều kiện kinh doanh dược và hành nghề dược', { replaces: ['72/2017/NĐ-CP'] }],
  ['162/2026/NĐ-CP', 'Nghị định', CP, '2026-08-14', '2026-10-01', 'Sửa đổi, bổ sung một số điều của Nghị định số 128/2023/NĐ-CP', { amends: [{ id: '128/2023/NĐ-CP', articles: ['Điều 5', 'Điều 12'] }] }],
  ['38/2021/TT-BYT', 'Thông tư', 'Bộ Y tế', '2021-12-20', '2022-02-05', 'Hướng dẫn hồ sơ cấp chứng chỉ hành nghề và giấy chứng nhận đủ điều kiện kinh doanh', {}],
  ['25/2023/TT-BTC', 'Thông tư', 'Bộ Tài chính', '2023-05-08', '2023-07-01', 'Quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định hồ sơ cấp phép', {}],
  ['17/2022/QĐ-UBND', 'Quyết định', 'Ủy ban nhân dân tỉnh', '2022-04-11', '2022-04-25', 'Ban hành Quy chế phối hợp giải quyết thủ tục hành chính theo cơ chế một cửa liên thông trên địa bàn tỉnh', {}],
  ['09/2025/QĐ-UBND', 'Quyết định', 'Ủy ban nhân dân tỉnh', '2025-07-04', '2025-07-15', 'Ban hành Quy chế phối hợp giải quyết thủ tục hành chính theo cơ chế một cửa liên thông trên địa bàn tỉnh sau sắp xếp chính quyền địa phương hai cấp', { replaces: ['17/2022/QĐ-UBND'] }],
  ['15/2021/NĐ-CP', 'Nghị định', CP, '2021-03-03', '2021-04-20', 'Quy định chi tiết một số nội dung về quản lý dự án đầu tư xây dựng', {}],
  ['35/2023/NĐ-CP', 'Nghị định', CP, '2023-06-20', '2023-06-20', 'Sửa đổi, bổ sung một số điều của các nghị định thuộc lĩnh vực quản lý nhà nước của Bộ Xây dựng', { amends: [{ id: '15/2021/NĐ-CP' }, { id: '155/2019/NĐ-CP' }] }],
];

const KIND_PREFIX = { 'Luật': 'luat', 'Nghị định': 'nd', 'Thông tư': 'tt', 'Quyết định': 'qd', 'Tiêu chuẩn': '' };
const KIND_SHORT = { 'Nghị định': ['NĐ', 'Nghị định'], 'Thông tư': ['TT', 'Thông tư'], 'Quyết định': ['QĐ', 'Quyết định'] };

function buildRegister() {
  const entries = [];
  for (const [list, synthetic] of [[REAL, false], [SYNTHETIC, true]]) {
    for (const [id, kind, issuer, signed, effective, title, extra] of list) {
      entries.push({ id, kind, issuer, signed, effective, title, synthetic, aliases: extra.aliases ?? [], amends: extra.amends ?? [], replaces: extra.replaces ?? [], guides: extra.guides ?? [] });
    }
  }
  const byId = new Map(entries.map((e) => [e.id, e]));
  for (const e of entries) {
    e.amendedBy = [];
    e.replacedBy = [];
  }
  for (const e of entries) {
    e.titleCites = [...e.title.matchAll(/số (\d+\/\d{4}\/[A-Za-zĐ-]+)/g)].map((m) => m[1]).filter((id) => byId.has(id));
    for (const a of e.amends) byId.get(a.id).amendedBy.push(e);
    for (const r of e.replaces) byId.get(r).replacedBy.push(e);
  }
  return { entries, byId };
}

const slug = (s) => s.replace(/[Đđ]/g, 'd').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function legalFile(entry) {
  const prefix = KIND_PREFIX[entry.kind];
  return `legal/${prefix ? `${prefix}-` : ''}${slug(entry.id)}.md`;
}

/** A YAML scalar: plain when safe, else double-quoted (JSON strings are valid YAML). */
function y(value) {
  const s = String(value);
  if (/^[\p{L}\d(][^:#[\]{},"'|>&*!%@`]*$/u.test(s) && !/\s$/.test(s) && !/^\d+([./-]\d+)*$/.test(s)) return s;
  return JSON.stringify(s);
}

function legalText(entry) {
  const lines = ['---', `id: ${y(entry.id)}`, `kind: ${entry.kind}`, `title: ${y(entry.title)}`, `issuer: ${entry.issuer}`, `signed: ${entry.signed}`, `effective: ${entry.effective}`];
  lines.push(`aliases: [${entry.aliases.map(y).join(', ')}]`);
  if (entry.amends.length > 0) {
    lines.push('amends:');
    for (const a of entry.amends) {
      lines.push(`  - id: ${y(a.id)}`);
      if (a.articles) lines.push(`    articles: [${a.articles.join(', ')}]`);
    }
  }
  if (entry.replaces.length > 0) lines.push(`replaces: [${entry.replaces.map(y).join(', ')}]`);
  if (entry.guides.length > 0) lines.push(`guides: [${entry.guides.map(y).join(', ')}]`);
  lines.push('---', '');
  const notes = [];
  if (entry.synthetic) notes.push('Văn bản tổng hợp (không có thật), chỉ dùng cho bộ đo hiệu năng của qms.');
  notes.push(`${entry.kind} ${entry.id} ${viDateLong(entry.signed)} của ${entry.issuer}, có hiệu lực từ ngày ${viDate2(entry.effective)}.`);
  if (entry.amendedBy.length > 0) notes.push(`Được sửa đổi, bổ sung bởi ${entry.amendedBy.map((b) => `${b.kind} ${b.id}`).join(', ')}.`);
  if (entry.replacedBy.length > 0) notes.push(`Bị thay thế bởi ${entry.replacedBy.map((b) => `${b.kind} ${b.id}`).join(', ')}.`);
  lines.push(notes.join(' '), '');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Agencies (departments of a province), their procedures' subjects and legal profiles
// ---------------------------------------------------------------------------------------------

const COMMON_ISO = ['TCVN ISO 9001:2015', '19/2014/QĐ-TTg', '26/2014/TT-BKHCN', '101/QĐ-BKHCN'];

const DEPARTMENTS = [
  {
    code: 'TP', folder: 'so-tu-phap', name: 'Sở Tư pháp', weight: 10,
    units: ['Phòng Hành chính tư pháp', 'Phòng Bổ trợ tư pháp', 'Phòng Xây dựng và kiểm tra văn bản', 'Văn phòng Sở'],
    subjects: ['Phiếu lý lịch tư pháp', 'Giấy đăng ký hoạt động của văn phòng công chứng', 'Giấy đăng ký hoạt động của tổ chức hành nghề luật sư', 'Thẻ công chứng viên', 'Giấy đăng ký hoạt động của Trung tâm trọng tài', 'Giấy đăng ký hoạt động của văn phòng thừa phát lại', 'Chứng chỉ hành nghề đấu giá', 'Giấy đăng ký hoạt động của tổ chức giám định tư pháp'],
    legal: [['34/2016/NĐ-CP', 0.5], ['30/2020/NĐ-CP', 0.3]],
  },
  {
    code: 'TC', folder: 'so-tai-chinh', name: 'Sở Tài chính', weight: 12,
    units: ['Phòng Đăng ký kinh doanh', 'Phòng Quản lý giá và công sản', 'Phòng Đầu tư', 'Văn phòng Sở'],
    subjects: ['Giấy chứng nhận đăng ký doanh nghiệp', 'Giấy chứng nhận đăng ký hoạt động chi nhánh', 'Giấy chứng nhận đăng ký đầu tư', 'Giấy chứng nhận đăng ký hoạt động văn phòng đại diện', 'Quyết định chủ trương đầu tư', 'Thông báo thay đổi nội dung đăng ký doanh nghiệp'],
    legal: [['59/2020/QH14', 0.8], ['25/2023/TT-BTC', 0.4]],
  },
  {
    code: 'VHTTDL', folder: 'so-van-hoa-the-thao-du-lich', name: 'Sở Văn hóa, Thể thao và Du lịch', weight: 10,
    units: ['Phòng Quản lý văn hóa', 'Phòng Quản lý thể dục thể thao', 'Phòng Quản lý du lịch', 'Văn phòng Sở'],
    subjects: ['Giấy phép kinh doanh dịch vụ karaoke', 'Giấy phép kinh doanh dịch vụ vũ trường', 'Giấy phép tổ chức lễ hội', 'Giấy phép triển lãm mỹ thuật', 'Giấy phép tổ chức biểu diễn nghệ thuật', 'Giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao', 'Giấy phép kinh doanh dịch vụ lữ hành nội địa'],
    legal: [['103/2009/NĐ-CP', 0.7], ['25/2023/TT-BTC', 0.2]],
  },
  {
    code: 'NNMT', folder: 'so-nong-nghiep-moi-truong', name: 'Sở Nông nghiệp và Môi trường', weight: 14,
    units: ['Phòng Quản lý đất đai', 'Phòng Tài nguyên nước', 'Phòng Môi trường', 'Chi cục Thủy lợi', 'Văn phòng Sở'],
    subjects: ['Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', 'Quyết định giao đất, cho thuê đất', 'Giấy phép khai thác, sử dụng nước mặt', 'Giấy phép môi trường', 'Giấy phép thăm dò nước dưới đất', 'Quyết định chuyển mục đích sử dụng đất', 'Giấy phép hoạt động trong phạm vi bảo vệ công trình thủy lợi'],
    legal: [['31/2024/QH15', 0.6], ['102/2024/NĐ-CP', 0.5], ['25/2023/TT-BTC', 0.2]],
  },
  {
    code: 'XD', folder: 'so-xay-dung', name: 'Sở Xây dựng', weight: 10,
    units: ['Phòng Quản lý hoạt động xây dựng', 'Phòng Quy hoạch – Kiến trúc', 'Phòng Quản lý nhà và thị trường bất động sản', 'Văn phòng Sở'],
    subjects: ['Giấy phép xây dựng', 'Chứng chỉ hành nghề hoạt động xây dựng', 'Chứng chỉ năng lực hoạt động xây dựng', 'Văn bản thẩm định báo cáo nghiên cứu khả thi', 'Giấy phép di dời công trình', 'Văn bản thông báo kết quả kiểm tra công tác nghiệm thu'],
    legal: [['155/2019/NĐ-CP', 0.6], ['15/2021/NĐ-CP', 0.5], ['12/2020/TT-BXD', 0.3]],
  },
  {
    code: 'CT', folder: 'so-cong-thuong', name: 'Sở Công Thương', weight: 9,
    units: ['Phòng Quản lý thương mại', 'Phòng Quản lý công nghiệp', 'Phòng Quản lý năng lượng', 'Văn phòng Sở'],
    subjects: ['Giấy phép bán buôn rượu', 'Giấy phép bán lẻ sản phẩm thuốc lá', 'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 'Giấy phép hoạt động điện lực', 'Giấy chứng nhận đủ điều kiện cửa hàng bán lẻ xăng dầu', 'Giấy phép sử dụng vật liệu nổ công nghiệp'],
    legal: [['25/2023/TT-BTC', 0.4], ['45/2020/NĐ-CP', 0.3]],
  },
  {
    code: 'YT', folder: 'so-y-te', name: 'Sở Y tế', weight: 10,
    units: ['Phòng Nghiệp vụ Y', 'Phòng Nghiệp vụ Dược', 'Phòng Quản lý hành nghề', 'Văn phòng Sở'],
    subjects: ['Giấy phép hoạt động khám bệnh, chữa bệnh', 'Chứng chỉ hành nghề dược', 'Giấy chứng nhận đủ điều kiện kinh doanh dược', 'Giấy phép hành nghề khám bệnh, chữa bệnh', 'Giấy xác nhận nội dung quảng cáo thuốc', 'Giấy chứng nhận cơ sở đạt tiêu chuẩn thực hành tốt phân phối thuốc'],
    legal: [['128/2023/NĐ-CP', 0.6], ['38/2021/TT-BYT', 0.4]],
  },
  {
    code: 'GDDT', folder: 'so-giao-duc-dao-tao', name: 'Sở Giáo dục và Đào tạo', weight: 8,
    units: ['Phòng Giáo dục trung học', 'Phòng Giáo dục thường xuyên', 'Phòng Khảo thí và quản lý chất lượng', 'Văn phòng Sở'],
    subjects: ['Quyết định cho phép thành lập trung tâm ngoại ngữ, tin học', 'Quyết định cho phép hoạt động giáo dục', 'Bản sao văn bằng, chứng chỉ từ sổ gốc', 'Giấy chứng nhận đăng ký hoạt động liên kết đào tạo', 'Quyết định công nhận trường đạt chuẩn quốc gia', 'Văn bản chỉnh sửa nội dung văn bằng, chứng chỉ'],
    legal: [['45/2020/NĐ-CP', 0.4]],
  },
  {
    code: 'NV', folder: 'so-noi-vu', name: 'Sở Nội vụ', weight: 8,
    units: ['Phòng Tổ chức bộ máy', 'Phòng Công chức, viên chức', 'Phòng Văn thư – Lưu trữ', 'Văn phòng Sở'],
    subjects: ['Quyết định công nhận ban vận động thành lập hội', 'Quyết định phê duyệt điều lệ hội', 'Quyết định cho phép thành lập hội', 'Chứng chỉ hành nghề lưu trữ', 'Quyết định công nhận quỹ xã hội, quỹ từ thiện đủ điều kiện hoạt động', 'Văn bản chấp thuận tổ chức đại hội nhiệm kỳ'],
    legal: [['30/2020/NĐ-CP', 0.6], ['33/2024/QH15', 0.4]],
  },
  {
    code: 'KHCN', folder: 'so-khoa-hoc-cong-nghe', name: 'Sở Khoa học và Công nghệ', weight: 9,
    units: ['Phòng Quản lý khoa học', 'Phòng Quản lý công nghệ và thị trường công nghệ', 'Phòng Quản lý chuyên ngành', 'Chi cục Tiêu chuẩn Đo lường Chất lượng', 'Văn phòng Sở'],
    subjects: ['Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ', 'Giấy chứng nhận doanh nghiệp khoa học và công nghệ', 'Giấy phép tiến hành công việc bức xạ', 'Giấy chứng nhận đăng ký chuyển giao công nghệ', 'Chứng chỉ nhân viên bức xạ', 'Thông báo tiếp nhận hồ sơ công bố hợp quy', 'Giấy xác nhận đăng ký hoạt động xét tặng giải thưởng về khoa học và công nghệ'],
    legal: [['29/2013/QH13', 0.5], ['08/2014/NĐ-CP', 0.4], ['03/2014/TT-BKHCN', 0.25], ['13/2019/NĐ-CP', 0.15], ['07/2017/QH14', 0.2], ['76/2018/NĐ-CP', 0.2], ['18/2008/QH12', 0.15], ['142/2020/NĐ-CP', 0.15], ['28/2012/TT-BKHCN', 0.2]],
  },
  {
    code: 'VP', folder: 'van-phong-ubnd-tinh', name: 'Văn phòng Ủy ban nhân dân tỉnh', weight: 6,
    units: ['Phòng Kiểm soát thủ tục hành chính', 'Trung tâm Phục vụ hành chính công', 'Phòng Hành chính – Tổ chức', 'Phòng Tổng hợp'],
    subjects: ['Văn bản chấp thuận chủ trương', 'Văn bản thẩm định quy chế phối hợp', 'Quyết định công bố danh mục thủ tục hành chính', 'Văn bản trả lời phản ánh, kiến nghị về quy định hành chính', 'Quyết định phê duyệt quy trình nội bộ giải quyết thủ tục hành chính'],
    legal: [['63/2010/NĐ-CP', 0.7], ['45/2020/NĐ-CP', 0.5], ['09/2025/QĐ-UBND', 0.4], ['30/2020/NĐ-CP', 0.3]],
  },
];

const ACTIONS = [['Cấp', 5], ['Cấp lại', 3], ['Cấp đổi', 1], ['Điều chỉnh', 2], ['Gia hạn', 2], ['Thu hồi', 1], ['Cấp bổ sung nội dung', 1]];
const QUALIFIERS = ['', '', '', '', ' (nộp hồ sơ trực tuyến)', ' đối với tổ chức', ' đối với cá nhân', ' (thực hiện tại cấp tỉnh)', ' (liên thông)', ' trong trường hợp bị mất, hỏng'];

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Quách', 'Mai', 'Trịnh'];
const MIDDLE_M = ['Văn', 'Hữu', 'Đức', 'Minh', 'Quang', 'Công', 'Xuân', 'Thanh', 'Trọng', 'Ngọc'];
const MIDDLE_F = ['Thị', 'Thu', 'Thanh', 'Ngọc', 'Thị Thu', 'Hoài', 'Minh', 'Thúy'];
const GIVEN_M = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hải', 'Hòa', 'Hùng', 'Khánh', 'Long', 'Nam', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thắng', 'Tuấn', 'Việt', 'Vinh', 'Đạt'];
const GIVEN_F = ['Anh', 'Chi', 'Dung', 'Hà', 'Hạnh', 'Hằng', 'Hương', 'Lan', 'Linh', 'Mai', 'Nga', 'Ngọc', 'Nhung', 'Phương', 'Thảo', 'Trang', 'Vân', 'Yến', 'Huyền', 'Loan'];

function personName(rng) {
  const female = rng.chance(0.5);
  return `${rng.pick(FAMILY)} ${rng.pick(female ? MIDDLE_F : MIDDLE_M)} ${rng.pick(female ? GIVEN_F : GIVEN_M)}`;
}

// ---------------------------------------------------------------------------------------------
// Body text pools
// ---------------------------------------------------------------------------------------------

const PURPOSE = [
  'Quy định trình tự, thời gian, trách nhiệm giải quyết hồ sơ đề nghị {obj}, bảo đảm đúng quy định, công khai và đúng hạn.',
  'Thống nhất cách phối hợp giữa Bộ phận Một cửa, phòng chuyên môn và lãnh đạo {agency} khi giải quyết thủ tục {obj}.',
  'Bảo đảm mọi hồ sơ {obj} được theo dõi trên HTTT từ khi tiếp nhận đến khi trả kết quả.',
  'Làm căn cứ để công chức thực hiện thống nhất và để lãnh đạo kiểm tra, đánh giá việc giải quyết TTHC.',
];
const SCOPE = [
  'Áp dụng đối với tổ chức, cá nhân có nhu cầu {obj} thuộc thẩm quyền giải quyết của {agency}.',
  'Áp dụng cho {unit}, Bộ phận Một cửa và cá nhân có liên quan.',
  'Không áp dụng với trường hợp thuộc thẩm quyền của bộ, ngành trung ương hoặc Ủy ban nhân dân cấp xã.',
  'Hồ sơ nộp trực tiếp, qua bưu chính công ích hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.',
];
const ABBREVIATIONS = [
  ['TTHC', 'Thủ tục hành chính'], ['BPMC', 'Bộ phận Một cửa'], ['TTPVHCC', 'Trung tâm Phục vụ hành chính công tỉnh'],
  ['UBND', 'Ủy ban nhân dân'], ['CV', 'Chuyên viên'], ['HTTT', 'Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh'],
  ['DVCTT', 'Dịch vụ công trực tuyến'], ['HSHL', 'Hồ sơ hợp lệ'], ['KQGQ', 'Kết quả giải quyết'], ['LĐ', 'Lãnh đạo'],
];
const DOSSIER = [
  'Đơn đề nghị theo mẫu', 'bản sao có chứng thực giấy tờ pháp lý của tổ chức', 'bản thuyết minh đáp ứng điều kiện',
  'danh sách nhân lực kèm văn bằng, chứng chỉ', 'giấy tờ chứng minh quyền sử dụng trụ sở, địa điểm',
  'báo cáo kết quả hoạt động năm gần nhất', 'bản chính giấy phép đã được cấp (đối với trường hợp cấp lại, điều chỉnh)',
  'văn bản ủy quyền (nếu nộp thay)', 'bản kê khai trang thiết bị, cơ sở vật chất', 'chứng từ nộp phí, lệ phí',
];
const RECORDS = [
  ['Phiếu kiểm soát quá trình giải quyết hồ sơ', 'Bộ phận Một cửa', '05 năm'],
  ['Hồ sơ đề nghị của tổ chức, cá nhân', '{unit}', '10 năm'],
  ['Biên bản thẩm định, kiểm tra thực tế', '{unit}', '10 năm'],
  ['Tờ trình, dự thảo kết quả', '{unit}', '05 năm'],
  ['Bản sao kết quả giải quyết', 'Văn thư', 'Vĩnh viễn'],
  ['Sổ theo dõi hồ sơ', 'Bộ phận Một cửa', '05 năm'],
];
/** Working days each of the nine standard steps takes. */
const STEP_DAYS = [[0.5, 1], [0.5], [3, 5, 7, 10], [2, 3, 5], [1, 2, 3], [1, 2], [1, 2], [0.5, 1], [0.5, 1]];
const SUMMARIES = [
  'Rà soát, cập nhật thành phần hồ sơ', 'Rút ngắn thời gian thẩm định', 'Cập nhật căn cứ pháp lý',
  'Bổ sung tiếp nhận hồ sơ trực tuyến toàn trình', 'Điều chỉnh trách nhiệm sau sắp xếp tổ chức bộ máy',
  'Cập nhật mẫu phiếu, biểu mẫu kèm theo', 'Sửa đổi theo kết quả đánh giá nội bộ', 'Chuẩn hóa lưu đồ xử lý',
];

// ---------------------------------------------------------------------------------------------
// Citations in the forms real documents use
// ---------------------------------------------------------------------------------------------

const asciiId = (id) => id.replace(/Đ/g, 'D');
const spacedId = (id) => id.replace(/\//g, ' / ');

/** The "first mention" in Tài liệu viện dẫn, in one of the spellings published texts use. */
function fullCitation(rng, e) {
  if (e.kind === 'Tiêu chuẩn') return `${e.id} – ${e.title}`;
  const date = rng.chance(0.3) ? viDateLong(e.signed) : `ngày ${viDate(e.signed)}`;
  const subject = e.title.charAt(0).toLowerCase() + e.title.slice(1);
  if (e.kind === 'Luật') {
    const name = e.title.startsWith('Luật ') && e.aliases.length > 0 ? e.title : 'Luật';
    if (e.aliases.length > 0 && rng.chance(0.35)) return `${e.title} năm ${e.aliases[0].slice(-4)} (Luật số ${e.id})`;
    return `${name} số ${e.id} ${date} của ${e.issuer}${name === 'Luật' ? ` ${subject}` : ''}`;
  }
  const style = rng.weighted([['full', 25], ['short', 35], ['noSo', 10], ['ascii', 10], ['spaced', 5], ['nbsp', 5], ['bare', 10]]);
  switch (style) {
    case 'short': return `${e.kind} số ${e.id} ${date} của ${e.issuer}`;
    case 'noSo': return `${e.kind} ${e.id} ${date} của ${e.issuer} ${subject}`;
    case 'ascii': return `${e.kind} số ${asciiId(e.id)} ${date} của ${e.issuer} ${subject}`;
    case 'spaced': return `${e.kind} số ${spacedId(e.id)} ${date} của ${e.issuer}`;
    case 'nbsp': return `${e.kind}\u00a0số\u00a0${e.id} ${date} của ${e.issuer} ${subject}`;
    case 'bare': return `${e.id} ${date} của ${e.issuer}`;
    default: return `${e.kind} số ${e.id} ${date} của ${e.issuer} ${subject}`;
  }
}

/** A later mention: "Nghị định 61/2018", "NĐ 61/2018", "61/2018/ND-CP", an alias … */
function shortCitation(rng, e, afterArticle = false) {
  if (e.kind === 'Tiêu chuẩn') return e.id;
  if (e.kind === 'Luật') {
    if (e.aliases.length > 0 && rng.chance(0.6)) return rng.chance(0.5) ? e.aliases[0] : `${e.title} năm ${e.aliases[0].slice(-4)}`;
    return `Luật số ${e.id}`;
  }
  const m = /^(\d+)\/(\d{4})\//.exec(e.id);
  const words = KIND_SHORT[e.kind];
  const style = rng.weighted([['kindId', 40], ['kindNumberYear', 25], ['abbrNumberYear', 15], ['ascii', 15], ['idOnly', 5]]);
  if (m && words && style === 'kindNumberYear') return `${words[1]} ${m[1]}/${m[2]}`;
  if (m && words && style === 'abbrNumberYear') return `${words[0]} ${m[1]}/${m[2]}`;
  if (style === 'ascii') return `${e.kind} ${asciiId(e.id)}`;
  if (style === 'idOnly' && !afterArticle) return e.id;
  return `${e.kind} ${e.id}`;
}

function articleRef(rng) {
  const article = `Điều ${rng.int(3, 25)}`;
  const style = rng.weighted([['a', 3], ['k', 4], ['dk', 2]]);
  if (style === 'a') return article;
  if (style === 'k') return `khoản ${rng.int(1, 5)} ${article}`;
  return `điểm ${rng.pick(['a', 'b', 'c', 'đ'])} khoản ${rng.int(1, 4)} ${article}`;
}

// ---------------------------------------------------------------------------------------------
// Procedures and forms
// ---------------------------------------------------------------------------------------------

const pad = (n, w) => String(n).padStart(w, '0');
const groupThousands = (n) => String(n).replace(/\B(?=(\d{3})+$)/g, '.');
const upperVi = (s) => s.toLocaleUpperCase('vi');

/** Ascending dates for history rows 1..r, the last one ≤ `end`; `anchor` fixes row k's date. */
function historyDates(rng, r, start, end, anchor) {
  const s = toDays(start), e = toDays(end);
  const draw = (lo, hi, n) => {
    const out = [];
    for (let i = 0; i < n; i++) out.push(rng.int(lo, Math.max(lo, hi)));
    return out.sort((a, b) => a - b);
  };
  let days;
  if (anchor) {
    const a = toDays(anchor.date);
    days = [...draw(s, a - 20, anchor.row - 1), a, ...draw(a + 20, e, r - anchor.row)];
  } else days = draw(s, e, r);
  for (let i = 1; i < days.length; i++) if (days[i] <= days[i - 1]) days[i] = days[i - 1] + 1;
  return days.map(fromDays);
}

/** Everything random about one procedure, drawn once (so the feature-branch revision reuses it). */
function planProcedure(rng, ctx, dept, number, index) {
  const { register, impactCiters } = ctx;
  const code = `QT-${dept.code}-${pad(number, 3)}`;
  const subject = rng.pick(dept.subjects);
  const action = rng.weighted(ACTIONS);
  const qualifier = rng.pick(QUALIFIERS);
  const objectPhrase = `${action.toLowerCase()} ${subject}${qualifier}`;
  const title = `Quy trình ${objectPhrase}`;
  const unit = rng.pick(dept.units.slice(0, -1));
  const revision = rng.weighted([[1, 25], [2, 35], [3, 25], [4, 10], [5, 5]]);

  // Legal basis: the agency's profile, the common ISO set, TTHC control, and the one-stop-shop decree.
  const basis = [];
  const add = (id, articles) => { if (!basis.some((b) => b.id === id)) basis.push({ id, articles }); };
  for (const [id, p] of dept.legal) if (rng.chance(p)) add(id);
  if (basis.length === 0) add(dept.legal[0][0]);
  if (rng.chance(0.35)) for (const id of COMMON_ISO) if (rng.chance(0.6)) add(id);
  if (rng.chance(0.3)) add('63/2010/NĐ-CP', rng.chance(0.3) ? ['Điều 8'] : undefined);
  if (rng.chance(0.35)) add('45/2020/NĐ-CP');
  if (dept.code !== 'VP' && rng.chance(0.2)) add('09/2025/QĐ-UBND');
  const citesImpact = impactCiters.has(index);
  let impactAck = null;
  if (citesImpact) {
    add(IMPACT_DOCUMENT);
    if (rng.chance(0.3)) add('01/2018/TT-VPCP');
    impactAck = rng.weighted([['basis', 35], ['trigger', 25], ['none', 40]]);
  }

  // Deliberate audit findings, at the rates an internal audit finds them.
  const defect = rng.weighted([['none', 970], ['superseded', 6], ['unlisted', 8], ['overdue-amendment', 6], ['review', 10]]);
  if (defect === 'superseded') add(rng.pick(['43/2014/NĐ-CP', '45/2013/QH13', '72/2017/NĐ-CP', '17/2022/QĐ-UBND']));
  // Amendments in force are followed by listing the amending documents (what real procedures do),
  // except the chosen document (acknowledged per impactAck) and a planted overdue amendment.
  const skipAmenders = new Set();
  if (defect === 'overdue-amendment') {
    const amended = basis.map((b) => register.byId.get(b.id)).filter((e) => e.amendedBy.length > 0 && e.id !== IMPACT_DOCUMENT);
    if (amended.length > 0) skipAmenders.add(rng.pick(amended).id);
    else {
      add('34/2016/NĐ-CP');
      skipAmenders.add('34/2016/NĐ-CP');
    }
  }
  // Closure: an amending document that is itself amended brings its own amendments along.
  // So does a title that cites another document (26/2014/TT-BKHCN names 19/2014/QĐ-TTg).
  for (let i = 0; i < basis.length; i++) {
    const e = register.byId.get(basis[i].id);
    for (const id of e.titleCites) add(id);
    if (e.id === IMPACT_DOCUMENT || skipAmenders.has(e.id)) continue;
    for (const by of e.amendedBy) {
      // The recent synthetic amendment (in force 2026-10-01) is mostly not followed yet.
      if (by.effective > '2026-09-01' && rng.chance(0.8)) continue;
      add(by.id);
    }
  }
  if (impactAck === 'basis') add(IMPACT_AMENDED_BY);
  const unlisted = defect === 'unlisted' ? rng.pick(['30/2020/NĐ-CP', '45/2020/NĐ-CP', '01/2018/TT-VPCP', '19/2014/QĐ-TTg']) : null;
  const unlistedId = unlisted && !basis.some((b) => b.id === unlisted) ? unlisted : null;

  // History and approval dates.
  const lastEnd = defect === 'review' ? '2025-06-30' : '2026-10-31';
  let anchor;
  let rev = revision;
  if (impactAck === 'trigger') {
    rev = Math.max(2, revision);
    anchor = { row: 2, date: fromDays(toDays('2022-03-01') + rng.int(0, 75)) };
  }
  const start = citesImpact ? '2018-07-01' : '2016-03-01';
  const dates = historyDates(rng, rev, start, lastEnd, anchor);
  if (defect !== 'review' && rev === 1 && dates[0] < '2025-12-01' && rng.chance(0.5)) dates[0] = fromDays(toDays('2025-12-01') + rng.int(0, 300));
  const history = dates.map((date, i) => ({
    revision: i + 1,
    date,
    summary: i === 0 ? 'Ban hành lần đầu' : rng.pick(SUMMARIES),
    trigger: anchor && i + 1 === anchor.row ? IMPACT_AMENDED_BY : undefined,
  }));
  const approved = dates[dates.length - 1];
  const effective = fromDays(Math.min(toDays(approved) + rng.int(1, 15), toDays(TODAY) - 1));
  let lastReview;
  if (defect === 'review') lastReview = undefined;
  else if (toDays(TODAY) - toDays(approved) > 300) lastReview = fromDays(toDays(TODAY) - rng.int(20, 300));
  const people = {
    prepared: { name: personName(rng), title: 'Chuyên viên', date: addDays(approved, -rng.int(12, 30)) },
    reviewed: { name: personName(rng), title: rng.pick(unit === 'Văn phòng Sở' ? ['Chánh Văn phòng'] : ['Trưởng phòng', 'Trưởng phòng', 'Phó Trưởng phòng']), date: addDays(approved, -rng.int(2, 10)) },
    approved: { name: personName(rng), title: rng.pick(['Giám đốc', 'Phó Giám đốc', 'Phó Giám đốc']), date: approved },
  };
  if (people.approved.name === people.prepared.name) people.approved.name = `${people.approved.name} Anh`;

  const formCount = rng.chance(0.45) ? 2 : 1;
  const forms = [];
  for (let f = 1; f <= formCount; f++) forms.push(`BM-${pad(f, 2)}/${code}`);
  // Steps: always receive, transfer, appraise; then the last (n - 3) of the nine standard steps.
  const steps = rng.int(5, 8);
  const stepKinds = [0, 1, 2, 3, 4, 5, 6, 7, 8].filter((k) => k < 3 || k > 11 - steps);
  const stepDays = stepKinds.map((k) => rng.pick(STEP_DAYS[k]));
  return {
    index, dept, number, code, title, objectPhrase, unit, revision: rev, basis, unlistedId, history, effective, lastReview,
    // Fictional TTHC codes ("VD", ví dụ): never a code of the national database.
    people, forms, stepKinds, stepDays, tthc: `VD.${rng.pick(['1', '2'])}0${rng.int(1000, 9999)}`,
    eol: rng.chance(0.05) ? '\r\n' : '\n', nfd: rng.chance(0.05), seed: rng.int(0, 2 ** 30),
    otherReference: number > 1 && rng.chance(0.3) ? `QT-${dept.code}-${pad(rng.int(1, number - 1), 3)}` : null,
  };
}

function fmApproval(p) {
  return [
    'approval:',
    `  prepared: { name: ${p.prepared.name}, title: ${p.prepared.title}, date: ${p.prepared.date} }`,
    `  reviewed: { name: ${p.reviewed.name}, title: ${p.reviewed.title}, date: ${p.reviewed.date} }`,
    `  approved: { name: ${p.approved.name}, title: ${p.approved.title}, date: ${p.approved.date} }`,
  ];
}

function fmHistory(history) {
  const lines = ['history:'];
  for (const h of history) lines.push(`  - { revision: ${h.revision}, date: ${h.date}, summary: ${y(h.summary)}${h.trigger ? `, trigger: ${h.trigger}` : ''} }`);
  return lines;
}

/** The procedure's text; `revised` is the feature-branch edit (another revision, other times). */
function procedureText(plan, register, revised) {
  const text = createRng(`${plan.seed}:text`); // identical draws in both versions: the edit stays small
  const p = revised ? revised.people : plan.people;
  const history = revised ? [...plan.history, revised.row] : plan.history;
  const revision = history.length;
  const effective = revised ? revised.effective : plan.effective;
  const agency = plan.dept.name;
  const entries = plan.basis.map((b) => register.byId.get(b.id));

  const fm = ['---', `code: ${plan.code}`, `title: ${y(plan.title)}`, 'type: procedure', `revision: ${revision}`, 'status: effective', `effective: ${effective}`, `owner: ${plan.unit}`];
  fm.push(...fmApproval(p));
  fm.push('legal_basis:');
  for (const b of plan.basis) {
    const id = text.chance(0.03) && /Đ/.test(b.id) ? asciiId(b.id) : b.id;
    fm.push(`  - id: ${y(id)}`);
    if (b.articles) fm.push(`    articles: [${b.articles.join(', ')}]`);
  }
  const mess = plan.mess;
  fm.push(`references: [${[...plan.forms, ...(plan.otherReference ? [plan.otherReference] : []), ...(mess?.missingForms ?? [])].join(', ')}]`);
  fm.push(mess?.tthcAsNumber ? `tthc: [${mess.tthcAsNumber}]` : `tthc: ["${plan.tthc}"]`);
  fm.push(...fmHistory(history));
  if (mess?.badSchema) fm.push(...BAD_SCHEMA);
  else if (plan.lastReview && !revised) fm.push(`last_review: ${plan.lastReview}`);
  fm.push('---', '');

  const fill = (s) => s.replace(/\{obj\}/g, plan.objectPhrase).replace(/\{agency\}/g, agency).replace(/\{unit\}/g, plan.unit);
  const b = [];
  b.push(`# ${upperVi(plan.title)}`, '');
  b.push(`**${upperVi(agency)}** · Mã hiệu: ${plan.code} · Lần ban hành: ${pad(revision, 2)} · Ngày ban hành: ${viDate2(history[history.length - 1].date)}`, '');
  if (text.chance(0.25)) b.push(`Soạn thảo: ${p.prepared.name} · Xem xét: ${p.reviewed.name} · Phê duyệt: ${p.approved.name}`, '');
  if (mess) b.push(...freshRegions({ plan, people: p, history, effective, register }));

  b.push('## 1. Mục đích', '');
  b.push(text.sample(PURPOSE, text.chance(0.2) ? 2 : 1).map(fill).join(' '), '');
  b.push('## 2. Phạm vi', '');
  b.push(text.sample(SCOPE, text.chance(0.2) ? 2 : 1).map(fill).join(' '), '');

  b.push('## 3. Tài liệu viện dẫn', '');
  if (mess?.staleLegalBasis) b.push(...staleLegalBasis(entries));
  for (const e of entries) b.push(`- ${fullCitation(text, e)};`);
  if (!entries.some((e) => e.id === 'TCVN ISO 9001:2015')) b.push('- Sổ tay chất lượng STCL và các quy trình hệ thống có liên quan.');
  b.push('');

  b.push('## 4. Định nghĩa và từ viết tắt', '');
  for (const [abbr, full] of text.sample(ABBREVIATIONS, text.int(2, 4))) b.push(`- **${abbr}**: ${full}.`);
  b.push('');

  b.push('## 5. Nội dung quy trình', '', '### 5.1 Thông tin thủ tục hành chính', '');
  const dossier = text.sample(DOSSIER, text.int(2, 4)).map((d, i) => `(${i + 1}) ${d}`).join('; ');
  const stepDays = revised ? revised.stepDays : plan.stepDays;
  const total = stepDays.reduce((s, d) => s + d, 0);
  const fmt = (d) => (d < 1 ? '0,5 ngày' : d < 10 ? `0${d} ngày` : `${d} ngày`);
  b.push('| Mục | Nội dung |', '|---|---|');
  b.push(`| Mã TTHC | ${plan.tthc} |`);
  b.push(`| Thành phần hồ sơ | ${dossier} |`);
  b.push('| Số lượng hồ sơ | 01 bộ |');
  b.push(`| Thời hạn giải quyết | ${String(total).replace('.', ',')} ngày làm việc |`);
  b.push(`| Phí, lệ phí | ${text.chance(0.5) ? 'Không' : `${groupThousands(text.int(1, 40) * 50000)} đồng/hồ sơ`} |`);
  b.push(`| Căn cứ pháp lý | ${entries.slice(0, 4).map((e) => shortCitation(text, e)).join('; ')} |`);
  b.push('');

  b.push('### 5.2 Lưu đồ xử lý', '');
  b.push('| Bước | Nội dung công việc | Trách nhiệm | Thời gian | Biểu mẫu/Kết quả |', '|---|---|---|---|---|');
  const cite = (i) => {
    const e = entries[i % entries.length];
    if (e.kind === 'Tiêu chuẩn') return `theo ${e.id}`;
    return `theo ${articleRef(text)} ${shortCitation(text, e, true)}`;
  };
  const content = [
    `Tiếp nhận, kiểm tra hồ sơ ${cite(0)}; hẹn trả kết quả`,
    'Chuyển hồ sơ về phòng chuyên môn',
    `Thẩm định hồ sơ ${cite(1)}`,
    'Kiểm tra thực tế (nếu cần)',
    `Dự thảo kết quả ${cite(2)}`,
    'Xem xét, trình lãnh đạo',
    'Phê duyệt, ký kết quả',
    'Vào sổ, đóng dấu, phát hành',
    'Trả kết quả; thu phí (nếu có)',
  ];
  const who = ['BPMC', 'BPMC', 'Chuyên viên', 'Tổ thẩm định', 'Chuyên viên', 'Trưởng phòng', 'Lãnh đạo Sở', 'Văn thư', 'BPMC'];
  const outputs = [plan.forms[0], 'Phiếu kiểm soát', plan.forms[1] ?? 'Phiếu thẩm định', 'Biên bản', 'Dự thảo', 'Tờ trình', 'Kết quả', 'Kết quả', 'Sổ theo dõi'];
  plan.stepKinds.forEach((k, i) => b.push(`| ${i + 1} | ${content[k]} | ${who[k]} | ${fmt(stepDays[i])} | ${outputs[k]} |`));
  b.push('');
  b.push(`Tổng thời gian giải quyết: ${String(total).replace('.', ',')} ngày làm việc.`, '');
  if (plan.unlistedId) b.push(`Việc lập hồ sơ, lưu trữ thực hiện theo ${shortCitation(text, register.byId.get(plan.unlistedId))}.`, '');
  if (revised) b.push(`Ghi chú: ${revised.note}`, '');

  b.push('## 6. Biểu mẫu', '');
  plan.forms.forEach((f, i) => b.push(`- ${f}: ${i === 0 ? 'Phiếu tiếp nhận và kiểm soát hồ sơ' : 'Phiếu thẩm định hồ sơ'}.`));
  if (plan.otherReference) b.push(`- Các biểu mẫu dùng chung theo quy trình ${plan.otherReference}.`);
  if (mess) b.push(...missingMentions(mess));
  b.push('');

  b.push('## 7. Hồ sơ cần lưu', '');
  b.push('| TT | Tên hồ sơ | Nơi lưu | Thời gian lưu |', '|---|---|---|---|');
  text.sample(RECORDS, text.int(2, 3)).forEach(([name, where, time], i) => b.push(`| ${i + 1} | ${name} | ${fill(where)} | ${time} |`));
  if (mess?.longBytes) b.push(...appendix(createRng(`${mess.seed}:appendix`), entries, plan, Buffer.byteLength(fm.join('\n') + b.join('\n')), mess.longBytes));


  return finish(`${fm.join('\n')}\n${b.join('\n')}\n`, plan);
}

const FORM_FIELDS = [
  'Tên tổ chức/cá nhân đề nghị', 'Địa chỉ trụ sở/nơi cư trú', 'Số điện thoại, thư điện tử', 'Mã hồ sơ trên HTTT',
  'Ngày tiếp nhận', 'Ngày hẹn trả kết quả', 'Thành phần hồ sơ đã nhận', 'Ý kiến của người tiếp nhận', 'Kết quả thẩm định',
  'Đề xuất của chuyên viên', 'Ý kiến của trưởng phòng',
];

/** A TTHC record (docs/tthc.md) for a fictional code: the procedure's steps total as its time limit, its first two legal documents as basis. */
function tthcRecordText(code, plan) {
  const total = plan.stepDays.reduce((s, d) => s + d, 0);
  const lines = ['---', `code: "${code}"`, `name: ${y(`${plan.title.replace(/^Quy trình /, '')} (thủ tục giả định)`)}`, 'level: province', `agency: ${y(plan.dept.name)}`];
  // A total with a half day is written in working hours (8 a day), so the record matches its procedure.
  const limit = Number.isInteger(total) ? `{ value: ${total}, unit: working-days }` : `{ value: ${total * 8}, unit: hours }`;
  lines.push(`time_limit: ${limit}`, 'fees: []');
  lines.push('dossier:', `  - { name: Đơn đề nghị, kind: Bản chính, count: 1, form: ${plan.forms[0]} }`);
  lines.push('legal_basis:', ...plan.basis.slice(0, 2).map((b) => `  - { id: ${y(b.id)} }`));
  lines.push('---', '', 'Bản ghi TTHC giả định của dữ liệu đo hiệu năng.', '');
  return lines.join('\n');
}

function formText(plan, f, rng) {
  const code = plan.forms[f];
  const title = f === 0 ? 'Phiếu tiếp nhận và kiểm soát hồ sơ' : 'Phiếu thẩm định hồ sơ';
  const h = plan.history[Math.min(plan.history.length - 1, rng.int(0, 1))];
  const history = plan.history.filter((r) => r.revision <= h.revision).map((r) => ({ ...r, trigger: undefined, summary: r.revision === 1 ? 'Ban hành lần đầu' : 'Cập nhật theo quy trình' }));
  const p = { ...plan.people, approved: { ...plan.people.approved, date: h.date }, prepared: { ...plan.people.prepared, date: addDays(h.date, -rng.int(12, 30)) }, reviewed: { ...plan.people.reviewed, date: addDays(h.date, -rng.int(2, 10)) } };
  const effective = fromDays(Math.min(toDays(h.date) + rng.int(1, 15), toDays(TODAY) - 1));
  const fm = ['---', `code: ${code}`, `title: ${title}`, 'type: form', `revision: ${h.revision}`, 'status: effective', `effective: ${effective}`, `owner: ${plan.unit}`, ...fmApproval(p), `references: [${plan.code}]`, ...fmHistory(history)];
  if (toDays(TODAY) - toDays(h.date) > 300 && plan.lastReview) fm.push(`last_review: ${plan.lastReview}`);
  else if (toDays(TODAY) - toDays(h.date) > 300) fm.push(`last_review: ${fromDays(toDays(TODAY) - rng.int(20, 300))}`);
  fm.push('---', '');
  const b = [`**${upperVi(plan.dept.name)}** — ${code} (ban hành kèm theo ${plan.code})`, '', `# ${upperVi(title)}`, '', '| Nội dung | Thông tin |', '|---|---|'];
  for (const field of rng.sample(FORM_FIELDS, rng.int(5, 9))) b.push(`| ${field} | |`);
  b.push('', '| Người lập phiếu | Người kiểm tra | Lãnh đạo phê duyệt |', '|---|---|---|', '| (ký, ghi rõ họ tên) | (ký, ghi rõ họ tên) | (ký, đóng dấu) |', '');
  return finish(`${fm.join('\n')}\n${b.join('\n')}`, plan);
}

/** Line endings and normalisation of the file as stored (5% CRLF, 5% NFD). */
function finish(text, plan) {
  let out = plan.nfd ? text.normalize('NFD') : text;
  if (plan.eol === '\r\n') out = out.replace(/\n/g, '\r\n');
  return out;
}

// ---------------------------------------------------------------------------------------------
// Repository-level files
// ---------------------------------------------------------------------------------------------

const ORGANIZATION = 'Ủy ban nhân dân tỉnh Đông Sơn (dữ liệu tổng hợp cho bộ đo hiệu năng qms)';

function configText(shape) {
  return `# Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 dùng chung của các sở, ngành tỉnh Đông Sơn (tỉnh giả định).
# Sinh tự động bởi bench/generate.mjs (phiên bản ${GENERATOR_VERSION}).
organization: ${ORGANIZATION}
language: vi

documents:
  include: ["**/*.md"]
  exclude: ["README.md", "legal/**", "docs/**", "templates/**", "node_modules/**"]

legal:
  include: ["legal/**/*.md"]
  exclude: ["legal/README.md"]

filename:
  template: "{code}.md"
  replace: "-"

review:
  interval_months: 12

approval:
  allow_self_approval: false

types:
  manual:
    label: Sổ tay chất lượng
    pattern: '^STCL$'
    sections: []
  procedure:
    label: Quy trình
    # QT-<mã sở, ngành>-<số thứ tự>: QT-TP-001, QT-NNMT-0123
    pattern: '^QT-[A-Z]+-\\d{3,5}$'
    sections:
      - Mục đích
      - Phạm vi
      - Tài liệu viện dẫn
      - Định nghĩa và từ viết tắt
      - Nội dung quy trình
      - Biểu mẫu
      - Hồ sơ cần lưu
    reviewers: [Trưởng phòng, Phó Trưởng phòng, Chánh Văn phòng]
    approvers: [Giám đốc, Phó Giám đốc]
${shape === 'messy' ? MESSY_REGIONS : ''}  form:
    label: Biểu mẫu
    # Biểu mẫu đánh số theo quy trình: BM-01/QT-TP-001 (tệp BM-01-QT-TP-001.md)
    pattern: '^BM-\\d{2}/QT-[A-Z]+-\\d{3,5}$'
    sections: []
    reviewers: [Trưởng phòng, Phó Trưởng phòng, Chánh Văn phòng]
    approvers: [Giám đốc, Phó Giám đốc]
`;
}

function manualText(counts) {
  return `---
code: STCL
title: Sổ tay chất lượng
type: manual
revision: 2
status: effective
effective: 2025-09-01
owner: Văn phòng Ủy ban nhân dân tỉnh
approval:
  prepared: { name: Trần Thu Trang, title: Chuyên viên, date: 2025-08-04 }
  reviewed: { name: Nguyễn Thị Lan Anh, title: Chánh Văn phòng, date: 2025-08-15 }
  approved: { name: Quách Minh Tuấn, title: Giám đốc, date: 2025-08-25 }
legal_basis:
  - id: TCVN ISO 9001:2015
  - id: 19/2014/QĐ-TTg
    articles: [Điều 4]
  - id: 26/2014/TT-BKHCN
  - id: 101/QĐ-BKHCN
history:
  - { revision: 1, date: 2019-06-10, summary: Ban hành lần đầu theo mô hình khung }
  - { revision: 2, date: 2025-08-25, summary: "Cập nhật sau sắp xếp chính quyền địa phương hai cấp" }
last_review: 2026-06-15
---

# SỔ TAY CHẤT LƯỢNG

Hệ thống quản lý chất lượng của các sở, ngành tỉnh Đông Sơn (tỉnh giả định) được xây dựng theo
TCVN ISO 9001:2015 và Quyết định số 101/QĐ-BKHCN ngày 21/01/2019 của Bộ Khoa học và Công nghệ,
áp dụng theo Quyết định 19/2014/QĐ-TTg và Thông tư 26/2014/TT-BKHCN.

## 1. Phạm vi áp dụng

Hệ thống gồm ${counts.procedures} quy trình giải quyết thủ tục hành chính và ${counts.forms} biểu mẫu
của ${DEPARTMENTS.length} cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh.

## 2. Kiểm soát thông tin dạng văn bản

Văn bản pháp luật thay đổi được cập nhật vào hệ thống chậm nhất 03 tháng kể từ ngày có hiệu lực
(Điều 4 Quyết định 19/2014/QĐ-TTg).
`;
}

function readmeText(meta) {
  return `# Hệ thống quản lý chất lượng — tỉnh Đông Sơn (dữ liệu tổng hợp)

Kho tài liệu sinh tự động bởi \`bench/generate.mjs\` (phiên bản ${meta.generatorVersion}, hạt giống
\`${meta.seed}\`) để đo hiệu năng của qms: ${meta.procedures} quy trình, ${meta.forms} biểu mẫu,
${meta.legalEntries} văn bản trong sổ đăng ký văn bản pháp luật. Tên người, mã TTHC và một số văn bản
pháp luật (ghi rõ trong từng tệp) là giả định.
`;
}

// ---------------------------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------------------------

function git(cwd, args, env = {}) {
  return execFileSync('git', ['-c', 'user.name=qms bench', '-c', 'user.email=bench@qms.invalid', '-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false', '-c', 'core.safecrlf=false', ...args], {
    cwd, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28,
  }).toString();
}

/**
 * Generates the repository for `procedures` procedures into `out` (out/repo, out/bench-meta.json).
 * Returns the meta object.
 */
export function generate({ procedures, out, seed = DEFAULT_SEED, shape = 'standard', log = () => {} }) {
  if (!SHAPES.includes(shape)) throw new Error(`unknown shape ${shape} (${SHAPES.join(', ')})`);
  const started = process.hrtime.bigint();
  const repo = join(out, 'repo');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(repo, { recursive: true });
  const rng = createRng(`${seed}:${procedures}`);
  const register = buildRegister();

  // ~5% of procedures cite the chosen document: an exact count, spread evenly and seeded.
  const citers = Math.max(1, Math.round(procedures * 0.05));
  const impactCiters = new Set(rng.sample([...Array(procedures).keys()], citers));
  const ctx = { register, impactCiters };

  const written = new Set();
  const write = (rel, text) => {
    const path = join(repo, rel);
    const dir = dirname(path);
    if (!written.has(dir)) {
      mkdirSync(dir, { recursive: true });
      written.add(dir);
    }
    writeFileSync(path, text);
  };

  let bytes = 0, procedureBytes = 0, forms = 0, crlf = 0, nfd = 0;
  const counters = new Map(DEPARTMENTS.map((d) => [d.code, 0]));
  const weights = DEPARTMENTS.map((d) => [d, d.weight]);
  const plans = [];
  for (let i = 0; i < procedures; i++) {
    const dept = rng.weighted(weights);
    const number = counters.get(dept.code) + 1;
    counters.set(dept.code, number);
    const plan = planProcedure(rng, ctx, dept, number, i);
    plan.file = `${dept.folder}/quy-trinh/${plan.code}.md`;
    if (shape === 'messy') plan.mess = planMess(createRng(`${plan.seed}:messy`), plan);
    const text = procedureText(plan, register);
    write(plan.file, text);
    const size = Buffer.byteLength(text);
    bytes += size;
    procedureBytes += size;
    if (plan.eol === '\r\n') crlf++;
    if (plan.nfd) nfd++;
    const formRng = createRng(`${plan.seed}:forms`);
    plan.forms.forEach((code, f) => {
      const t = formText(plan, f, formRng);
      write(`${dept.folder}/bieu-mau/${code.replace(/\//g, '-')}.md`, t);
      bytes += Buffer.byteLength(t);
      forms++;
    });
    plans.push({ index: i, file: plan.file, seed: plan.seed, plan });
    if ((i + 1) % 5000 === 0) log(`  ${i + 1} procedures written`);
  }
  // One TTHC record per code, from the first procedure handling it: its time limit is that
  // procedure's step total, so tthc/time-limit finds the others that share the code and differ.
  const records = new Map();
  for (const { plan } of plans) if (!records.has(plan.tthc)) records.set(plan.tthc, plan);
  for (const [code, plan] of records) {
    const t = tthcRecordText(code, plan);
    write(`tthc/${code}.md`, t);
    bytes += Buffer.byteLength(t);
  }
  for (const entry of register.entries) {
    const t = legalText(entry);
    write(legalFile(entry), t);
    bytes += Buffer.byteLength(t);
  }
  write('legal/README.md', '# Sổ đăng ký văn bản pháp luật (tài liệu bên ngoài)\n\nMỗi tệp là một văn bản; quan hệ sửa đổi, thay thế ghi ở văn bản mới hơn.\n');
  const configYaml = configText(shape);
  write('qms.config.yaml', configYaml);
  write('.gitignore', '.qms/\n');
  write('STCL.md', manualText({ procedures, forms }));

  const meta = {
    generatorVersion: GENERATOR_VERSION,
    seed,
    shape,
    procedures,
    forms,
    legalEntries: register.entries.length,
    tthcRecords: records.size,
    today: TODAY,
    impactDocument: IMPACT_DOCUMENT,
    impactAmendedBy: IMPACT_AMENDED_BY,
    impactCiters: citers,
    changedProcedures: Math.min(CHANGED_PROCEDURES, procedures),
    crlfProcedures: crlf,
    nfdProcedures: nfd,
    markdownFiles: procedures + forms + register.entries.length + records.size + 3,
    bytes,
    averageProcedureBytes: Math.round(procedureBytes / procedures),
    repo: 'repo',
    baseBranch: 'main',
    featureBranch: 'feature',
  };
  write('README.md', readmeText(meta));

  // main: everything, one commit with fixed dates (same input => same commit id).
  log('  git: committing main');
  git(repo, ['init', '-q', '-b', 'main']);
  git(repo, ['add', '-A']);
  const dateEnv = (d) => ({ GIT_AUTHOR_DATE: d, GIT_COMMITTER_DATE: d });
  git(repo, ['commit', '-q', '-m', 'Hệ thống tài liệu QMS (dữ liệu tổng hợp)'], dateEnv('2026-11-01T08:00:00+07:00'));

  // feature: 50 procedures revised (body edit, new revision, history row, new approval dates).
  git(repo, ['checkout', '-q', '-b', 'feature']);
  const changeRng = createRng(`${seed}:${procedures}:feature`);
  const changed = changeRng.sample(plans, meta.changedProcedures);
  for (const { plan } of changed) {
    const approved = fromDays(toDays('2026-11-10') + changeRng.int(0, 10));
    const stepDays = plan.stepDays.map((d, i) => (i === 2 && d > 1 ? d - 1 : d));
    const revised = {
      row: { revision: plan.history.length + 1, date: approved, summary: 'Rút ngắn thời gian thẩm định hồ sơ; bổ sung ghi chú về tiếp nhận trực tuyến' },
      people: {
        prepared: { ...plan.people.prepared, date: addDays(approved, -changeRng.int(10, 20)) },
        reviewed: { ...plan.people.reviewed, date: addDays(approved, -changeRng.int(1, 8)) },
        approved: { ...plan.people.approved, date: approved },
      },
      effective: addDays(approved, 3),
      stepDays,
      note: 'hồ sơ nộp trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia được tiếp nhận cả ngày nghỉ và được xử lý từ ngày làm việc kế tiếp.',
    };
    write(plan.file, procedureText(plan, register, revised));
  }
  git(repo, ['commit', '-q', '-a', '-m', `Sửa đổi ${meta.changedProcedures} quy trình: rút ngắn thời gian thẩm định`], dateEnv('2026-11-20T08:00:00+07:00'));
  meta.changedFiles = changed.map((c) => c.file).sort();
  meta.headCommit = git(repo, ['rev-parse', 'HEAD']).trim();
  meta.generationSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  meta.complete = true;
  writeFileSync(join(out, 'bench-meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  return meta;
}

/** The folder under bench/out of a size and shape: `10000`, `10000-messy`. */
export function outName(procedures, shape = 'standard') {
  return shape === 'standard' ? String(procedures) : `${procedures}-${shape}`;
}

/** The meta of a complete repository generated by this version with this seed, or null. */
export function cachedMeta(out, procedures, seed = DEFAULT_SEED, shape = 'standard') {
  const file = join(out, 'bench-meta.json');
  if (!existsSync(file) || !existsSync(join(out, 'repo', '.git'))) return null;
  try {
    const meta = JSON.parse(readFileSync(file, 'utf8'));
    if (meta.complete && meta.generatorVersion === GENERATOR_VERSION && meta.seed === seed && meta.procedures === procedures && meta.shape === shape) return meta;
  } catch {
    // unreadable: regenerate
  }
  return null;
}

function parseArgs(argv) {
  const options = { procedures: 1000, out: undefined, seed: DEFAULT_SEED, shape: 'standard', force: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--procedures' || arg === '-n') options.procedures = Number(value());
    else if (arg === '--out') options.out = value();
    else if (arg === '--seed') options.seed = value();
    else if (arg === '--shape') options.shape = value();
    else if (arg === '--force') options.force = true;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write('usage: node bench/generate.mjs [--procedures N] [--shape standard|messy] [--out DIR] [--seed S] [--force]\n');
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}`);
  }
  if (!Number.isInteger(options.procedures) || options.procedures < 1) throw new Error('--procedures takes a whole number ≥ 1');
  if (!SHAPES.includes(options.shape)) throw new Error(`--shape takes ${SHAPES.join(' or ')}`);
  return options;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const options = parseArgs(process.argv.slice(2));
    const out = resolve(options.out ?? join(BENCH_DIR, 'out', outName(options.procedures, options.shape)));
    const cached = options.force ? null : cachedMeta(out, options.procedures, options.seed, options.shape);
    if (cached) {
      process.stdout.write(`${out}: up to date (generator version ${GENERATOR_VERSION}); --force to regenerate\n`);
    } else {
      const meta = generate({ ...options, out, log: (m) => process.stdout.write(`${m}\n`) });
      process.stdout.write(`${out}/repo: ${meta.procedures} procedures, ${meta.forms} forms, ${meta.legalEntries} register entries, ${(meta.bytes / 1e6).toFixed(1)} MB (procedures ${meta.averageProcedureBytes} B on average) in ${meta.generationSeconds.toFixed(1)} s\n`);
    }
  } catch (error) {
    process.stderr.write(`generate: ${error.message}\n`);
    process.exit(2);
  }
}
