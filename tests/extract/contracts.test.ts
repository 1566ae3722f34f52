import { describe } from "vitest";
import { f, table } from "./harness.js";

describe("contracts", () => {
  table([
    // documents, contracts and decisions reviewed together are one count of all; its contracts, picked out after, are contracts reviewed
    { text: "市政府合法性审查中心全年审查市政府文件、合同协议、重大决策事项等共508件,其中合同协议173件。", yields: [f("contracts.reviewed", 173)], not: ["major_decisions.count=508"] },
    // the risks a review of contracts found are findings, not the contracts reviewed
    { text: "全年审核合同412份。通过合同审核发现并纠正法律风险点96个。", yields: [f("contracts.reviewed", 412)], not: ["contracts.reviewed=96"] },
    // the people's own contracts a service reviewed for them (帮助果农审查…合同, 为村集体审查…合同) are none of the government's
    { text: "在果品交易市场开展“法律服务进果园”活动36场,帮助果农审查农资购销合同184份。", yields: [f("legal_education.activities", 36)], not: ["contracts.reviewed=184"] },
    { text: "全年为村集体审查经济合同231份,出具法律意见书7份。", yields: [], not: ["contracts.reviewed=231"] },
    // a count closed within the time the rules set (均在规定时限内办结) counts no rules
    { text: "县政府规范性文件合法性审核26件、县政府及部门合同协议审查58件均在规定时限内办结。", yields: [f("normative_docs.reviewed", 26), f("contracts.reviewed", 58)] },
    // contracts listed with other things (文件, 议题) are one count of all; the part after 其中 that names them alone is theirs
    { text: "市司法局审核市政府及部门文件、合同、协议共计412件。", yields: [], not: ["contracts.reviewed=412"] },
    { text: "审核县政府常务会议议题、合同协议等涉法事项187件,其中合同协议76份。", yields: [f("contracts.reviewed", 76)], not: ["contracts.reviewed=187"] },
    // documents and the contracts a clause describes, counted together (规范性文件和以市政府名义签订的合同协议…), are one count of
    // both; the parts after 其中 are each one's
    { text: "2023年,全市共审核市政府规范性文件和以市政府名义签订的合同协议185件,其中规范性文件23件、合同协议162件。", yields: [f("normative_docs.reviewed", 23), f("contracts.reviewed", 162)], not: ["contracts.reviewed=185"] },
    // a mixed review's parentheses that list the catalogue's things (含合同37份、…) count those things, as 其中 would; not a part of a figure of their own
    // firms' own contracts a service reviewed for them are no contracts of the government's
    { text: "组织律师团为全县58家民营企业开展法治体检,帮助企业审查合同186份。", yields: [], not: ["contracts.reviewed=186"] },
    { text: "为辖区240家中小企业开展法治体检,审查企业合同930余份。", yields: [], not: ["contracts.reviewed=930"] },
    { text: "全年审查政府合同协议74份。", yields: [f("contracts.reviewed", 74)] },
    // contracts filed with another body in a later clause are no more of the review before it
    { text: "全年审查村(社区)合同协议230份,出具法律意见书41份,向县司法局报备重大合同7份。", yields: [f("contracts.reviewed", 230)], not: ["contracts.reviewed=7"] },
    // documents and contracts reviewed together are no count of contracts; the parts after it are
    { text: "全年审核各类文件和合同共64件,其中合同协议39份。", yields: [f("contracts.reviewed", 39)], not: ["contracts.reviewed=64"] },
    { text: "对局机关拟出台的文件、拟签订的合同开展合法性审核48件。", yields: [], not: ["contracts.reviewed=48"] },
    { text: "全年审查县政府各类文件、协议276件,其中招商引资合同和土地出让协议33件。", yields: [f("contracts.reviewed", 33)], not: ["contracts.reviewed=276"] },
    // a sentence opening on 其中 lists the parts of the count the sentence before ended on: its items take that count's verb
    {
      text: "全年共审查各类事项318件。其中会议纪要和一般性文件120件,行政规范性文件17件,政府合同协议75件。",
      yields: [f("normative_docs.reviewed", 17), f("contracts.reviewed", 75)],
    },
    // not where the sentence before stated a figure of its own: its items are that figure's parts
    { text: "全年审查政府合同协议96件。其中政府投资项目合同40件,国有资产处置协议21件。", yields: [f("contracts.reviewed", 96)], not: ["contracts.reviewed=40"] },
    // the object 对 opens, then the verb of review right before the count; a clause naming other documents as its object counts no contracts
    { text: "对政府合同协议审核5120件;对党委、政府重要政策措施文件审核1.43万件,提出审核意见4.1万余条。", yields: [f("contracts.reviewed", 5120)], not: ["contracts.reviewed=14300"] },
    { text: "全年对行政规范性文件审核612件,对重大行政决策事项审查47件。", yields: [f("normative_docs.reviewed", 612), f("major_decisions.count", 47)] },
    { text: "全年完成法制审核130件(含规范性文件9件、合同64件、其他文件57件)。", yields: [f("normative_docs.reviewed", 9), f("contracts.reviewed", 64)] },
    { text: "全年审核各类合同86件(含政府投资项目合同12件)。", yields: [f("contracts.reviewed", 86)], not: ["contracts.reviewed=12"] },
    // the indicators a review checks are no contracts reviewed
    // contracts a review found at fault are some of those reviewed, not their count
    { text: "全年审查出违法合同10多件,为企业避免经济损失70多万元。", yields: [], not: ["contracts.reviewed=10"] },
    { text: "围绕6类合同28项指标进行合法性审查备案。", yields: [], not: ["contracts.reviewed=28"] },
    // a review counted in times after a clause naming decisions counts no contracts, whatever topic came before
    { text: "进一步完善各项协议签订的法治保障。今年组织行政决策合法性审查11次,审查监督合同文书38份。", yields: [f("contracts.reviewed", 38)], not: ["contracts.reviewed=11"] },
    // meeting minutes reviewed after contracts, in a list of reviews: no contracts
    { text: "审核各类政府合同38份,审查县政府常务会议纪要及专题会议纪要95份,审查一般文件120份。", yields: [f("contracts.reviewed", 38)], not: ["contracts.reviewed=95"] },
    // enforcement decisions reviewed, named right before the review, are no contracts, though a clause on contracts came before
    { text: "全年办理局机关合同、协议法制审核86件,办理行政处罚决定法制审核3件。", yields: [f("contracts.reviewed", 86)], not: ["contracts.reviewed=3"] },
    { text: "组织“法治体检进工地”活动,帮助务工人员审查劳动合同40余份。", yields: [], not: ["contracts.reviewed=40"] },
    // 合约, a contract by its other name
    { text: "2023年以来,高效审查县政府交办的各类合约150余份,有效防范了法律风险。", yields: [f("contracts.reviewed", 150, { qualifier: "over" })] },
    { text: "审核政府合同136件。", yields: [f("contracts.reviewed", 136)] },
    { text: "严把政府投资项目审查关,全年共审查招标(比选)合同95件。", yields: [f("contracts.reviewed", 95)] },
    { text: "对1,024份行政协议进行合法性审查。", yields: [f("contracts.reviewed", 1024)] },
    { text: "全年审查各类合同协议三百二十份。", yields: [f("contracts.reviewed", 320)] },
    { text: "法律顾问审核合同90余份,提出法律意见200余条。", yields: [f("contracts.reviewed", 90, { qualifier: "over" })] },
    { text: "审核重大合同约40件。", yields: [f("contracts.reviewed", 40, { qualifier: "about" })] },
    { text: "合同合法性审查68件,同比增长13%。", yields: [f("contracts.reviewed", 68)] },
    {
      text: "全年共审查区政府规范性文件12件、重大行政决策7项、行政协议(合同)89件。",
      yields: [f("normative_docs.reviewed", 12), f("major_decisions.count", 7), f("contracts.reviewed", 89)],
    },
    { text: "共收到复议申请30件、不予受理2件、合同12份。", yields: [f("reconsideration.received", 30)], not: ["contracts.reviewed=12"] },
    { text: "政府合同审核率达100%。", yields: [] },
    { text: "审核合同XX份。", yields: [] },
    { text: "签订合同金额达2.3亿元。", yields: [] },
    { text: "合同审查较上年的51件有所增加。", yields: [] },
    { text: "审核合同时发现问题条款37处。", yields: [] },
    { text: "政府投资项目合同中,工程类合同占比45%。", yields: [] },
    { text: "全年签订合同12份。", yields: [] },
    { text: "审查政府合同、协议共计87件,涉及金额5.6亿元。", yields: [f("contracts.reviewed", 87)] },
    { text: "对2023年签订的合同进行合法性审查。", yields: [] },
    // an item of a comma list takes the verb the list opened with
    { text: "全年审核县政府常务会议题95个,会议纪要48件,县、乡两级合同1300余份。", yields: [f("contracts.reviewed", 1300, { qualifier: "over" })] },
    // the list's first item may open on its year before the verb
    // one review count of a list of several domains' things, other things between them: no figure of any
    { text: "截至目前,共完成县政府重大决策、行政规范性文件、其他文件及合同协议等合法性审查64件。", yields: [], not: ["contracts.reviewed=64", "normative_docs.reviewed=64"] },
    { text: "共审核规范性文件12件、合同30件。", yields: [f("normative_docs.reviewed", 12), f("contracts.reviewed", 30)] },
    // places a campaign goes to, listed after the topic it carries, join nothing to it
    { text: "两级行政复议机构集中开展行政复议进园区、进商会、进企业宣传活动12场次。", yields: [f("legal_education.activities", 12)] },
    { text: "2023年共审核行政规范性文件6份,县政府重大招商协议、合同11份。", yields: [f("normative_docs.reviewed", 6), f("contracts.reviewed", 11)] },
    { text: "全年审核规范性文件14件,合同62份。", yields: [f("normative_docs.reviewed", 14), f("contracts.reviewed", 62)] },
    // not past an item with a verb of its own, nor to an item that names more than its noun
    { text: "审查区政府文件20件,出台制度5项,行政协议9份。", yields: [], not: ["contracts.reviewed=9"] },
    { text: "审核规范性文件14件,已履行完毕的合同62份。", yields: [f("normative_docs.reviewed", 14)], not: ["contracts.reviewed=62"] },
    // a clause whose verb acts on other things (对…议题开展合法性审查) keeps no contract topic from the clause before
    { text: "全年审核县政府合同协议212份;对县政府常务会议议题开展合法性审查86件。", yields: [f("contracts.reviewed", 212)], not: ["contracts.reviewed=86"] },
  ]);
});
