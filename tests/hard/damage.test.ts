import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalize } from "../../src/normalize/index.js";
import { extract } from "../../src/pipeline.js";
import { REPORT_FIGURES, expectGrounded, extractFixture, figures } from "./helpers.js";

/** The analysis text, and what a range of it maps back to in the input. */
function analysed(input: string): { text: string; evidenceOf: (word: string) => string } {
  const doc = normalize(input);
  const text = doc.analysis.text;
  return {
    text,
    evidenceOf: (word) => {
      const at = text.indexOf(word);
      return doc.spans.evidence(at, at + word.length);
    },
  };
}

describe("mirror-site damage", () => {
  it("ignores converter pinyin for analysis, keeps it in evidence", () => {
    const doc = analysed("開展現(xiàn)場執(zhí)法檢查，法(de)治，法治(law)");
    expect(doc.text).toBe("开展现场执法检查,法治,法治(law)");
    expect(doc.evidenceOf("现场执法")).toBe("現(xiàn)場執(zhí)法");
    // a converter that put a space before the closing parenthesis (社會(huì )保障局)
    expect(analysed("市人力資源和社會(huì )保障局被訴13件").text).toBe("市人力资源和社会保障局被诉13件");
    const report = extractFixture("mirror-pinyin.txt");
    expect(figures(report)).toEqual(REPORT_FIGURES.slice(0, 2));
  });

  it("ignores pinyin without tones on a page that carries it throughout, not a few letters in parentheses", () => {
    const doc = analysed("隨(sui)著(zhu)行(xing)政(zheng)復議(yi)案件增(zeng)多");
    expect(doc.text).toBe("随着行政复议案件增多");
    expect(doc.evidenceOf("复议案件")).toBe("復議(yi)案件");
    expect(analysed("下载政务(app),重量单位千克(kg)").text).toBe("下载政务(app),重量单位千克(kg)");
    expect(analysed("法治(fa)宣传(xuan)").text).toBe("法治(fa)宣传(xuan)");
  });

  it("reads Taiwan vocabulary as mainland words, spans covering the original", () => {
    const doc = analysed("推動程式最佳化，數位政府");
    expect(doc.text).toBe("推动程序优化,数字政府");
    expect(doc.evidenceOf("程序优化")).toBe("程式最佳化");
    expect(doc.evidenceOf("优化")).toBe("最佳化");
    expect(analysed("本年新製作規範性檔案2件").text).toBe("本年新制作规范性文件2件");
    // a converter's character table alone turns 文件 into 檔
    const doc2 = analysed("縣級政府共出臺312份規範性檔,均經審查");
    expect(doc2.text).toBe("县级政府共出台312份规范性文件,均经审查");
    expect(doc2.evidenceOf("规范性文件")).toBe("規範性檔");
  });

  it("reads ROC years in a Taiwanese report", () => {
    const report = extractFixture("taiwan-roc.txt");
    expect(report.meta).toMatchObject({ year: 2019, region: "台北市", level: "city" });
    expect(figures(report)).toEqual(REPORT_FIGURES.slice(0, 2));
  });

  it("leaves three-digit years alone elsewhere", () => {
    expect(extract("某单位108年工作情况\n一、工作成效\n完成任务。").meta.year).toBeNull();
  });

  it("treats doubled ASCII question marks as lost ideographic spaces, not full-width ones", () => {
    const doc = analysed("??2023年。是吗？？是的");
    expect(doc.text).toBe("  2023年。是吗??是的");
    const report = extractFixture("lost-spaces.txt");
    expect(report.sections.map((section) => section.title)).toEqual(["主要工作成效"]);
    expect(figures(report)).toEqual(REPORT_FIGURES.slice(0, 2));
  });
});

