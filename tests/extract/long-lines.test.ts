import { describe, expect, it } from "vitest";
import { metricsOf } from "./harness.js";

/** Reports arrive as one 100,000-character line; the engine must stay linear on them. */
const lines: Array<[string, string]> = [
  ["figures with no punctuation", "行政复议案件12件败诉3件".repeat(8000)],
  ["clauses and 其中 lists", "全年新收行政诉讼案件86件,审结79件,其中行政处罚类12件、".repeat(2000)],
  ["topic words and no figures", "行政复议行政诉讼规范性文件".repeat(8000)],
  ["digits and thousands separators", "1,".repeat(50000)],
];

describe("long lines", () => {
  for (const [name, line] of lines) {
    it(name, () => {
      const started = performance.now();
      metricsOf(line);
      expect(performance.now() - started).toBeLessThan(5000);
    });
  }
});
