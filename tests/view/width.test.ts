import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { displayWidth, padEnd, truncate, wrapStyled } from "../../src/view/width.js";

describe("displayWidth", () => {
  it.each([
    ["", 0],
    ["abc", 3],
    ["法治", 4],
    ["败诉率12.7%", 11],
    ["(一)", 4],
    ["（一）", 6],
    ["e\u0301", 1],
    ["\u200b", 0],
    ["𠀀", 2],
  ])("%j takes %i columns", (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe("truncate and pad", () => {
  it("cuts CJK text by columns and marks the cut", () => {
    expect(truncate("行政诉讼败诉率", 7)).toBe("行政诉…");
    expect(displayWidth(truncate("行政诉讼败诉率", 7))).toBeLessThanOrEqual(7);
    expect(truncate("败诉率", 6)).toBe("败诉率");
  });
  it("pads by columns, not code units", () => {
    expect(padEnd("法治", 6)).toBe("法治  ");
  });
});

describe("wrapStyled", () => {
  it("breaks Chinese anywhere but keeps numbers whole", () => {
    const lines = wrapStyled([{ text: "行政诉讼败诉率为12.7%,较去年下降" }], 20).map((line) => line.map((p) => p.text).join(""));
    expect(lines).toEqual(["行政诉讼败诉率为", "12.7%,较去年下降"]);
  });

  it("never exceeds the width and keeps every visible character in order", () => {
    const text = fc.string({ unit: fc.constantFrom("法", "治", "a", "1", " ", "。", "%", "b", "\u200b") });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), fc.integer({ min: 2, max: 30 }), (texts, width) => {
        const lines = wrapStyled(texts.map((t) => ({ text: t })), width);
        for (const line of lines) expect(displayWidth(line.map((p) => p.text).join(""))).toBeLessThanOrEqual(width);
        const visible = (s: string): string => s.replace(/\s/gu, "");
        expect(visible(lines.flat().map((p) => p.text).join(""))).toBe(visible(texts.join("")));
      }),
    );
  });
});
