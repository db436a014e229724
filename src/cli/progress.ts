/** The progress line on stderr (`done/total`) for slow work, drawn in a terminal only and cleared when done. */
import type { Io } from './io.js';

/**
 * A progress line on stderr for work that takes more than a second, in a terminal only: silent when
 * stderr is not a TTY (CI logs, pipes), so output stays clean for scripts.
 */
export class Progress {
  private shownAt = 0;
  private readonly startedAt: number;
  private active = false;

  constructor(
    private readonly io: Io,
    private readonly label: string,
    private readonly now: () => number = Date.now,
  ) {
    this.startedAt = now();
  }

  /** Reports `done` of `total`; draws at most ten times a second, and only after the first second. */
  update(done: number, total: number): void {
    if (this.io.stderr.isTTY !== true) return;
    const time = this.now();
    if (time - this.startedAt < 1000 || time - this.shownAt < 100) return;
    this.shownAt = time;
    this.active = true;
    this.io.stderr.write(`\r${this.label} ${done}/${total}`);
  }

  /** Clears the line, if one was drawn. */
  done(): void {
    if (this.active) this.io.stderr.write('\r\u001b[K');
    this.active = false;
  }
}
