/** Writing a report or a list to the file `-o, --output` names: a plain write, since such a file is not a controlled document. */
import { writeFileSync } from 'node:fs';
import { QmsError } from '../util/errors.js';
import { both } from '../i18n/messages/index.js';


/** Writes `content` to `path` (absolute), or refuses with the reason the system gave. */
export function writeOutputFile(path: string, content: string | Buffer): void {
  try {
    writeFileSync(path, content);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new QmsError(both('usage.cannot-write-output', { file: path, reason }), { reason: 'unwritable' });
  }
}
