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
  /** Hints already given: a code unknown in `references` is usually unknown in the body too. */
  private readonly given = new Map<string, string | undefined>();
  private readonly shapes = new Map<string, { letters: string; digits: string }>();

  constructor(codes: Iterable<string>) {
    this.index = new NearIndex(codes);
  }

  /** The closest known code, when one is within a typo or two. */
  closest(code: string): string | undefined {
    if (this.given.has(code)) return this.given.get(code);
    const wanted = this.shape(code);
    const hint = this.index.closest(code, 2, (candidate) => {
      const shape = this.shape(candidate);
      return shape.letters === wanted.letters || shape.digits === wanted.digits;
    });
    this.given.set(code, hint);
    return hint;
  }

  private shape(code: string): { letters: string; digits: string } {
    let shape = this.shapes.get(code);
    if (!shape) this.shapes.set(code, (shape = { letters: letters(code), digits: digits(code) }));
    return shape;
  }
}

function letters(code: string): string {
  return code.replace(/[^\p{L}]/gu, '');
}

function digits(code: string): string {
  return code.replace(/\D/g, '');
}
