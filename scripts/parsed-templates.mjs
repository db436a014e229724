// The shipped section templates (templates/sections.<language>.yaml) parsed as
// src/workspace/shipped-templates.ts parses them at run time: scripts/build.mjs puts them in the
// bundle as JSON, and test/sections/templates.test.ts holds the two to the same data.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

/** { vi: {...}, en: {...} } from `<root>/templates`; throws on invalid YAML. */
export function parsedShippedTemplates(root) {
  const templates = {};
  for (const name of readdirSync(join(root, 'templates')).filter((file) => /^sections\.[a-z]+\.yaml$/.test(file)).sort()) {
    const doc = parseDocument(readFileSync(join(root, 'templates', name), 'utf8').replace(/^\uFEFF/, ''), { uniqueKeys: true, prettyErrors: false });
    if (doc.errors.length > 0) throw new Error(`templates/${name}: ${doc.errors[0].message}`);
    templates[name.split('.')[1]] = doc.toJS() ?? {};
  }
  return templates;
}
