/** Rule legal/unknown: every legal document cited in legal_basis or the body is in the legal register (and is not ambiguous). */
import { ruleMeta, type Rule } from '../rule.js';
import { readable } from '../../model/documents.js';
import { citationsOf } from '../../document/cited.js';

/** Every cited legal document is in the legal register (danh mục tài liệu bên ngoài). */
export const legalUnknown: Rule = {
  meta: ruleMeta({
    id: 'legal/unknown',
    description: 'Every legal document cited in legal_basis or the body is in the legal register.',
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
          report({ ...where, message: `"${cited.text}" could mean ${names.join(' or ')}: write the full number` });
        } else if (cited.key === null) {
          report({ ...where, message: `"${cited.text}" is not in the legal register: write its full number, or add it under legal/` });
        } else if (!register.get(cited.key)) {
          report({ ...where, message: `${cited.text} is not in the legal register: add an entry under legal/ (or correct the number)` });
        }
      }
    }
  },
};
