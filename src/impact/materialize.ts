/** Turning an impact plan into new file texts: citation rewrites, front matter edits, regions re-rendered; files changed since are refused. */
import { documentReadContext } from '../model/reading.js';
import { readControlledDocument } from '../document/read-document.js';
import { editFrontMatter, isFrontMatterEditError } from '../yaml-edit/frontmatter-edit.js';
import { renderDocument } from '../sections/render.js';
import type { FileChange } from '../write/plan.js';
import type { SectionTemplates } from '../sections/templates.js';
import type { RepositoryIndex } from '../model/repository.js';
import { QmsError } from '../util/errors.js';
import { both, bothEmbedding } from '../i18n/messages/index.js';
import { sha256, type FilePlan, type ImpactPlan } from './plan.js';

/** A file's text before and after the plan. */
export interface FileOutcome extends FileChange {
  before: string;
}

/**
 * The new text of every planned file: citation rewrites, then front matter edits, then the
 * generated regions rendered from the new front matter. Pure: texts in, texts out. A file that
 * changed since it was planned is refused.
 */
export function materializePlan(plan: ImpactPlan, texts: ReadonlyMap<string, string>, repository: RepositoryIndex, templates: SectionTemplates): FileOutcome[] {
  const context = documentReadContext(repository.config, repository.register);
  return plan.files.map((file) => {
    const before = texts.get(file.file);
    if (before === undefined || sha256(before) !== file.sourceHash) {
      throw new QmsError(both('impact.changed-since-plan', { file: file.file }));
    }
    const edited = editOrRefuse(applyRewrites(before, file), file);
    // Rendering reads fields only, so no citations are searched: the check of the plan reads the
    // text the plan ends with, once (a full reading here served it only when rendering changed
    // nothing, about half the documents of a plan, and was a second search for the others).
    const document = readControlledDocument(file.file, edited, context, { citations: false });
    const rendered = renderDocument(edited, document, { register: repository.register, today: repository.today, templates, config: repository.config });
    return { file: file.file, before, after: rendered.text };
  });
}

/** The front matter edits; a field of the wrong shape (history not a list...) is the user's to fix. */
function editOrRefuse(text: string, file: FilePlan): string {
  try {
    return editFrontMatter(text, file.edits);
  } catch (error) {
    if (isFrontMatterEditError(error)) {
      throw new QmsError(bothEmbedding('impact.cannot-revise-file', { file: file.file }, 'problem', error.text));
    }
    throw error;
  }
}

/** Body rewrites, from the last to the first so earlier offsets stay valid. */
function applyRewrites(text: string, file: FilePlan): string {
  let result = text;
  for (const rewrite of [...file.rewrites].sort((a, b) => b.start - a.start)) {
    if (result.slice(rewrite.start, rewrite.end) !== rewrite.from) throw new QmsError(both('impact.line-changed', { file: file.file, line: rewrite.line, from: rewrite.from }));
    result = result.slice(0, rewrite.start) + rewrite.to + result.slice(rewrite.end);
  }
  return result;
}
