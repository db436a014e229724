/** Reading many git objects (`<commit>:<path>`, `:<path>`) in one `git cat-file --batch` process; missing ones read as null. */
import { gitBuffer } from './run.js';

/**
 * Reads many objects in one `git cat-file --batch` process: `specs` are object names such as
 * `<commit>:<path>` or `:<path>` (the index). Missing objects read as null.
 */
export function readBlobs(cwd: string, specs: readonly string[]): Map<string, string | null> {
  const result = new Map<string, string | null>();
  if (specs.length === 0) return result;
  const output = gitBuffer(cwd, ['cat-file', '--batch'], `${specs.join('\n')}\n`);
  let offset = 0;
  for (const spec of specs) {
    const headerEnd = output.indexOf(10, offset);
    const header = output.subarray(offset, headerEnd).toString('utf8');
    offset = headerEnd + 1;
    if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
      result.set(spec, null);
      continue;
    }
    const size = Number(header.slice(header.lastIndexOf(' ') + 1));
    result.set(spec, output.subarray(offset, offset + size).toString('utf8'));
    offset += size + 1;
  }
  return result;
}
