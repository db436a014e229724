/** CodeHints: "did you mean" suggestions of the closest known document code, comparing only codes that share letters or digits. */
import { NearIndex } from '../lookup/near.js';

/**
 * "Did you mean" hints for codes among thousands: the known codes within a typo (lookup/near.ts),
 * of which only those sharing the unknown code's letters (a mistyped number) or its digits
 * (mistyped letters) are suggested. Comparing every unknown code with every known one would make
 * a repository with many unknown codes quadratic.
 */
export class CodeHints {
  private readonly index: NearIndex;

  constructor(codes: Iterable<string>) {
    this.index = new NearIndex(codes);
  }

  /** The closest known code, when one is within a typo or two. */
  closest(code: string): string | undefined {
    const wantedLetters = letters(code);
    const wantedDigits = digits(code);
    return this.index.closest(code, 2, (candidate) => letters(candidate) === wantedLetters || digits(candidate) === wantedDigits);
  }
}

function letters(code: string): string {
  return code.replace(/[^\p{L}]/gu, '');
}

function digits(code: string): string {
  return code.replace(/\D/g, '');
}
