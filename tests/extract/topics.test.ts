/**
 * Topic beyond the sentence: a figure whose sentence names no topic takes it
 * from an earlier sentence of its section, else from the nearest heading that
 * names one, until a heading or a sentence turns to another topic. Rows are
 * whole texts read with their headings.
 */
import { describe, expect, it } from "vitest";
import { OUTSIDE_CATALOGUE } from "../../src/extract/rules/outside.js";
import type { Domain } from "../../src/extract/rules/types.js";
import { scanHits } from "../../src/extract/topics.js";
import { documentMetricsOf, f, table } from "./harness.js";

describe("topic from the heading above", () => {
  table(
    [
      // another article's teaser below the text (…上半年出庭应诉率达86%……政府法制办) gives that article's figures, not the text's
      { text: "上半年,全区行政机关负责人出庭应诉率100%。(区法制办)\n\n柳河市积极推进行政机关负责人出庭应诉工作\n柳河市认真落实出庭应诉制度,上半年出庭应诉率达86%……政府法制办\n", yields: [f("litigation.head_appearance_rate", 100)], not: ["litigation.head_appearance_rate=86"] },
      // a decision contested (不服行政复议决定的5件) hands no topic on: the suits' closing after it is theirs
      { text: "应诉方面,全年区政府作为被告的行政诉讼案件11件。从起诉原因看,不服行政复议决定的6件,不服征收补偿决定的5件。截至年底已审结8件,均以区政府胜诉结案。", yields: [f("litigation.received", 11), f("litigation.concluded", 8)], not: ["reconsideration.concluded=8"] },
      // the cases a count is said to pass (首次超过全县一审行政诉讼案件数) hand no topic on: the clauses after are on the count's own
      { text: "县行政复议中心全年新收行政复议案件142件,首次超过全县一审行政诉讼案件数(66件);审结130件,以调解、和解方式结案27件。", yields: [f("reconsideration.received", 142), f("reconsideration.concluded", 130), f("reconsideration.settled", 27)], not: ["litigation.concluded=130"] },
      // so with the count's subject first (新收案件数首次超过同期一审行政诉讼案件数)
      { text: "全市各级行政复议机关共新收行政复议申请1,874件,新收案件数首次超过同期一审行政诉讼案件数;办结1,702件,直接纠错率10.6%。", yields: [f("reconsideration.received", 1874), f("reconsideration.concluded", 1702), f("reconsideration.correction_rate", 10.6)], not: ["litigation.concluded=1702"] },
      // the share of lawsuits brought after a review (复议后起诉率) hands the lawsuits on, not the reviews
      {
        text: "全年新发生行政诉讼案件204件,其中经复议后起诉47件,复议后起诉率23%。已审结176件,败诉11件。",
        yields: [f("litigation.received", 204), f("reconsideration.sued_after", 47), f("reconsideration.sued_after_rate", 23), f("litigation.concluded", 176), f("litigation.lost", 11)],
      },
      // a topic word inside a kind's name (投诉举报处理类) hands nothing on: the sentences after stay on the cases
      {
        text: "县政府共收到行政复议申请120件。从申请事项看,治安处罚类46件、投诉举报处理类31件,两类合计占比超六成。经审查,依法受理108件。",
        yields: [f("reconsideration.received", 120), f("reconsideration.accepted", 108)],
      },
      // a data page's label and its colon, one per line under a line naming the topic, name each value (收案:540件)
      {
        text: "▍行政应诉\n新收:86件\n审结:79件\n败诉:3件\n▍普法宣传\n线上线下参与:12万人次",
        yields: [f("litigation.received", 86), f("litigation.concluded", 79), f("litigation.lost", 3), f("legal_education.participants", 120000)],
      },
      // and run on in one sentence after the topic, the same labels
      { text: "全年行政复议收案:540件,受理:512件,办结:498件。", yields: [f("reconsideration.received", 540), f("reconsideration.accepted", 512), f("reconsideration.concluded", 498)] },
      {
        text: "一、行政复议案件情况\n(一)基本情况\n全年受理案件412件,其中维持168件,驳回37件。",
        yields: [f("reconsideration.accepted", 412), f("reconsideration.upheld", 168), f("reconsideration.dismissed", 37)],
      },
      {
        text: "一、行政应诉工作\n1.收案情况。本年度新发生案件86件,已审结71件。",
        yields: [f("litigation.received", 86), f("litigation.concluded", 71)],
      },
      {
        text: "一、案件总体情况\n(一)行政复议方面\n收到申请230件。\n(二)行政应诉方面\n已审结64件。",
        yields: [f("reconsideration.received", 230), f("litigation.concluded", 64)],
        not: ["reconsideration.concluded=64"],
      },
      {
        // a heading that names two topics decides nothing
        text: "一、行政复议和行政应诉情况\n全年审结55件。",
        yields: [],
      },
      {
        // what stands between the cue and the number must be the topic's own object
        text: "三、规范性文件管理\n全年合计审查涉法事项1320件,出台规范性文件9件。",
        yields: [f("normative_docs.issued", 9)],
        not: ["normative_docs.reviewed=1320"],
      },
      {
        // what a report's part on its plans counts is a target
        text: "一、2023年工作情况\n全年开展普法活动30场次。\n二、2024年工作打算\n全年开展普法活动40场次。",
        yields: [f("legal_education.activities", 30)],
        not: ["legal_education.activities=40"],
      },
    ],
    documentMetricsOf,
  );
});

