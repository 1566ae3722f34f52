/**
 * Tables flattened to rows of cells: a number under a header that is a
 * figure's cue, in a row that speaks for the whole, is that figure.
 */
import { describe, expect, it } from "vitest";
import { findTables } from "../../src/extract/tables.js";
import { documentMetricsOf, f, table } from "./harness.js";

describe("flattened tables", () => {
  table(
    [
      {
        // an infographic's cells that name their measure and give its value are statements, read as prose
        text: "● 行政复议\n新收案件 1,873件 | 纠错 204件 | 纠错率 11.6%\n● 行政执法\n持证执法人员 5,208名 | 评查案卷 1,460卷",
        yields: [
          f("reconsideration.received", 1873),
          f("reconsideration.corrected", 204),
          f("reconsideration.correction_rate", 11.6),
          f("enforcement.officers", 5208),
          f("enforcement.case_files_reviewed", 1460),
        ],
      },
      {
        // rows whose labels name no topic, under a row that names one, are on it; a later row naming another turns to it
        text: "指标 | 2025年 | 2024年 | 增减\n新收行政复议申请(件) | 1862 | 1540 | +20.9%\n受理(件) | 1703 | 1416 | +20.3%\n办结(件) | 1655 | 1380 | +19.9%\n调解和解(件) | 311 | 207 | —\n一审行政诉讼新收(件) | 702 | 741 | -5.3%\n败诉率 | 4.9% | 6.0% | -1.1个百分点",
        yields: [
          f("reconsideration.received", 1862),
          f("reconsideration.accepted", 1703),
          f("reconsideration.concluded", 1655),
          f("reconsideration.settled", 311),
          f("litigation.received", 702),
          f("litigation.loss_rate", 4.9),
        ],
      },
      {
        // a value opening its line, a dash and its caption: the caption names it; what follows on the line is prose
        text: "1.行政复议\n2.85万件——全省新收行政复议案件,同比增长64%;纠错率11.9%,较上年提高1.2个百分点。\n2.行政应诉\n97.4%——行政机关负责人出庭应诉率。全年一审行政应诉案件6120件。",
        yields: [f("reconsideration.received", 28500), f("reconsideration.correction_rate", 11.9), f("litigation.head_appearance_rate", 97.4), f("litigation.handled", 6120)],
      },
      {
        // a value with its caption after it; a row of labels after the numbers heads none of them
        text: "【行政应诉】\n97.2% | 行政机关负责人出庭应诉率\n186件 | 全市新收一审行政诉讼案件\n“零败诉” | 市政府本级行政诉讼案件",
        yields: [f("litigation.head_appearance_rate", 97.2), f("litigation.received", 186)],
        not: ["litigation.lost=186"],
      },
      {
        // rows of labels each followed by its value: each pair is a figure; kinds of one figure give way to the pair labelled its total
        text: "表2:全市行政复议案件审结情况\n审结 | 3120 | 维持 | 1804 | 驳回 | 311 |\n撤销 | 150 | 变更 | 12 | 确认违法 | 71 |\n纠错合计 | 233 | 纠错率 | 7.47% |\n表3:全市行政应诉案件情况\n新收一审 | 905 | 败诉 | 44 |\n负责人出庭 | 861件次 | 出庭率 | 97.9% |",
        yields: [
          f("reconsideration.concluded", 3120),
          f("reconsideration.upheld", 1804),
          f("reconsideration.dismissed", 311),
          f("reconsideration.corrected", 233),
          f("reconsideration.correction_rate", 7.47),
          f("litigation.received", 905),
          f("litigation.lost", 44),
          f("litigation.head_appearances", 861),
          f("litigation.head_appearance_rate", 97.9),
        ],
        not: ["reconsideration.corrected=150", "reconsideration.corrected=71"],
      },
      {
        text: "表1:2023年全市行政复议案件办理情况\n办结 | 维持 | 驳回 | 纠错率\n2150 | 1320 | 402 | 11.3%",
        yields: [
          f("reconsideration.concluded", 2150),
          f("reconsideration.upheld", 1320),
          f("reconsideration.dismissed", 402),
          f("reconsideration.correction_rate", 11.3),
        ],
      },
      {
        // columns that are kinds of one figure (撤销, 确认违法) are its parts, none of them it
        text: "2024年行政复议案件统计\n收到申请 | 受理 | 审结 | 维持 | 驳回 | 撤销 | 确认违法\n320 | 298 | 285 | 180 | 42 | 25 | 8",
        yields: [
          f("reconsideration.received", 320),
          f("reconsideration.accepted", 298),
          f("reconsideration.concluded", 285),
          f("reconsideration.upheld", 180),
          f("reconsideration.dismissed", 42),
        ],
        not: ["reconsideration.corrected=25", "reconsideration.corrected=8"],
      },
      {
        // a header grouping its columns, its lower rows lost: which number is whose is not known
        text: "(二)2023年度行政处罚情况\n单位名称 | 行政处罚实施情况 | 被复议应诉数量 | 移送司法机关数量 | |||||\n立案数量 | 结案数量 | 罚款 | 被行政复议数量 | 被行政诉讼数量 | |||\n合计 | 12 | 12 | 3 | 0 | 0 | 0 | 0 | 0 |",
        yields: [],
        not: ["litigation.handled=0"],
      },
      {
        // a table of tasks flattened a cell to a line: a cell of prose is read as its sentences
        text: "重点任务落实情况表\n序号 |\n目标与任务 |\n责任单位 |\n完成情况 |\n进度 |\n12 |\n推进行政复议规范化建设。 |\n县司法局 |\n全年县行政复议机构收到复议申请96件,审结88件,其中直接纠错7件。 |\n已完成 |\n13 |\n健全矛盾纠纷多元化解机制。 |",
        yields: [f("reconsideration.received", 96), f("reconsideration.concluded", 88), f("reconsideration.corrected", 7)],
      },
      {
        // a header that names no topic (立案数量, 结案数量) and that two of the table's topics could claim is the penalties' own, no figure
        text: "(一)2024年度行政处罚情况\n单位名称 | 立案数量 | 结案数量 | 被行政复议数量 | 被行政复议纠错数量 | 行政诉讼败诉数量 |\n局机关 | 14 | 13 | 2 | 0 | 0 |\n执法大队 | 207 | 198 | 6 | 1 | 1 |\n合计 | 221 | 211 | 8 | 1 | 1 |",
        yields: [f("reconsideration.received", 8), f("reconsideration.corrected", 1), f("litigation.lost", 1)],
        not: ["reconsideration.accepted=221", "reconsideration.concluded=211"],
      },
      {
        // a strip of headlines with a bar among them is prose, not a table row
        text:
          "司法部:2021年行政复议机关作出直接纠错决定比例达13.2% 多地出台新规推进营商环境建设 青禾市举办首届读书节 全年共开展各类文化惠民活动两百余场 覆盖城乡群众数十万人次 柏岭县新建乡村文化广场多处 松塘区启动老旧小区改造工程 受益居民近万户 雁川市发布春季旅游线路 红色百宝 奋斗百年|雪山下的纪念碑传颂精神 字画像 | 书法的正确写法",
        yields: [f("reconsideration.correction_rate", 13.2)],
      },
      {
        // a disclosure report's older template (本年新制作数量), a Taiwan-script mirror's 檔案 for 文件
        text: "信息內容 | 本年新 製作數量 | 本年新 公開數量 | 對外公開總數量 | ||\n規章 | 0 | 0 | 0 | ||\n規範性檔案 | 3 | 3 | 21 | ||",
        yields: [f("normative_docs.issued", 3)],
        not: ["normative_docs.issued=21"],
      },
      {
        // a column headed only 数量: its caption says what was counted; the places' rows break the total down
        text: "表1:各市受理行政复议案件情况\n地区 | 数量 | 地区 | 数量\n青禾市 | 812 | 柏岭市 | 640\n松塘市 | 233 | 雁川市 | 118\n总计 | 1803\n表2:各市行政复议案件情况\n地区 | 数量\n青禾市 | 90\n合计 | 90",
        yields: [f("reconsideration.accepted", 1803)],
        not: ["reconsideration.accepted=812", "reconsideration.accepted=640", "reconsideration.accepted=90"],
      },
      {
        // a label column, and a total row among rows of bodies
        text: "二、行政应诉案件情况\n单位 | 新收 | 审结\n北城区 | 36 | 30\n南湖区 | 41 | 38\n合计 | 77 | 68",
        yields: [f("litigation.received", 77), f("litigation.concluded", 68)],
        not: ["litigation.received=36", "litigation.concluded=30"],
      },
      {
        // the same table laid out one cell to a line, a row cut short, a caption and another table after it
        text: "第二十条第(一)项\n信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n|\n规章 |\n0 |\n0 |\n|\n行政规范性文件 |\n4 |\n2 |\n9 |\n|\n第二十条第(五)项 |\n信息内容 |\n本年处理决定数量 |\n行政许可 |\n213 |",
        yields: [f("normative_docs.issued", 4), f("normative_docs.repealed", 2)],
        not: ["normative_docs.issued=0", "normative_docs.issued=9", "normative_docs.repealed=0"],
      },
      {
        // the same table a converter laid out a cell to a line without bars, blank lines between
        text: "第二十条第(一)项\n\n信息内容\n\n本年制发件数\n\n本年废止件数\n\n现行有效件数\n\n规章\n\n0\n\n0\n\n0\n\n行政规范性文件\n\n4\n\n2\n\n9\n\n第二十条第(五)项\n\n信息内容\n\n本年处理决定数量\n\n行政许可\n\n213",
        yields: [f("normative_docs.issued", 4), f("normative_docs.repealed", 2)],
        not: ["normative_docs.issued=0", "normative_docs.issued=9", "normative_docs.repealed=0"],
      },
      {
        // the older template a cell to a line, a header cell broken over two lines (本年新 / 制作数量)
        text: "第二十条第(一)项\n\n信息内容\n\n本年新\n制作数量\n\n本年新\n公开数量\n\n对外公开总数量\n\n规章\n\n0\n\n0\n\n0\n\n规范性文件\n\n3\n\n3\n\n15\n\n第二十条第(五)项\n\n信息内容\n\n上一年项目数量\n\n本年增/减\n\n处理决定数量\n\n行政许可\n\n4\n\n0\n\n113",
        yields: [f("normative_docs.issued", 3)],
        not: ["normative_docs.issued=0", "normative_docs.issued=15"],
      },
      {
        // the same table with a line of bars alone between its cells
        text: "第二十条第(一)项\n|\n||||\n信息内容\n|\n本年制发件数\n|\n本年废止件数\n|\n现行有效件数\n|\n|\n规章\n|\n0\n|\n0\n|\n0\n|\n|\n行政规范性文件\n|\n4\n|\n2\n|\n9\n|\n|\n第二十条第(五)项\n|\n||||\n信息内容\n|\n本年处理决定数量\n|\n|||\n行政许可\n|\n213",
        yields: [f("normative_docs.issued", 4), f("normative_docs.repealed", 2)],
        not: ["normative_docs.issued=0", "normative_docs.issued=9", "normative_docs.repealed=0"],
      },
      {
        // a 序号 column laid out a cell to a line: the serials are no values, the 比例 column holds shares,
        // and rows that are kinds of one figure (撤销, 确认违法, 责令履行: all corrections) are its parts
        text: "(五)复议审理情况\n\n审结情况(件)\n\n序号\n\n处理方式\n\n数量\n\n比例\n\n1\n\n作出维持决定\n\n1620\n\n70.1%\n\n2\n\n驳回复议申请\n\n188\n\n8.1%\n\n3\n\n作出撤销决定\n\n52\n\n2.3%\n\n4\n\n确认违法\n\n31\n\n1.3%\n\n5\n\n责令履行\n\n6\n\n0.3%",
        yields: [f("reconsideration.upheld", 1620), f("reconsideration.dismissed", 188)],
        not: ["reconsideration.upheld=1", "reconsideration.corrected=52", "reconsideration.corrected=31", "reconsideration.corrected=6"],
      },
      {
        // rows of places after their serial numbers under 序号 are the places' figures, none of the report's own
        text: "表1 各县(区)负责人出庭应诉情况\n序号 | 县(区) | 应出庭(件) | 实际出庭(件) | 出庭率 | 排名\n1 | 芦汀区 | 46 | 46 | 100% | 1\n2 | 檀溪区 | 71 | 70 | 98.59% | 2",
        yields: [],
        not: ["litigation.head_appearance_rate=100", "litigation.head_appearance_rate=98.59"],
      },
      {
        // a list of documents after their serial numbers: a serial is no count, though the document's title holds a cue (关于印发…)
        text: "予以废止的行政规范性文件目录\n序号 | 文件名称 | 文号 | 清理结果 |\n1 | 柳川县人民政府关于印发柳川县集贸市场管理办法的通知 | 柳政发〔2015〕9号 | 废止 |\n2 | 柳川县人民政府关于审查城区规划的通知 | 柳政发〔2017〕3号 | 废止 |",
        yields: [],
        not: ["normative_docs.issued=1", "normative_docs.reviewed=2"],
      },
      {
        // an assessment's rows: the score each row earned is no figure of the row's, the value done is
        text: "序号 | 指标 | 目标值 | 完成值 | 得分\n1 | 行政规范性文件报备 | 报备率100% | 报备19件 | 4.0\n2 | 重大行政决策事项目录 | 全部纳入 | 5项 | 4.5",
        yields: [f("major_decisions.count", 5)],
        not: ["normative_docs.filed=4"],
      },
      {
        // an infographic's values over their captions, each opening a block after a blank line
        text: "▲ 案件总量\n\n1842件\n全年收到行政复议申请\n同比增长9.6%\n\n1715件\n依法受理",
        yields: [f("reconsideration.received", 1842), f("reconsideration.accepted", 1715)],
      },
      {
        // a value under its label, a cell to a line, is that label's, and takes no caption from the next row's label
        text: "行政复议案件情况\n新收案件\n1268件\n审结案件\n1203件",
        yields: [f("reconsideration.received", 1268), f("reconsideration.concluded", 1203)],
        not: ["reconsideration.concluded=1268"],
      },
      {
        // a row that gives no values (规章 | / | / | /) keeps its places; it opens no header
        text: "第二十条第(一)项 |\n|||\n信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n规章 |\n/ |\n/ |\n/ |\n规范性文件 |\n17 |\n3 |\n40 |\n第二十条第(五)项 |\n|||\n信息内容 |\n本年处理决定数量 |\n||\n行政许可 |\n/ |",
        yields: [f("normative_docs.issued", 17), f("normative_docs.repealed", 3)],
        not: ["normative_docs.issued=40"],
      },
      {
        // a disclosure report's table: a row named by a topic reads each column's cue on that topic
        text: "第二十条第(一)项\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n规章 | 0 | 0 | 0 |\n行政规范性文件 | 3 | 1 | 12 |",
        yields: [f("normative_docs.issued", 3), f("normative_docs.repealed", 1)],
        not: ["normative_docs.issued=0", "normative_docs.issued=12"],
      },
      {
        // a disclosure report's header repeated under each group's label: the lawsuits' rows are no reviews' outcomes
        text: "四、政府信息公开行政复议、行政诉讼情况\n行政复议 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计\n | 4 | 1 | 0 | 1 | 6\n行政诉讼 未经复议直接起诉 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计\n | 2 | 0 | 0 | 0 | 2",
        yields: [f("reconsideration.upheld", 4), f("reconsideration.corrected", 1)],
        not: ["reconsideration.upheld=2", "reconsideration.corrected=0"],
      },
      {
        // and where the group's label notes the review in parentheses (行政诉讼(复议后起诉)): its name says lawsuits
        text: "四、政府信息公开行政复议、行政诉讼情况\n行政复议 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计\n | 3 | 1 | 0 | 0 | 4\n行政诉讼(未经复议直接起诉) | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计\n | 0 | 0 | 0 | 0 | 0\n行政诉讼(复议后起诉) | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计\n | 0 | 0 | 0 | 0 | 0",
        yields: [f("reconsideration.upheld", 3), f("reconsideration.corrected", 1)],
        not: ["reconsideration.upheld=0", "reconsideration.corrected=0"],
      },
      {
        // columns of years and their total in a text on the years: each year's figure and the total's; not a 其中 row's, nor one
        // of a thing outside the catalogue (办理公证)
        text: "柳川州2021—2023年司法行政主要业务数据\n说明:本表数据均为全州合计数。\n指标名称 | 2021年 | 2022年 | 2023年 | 三年合计\n人民调解组织调解纠纷(件) | 9,408 | 9,915 | 10,037 | 29,360\n其中:调解成功(件) | 9,294 | 9,834 | 9,980 | 29,108\n行政复议收到申请(件) | 212 | 268 | 333 | 813\n办理公证(件) | 3,640 | 3,118 | 3,776 | 10,534",
        yields: [
          f("disputes.mediated", 9408),
          f("disputes.mediated", 9915),
          f("disputes.mediated", 10037),
          f("disputes.mediated", 29360),
          f("reconsideration.received", 212),
          f("reconsideration.received", 268),
          f("reconsideration.received", 333),
          f("reconsideration.received", 813),
        ],
        not: ["disputes.mediated=9294", "reconsideration.handled=3640"],
      },
      {
        // the same columns in a report on its latest year: that year's figure only
        text: "柳川州2023年法治政府建设年度报告\n指标名称 | 2022年 | 2023年 | 合计\n人民调解组织调解纠纷(件) | 9,915 | 10,037 | 19,952",
        yields: [f("disputes.mediated", 10037)],
      },
      {
        // and where the label stands on its own line above each table as its caption (行政诉讼(复议后起诉) over 结果维持 | …)
        text: "我局作为被申请人、被告的案件情况如下:\n\n行政复议\n结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计\n5 | 1 | 0 | 2 | 8\n\n行政诉讼(复议后起诉)\n结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计\n2 | 0 | 1 | 1 | 4",
        yields: [f("reconsideration.upheld", 5), f("reconsideration.corrected", 1)],
        not: ["reconsideration.upheld=2", "reconsideration.corrected=0"],
      },
      {
        // a table a cell to a line, the text cut inside its row of values: the values before the last, under the first columns
        text: "全年行政复议案件办理情况如下。\n\n新收\n\n案件\n\n办结案件\n\n总计\n\n维持\n\n驳回\n\n直接\n\n纠错\n\n纠错率\n\n5120\n\n4870\n\n1650\n\n512\n\n48",
        yields: [f("reconsideration.received", 5120), f("reconsideration.concluded", 4870), f("reconsideration.upheld", 1650), f("reconsideration.dismissed", 512)],
        not: ["reconsideration.corrected=48"],
      },
      {
        // a table whose cells spaces part, a sheet kept as text: the 合计 row gives the totals, the places' rows break them down
        text: "全年行政复议案件办理情况见下表。\n2024年全市行政复议案件情况统计表\n单位 收到申请 受理 审结 维持 驳回 纠错 纠错率\n市政府本级 1204 1057 998 445 128 88 8.82%\n东岭区 227 188 176 86 23 9 5.11%\n合计 1431 1245 1174 531 151 97 8.26%",
        yields: [
          f("reconsideration.received", 1431),
          f("reconsideration.accepted", 1245),
          f("reconsideration.concluded", 1174),
          f("reconsideration.upheld", 531),
          f("reconsideration.dismissed", 151),
          f("reconsideration.corrected", 97),
          f("reconsideration.correction_rate", 8.26),
        ],
        not: ["reconsideration.received=1204", "reconsideration.received=227"],
      },
      {
        // rows of cues under two years' columns, with bars or spaces between: the latest year's are the figures, the earlier year's baselines
        text: "表1 2023—2024年全市行政诉讼主要数据\n指标 | 2023年 | 2024年\n一审行政案件新收(件) | 405 | 318\n行政机关败诉(件) | 38 | 19\n负责人出庭应诉率 | 96.3% | 100%",
        yields: [f("litigation.received", 318), f("litigation.lost", 19), f("litigation.head_appearance_rate", 100)],
        not: ["litigation.received=405", "litigation.head_appearance_rate=96.3"],
      },
      {
        // an indicator table: the result's column is the figure, not the target's nor the baseline's (2020年基数, 2024年同期), whatever
        // years they name; a label's unit in parentheses ((名), (卷)) gives its bare cells theirs
        text: "序号 | 指标名称 | 2020年基数 | 2023年完成值 | 2025年目标值 | 属性\n1 | 行政机关负责人出庭应诉率(%) | 86.4 | 98.7 | 100 | 约束性\n6 | 年度行政执法案卷评查(卷) | 1720 | 2310 | ≥2000 | 预期性\n7 | “法律明白人”数量(名) | 8600 | 13920 | 15000 | 预期性",
        yields: [f("litigation.head_appearance_rate", 98.7), f("enforcement.case_files_reviewed", 2310), f("legal_education.legal_literate_persons", 13920)],
      },
      {
        // so with tabs between the cells, a serial first, a target's bounds (≥20) and a note's column (属性) beside the values
        text: "二、主要指标完成情况\n序号\t指标名称\t2020年基数\t2023年完成值\t2025年目标值\t属性\n1\t行政机关负责人出庭应诉率(%)\t86.4\t98.7\t100\t约束性\n3\t行政复议调解和解率(%)\t12.1\t22.6\t≥20\t预期性\n4\t行政诉讼败诉率(%)\t7.8\t5.4\t≤5\t预期性\n7\t“法律明白人”数量(名)\t8600\t13920\t15000\t预期性",
        yields: [f("litigation.head_appearance_rate", 98.7), f("reconsideration.settlement_rate", 22.6), f("litigation.loss_rate", 5.4), f("legal_education.legal_literate_persons", 13920)],
        not: ["legal_education.legal_literate_persons=7"],
      },
      {
        text: "序号 | 指标名称 | 2025年目标值 | 一季度完成值 | 2024年同期\n3 | 行政复议案件收案数(件) | — | 66 | 48\n5 | 行政机关负责人出庭应诉率 | 100% | 100% | 95.8%",
        yields: [f("reconsideration.received", 66), f("litigation.head_appearance_rate", 100)],
      },
      {
        // values each over their caption, a rate among them: the caption under the rate heads no count under it
        text: "一图速览\n1098件\n一审行政案件收案\n5.9%\n行政机关败诉率\n4127件\n新收行政复议案件\n3860件\n审结",
        yields: [],
        not: ["reconsideration.received=3860", "litigation.loss_rate=4127"],
      },
      {
        // a task list whose progress cells are sentences of clauses (…受理85件,审结71件。) is prose with bars in it, each row on its task's topic
        text: "序号 | 工作任务 | 责任单位 | 推进情况\n4 | 行政复议 | 区司法局 | 新收复议申请88件,受理80件,审结69件。\n5 | 行政应诉 | 各行政机关 | 新收一审行政诉讼案件27件,审结22件,败诉1件。",
        yields: [
          f("reconsideration.received", 88),
          f("reconsideration.accepted", 80),
          f("reconsideration.concluded", 69),
          f("litigation.received", 27),
          f("litigation.concluded", 22),
          f("litigation.lost", 1),
        ],
      },
      {
        // a label that gives its row's unit as per cent (败诉率(%)) makes its bare cells rates, no counts
        text: "近两年主要指标对比如下:\n指标 | 2023年 | 2024年\n行政诉讼收案(件) | 71 | 64\n败诉率(%) | 9.6 | 6.3\n负责人出庭应诉率(%) | 94 | 100",
        yields: [f("litigation.received", 64), f("litigation.loss_rate", 6.3), f("litigation.head_appearance_rate", 100)],
        not: ["litigation.head_appearances=100"],
      },
      {
        text: "表1 2023—2024年全市行政诉讼主要数据\n指标 2023年 2024年\n一审行政案件新收(件) 405 318\n行政机关败诉(件) 38 19\n负责人出庭应诉率 96.3% 100%",
        yields: [f("litigation.received", 318), f("litigation.lost", 19), f("litigation.head_appearance_rate", 100)],
        not: ["litigation.received=405", "litigation.head_appearance_rate=96.3"],
      },
      {
        // a column of changes after the years' (增减: -6, +4.2个百分点) is a baseline's difference, no value: the rows stay a table's
        text: "2022年柳川区行政复议、行政应诉主要数据如下:\n项目\t2021年\t2022年\t增减\n收到行政复议申请(件)\t23\t17\t-6\n行政机关败诉(件)\t5\t2\t-3\n负责人出庭应诉率\t91.5%\t95.7%\t+4.2个百分点",
        yields: [f("reconsideration.received", 17), f("litigation.lost", 2), f("litigation.head_appearance_rate", 95.7)],
        not: ["reconsideration.received=23", "litigation.head_appearance_rate=91.5", "litigation.lost=3"],
      },
      {
        // rows of kinds under a column headed only 件数: each counts what the caption's verb did to that kind (合法性审查), or what its label names
        text: "表1 2024年柳溪镇合法性审查情况\n审查类别 | 件数 | 提出意见(条)\n行政规范性文件 | 3 | 0\n重大行政决策 | 2 | 6\n行政机关合同 | 73 | 58\n合计 | 78 | 64",
        yields: [f("normative_docs.reviewed", 3), f("major_decisions.count", 2), f("contracts.reviewed", 73)],
        not: ["contracts.reviewed=58", "major_decisions.count=6", "normative_docs.reviewed=78"],
      },
      {
        // a first column headed 年度 labels its rows by their years written bare (2022 | …): the earlier year's row is the baseline
        text: "柳川市2023年度行政复议工作情况通报\n全年审结案件1,052件。\n表1 2022—2023年行政复议案件审理情况\n年度 | 审结 | 维持 | 纠错\n2022 | 913 | 402 | 121\n2023 | 1052 | 471 | 138",
        yields: [f("reconsideration.concluded", 1052), f("reconsideration.concluded", 1052), f("reconsideration.upheld", 471), f("reconsideration.corrected", 138)],
        not: ["reconsideration.concluded=913", "reconsideration.upheld=402", "reconsideration.corrected=121"],
      },
      {
        // a row whose label names a body (区级调委会), though a topic's word is in it, is that body's row, no total
        text: "附:2024年1—6月各镇(街道)人民调解情况\n单位  受理(件)  调解成功(件)  成功率\n城东街道  312  307  98.4%\n区级调委会  122  116  95.1%\n合计  434  423  97.5%",
        yields: [f("disputes.mediated", 423), f("disputes.success_rate", 97.5)],
        not: ["disputes.mediated=116", "disputes.success_rate=95.1"],
      },
      {
        // a table a cell to a line under 序号, its numbers written with thousands separators (4,102)
        text: "审结情况详见下表:\n\n复议案件审结情况(件)\n\n序号\n\n处理方式\n\n数量\n\n比例\n\n1\n\n作出维持决定\n\n3,861\n\n57.4%\n\n2\n\n驳回复议申请\n\n1,075\n\n16.0%",
        yields: [f("reconsideration.upheld", 3861), f("reconsideration.dismissed", 1075)],
      },
      {
        // a sheet a tab to a cell with a two-level header: each group's label heads the columns under it; the latest year's row
        // gives the figures, the earlier year's is the baseline
        text: "表1 2022—2023年全区行政复议、行政应诉案件情况\n项目\t行政复议\t\t\t行政诉讼(一审)\t\t\n\t收案\t审结\t纠错\t收案\t审结\t败诉\n2022年\t388\t352\t41\t274\t265\t22\n2023年\t602\t571\t69\t248\t251\t17",
        yields: [
          f("reconsideration.received", 602),
          f("reconsideration.concluded", 571),
          f("reconsideration.corrected", 69),
          f("litigation.received", 248),
          f("litigation.concluded", 251),
          f("litigation.lost", 17),
        ],
        not: ["reconsideration.received=388", "litigation.received=274"],
      },
      {
        // header cells broken after 不予 or before a note in parentheses are one column each; a caption sentence on how all
        // kinds of cases went (全年各类案件办结情况见下表) names no court's cases, so the heading's topic holds
        text: "一、全市行政复议基本情况\n(三)审理情况。全年各类案件办结情况见下表(单位:件):\n\n新收\n案件\n办结\n案件\n总计\n不予\n受理\n维持\n驳回\n综合调撤率\n(含受理前调撤)\n6132\n5408\n298\n1836\n602\n36.07%",
        yields: [f("reconsideration.received", 6132), f("reconsideration.concluded", 5408), f("reconsideration.upheld", 1836), f("reconsideration.dismissed", 602), f("reconsideration.settlement_rate", 36.07)],
      },
      {
        // label cells that are cues
        text: "行政复议工作统计\n新收案件 | 1,268件\n审结案件 | 1,203件",
        yields: [f("reconsideration.received", 1268), f("reconsideration.concluded", 1203)],
      },
      {
        // columns of earlier years are baselines
        text: "行政复议受理情况\n单位 | 2022年受理 | 2023年受理\n合计 | 96 | 59",
        yields: [f("reconsideration.accepted", 59)],
        not: ["reconsideration.accepted=96"],
      },
      {
        // rows of years: the earlier years' rows are baselines
        text: "表2 行政复议案件情况\n年度 | 新收 | 审结 | 纠错率\n2022年 | 38 | 35 | 11%\n2023年 | 51 | 49 | 14%",
        yields: [f("reconsideration.received", 51), f("reconsideration.concluded", 49), f("reconsideration.correction_rate", 14)],
        not: ["reconsideration.received=38", "reconsideration.concluded=35", "reconsideration.correction_rate=11"],
      },
      {
        // but in a text whose prose is on a span of years (2021—2023年,…), each year's row is that year's figure
        text: "2021—2023年,全市共审结一审行政案件2950件,败诉401件。\n行政诉讼分年度情况如下:\n年度 | 审结(件) | 败诉(件) | 败诉率\n2021年 | 912 | 150 | 16.45%\n2022年 | 1004 | 131 | 13.05%\n2023年 | 1034 | 120 | 11.61%",
        yields: [
          f("litigation.concluded", 2950),
          f("litigation.lost", 401),
          f("litigation.concluded", 912),
          f("litigation.lost", 150),
          f("litigation.loss_rate", 16.45),
          f("litigation.concluded", 1004),
          f("litigation.lost", 131),
          f("litigation.loss_rate", 13.05),
          f("litigation.concluded", 1034),
          f("litigation.lost", 120),
          f("litigation.loss_rate", 11.61),
        ],
      },
      {
        // categories under a 数量 row are a breakdown, not figures
        text: "行政复议申请涉及的事项\n申请事项 | 举报投诉处理 | 政府信息公开 | 行政处罚\n数量 | 75件 | 16件 | 40件",
        yields: [],
      },
      {
        // a header both topics could claim, under a heading that names both, gives nothing
        text: "一、行政复议和行政诉讼案件情况\n新收 | 审结\n120 | 98",
        yields: [],
      },
      {
        // a two-level header a cell to a line over one row of values with no label: a group's label over its 合计, and
        // cells a converter broke (受理 / 案件, 直接 / 纠错, 调解、 / 和解) are one column each, as many as the values; the next
        // section's heading right after the values is no cell of the table
        text: "一、行政复议案件情况\n全年审结案件及结果如下:\n\n受理\n\n案件\n\n审结案件\n\n合计\n\n不予受理\n\n维持\n\n驳回\n\n直接\n\n纠错\n\n纠错率\n\n调解、\n\n和解\n\n2310\n\n2196\n\n104\n\n1180\n\n322\n\n251\n\n11.4%\n\n339\n\n二、主要做法",
        yields: [
          f("reconsideration.accepted", 2310),
          f("reconsideration.concluded", 2196),
          f("reconsideration.upheld", 1180),
          f("reconsideration.dismissed", 322),
          f("reconsideration.corrected", 251),
          f("reconsideration.correction_rate", 11.4),
          f("reconsideration.settled", 339),
        ],
      },
      {
        // the same values cut short by the text's end, an excerpt cut inside the row: the values before the last, which the
        // cut may have broken, under the first columns
        text: "一、行政复议案件情况\n全年审结案件及结果如下:\n\n受理\n\n案件\n\n审结案件\n\n合计\n\n不予受理\n\n维持\n\n驳回\n\n直接\n\n纠错\n\n纠错率\n\n调解、\n\n和解\n\n2310\n\n2196\n\n104\n\n1180\n\n322",
        yields: [f("reconsideration.accepted", 2310), f("reconsideration.concluded", 2196), f("reconsideration.upheld", 1180)],
        not: ["reconsideration.dismissed=322"],
      },
      {
        // cut short where the text goes on: which is whose is not known
        text: "一、行政复议案件情况\n全年审结案件及结果如下:\n\n受理\n\n案件\n\n审结案件\n\n合计\n\n不予受理\n\n维持\n\n驳回\n\n直接\n\n纠错\n\n纠错率\n\n调解、\n\n和解\n\n2310\n\n2196\n\n104\n\n1180\n\n322\n\n二、主要做法\n全面推行行政复议听证。",
        yields: [],
      },
      {
        // an infographic's labels each over its count, an aside on a line of its own between, under a line naming the topic
        text: "2024年柳川司法行政数据速览\n📊行政复议\n新收案件\n1,126件\n同比↑12.3%\n(2023年:1,003件)\n办结\n1,047件\n直接纠错\n131件\n\n👮行政执法\n持证执法人员\n4,215名\n案卷评查\n2,300卷",
        yields: [
          f("reconsideration.received", 1126),
          f("reconsideration.concluded", 1047),
          f("reconsideration.corrected", 131),
          f("enforcement.officers", 4215),
          f("enforcement.case_files_reviewed", 2300),
        ],
      },
      {
        // a caption under a value is that value's, not a label over the next value
        text: "▌执法监督篇\n1,870卷\n三年来全市组织评查行政执法案卷\n5,216名\n全市持证行政执法人员",
        yields: [],
        not: ["enforcement.case_files_reviewed=5216"],
      },
    ],
    documentMetricsOf,
  );
});

describe("tables laid out a cell to a line", () => {
  it("reads nothing where rows are wider than the header left of them (a 序号 column whose header a spam string cut off)", () => {
    const body = "序号\n|\n好运娱乐官网_好运会x7登录入口_cq真人平台\n|\n旧存案件\n|\n新收\n|\n合计\n|\n1\n|\n中院\n|\n31\n|\n64\n|\n95\n|\n2\n|\n东城\n|\n22\n|\n118\n|\n140";
    expect(findTables(body)).toEqual([]);
  });

  it("reads a table whose rows are as wide as its header, lines of bars alone between the cells", () => {
    const body = "信息内容\n|\n本年制发件数\n|\n本年废止件数\n|\n|\n规范性文件\n|\n4\n|\n2";
    expect(findTables(body).map((block) => block.rows.map((row) => row.map((cell) => cell.text)))).toEqual([
      [
        ["信息内容", "本年制发件数", "本年废止件数"],
        ["规范性文件", "4", "2"],
      ],
    ]);
  });
});
