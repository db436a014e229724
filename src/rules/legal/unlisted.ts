/** Rule legal/unlisted: every registered legal document the body cites is listed in legal_basis. */
import { legalName } from '../../model/register.js';
import { ruleMeta, type Rule } from '../rule.js';
import { readable } from '../../model/documents.js';
import { mergedLegalBasis } from '../../sections/build.js';

/** What the body rests on is declared in legal_basis. */
export const legalUnlisted: Rule = {
  meta: ruleMeta({
    id: 'legal/unlisted',
    severity: 'warning',
    isoClause: '7.5.3.2',
  }),
  checkDocuments({ repository, report }) {
    for (const document of readable(repository)) {
      // The legal basis of the TTHC records it handles is its own too (it is rendered into legal-basis).
      const listed = new Set(mergedLegalBasis(document, repository.register).map((item) => item.key));
      const reported = new Set<string>();
      for (const citation of document.citations) {
        if (!citation.key || listed.has(citation.key) || reported.has(citation.key)) continue;
        const entry = repository.register.get(citation.key);
        if (!entry) continue;
        reported.add(citation.key);
        report({ file: document.file, position: citation.position, messageId: 'legal/unlisted', data: { cited: legalName(entry, citation.text), id: entry.id?.value ?? citation.key } });
      }
    }
  },
};
