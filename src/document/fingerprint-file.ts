/** The approval fingerprint of a document's raw text, or why it has none (used by `qms fingerprint`). */
import { scanBody } from '../markdown/scan.js';
import { asWritten, computeFingerprint } from './fingerprint.js';
import { readFrontMatterBlock } from './frontmatter.js';
import type { Bilingual } from '../i18n/language.js';
import { findingText } from '../i18n/messages/findings.js';

/** The fingerprint of a document's text, or why it has none (unreadable front matter). */
export function fingerprintOfText(text: string): { ok: true; fingerprint: string } | { ok: false; message: Bilingual } {
  const block = readFrontMatterBlock(text);
  if (!block.frontMatter) {
    const problem = block.problems[0] ?? { messageId: 'read.no-front-matter', data: {} };
    return { ok: false, message: { vi: findingText('vi', problem), en: findingText('en', problem) } };
  }
  const { bodyStart } = block;
  return { ok: true, fingerprint: computeFingerprint(asWritten(block.frontMatter), text, bodyStart, scanBody(text, bodyStart).regions) };
}
