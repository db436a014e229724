/**
 * What the main thread has posted of the register to its worker threads, in the shared cell the
 * workers wait on (parallel.ts, worker.ts): nothing yet; the register's entries; the TTHC records
 * too; or the entries and no TTHC records ever (no document of the run is checked by the document
 * rules, their only readers). A module of its own: the worker's bundle takes nothing else of parallel.ts.
 */
export const REGISTER_STAGE = { none: 0, legal: 1, tthc: 2, noTthc: 3 } as const;
