/** The YAML document of a config text, parsed once per text: choosing the run's language and loading the config both read it. */
import { LineCounter, parseDocument, type Document } from 'yaml';

/** A parsed config text, with the line counter that locates its offsets. */
export interface ConfigDocument {
  readonly doc: Document;
  readonly lineCounter: LineCounter;
}

let last: { source: string; parsed: ConfigDocument } | undefined;

/**
 * `source` (a byte-order mark dropped) parsed as one YAML document with unique keys. The last text
 * is remembered: a run reads its config's `language` before it loads the config, and the YAML
 * parse is the larger part of both. Callers must not change the document.
 */
export function parseConfigDocument(source: string): ConfigDocument {
  if (last?.source === source) return last.parsed;
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.replace(/^\uFEFF/, ''), { lineCounter, uniqueKeys: true, prettyErrors: false });
  last = { source, parsed: { doc, lineCounter } };
  return last.parsed;
}
