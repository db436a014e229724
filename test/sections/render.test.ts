import { describe, expect, it } from 'vitest';
import type { RegionName } from '../../src/config/types.js';
import { expectedRegionContent, regionMarkdown, renderDocument, textStyle, type RenderContext } from '../../src/sections/render.js';
import { KHCN_BODY, KHCN_FRONT_MATTER, KHCN_PROCEDURE } from '../helpers/index.js';
import { ALL_REGIONS, context, readDocument } from './support.js';

function render(text: string, regions: RegionName[] = ALL_REGIONS, ctx: RenderContext = context({ regions })) {
  return renderDocument(text, readDocument(text, ctx.register, ctx.config), ctx);
}

function region(name: RegionName, text = KHCN_PROCEDURE, ctx: RenderContext = context()): string {
  return `<!-- qms:begin ${name} -->\n\n${regionMarkdown(name, readDocument(text, ctx.register), ctx)}\n<!-- qms:end ${name} -->`;
}

describe('renderDocument: inserting required regions', () => {
  it('puts identification, approval and history after the first level-1 heading and legal-basis after "Tài liệu viện dẫn"', () => {
    const result = render(KHCN_PROCEDURE);
    expect(result.missing).toEqual(ALL_REGIONS);
    expect(result.inserted).toEqual(ALL_REGIONS);
    expect(result.changed).toBe(true);
    expect(result.text).toBe(
      KHCN_FRONT_MATTER +
        [
          '',
          '# QUY TRÌNH CẤP GIẤY PHÉP CHUYỂN GIAO CÔNG NGHỆ',
          '',
          region('identification'),
          '',
          region('approval'),
          '',
          region('history'),
          '',
          '## 1. Mục đích',
          '',
          'Quy định trình tự cấp giấy phép.',
          '',
          '## 3. Tài liệu viện dẫn',
          '',
          region('legal-basis'),
          '',
          '- Các văn bản dưới đây.',
          '',
          '## 5. Nội dung quy trình',
          '',
          'Tiếp nhận hồ sơ.',
          '',
        ].join('\n'),
    );
  });

  it('is idempotent: a second render changes nothing', () => {
    const once = render(KHCN_PROCEDURE).text;
    const twice = render(once);
    expect(twice.changed).toBe(false);
    expect(twice.text).toBe(once);
    expect(twice.missing).toEqual([]);
  });

  it('inserts only what the type requires, and nothing for a type without regions', () => {
    expect(render(KHCN_PROCEDURE, ['approval']).text).toBe(KHCN_PROCEDURE.replace('CÔNG NGHỆ\n\n', `CÔNG NGHỆ\n\n${region('approval')}\n\n`));
    expect(render(KHCN_PROCEDURE, []).changed).toBe(false);
  });

  it('goes to the top of the body without a level-1 heading, and legal-basis to the end without its section', () => {
    const text = `${KHCN_FRONT_MATTER}## Mục đích\n\nVăn bản.`;
    const result = render(text, ['approval', 'legal-basis']);
    expect(result.text).toBe(`${KHCN_FRONT_MATTER}\n${region('approval', text)}\n\n## Mục đích\n\nVăn bản.\n\n${region('legal-basis', text)}\n`);
  });

  it('matches the legal-basis section by name whatever its numbering, level and case ("III. CĂN CỨ PHÁP LÝ:")', () => {
    const text = `${KHCN_FRONT_MATTER}# Quy trình\n### III. CĂN CỨ PHÁP LÝ:\nVăn bản.\n`;
    expect(render(text, ['legal-basis']).text).toBe(`${KHCN_FRONT_MATTER}# Quy trình\n### III. CĂN CỨ PHÁP LÝ:\n\n${region('legal-basis', text)}\n\nVăn bản.\n`);
  });

  it('puts regions after a setext level-1 heading, under its underline', () => {
    const text = `${KHCN_FRONT_MATTER}\nQuy trình\n=========\nNội dung.\n`;
    expect(render(text, ['identification']).text).toBe(`${KHCN_FRONT_MATTER}\nQuy trình\n=========\n\n${region('identification', text)}\n\nNội dung.\n`);
  });

  it('places a missing region after the earlier regions already there, keeping the order', () => {
    const present = render(KHCN_PROCEDURE, ['identification', 'history']).text;
    const result = render(present, ['identification', 'approval', 'history']);
    expect(result.inserted).toEqual(['approval']);
    expect(result.text).toBe(render(KHCN_PROCEDURE, ['identification', 'approval', 'history']).text);
  });

  it('ignores headings in code blocks, and inserts nothing where a region could not be read', () => {
    const text = `${KHCN_FRONT_MATTER}\`\`\`\n# not a heading\n\`\`\`\n# Quy trình\n\`\`\`\nunclosed\n`;
    const result = render(text, ['approval', 'legal-basis']);
    expect(result.missing).toEqual(['approval', 'legal-basis']);
    expect(result.inserted).toEqual(['approval']);
    expect(result.text).toBe(text.replace('# Quy trình\n', `# Quy trình\n\n${region('approval', text)}\n\n`));
    expect(result.problems.map(({ messageId, data }) => ({ messageId, data }))).toEqual([{ messageId: 'render.cannot-insert', data: { name: 'legal-basis' } }]);
    expect(render(result.text, ['approval', 'legal-basis']).text).toBe(result.text);
  });
});

