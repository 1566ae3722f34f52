/**
 * The required parts and the deadline on the five seed reports, and on
 * ../shared/dev/texts when that folder is present (it is never copied here).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REQUIRED_PARTS } from "../../src/compliance/index.js";
import { extract } from "../../src/pipeline.js";
import { readText } from "../../src/read/index.js";
import type { Report } from "../../src/schema/report.js";
import { codePointSlice } from "../extract/harness.js";
import { ROOT, SEEDS, seedFiles } from "../helpers.js";

function extractSeed(name: string): Report {
  return extract(readFileSync(join(SEEDS, name)), { path: name });
}

/** Each part's entries as section:evidence. */
function partsOf(report: Report): Record<string, string[]> {
  const { compliance } = report;
  if (!compliance) throw new Error(`${report.source.path}: no compliance verdict`);
  return Object.fromEntries(REQUIRED_PARTS.map((part) => [part, compliance.parts[part].map((entry) => `${entry.section}:${entry.evidence}`)]));
}

describe("compliance on the seeds", () => {
  it("Suizhou has all four parts; its third section covers both shortcomings and plans", () => {
    const report = extractSeed("suizhou-city-2023.txt");
    expect(partsOf(report)).toEqual({
      achievements: ["1:一、主要举措和成效"],
      leadership_duty: ["2:二、党政主要负责人履行推进法治建设第一责任人职责情况"],
      problems: ["3:三、存在不足及下一年度安排"],
      plans: ["3:三、存在不足及下一年度安排"],
    });
    expect(report.compliance).toMatchObject({ missing: [], deadline: "2024-04-01", publishedAt: null, onTime: null });
    expect(report.warnings.filter((warning) => warning.code === "missing_part")).toEqual([]);
  });

  it("the placeholder district has no shortcomings and no plans: its closing paragraph opens on an account of the work", () => {
    const report = extractSeed("placeholder-district-2023-no-figures.txt");
    expect(report.sections.map((section) => section.category)).toEqual(Array(5).fill("achievements"));
    // 从上半年各单位依法行政工作开展情况来看,还存在一些不容忽视的问题。…下一步,我们将… reports on the half-year's work
    expect(partsOf(report)).toMatchObject({ problems: [], plans: [], leadership_duty: [] });
    expect(report.compliance?.missing).toEqual(["leadership_duty", "problems", "plans"]);
    expect(report.warnings).toContainEqual({ code: "missing_part", message: "no leadership_duty part (党政主要负责人履行第一责任人职责情况) found" });
  });

  it("Shangyu (2024, published 2025-02-08) is on time", () => {
    const report = extractSeed("shangyu-district-2024-traditional-one-line.txt");
    expect(report.compliance).toMatchObject({ deadline: "2025-04-01", publishedAt: "2025-02-08", onTime: true });
    // Traditional script: the evidence is the input as written
    expect(partsOf(report).problems).toEqual(["2:二、存在問題"]);
    expect(report.warnings.map((warning) => warning.code)).not.toContain("published_late");
  });

  it.each(seedFiles())("%s: every entry's evidence is the input at its span", (name) => {
    const bytes = readFileSync(join(SEEDS, name));
    const report = extract(bytes, { path: name });
    const text = readText(bytes, name).text;
    for (const part of REQUIRED_PARTS) {
      for (const entry of report.compliance!.parts[part]) expect(codePointSlice(text, entry.span)).toBe(entry.evidence);
    }
  });

  it("a news item gets no compliance verdict", () => {
    const report = extract(readFileSync(join(ROOT, "fixtures", "view", "news-item.txt")), { path: "news-item.txt" });
    expect(report.compliance).toBeNull();
    expect(report.warnings.map((warning) => warning.code)).not.toContain("missing_part");
  });
});

const DEV_TEXTS = join(ROOT, "..", "shared", "dev", "texts");
const hasDev = existsSync(DEV_TEXTS);
if (!hasDev) console.warn(`tests/compliance/seeds.test.ts: SKIPPED the dev texts — ${DEV_TEXTS} is not here`);

/**
 * The dev texts that are yearly rule-of-law reports (or openings of one), by
 * a reading of each; the other sixty are news, features, court reports and
 * white papers, notices, analysis reports and work summaries on other subjects.
 */
const YEARLY_REPORTS = ["001", "002", "003", "005", "006", "007", "015", "016", "017", "020", "045", "049", "066", "068", "069", "071", "075", "076", "079", "080"];

describe.skipIf(!hasDev)("compliance on ../shared/dev/texts", () => {
  it("gives a verdict to the yearly reports and to nothing else, every entry grounded", () => {
    const withVerdict: string[] = [];
    for (const name of readdirSync(DEV_TEXTS).filter((file) => file.endsWith(".txt")).sort()) {
      const bytes = readFileSync(join(DEV_TEXTS, name));
      const report = extract(bytes, { path: name });
      if (report.compliance === null) continue;
      withVerdict.push(name.replace(/^dev-|\.txt$/gu, ""));
      const text = readText(bytes, name).text;
      for (const part of REQUIRED_PARTS) for (const entry of report.compliance.parts[part]) expect(codePointSlice(text, entry.span)).toBe(entry.evidence);
    }
    expect(withVerdict).toEqual(YEARLY_REPORTS);
  });
});
