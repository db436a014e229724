/** The .docx package of an issued document: the decision and/or the procedure as Word-compatible WordprocessingML, zipped. */
import type { Decision } from './decision.js';
import { decisionHeaderXml, decisionXml, emptyHeaderXml } from './docx-decision.js';
import { Numbering } from './docx-body.js';
import { procedureBodyXml, procedureHeaderXml } from './docx-procedure.js';
import { xmlText } from './docx-xml.js';
import { FONT, PAGE, SIZE } from './layout.js';
import type { IssuedDocument } from './model.js';
import { zip } from './zip.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HEADER_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/header';

/** What goes into the file: the decision, the procedure, or both (decision first). */
export interface DocxContent {
  decision?: Decision;
  procedure?: IssuedDocument;
}

/** The parts of the package by name (the zip's entries), for the archive and for tests. */
export function docxParts(content: DocxContent): Map<string, string> {
  const numbering = new Numbering();
  const headers: Array<{ id: string; xml: string }> = [];
  const sections: string[] = [];
  const pgSz = `<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/>`;
  const pgMar = `<w:pgMar w:top="${PAGE.top}" w:right="${PAGE.right}" w:bottom="${PAGE.bottom}" w:left="${PAGE.left}" w:header="${PAGE.header}" w:footer="${PAGE.footer}" w:gutter="0"/>`;
  if (content.decision) {
    headers.push({ id: 'rIdDecisionHeader', xml: decisionHeaderXml() }, { id: 'rIdDecisionFirst', xml: emptyHeaderXml() });
    const sectPr = `<w:sectPr><w:headerReference w:type="default" r:id="rIdDecisionHeader"/><w:headerReference w:type="first" r:id="rIdDecisionFirst"/>${pgSz}${pgMar}<w:pgNumType w:fmt="decimal" w:start="1"/><w:titlePg/></w:sectPr>`;
    sections.push(decisionXml(content.decision) + (content.procedure ? `<w:p><w:pPr>${sectPr}</w:pPr></w:p>` : sectPr));
  }
  if (content.procedure) {
    headers.push({ id: 'rIdProcedureHeader', xml: procedureHeaderXml(content.procedure, content.decision ? 'SECTIONPAGES' : 'NUMPAGES') });
    const sectPr = `<w:sectPr><w:headerReference w:type="default" r:id="rIdProcedureHeader"/>${pgSz}${pgMar}<w:pgNumType w:fmt="decimal" w:start="1"/></w:sectPr>`;
    sections.push(procedureBodyXml(content.procedure, numbering) + sectPr);
  }
  const title = content.procedure ? `${content.procedure.code} ${content.procedure.title}` : (content.decision?.subject ?? '');
  const parts = new Map<string, string>();
  parts.set('[Content_Types].xml', contentTypes(headers.length));
  parts.set('_rels/.rels', rels([
    ['rId1', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument', 'word/document.xml'],
    ['rId2', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
  ]));
  parts.set('docProps/core.xml', core(title));
  parts.set('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${sections.join('')}</w:body></w:document>`);
  parts.set('word/styles.xml', styles());
  parts.set('word/numbering.xml', numbering.xml());
  parts.set('word/settings.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="${W}"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`);
  headers.forEach((header, i) => parts.set(`word/header${i + 1}.xml`, header.xml));
  parts.set('word/_rels/document.xml.rels', rels([
    ['rIdStyles', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles', 'styles.xml'],
    ['rIdNumbering', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering', 'numbering.xml'],
    ['rIdSettings', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings', 'settings.xml'],
    ...headers.map((header, i): [string, string, string] => [header.id, HEADER_TYPE, `header${i + 1}.xml`]),
  ]));
  return parts;
}

/** The .docx file's bytes. */
export function docxBytes(content: DocxContent): Buffer {
  return zip([...docxParts(content)].map(([name, text]) => ({ name, content: text })));
}

function contentTypes(headerCount: number): string {
  const main = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
  const overrides = [
    ['/word/document.xml', `${main}.document.main+xml`],
    ['/word/styles.xml', `${main}.styles+xml`],
    ['/word/numbering.xml', `${main}.numbering+xml`],
    ['/word/settings.xml', `${main}.settings+xml`],
    ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
    ...Array.from({ length: headerCount }, (_, i) => [`/word/header${i + 1}.xml`, `${main}.header+xml`]),
  ];
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('')}</Types>`;
}

function rels(list: ReadonlyArray<[string, string, string]>): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('')}</Relationships>`;
}

function core(title: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${xmlText(title)}</dc:title><dc:creator>qms</dc:creator><dc:language>vi-VN</dc:language></cp:coreProperties>`;
}

/** Times New Roman everywhere (the four font slots), 13 pt, single-and-a-bit spacing, 6 pt after. */
function styles(): string {
  const fonts = `<w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}" w:eastAsia="${FONT}"/>`;
  const heading = (level: number, size: number, italic: boolean): string =>
    `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:jc w:val="left"/><w:outlineLvl w:val="${level - 1}"/></w:pPr><w:rPr><w:b/><w:bCs/>${italic ? '<w:i/>' : ''}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr>${fonts}<w:color w:val="000000"/><w:sz w:val="${SIZE.body}"/><w:szCs w:val="${SIZE.body}"/><w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:rPr>${fonts}</w:rPr></w:style>${heading(1, 28, false)}${heading(2, 26, false)}${heading(3, 26, true)}${heading(4, 26, true)}<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>`;
}
