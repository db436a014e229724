/** Register entries several suites share. */

/** Nghị định 61/2018/NĐ-CP (one-stop shop for administrative procedures), as a register entry file. */
export const ND_61_2018 = `---
id: 61/2018/NĐ-CP
kind: Nghị định
title: Về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính
issuer: Chính phủ
signed: 2018-04-23
effective: 2018-06-21
---
`;
