/**
 * An error the user can act on (bad option, bad config, unreadable path): printed without a stack
 * trace, exit code 2.
 */
export class QmsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QmsError';
  }
}
