import { describe, expect, it } from 'vitest';
import { scanBody } from '../../src/markdown/scan.js';

describe('scanBody keeps its last scan', () => {
  it('gives the same structure again for the same text and start, and scans any other afresh', () => {
    const text = '# A\n\n<!-- qms:begin history -->\nx\n<!-- qms:end history -->\n';
    const first = scanBody(text, 0);
    expect(scanBody(text, 0)).toBe(first);
    expect(scanBody(text, 4)).not.toBe(first);
    expect(scanBody(text, 4).headings).toEqual([]);
    const other = scanBody(`${text}\n## B\n`, 0);
    expect(other.headings.map((h) => h.text)).toEqual(['A', 'B']);
    expect(scanBody(text, 0).headings.map((h) => h.text)).toEqual(['A']);
  });
});
