import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { justiceAgency, legalEntry, makeGitRepo, ND_107_2021_FIELDS, runBin, runMain, TODAY } from '../helpers/index.js';

const ND_107 = legalEntry('107/2021/NĐ-CP', { ...ND_107_2021_FIELDS, title: 'Sửa đổi, bổ sung Nghị định 61/2018/NĐ-CP', amends: '[61/2018/NĐ-CP]' });

describe('qms show', () => {
  it('shows identity, approvals, legal basis with current statuses, and who references the document', () => {
    const root = makeGitRepo({ ...justiceAgency(), 'legal/nd-107-2021-nd-cp.md': ND_107 });
    const result = runBin(['show', 'QT-TP-01', '--today', TODAY], root, { QMS_LANG: '' });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = result.stdout;
    expect(out.startsWith('QT-TP-01  Quy trình chứng thực bản sao từ bản chính, chữ ký "song ngữ"\n\n  Loại tài liệu      Quy trình\n  Lần ban hành       1\n  Tình trạng         Đang hiệu lực\n')).toBe(true);
    expect(out).toContain('Phê duyệt:\n  Soạn thảo          Nguyễn Văn An, Chuyên viên, 01/02/2021\n  Xem xét            Trần Thị Bình, Trưởng phòng, 10/02/2021\n  Phê duyệt          Lê Văn Cường, Giám đốc, 01/03/2021\n');
    expect(out).toContain('Căn cứ pháp lý:\n  61/2018/NĐ-CP: Còn hiệu lực, đã được sửa đổi, bổ sung — 107/2021/NĐ-CP\n  63/2010/NĐ-CP (Điều 8): Còn hiệu lực, đã được sửa đổi, bổ sung — 92/2017/NĐ-CP\n');
    expect(out).toContain('Tài liệu liên quan:\n  BM-01/QT-TP-01  Phiếu yêu cầu chứng thực\n');
    expect(out).toContain('Được viện dẫn bởi (1):\n  BM-01/QT-TP-01  Phiếu yêu cầu chứng thực\n');
  });

  it('prints JSON, finds codes written loosely, and reports body citations missing from the legal basis', async () => {
    const files = justiceAgency();
    files['procedures/QT-TP-02.md'] = files['procedures/QT-TP-02.md']! + '\nThực hiện theo Luật Đất đai 2013 và QT-TP-01.\n';
    const root = makeGitRepo(files);
    const json = JSON.parse((await runMain(['show', 'qt-tp-02', '--json', '--today', TODAY], root)).stdout);
    expect(json).toMatchObject({ code: 'QT-TP-02', status: 'draft', revision: 1, legalBasis: [], fingerprintMatches: null });
    expect(json.otherCitations).toEqual([{ cited: 'Luật Đất đai 2013', id: '45/2013/QH13', articles: [], kind: 'Luật', title: 'Luật Đất đai', status: 'in-force', by: [], lines: [14] }]);
    expect(json.references).toEqual([{ code: 'QT-TP-01', title: 'Quy trình chứng thực bản sao từ bản chính, chữ ký "song ngữ"', file: 'procedures/QT-TP-01.md', source: 'body' }]);
    const target = JSON.parse((await runMain(['show', 'QT-TP-01', '--json'], root)).stdout);
    expect(target.referencedBy.map((r: { code: string; source: string }) => `${r.code}:${r.source}`)).toEqual(['BM-01/QT-TP-01:references', 'QT-TP-02:body']);
    // The file-name spelling of a form's code.
    const form = JSON.parse((await runMain(['show', 'BM-01-QT-TP-01', '--json'], root)).stdout);
    expect(form.code).toBe('BM-01/QT-TP-01');
    const english = (await runMain(['show', 'QT-TP-02', '--lang', 'en'], root)).stdout;
    expect(english).toContain('Other legal documents cited in the body:\n  45/2013/QH13: in force [line 14]\n');
  });

  it('names the closest codes for an unknown one (exit 2)', async () => {
    const root = makeGitRepo(justiceAgency());
    const result = runBin(['show', 'QT-TP-03'], root, { QMS_LANG: '' });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('qms: không có tài liệu nào mã hiệu "QT-TP-03"; gần nhất: QT-TP-01, QT-TP-02 và BM-01/QT-TP-01\n');
    const english = await runMain(['show', 'BM-02/QT-TP-01'], root, { QMS_LANG: 'en' });
    expect(english.stderr).toBe('qms: no document has the code "BM-02/QT-TP-01"; the closest are BM-01/QT-TP-01, QT-TP-01 and QT-TP-02\n');
  });

  it('has help with an example', async () => {
    const help = await runMain(['show', '--help', '--lang', 'en'], process.cwd());
    expect(help.stdout).toContain('Examples:\n  qms show QT-KHCN-03\n');
  });
});

describe('the register commands and the cache', () => {
  it('show, list and legal show answer the same from a warm cache as without one, and follow an edit', async () => {
    const root = makeGitRepo(justiceAgency());
    const commands = [
      ['show', 'QT-TP-01', '--json'],
      ['list', '--format', 'json'],
      ['legal', 'show', '61/2018/NĐ-CP', '--json'],
    ];
    const run = async (args: string[]) => (await runMain([...args, '--today', TODAY], root)).stdout;
    for (const args of commands) {
      const fresh = await run([...args, '--no-cache']);
      expect(await run(args), args.join(' ')).toBe(fresh);
      expect(await run(args), `${args.join(' ')} (warm)`).toBe(fresh);
    }
    // A title edited since the cache was written shows at once.
    const file = join(root, 'procedures/QT-TP-01.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Quy trình đã đổi tên'));
    const list = JSON.parse(await run(['list', '--format', 'json'])) as { documents: Array<{ code: string; title: string }> };
    expect(list.documents.find((row) => row.code === 'QT-TP-01')?.title).toBe('Quy trình đã đổi tên');
  });
});
