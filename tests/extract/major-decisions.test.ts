import { describe } from "vitest";
import { f, table } from "./harness.js";

describe("major_decisions", () => {
  table([
    // highlights a campaign made in some fields (在…重大行政决策…等方面打造创建亮点10个) are no decisions
    { text: "在“信用审批”改革、重大行政决策、行政争议闭环化解等方面打造创建亮点8个。", yields: [], not: ["major_decisions.count=8"] },
    // a review of other things, named as its object before the count (对…拟出台的文件、政策措施等62件进行合法性审核), counts no decisions
    { text: "区政府常务会议全年审议重大行政决策事项9项。全年对区政府拟出台的文件、政策措施等62件进行合法性审核。", yields: [f("major_decisions.count", 9)], not: ["major_decisions.count=62"] },
    // decisions named in an object before their count, a review after it (对…重大行政决策事项23项进行合法性审查)
    { text: "对县政府重大行政决策事项14项进行合法性审查,提出意见36条。", yields: [f("major_decisions.count", 14)] },
    // the year's catalogue bare where the clause before named the decisions; another catalogue after another topic is none
    { text: "严格落实重大行政决策程序,将《东岭县城区排水专项规划》等6项事项纳入年度目录并向社会公布。", yields: [f("major_decisions.count", 6)] },
    { text: "全面推行权责清单制度,将312项事项纳入政务服务目录。", yields: [], not: ["major_decisions.count=312"] },
    // 两 after 等 totals the list of decisions before it
    // a plan to widen the list is a target
    { text: "今年计划把重大行政决策目录事项扩大到15项左右。", yields: [], not: ["major_decisions.count=15"] },
    { text: "出台《人防工程管理规定》等两项重大行政决策,进行合法性审核并予以公布。", yields: [f("major_decisions.count", 2)] },
    // a level before the decisions (区级重大行政决策) is where they were taken
    { text: "开展重大行政决策源头治理专项行动,公布6项区级重大行政决策,审查区级规范性文件13件。", yields: [f("major_decisions.count", 6), f("normative_docs.reviewed", 13)] },
    // a sub-district's own decisions named after the count
    { text: "经党工委会议专题研究,按法定程序规范确定2件街道重大行政决策事项。", yields: [f("major_decisions.count", 2)] },
    // the items of the decisions' list (事项目录7项), not lists counted
    { text: "全年公布重大行政决策事项目录7项,均按程序开展合法性审查。", yields: [f("major_decisions.count", 7)] },
    { text: "纳入目录的事项将严格按照公众参与、专家论证、风险评估、合法性审查和集体讨论决定五个重大行政决策法定程序推进。", yields: [], not: ["major_decisions.count=5"] },
    // opinions issued on decisions and other matters are opinions, not decisions
    { text: "组建专项法律服务团队,为县政府重大行政决策、重大项目等出具法制审核意见31份。", yields: [], not: ["major_decisions.count=31"] },
    // one count of decisions listed with another domain's things (重大决策、重大合同及…事项) is a figure of neither
    { text: "法律顾问全年为县政府250余项重大决策、重大合同及信访事项出具法律意见。", yields: [], not: ["major_decisions.count=250", "contracts.reviewed=250"] },
    { text: "公布重大行政决策事项目录,共5项。", yields: [f("major_decisions.count", 5)] },
    // the items the catalogue took in, counted in the clause after it
    { text: "印发2023年度重大行政决策事项目录,共纳入事项11项,均已向社会公开。", yields: [f("major_decisions.count", 11)] },
    { text: "全县共开展普法活动30场。今年纳入事项12项。", yields: [f("legal_education.activities", 30)], not: ["major_decisions.count=12"] },
    { text: "全年作出重大行政决策12项。", yields: [f("major_decisions.count", 12)] },
    { text: "8项重大行政决策事项全部履行法定程序。", yields: [f("major_decisions.count", 8)] },
    { text: "将3个事项列入年度重大行政决策目录。", yields: [f("major_decisions.count", 3)] },
    { text: "重大行政决策事项七件,均经合法性审查。", yields: [f("major_decisions.count", 7)] },
    { text: "重大决策合法性审查率达100%。", yields: [] },
    // the decisions a catalogue's clause before carries on to, named 决策事项 alone; not the principles a count names after it
    { text: "协助区政府拟定年度重大行政决策事项目录,共梳理决策事项4项,已全部办结。", yields: [f("major_decisions.count", 4)] },
    { text: "筛选重大行政决策事项,主要按照“严控数量,结合征集到的决策事项前期工作情况”三项基本原则进行。", yields: [], not: ["major_decisions.count=3"] },
    { text: "重大行政决策XX项。", yields: [] },
    { text: "覆盖47个部门的重大行政决策目录化管理。", yields: [] },
    { text: "重大行政决策事项较上年的9项有所减少。", yields: [] },
    { text: "重大行政决策公众参与率同比提高6个百分点。", yields: [] },
    { text: "组织专家论证重大行政决策事项4次。", yields: [] },
    { text: "重大行政决策风险评估覆盖率为100%。", yields: [] },
    { text: "出台重大行政决策十余项。", yields: [f("major_decisions.count", 10, { qualifier: "over" })] },
    { text: "2023年重大行政决策听证会在3月15日召开。", yields: [] },
    { text: "重大行政决策事项共计约20项,同比减少2项。", yields: [f("major_decisions.count", 20, { qualifier: "about" })] },
    { text: "以局党委会形式专题研究重大行政决策源头治理等7项交通法治重点工作。", yields: [] },
    { text: "本年度局领导班子均已完成年度述法;全年本局未作出重大行政决策事项。", yields: [f("major_decisions.count", 0)] },
    // what is planned (拟将…纳入目录) is no count of the year's
    { text: "今年,市政府拟将16个事项纳入重大行政决策目录。", yields: [], not: ["major_decisions.count=16"] },
    // no mistake in them (未发生重大决策失误) is no zero of the decisions
    { text: "坚持民主决策、依法决策,全年未发生重大决策失误及违法违纪行为。", yields: [], not: ["major_decisions.count=0"] },
    // the steps of their procedure counted (…集体讨论四项程序) are no decisions
    { text: "严格执行重大行政决策公众参与、专家论证、合法性审查、集体讨论五项程序。", yields: [], not: ["major_decisions.count=5"] },
    { text: "力争本年度无重大行政决策失误。", yields: [] },
    { text: "公布《中医专科护士培训和管理办法》等4项年度重大行政决策事项和听证事项。", yields: [f("major_decisions.count", 4)] },
    { text: "关于公布重大行政决策事项目录的通知。区政府确定6个项目为2023年度重大行政决策事项,实行目录化管理。", yields: [f("major_decisions.count", 6)] },
    { text: "今年,重大行政决策目录共包括17个事项。", yields: [f("major_decisions.count", 17)] },
    // items of information published about decisions, not decisions
    { text: "在门户网站发布重大行政决策意见征集、草案解读、决策解读、意见采纳情况等38件。", yields: [], not: ["major_decisions.count=38"] },
    { text: "今年,区政府决策目录共包括14个事项,一起来看吧!", yields: [f("major_decisions.count", 14)] },
    { text: "深化重大行政决策目录化管理,年度目录编制实现全覆盖,县政府公布目录事项7个,均按法定程序执行。", yields: [f("major_decisions.count", 7)] },
  ]);
});
