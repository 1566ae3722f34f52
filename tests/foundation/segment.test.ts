/** Headings on three levels, on their own lines or run together, as tables. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normalize } from "../../src/normalize/index.js";
import { sectionAt, sectionCursor, segment } from "../../src/segment/index.js";
import { SEEDS, seedFiles } from "../helpers.js";
import type { Section } from "../../src/schema/report.js";

function outline(text: string): string[] {
  const walk = (sections: Section[]): string[] => sections.flatMap((section) => [`${section.path} ${section.marker} ${section.title}`, ...walk(section.children)]);
  return walk(segment(normalize(text)).sections);
}

describe("headings", () => {
  it.each<[string, string, string[]]>([
    ["a converter's pinyin left out of a title", "一、行政執(zhí)法主體概況\n(一)人民調(diào)解情況。正文", ["1 一、 行政执法主体概况", "1.1 (一) 人民调解情况"]],
    ["own lines", "一、工作情况\n(一)加强领导。正文\n(二)完善制度。正文\n二、存在问题\n正文", ["1 一、 工作情况", "1.1 (一) 加强领导", "1.2 (二) 完善制度", "2 二、 存在问题"]],
    ["full-width parentheses", "一、主要成效\n（一）推进依法决策。正文", ["1 一、 主要成效", "1.1 （一） 推进依法决策"]],
    ["run together on one line", "现报告如下: 一、主要举措 (一)聚焦统筹 一是思想引领。 二、存在问题 一是认识不足。", ["1 一、 主要举措", "1.1 (一) 聚焦统筹", "2 二、 存在问题"]],
    ["three levels", "一、成效\n(一)决策\n1.完善目录。正文\n2.严格程序。正文\n(二)执法\n二、问题", ["1 一、 成效", "1.1 (一) 决策", "1.1.1 1. 完善目录", "1.1.2 2. 严格程序", "1.2 (二) 执法", "2 二、 问题"]],
    ["1、 markers", "一、成效\n1、加强学习。正文\n2、完善制度。正文", ["1 一、 成效", "1.1 1、 加强学习", "1.2 2、 完善制度"]],
    // a whole report on one line: the body's opening year, with its comma, ends the title it was glued to
    ["a title run on into its body's opening year", "现报告如下:一、落实领导班子集体学法2023年,我镇党委把法治建设列入议事日程。二、履行出庭应诉义务2023年度,我镇共有行政应诉案件2件。三、2023年度工作情况", ["1 一、 落实领导班子集体学法", "2 二、 履行出庭应诉义务", "3 三、 2023年度工作情况"]],
    ["title ends at its 。", "一、强化组织领导,高位推动。坚持党对法治工作的领导。", ["1 一、 强化组织领导,高位推动"]],
    ["not a heading mid-sentence", "10个作品分获一、二、三等奖。", []],
    ["a title spaced out a character at a time", "一、概  况\n\n(一)总体情况\n\n上半年,全省受理投诉1231件。\n二、主要做法\n正文。", ["1 一、 概  况", "1.1 (一) 总体情况", "2 二、 主要做法"]],
    // a short phrase after a colon, to the line's end, is the title's second half; a figure after the colon opens the body
    ["a title's second half after its colon", "一、全年工作回顾:稳中求进,亮点纷呈\n(一)收案情况\n二、基本情况:全年收案1200件。", ["1 一、 全年工作回顾:稳中求进,亮点纷呈", "1.1 (一) 收案情况", "2 二、 基本情况"]],
    // a magazine-style part numbered 01, 02 at a line start, its title run on or on the next line
    ["padded numbers on their own lines", "为提升群众满意度,区司法局开展专项行动。\n01\n深化队伍建设\n印发培育工作的通知。\n02\n优化阵地建设\n建成普法阵地44处。", ["1 01 深化队伍建设", "2 02 优化阵地建设"]],
    ["padded numbers under a heading", "一、基本情况\n01坚持司法为民,不断提升审判质效\n全年审结案件582件。\n02坚持府院联动\n正文。", ["1 一、 基本情况", "1.1 01 坚持司法为民,不断提升审判质效", "1.2 02 坚持府院联动"]],
    ["padded numbers a space apart from their titles", "2024年,区司法局以调解中心规范化建设为抓手。\n01 以“规范化建设”开路 打造矛盾调处新平台\n正文。\n02 以“三级联调机制”统领 打通全流程\n正文。", ["1 01 以“规范化建设”开路 打造矛盾调处新平台", "2 02 以“三级联调机制”统领 打通全流程"]],
    ["a padded number inside a line, or a month, is no marker", "发布时间:2024年\n05月12日\n全区共审结案件 01件。", []],
    ["an enumeration run into a sentence is no outline", "共有5项决策事项纳入目录。分别为:1、编制《湖滨区绿道规划》;2、制定《社区养老服务办法》;3、修订《城市排水应急预案》。", []],
    ["a list must continue in order", "一、成效\n三、问题\n二、计划", ["1 一、 成效", "2 二、 计划"]],
    ["decimals are not markers", "增长1.8万人。\n1.加强学习", ["1 1. 加强学习"]],
    [
      "a deeper marker run into a title",
      "一、主要成效(一)行政复议工作。收案5件。(二)行政应诉工作。正文",
      ["1 一、 主要成效", "1.1 (一) 行政复议工作", "1.2 (二) 行政应诉工作"],
    ],
    ["a 1. marker run into a title", "一、总体情况(一)复议案件办理1.受理情况。正文。2.办结情况。正文。(二)应诉案件办理1.出庭情况。正文", ["1 一、 总体情况", "1.1 (一) 复议案件办理", "1.1.1 1. 受理情况", "1.1.2 2. 办结情况", "1.2 (二) 应诉案件办理", "1.2.1 1. 出庭情况"]],
    ["a table's row flattened to a line is no heading", "三、收到和处理政府信息公开申请情况\n四、结转下年度继续办理 0 0 0 0 0\n四、政府信息公开行政复议、行政诉讼情况\n正文。", ["1 三、 收到和处理政府信息公开申请情况", "2 四、 政府信息公开行政复议、行政诉讼情况"]],
    ["numbered items of data under a heading are no subsections", "一、本部门2024年行政执法基本情况\n(一)东岭区水务系统办理行政执法案件846件,其中行政许可513件。\n(二)综合执法队作出处罚决定的案件引发行政复议0件。\n二、开展执法规范化建设情况\n(一)制度建设落实情况。正文", ["1 一、 本部门2024年行政执法基本情况", "2 二、 开展执法规范化建设情况", "2.1 (一) 制度建设落实情况"]],
    ["a title's second phrase after a gap", "一、健全工作机制 夯实行政应诉主体责任\n全年出庭应诉案件31件。\n二、2022 年全区行政案件办理的总体情况\n正文。", ["1 一、 健全工作机制 夯实行政应诉主体责任", "2 二、 2022 年全区行政案件办理的总体情况"]],
    ["plans numbered again with the part before them", "一、基本情况\n正文。\n二、主要成效\n正文。\n二、下一步工作\n正文。", ["1 一、 基本情况", "2 二、 主要成效", "3 二、 下一步工作"]],
    ["a part of no required kind numbered again is no section", "一、基本情况\n正文。\n二、主要成效\n正文。\n二、典型案例\n正文。", ["1 一、 基本情况", "2 二、 主要成效"]],
    ["the sources a notice cites are no subsections", "一、制定背景\n正文。\n二、制定依据\n(一)《柳川省规范性文件制定和备案规定》(省政府令187号)\n(二)根据《柳川市人民政府关于印发规范性文件备案审查办法的通知》第(八)项规定\n三、主要内容\n正文。", ["1 一、 制定背景", "2 二、 制定依据", "3 三、 主要内容"]],
    ["a document's short name with the section's words after it heads a section", "市人大常委会:\n现就《决议》执行情况报告如下:\n一、《决议》执行基本情况\n正文。\n(一)着力深化法治宣传教育。一是推动入脑入心。\n二、存在的问题\n正文。", ["1 一、 《决议》执行基本情况", "1.1 (一) 着力深化法治宣传教育", "2 二、 存在的问题"]],
    ["a notice's item on a document's short name, a sentence, is no section", "现将有关事项通知如下:\n一、《目录》决策承办单位要认真组织实施,落实责任分工,确保按时完成。\n二、《目录》实行动态管理,确需调整的,按程序报批。", []],
    ["a decision's numbered items naming documents are no sections", "经研究,决定如下:\n一、《东岭县农村饮水工程管护办法》等12件规范性文件予以保留。\n二、《东岭县城区停车收费管理规定》等3件规范性文件予以废止。", []],
    ["a decimal in a title is no marker", "一、全年收案1.2万件。正文", ["1 一、 全年收案1.2万件"]],
    ["three levels run into one title", "一、主要成效（一）行政复议(1)收案情况。正文", ["1 一、 主要成效", "1.1 （一） 行政复议", "1.1.1 (1) 收案情况"]],
    ["a law's item is no marker", "一、依照规定第(一)项处理。正文", ["1 一、 依照规定第(一)项处理"]],
    ["a notice's parts, each a short title on its own line, are its sections", "各镇人民政府、区政府各部门:\n现就开展2023年度行政处罚案卷评查工作有关事项通知如下:\n一、评查范围\n各部门2022年办结的行政处罚案件。\n二、评查方式\n采取部门自查、区司法局抽查的方式进行。", ["1 一、 评查范围", "2 二、 评查方式"]],
    ["the clauses of a clean-up's results announced (公布如下) are no sections", "经区政府常务会议审议通过,现将清理结果公布如下:\n一、对内容合法、需继续执行的规范性文件31件宣布继续有效。\n二、对所依据的上位法已作修订的规范性文件4件予以修订。", []],
    ["a report's parts announced (公布如下), each a short title on its line, are its sections", "现将有关情况公布如下:\n一、依法全面履行政府职能\n(一)深化行政审批制度改革。全面清理行政审批事项。", ["1 一、 依法全面履行政府职能", "1.1 (一) 深化行政审批制度改革"]],
    ["a notice's clauses are no sections", "各镇人民政府、街道办事处:\n经区政府同意,现就有关事项通知如下:\n一、区司法局是区政府的行政复议机构,负责接收行政复议申请。\n二、对拟作出以下处理的案件,授权区司法局办理:\n(一)依法应予受理的;", []],
    ["a report announced is an outline", "现将有关情况报告如下:\n一、主要成效\n(一)推进依法决策。正文", ["1 一、 主要成效", "1.1 (一) 推进依法决策"]],
    [
      "a table of contents the body repeats lists no headings of its own; the body's numbering starts afresh",
      "目 录\n第一部分 2023年度行政执法情况说明\n一、执法主体概况\n二、执法实施情况\n第二部分 2023年度行政执法数据表\n一、行政许可实施情况统计表\n二、行政处罚实施情况统计表\n第一部分 2023年度行政执法情况说明\n一、执法主体及执法人员概况\n正文。\n二、2023年度执法实施情况\n(一)行政许可实施情况\n正文。",
      ["1 一、 执法主体及执法人员概况", "2 二、 2023年度执法实施情况", "2.1 (一) 行政许可实施情况"],
    ],
    ["a table of contents alone is all the excerpt holds of the headings", "目录\n一、行政执法主体概况\n(一)行政执法主体的名称和数量情况\n二、执法实施情况", ["1 一、 行政执法主体概况", "1.1 (一) 行政执法主体的名称和数量情况", "2 二、 执法实施情况"]],
    ["a table's notes are no headings", "表一 行政处罚实施情况统计表\n警告 | 罚款\n12 | 94\n说明:\n1.行政处罚实施数量的统计范围为统计年度作出行政处罚决定的数量。\n2.单处一个类别行政处罚的,计入相应类别。", []],
    ["a list of cases is no outline", "典型案例\n1.张某诉某区人社局工伤认定案\n2.某公司诉某县市场监管局行政处罚案", []],
    ["a heading on lawsuits is a heading", "一、行政诉讼案件情况\n二、诉源治理工作", ["1 一、 行政诉讼案件情况", "2 二、 诉源治理工作"]],
    [
      "a page of a report split over pages opens partway through its list",
      "某局2022年度法治政府建设工作报告(第17/32页)\n(七)化解争议促稳定,切实发挥复议作用。\n用好复议渠道。\n(八)抓队伍强本领。\n加强队伍建设。",
      ["1 (七) 化解争议促稳定,切实发挥复议作用", "2 (八) 抓队伍强本领"],
    ],
    [
      "a page opening inside its first part: the second part after the first's own, its lines indented",
      "行政案件审查情况\n    (一)立案和审理情况\n    全年受理行政诉讼案件52件。\n    (二)执行情况\n    正文。\n    二、案件的特点和主要作法\n    (一)案件的特点\n    正文。",
      ["1 (一) 立案和审理情况", "2 (二) 执行情况", "3 二、 案件的特点和主要作法", "3.1 (一) 案件的特点"],
    ],
    ["a marker alone on its line heads the line below", "(三)\n行政决策水平有效提升\n1.强化依法决策意识\n正文。", ["1 (三) 行政决策水平有效提升", "1.1 1. 强化依法决策意识"]],
    ["only an outer heading on its own line opens partway", "共受理3件。(三)完善制度。正文", []],
    ["a numeral in parentheses written as one character (㈠, ⑴)", "一、基本成效\n㈠人民调解方面:全年调处纠纷812件。\n㈡行政调解方面:正文。\n⑴一是做法\n⑵二是做法", ["1 一、 基本成效", "1.1 ㈠ 人民调解方面", "1.2 ㈡ 行政调解方面", "1.2.1 ⑴ 一是做法", "1.2.2 ⑵ 二是做法"]],
    ["a line broken inside words after a page number is no heading (1、道)…)", "一、工作情况\n全市设立调委会1094个,实现乡镇(街\n1、道)、村(社区)全覆盖,同时设立调解组织649个。", ["1 一、 工作情况"]],
    ["traditional headings are simplified", "一、主要舉措及成效\n(一)聚焦決策關口", ["1 一、 主要举措及成效", "1.1 (一) 聚焦决策关口"]],
  ])("%s", (_name, text, expected) => {
    expect(outline(text)).toEqual(expected);
  });

  it.each([
    ["存在问题", "problems"],
    ["存在的问题及下一步工作打算", "problems"],
    // a title ending on the problem it admits, not one it solves
    ["规范性文件制定程序问题", "problems"],
    ["着力解决群众反映强烈的突出问题", "achievements"],
    ["下一步工作计划", "plans"],
    ["2025年法治政府建设工作思路", "plans"],
    ["2024年重点工作完成情况", "achievements"],
    ["2025年重点工作安排", "plans"],
    // a coming five-year period's plan, named by the plan
    ["“十五五”时期工作思路", "plans"],
    ["十五五期间主要目标", "plans"],
    ["“十四五”期间重点工作完成情况", "achievements"],
    ["2025年推进法治政府建设的主要安排", "plans"],
    ["党政主要负责人履行推进法治建设第一责任人职责情况", "leadership_duty"],
    ["持续加强党的领导,切实扛稳法治建设“第一责任”", "leadership_duty"],
    ["2024年法治政府建设主要举措及成效", "achievements"],
    ["强化组织领导,高位推动工作扎实开展", "achievements"],
    ["制定背景", "other"],
    ["法律依据", "other"],
    ["实施时间", "other"],
    // the parts of an explanatory note, a clean-up notice or a plan, none a report's
    ["制定的必要性", "other"],
    ["出台条例的必要性", "other"],
    ["修订该办法的背景", "other"],
    ["文件目的及背景", "other"],
    ["主要内容", "other"],
    ["清理结果", "other"],
    ["文件出台背景", "other"],
    ["清理的主要范围", "other"],
    ["清理工作的开展情况", "achievements"],
    ["工作要求", "other"],
    ["解读机关和联系方式", "other"],
    ["指导思想", "other"],
    ["生效日期", "other"],
    ["目标任务", "other"],
    ["研判和起草过程", "other"],
    ["适用范围", "other"],
    ["范围期限", "other"],
    ["有效期限", "other"],
    ["目标任务完成情况", "achievements"],
    // a year in full-width digits, or a title in Traditional script, names the plans all the same
    ["２０２３年工作计划", "plans"],
    ["2024年工作計劃", "plans"],
  ])("categorizes %s as %s", (title, category) => {
    const [section] = segment(normalize(`一、${title}\n正文。`)).sections;
    expect(section?.category).toBe(category);
  });

  it("takes a notice's parts that name no category as other, and one that names its work done as achievements", () => {
    const { sections } = segment(normalize("现就有关事项通知如下:\n一、评查方式\n部门自查。\n二、工作进展\n已完成自查。\n三、实施步骤\n分三个阶段。"));
    expect(sections.map((section) => section.category)).toEqual(["other", "achievements", "other"]);
  });

  it("keeps the categories of a report's parts announced with 公布如下, which may open a report as well as a notice", () => {
    const { sections } = segment(normalize("现将有关情况公布如下:\n一、依法全面履行政府职能\n正文。\n二、存在的问题\n正文。"));
    expect(sections.map((section) => section.category)).toEqual(["achievements", "problems"]);
  });

  it("lists the 一是…二是… points of a section", () => {
    const [section] = segment(normalize("一、成效\n一是高位推动。正文。二是机制高效。正文。三是狠抓创建。")).sections;
    expect(section?.points.map((point) => [point.ordinal, point.text])).toEqual([
      [1, "高位推动"],
      [2, "机制高效"],
      [3, "狠抓创建"],
    ]);
  });
});

describe("sectionCursor", () => {
  it.each(seedFiles())("%s: gives what sectionAt gives at every offset, asked in order", (seed) => {
    const doc = normalize(readFileSync(join(SEEDS, seed), "utf8"));
    const { ranges } = segment(doc);
    const cursor = sectionCursor(ranges);
    const differing: number[] = [];
    for (let at = 0; at <= doc.body.length; at++) if (cursor(at) !== sectionAt(ranges, at)) differing.push(at);
    expect(differing).toEqual([]);
  });
});
