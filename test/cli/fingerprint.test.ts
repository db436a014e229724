import { describe, expect, it } from 'vitest';
import { makeRepo, runMain } from '../helpers/index.js';

const DOC = '---\ncode: QT-A-01\ntitle: Quy trình\nstatus: draft\n---\n# Quy trình\n\nNội dung.\n';

describe('qms fingerprint', () => {
  it('prints one fingerprint per file, the same whatever the line endings and normalisation', async () => {
    const root = makeRepo({ 'a.md': DOC, 'b.md': DOC.replace(/\n/g, '\r\n').normalize('NFD'), 'c.md': DOC.replace('Nội dung.', 'Nội dung khác.') });
    const result = await runMain(['fingerprint', 'a.md', 'b.md', 'c.md'], root);
    expect(result.code).toBe(0);
    const [a, b, c] = result.stdout.trim().split('\n').map((line) => line.split('  ')[0]);
    expect(a).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });

  it('exits 2 with a message for a missing file or one without front matter', async () => {
    const root = makeRepo({ 'plain.md': '# no front matter\n' });
    const missing = await runMain(['fingerprint', 'nowhere.md'], root, { QMS_LANG: 'en' });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read nowhere\.md: ENOENT/);
    const plain = await runMain(['fingerprint', 'plain.md'], root, { QMS_LANG: 'en' });
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/plain\.md: no front matter/);
  });
});
