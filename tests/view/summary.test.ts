import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { renderSummary } from "../../src/view/summary.js";
import { displayWidth } from "../../src/view/width.js";
import { SEEDS, SEEDS_DIR, VIEW_FIXTURES_DIR, load } from "./seeds.js";

const ANSI = /\x1b\[[0-9;]*m/gu;
const plain = new Chalk({ level: 0 });
const colored = new Chalk({ level: 1 });

describe.each(SEEDS)("summary of %s", (seed) => {
  const { report, text } = load(SEEDS_DIR, seed);

  it.each([80, 60, 40])("fits %i columns, plain text with colors off", (width) => {
    const summary = renderSummary(report, text, { colors: plain, width });
    expect(summary).not.toMatch(ANSI);
    for (const line of summary.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(width);
  });

  it("shows meta, outline, every figure with its evidence bracketed, checks and warnings", () => {
    const summary = renderSummary(report, text, { colors: plain, width: 80 });
    const flat = summary.replace(/\s+/gu, "");
    if (report.meta.title) expect(flat).toContain(report.meta.title.replace(/\s+/gu, ""));
    if (report.meta.region) expect(summary).toContain(report.meta.region);
    if (report.meta.year) expect(summary).toContain(String(report.meta.year));
    for (const heading of ["Outline", "Figures", "Checks", "Warnings"]) expect(summary).toMatch(new RegExp(`^${heading} \\(`, "mu"));
    for (const metric of report.metrics) expect(flat).toContain(`【${metric.evidence.replace(/\s+/gu, "")}】`);
    for (const check of report.checks) expect(summary).toContain(check.rule);
    for (const warning of report.warnings) expect(summary).toContain(warning.code);
  });

  it("with colors, highlights the figure instead of bracketing it, and still fits", () => {
    const summary = renderSummary(report, text, { colors: colored, width: 80 });
    if (report.metrics.length > 0) expect(summary).toMatch(ANSI);
    expect(summary).not.toContain("【");
    for (const line of summary.replace(ANSI, "").split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });
});

describe("summary layout", () => {
  it("groups figures under their domain's Chinese label", () => {
    const { report, text } = load(SEEDS_DIR, "taiqian-county-2021.txt");
    const summary = renderSummary(report, text, { colors: plain, width: 80 });
    expect(summary).toContain("行政复议 reconsideration");
    expect(summary).toMatch(/普法活动场次\s+over 10\s+§5\.1/u);
    expect(summary).toContain("✓ ok   cleanup_parts_sum_to_cleaned: 16+2+5 = 23, stated 23");
  });

  it("shows a checklist line per required part and the deadline", () => {
    const suizhou = load(SEEDS_DIR, "suizhou-city-2023.txt");
    const lines = renderSummary(suizhou.report, suizhou.text, { colors: plain, width: 100 }).split("\n");
    const start = lines.indexOf("Required parts");
    expect(lines.slice(start, start + 6)).toEqual([
      "Required parts",
      "  ✓ achievements     §1 一、主要举措和成效",
      "  ✓ leadership_duty  §2 二、党政主要负责人履行推进法治建设第一责任人职责情况",
      "  ✓ problems         §3 三、存在不足及下一年度安排",
      "  ✓ plans            §3 三、存在不足及下一年度安排",
      "  deadline 2024-04-01 · published unknown · on time: unknown",
    ]);
    const shangyu = load(SEEDS_DIR, "shangyu-district-2024-traditional-one-line.txt");
    const summary = renderSummary(shangyu.report, shangyu.text, { colors: plain, width: 100 });
    expect(summary).toContain("  ✗ leadership_duty  missing: 党政主要负责人履行第一责任人职责情况");
    expect(summary).toContain("  deadline 2025-04-01 · published 2025-02-08 · on time");
  });

  it("says when a text is no yearly report and gets no verdict", () => {
    const { report, text } = load(VIEW_FIXTURES_DIR, "news-item.txt");
    expect(renderSummary(report, text, { colors: plain, width: 80 })).toContain("Required parts\n  not a yearly rule-of-law report: no verdict\n");
  });

  it("lists the keywords when the report has them", () => {
    const { report, text } = load(SEEDS_DIR, "weidu-district-2023.txt");
    const summary = renderSummary({ ...report, keywords: [{ term: "败诉率", weight: 1 }, { term: "法律明白人", weight: 0.5 }] }, text, { colors: plain, width: 80 });
    expect(summary).toContain("keywords: 败诉率 · 法律明白人");
  });
});
