/** A lexicon file that cannot be trusted: names the file and, where there is one, the entry. */
export class LexiconError extends Error {
  constructor(
    readonly file: string,
    readonly entry: string | null,
    readonly problem: string,
  ) {
    super(`${file}${entry === null ? '' : ` (${entry})`}: ${problem}`);
    this.name = 'LexiconError';
  }
}
