/** What changed since a base commit (`qms check --base`): the subject of the change/* rules. */
import type { ControlledDocument, LegalEntry } from './document.js';

/** Which side of a change is checked: the work tree, HEAD as committed, or the index. */
export type ChangeSide = 'worktree' | 'head' | 'staged';

/** One controlled document or register entry changed since the base. */
export interface ChangedFile {
  status: 'added' | 'modified' | 'deleted' | 'renamed';
  /** Path relative to the repository root at the checked side (the base path for a deleted file). */
  file: string;
  /** Path relative to the repository root at the base. */
  baseFile: string;
  /** The document as it was at the base (absent for an added file), without its body's citations and code mentions (ReadOptions.citations). */
  baseDocument?: ControlledDocument;
  baseLegal?: LegalEntry;
}

/** What changed in the repository since the base: the subject of the change/* rules. */
export interface ChangeSet {
  /** The merge base commit. */
  base: string;
  /** The ref it came from (`--base`, or the CI's target branch). */
  ref: string;
  side: ChangeSide;
  documents: ChangedFile[];
  legal: ChangedFile[];
}
