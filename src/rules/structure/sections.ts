/** Rule structure/sections: a document has its type's required sections in order (numbering ignored), and section-name normalising. */
import { ruleMeta, type Rule } from '../rule.js';
import { normalizeName, readable, typeOf } from '../../model/documents.js';
import { ownCopy } from '../../util/strings.js';

/** "## 1. Mục đích", "I. MỤC ĐÍCH:", "5.1 Mục đích", "**Mục đích**" → "mục đích". */
export function sectionName(heading: string): string {
  let name = names.get(heading);
  if (name === undefined) {
    const plain = heading.replace(/[*_`]/g, '').replace(/[:：.]\s*$/, '');
    const unnumbered = plain.replace(/^\s*(?:\d+(?:[.)]\d+)*[.)]?|(?:[IVXLC]+|[ivxlc]+|[a-zA-Z])[.)])\s+/, '');
    name = normalizeName(unnumbered);
    // Once full, the cache keeps what it has: the section headings met first are the ones that
    // repeat; a document's own title heading would only churn it.
    if (names.size >= 10_000) return name;
    // An own copy: the heading is a slice of its document, whose whole text the map would keep alive.
    names.set(ownCopy(heading), name);
  }
  return name;
}

// The same headings ("1. Mục đích") open thousands of documents: each is read once.
const names = new Map<string, string>();

/** A type's required sections are present, in order. */
export const structureSections: Rule = {
  meta: ruleMeta({
    id: 'structure/sections',
    severity: 'error',
    isoClause: '7.5.2 b',
  }),
  checkDocuments({ repository, report }) {
    for (const document of readable(repository)) {
      const required = typeOf(document, repository)?.sections ?? [];
      if (required.length === 0) continue;
      const names = document.headings.map((h) => sectionName(h.text));
      let cursor = 0;
      for (const section of required) {
        const wanted = sectionName(section);
        const next = names.indexOf(wanted, cursor);
        if (next >= 0) {
          cursor = next + 1;
          continue;
        }
        const earlier = names.indexOf(wanted);
        if (earlier >= 0) {
          report({ file: document.file, position: document.headings[earlier]!.position, messageId: 'structure/sections.order', data: { section, type: document.type!.value, sections: [...required] } });
        } else {
          report({ file: document.file, position: document.bodyPosition, messageId: 'structure/sections.missing', data: { section } });
        }
      }
    }
  },
};
