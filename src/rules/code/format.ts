/** Rule code/format: a document's code matches the code pattern configured for its type. */
import { ruleMeta, type Rule } from '../rule.js';
import { readable, typeOf } from '../../model/documents.js';
import { patternExample } from '../../util/pattern-example.js';

/** A code follows the pattern of its document type. */
export const codeFormat: Rule = {
  meta: ruleMeta({
    id: 'code/format',
    severity: 'error',
    isoClause: '7.5.2 a',
  }),
  checkDocuments({ repository, report }) {
    const compiled = new Map<string, RegExp>();
    for (const document of readable(repository)) {
      const type = typeOf(document, repository);
      if (!document.code || !type) continue;
      let pattern = compiled.get(type.pattern);
      if (!pattern) compiled.set(type.pattern, (pattern = new RegExp(type.pattern, 'u')));
      const code = document.code.value;
      if (!pattern.test(code.normalize('NFC'))) {
        const name = document.type!.value;
        const example = patternExample(type.pattern, type.example);
        report({
          file: document.file,
          position: document.code.position,
          // Officers are shown a valid code, never the regular expression.
          ...(example === undefined
            ? { messageId: 'code/format.no-example' as const, data: { code, type: name, label: type.label } }
            : { messageId: 'code/format' as const, data: { code, type: name, label: type.label, example } }),
        });
      }
    }
  },
};
