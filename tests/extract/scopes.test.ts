/**
 * Breakdowns are not totals, and a narrower scope is not reported as the
 * whole: categories, fields, respondents, court levels, places in a 其中 list,
 * rankings, thresholds, averages, examples and other periods. A part stands
 * only where the text gives no broader figure of its kind.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/pipeline.js";
import { documentMetricsOf, f, metricsForYear, table } from "./harness.js";

describe("breakdowns give no figure", () => {
  table([
    // a sentence opening on one kind of enforcement act and its count (行政强制1210宗,…) counts that kind's reviews and suits in its later clauses; the summing line is the whole's
    { text: "行政强制1210宗,被申请行政复议3宗,复议决定撤销、变更或者确认违法1宗;直接被提起行政诉讼12宗,判决撤销或者确认违法4宗。汇总上述各类行为,全年全区行政执法行为共被申请行政复议19宗,直接被提起行政诉讼26宗。", yields: [f("reconsideration.received", 19), f("litigation.received", 26)], not: ["reconsideration.received=3", "litigation.received=12", "litigation.lost=4", "reconsideration.corrected=1"] },
    // a sentence opening on a kind of cases by party (涉企案件方面) counts that kind in its later clauses, beside the whole
    { text: "全年全省共办理行政复议案件5.1万件,纠错6100件。涉企案件方面,全省共办理6200余件,其中纠错740件。", yields: [f("reconsideration.handled", 51000), f("reconsideration.corrected", 6100)], not: ["reconsideration.handled=6200", "reconsideration.corrected=740"] },
    // the departments with the towns are every agency below the government: their rate stands beside the government's own
    { text: "区政府负责人出庭应诉率100%,区级部门和镇街负责人出庭应诉率99.3%。", yields: [f("litigation.head_appearance_rate", 100), f("litigation.head_appearance_rate", 99.3)] },
    // a court named as its clause's subject after the year that opens it is that court, as it is without the year
    { text: "2016年,海南二中院行政庭共受理行政案件541宗,结案537宗。2016年海南二中院审结的446宗一审案件中,上诉的案件共计174宗。", yields: [f("litigation.received", 541), f("litigation.concluded", 537), f("litigation.concluded", 446)] },
    // a bare count after an aside of instances (15宗(一审11宗、二审4宗),已审结12宗) follows the count the aside is on, not its last item
    { text: "全年我局作为被告的行政诉讼案件21宗(一审16宗、二审5宗),已审结18宗,无败诉案件。", yields: [f("litigation.received", 21), f("litigation.concluded", 18), f("litigation.lost", 0)] },
    // a court's figure the text restates bare in a later sentence is the whole's: that court is the one the text reports on
    {
      text: "2023年,市中院共受理行政案件380件,结案371件。审结的371件案件中,有96件调撤结案。",
      yields: [f("litigation.received", 380), f("litigation.concluded", 371), f("litigation.concluded", 371), f("litigation.settled", 96)],
    },
    // not where the later sentence's value is another: the court's stays narrower than the whole
    { text: "全市法院共受理行政案件1476件,审结1376件。市中院共受理行政案件380件,审结371件。", yields: [f("litigation.received", 1476), f("litigation.concluded", 1376)], not: ["litigation.received=380"] },
    // the justice administration is the reconsideration organ, no one department among many: its count is the whole's beside the city's later figures
    { text: "2025年上半年,柳川市司法行政部门新收行政复议申请462件,同比上涨98.3%。上半年全市行政复议机构审结案件377件,纠错率12.2%。", yields: [f("reconsideration.received", 462), f("reconsideration.concluded", 377), f("reconsideration.correction_rate", 12.2)] },
    // a named place's rate after the whole's in one sentence is that place's: the whole's stands
    { text: "全市开庭审理行政案件总数240件,行政机关负责人出庭应诉案件数81件,出庭应诉率为33.8%,柳岸区行政机关负责人出庭应诉率为72%,居各区县之首。", yields: [f("litigation.head_appearances", 81), f("litigation.head_appearance_rate", 33.8)], not: ["litigation.head_appearance_rate=72", "litigation.handled=240"] },
    // a 其中 sentence under a count the sentence before stated for a narrower scope (a named court's) keeps that scope
    {
      text: "全市法院共受理各类行政案件1476件,审结1376件。五年来,市中院共受理一、二审行政诉讼案件469件。其中,受理一审行政诉讼案件76件,审结60件。",
      yields: [f("litigation.received", 1476), f("litigation.concluded", 1376)],
      not: ["litigation.received=76", "litigation.concluded=60"],
    },
    // a turn to the respondents' or the districts' point of view (从区属角度统计) opens a breakdown
    { text: "全年新收一审行政案件3120件。从区属角度统计,新收涉各区行政案件共计716宗,宝林区164宗。", yields: [f("litigation.received", 3120)], not: ["litigation.received=716", "litigation.received=164"] },
    // places named and counted as the subject (两地, 等3个区) are those places', not the whole
    {
      text: "全市行政机关负责人出庭应诉率达86.4%。柏岭、松塘两地行政机关负责人出庭应诉率已达100%。",
      yields: [f("litigation.head_appearance_rate", 86.4)],
      not: ["litigation.head_appearance_rate=100"],
    },
    { text: "全省法院审结一审行政案件5120件,东岭、西岭、南岭等3个区法院审结1210件。", yields: [f("litigation.concluded", 5120)], not: ["litigation.concluded=1210"] },
    {
      text: "全年办理行政复议案件3,120件,其中办理土地管理领域案件640件,办理市场监管领域案件518件。",
      yields: [f("reconsideration.handled", 3120)],
      not: ["reconsideration.handled=640", "reconsideration.handled=518"],
    },
    { text: "审结行政许可、行政处罚等一审行政案件2,160件。", yields: [] },
    // one field's wrongs set right (纠正…领域违法行政行为), not the body's corrections
    { text: "办理行政复议案件860件,依法纠正城乡规划领域违法行政行为214起。", yields: [f("reconsideration.handled", 860)], not: ["reconsideration.corrected=214"] },
    { text: "一审审结公安行政案件986件。", yields: [] },
    { text: "以其他方式结案16件。", yields: [] },
    {
      text: "柏岭区、松塘区受理行政一审案件数分别为359件、312件。",
      yields: [],
    },
    { text: "全省有6个县级政府收到行政复议申请超过30件。", yields: [] },
    { text: "三县法院新收一审行政案件数均超过60件。", yields: [] },
    { text: "收案超过40件的有3个县。", yields: [] },
    // a bound the bodies named further on meet is a condition on them, no figure
    { text: "对全年行政诉讼败诉率超过15%或出现3件以上败诉案件的部门,由市政府约谈其主要负责人。", yields: [], not: ["litigation.loss_rate=15", "litigation.lost=3"] },
    // some bodies falling short of a bound, and a rate recommended, are no figures
    { text: "二是个别单位负责人出庭率不足75%;三是部分乡镇持证执法人员不足4名。", yields: [], not: ["litigation.head_appearance_rate=75", "enforcement.officers=4"] },
    // some bodies' own figure, unbounded, is theirs: not the whole's
    { text: "全县行政机关负责人出庭应诉率达97%,但个别单位负责人出庭应诉率仅为62%,部分乡镇败诉3件。", yields: [f("litigation.head_appearance_rate", 97)], not: ["litigation.head_appearance_rate=62", "litigation.lost=3"] },
    { text: "存在的问题:一是个别县(市、区)行政机关败诉率仍高于12%;二是执法人员培训不足。", yields: [], not: ["litigation.loss_rate=12"] },
    { text: "建议各级行政机关将负责人出庭应诉率提升至95%以上。", yields: [], not: ["litigation.head_appearance_rate=95"] },
    { text: "全区每个村(社区)平均培养“法律明白人”超5名。", yields: [] },
    {
      // a turn to a breakdown by field or channel: the counts after it are its parts
      text: "全年新收行政诉讼案件2,410件,按案涉行政管理领域划分,居前三位的是:城乡建设行政案件612件、劳动保障行政案件433件、公安行政案件208件。",
      yields: [f("litigation.received", 2410)],
      not: ["litigation.handled=612", "litigation.handled=433"],
    },
    {
      // the lowest or highest rate among the bodies compared, unless the text speaks of itself
      text: "全市行政机关负责人出庭率为91.2%。南湖区出庭率最低,为62.5%。",
      yields: [f("litigation.head_appearance_rate", 91.2)],
      not: ["litigation.head_appearance_rate=62.5"],
    },
    { text: "我县行政机关负责人出庭率全市最高,达100%。", yields: [f("litigation.head_appearance_rate", 100)] },
    { text: "全市行政机关负责人出庭率为88%。各县区中,出庭率最低的为45%。", yields: [f("litigation.head_appearance_rate", 88)], not: ["litigation.head_appearance_rate=45"] },
    {
      // a ranking of other bodies
      text: "全省新收行政诉讼案件8,006件,新收案件居前五位的地区依次为青禾市1,254件、柏岭市683件。",
      yields: [f("litigation.received", 8006)],
      not: ["litigation.received=1254"],
    },
    {
      // an item of a list under another domain's figure is that figure's part; past a semicolon, or under two joined heads, it is not
      text: "全年共调解行政争议纠纷26件,其中,复议前调解19件,行政复议申请受理后调解4件,法院移送3件,调解成功率达到100%。",
      yields: [f("disputes.mediated", 26), f("disputes.success_rate", 100)],
      not: ["reconsideration.settled=4", "reconsideration.settlement_rate=100"],
    },
    {
      text: "共办理行政复议案件7件,其中维持4件,尚未审结3件;行政诉讼案件5件,其中维持4件。",
      yields: [f("reconsideration.handled", 7), f("reconsideration.upheld", 4), f("litigation.handled", 5)],
    },
    {
      // the bodies with the fewest or most, each with its count
      text: "全省法院新收行政案件6,204件。新收一审行政案件数量较少的地区分别为青禾12件、柏岭31件、松塘58件。",
      yields: [f("litigation.received", 6204)],
      not: ["litigation.received=31", "litigation.received=58"],
    },
    {
      // a list opened at a line's end (其中:), its items on the lines after it: parts of the head, and its other figures still figures
      text: "全局在岗持证执法人员共计158人,其中:\n局机关执法人员37人;\n执法支队执法人员109人;\n保护中心执法人员12人。",
      yields: [f("enforcement.officers", 158)],
      not: ["enforcement.officers=37", "enforcement.officers=109", "enforcement.officers=12"],
    },
    {
      text: "全年审结行政复议案件96件,其中:\n维持61件;\n直接纠错14件;\n终止审理21件。\n全年受理行政复议案件102件。",
      yields: [f("reconsideration.concluded", 96), f("reconsideration.upheld", 61), f("reconsideration.corrected", 14), f("reconsideration.accepted", 102)],
    },
    {
      // the kinds or fields with the most, each with its count
      text: "全省法院判决行政机关败诉860件。就案件所属领域而言,败诉较多的是土地征收(214件)、违法建筑拆除(176件)和市场监管(93件)。",
      yields: [f("litigation.lost", 860)],
      not: ["litigation.lost=214", "litigation.lost=176"],
    },
    {
      text: "全市新收一审行政案件3,400件。从地域分布看,柏岭区法院新收案件683件,松塘区法院新收512件。",
      yields: [f("litigation.received", 3400)],
      not: ["litigation.received=683", "litigation.received=512"],
    },
    {
      // the agencies of every level sued are the whole, not one level's part
      text: "2023年,全县各级行政机关作为被告的一审行政诉讼案件共74件。人民法院审结69件。",
      yields: [f("litigation.received", 74), f("litigation.concluded", 69)],
    },
    {
      // the year split by quarter or month, as by place
      text: "全年新收行政复议申请1,612件。从季度分布看,第四季度收案437件,环比增长16.2%。按月份统计,12月收案最多,为182件。",
      yields: [f("reconsideration.received", 1612)],
      not: ["reconsideration.received=437", "reconsideration.received=182"],
    },
    {
      // a place's name and a colon opening a bullet: that place's highlights, covered by the whole's figures
      text: "● 行政复议:全市新收案件1,960件,纠错240件。\n◆ 柳渡县:行政复议新收386件,调解和解结案97件。",
      yields: [f("reconsideration.received", 1960), f("reconsideration.corrected", 240)],
      not: ["reconsideration.received=386", "reconsideration.settled=97"],
    },
    {
      // the bodies the lost cases fall to, each with its count in brackets
      text: "全年行政机关败诉案件共11件。败诉案件分布在县城管局(3件)、县人社局(2件)以及柳溪、桐坪镇(各1件)。",
      yields: [f("litigation.lost", 11)],
      not: ["litigation.lost=3", "litigation.lost=2"],
    },
    {
      // the causes the lost or corrected cases fall under, each with its count
      text: "全年法院审结一审行政案件308件,行政机关败诉17件。从败诉原因看,因程序违法败诉8件;因事实不清、证据不足败诉5件;因适用法律错误败诉3件。",
      yields: [f("litigation.concluded", 308), f("litigation.lost", 17)],
      not: ["litigation.lost=8", "litigation.lost=5", "litigation.lost=3"],
    },
    {
      // 分乡镇看 turns to the towns' shares as 从地域分布看 does
      text: "全县共调解纠纷1,930件。分乡镇看,柳溪镇调解412件、桐坪镇288件、岚口乡173件。",
      yields: [f("disputes.mediated", 1930)],
      not: ["disputes.mediated=412"],
    },
    {
      // a change after a part is the part's
      text: "全年新收行政诉讼案件2,410件,按案涉行政管理领域划分,城乡建设行政案件612件,同比增长8.1%。",
      yields: [f("litigation.received", 2410, { change: null })],
    },
    {
      // the kinds most often met (四类行政行为最为常见), listed after: each kind's count, reviews among them, is no figure
      text: "全年新收行政诉讼案件352件,涵盖15类行政行为,四类行政行为最为常见。其中,不履行法定职责案件91件,行政复议案件47件,行政处罚案件40件。",
      yields: [f("litigation.received", 352)],
      not: ["reconsideration.handled=47", "litigation.handled=91"],
    },
    {
      // the bodies a 其中 list names as those that took the cases against the reporting body are its parts
      text: "以我局为被申请人的行政复议案件共9宗,其中省交通运输厅受理6宗、市人民政府受理3宗;已审结7宗。",
      yields: [f("reconsideration.handled", 9), f("reconsideration.concluded", 7)],
      not: ["reconsideration.accepted=6", "reconsideration.accepted=3"],
    },
    {
      // each court's line after 按受理法院分 is that court's, its outcomes too; the counties' governments with their departments are one level
      text: "第二季度,全市各级法院新受理以行政机关为被告的行政诉讼案件76件,按受理法院分:市中级人民法院受理17件,已结5件(撤诉2件),未结12件;东岭区人民法院受理29件,撤诉3件,未结20件。本季度全市共审结行政诉讼案件28件。县(区)政府及其部门被诉49件。",
      yields: [f("litigation.received", 76), f("litigation.concluded", 28)],
      not: ["litigation.concluded=5", "litigation.settled=2", "litigation.settled=3", "litigation.received=49"],
    },
    {
      text: "在新收的64件行政诉讼案件中,按立案方式分,网上立案41件,窗口立案23件。",
      yields: [f("litigation.received", 64)],
      not: ["litigation.received=41", "litigation.received=23"],
    },
    {
      // outcomes are the catalogue's own figures, in a breakdown by outcome too
      text: "从结案方式看,在审结的一审行政案件中,调解撤诉案件57件,调撤率18.4%。",
      yields: [f("litigation.settled", 57), f("litigation.settlement_rate", 18.4)],
    },
    {
      // a set named as the ground of a sentence: what follows breaks it down
      text: "在已审结的1,386件一审行政案件中,以判决方式结案642件,以调解方式结案215件,以驳回起诉方式结案337件。",
      yields: [f("litigation.concluded", 1386), f("litigation.settled", 215)],
      not: ["litigation.concluded=642", "litigation.concluded=337"],
    },
    { text: "年均审结行政复议案件1,200件。", yields: [] },
  ]);
});

describe("parts yield to the whole", () => {
  table(
    [
      {
        text: "全年收到行政复议申请173件。以区住建局作为被申请人的复议案件14件。",
        yields: [f("reconsideration.received", 173)],
        not: ["reconsideration.handled=14"],
      },
      {
        // a government with its departments is all its agencies, no one body's part
        text: "全县作为被告的一审行政诉讼案件新收58件,审结51件,县政府及部门负责人出庭应诉率100%。",
        yields: [f("litigation.received", 58), f("litigation.concluded", 51), f("litigation.head_appearance_rate", 100)],
      },
      {
        // the reporting body's own cases, however named, are its whole
        text: "以我局为被申请人的行政复议案件3宗,目前均在审理。",
        yields: [f("reconsideration.handled", 3)],
      },
      {
        // the only scope given is the figure
        text: "审结以省级政府部门为被告的一审行政诉讼案件2,386件。",
        yields: [f("litigation.concluded", 2386)],
      },
      {
        // cases by party or subject: a part, the figure where the text gives no whole
        text: "今年以来,全省新收涉企行政复议案件1,936件,涉及标的金额80亿元。",
        yields: [f("reconsideration.received", 1936)],
      },
      {
        text: "全年办理行政复议案件3,120件,其中办理涉企行政复议案件96件。审理涉知识产权一审行政案件1,380件。",
        yields: [f("reconsideration.handled", 3120), f("litigation.handled", 1380)],
        not: ["reconsideration.handled=96"],
      },
      {
        // acts corrected by whose rights they harmed are that party's part, beside the whole's corrections
        text: "全省办理行政复议案件2.3万件,纠正违法和不当行政行为2140件。在服务营商环境方面,全省办理涉企行政复议案件3120件,纠正侵害企业合法权益的违法和不当行为415件。",
        yields: [f("reconsideration.handled", 23000), f("reconsideration.corrected", 2140)],
        not: ["reconsideration.corrected=415", "reconsideration.handled=3120"],
      },
      {
        // cases said to involve lawsuits are the county's lawsuits, all of them, beside its court's own count
        text: "2023年,全县涉行政诉讼案件47件。县法院新收行政诉讼案件51件,审结49件。",
        yields: [f("litigation.received", 47), f("litigation.received", 51), f("litigation.concluded", 49)],
      },
      {
        // a 其中 list ends where, after a semicolon, a court speaks of its own cases
        text: "2023年,全县涉行政诉讼案件47件,其中败诉2件;县法院新收行政诉讼案件51件,审结49件。",
        yields: [f("litigation.received", 47), f("litigation.lost", 2), f("litigation.received", 51), f("litigation.concluded", 49)],
      },
      {
        text: "全市法院新收行政案件1,264件。其中,市中院新收一审行政案件93件。各基层法院共新收一审行政案件715件。",
        yields: [f("litigation.received", 1264)],
        not: ["litigation.received=93", "litigation.received=715"],
      },
      {
        text: "全市法院新收一审行政案件653件,其中,雁川区法院新收一审行政案件127件。",
        yields: [f("litigation.received", 653)],
        not: ["litigation.received=127"],
      },
      {
        // a body's own level beside all of them
        text: "2023年,全国各级行政复议机关共新收行政复议案件35.2万件。司法部本级办理行政复议案件1,200件。",
        yields: [f("reconsideration.received", 352000)],
        not: ["reconsideration.handled=1200"],
      },
      {
        // the body's own level opening a sentence speaks for its later clauses too: all are of one scope, and the only figures given
        text: "市本级办理行政复议案件116件(含上年结转8件),作出复议决定97件,直接纠错11件,纠错率11.3%。",
        yields: [f("reconsideration.handled", 116), f("reconsideration.concluded", 97), f("reconsideration.corrected", 11), f("reconsideration.correction_rate", 11.3)],
      },
      {
        // …and none of them stands for all levels' figure
        text: "全市各级复议机关共审结行政复议案件1980件。市本级收到行政复议申请516件,审结488件。",
        yields: [f("reconsideration.concluded", 1980)],
        not: ["reconsideration.concluded=488"],
      },
      {
        // a body's own level naming its own cases, before all of them
        text: "市本级行政应诉案件46件,全市各级行政机关行政应诉案件合计580件。",
        yields: [f("litigation.handled", 580)],
        not: ["litigation.handled=46"],
      },
      {
        // 市本级 as the object's owner is the reporting body's own
        text: "2022年以来,累计审查市本级行政规范性文件67件,审查各区县报备的规范性文件184件。",
        yields: [f("normative_docs.reviewed", 67), f("normative_docs.reviewed", 184)],
      },
      {
        text: "全市新收行政复议申请6,200件。区县政府共收到复议申请1,680件。",
        yields: [f("reconsideration.received", 6200)],
        not: ["reconsideration.received=1680"],
      },
      {
        text: "两级法院共收一审行政诉讼案件3,127件。市中级法院共受理二审行政案件842件。",
        yields: [f("litigation.received", 3127)],
        not: ["litigation.received=842"],
      },
      // a court as its clause's subject, its object the whole place's agencies (对全省各级行政机关…败诉的): their figure, not the court's part
      {
        text: "2023年,全省法院受理一审行政案件9800件。省高院对全省各级行政机关2023年度败诉的1350件行政案件逐案剖析。",
        yields: [f("litigation.received", 9800), f("litigation.lost", 1350)],
      },
      {
        // a count followed by its share of the total is a part of that total
        text: "近三年来,人民调解组织调解矛盾纠纷1,580多万件。在这些纠纷中,调解疑难复杂纠纷近600万件,占调解纠纷总数的37.9%。",
        yields: [f("disputes.mediated", 15800000, { qualifier: "over" })],
        not: ["disputes.mediated=6000000"],
      },
      {
        // its share may be said of the total's amount (在全市调解纠纷量中占27%, 占全市调解纠纷量的27%)
        text: "全市共调解纠纷38,420宗。社区调解组织调解9,870宗,在全市调解纠纷量中占25.7%;行业性调解组织调解4,210宗,占全市调解纠纷量的11%。",
        yields: [f("disputes.mediated", 38420)],
        not: ["disputes.mediated=9870", "disputes.mediated=4210"],
      },
      {
        // a count with its share stands where no total of its own comes before it: a later part (二审) is none,
        // and stands as well, the text giving no whole
        text: "全市法院审结行政案件415件;其中一审案件准予撤诉和按撤诉处理96件,占比23.1%;二审案件准许撤回上诉和按撤诉处理11件,占比4.7%。",
        yields: [f("litigation.concluded", 415), f("litigation.settled", 96), f("litigation.settled", 11)],
      },
      {
        // nor is a total of another stretch of time its clause turned from: this year's count with its share stands beside last year's
        text: "2022年,全区通过调解和解结案行政复议案件312件;今年1至9月,通过调解和解结案行政复议案件205件,占全部办结案件的24%。",
        yields: [f("reconsideration.settled", 312), f("reconsideration.settled", 205)],
      },
      {
        // but a share under the same year as its total is a part of it
        text: "2023年,全区通过调解和解结案行政复议案件312件,其中涉企案件通过调解和解结案行政复议案件105件,占全部的34%。",
        yields: [f("reconsideration.settled", 312)],
        not: ["reconsideration.settled=105"],
      },
      {
        text: "民法典宣传月有奖问答活动上线第一天答题人数就超过700人,截至活动结束,答题人数超过2.1万人。",
        yields: [f("legal_education.participants", 21000, { qualifier: "over" })],
      },
    ],
    documentMetricsOf,
  );
});

describe("a paragraph that opens on 其中", () => {
  table(
    [
      {
        // a rate read from the share of its own level's count is that level's, where the whole's caseload is stated
        text: "2023年,全市共收到行政复议申请1210件,审结1096件。其中市本级收到行政复议申请472件,审结431件,调解结案75件,占17.4%。",
        yields: [f("reconsideration.received", 1210), f("reconsideration.concluded", 1096), f("reconsideration.settled", 75)],
        not: ["reconsideration.settlement_rate=17.4"],
      },
      {
        // its items are the parts of the count the paragraph before stated: 其中 has nothing else to point back to
        text: "上半年,全市各级人民调解组织调解各类矛盾纠纷9416宗,调解成功率97.2%。\n其中,行业性专业性调解组织调解纠纷2210宗,占全市调解总量的23.5%;派驻公安、信访等部门的调解工作室调解纠纷1587宗,较去年同期增长12.4%。",
        yields: [f("disputes.mediated", 9416), f("disputes.success_rate", 97.2)],
        not: ["disputes.mediated=1587", "disputes.mediated=2210"],
      },
    ],
    documentMetricsOf,
  );
});

describe("a heading that announces each body's counts", () => {
  table(
    [
      {
        // each line is one unit's count, not the body's
        text: "一、行政执法主体概况\n(一)行政执法主体的名称和数量情况\n本级行政机关为东岭市自然资源和规划局。\n(二)行政执法机关及各执法主体的执法岗位设置数量及在岗执法人员数量\n局机关执法岗位设置11个,执法人员25人;\n综合执法支队执法岗位设置3个,执法人员41人;\n东岭市种苗管理站执法岗位设置1个,执法人员5人。",
        yields: [],
        not: ["enforcement.officers=41", "enforcement.officers=25"],
      },
      {
        // so does one on how the cases spread over the land: the regions' counts are parts
        text: "二、行政诉讼案件情况\n1. 收案情况。2024年,全省法院新收一审行政案件12680件。\n2. 行政诉讼案件地域分布。2024年,全省行政案件地域分布较集中,沿江六市新收一审行政案件9120件,占全省的72%。山区各县一审收案增长放缓,新收一审案件2310件。",
        yields: [f("litigation.received", 12680)],
        not: ["litigation.received=9120", "litigation.received=2310"],
      },
      {
        // a line that states the whole is the body's own
        text: "一、行政执法主体概况\n(一)行政执法主体的名称和数量情况\n本级行政机关为东岭市自然资源和规划局。\n(二)行政执法机关及各执法主体的执法岗位设置数量及在岗执法人员数量\n全局共有在岗执法人员71人。\n局机关执法岗位设置11个,执法人员25人;\n综合执法支队执法岗位设置3个,执法人员41人。",
        yields: [f("enforcement.officers", 71)],
      },
      {
        // a line that opens on the measure itself, naming no part, is the body's own (one body with no parts listed)
        text: "一、行政执法主体概况\n(一)行政执法主体的名称和数量情况\n本级行政机关:东岭市商务局\n(二)行政执法机关及各执法主体的执法岗位设置数量及在岗执法人员数量。\n执法岗位数量:6个执法科室\n     在岗执法人员:23人\n(三)其他需要说明的情况。",
        yields: [f("enforcement.officers", 23)],
      },
    ],
    documentMetricsOf,
  );
});

describe("lists and asides", () => {
  table([
    {
      text: "累计清理规范性文件268件(拟继续有效190件,修改后继续有效11件,废止52件,宣布失效15件)。",
      yields: [
        f("normative_docs.cleaned", 268),
        f("normative_docs.retained", 190),
        f("normative_docs.amended", 11),
        f("normative_docs.repealed", 52),
        f("normative_docs.repealed", 15),
      ],
    },
    {
      // a count in parentheses after a category's clause is that category's
      text: "全市新收行政复议申请5120件。其中,交通处罚类行政复议案件数量增幅超2.4倍(新收1630件),工伤认定类案件明显上升。",
      yields: [f("reconsideration.received", 5120)],
      not: ["reconsideration.received=1630"],
    },
    {
      text: "全年共收到复议申请87件(即北城区36件、南湖区19件、新港区32件)。",
      yields: [f("reconsideration.received", 87)],
      not: ["reconsideration.received=36", "reconsideration.received=19"],
    },
    {
      text: "全省法院共受理各类行政案件3,318件(含旧存402件)。",
      yields: [f("litigation.handled", 3318)],
      not: ["litigation.received=402"],
    },
    {
      // new and carried-over cases in parentheses: the count is every case dealt with, 新收 the new ones
      text: "全市法院受理各类行政诉讼案件8,640件(新收7,102件,旧存1,538件)。",
      yields: [f("litigation.handled", 8640), f("litigation.received", 7102)],
    },
    {
      // the same after 含: the new cases beside the carried-over ones are the period's own count
      text: "2022年,本局共办理行政复议案件9宗(含2021年度结转2宗,2022年受理7宗)。全年共办理行政复议案件41件(含新收36件,上年结转5件)。另办理行政应诉案件12件(含上年结转3件、新收9件)。",
      yields: [f("reconsideration.handled", 9), f("reconsideration.accepted", 7), f("reconsideration.handled", 41), f("reconsideration.received", 36), f("litigation.handled", 12), f("litigation.received", 9)],
      not: ["reconsideration.handled=2", "reconsideration.received=5"],
    },
    {
      // the items under a narrower count (二审) are no broader than it
      text: "全市法院受理各类行政诉讼案件8,640件(新收7,102件,旧存1,538件)。受理二审行政案件2,011件(新收1,730件,旧存281件)。",
      yields: [f("litigation.handled", 8640), f("litigation.received", 7102)],
      not: ["litigation.received=1730"],
    },
    {
      // what was concluded, carried-over cases and all, is still what was concluded
      text: "全年审结行政复议案件212件(含上年度结转)。",
      yields: [f("reconsideration.concluded", 212)],
      not: ["reconsideration.handled=212"],
    },
    {
      text: "行政复议案件中,决定撤销17件、确认违法9件、变更2件、责令履行4件,合计32件。",
      yields: [f("reconsideration.corrected", 32)],
      not: ["reconsideration.corrected=17", "reconsideration.corrected=9"],
    },
    {
      text: "终止审理的共61件,其中申请人撤回申请的40件,申请人主动撤回申请21件。",
      yields: [],
    },
    {
      text: "《青禾县人民政府关于印发〈青禾县粮食储备管理办法〉的通知》等6件规范性文件继续有效。",
      yields: [f("normative_docs.retained", 6)],
      not: ["normative_docs.issued=6"],
    },
    {
      text: "全年结案(含受理前调解、不予受理及受理后审结)73件。",
      yields: [],
    },
  ]);
});

describe("examples and anecdotes are not the body's figures", () => {
  table([
    { text: "以澄江调解中心为例,共组织联合调解行政案件587件,促成调解撤诉402件。", yields: [] },
    { text: "近年来,行政复议案件持续增多,以县政府本级复议为例,2023年共处理行政复议申请14件。", yields: [], not: ["reconsideration.received=14"] },
    { text: "全年共受理行政复议案件58件,以市场监管领域为例,受理9件。", yields: [f("reconsideration.accepted", 58)] },
    { text: "在另一起行政复议案件中,复议机关督促行政机关自行纠正同类案件20余件。", yields: [] },
    // a sentence opening on 如某… tells one case as an example
    { text: "全年调解矛盾纠纷640件。如某合作社12户社员因土地租金与村委会产生纠纷,涉及金额46万元,调解员多次上门,最终达成协议。", yields: [f("disputes.mediated", 640)], not: ["disputes.amount=460000"] },
    { text: "2024年,市司法局在办结3件行政复议案件时发现,有关部门审批把关不严。", yields: [] },
    { text: "与2022年同期收案1,129件相比,行政诉讼收案增加57件。", yields: [] },
  ]);
});

describe("zero said in words", () => {
  table([
    { text: "全年行政应诉案件实现零败诉。", yields: [f("litigation.lost", 0)] },
    { text: "2023年本局行政诉讼案件无一败诉。", yields: [f("litigation.lost", 0)] },
    { text: "力争行政诉讼零败诉。", yields: [] },
    { text: "全年实现行政败诉案件“零”记录。", yields: [f("litigation.lost", 0)] },
    { text: "县政府作为被告的行政诉讼案件连续三年无败诉情况。", yields: [f("litigation.lost", 0)] },
    // none of two: corrections by reconsideration, losses in court
    { text: "2024年,处理行政诉讼案件9宗,行政复议案件4宗,无行政复议纠错及行政诉讼败诉情况。", yields: [f("litigation.handled", 9), f("reconsideration.handled", 4), f("reconsideration.corrected", 0), f("litigation.lost", 0)] },
    // none of either: 行政复议诉讼 is both, joined or not
    { text: "区农业农村局全年没有发生行政复议诉讼案件。", yields: [f("reconsideration.received", 0), f("litigation.received", 0)] },
    { text: "市局近三年没有发生行政复议和诉讼,法律风险保持在较低水平。", yields: [f("reconsideration.received", 0), f("litigation.received", 0)] },
    { text: "由于职能调整,近年无行政复议案件。", yields: [f("reconsideration.received", 0), f("reconsideration.handled", 0)] },
    { text: "本年度未新制定出台行政规范性文件。", yields: [f("normative_docs.issued", 0)] },
    { text: "受理行政复议案件12起,已全部审结,均未引发后续的行政诉讼。", yields: [f("reconsideration.accepted", 12), f("reconsideration.concluded", 12), f("reconsideration.sued_after", 0)] },
    { text: "经行政复议后,有2.7万件案件未进入诉讼程序。", yields: [] },
    // nor is it of the cases that ended one way (经调解结案的案件): those, not all the reviews
    { text: "全市行政复议调解率达31.5%,经调解结案的案件均未进入诉讼程序。", yields: [f("reconsideration.settlement_rate", 31.5)], not: ["reconsideration.sued_after=0"] },
    { text: "全年审结行政复议案件48件,其中作出维持决定的案件均未引发后续的行政诉讼。", yields: [f("reconsideration.concluded", 48)], not: ["reconsideration.sued_after=0"] },
    // a count of the same figure speaks of the whole; 复议后零败诉 is a part
    { text: "行政诉讼败诉4件,复议后零败诉。", yields: [f("litigation.lost", 4)] },
  ]);
});

describe("per-year lists", () => {
  table([
    {
      text: "2021年行政机关败诉率为12.4%、2022年为9.8%、2023年为8.1%。",
      yields: [f("litigation.loss_rate", 12.4), f("litigation.loss_rate", 9.8), f("litigation.loss_rate", 8.1)],
    },
  ]);
});

describe("lists of years", () => {
  table([
    {
      // a text on several years: each year's count is a figure
      text: "2019-2021年,全市两级法院共受理行政诉讼案件812件(2019年241件、2020年276件、2021年295件)。",
      yields: [f("litigation.received", 812), f("litigation.received", 241), f("litigation.received", 276), f("litigation.received", 295)],
    },
    {
      // the years add up to the total: each is still its year's figure, the last one running to the day (至今)
      text: "机构改革以来,本局共收到行政复议申请52件,其中2019年6件,2020年9件,2021年25件,2022年至今12件。",
      yields: [f("reconsideration.received", 52), f("reconsideration.received", 6), f("reconsideration.received", 9), f("reconsideration.received", 25), f("reconsideration.received", 12)],
    },
    {
      text: "全省法院共受理一、二审和再审行政案件9,410件,其中2019年受理2,958件,2020年3,730件。",
      yields: [f("litigation.received", 9410), f("litigation.received", 2958), f("litigation.received", 3730)],
    },
    {
      // 其中 and its comma before the first year's count: that year's figure too
      text: "三年间,全市一审行政应诉案件新收2485件,其中,2021年1288件、2022年1197件。",
      yields: [f("litigation.received", 2485), f("litigation.received", 1288), f("litigation.received", 1197)],
    },
    {
      // each year's counts after a total of the years, the later ones of a year's clause (2021年审结1142件、败诉176件) too
      text: "三年全市行政诉讼案件共审结2247件,败诉324件。分年度看,2021年审结1142件、败诉176件;2022年审结1105件、败诉148件。",
      yields: [
        f("litigation.concluded", 2247),
        f("litigation.lost", 324),
        f("litigation.concluded", 1142),
        f("litigation.lost", 176),
        f("litigation.concluded", 1105),
        f("litigation.lost", 148),
      ],
    },
    {
      // years listed before 分别 and its verb, in a text on no one year: each value is its year's figure
      text: "三年来,全区共开展法治宣传活动3.1万场次。其中,2021年、2022年、2023年分别开展0.9万场次、1万场次、1.2万场次。",
      yields: [f("legal_education.activities", 31000), f("legal_education.activities", 9000), f("legal_education.activities", 10000), f("legal_education.activities", 12000)],
    },
    {
      // so over a span of years, the last value joined by 和
      text: "2020年至2022年,柳川市人民调解组织分别调处矛盾纠纷5,102件、5,377件和5,860件。",
      yields: [f("disputes.mediated", 5102), f("disputes.mediated", 5377), f("disputes.mediated", 5860)],
    },
  ]);
  table(
    [
      {
        // another period yields to the report's own
        text: "2023年全区审结行政案件420件。近三年来,全区累计审结行政案件1,210件。",
        yields: [f("litigation.concluded", 420)],
        not: ["litigation.concluded=1210"],
      },
      {
        // so does a running total since an earlier year (自2021年…以来); not one since a day of the report's own year
        text: "2023年全区审结行政案件420件。自2021年建立府院联动机制以来,全区累计审结行政案件1,210件。自2023年新机制运行以来,全区收案463件。",
        yields: [f("litigation.concluded", 420), f("litigation.received", 463)],
        not: ["litigation.concluded=1210"],
      },
      {
        // so does a later clause that opens on a stretch of years (…,2022—2024年累计…), after the year's own count
        text: "2023年全区审结行政案件412件,2021—2023年累计审结行政案件1,187件。",
        yields: [f("litigation.concluded", 412)],
        not: ["litigation.concluded=1187"],
      },
      {
        // a text on several years keeps them
        text: "近三年来,全区累计审结行政案件1,210件。",
        yields: [f("litigation.concluded", 1210)],
      },
      {
        // in a report on 2023, an earlier year's count is history beside the report's own
        text: "全区新收行政复议案件(2022年186件、2023年240件)。",
        yields: [f("reconsideration.received", 240)],
        not: ["reconsideration.received=186"],
      },
      {
        // in a report on 2023, a sentence opening on a later year it aims at states targets; the year's own state is a figure
        text: "全县行政机关负责人出庭应诉率达到96%。到2025年,出庭应诉率达到100%。到2023年底,全县共有行政执法人员1180名。",
        yields: [f("litigation.head_appearance_rate", 96), f("enforcement.officers", 1180)],
        not: ["litigation.head_appearance_rate=100"],
      },
      {
        // a year its 年 was dropped from still names another year; a count at a clause's opening is no year
        text: "2022总共需办理复议案件58件,2023年总共需办理复议案件97件。2023件行政复议申请中,纠错61件。",
        yields: [f("reconsideration.handled", 97), f("reconsideration.corrected", 61)],
        not: ["reconsideration.handled=58"],
      },
      {
        // 一年来 is the year reported on, not a stretch of years; a court's part stays its part
        text: "2023年,是修订后的行政复议法落地首年。一年来,全市各级复议机关共收到行政复议申请2140件。市本级收到行政复议申请516件。",
        yields: [f("reconsideration.received", 2140)],
      },
      {
        text: "新修订的行政复议法实施满一年,全省各级司法行政机关新收行政复议案件18230件,依法受理15120件,审结13904件。",
        yields: [f("reconsideration.received", 18230), f("reconsideration.accepted", 15120), f("reconsideration.concluded", 13904)],
      },
      {
        // values listed after 分别为 on a span of years, one for each (同期: the span before): the report year's is a figure, the others history
        text: "2023年,全省法院新收一审行政诉讼案件18432件。2021年至2023年,全省一审行政案件收案数分别为1.96万件、1.90万件、1.84万件,两年来逐年回落。同期行政复议机关收案数分别为1.12万件、1.75万件、3.08万件,持续较快增长。",
        yields: [f("litigation.received", 18432), f("litigation.received", 18400), f("reconsideration.received", 30800)],
        not: ["reconsideration.received=11200", "litigation.received=19600"],
      },
      {
        // so with no comma between the span and its list
        text: "2023年,全省法院新收一审行政诉讼案件18432件。2021年至2023年全省一审行政案件收案数分别为1.96万件、1.90万件、1.84万件。",
        yields: [f("litigation.received", 18432), f("litigation.received", 18400)],
        not: ["litigation.received=19600"],
      },
      {
        // a year the list runs on from (2019年以来,…败诉率分别为…): one value a year from it, the first no figure of the report's year
        text: "2023年,柳川市法院审结行政一审案件5200件,行政机关败诉320件,败诉率为6.1%。2019年以来,全市行政机关败诉率分别为15.2%、12.36%、9.1%、10.2%,逐年下降。",
        yields: [f("litigation.concluded", 5200), f("litigation.lost", 320), f("litigation.loss_rate", 6.1)],
        not: ["litigation.loss_rate=15.2"],
      },
      {
        // names listed before 分别为 on a span of years (受理、审结数分别为…) are what the values are of, each over the span: no year's
        text: "2022年至2023年,全市行政复议案件受理、审结数分别为45件、40件。",
        yields: [f("reconsideration.accepted", 45), f("reconsideration.concluded", 40)],
        not: ["reconsideration.accepted=40"],
      },
      {
        // years listed before a respectively-list, the report's year among them: its own value is its figure, the others history
        text: "柳川市2023年度行政复议工作情况通报\n2022年、2023年,全市各级行政复议机关分别收到行政复议申请1874件、2315件。2023年受理2106件。",
        yields: [f("reconsideration.received", 2315), f("reconsideration.accepted", 2106)],
        not: ["reconsideration.received=1874"],
      },
      {
        // a later clause that goes on with the years' list (…;分别审结…) gives each value its year too: the report year's its figure
        text: "柳川市2023年度行政复议工作情况通报\n2022年、2023年,全市分别收到行政复议申请1126件、1391件;分别审结1047件、1352件,直接纠错率分别为14.1%、12.4%。",
        yields: [f("reconsideration.received", 1391), f("reconsideration.concluded", 1352), f("reconsideration.correction_rate", 12.4)],
        not: ["reconsideration.concluded=1047", "reconsideration.correction_rate=14.1"],
      },
      {
        // values joined by 和, not 、 (分别为603件次和712件次, 分别为96.8%和100%): the report year's the second, the years named
        // before them no measures of their own
        text: "柳川市2023年法治政府建设情况报告\n2022年、2023年全市行政机关负责人出庭应诉分别为603件次和712件次,出庭应诉率分别为96.8%和100%。",
        yields: [f("litigation.head_appearances", 712), f("litigation.head_appearance_rate", 100)],
        not: ["litigation.head_appearances=603", "litigation.head_appearance_rate=96.8"],
      },
      {
        // a span of years in a clause of its own before 分别 (2021年至2023年,…分别收到…): the report year's value is its figure
        text: "柳川县2023年度法治政府建设情况报告\n2021年至2023年,全县分别收到行政复议申请71件、94件、118件,案件量逐年攀升。",
        yields: [f("reconsideration.received", 118)],
        not: ["reconsideration.received=71", "reconsideration.received=94"],
      },
      {
        // years listed in a clause of their own before a respectively-list (2021年、2022年、2023年,…分别…): each value its year's,
        // the text's year's (here the last, which the text is on) its figure
        text: "2021年、2022年、2023年,全市分别受理行政复议案件120件、135件、160件。",
        yields: [f("reconsideration.accepted", 160)],
        not: ["reconsideration.accepted=120", "reconsideration.accepted=135"],
      },
      {
        text: "2016年、2017年、2018年第一季度,市局机关同期分别接收行政诉讼案件5起、17起、35起。",
        yields: [],
        not: ["litigation.received=5"],
      },
      {
        // a clause of a year alone before each count, in parallel, the first on a line of its own: the earlier year's is history
        text: "一、行政复议工作\n2022年,全县受理行政复议案件45件;2023年,全县受理行政复议案件62件。",
        yields: [f("reconsideration.accepted", 62)],
        not: ["reconsideration.accepted=45"],
      },
      {
        // another year's part does not stand for the report year's own part of the same kind
        text: "据省司法厅通报,全省复议机构重视涉企案件,2022年办理涉企行政复议案件1.4万件;2023年共计办理涉企行政复议案件2.1万件。",
        yields: [],
        not: ["reconsideration.handled=14000"],
      },
      {
        // a sentence opening on the year before the report's gives that year's rate, beside the year's own
        text: "全市审结行政复议案件1437件,直接纠错171件,纠错率11.9%。上年全市纠错率为14.86%。",
        yields: [f("reconsideration.concluded", 1437), f("reconsideration.corrected", 171), f("reconsideration.correction_rate", 11.9)],
        not: ["reconsideration.correction_rate=14.86"],
      },
      {
        // a footnote's or an item's marker before the year does not hide it: the earlier year's rate is history
        text: "全市行政机关败诉率为7.9%。\n② 2022年全市一审行政案件败诉率为10.6%。",
        yields: [f("litigation.loss_rate", 7.9)],
        not: ["litigation.loss_rate=10.6"],
      },
    ],
    metricsForYear(2023),
  );
});

describe("kinds of a figure stated apart", () => {
  table([
    { text: "在已结的行政复议案件中撤销6件,确认违法2件,责令履行1件,维持29件。", yields: [f("reconsideration.upheld", 29)] },
    // a kind stated alone is the figure
    { text: "行政复议案件中,2件予以维持,3件责令重新履行。", yields: [f("reconsideration.upheld", 2), f("reconsideration.corrected", 3)] },
    { text: "通过复议纠错、调解撤回等方式避免近30件案件进入诉讼。", yields: [] },
  ]);
});

describe("the nation's figures in a local report", () => {
  it("a nationwide rate quoted beside a city's own figures is not the city's", () => {
    const { metrics } = extract("2023年,柳川市共审结以市政府为被告的行政诉讼案件42件,无一败诉。据公开报道,2022年全国行政机关平均败诉率为13.2%。");
    expect(metrics.map((metric) => `${metric.id}=${metric.value}`)).toEqual(expect.arrayContaining(["litigation.concluded=42"]));
    expect(metrics.some((metric) => metric.id === "litigation.loss_rate")).toBe(false);
  });

  it("the own place's rate set against the nation's is the body's own, read with the rate the nation's clause names", () => {
    const { metrics } = extract("柳川省2023年法治政府建设情况报告\n2023年全国行政复议纠错率为12.1%,而我省仅为8%。");
    const read = metrics.map((metric) => `${metric.id}=${metric.value}`);
    expect(read).toContain("reconsideration.correction_rate=8");
    expect(read).not.toContain("reconsideration.correction_rate=12.1");
  });

  it("a national body's own report keeps the nation's figures", () => {
    const { meta, metrics } = extract("司法部2023年法治政府建设年度报告\n2023年,全国行政机关一审行政诉讼案件败诉率为13.2%。");
    expect(meta.level).toBe("national");
    expect(metrics.map((metric) => `${metric.id}=${metric.value}`)).toContain("litigation.loss_rate=13.2");
  });
});
