/** Rule legal/superseded: no document in use cites a legal document that was replaced, repealed or has expired. */
import { displayName } from '../../model/register.js';
import { ruleMeta, type Rule } from '../rule.js';
import { readable } from '../../model/documents.js';
import { citationsOf } from '../../document/cited.js';

/** No document rests on a legal document that is no longer in force. */
export const legalSuperseded: Rule = {
  meta: ruleMeta({
    id: 'legal/superseded',
    description: 'No document cites a legal document that has been replaced, repealed or has expired.',
    severity: 'error',
    isoClause: '7.5.3.2; QĐ 19/2014/QĐ-TTg Điều 4',
  }),
  checkDocuments({ repository, report }) {
    const { register, today } = repository;
    for (const document of readable(repository)) {
      if (document.status?.value === 'obsolete') continue;
      for (const cited of citationsOf(document)) {
        const entry = register.get(cited.key);
        if (!entry || !cited.key) continue;
        const { status, by } = register.status(cited.key, today);
        const name = displayName(entry, cited.text);
        if (status === 'expired') {
          report({ file: document.file, position: cited.position, message: `cites ${name}, which expired on ${entry.expired!.value}: remove or replace the citation` });
        } else if (status === 'replaced' || status === 'repealed') {
          const successors = by.map((r) => `${displayName(r.by, r.source.id)}${r.by.effective ? ` (in force ${r.by.effective.value})` : ''}`);
          const verb = status === 'replaced' ? 'replaced' : 'repealed';
          const advice = status === 'replaced' ? 'cite the successor and revise the text that rests on it' : 'remove the citation and revise the text that rests on it';
          report({ file: document.file, position: cited.position, message: `cites ${name}, ${verb} by ${successors.join(' and ')}: ${advice}` });
        }
      }
    }
  },
};
