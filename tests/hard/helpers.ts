/** Shared by the hard-input tests: fixtures, and the span contract every report must keep. */
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { extract } from "../../src/pipeline.js";
import { readText } from "../../src/read/index.js";
import { ReportSchema, type Report } from "../../src/schema/report.js";

export function fixture(name: string): Uint8Array {
  return readFileSync(new URL(`../../fixtures/hard/${name}`, import.meta.url));
}

/** Extracts a fixture and checks the output contract on the way. */
export function extractFixture(name: string): Report {
  const bytes = fixture(name);
  const report = extract(bytes, { path: `fixtures/hard/${name}` });
  expectGrounded(report, readText(bytes, name).text);
  return report;
}

/** Schema-valid, and every evidence is exactly the input's code points at its span. */
export function expectGrounded(report: Report, text: string): void {
  ReportSchema.parse(report);
  const codePoints = Array.from(text);
  const slice = ([start, end]: [number, number]): string => codePoints.slice(start, end).join("");
  for (const metric of report.metrics) {
    expect(slice(metric.span)).toBe(metric.evidence);
    if (metric.change) expect(slice(metric.change.span)).toBe(metric.change.evidence);
  }
}

/**
 * The warnings about reading the input. The fixture report has no part on the
 * leadership's duty, which compliance warns about; that is not these tests' concern.
 */
export function readingWarnings(report: Report): Report["warnings"] {
  return report.warnings.filter((warning) => warning.code !== "missing_part" && warning.code !== "published_late");
}

export function figures(report: Report): Array<[string, number]> {
  return report.metrics.map((metric) => [metric.id, metric.value]);
}

/** The six figures the fixture report holds. */
export const REPORT_FIGURES: Array<[string, number]> = [
  ["reconsideration.received", 120],
  ["reconsideration.concluded", 110],
  ["litigation.received", 50],
  ["litigation.lost", 5],
  ["litigation.loss_rate", 10],
  ["litigation.head_appearance_rate", 100],
];