describe('renderDocument: replacing regions', () => {
  it('replaces the content between the marker lines and keeps the marker lines and everything else', () => {
    const text = `${KHCN_FRONT_MATTER}\nÝ kiến.\n  <!--   qms:begin approval   --> chú thích\nstale | table\n<!-- qms:end approval -->   \nSau.\n`;
    const result = render(text, []);
    expect(result.updated).toEqual(['approval']);
    expect(result.text).toBe(
      `${KHCN_FRONT_MATTER}\nÝ kiến.\n  <!--   qms:begin approval   --> chú thích\n\n${regionMarkdown('approval', readDocument(text), context())}\n<!-- qms:end approval -->   \nSau.\n`,
    );
    expect(render(result.text, []).changed).toBe(false);
  });

  it('renders every region of a name, and regions of any type', () => {
    const text = `${KHCN_FRONT_MATTER.replace('type: procedure', 'type: form')}<!-- qms:begin history -->\n<!-- qms:end history -->\nx\n<!-- qms:begin history -->\nold\n<!-- qms:end history -->\n`;
    const result = render(text);
    expect(result.updated).toEqual(['history', 'history']);
    expect(result.text.split('**Theo dõi sửa đổi**').length).toBe(3);
  });

  it('leaves a document with an unpaired marker alone, and an unknown region as it is', () => {
    const stray = `${KHCN_FRONT_MATTER}<!-- qms:begin approval -->\nold\n`;
    const result = render(stray);
    expect(result).toMatchObject({ text: stray, changed: false, inserted: [] });
    expect(result.problems.map(({ messageId, data }) => ({ messageId, data }))).toEqual([{ messageId: 'generated/stale.stray-begin', data: { name: 'approval', file: expect.any(String) } }]);

    const unknown = `${KHCN_FRONT_MATTER}<!-- qms:begin signatures -->\nkeep\n<!-- qms:end signatures -->\n<!-- qms:begin approval -->\n<!-- qms:end approval -->\n`;
    const rendered = render(unknown, []);
    expect(rendered.text).toContain('<!-- qms:begin signatures -->\nkeep\n<!-- qms:end signatures -->\n');
    expect(rendered.updated).toEqual(['approval']);
    expect(rendered.problems.map(({ messageId, data }) => ({ messageId, data }))).toEqual([{ messageId: 'generated/stale.unknown', data: { name: 'signatures', file: expect.any(String) } }]);
  });

  it('does not take markers in code blocks or comments for regions', () => {
    const text = `${KHCN_FRONT_MATTER}\`\`\`\n<!-- qms:begin approval -->\nx\n<!-- qms:end approval -->\n\`\`\`\n`;
    expect(render(text, []).changed).toBe(false);
  });
});

describe('renderDocument: the file style', () => {
  const body = KHCN_BODY.replace('## 5.', '<!-- qms:begin approval -->\nold\n<!-- qms:end approval -->\n\n## 5.');

  it('writes CRLF in a CRLF file and changes no other byte', () => {
    const crlf = (KHCN_FRONT_MATTER + body).replace(/\n/g, '\r\n');
    const result = render(crlf);
    expect(result.text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(result.text).toBe(render(KHCN_FRONT_MATTER + body).text.replace(/\n/g, '\r\n'));
  });

  it('keeps a byte-order mark, and writes NFD in an NFD file', () => {
    const bom = `\uFEFF${KHCN_FRONT_MATTER}${body}`;
    expect(render(bom).text).toBe(`\uFEFF${render(KHCN_FRONT_MATTER + body).text}`);
    const nfd = (KHCN_FRONT_MATTER + body).normalize('NFD');
    const result = render(nfd);
    expect(result.text).toBe(render(KHCN_FRONT_MATTER + body).text.normalize('NFD'));
    expect(render(result.text).changed).toBe(false);
  });

  it('detects the style from the first line break and the whole text', () => {
    expect(textStyle('a\r\nb\nc')).toEqual({ eol: '\r\n', nfd: false });
    expect(textStyle('a\nb\r\nc')).toEqual({ eol: '\n', nfd: false });
    expect(textStyle('a\rb')).toEqual({ eol: '\n', nfd: false });
    expect(textStyle('Việt'.normalize('NFD'))).toEqual({ eol: '\n', nfd: true });
  });

  it('expects content that starts and ends with a blank line', () => {
    const ctx = context();
    const content = expectedRegionContent('approval', readDocument(KHCN_PROCEDURE), ctx, { eol: '\r\n', nfd: false });
    expect(content.startsWith('\r\n| Trách nhiệm |')).toBe(true);
    expect(content.endsWith('|\r\n\r\n')).toBe(true);
  });
});
