/** Reading exported files as a person's tools would: unzip a .docx, check its XML is well formed, read PDF pages with poppler. */
import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';

/** The named part of a zip archive, extracted by the `unzip` program (an implementation independent of qms's writer). */
export function unzipPart(file: string, part: string): string {
  // unzip reads [ ] * ? in names as a pattern: escaped, the name is taken as it is.
  const result = spawnSync('unzip', ['-p', file, part.replace(/[[\]*?\\]/g, '\\$&')], { encoding: 'utf8' });
  if (result.error) throw new Error(`unzip is needed to read ${file} (apt-get install unzip): ${result.error.message}`);
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

/** The names in the archive, after `unzip -t` checked every CRC. */
export function zipEntries(file: string): string[] {
  const test = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
  expect(test.status, test.stdout + test.stderr).toBe(0);
  const list = spawnSync('unzip', ['-Z1', file], { encoding: 'utf8' });
  return list.stdout.split('\n').filter(Boolean);
}

/**
 * Problems that make `xml` not well formed: tags that do not nest, a raw `<` or a bare `&` in text.
 * (Enough to catch text that escaped its escaping; a full parser is Word's job.)
 */
export function wellFormedProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  const token = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const match of body.matchAll(token)) {
    const [, closing, name, , selfClosing, text, stray] = match;
    if (stray) problems.push(`raw < at ${match.index}: ${body.slice(match.index, match.index + 40)}`);
    else if (text !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(text)) problems.push(`bare & in ${text.slice(0, 40)}`);
    } else if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open}>`);
    } else if (!selfClosing) stack.push(name!);
  }
  if (stack.length > 0) problems.push(`unclosed ${stack.join(', ')}`);
  return problems;
}

/** The text of the `w:t` runs of each paragraph of WordprocessingML, one string per paragraph. */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1]!)).join(''));
}

/** XML entities back to characters. */
export function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** Runs a poppler tool; a missing one fails the test with the package to install. */
export function poppler(tool: string, args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8' });
  if (result.error) throw new Error(`${tool} is needed (apt-get install poppler-utils): ${result.error.message}`);
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}
