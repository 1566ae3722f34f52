/**
 * Patterns read together against one text. Most of the texts a quantity's
 * words are read against match none of a role's patterns: one call of their
 * union says so, and only where it matches is each pattern asked on its own.
 * A union matches exactly where one of its patterns does, so the answers are
 * those the patterns would give one by one.
 */
export class PatternSet {
  private readonly union: RegExp;
  private readonly members: ReadonlySet<RegExp>;

  constructor(patterns: readonly RegExp[]) {
    for (const pattern of patterns) {
      // a flag would change what the pattern matches on its own, a back-reference what it refers to in the union
      if (pattern.flags !== "" || /\\[1-9]|\\k</.test(pattern.source)) throw new Error(`a pattern set takes plain patterns: /${pattern.source}/${pattern.flags}`);
    }
    this.union = new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join("|"));
    this.members = new Set(patterns);
  }

  /** `text`, ready to be asked about any of the set's patterns. */
  read(text: string): PatternReading {
    return new PatternReading(this.members, text, this.union.test(text));
  }
}

export class PatternReading {
  constructor(
    private readonly members: ReadonlySet<RegExp>,
    readonly text: string,
    /** whether any of the set's patterns matches the text */
    readonly matchesAny: boolean,
  ) {}

  test(pattern: RegExp): boolean {
    return this.exec(pattern) !== null;
  }

  exec(pattern: RegExp): RegExpExecArray | null {
    if (!this.members.has(pattern)) throw new Error(`/${pattern.source}/ is not one of this reading's patterns`);
    return this.matchesAny ? pattern.exec(this.text) : null;
  }
}
