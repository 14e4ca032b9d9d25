/** An article that cannot be imported: names the input (file, "stdin", an option) and the problem. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'ImportError';
  }
}
