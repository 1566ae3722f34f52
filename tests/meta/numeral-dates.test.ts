/**
 * Dates in Chinese numerals, as formal documents write them, are read as digits by the year's and the publication date's readers.
 */
import { describe, expect, it } from "vitest";
import { withDigitDates } from "../../src/meta/numeral-dates.js";
import { extract } from "../../src/pipeline.js";

describe("dates in Chinese numerals", () => {
  it.each<[string, string, string]>([
    ["a year of its report", "关于二〇二三年度法治政府建设情况的报告", "关于2023年度法治政府建设情况的报告"],
    ["a signature's date", "柳溪县人民政府\n二〇二四年三月二十日", "柳溪县人民政府\n2024年3月20日"],
    ["a date with ○ for zero and a two-digit month", "二○二五年十二月一日", "2025年12月1日"],
    ["a year and a month", "二〇二四年十月", "2024年10月"],
    ["four numerals with no zero are no year", "一二三四年", "一二三四年"],
    ["a plan's name stays", "“十四五”时期", "“十四五”时期"],
  ])("%s", (_name, text, expected) => {
    expect(withDigitDates(text)).toBe(expected);
  });

  it("gives a report's year and its signature's date, its title as written", () => {
    const { meta } = extract("关于二〇二三年度法治政府建设情况的报告\n二〇二三年,区政府全年办理行政复议案件47件。\n\n柳溪县人民政府\n二〇二四年三月二十日", { path: "report.txt" });
    expect(meta.year).toBe(2023);
    expect(meta.publishedAt).toBe("2024-03-20");
    expect(meta.title).toBe("关于二〇二三年度法治政府建设情况的报告");
  });
});
