import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/read/decode.js";
import { extract } from "../../src/pipeline.js";
import { InputError, inputText } from "../../src/read/index.js";
import { REPORT_FIGURES, expectGrounded, extractFixture, figures, fixture, readingWarnings } from "./helpers.js";

describe("encodings", () => {
  it.each([
    ["report-gbk.txt", "gb18030"],
    ["report-gb18030.txt", "gb18030"],
    ["report-utf16le-bom.txt", "utf-16le"],
    ["report-utf16be-bom.txt", "utf-16be"],
  ])("%s is read as %s, with all its figures", (name, encoding) => {
    const report = extractFixture(name);
    expect(report.source.encoding).toBe(encoding);
    expect(readingWarnings(report)).toEqual([]);
    expect(figures(report)).toEqual(REPORT_FIGURES);
  });

  it("reads GB18030's four-byte characters (䶮)", () => {
    expect(extractFixture("report-gb18030.txt").meta.region).toBe("䶮区");
  });

  it("reads Big5 as Traditional and converts for analysis", () => {
    const report = extractFixture("report-big5.txt");
    expect(report.source).toMatchObject({ encoding: "big5", script: "traditional" });
    expect(report.meta.title).toBe("某区2019年法治政府建设年度报告");
    expect(report.metrics[0]!.evidence).toBe("復議申請120件");
  });

  it("replaces damaged UTF-8 and says so, keeping the rest", () => {
    const report = extractFixture("report-utf8-damaged.txt");
    expect(report.source.encoding).toBe("utf-8");
    expect(readingWarnings(report)).toEqual([expect.objectContaining({ code: "invalid_bytes" })]);
    expect(figures(report)).toEqual(REPORT_FIGURES);
  });

  it("replaces a truncated GBK character and says so", () => {
    const report = extractFixture("report-gbk-truncated.txt");
    expect(report.source.encoding).toBe("gb18030");
    expect(report.warnings[0]).toMatchObject({ code: "invalid_bytes" });
  });

  it("refuses binary content and empty files with an InputError", () => {
    expect(() => decodeBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), "x.zip")).toThrow(InputError);
    expect(() => decodeBytes(new Uint8Array([]), "empty.txt")).toThrow(InputError);
  });

  it("reads a text with a few stray NULs, keeping them in the text and reading them as gaps", () => {
    const report = inputText(fixture("report-utf16le-bom.txt"), "report.txt");
    // where a space was (after a comma), and inside a figure's wording
    const damaged = report.replace("，办结", "，\0办结").replace("一审行政诉讼", "一审\0\0行政诉讼");
    const bytes = new TextEncoder().encode(damaged);
    expect(inputText(bytes, "report.txt")).toBe(damaged);
    const extracted = extract(bytes, { path: "report.txt" });
    expect(readingWarnings(extracted)).toEqual([{ code: "nul_bytes", message: "3 NUL character(s) in the text, read as gaps" }]);
    expect(figures(extracted)).toEqual(REPORT_FIGURES);
    expectGrounded(extracted, damaged);
  });

  it("still refuses a binary file with NULs all through it", () => {
    const binary = new Uint8Array(4096).map((_, i) => (i % 7 === 0 ? 0 : 0x41 + (i % 26)));
    expect(() => decodeBytes(binary, "x.bin")).toThrow(/not a text file/);
  });

  it("prefers a BOM to a declared charset", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("法治")]);
    expect(decodeBytes(bytes, "x", "gbk")).toMatchObject({ text: "法治", encoding: "utf-8" });
  });
});
