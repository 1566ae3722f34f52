/**
 * What the output validator must refuse: one damaged field each, taken from a
 * real report. The CLI validates every report before printing it, so a bug
 * that produced such a figure gives an error record, never invalid output.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/pipeline.js";
import { ReportSchema, type Report } from "../../src/schema/report.js";
import { SEEDS } from "../helpers.js";

type Damage = (report: Report) => void;

const DAMAGES: Array<[string, Damage]> = [
  ["a value that is not a number", (r) => (r.metrics[0]!.value = Number.NaN)],
  ["an infinite value", (r) => (r.metrics[0]!.value = Number.POSITIVE_INFINITY)],
  ["a negative span offset", (r) => (r.metrics[0]!.span = [-1, 3])],
  ["a fractional span offset", (r) => (r.metrics[0]!.span = [1.5, 3])],
  ["a metric id outside the catalogue's form", (r) => (r.metrics[0]!.id = "Litigation Received")],
  ["an unknown qualifier", (r) => ((r.metrics[0] as { qualifier: unknown }).qualifier = "maybe")],
  ["a section level of 0, two levels down", (r) => (r.sections[0]!.children[0]!.level = 0)],
  ["a point ordinal of 0", (r) => (r.sections.find((s) => s.points.length > 0)!.points[0]!.ordinal = 0)],
  ["a short sha256", (r) => (r.source.sha256 = "abc")],
  ["a date in another form", (r) => (r.meta.publishedAt = "2024/01/02")],
  ["a missing field", (r) => delete (r as Partial<Report>).warnings],
  ["an onTime that is not a boolean", (r) => ((r.compliance as { onTime: unknown }).onTime = "yes")],
  ["a missing part outside the four", (r) => (r.compliance!.missing as string[]).push("budget")],
  ["a deadline in another form", (r) => (r.compliance!.deadline = "1 April 2024")],
  ["no compliance field", (r) => delete (r as Partial<Report>).compliance],
  ["another schema version", (r) => ((r as { schemaVersion: string }).schemaVersion = "2")],
];

function sampleReport(): Report {
  const name = "suizhou-city-2023.txt";
  return extract(readFileSync(join(SEEDS, name)), { path: name });
}

describe("output validation", () => {
  it("accepts a real report and returns it unchanged", () => {
    const report = sampleReport();
    expect(ReportSchema.parse(report)).toEqual(report);
  });

  it("drops a property the schema does not name", () => {
    const report = { ...sampleReport(), extra: 1 };
    expect(ReportSchema.parse(report)).not.toHaveProperty("extra");
  });

  it.each(DAMAGES)("refuses %s", (_name, damage) => {
    const report = sampleReport();
    damage(report);
    expect(ReportSchema.safeParse(report).success).toBe(false);
  });
});
