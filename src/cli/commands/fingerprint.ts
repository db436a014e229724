/** `qms fingerprint`: prints the content fingerprint of each given document, to record at approval. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { fingerprintOfText } from '../../document/fingerprint-file.js';
import { QmsError } from '../../util/errors.js';
import { both } from '../../i18n/messages/index.js';
import { EXIT, type Io } from '../io.js';

/** Wires `qms fingerprint` into the program. */
export function registerFingerprint(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('fingerprint')
    .argument('<files...>')
    .action((files: string[]) => {
      for (const file of files) {
        let text: string;
        try {
          text = readFileSync(resolve(io.cwd, file), 'utf8');
        } catch (error) {
          throw new QmsError(both('usage.cannot-read', { file, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message }));
        }
        const result = fingerprintOfText(text);
        if (!result.ok) throw new QmsError({ vi: `${file}: ${result.message.vi}`, en: `${file}: ${result.message.en}`, id: result.message.id, data: result.message.data });
        io.stdout.write(`${result.fingerprint}  ${file}\n`);
      }
      setExit(EXIT.ok);
    });
}
