/**
 * The hostile corpus beyond `qms check`: `qms render --check` and `qms impact --apply --dry-run` on
 * the cases that ask for it (the real CLI: no crash, no write), and check, render and impact
 * in-process on the prototype-key cases (Object.prototype untouched, and the same report as the
 * CLI's). The cases are those of corpus.test.ts, from corpus/cases.ts.
 */
import { allCases, commandsOnEach, inProcessOnEach } from './corpus/cases.js';

const CASES = allCases();
commandsOnEach(CASES);
inProcessOnEach(CASES);
