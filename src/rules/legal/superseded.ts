/** Rule legal/superseded: no document in use cites a legal document that was replaced, repealed or has expired. */
import { legalName } from '../../model/register.js';
import { ruleMeta, type Rule } from '../rule.js';
import { readable } from '../../model/documents.js';
import { citationsOf } from '../../document/cited.js';
import { statusOn } from './status.js';

/** No document rests on a legal document that is no longer in force. */
export const legalSuperseded: Rule = {
  meta: ruleMeta({
    id: 'legal/superseded',
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
        const { status, by } = statusOn(register, cited.key, today);
        if (status !== 'expired' && status !== 'replaced' && status !== 'repealed') continue;
        const named = { cited: legalName(entry, cited.text), citedId: entry.id?.value ?? cited.text };
        if (status === 'expired') {
          report({ file: document.file, position: cited.position, messageId: 'legal/superseded.expired', data: { ...named, expired: entry.expired!.value } });
        } else if (status === 'replaced' || status === 'repealed') {
          const successors = by.map((r) => legalName(r.by, r.source.id));
          report({ file: document.file, position: cited.position, messageId: status === 'replaced' ? 'legal/superseded.replaced' : 'legal/superseded.repealed', data: { ...named, successors } });
        }
      }
    }
  },
};
