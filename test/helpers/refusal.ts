/** The QmsError a call refuses with, for tests that look at its reason, message id and texts. */
import { QmsError } from '../../src/util/errors.js';

/** The QmsError `run` throws; any other error is rethrown, and a call that throws nothing fails the test. */
export function refusalOf(run: () => unknown): QmsError {
  try {
    run();
  } catch (error) {
    if (error instanceof QmsError) return error;
    throw error;
  }
  throw new Error('nothing was refused');
}
