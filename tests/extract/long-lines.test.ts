import { describe, expect, it } from "vitest";
import { metricsOf } from "./harness.js";

/**
 * Reports arrive as one 100,000-character line. These check the engine gets
 * such lines right; bench/pathological.mjs shows its time stays linear on them
 * (tests never time anything).
 */
const lines: Array<[string, string, Record<string, number>]> = [
  ["figures with no punctuation", "行政复议案件12件败诉3件".repeat(8000), { "reconsideration.handled=12": 8000 }],
  ["topic words and no figures", "行政复议行政诉讼规范性文件".repeat(8000), {}],
  ["digits and thousands separators", "1,".repeat(50000), {}],
];

function tally(text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const metric of metricsOf(text)) counts[`${metric.id}=${metric.value}`] = (counts[`${metric.id}=${metric.value}`] ?? 0) + 1;
  return counts;
}

describe("long lines", () => {
  for (const [name, line, want] of lines) it(name, () => expect(tally(line)).toEqual(want));

  it("clauses and 其中 lists: every total, no item taken for one", () => {
    const counts = tally("全年新收行政诉讼案件86件,审结79件,其中行政处罚类12件、".repeat(2000));
    expect(counts["litigation.received=86"]).toBe(2000);
    expect(Object.keys(counts).some((figure) => figure.endsWith("=12"))).toBe(false);
  });
});