describe("topic from an earlier sentence", () => {
  table(
    [
      {
        // a sentence inherits from its paragraph or the one before, not from a news item's paragraphs further up
        text: "工作人员正在审查一份施工合同。\n街道党工委副书记表示,这项工作提升了依法行政能力。\n近年来,我县推进规范化建设,建立列席会议等机制。\n截至目前,今年我县已完成乡镇合法性审查68件。",
        yields: [],
        not: ["contracts.reviewed=68"],
      },
      {
        text: "全年审查政府合同协议。\n截至目前,已完成合法性审查152件。",
        yields: [f("contracts.reviewed", 152)],
      },
      {
        text: "三年来,青禾县人民政府共收到行政复议申请72件。经审理,决定维持原具体行政行为35件;申请人主动撤回申请8件。",
        yields: [f("reconsideration.received", 72), f("reconsideration.upheld", 35), f("reconsideration.settled", 8)],
      },
      {
        text: "柏岭区法院去年新收一审行政案件930件。审结901件,其中行政机关败诉77件。",
        yields: [f("litigation.received", 930), f("litigation.concluded", 901), f("litigation.lost", 77)],
      },
      {
        // a paragraph that opens on bare counts and names its topic later in its first sentence takes that topic, not the paragraph before's
        text: "全县新收一审行政诉讼案件36件,审结33件。\n全年县政府共受理76件,办结70件,其中纠错9件,复议纠错率12.86%。",
        yields: [
          f("litigation.received", 36),
          f("litigation.concluded", 33),
          f("reconsideration.accepted", 76),
          f("reconsideration.concluded", 70),
          f("reconsideration.corrected", 9),
          f("reconsideration.correction_rate", 12.86),
        ],
      },
      {
        // within a paragraph the sentence before still speaks for it
        text: "全县新收一审行政诉讼案件36件。审结33件,败诉2件,行政复议纠错率12.86%。",
        yields: [f("litigation.received", 36), f("litigation.concluded", 33), f("litigation.lost", 2), f("reconsideration.correction_rate", 12.86)],
      },
      {
        // across paragraphs of a text without headings
        text: "雁川市各级行政复议机构新收案件2,418件。\n今年受理的案件中,通过撤销、变更、确认违法等方式纠正违法或不当行政行为306件。",
        yields: [f("reconsideration.received", 2418), f("reconsideration.corrected", 306)],
      },
      {
        // a sentence that turns to another topic hands on that topic
        text: "全年新收行政复议申请88件。行政应诉方面,全年共参加应诉案件31起。原告撤诉6起。",
        yields: [f("reconsideration.received", 88), f("litigation.handled", 31), f("litigation.settled", 6)],
        not: ["reconsideration.settled=6"],
      },
      {
        // a comparison's topic is what it measures against, not the sentence's
        text: "澄江市新收行政复议案件1,502件,比同期法院新收一审行政案件多出近四成;受理1,344件。",
        yields: [f("reconsideration.received", 1502), f("reconsideration.accepted", 1344)],
        not: ["litigation.received=1344"],
      },
      {
        text: "岚山市新收行政复议案件2,260件,超过同期法院新收一审行政诉讼案件近50%;受理案件1,978件。",
        yields: [f("reconsideration.received", 2260), f("reconsideration.accepted", 1978)],
        not: ["litigation.received=1978"],
      },
      {
        // 执法行为 is the act corrected, not the enforcement topic
        text: "全年办理行政复议案件630件,纠正不当执法行为71件。通过撤销、确认违法等方式纠正违法行政行为96件。",
        yields: [f("reconsideration.handled", 630), f("reconsideration.corrected", 71), f("reconsideration.corrected", 96)],
      },
      {
        text: "全省新收行政复议案件8,213件,是同期法院一审行政案件数的1.8倍。以调解、和解方式办结2,054件。",
        yields: [f("reconsideration.received", 8213), f("reconsideration.settled", 2054)],
        not: ["litigation.settled=2054"],
      },
      {
        // under a heading on two topics, applications are the reviews' (收到申请…), and the sentence's other counts with them
        text: "二、行政复议和行政应诉\n全年全省共收到申请13684件,同比增长71.3%;受理11927件,审结10452件,其中通过调解、和解方式结案2391件。",
        yields: [f("reconsideration.received", 13684), f("reconsideration.accepted", 11927), f("reconsideration.concluded", 10452), f("reconsideration.settled", 2391)],
      },
      {
        // a cause some cases arose from (因投诉举报处理引发的7件) names no topic the next clause goes on with
        text: "全年共收到行政复议申请9件,其中因投诉举报处理引发的7件,依法受理6件。",
        yields: [f("reconsideration.received", 9), f("reconsideration.accepted", 6)],
      },
      {
        // nor one the next sentence goes on with (已审结的6件 counts the reviews)
        text: "(五)行政复议工作。全年共收到申请9件,其中因投诉举报处理引发的7件;依法受理6件,不予受理3件。已审结的6件,均维持原行政行为。",
        yields: [f("reconsideration.received", 9), f("reconsideration.accepted", 6), f("reconsideration.concluded", 6), f("reconsideration.upheld", 6)],
      },
      {
        // disputes a review body settled before acceptance (开展案前调解,化解纠纷318件) keep the reviews the topic
        text: "全区共收到行政复议申请3412件。经审查,依法受理2986件;在受理前开展案前调解,化解纠纷318件。全年审结2874件,其中作出维持决定1106件。",
        yields: [f("reconsideration.received", 3412), f("reconsideration.accepted", 2986), f("reconsideration.concluded", 2874), f("reconsideration.upheld", 1106)],
        not: ["disputes.mediated=318"],
      },
      {
        // the times said approximately (相当于…收案量的约2.3倍)
        text: "全省各级行政复议机关新收案件4.12万件,相当于同期全省法院一审行政案件收案量的约2.3倍。全年共办结3.86万件,以调解、和解方式结案的有9870件。",
        yields: [f("reconsideration.received", 41200), f("reconsideration.concluded", 38600), f("reconsideration.settled", 9870)],
        not: ["litigation.concluded=38600", "litigation.settled=9870"],
      },
      {
        // so is a share of another thing's count (占同期…行政诉讼案件数量的2倍)
        text: "全年新收行政复议申请数同比增长36%,占同期全市一审行政诉讼案件数量的2倍,行政复议的首选率大幅上升。调解结案14件。",
        yields: [f("reconsideration.settled", 14)],
        not: ["litigation.settled=14"],
      },
      {
        // where none handed on can count it, those handed on before them may (the event the people joined)
        text: "4月18日,镇司法所在村委会门口开展人民调解主题宣传活动。活动现场,工作人员为村民介绍了“诉前调解”的便利之处,引导村民通过非诉方式化解纠纷。本次活动共有60名村民参与,发放宣传折页300余份。",
        yields: [f("legal_education.participants", 60)],
      },
      {
        // when the documents went out, between the cue and its number, keeps them the topic's own
        text: "落实规范性文件“双审查”。全面清理2021年至2022年期间下发的615个文件,宣布废止9个涉企的相关文件。",
        yields: [f("normative_docs.cleaned", 615), f("normative_docs.repealed", 9)],
      },
      {
        // of the topics handed on, the one that can count the quantity
        text: "松塘镇举办人民调解宣传活动。吸引了近300名群众驻足参与。",
        yields: [f("legal_education.participants", 300, { qualifier: "nearly" })],
      },
      {
        // a topic outside the catalogue hands on nothing to count
        text: "全年受理群众来信来访620件。办结598件。",
        yields: [],
      },
      {
        text: "全年开展宪法宣传活动。现场400人参加活动,发放宣传资料2,200余份。",
        yields: [f("legal_education.participants", 400)],
      },
      {
        // a sentence summing up the event reaches back to it past paragraphs of its scenes that name no topic
        text: "5月8日,东岭县司法局在集市开展了“民法典进乡村”普法活动。\n现场摆放着展板,工作人员为群众讲解法律知识。\n在咨询台前,不少群众带着具体问题前来询问,工作人员耐心解答。\n此次活动共发放资料200余份,覆盖群众400余人。",
        yields: [f("legal_education.participants", 400, { qualifier: "over" })],
      },
      {
        // points of one lead (一是…二是…): a point naming no topic of its own is passed over to the lead's
        text: "今年以来,青禾县深入落实“八五”普法规划,抓实四个方面。\n一是聚焦领导干部,组织开展述职述廉工作。\n二是聚焦基层群众,结合“三下乡”活动,全县共开展集中宣传120余场次。",
        yields: [f("legal_education.activities", 120, { qualifier: "over" })],
      },
      {
        // paragraphs that are no points still reach only one back
        text: "今年以来,青禾县深入落实“八五”普法规划,抓实四个方面。\n县委主要领导组织开展述职述廉工作。\n结合“三下乡”活动,全县共开展集中宣传120余场次。",
        yields: [],
      },
      {
        // two paragraphs on, with no summing up, the event's topic is not handed on
        text: "5月8日,东岭县司法局在集市开展了“民法典进乡村”普法活动。\n现场摆放着展板,工作人员为群众讲解法律知识。\n在咨询台前,不少群众带着具体问题前来询问,工作人员耐心解答。\n当天现场群众达400余人。",
        yields: [],
      },
      {
        // under a heading that names no topic, the title's one topic (…全省行政复议工作情况的通报) on the text's first line
        text: "柳川省司法厅关于2024年全省行政复议工作情况的通报\n一、案件总体情况\n2024年,全省各级行政复议机关共收到行政复议申请2.14万件。\n二、案件审理结果\n全省审结案件中,维持9120件,驳回1874件。",
        yields: [f("reconsideration.received", 21400), f("reconsideration.upheld", 9120), f("reconsideration.dismissed", 1874)],
      },
      {
        // under labels that are no headings (【审理情况】), the title's one topic too: a year's report (…工作年报) names it
        text: "2024年青禾区行政复议工作年报\n【收案情况】\n新收行政复议申请1,204件\n【审理情况】\n审结1,136件\n纠错97件",
        yields: [f("reconsideration.received", 1204), f("reconsideration.concluded", 1136), f("reconsideration.corrected", 97)],
      },
      {
        // and where a page broke the title over two lines (…行政复议体制改革⏎工作情况的总结报告), the first line is the title's
        text: "柳川县司法局关于2022—2025年行政复议体制改革\n工作情况的总结报告\n一、改革以来的主要成效\n(二)纠错力度持续加大。四年来,通过撤销、变更等方式纠错31件,纠错率12.7%。",
        yields: [f("reconsideration.corrected", 31), f("reconsideration.correction_rate", 12.7)],
      },
      {
        // a review's headline after its body's name and colon (…司法局:…2025年行政复议工作综述) is the title, its one topic the headings'
        text: "东岭区司法局:复议为民显担当 2025年行政复议工作综述\n\n一、畅通渠道\n全年共收到申请188件。\n二、强化监督\n全年作出撤销、变更、确认违法和责令履行决定共19件,直接纠错率11.2%。",
        yields: [f("reconsideration.received", 188), f("reconsideration.corrected", 19), f("reconsideration.correction_rate", 11.2)],
      },
      {
        // an interviewer's question naming no topic passes the answer after it to the answer before it; that answer's last
        // sentence passing the suits (受理数也第一次超过了…一审行政诉讼案件数) hands no topic on
        text: "[主持人]:去年全市的行政复议案件量有什么变化?\n\n[周局长]:2024年,全市各级行政复议机关共收到行政复议申请2108件。受理数也第一次超过了同期全市法院新收的一审行政诉讼案件数。\n\n[主持人]:案件多了,办得怎么样?\n\n[覃科长]:好的。全年共审结1876件,纠错率10.4%。",
        yields: [f("reconsideration.received", 2108), f("reconsideration.concluded", 1876), f("reconsideration.correction_rate", 10.4)],
      },
      {
        // the problems of enforcement a review wrote to (就执法共性问题制发意见书) hand no topic of enforcement's on to the next paragraph
        text: "2025年全省行政复议工作综述\n监督纠错更有力度。就执法共性问题制发行政复议意见书64份。\n调解化解更见实效。全省以调解、和解方式结案2418件。",
        yields: [f("reconsideration.settled", 2418)],
      },
      {
        // so is any headline after an agency's name and colon (…司法局:行政复议工作稳中有进 …), whatever it ends on
        text: "鹤川市司法局:行政复议工作稳中有进 为法治政府建设添力\n发布时间:2026-01-09\n三、有错必纠,监督效能更加彰显\n全年纠正违法或不当行政行为41件,纠错率15.2%。",
        yields: [f("reconsideration.corrected", 41), f("reconsideration.correction_rate", 15.2)],
      },
      {
        // a news headline that sums the year up as its data (…行政复议“成绩单”出炉) under an account's lines, over labels naming no topic
        text: "柳川司法 2024-01-18 发表于四川\n\n点击蓝字 关注我们\n\n数说2023丨全县行政复议“成绩单”出炉\n\n▌收案:申请量持续攀升\n全年共收到申请312件。\n\n▌审理:办结质效同步提升\n全年审结268件。在审结案件中,维持152件,驳回27件。",
        yields: [f("reconsideration.received", 312), f("reconsideration.concluded", 268), f("reconsideration.upheld", 152), f("reconsideration.dismissed", 27)],
      },
      {
        // not a title naming two (…行政复议和行政应诉工作情况), nor a first line that is no title
        text: "柳川省司法厅关于2024年全省行政复议和行政应诉工作情况的通报\n一、案件总体情况\n2024年,全省各级行政复议机关共收到行政复议申请2.14万件。\n二、主要特点\n全省审结案件中,维持9120件,驳回1874件。",
        yields: [f("reconsideration.received", 21400)],
      },
      {
        // under a heading naming two topics, a sentence naming none is on the one its counts' cues name alone (维持, 纠错率 are the reviews');
        // one naming a topic of its own (…出庭应诉率保持100%) is on that, and a count its cues share stays unread
        text: "(三)行政复议应诉工作\n全年新收案件58件,审结51件,其中维持30件,纠错率15.7%。\n府院联动化解行政争议12件,行政机关负责人出庭应诉率保持100%。",
        yields: [f("reconsideration.received", 58), f("reconsideration.concluded", 51), f("reconsideration.upheld", 30), f("reconsideration.correction_rate", 15.7), f("litigation.head_appearance_rate", 100)],
        not: ["litigation.settled=12"],
      },
      {
        // a heading on a stage of the cases (三、审理情况) under such a title goes on with the cases before it, past a table of their kinds
        text: "柳川市2024年度行政复议应诉工作情况分析\n一、收案情况\n全年共收到行政复议申请96件,受理88件。\n二、申请事项\n事项 | 行政处罚 | 工伤认定 | 合计\n件数 | 51 | 37 | 88\n三、审理情况\n全年审结84件,其中维持47件。\n四、应诉情况\n新收一审行政诉讼案件31件。\n五、审结情况\n审结29件,败诉2件。",
        yields: [f("reconsideration.received", 96), f("reconsideration.accepted", 88), f("reconsideration.concluded", 84), f("reconsideration.upheld", 47), f("litigation.received", 31), f("litigation.concluded", 29), f("litigation.lost", 2)],
      },
    ],
    documentMetricsOf,
  );
});

