import { describe } from "vitest";
import { down, f, table, up } from "./harness.js";

describe("litigation", () => {
  table([
    { text: "全年新收行政诉讼案件86件,审结79件。", yields: [f("litigation.received", 86), f("litigation.concluded", 79)] },
    { text: "2024年,全县行政应诉案件共计一百零五件,同比增长17.1%。", yields: [f("litigation.handled", 105, { change: up(17.1) })] },
    { text: "区政府作为被告的行政诉讼案件42起,较上年减少6起。", yields: [f("litigation.handled", 42, { change: down(6, "count") })] },
    { text: "行政诉讼败诉案件3件,败诉率为4.2%,较去年下降1.5个百分点。", yields: [f("litigation.lost", 3), f("litigation.loss_rate", 4.2, { change: down(1.5, "percentage_point") })] },
    { text: "全市法院受理一审行政案件1,268件,判决行政机关败诉128件。", yields: [f("litigation.received", 1268), f("litigation.lost", 128)] },
    { text: "行政机关负责人出庭应诉率达到百分之百。", yields: [f("litigation.head_appearance_rate", 100)] },
    { text: "行政机关负责人出庭应诉57人次,出庭应诉率98.3 %。", yields: [f("litigation.head_appearances", 57), f("litigation.head_appearance_rate", 98.3)] },
    {
      text: "全市行政诉讼一审收案数、败诉数分别为120件、8件。",
      yields: [f("litigation.received", 120), f("litigation.lost", 8)],
      not: ["litigation.lost=120"],
    },
    { text: "行政复议和行政诉讼案件分别为30件、20件。", yields: [] },
    { text: "全区行政诉讼案件总数为40件。", yields: [f("litigation.handled", 40)] },
    { text: "行政诉讼收案量同比下降12%,为85件。", yields: [f("litigation.received", 85, { change: { direction: "down", amount: 12, unit: "percent" } })] },
    { text: "同比增长5%,行政诉讼收案85件。", yields: [f("litigation.received", 85, { change: null })] },
    { text: "行政诉讼案件中,行政机关负责人出庭应诉246件次,出庭应诉率达100%。", yields: [f("litigation.head_appearances", 246), f("litigation.head_appearance_rate", 100)] },
    { text: "办结行政诉讼案件60余件,其中调解撤诉21件,调撤率35%。", yields: [f("litigation.concluded", 60, { qualifier: "over" }), f("litigation.settled", 21), f("litigation.settlement_rate", 35)] },
    { text: "行政诉讼案件约200件,发案量较2022年的231件有所下降。", yields: [f("litigation.handled", 200, { qualifier: "about" })], not: ["litigation.received=231"] },
    { text: "全年发生行政诉讼案件不足30件。", yields: [f("litigation.received", 30, { qualifier: "under" })] },
    { text: "审结行政诉讼案件215件,其中行政处罚类87件、行政强制类30件。", yields: [f("litigation.concluded", 215)], not: ["litigation.concluded=87", "litigation.concluded=30"] },
    { text: "全年行政诉讼案件XX件,败诉XX件。", yields: [] },
    { text: "行政诉讼收案数占全部案件的12%。", yields: [] },
    { text: "行政应诉工作联系电话:0371-12345678。", yields: [] },
    { text: "我局全年被诉案件二十六件,上年同期为三十一件。", yields: [f("litigation.received", 26)], not: ["litigation.received=31"] },
    { text: "行政诉讼案件数量同比下降8.5%,败诉率同比下降2个百分点。", yields: [] },
    { text: "纠正行政行为,依法作出行政复议决定12件;行政诉讼一审审结45件。", yields: [f("reconsideration.concluded", 12), f("litigation.concluded", 45)] },
    { text: "组织旁听庭审3次,参加人员120人。", yields: [] },
    { text: "我市行政机关负责人出庭应诉率从2022年的85%提升到2023年的100%。", yields: [f("litigation.head_appearance_rate", 100)], not: ["litigation.head_appearance_rate=85"] },
    { text: "行政诉讼案件败诉率连续三年下降,2023年为6.2%。", yields: [f("litigation.loss_rate", 6.2)] },
    { text: "全年办理行政应诉案件68件,其中以区政府为被告的36件。", yields: [f("litigation.handled", 68)], not: ["litigation.handled=36"] },
    { text: "新收行政诉讼一审案件178件,同比下降12.3%;审结165件,结案率92.7%。", yields: [f("litigation.received", 178, { change: down(12.3) }), f("litigation.concluded", 165)] },
    { text: "2023年,全市行政机关共发生行政诉讼案件532件,较上年增加45件,增长9.2%。", yields: [f("litigation.received", 532, { change: up(45, "count") })] },
  ]);
});
