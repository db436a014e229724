/** Why an edit of front matter could not be made; the message names the path. Nothing is written. */
export class FrontMatterEditError extends Error {
  override readonly name = 'FrontMatterEditError';
}
