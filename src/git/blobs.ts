/** Reading many git objects (`<commit>:<path>`, `:<path>`) in one `git cat-file --batch -z` process; missing ones read as null. */
import { gitBuffer } from './run.js';

/** The header git prints before a found object: no user text in it (`<oid> <type> <size>`). */
const FOUND = /^[0-9a-f]{40,64} [a-z]+ (\d+)$/;

/**
 * Reads many objects in one `git cat-file --batch -z` process: `specs` are object names such as
 * `<commit>:<path>` or `:<path>` (the index). Missing objects read as null.
 *
 * The names go NUL-separated (`-z`), so a path holding a line feed and a `rev:path` is one name,
 * never two; and each answer is matched to its own name — a found object by a header that holds
 * no user text, a missing one by the exact echo of that name — so no name can shift the answers.
 * @throws Error when git's answer does not fit the names asked (never read as another file's text).
 */
export function readBlobs(cwd: string, specs: readonly string[]): Map<string, string | null> {
  const result = new Map<string, string | null>();
  const asked = specs.filter((spec) => !spec.includes('\0')); // git paths never hold NUL
  for (const spec of specs) if (spec.includes('\0')) result.set(spec, null);
  if (asked.length === 0) return result;
  const output = gitBuffer(cwd, ['cat-file', '--batch', '-z'], Buffer.from(`${asked.join('\0')}\0`, 'utf8'));
  let offset = 0;
  for (const spec of asked) {
    const missing = [' missing\n', ' ambiguous\n'].map((tail) => Buffer.from(spec + tail, 'utf8')).find((echo) => output.subarray(offset, offset + echo.length).equals(echo));
    if (missing !== undefined) {
      result.set(spec, null);
      offset += missing.length;
      continue;
    }
    const headerEnd = output.indexOf(10, offset);
    const found = headerEnd === -1 ? null : FOUND.exec(output.subarray(offset, headerEnd).toString('latin1'));
    if (found === null) throw new Error(`git cat-file answered out of step at ${JSON.stringify(spec)}`);
    const size = Number(found[1]);
    offset = headerEnd + 1;
    result.set(spec, output.subarray(offset, offset + size).toString('utf8'));
    offset += size + 1;
  }
  return result;
}
