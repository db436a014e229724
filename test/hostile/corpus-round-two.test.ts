/**
 * The hostile corpus, end to end through the real CLI, as corpus.test.ts runs it: the second round of hostile input, corpus/round-two.ts (named r2-…).
 * The cases and what a run must show are in corpus/cases.ts.
 */
import { checkEach, roundTwoCases } from './corpus/cases.js';

checkEach(roundTwoCases());