describe("cues that read past the number", () => {
  table([
    // an aside before the count saying what it leaves out names no topic of it: the lawsuits before it do
    { text: "2024年,以县政府及其部门为被告的一审行政诉讼案件(不含复议机关作共同被告案件)新收71件,法院审结52件。", yields: [f("litigation.received", 71), f("litigation.concluded", 52)], not: ["reconsideration.received=71"] },
    // a news item's · bullets under a lead that names no topic take the paragraph's before the lead; one field's cases among
    // them are a part
    { text: "今年前三季度,全省共新收行政复议案件4.87万件,办结3.96万件。\n\n监督纠错与实质化解并重。前三季度——\n\n·通过撤销、变更、确认违法、责令履行等方式纠正违法或不当行政行为4326件,纠错率10.9%;\n\n·自然资源领域审理案件2130件;\n\n·以调解、和解方式结案1.03万件,调撤率为26.0%。", yields: [f("reconsideration.received", 48700), f("reconsideration.concluded", 39600), f("reconsideration.corrected", 4326), f("reconsideration.correction_rate", 10.9), f("reconsideration.settled", 10300), f("reconsideration.settlement_rate", 26)], not: ["reconsideration.handled=2130"] },
    // a report's title below the site's breadcrumb names the topic of headings that name none
    { text: "某县人民政府门户网站 > 信息公开 > 法治政府建设\n\n某县2024年度行政复议工作情况分析\n一、案件办理情况\n全年共收到申请187件。\n二、案件审理结果\n已办结的169件中,决定维持71件,驳回申请18件。", yields: [f("reconsideration.received", 187), f("reconsideration.concluded", 169), f("reconsideration.upheld", 71), f("reconsideration.dismissed", 18)] },
    // the part of a body's lawsuits taken to court after a review hands the next sentence the lawsuits, not the review; the part
    // itself is those sued after
    { text: "2023年我局共发生行政诉讼案件9件,其中复议后起诉的4件。已审结8件,原告撤诉1件。", yields: [f("litigation.received", 9), f("reconsideration.sued_after", 4), f("litigation.concluded", 8), f("litigation.settled", 1)], not: ["reconsideration.concluded=8"] },
    // of two topics handed on, the one the count's own cue names (纠错 under 执法 and 复议); a cue other domains share (审核) names none
    { text: "本局执法决定引发行政复议35件,其中,因行政处罚的4件、因行政强制的2件。被纠错的共5件,其中,查封扣押1件,投诉举报答复4件。", yields: [f("reconsideration.received", 35), f("reconsideration.corrected", 5)] },
    { text: "推行规范性文件合法性审核机制,全程参与重大决策、合同协议等审核。2025年,法律顾问完成法制审核52份(含合同41份、执法案卷6件、其他文书5份)。", yields: [f("contracts.reviewed", 41)], not: ["contracts.reviewed=52"] },
    { text: "全年行政复议后又提起行政诉讼的共58件。", yields: [f("reconsideration.sued_after", 58)], not: ["litigation.received=58"] },
    { text: "三年来全省法院审结的行政案件中,共有1,240件判决或裁定行政机关败诉,平均败诉率为14.2%。", yields: [f("litigation.lost", 1240), f("litigation.loss_rate", 14.2)] },
    { text: "在全省法院审结的行政案件中,共有860件原告的诉讼请求被驳回。", yields: [] },
    { text: "区政府审结的行政复议案件512件中直接纠错96件。", yields: [f("reconsideration.concluded", 512), f("reconsideration.corrected", 96)], not: ["reconsideration.handled=512"] },
    { text: "省国家税务局收到行政复议申请4件,受理3件,根据规定不计入本省统计数据。", yields: [] },
    { text: "全年审查监督合同文书58份。", yields: [f("contracts.reviewed", 58)] },
    { text: "为规范重大行政决策程序,县政府筛选出5项决策事项,纳入年度重大行政决策事项目录。", yields: [f("major_decisions.count", 5)] },
    { text: "市中院共审结金融借款合同纠纷案件315件,涉案标的额达48亿元。", yields: [] },
    { text: "乡镇调解组织共受理劳动争议1,230件,调解率95.1%。", yields: [f("disputes.success_rate", 95.1)] },
    { text: "全县共组织开展了村级法律明白人培训20场。", yields: [] },
    { text: "全国法院审理行政许可一审案件4万余件。", yields: [] },
    { text: "建院两年来,市四中院共受理2,290件“民告官”案件。", yields: [f("litigation.received", 2290)] },
  ]);
});

