/** Rule legal/unknown: every legal document cited in legal_basis or the body is in the legal register (and is not ambiguous). */
import { ruleMeta, type Rule } from '../rule.js';
import { readable } from '../../model/documents.js';
import { citationsOf } from '../../document/cited.js';

/** Every cited legal document is in the legal register (danh mục tài liệu bên ngoài). */
export const legalUnknown: Rule = {
  meta: ruleMeta({
    id: 'legal/unknown',
    severity: 'error',
    isoClause: '7.5.3.2 (documents of external origin)',
  }),
  checkDocuments({ repository, report }) {
    const { register } = repository;
    for (const document of readable(repository)) {
      for (const cited of citationsOf(document)) {
        const where = { file: document.file, position: cited.position };
        if (cited.key === null && cited.candidates.length > 1) {
          const names = cited.candidates.map((key) => register.get(key)?.id?.value ?? key);
          report({ ...where, messageId: 'legal/unknown.ambiguous', data: { text: cited.text, candidates: names } });
        } else if (cited.key === null) {
          report({ ...where, messageId: 'legal/unknown.unresolved', data: { text: cited.text } });
        } else if (!register.get(cited.key)) {
          report({ ...where, messageId: 'legal/unknown.unregistered', data: { text: cited.text } });
        }
      }
    }
  },
};
