/**
 * How the site reaches the output folder: changed files collected and written a batch at a time
 * through `output` (the one writer), unchanged ones (same content hash, file present) skipped, files
 * qms did not write refused, and the manifest rewritten first without what may change.
 */
import type { OutputChange } from '../write/plan.js';
import type { SiteRequest } from './build.js';
import { STAMP, stampHtml } from './html.js';
import { contentHash, emptyManifest, isOwnFile, MANIFEST, manifestText, type SiteManifest } from './manifest.js';

/** The output folder as the site sees it. */
export interface SiteOutput {
  /** The text of a file of the output folder, or null when absent. */
  read(file: string): string | null;
  exists(file: string): boolean;
  /** Writes a batch of changes (or, for --dry-run, previews them). */
  write(changes: OutputChange[]): void;
}

/** What a generation did. */
export interface SiteResult {
  /** Document pages read and rendered. */
  rendered: number;
  /** Files written (the manifest among them). */
  written: number;
  /** HTML pages written. */
  pages: number;
  /** Files of the site left as they were. */
  unchanged: number;
  /** Pages turned into a withdrawn notice this run. */
  withdrawn: number;
}

/** A file in the way that qms did not write: never overwritten. */
export class ForeignFileError extends Error {
  override readonly name = 'ForeignFileError';
  constructor(readonly file: string) {
    super(`${file} was not written by qms site`);
  }
}

/**
 * Collects changed files and writes them a batch at a time: a file whose content (stamp left out)
 * hashes as the manifest remembers, and which exists, is not rewritten. Before the first write, the
 * manifest is rewritten without every entry this run may change.
 */
export function batchWriter(request: Pick<SiteRequest, 'output' | 'previous' | 'stamp'>, manifest: SiteManifest, result: SiteResult): { page(file: string, content: string): boolean; flush(): void; finish(): void } {
  const { output, previous, stamp } = request;
  const filled = stampHtml(stamp);
  let pending: OutputChange[] = [];
  let manifestOnDisk = output.read(MANIFEST);
  const writeManifest = (text: string): void => {
    if (text === manifestOnDisk) return;
    output.write([{ file: MANIFEST, before: manifestOnDisk, after: text }]);
    manifestOnDisk = text;
    result.written++;
  };
  let started = false;
  return {
    page(file, content) {
      const hash = contentHash(content);
      manifest.files[file] = hash;
      if (previous?.files[file] === hash && output.exists(file)) {
        result.unchanged++;
        return false;
      }
      const before = output.read(file);
      if (before !== null && !isOwnFile(before)) throw new ForeignFileError(file);
      pending.push({ file, before, after: content.split(STAMP).join(filled) });
      return true;
    },
    flush() {
      if (pending.length === 0) return;
      if (!started && manifestOnDisk !== null) {
        // Only what this run keeps as it was: pages kept, nothing it is about to write.
        const interim = emptyManifest(manifest.global);
        for (const [file, record] of Object.entries(manifest.pages)) if (previous?.pages[file] === record) interim.pages[file] = record;
        for (const file of Object.keys(interim.pages)) interim.files[file] = manifest.files[file]!;
        writeManifest(manifestText(interim));
      }
      started = true;
      output.write(pending);
      result.written += pending.length;
      result.pages += pending.filter((c) => c.file.endsWith('.html')).length;
      pending = [];
    },
    finish() {
      writeManifest(manifestText(manifest));
    },
  };
}