describe("what a sentence hands on", () => {
  table(
    [
      {
        // an aside saying what a count holds (含…复议维持共同被告案件) hands no topic on: the lawsuits before it do
        text: "2024年,全市一审行政应诉案件新收1846件,其中市政府作为被告的案件213件(含复议维持共同被告案件41件)。全市共审结1702件,败诉97件。",
        yields: [f("litigation.received", 1846), f("litigation.concluded", 1702), f("litigation.lost", 97)],
        not: ["reconsideration.concluded=1702"],
      },
      {
        // a clause naming only what lies outside the catalogue does not take the topic away
        text: "全区新收行政复议案件3,107件。以调解、和解方式结案692件,复议决定作出后,有91.2%的案件未再进入诉讼或信访程序。通过撤销、变更、确认违法等方式纠正违法或不当行政行为228件。",
        yields: [f("reconsideration.received", 3107), f("reconsideration.settled", 692), f("reconsideration.corrected", 228)],
      },
      {
        // a stage's count with its share of the total is a figure of its own id
        text: "全年共收到行政复议申请740件,其中,依法受理583件,占收案总数的78.8%。",
        yields: [f("reconsideration.received", 740), f("reconsideration.accepted", 583)],
      },
    ],
    documentMetricsOf,
  );
});

describe("cues from real pages, third reading", () => {
  table([
    { text: "行政复议案件中,以纠错、调解、和解等方式实质性化解行政争议288件。", yields: [] },
    { text: "被申请人自行纠错后申请人撤回行政复议申请的19件。", yields: [f("reconsideration.settled", 19)], not: ["reconsideration.corrected=19"] },
    { text: "市县两级政府作为复议机关共办理行政复议申请案件2,318件。", yields: [f("reconsideration.handled", 2318)], not: ["reconsideration.received=2318"] },
    { text: "推动行政诉讼争议源头化解,达成和解协议或撤回起诉27件。", yields: [f("litigation.settled", 27)] },
    { text: "全省三级法院在行政诉讼中委派委托和解案件1,632起,达成和解497件。", yields: [f("litigation.settled", 497)], not: ["litigation.settled=1632"] },
    { text: "负责人出庭应诉已成常态,其中四个区达到百分之百。", yields: [] },
    { text: "两个调委会共收案298件,调解成功192件,解决标的额808万元。", yields: [f("disputes.mediated", 192), f("disputes.amount", 8080000)] },
    { text: "出台政府规章8部、规范性文件42件,建立动态清理机制,废止失效文件117件。", yields: [f("normative_docs.issued", 42), f("normative_docs.repealed", 117)] },
    { text: "行政案件中提起行政赔偿的收案155件。", yields: [] },
    // a photo's caption on its own line is no paragraph between the topic and its count
    { text: "全市开展宪法宣传周普法宣传活动,普及宣传宪法知识。\n图为启动仪式现场 摄影:李明\n启动仪式共有800名干部群众参加。", yields: [f("legal_education.participants", 800)] },
    // an honour won names no subject: the clause after it is still on the sentence's topic
    { text: "行政复议工作成效明显。近三年受理案件318件,均按期办结,获全省案卷评查优秀;近三年审结案件402件。", yields: [f("reconsideration.accepted", 318), f("reconsideration.concluded", 402)] },
  ]);
});