describe("flattened layout", () => {
  it("joins PDF hard wraps inside words and numbers", () => {
    const report = extractFixture("pdf-wrapped.txt");
    expect(figures(report)).toEqual(REPORT_FIGURES);
    expect(report.metrics[0]!.evidence).toBe("复议申请12\n0件");
    const { text } = analysed(readFileSync(new URL("../../fixtures/hard/pdf-wrapped.txt", import.meta.url), "utf8"));
    expect(text).toContain("占比22.2%");
    expect(text).toContain("截至2025年");
    expect(text).toContain("工作不断深入。\n二、存在问题\n");
  });

  it("joins hard wraps under a page's short furniture lines, and never across two columns laid side by side", () => {
    const wrapped = [
      "VIP专享",
      "2024-08-03",
      "156",
      "22.41KB",
      "关于青禾县2023年度行政应诉工作情况的报告",
      "2023 年,全县各级行政机关作为被告的一审行政诉讼案件",
      "共 96 件,较 2022 年的 121 件下降 20.7%。人民法院审结 89",
      "件,其中行政机关败诉 8 件,败诉率为 8.99%,低于全市平均水",
      "平 3.2 个百分点。从案件类型看,土地征收补偿类 31 件,行政处",
      "全县行政机关负责人出庭应诉 87 件,出庭应诉率 97.8%,其中",
    ].join("\n");
    expect(analysed(wrapped).text).toContain("人民法院审结89件,其中");
    const columns = [
      "全县共开展各类法治宣传活动1,052场次,受众达12.    【调解之窗】县司法局持续深化“访",
      "6万人次。县司法局联合县妇联、团结          调对接”“诉调对接”机制,推动矛",
      "县委开展“法治进家庭”主题活动46场。        盾纠纷就地化解。全县各人民调",
      "全县共开展各类法治宣传活动1,052场次,受众达12.    解组织共调解矛盾纠纷1,632件,调",
    ].join("\n");
    expect(analysed(columns).text).toContain("“访\n6万人次");
    // nor across the rows of a table flattened to lines of cells, however wide its rows run
    const rows = [
      "主办单位:青禾县司法局    地址:青禾县城关镇    备案号:00001547号",
      "指标名称 | 2021年 | 2022年 | 2023年 | 三年合计",
      "人民调解组织调解纠纷(件) | 21,408 | 22,915 | 24,037 | 68,360",
      "其中:调解成功(件) | 20,894 | 22,434 | 23,580 | 66,908",
      "行政复议收到申请(件) | 412 | 468 | 533 | 1,413",
      "法治宣传活动(场次) | 3,216 | 3,580 | 4,102 | 10,898",
      "办理公证(件) | 9,640 | 9,118 | 8,776 | 27,534",
    ].join("\n");
    expect(analysed(rows).text).toBe(rows);
    // nor across those of a table whose cells tabs part, however short its cells
    const tabRows = [
      "二、主要指标完成情况",
      "序号\t指标名称\t2020年基数\t2023年完成值\t2025年目标值\t属性",
      "1\t行政机关负责人出庭应诉率(%)\t86.4\t99.2\t100\t约束性",
      "2\t行政复议直接纠错率(%)\t9.6\t11.3\t—\t预期性",
      "3\t行政复议调解和解率(%)\t12.1\t21.7\t≥20\t预期性",
      "4\t行政诉讼败诉率(%)\t7.8\t5.1\t≤5\t预期性",
      "5\t行政规范性文件合法性审核率(%)\t100\t100\t100\t约束性",
      "6\t年度行政执法案卷评查(卷)\t1860\t2455\t≥2000\t预期性",
    ].join("\n");
    expect(analysed(tabRows).text.split("\n")).toHaveLength(8);
    // a header of short labels, and rows whose values carry their units (≥200卷 236卷), keep their line ends too
    const unitRows = [
      "2023年青禾区法治政府建设主要指标完成情况表",
      "序号\t指标名称\t目标值\t完成值\t完成情况",
      "1\t行政机关负责人出庭应诉率\t100%\t100%\t达标",
      "2\t行政诉讼败诉率\t≤5%\t3.9%\t达标",
      "6\t行政执法案卷评查数量\t≥200卷\t236卷\t达标",
      "7\t“法律明白人”培养\t每村(社区)≥3名\t1,045名\t达标",
      "8\t政府合同合法性审查率\t100%\t100%\t达标",
    ].join("\n");
    expect(analysed(unitRows).text.split("\n")).toHaveLength(7);
  });

  it("keeps line ends in reports laid out a paragraph a line", () => {
    const input = "某区2023年法治政府建设年度报告\n2023年,某区坚持依法行政\n一、主要工作\n完成任务。";
    expect(analysed(input).text).toBe(input);
  });

  it("reads a flattened table's row under its latest year's column, and nothing from a row of numbers alone or one cell per line", () => {
    const report = extractFixture("table-rows.txt");
    expect(figures(report)).toEqual([["reconsideration.handled", 120]]);
  });

  it("closes up letter-spaced digits, and never splits a figure", () => {
    expect(analysed("申请1 2 3件,表 1 | 2 | 3件,第1 2项").text).toBe("申请123件,表 1 | 2 | 3件,第1 2项");
    const report = extractFixture("split-figures.txt");
    expect(figures(report)).toContainEqual(["reconsideration.received", 123]);
    expect(report.metrics.find((metric) => metric.id === "litigation.loss_rate")).toMatchObject({
      value: 5.6,
      change: { direction: "down", amount: 4.2, unit: "percentage_point" },
    });
    for (const metric of report.metrics) expect(metric.value).not.toBe(80);
  });

  it("joins a number broken onto its own line between its words and its unit, and leaves page numbers and table columns", () => {
    expect(analysed("年度共受理行政复议\n2\n件,审结\n1\n件。\n2021\n年度").text).toBe("年度共受理行政复议2件,审结1件。2021年度");
    expect(analysed("开展行政执法案卷评查\n600\n卷\n举办普法讲座\n12\n期").text).toBe("开展行政执法案卷评查600卷\n举办普法讲座12期");
    expect(analysed("依法行政\n12\n推进法治\n办结\n维持\n120\n85").text).toBe("依法行政\n12\n推进法治\n办结\n维持\n120\n85");
    const input = "四、依法办理行政复议。\n2023\n年度共受理行政复议\n3\n件,审结\n2\n件。";
    const report = extract(input);
    expect(figures(report)).toEqual(expect.arrayContaining([["reconsideration.accepted", 3], ["reconsideration.concluded", 2]]));
    expectGrounded(report, input);
  });

  it("joins a count broken after its first digit, and keeps a line's number apart from the next line's count", () => {
    expect(analysed("全年共收到行政复议申请1\n48件,较上年增长52.6%。").text).toBe("全年共收到行政复议申请148件,较上年增长52.6%。");
    expect(analysed("附件1\n2024年共收到行政复议申请48件。").text).toBe("附件1\n2024年共收到行政复议申请48件。");
  });

  it("joins a clause a line broke inside its cue, after a sentence the line finished, and keeps a line that names no count apart", () => {
    expect(analysed("(二)做好行政应诉工作。全县一审行政诉讼案件新\n收57件,审结52件。").text).toBe("(二)做好行政应诉工作。全县一审行政诉讼案件新收57件,审结52件。");
    expect(analysed("(二)做好行政应诉工作\n新收57件,审结52件。").text).toBe("(二)做好行政应诉工作\n新收57件,审结52件。");
    expect(analysed("全年办理行政复议案件1137件。审结986件,纠正违法或不当行政行为共计\n96件。").text).toBe("全年办理行政复议案件1137件。审结986件,纠正违法或不当行政行为共计96件。");
    expect(analysed("纠错\n247件\n12.03%").text).toBe("纠错\n247件\n12.03%");
    expect(analysed("全年办结案件。详见附件\n附件1 统计表").text).toBe("全年办结案件。详见附件\n附件1 统计表");
    const input = "(二)做好行政应诉工作。全县一审行政诉讼案件新\n收57件,审结52件。";
    const report = extract(input);
    expect(figures(report)).toEqual(expect.arrayContaining([["litigation.received", 57], ["litigation.concluded", 52]]));
    expectGrounded(report, input);
  });

  it("closes up letter-spaced words, and keeps the spaces between phrases", () => {
    expect(analysed("在 法 院 主 持 下 协 调 化 解 , 原 告 主 动 撤 诉 21 件 , 撤 诉 率 达 23.6% 。").text).toBe("在法院主持下协调化解 , 原告主动撤诉21 件 , 撤诉率达23.6% 。");
    expect(analysed("受理案件七千余件 行政机关负责人应诉率偏低,目 录").text).toBe("受理案件七千余件 行政机关负责人应诉率偏低,目 录");
    const input = "2023年,全县审结一审行政案件89件。在 法 院 主 持 下 通 过 协 调 化 解 ,\n原 告 主 动 撤 诉 21 件 , 撤 诉 率 达 23.6% 。";
    const report = extract(input);
    expect(figures(report)).toEqual(expect.arrayContaining([["litigation.settled", 21], ["litigation.settlement_rate", 23.6]]));
    expectGrounded(report, input);
  });

  it("maps spans through every repair at once", () => {
    const input = "某区2023年法治政府建设年度报告\n一、工作成效\n??全年收到行政復(fù)議申請1 2 0件，辦結110件。";
    expectGrounded(extract(input), input);
  });
});
