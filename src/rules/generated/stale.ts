import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspectDocument, requiredRegions, strayMessage, unknownMessage, type RenderContext } from '../../sections/render.js';
import { loadTemplates } from '../../sections/templates.js';
import { LineIndex, type Position } from '../../util/lines.js';
import { ruleMeta, type Rule } from '../types.js';
import { readable } from '../util.js';

/**
 * Generated regions hold what `qms render` would write, the regions a type requires are there, and
 * every marker is paired. Reads each document's text again (only to compare; never writes).
 */
export const generatedStale: Rule = {
  meta: ruleMeta({
    id: 'generated/stale',
    description: 'Generated regions match the front matter and the register (as qms render writes them), required regions are present, and markers are paired.',
    severity: 'error',
    isoClause: '7.5.2, 7.5.3.2',
  }),
  check({ repository, report }) {
    let context: RenderContext | undefined;
    for (const document of readable(repository)) {
      const required = requiredRegions(document, repository.config);
      let text: string;
      try {
        text = readFileSync(join(repository.root, document.file), 'utf8');
      } catch {
        continue; // gone since it was read; nothing to compare
      }
      if (required.length === 0 && !text.includes('qms:begin') && !text.includes('qms:end')) continue;
      context ??= {
        register: repository.register,
        config: repository.config,
        today: repository.today,
        templates: loadTemplates(repository.root, repository.config.language),
      };
      const inspection = inspectDocument(text, document, context);
      const locate = locator(text);
      const run = `run qms render ${document.file}`;
      for (const marker of inspection.structure.strayMarkers) {
        report({ file: document.file, position: locate(marker.offset), message: `${strayMessage(marker)}: pair the markers (or remove the stray one), then ${run}` });
      }
      for (const region of inspection.unknown) {
        report({ file: document.file, position: locate(region.start), message: `${unknownMessage(region.name)}: rename or remove the markers, then ${run}` });
      }
      for (const stale of inspection.stale) {
        report({
          file: document.file,
          position: locate(stale.region.start),
          message: `generated region "${stale.name}" is out of date (it differs from the front matter${stale.name === 'legal-basis' || stale.name === 'history' ? ' and the legal register' : ''}, or was edited by hand): ${run}`,
        });
      }
      for (const name of inspection.missing) {
        report({
          file: document.file,
          position: document.bodyPosition,
          message: `generated region "${name}" is missing (types.${document.type!.value}.regions requires it): ${run} to insert it`,
        });
      }
    }
  },
};

/** Offsets to positions, with a byte-order mark not counted as a column (as the reader does). */
function locator(text: string): (offset: number) => Position {
  const lines = new LineIndex(text);
  const bom = text.charCodeAt(0) === 0xfeff;
  return (offset) => {
    const position = lines.position(offset);
    return bom && position.line === 1 ? { line: 1, column: Math.max(1, position.column - 1) } : position;
  };
}
