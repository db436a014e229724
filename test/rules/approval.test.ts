/**
 * approval/changed: a fingerprint recorded at approval (computed here with fingerprintOfText, as
 * `qms fingerprint` does) holds until the words change, whatever the line endings, normalisation
 * or byte-order mark; approval/self and its config switch.
 */
import { describe, expect, it } from 'vitest';
import { fingerprintOfText } from '../../src/document/fingerprint-file.js';
import { at, checkFolder, makeRepo, procedure, ruleLines, SHORT_CONFIG } from '../helpers/index.js';

const FILE = 'procedures/QT-KHCN-01.md';
const RULE = 'approval/changed';

const PLACEHOLDER = 'sha256:0000000000000000000000000000000000000000000000000000000000000000';
const APPROVED_DRAFT = procedure({
  approval: [
    '  prepared: { name: Nguyễn Văn An, title: Chuyên viên, date: 2026-02-02 }',
    '  reviewed: { name: Trần Thị Bình, title: Trưởng phòng, date: 2026-02-10 }',
    `  approved: { name: Lê Văn Cường, title: Giám đốc, date: 2026-02-20, fingerprint: "${PLACEHOLDER}" }`,
  ].join('\n'),
  extra: 'tthc: ["1.004227"]',
  body: [
    'Thời hạn giải quyết: 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.',
    '',
    '<!-- qms:begin legal-basis -->',
    '- (chưa sinh)',
    '<!-- qms:end legal-basis -->',
    '',
    'Hồ sơ lưu tại Phòng Quản lý chuyên ngành.',
  ].join('\n'),
});

function fingerprint(text: string): string {
  const result = fingerprintOfText(text);
  if (!result.ok) throw new Error(result.message.en);
  return result.fingerprint;
}

/** The document with its own fingerprint recorded, as at approval. */
const APPROVED = APPROVED_DRAFT.replace(PLACEHOLDER, fingerprint(APPROVED_DRAFT));

function changed(text: string | Buffer, config = SHORT_CONFIG): string[] {
  return ruleLines(checkFolder(makeRepo({ 'qms.config.yaml': config, [FILE]: text })), RULE);
}

describe('approval/changed', () => {
  it('the fingerprint does not cover approval, so recording it does not change it', () => {
    expect(fingerprint(APPROVED)).toBe(fingerprint(APPROVED_DRAFT));
    expect(changed(APPROVED)).toEqual([]);
  });

  it('reports a change of words in the body after approval, at approval.approved', () => {
    expect(changed(APPROVED.replace('15 ngày', '10 ngày'))).toEqual([at(FILE, APPROVED, 'approved:')]);
    expect(changed(APPROVED.replace('Hồ sơ lưu tại', 'Hồ sơ gốc lưu tại'))).toEqual([at(FILE, APPROVED, 'approved:')]);
  });

  it('reports a change of substantive front matter (title, legal basis, TTHC codes)', () => {
    expect(changed(APPROVED.replace('title: Quy trình cấp giấy phép', 'title: Quy trình cấp, gia hạn giấy phép'))).toEqual([at(FILE, APPROVED, 'approved:')]);
    expect(changed(APPROVED.replace('tthc: ["1.004227"]', 'tthc: ["1.004227", "2.001710"]'))).toEqual([at(FILE, APPROVED, 'approved:')]);
    expect(changed(APPROVED.replace('tthc:', 'legal_basis: [07/2017/QH14]\ntthc:'))).toEqual([at(FILE, APPROVED, 'approved:')]);
  });

  it('does not report changes to status, effective, history, last_review or the approval record', () => {
    const edited = APPROVED.replace('status: effective', 'status: approved')
      .replace('effective: 2026-03-01', 'effective: 2026-12-01')
      .replace('history:\n', 'last_review: 2026-10-01\nhistory:\n')
      .replace('title: Chuyên viên', 'title: Chuyên viên chính');
    expect(changed(edited)).toEqual([]);
  });

  it('does not report a re-rendered generated region, reordered keys or requoted values', () => {
    const edited = APPROVED.replace('- (chưa sinh)', '- Luật Chuyển giao công nghệ số 07/2017/QH14')
      .replace('type: procedure\n', '')
      .replace('code: QT-KHCN-01\n', 'code: QT-KHCN-01\ntype: "procedure"\n');
    expect(changed(edited)).toEqual([]);
  });

  it('gives the same fingerprint to CRLF, BOM and NFD copies of the same content, and reports none', () => {
    const variants: Record<string, string> = {
      crlf: APPROVED.replace(/\n/g, '\r\n'),
      bom: `\uFEFF${APPROVED}`,
      nfd: APPROVED.normalize('NFD'),
      all: `\uFEFF${APPROVED.normalize('NFD').replace(/\n/g, '\r\n')}`,
    };
    for (const [name, text] of Object.entries(variants)) {
      expect(fingerprint(text), name).toBe(fingerprint(APPROVED));
      expect(changed(text), name).toEqual([]);
    }
    // Control: the NFD copy with a changed word is reported.
    expect(changed(variants.nfd!.replace('15', '10'))).toEqual([at(FILE, APPROVED, 'approved:')]);
  });

  it('does not check a draft, which is being revised', () => {
    const draft = APPROVED.replace('status: effective', 'status: draft').replace('15 ngày', '10 ngày');
    expect(changed(draft)).toEqual([]);
  });

  it('reports a change of a code written with leading zeros (code keeps its text exactly)', () => {
    // docs/file-formats.md: `code: 0012` is the code 0012; renumbering it to 012 changes the document.
    const config = `${SHORT_CONFIG}  manual:\n    pattern: "^[0-9]{3,4}$"\n`;
    const draft = procedure({
      code: '0012',
      type: 'manual',
      title: 'Sổ tay chất lượng',
      approval: APPROVED_DRAFT.split('\n').filter((l) => l.startsWith('  prepared') || l.startsWith('  reviewed') || l.startsWith('  approved')).join('\n'),
    });
    const approved = draft.replace(PLACEHOLDER, fingerprint(draft));
    expect(changed(approved, config)).toEqual([]);
    expect(changed(approved.replace('code: 0012', 'code: 012'), config)).toEqual([at(FILE, approved, 'approved:')]);
  });
});

describe('approval/self', () => {
  const self = procedure({
    approval: [
      '  prepared: { name: Nguyễn Văn An, title: Phó Giám đốc, date: 2026-02-02 }',
      '  reviewed: { name: Trần Thị Bình, title: Trưởng phòng, date: 2026-02-10 }',
      '  approved: { name: NGUYỄN  VĂN AN, title: Phó Giám đốc, date: 2026-02-20 }',
    ].join('\n'),
  });

  it('reports the preparer approving, whatever the case and spacing of the name', () => {
    const findings = checkFolder(makeRepo({ 'qms.config.yaml': SHORT_CONFIG, [FILE]: self }));
    expect(ruleLines(findings, 'approval/self')).toEqual([at(FILE, self, 'approved:')]);
  });

  it('allows it when approval.allow_self_approval is true', () => {
    const config = `${SHORT_CONFIG}approval:\n  allow_self_approval: true\n`;
    expect(ruleLines(checkFolder(makeRepo({ 'qms.config.yaml': config, [FILE]: self })), 'approval/self')).toEqual([]);
  });
});
