/**
 * Table-test harness in the style of textlint's valid/invalid tables: each
 * row is a sentence written for the tests, the figures it must yield, and the
 * figures it must not. Rows run through normalize and the metric engine, the
 * same path a report takes, so evidence is checked against the input too.
 */
import { expect, it } from "vitest";
import { extractFigures, extractMetrics } from "../../src/extract/index.js";
import { normalize } from "../../src/normalize/index.js";
import type { Metric } from "../../src/schema/report.js";
import { segment } from "../../src/segment/index.js";

/** A figure written compactly: id=value, with optional qualifier and change. */
export interface Expected {
  id: string;
  value: number;
  /** compared only where stated; null states there is none */
  qualifier?: Metric["qualifier"];
  change?: { direction: "up" | "down"; amount: number; unit: string } | null;
}

export interface Row {
  text: string;
  /** exactly the figures it must yield; `[]` for none */
  yields: Expected[];
  /** figures it must not yield, as id=value: the wrong readings the row guards against */
  not?: string[];
}

const NO_SECTIONS = { sections: [], ranges: [], headingRanges: [] };

export function metricsOf(text: string): Metric[] {
  return extractMetrics(normalize(text), NO_SECTIONS);
}

/** The figures of a text on one year, as a report on `year` would give them. */
export function metricsForYear(year: number): (text: string) => Metric[] {
  return (text) => extractMetrics(normalize(text), NO_SECTIONS, year);
}

/** A whole text's figures, its numbered headings read as a report's are (their topics reach the sentences below). */
export function documentMetricsOf(text: string): Metric[] {
  const doc = normalize(text);
  return extractMetrics(doc, segment(doc));
}

/** A text's figures and the kinds of figures it states apart, which checks may sum. */
export function figuresOf(text: string): { metrics: Metric[]; parts: Metric[] } {
  return extractFigures(normalize(text), NO_SECTIONS);
}

export function codePointSlice(text: string, [start, end]: readonly [number, number]): string {
  return Array.from(text).slice(start, end).join("");
}

/**
 * Runs one table: every row is its own test, named by its sentence. A row
 * yields exactly its figures (by id and value); a qualifier or change is
 * compared where the row states one, and `null` states that there is none.
 */
export function table(rows: readonly Row[], read: (text: string) => Metric[] = metricsOf): void {
  for (const row of rows) {
    it(row.text, () => {
      const metrics = read(row.text);
      for (const metric of metrics) expect(metric.evidence).toBe(codePointSlice(row.text, metric.span));
      expect(metrics.map(brief).sort()).toEqual(row.yields.map(brief).sort());
      for (const want of row.yields) {
        const got = metrics.find((metric) => metric.id === want.id && metric.value === want.value)!;
        if (want.qualifier !== undefined) expect(got.qualifier).toBe(want.qualifier);
        if (want.change !== undefined) expect(changeOf(got)).toEqual(want.change);
      }
      for (const banned of row.not ?? []) expect(metrics.map(brief)).not.toContain(banned);
    });
  }
}

/** "id=value", the form rows and failures are read in. */
function brief(figure: { id: string; value: number }): string {
  return `${figure.id}=${figure.value}`;
}

function changeOf(metric: Metric): Expected["change"] {
  return metric.change ? { direction: metric.change.direction, amount: metric.change.amount, unit: metric.change.unit } : null;
}

/** Shorthand for a figure: f("litigation.lost", 7) or f("…", 150, { qualifier: "over" }). */
export function f(id: string, value: number, extra: Omit<Expected, "id" | "value"> = {}): Expected {
  return { id, value, ...extra };
}

/** A change: up or down, an amount, percent or percentage points. */
export function up(amount: number, unit = "percent"): NonNullable<Expected["change"]> {
  return { direction: "up", amount, unit };
}

export function down(amount: number, unit = "percent"): NonNullable<Expected["change"]> {
  return { direction: "down", amount, unit };
}
