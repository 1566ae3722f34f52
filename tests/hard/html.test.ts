import { describe, expect, it } from "vitest";
import { decodeEntities, htmlToText, looksLikeHtml, metaCharset } from "../../src/read/html.js";
import { extract } from "../../src/pipeline.js";
import { InputError, inputText } from "../../src/read/index.js";
import { REPORT_FIGURES, expectGrounded, extractFixture, figures, fixture, readingWarnings } from "./helpers.js";

describe("HTML pages", () => {
  it("reads a saved page as its visible text", () => {
    const text = inputText(fixture("page-utf8.html"), "page-utf8.html");
    expect(text).toContain("某区2023年法治政府建设年度报告\n发布日期： | 2024-01-26\n2023年，某区坚持");
    expect(text).toContain("败诉5件，败诉率10%，行政机关负责人出庭应诉率100%。");
    expect(text).toContain("执法水平有待提高……R&D <暂无>");
    expect(text).toContain("持续推进依法行政。\n特此报告。");
    for (const dropped of ["脚本写入", "fetch", "font-size", "首页", "隐藏", "99%", "装饰", "请启用脚本", "网站群导航", "当前位置"]) {
      expect(text).not.toContain(dropped);
    }
  });

  it("keeps table cells apart, one row a line", () => {
    const text = inputText(fixture("page-utf8.html"), "page-utf8.html");
    expect(text).toContain("项目 | 2022年 | 2023年\n行政复议案件 | 98 | 120\n");
  });

  it("extracts figures from the page, spans indexing the visible text", () => {
    const report = extractFixture("page-utf8.html");
    expect(report.source.format).toBe("html");
    expect(report.meta).toMatchObject({ title: "某区2023年法治政府建设年度报告", year: 2023, publishedAt: "2024-01-26" });
    // and the table's row under its latest year (行政复议案件 | 98 | 120 under 2022年 | 2023年), a bare count of the cases
    expect(figures(report)).toEqual([...REPORT_FIGURES, ["reconsideration.handled", 120]]);
    expect(report.sections.map((section) => section.title)).toEqual(["主要工作成效", "存在问题", "下一步工作计划"]);
  });

  it.each([
    ["page-gbk.html", "gb18030", []],
    ["page-utf16le-bom.html", "utf-16le", []],
    ["page-gbk-declared-utf8.html", "gb18030", ["charset_mismatch"]],
  ])("%s: charset from the page, else detected", (name, encoding, warnings) => {
    const report = extractFixture(name);
    expect(report.source).toMatchObject({ format: "html", encoding });
    expect(readingWarnings(report).map((warning) => warning.code)).toEqual(warnings);
    expect(figures(report)).toEqual(REPORT_FIGURES);
    expect(inputText(fixture(name), name)).not.toContain("不是正文");
  });

  it("detects HTML on standard input by its content", () => {
    const report = extract("<html><body><p>2023年，全年收到行政复议申请120件。</p></body></html>", { path: "-" });
    expect(report.source.format).toBe("html");
    expectGrounded(report, "2023年，全年收到行政复议申请120件。");
  });

  it("refuses a page with no visible text", () => {
    expect(() => extract("<html><head><title>x</title></head><body><script>1</script></body></html>")).toThrow(InputError);
  });

  it("reads the charset a meta tag declares, either way it is written", () => {
    expect(metaCharset('<meta charset="GBK">')).toBe("gbk");
    expect(metaCharset('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gb2312">')).toBe("gb2312");
    expect(metaCharset("<meta name=x><p>charset=utf-8</p>")).toBeNull();
  });

  it("tells pages from text", () => {
    expect(looksLikeHtml("  <!DOCTYPE html><p>x")).toBe(true);
    expect(looksLikeHtml("报告\n<<返回首页\n一、工作")).toBe(false);
  });

  it("decodes entities, leaving unknown ones", () => {
    expect(decodeEntities("&#27861;&#x6CBB;&nbsp;&amp;&lt;&foo;&#0;&#xD800;")).toBe("法治\u00a0&<&foo;\uFFFD\uFFFD");
  });

  it("survives broken markup: unclosed tags, quotes and comments, stray <", () => {
    expect(htmlToText("<p>a < b<p>c<div class='x")).toBe("a < b\nc");
    expect(htmlToText("<p>甲<!-- 注释")).toBe("甲");
    expect(htmlToText("<head><title>t</title><body><p>正文")).toBe("正文");
    expect(htmlToText("<div hidden><div>x</div>y</div>z")).toBe("z");
  });

  it("keeps a cell's paragraphs and line breaks on its row", () => {
    expect(htmlToText("<table><tr><td><p>项目</p></td><td><p>120件</p><p>同比增长5%</p></td><td>a<br>b</td></tr></table>")).toBe("项目 | 120件 同比增长5% | a b");
  });

  it("drops a source line end between Chinese characters, as browsers do", () => {
    expect(htmlToText("<p>行政\n复议 a\nb</p>")).toBe("行政复议 a b");
  });

  it("keeps the spaces and line ends inside preformatted lines (not at their edges)", () => {
    expect(htmlToText("<pre>a  b\n  c</pre>")).toBe("a  b\nc");
  });
});
