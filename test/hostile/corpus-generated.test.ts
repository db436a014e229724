/**
 * The hostile corpus, end to end through the real CLI, as corpus.test.ts runs it: the generated cases of corpus/generated.ts (large, binary and link cases made at run time).
 * The cases and what a run must show are in corpus/cases.ts.
 */
import { checkEach, generatedCases } from './corpus/cases.js';

checkEach(generatedCases());
