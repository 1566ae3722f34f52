/** A pattern set answers as its patterns would one by one. */
import { describe, expect, it } from "vitest";
import { PatternSet } from "../../src/extract/pattern-set.js";

const ANCHORED_END = /较[^,;:。]{0,12}$/;
const CAPTURING = /(增长|下降)了?$/;
const LOOKBEHIND = /(?<![各此])类[^,;:。]{0,4}$/;
const SET = new PatternSet([ANCHORED_END, CAPTURING, LOOKBEHIND]);

describe("PatternSet", () => {
  it.each(["较上年", "同比增长了", "行政处罚类", "各类", "受理行政复议案件", ""])("answers for %s as each pattern would", (text) => {
    const reading = SET.read(text);
    for (const pattern of [ANCHORED_END, CAPTURING, LOOKBEHIND]) {
      expect(reading.test(pattern)).toBe(pattern.test(text));
      expect(reading.exec(pattern)?.[0]).toBe(pattern.exec(text)?.[0]);
    }
  });

  it("keeps a pattern's own groups", () => {
    expect(SET.read("同比下降了").exec(CAPTURING)?.[1]).toBe("下降");
  });

  it("refuses a pattern with flags or a back-reference, and a pattern it does not hold", () => {
    expect(() => new PatternSet([/a/g])).toThrow(/plain patterns/);
    expect(() => new PatternSet([/(a)\1/])).toThrow(/plain patterns/);
    expect(() => SET.read("较上年").test(/较/)).toThrow(/not one of/);
  });
});
