/**
 * Properties that hold for any input: evidence is exactly the input at its
 * span (in code points), and extraction never throws on text and always
 * yields a schema-valid report.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract, InputError, ReportSchema, type Report } from "../../src/index.js";
import { seedFiles, SEEDS } from "../helpers.js";

function expectGrounded(report: Report, input: string): void {
  const codePoints = Array.from(input);
  const at = (span: readonly [number, number]): string => codePoints.slice(span[0], span[1]).join("");
  for (const metric of report.metrics) {
    expect(at(metric.span)).toBe(metric.evidence);
    if (metric.change) expect(at(metric.change.span)).toBe(metric.change.evidence);
  }
  const walk = (sections: Report["sections"]): void => {
    for (const section of sections) {
      expect(section.span[0]).toBeLessThanOrEqual(section.span[1]);
      expect(section.span[1]).toBeLessThanOrEqual(codePoints.length);
      walk(section.children);
    }
  };
  walk(report.sections);
}

function extractOrInputError(text: string): Report | null {
  try {
    return extract(text);
  } catch (error) {
    if (error instanceof InputError) return null;
    throw error;
  }
}

describe("evidence is the input at its span", () => {
  it.each(seedFiles())("%s", (seed) => {
    const input = readFileSync(join(SEEDS, seed), "utf8");
    const report = extract(input);
    expect(report.metrics.length + report.sections.length).toBeGreaterThan(0);
    expectGrounded(report, input);
  });

  it("holds for fixtures mixed with astral characters, full-width digits and traditional script", () => {
    const input = readFileSync(join(SEEDS, seedFiles()[0]!), "utf8");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: input.length }), fc.constantFrom("𠀀", "𪚥", "１２３", "規範性文件", "\u3000"), (at, insert) => {
        const mutated = input.slice(0, at) + insert + input.slice(at);
        expectGrounded(extract(mutated), mutated);
      }),
      { numRuns: 40 },
    );
  });
});

const REPORT_WORDS = [
  "一、", "(一)", "（二）", "1.", "一是", "二是", "。", "，", ",", "；", "\n", " ", "其中", "行政诉讼", "行政复议", "规范性文件",
  "败诉", "败诉率", "审结", "收案", "新收", "受理", "办结", "纠错率", "调解", "同比下降", "较上年增长", "个百分点", "%", "件", "起",
  "名", "人次", "万元", "亿元", "余", "约", "近", "12.7", "3,170", "二十六", "两千三百", "百分之九十五", "1/4", "XX", "执法人员",
  "法律明白人", "矛盾纠纷", "合同", "重大行政决策", "占比", "第", "“", "”", "《", "》", "2023年", "１２", "規範性文件", "𠀀",
];

describe("extraction on arbitrary text", () => {
  it("never throws and always yields a schema-valid, grounded report (random Unicode)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        const report = extractOrInputError(text);
        if (report) {
          ReportSchema.parse(report);
          expectGrounded(report, text);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("never throws and always yields a schema-valid, grounded report (report vocabulary)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...REPORT_WORDS), { maxLength: 80 }), (words) => {
        const text = words.join("");
        const report = extractOrInputError(text);
        if (report) {
          ReportSchema.parse(report);
          expectGrounded(report, text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
