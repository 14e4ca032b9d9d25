/** A knowledge folder that cannot be trusted: names the file and, where there is one, the fact. */
export class KnowledgeError extends Error {
  constructor(
    readonly file: string,
    readonly factId: string | null,
    readonly problem: string,
  ) {
    super(`${file}${factId === null ? '' : ` (fact "${factId}")`}: ${problem}`);
    this.name = 'KnowledgeError';
  }
}
