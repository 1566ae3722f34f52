/**
 * Which texts get a compliance verdict: yearly rule-of-law reports, told from
 * the title and the structure. Invented texts, one kind each, through the
 * whole pipeline.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/pipeline.js";

const BODY = "\n一、主要做法\n全年审结行政复议案件46件。\n二、存在的不足\n基层执法力量薄弱。";

describe("a yearly rule-of-law report", () => {
  it.each([
    ["titled", `某县人民政府关于2024年度法治政府建设情况的报告\n2024年,县政府坚持依法行政,各项工作稳步推进。${BODY}`],
    ["a department's", `某市交通运输局2024年度依法行政工作报告\n2024年,市交通运输局严格规范公正文明执法。${BODY}`],
    ["in Traditional script", `某縣人民政府關於2024年法治政府建設情況的報告\n2024年,縣政府堅持依法行政。${BODY}`],
    ["untitled, the opening naming the topic", `2024年,某区深入推进法治政府建设,取得新进展。${BODY}`],
    ["untitled, a heading naming the topic", "2024年,全市上下凝心聚力,各项工作稳步推进。\n一、持续深化法治政府建设\n正文。"],
  ])("%s gets a verdict", (_kind, text) => {
    expect(extract(text).compliance).not.toBeNull();
  });
});

describe("another kind of text", () => {
  it.each([
    ["news with a byline", `本报讯 记者日前从某市司法局获悉,2024年全市法治政府建设取得新成效。${BODY}`],
    ["news with a dateline", `新华社北京3月5日电 某省2024年法治政府建设年度报告近日公布。${BODY}`],
    ["a press conference", `某区召开新闻发布会,通报2024年法治政府建设情况。${BODY}`],
    ["a court's white paper", "某市中级人民法院2024年行政审判白皮书\n一、行政案件基本情况\n全年受理行政案件812件。"],
    ["a court's report", `某省高级人民法院关于行政审判工作情况的报告\n近年来,全省法院支持和监督依法行政。${BODY}`],
    ["a transparency report", "某区2024年政府信息公开工作年度报告\n本报告依据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n正文。"],
    ["a plan issued by a notice", "某县2025年法治政府建设工作要点\n为深入推进法治政府建设,制定本要点。\n一、加强党的领导\n正文。"],
    ["a report on another subject", `某区2024年行政复议案件分析报告\n2024年,某区行政复议工作服务法治政府建设大局。${BODY}`],
    ["a half-year summary", `某局2024年上半年法治政府建设工作总结\n上半年,我局扎实推进依法行政。${BODY}`],
    ["prose with neither title nor numbered sections", "2024年,某区深入推进法治政府建设,成效明显。下一步,我们将继续努力。"],
  ])("%s gets none", (_kind, text) => {
    const report = extract(text);
    expect(report.compliance).toBeNull();
    expect(report.warnings.map((warning) => warning.code)).not.toContain("missing_part");
  });
});

describe("the deadline", () => {
  const report = (year: number, published: string): string => `某区${year}年法治政府建设情况报告\n发布日期:${published}\n${year}年,全区坚持依法行政。${BODY}`;

  it.each([
    ["2025-03-31", true],
    ["2025-04-01", false],
    ["2025-06-18", false],
  ])("a report on 2024 published %s is on time: %s", (published, onTime) => {
    const extracted = extract(report(2024, published));
    expect(extracted.compliance).toMatchObject({ deadline: "2025-04-01", publishedAt: published, onTime });
    expect(extracted.warnings.some((warning) => warning.code === "published_late")).toBe(!onTime);
  });

  it("is unknown without a publication date, and without a year", () => {
    expect(extract(`某区2024年法治政府建设情况报告\n2024年,全区坚持依法行政。${BODY}`).compliance).toMatchObject({ deadline: "2025-04-01", onTime: null });
    expect(extract(`某区法治政府建设情况报告\n全区坚持依法行政。${BODY}`).compliance).toMatchObject({ deadline: null, onTime: null });
  });
});
