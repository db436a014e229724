/** `qms tthc import <file.csv|xlsx>`: reads a TTHC list, plans records for every row, refuses unless every row is valid (or --skip-invalid). */
import type { CommonOptions } from '../../workspace/open.js';
import type { Io } from '../io.js';
import { QmsError } from '../../util/errors.js';

export interface TthcImportOptions extends CommonOptions {
  skipInvalid?: boolean;
  dryRun?: boolean;
}

export async function runTthcImport(file: string, _options: TthcImportOptions, _io: Io): Promise<number> {
  throw new QmsError(`not yet: ${file}`);
}
