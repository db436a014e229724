/** The approval fingerprint of a document's raw text, or why it has none (used by `qms fingerprint`). */
import { scanBody } from '../markdown/scan.js';
import { asWritten, computeFingerprint } from './fingerprint.js';
import { readFrontMatterBlock } from './frontmatter.js';

/** The fingerprint of a document's text, or why it has none (unreadable front matter). */
export function fingerprintOfText(text: string): { ok: true; fingerprint: string } | { ok: false; message: string } {
  const block = readFrontMatterBlock(text);
  if (!block.frontMatter) return { ok: false, message: block.problems[0]?.message ?? 'no front matter' };
  const { bodyStart } = block;
  return { ok: true, fingerprint: computeFingerprint(asWritten(block.frontMatter), text, bodyStart, scanBody(text, bodyStart).regions) };
}
