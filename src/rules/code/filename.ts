/** Rule code/filename: a document's file name is its code under the configured filename template; and that expected name. */
import { ruleMeta, type Rule } from '../rule.js';
import { readable } from '../../model/documents.js';

/** The file name a code should have under the config's filename template. */
export function expectedFileName(code: string, template: string, replace: string): string {
  return template.replace('{code}', code.normalize('NFC').trim().replace(/[/\\\s]+/g, replace));
}

/** A document's file is named after its code, so people and tools find it. */
export const codeFilename: Rule = {
  meta: ruleMeta({
    id: 'code/filename',
    severity: 'warning',
    isoClause: '7.5.3.2',
  }),
  checkDocuments({ repository, report }) {
    const { template, replace } = repository.config.filename;
    for (const document of readable(repository)) {
      if (!document.code) continue;
      const expected = expectedFileName(document.code.value, template, replace);
      const actual = (document.file.split('/').pop() ?? '').normalize('NFC');
      if (actual !== expected) {
        report({ file: document.file, position: document.code.position, messageId: 'code/filename', data: { actual, code: document.code.value, expected } });
      }
    }
  },
};
