/** `qms show`: its commander wiring and run(): one document's view (identity, status, approvals, legal basis, references) as text or JSON. */
import type { Command } from 'commander';
import { documentView, formatDocumentView } from '../../views/document-view.js';

import { findDocuments } from '../../lookup/documents.js';
import { openWorkspace, type CommonOptions } from '../../workspace/open.js';
import { EXIT, type Io } from '../io.js';
import { addCommonOptions } from '../common-options.js';
import { t } from '../../i18n/messages/index.js';

export interface ShowOptions extends CommonOptions {
  json?: boolean;
}

/** Wires `qms show` into the program. */
export function registerShow(program: Command, io: Io, setExit: (code: number) => void): void {
  addCommonOptions(
    program
      .command('show')
      .argument('<code>'),
  )
    .option('--json')
    .option('--no-cache')
    .action((code: string, options: ShowOptions) => setExit(runShow(code, options, io)));
}

export function runShow(code: string, options: ShowOptions, io: Io): number {
  const opened = openWorkspace(io, options, { documents: 'summaries' });
  const found = findDocuments(opened.repository, code, opened.language);
  const document = opened.repository.read(found.document.file)!;
  const duplicates = opened.repository.readMany(found.duplicates.map((d) => d.file));
  if (duplicates.length > 0) {
    io.stderr.write(t(opened.language, 'show.code-used-n', { code: document.code?.value ?? '', files: [document, ...duplicates].map((d) => d.file) }));
  }
  const view = documentView(opened.repository, document, duplicates);
  io.stdout.write(options.json ? `${JSON.stringify(view, null, 2)}\n` : formatDocumentView(view, opened.language));
  return EXIT.ok;
}
