/** CodeHints: "did you mean" suggestions of the closest known document code, comparing only codes that share letters or digits. */
import { editDistance } from '../util/shape.js';

/**
 * "Did you mean" hints for codes among thousands: comparing every unknown code with every known
 * one is quadratic, so only codes sharing its letters (a mistyped number) or its digits (mistyped
 * letters) are compared.
 */
export class CodeHints {
  private readonly byLetters = new Map<string, string[]>();
  private readonly byDigits = new Map<string, string[]>();

  constructor(codes: Iterable<string>) {
    for (const code of codes) {
      push(this.byLetters, letters(code), code);
      push(this.byDigits, digits(code), code);
    }
  }

  /** The closest known code, when one is within a typo or two. */
  closest(code: string): string | undefined {
    const pool = [...(this.byLetters.get(letters(code)) ?? []).slice(0, 500), ...(this.byDigits.get(digits(code)) ?? []).slice(0, 500)];
    let best: string | undefined;
    let bestDistance = 3;
    for (const candidate of pool) {
      const distance = editDistance(code, candidate);
      if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }
}

function letters(code: string): string {
  return code.replace(/[^\p{L}]/gu, '');
}

function digits(code: string): string {
  return code.replace(/\D/g, '');
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
