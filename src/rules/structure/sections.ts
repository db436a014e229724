/** Rule structure/sections: a document has its type's required sections in order (numbering ignored), and section-name normalising. */
import { ruleMeta, type Rule } from '../rule.js';
import { normalizeName, readable, typeOf } from '../../model/documents.js';
import { memoByString } from '../../util/strings.js';

/** "## 1. Mục đích", "I. MỤC ĐÍCH:", "5.1 Mục đích", "**Mục đích**" → "mục đích". */
export function sectionName(heading: string): string {
  return names(heading);
}

// The same headings ("1. Mục đích") open thousands of documents: each is read once.
const names = memoByString(10_000, (heading) => {
  const plain = heading.replace(/[*_`]/g, '').replace(/[:：.]\s*$/, '');
  const unnumbered = plain.replace(/^\s*(?:\d+(?:[.)]\d+)*[.)]?|(?:[IVXLC]+|[ivxlc]+|[a-zA-Z])[.)])\s+/, '');
  return normalizeName(unnumbered);
});

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
