/** Rule generated/stale: generated regions match what `qms render` would write, required regions exist, markers are paired. */
import type { RegionName } from '../../config/types.js';
import { inspectDocument, locator, requiredRegions, strayMessage, unknownMessage, type RenderContext } from '../../sections/render.js';
import { ruleMeta, type Rule } from '../rule.js';
import { readable } from '../../model/documents.js';

/** What each region is made from, for messages. */
const SOURCES: Record<RegionName, string> = {
  identification: 'code, title, revision, effective and owner in the front matter',
  approval: 'approval in the front matter',
  history: 'history in the front matter',
  'legal-basis': 'legal_basis, the TTHC records and the legal register',
  'tthc-dossier': 'the dossier of the TTHC records named in tthc',
  'tthc-time-limit': 'the time limit of the TTHC records named in tthc',
  'tthc-fees': 'the fees of the TTHC records named in tthc',
  'tthc-conditions': 'the conditions of the TTHC records named in tthc',
  'tthc-result': 'the result of the TTHC records named in tthc',
};

/**
 * Generated regions hold what `qms render` would write, the regions a type requires are there, and
 * every marker is paired. Compares each document's text (never writes) with what rendering would give.
 */
export const generatedStale: Rule = {
  meta: ruleMeta({
    id: 'generated/stale',
    description: 'Generated regions match the front matter and the register (as qms render writes them), required regions are present, and markers are paired.',
    severity: 'error',
    isoClause: '7.5.2, 7.5.3.2',
  }),
  checkDocuments({ repository, report }) {
    let context: RenderContext | undefined;
    // Only documents with markers, or whose type requires regions, need their text again.
    const documents = readable(repository).filter((d) => d.hasMarkers || requiredRegions(d, repository.config).length > 0);
    const { texts } = repository;
    for (const document of documents) {
      const required = requiredRegions(document, repository.config);
      let text: string | undefined;
      try {
        text = texts.get(document.file);
      } catch {
        // gone since it was read; nothing to compare
      }
      if (text === undefined) continue;
      if (required.length === 0 && !text.includes('qms:begin') && !text.includes('qms:end')) continue;
      context ??= {
        register: repository.register,
        config: repository.config,
        today: repository.today,
        templates: repository.templates(),
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
          message: `generated region "${stale.name}" is out of date: it does not match ${SOURCES[stale.name]}${stale.name === 'legal-basis' ? ` as of ${repository.today}` : ''} (or it was edited by hand): ${run}`,
        });
      }
      if (inspection.missing.length > 0) {
        const names = inspection.missing.map((name) => `"${name}"`);
        const list = names.length === 1 ? `region ${names[0]} is` : `regions ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} are`;
        report({
          file: document.file,
          position: document.bodyPosition,
          message: `generated ${list} missing (types.${document.type!.value}.regions requires ${names.length === 1 ? 'it' : 'them'}): ${run} to insert ${names.length === 1 ? 'it' : 'them'}`,
        });
      }
    }
  },
};
