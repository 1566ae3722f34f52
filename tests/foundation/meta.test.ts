/** Title, reporting body, level and year from a report's first lines, as a table. */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/pipeline.js";

describe("meta from the title", () => {
  it.each<[string, string | null, string | null, number | null]>([
    ["东岭市青禾区人民政府关于2023年法治政府建设情况的报告", "东岭市青禾区", "district", 2023],
    ["长沙县2024年法治政府建设年度报告", "长沙县", "county", 2024],
    // A department's report: its place, at the department level.
    ["浙江省司法厅2023年度法治政府建设工作报告", "浙江省", "department", 2023],
    ["白云镇2023年法治建设工作报告", "白云镇", "township", 2023],
    ["中共南京市委 南京市人民政府关于2023年度法治政府建设情况的报告", "南京市", "city", 2023],
    ["中共台前县委员会 台前县人民政府2021年法治政府建设情况报告", "台前县", "county", 2021],
    ["司法部2023年法治政府建设年度报告", "全国", "national", 2023],
    ["XX区人民政府关于2022年度法治政府建设情况的报告", null, null, 2022],
    // a report on one part of the work
    ["关于2024年政府规章和行政规范性文件备案审查工作情况的报告", null, null, 2024],
    ["临川市2021年度行政复议和行政应诉案件统计分析报告", "临川市", "city", 2021],
    // a development zone's administrative committee
    ["柳岸经济技术开发区管委会2023年法治政府建设年度报告", "柳岸经济技术开发区", "district", 2023],
    // a street office under its district's government
    ["柳岸区人民政府青石街道办事处关于2022年度法治政府建设情况的报告", "柳岸区青石街道", "township", 2022],
    // a justice bureau's work summary with next year's plan
    ["东岭县司法局2023年工作总结和2024年工作思路", "东岭县", "department", 2023],
    // 关于 and the year before the name
    ["关于2023年岳阳区法治政府建设工作情况的报告", "岳阳区", "district", 2023],
    ["关于柳川县2024年法治政府建设情况的报告", "柳川县", "county", 2024],
    // a township named for a family: 家乡 there is no hometown
    ["柳川土家族自治县刘家乡人民政府关于2023年法治政府建设情况的报告", "柳川土家族自治县刘家乡", "township", 2023],
    ["建设美丽家乡2023年法治工作情况", null, null, 2023],
    // a city's bare name of three or four characters run into its district's
    ["哈尔滨南岗区司法局2023年法治政府建设年度报告", "哈尔滨市南岗区", "department", 2023],
    // a prefecture-level city's bare name, whatever jieba tags it (石家庄 nr, 嘉兴 nr): still the city
    ["石家庄长安区2023年法治政府建设年度报告", "石家庄市长安区", "district", 2023],
    ["嘉兴南湖区人民政府2023年法治政府建设年度报告", "嘉兴市南湖区", "district", 2023],
    ["新疆乌鲁木齐天山区人民政府2022年法治政府建设年度报告", "乌鲁木齐市天山区", "district", 2022],
    // names that open on a pointing word (本, 全): the gazetteer's divisions
    ["本溪市2023年法治政府建设年度报告", "本溪市", "city", 2023],
    // a white paper on a year's reviews or trials is a report too
    ["2023年重庆市渝北区行政复议工作白皮书", "重庆市渝北区", "district", 2023],
    ["全椒县人民政府关于2022年度法治政府建设情况的报告", "全椒县", "county", 2022],
    // a province's short name before a city whose own name is too long to be read with it
    ["内蒙古呼和浩特市司法局2023年法治政府建设年度报告", "呼和浩特市", "department", 2023],
    ["新疆乌鲁木齐市天山区人民政府2022年法治政府建设年度报告", "乌鲁木齐市天山区", "district", 2022],
  ])("%s", (title, region, level, year) => {
    const { meta } = extract(`${title}\n一、主要工作\n正文。`);
    expect(meta.title).toBe(title);
    expect(meta.region).toBe(region);
    if (level !== null) expect(meta.level).toBe(level);
    expect(meta.year).toBe(year);
  });
});

it("a title a page broke inside a word is read over both its lines, and names its body", () => {
  const { meta } = extract("字大\n字小\n青禾县司法局2023年度法治政府\n建设情况报告\n一、2023年工作完成情况\n正文。");
  expect(meta.title).toBe("青禾县司法局2023年度法治政府建设情况报告");
  expect(meta.region).toBe("青禾县");
  expect(extract("柳川市中级人民法院\n行政审判白皮书\n(2023年度)\n一、收案情况\n正文。").meta.title).toBe("柳川市中级人民法院行政审判白皮书(2023年度)");
});

it("a site's name over a title on its own line stays out of the title", () => {
  expect(extract("柳川市人民政府\n柳川市2023年法治政府建设年度报告\n一、主要工作\n正文。").meta.title).toBe("柳川市2023年法治政府建设年度报告");
});

it("a numbered heading under a body's name makes no title with it", () => {
  expect(extract("柳川市司法局\n一、主要工作情况\n正文。").meta.title).toBeNull();
});

it("a numbered heading near the top is no title", () => {
  expect(extract("四、行政复议案件涉及的管理领域分布情况\n全年共收到行政复议申请30件。").meta.title).toBeNull();
});

it("a public account's byline under the headline dates the page", () => {
  expect(extract("柳川中院在全市法院行政审判业务培训会上作交流发言\n\n柳川法院 2024-05-13\n5月10日上午,全市法院行政审判业务培训会在柳川举行。").meta.publishedAt).toBe("2024-05-13");
});

it("a title keeps no pinyin a script converter left in it, as headings' titles keep none", () => {
  const { meta } = extract("柳川市農(nóng)業農(nóng)村局2022年政府信息公開工作年度報告\n一、總體情況\n正文。");
  expect(meta.title).toBe("柳川市农业农村局2022年政府信息公开工作年度报告");
});
