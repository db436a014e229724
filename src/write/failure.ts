/**
 * Writes the system refuses — a full disk, a quota, a read-only file system, no permission — told
 * apart from bugs: the writer turns them into WriteFailedError, and apply.ts into a one-line refusal
 * from the catalogue (exit 2), never an "internal error" with a stack.
 */

/** The error codes of a destination that cannot take the write. */
const REFUSED_BY_SYSTEM = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM']);

/** The system refused to write `path` (code ENOSPC, EDQUOT, EROFS, EACCES or EPERM). Nothing was changed. */
export class WriteFailedError extends Error {
  override readonly name = 'WriteFailedError';
  constructor(
    readonly path: string,
    readonly code: string,
    options?: { cause: unknown },
  ) {
    super(`cannot write ${path}: ${code}`, options);
  }
}

/** `error` as a WriteFailedError for `path` when the system refused the write; anything else unchanged. */
export function failureOf(error: unknown, path: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && REFUSED_BY_SYSTEM.has(code) ? new WriteFailedError(path, code, { cause: error }) : error;
}
