/** A knowledge build failure. Each problem names the entity (or alias) at fault. */
export class KnowledgeBuildError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The knowledge does not build:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'KnowledgeBuildError';
  }
}
