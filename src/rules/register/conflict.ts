/** Rule register/conflict: a document held by the agency's register and a shared one (legal.shared) is recorded the same in both. */
import type { LegalEntry, Relation } from '../../model/document.js';
import { RELATION_FIELDS } from '../../document/read-legal.js';
import { ruleMeta, type Rule } from '../rule.js';

/** One id in two registers with two different entries. */
export const registerConflict: Rule = {
  meta: ruleMeta({
    id: 'register/conflict',
    severity: 'error',
    isoClause: '7.5.3.2 (documents of external origin)',
    outOfScope: 'nothing',
    reportsOn: 'register',
  }),
  checkRepository({ repository, report }) {
    const used = new Map<string, LegalEntry>();
    for (const entry of repository.legal) {
      if (!entry.key || !entry.id) continue;
      const first = used.get(entry.key);
      if (!first) {
        used.set(entry.key, entry);
        continue;
      }
      if ((first.register ?? '') === (entry.register ?? '')) continue;
      const fields = differingFields(first, entry);
      if (fields.length === 0) continue;
      // Reported on the entry qms uses (the agency's own comes first): that is the one to reconcile.
      report({
        file: first.file,
        position: first.id!.position,
        messageId: 'register/conflict',
        data: { id: first.id!.value, register: entry.register ?? '', other: entry.file, fields, used: first.file, own: first.register === undefined },
      });
    }
  },
};

/** The fields two entries of one document disagree on (spelling of ids, case and order of aliases aside). */
export function differingFields(a: LegalEntry, b: LegalEntry): string[] {
  const fields: string[] = [];
  const compare = (name: string, x: unknown, y: unknown): void => {
    if (JSON.stringify(x) !== JSON.stringify(y)) fields.push(name);
  };
  compare('kind', a.docKind, b.docKind);
  compare('title', a.title?.normalize('NFC'), b.title?.normalize('NFC'));
  compare('issuer', a.issuer?.normalize('NFC'), b.issuer?.normalize('NFC'));
  compare('signed', a.signed?.value, b.signed?.value);
  compare('effective', a.effective?.value, b.effective?.value);
  compare('expired', a.expired?.value, b.expired?.value);
  for (const field of RELATION_FIELDS) compare(field, relationsOf(a[field]), relationsOf(b[field]));
  return fields;
}

function relationsOf(relations: readonly Relation[]): string[] {
  return relations.map((relation) => `${relation.key ?? relation.id.normalize('NFC')}:${relation.articles.map((article) => JSON.stringify(article)).sort().join(',')}`).sort();
}
