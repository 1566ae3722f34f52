/** Exit codes, as the README documents them. */
export const EXIT_OK = 0;
/** An input could not be read (or, with --strict, a report broke a rule). */
export const EXIT_INPUT = 1;
/** The command line was wrong. */
export const EXIT_USAGE = 2;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