describe("cues from real pages, fourth reading", () => {
  table([
    { text: "今年1至9月,街道纠纷调处中心共接收各类纠纷214件,调处率达97.2%。", yields: [f("disputes.success_rate", 97.2)] },
    { text: "2020年机构改革以来,区城管局作为被告参加行政诉讼17件。", yields: [f("litigation.handled", 17)] },
    { text: "金宁乡调解委员会全年受理各类纠纷63件,其中47件调解成立。", yields: [f("disputes.mediated", 47)] },
    { text: "抽取7个执法单位的20余份案卷开展集中评查。", yields: [f("enforcement.case_files_reviewed", 20, { qualifier: "over" })] },
    { text: "全市法院共收诉讼案件404件。", yields: [f("litigation.received", 404)] },
    { text: "已结的行政诉讼案件中,撤销、确认违法或无效、责令履行职责154件。", yields: [f("litigation.lost", 154)] },
    // an appeal court undoing a ruling is no agency's loss
    { text: "二审法院撤销或变更原裁定的行政案件157件。", yields: [f("litigation.handled", 157)], not: ["litigation.lost=157"] },
    { text: "行政诉讼案件中,原告胜诉45件,撤诉143件。", yields: [f("litigation.lost", 45), f("litigation.settled", 143)] },
    { text: "行政复议办理中,对17件案件组织召开听证会。", yields: [f("reconsideration.hearings", 17)] },
    { text: "提供合同审查意见15件次。", yields: [f("contracts.reviewed", 15)] },
    { text: "2024年,未制定出台规范性文件。", yields: [f("normative_docs.issued", 0)] },
    { text: "向复议机构移交行政复议申请200余件,协助化解纠纷58件。", yields: [] },
    { text: "在办结的行政复议案件中,以调解、和解及其他方式化解行政争议683件。", yields: [f("reconsideration.settled", 683)] },
    { text: "在这些行政诉讼案件中,行政机关负责人出庭57件。", yields: [f("litigation.head_appearances", 57)] },
    { text: "被告代表和其他两位应诉人提交8项证据。", yields: [] },
    { text: "以各街道办事处、区政府工作部门作为被申请人的行政复议案件42件。", yields: [f("reconsideration.handled", 42)] },
  ]);
});

describe("a topic scanned in parts", () => {
  const texts = [
    "全市法院受理民事诉讼案件1.2万件,一审受理家事案件830件。",
    "公安机关全年受理治安案件2100起,审结刑事案件96件、小额诉讼案件40件。",
    "法院新收各类诉讼案件5000件,其中合同纠纷案件800件。",
  ];
  const split = OUTSIDE_CATALOGUE.filter((domain) => domain.topicParts !== undefined);
  it("has a domain scanned in parts", () => expect(split.length).toBeGreaterThan(0));
  for (const domain of split) {
    it.each(texts)(`${domain.name} finds what its one pattern finds: %s`, (text) => {
      const whole: Domain = { ...domain, topicParts: undefined };
      const spans = (domains: Domain[]): string[] => scanHits(text, domains).map((hit) => text.slice(hit.start, hit.end));
      expect(spans([domain])).toEqual(spans([whole]));
    });
  }
});
