/** Rule generated/stale: generated regions match what `qms render` would write, required regions exist, markers are paired. */
import { inspectDocument, locator, requiredRegions, strayMarkerMessage, type RenderContext } from '../../sections/render.js';
import { ruleMeta, type Rule } from '../rule.js';
import { readable } from '../../model/documents.js';

/**
 * Generated regions hold what `qms render` would write, the regions a type requires are there, and
 * every marker is paired. Compares each document's text (never writes) with what rendering would give.
 */
export const generatedStale: Rule = {
  meta: ruleMeta({
    id: 'generated/stale',
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
      const { file } = document;
      for (const marker of inspection.structure.strayMarkers) {
        report({ file, position: locate(marker.offset), ...strayMarkerMessage(marker, file) });
      }
      for (const region of inspection.unknown) {
        report({ file, position: locate(region.start), messageId: 'generated/stale.unknown', data: { name: region.name, file } });
      }
      for (const stale of inspection.stale) {
        report({
          file: document.file,
          position: locate(stale.region.start),
          messageId: 'generated/stale.outdated',
          data: { name: stale.name, file, ...(stale.name === 'legal-basis' ? { today: repository.today } : {}) },
        });
      }
      if (inspection.missing.length > 0) {
        report({
          file: document.file,
          position: document.bodyPosition,
          messageId: 'generated/stale.missing',
          data: { regions: [...inspection.missing], type: document.type!.value, file },
        });
      }
    }
  },
};
