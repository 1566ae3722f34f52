/**
 * A progress bar on stderr for batches run in a terminal, redrawn at most ten
 * times a second, and the one-line summary at the end.
 */
export interface Tally {
  inputs: number;
  figures: number;
  errors: number;
  warnings: number;
  /** reports that break a rule --strict fails on */
  strictFailures: number;
}

export class Progress {
  private done = 0;
  private lastDraw = 0;
  private readonly started = Date.now();

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream | null,
  ) {}

  tick(): void {
    this.done++;
    if (!this.stream) return;
    const now = Date.now();
    if (now - this.lastDraw < 100 && this.done < this.total) return;
    this.lastDraw = now;
    const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - 40));
    const filled = Math.round((this.done / Math.max(1, this.total)) * width);
    const bar = "=".repeat(filled) + " ".repeat(width - filled);
    this.stream.write(`\r[${bar}] ${this.done}/${this.total} ${this.elapsed()}`);
  }

  finish(tally: Tally): void {
    if (!this.stream) return;
    this.stream.write(`\r\x1b[K${summaryLine(tally, this.elapsed())}\n`);
  }

  private elapsed(): string {
    return `${((Date.now() - this.started) / 1000).toFixed(1)} s`;
  }
}

export function summaryLine(tally: Tally, elapsed: string): string {
  const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? "" : "s"}`;
  return `${plural(tally.inputs, "input")}, ${plural(tally.figures, "figure")}, ${plural(tally.errors, "error")}, ${plural(tally.warnings, "warning")}, ${elapsed}`;
}
