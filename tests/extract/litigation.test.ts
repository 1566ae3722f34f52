import { describe } from "vitest";
import { down, f, metricsForYear, table, up } from "./harness.js";

describe("litigation", () => {
  table([
    // appearances entrusted to deputies are some of all appearances, beside the principal heads' own (which stand as read)
    {
      text: "在审理的140件行政诉讼案件中,行政首长出庭应诉45件,委托副职出庭应诉80件,负责人出庭应诉总数为125件。",
      yields: [f("litigation.handled", 140), f("litigation.head_appearances", 45), f("litigation.head_appearances", 125)],
      not: ["litigation.head_appearances=80"],
    },
    // the terms a rule sets (考核细则规定:…) are thresholds, no rates reached
    { text: "考核细则规定:行政机关负责人出庭应诉率达到90%以上、行政诉讼败诉率低于10%的,相应指标得满分。全市行政机关负责人出庭应诉率97.4%。", yields: [f("litigation.head_appearance_rate", 97.4)], not: ["litigation.head_appearance_rate=90", "litigation.loss_rate=10"] },
    // none lost, said after the count alone (…1件,未败诉), with the court's judgment and the body named (均未判决街道败诉), or after
    // none corrected (均未被纠错或判决败诉)
    { text: "镇政府作为被告的行政诉讼案件1件,未败诉;无行政复议纠错案件。", yields: [f("litigation.received", 1), f("litigation.lost", 0), f("reconsideration.corrected", 0)] },
    { text: "全年收到法院行政判决书4份,均未判决街道败诉。", yields: [f("litigation.lost", 0)] },
    { text: "全系统被申请行政复议13件,被提起行政诉讼4件,均未被纠错或判决败诉。", yields: [f("reconsideration.received", 13), f("litigation.received", 4), f("litigation.lost", 0), f("reconsideration.corrected", 0)] },
    // the instance inside the cases' noun (行政诉讼一审案件共570件) names the bare total as after it does
    { text: "2022年行政、赔偿诉讼一审案件共570件(新收案件436件,旧存案件134件),新收行政一审案件同比下降21.16%;审结508件。", yields: [f("litigation.handled", 570), f("litigation.received", 436), f("litigation.concluded", 508)] },
    // first instance alone (受理一审行政诉讼案件) beside all of a court's cases (受理各类行政诉讼案件) is a narrower scope, not a second total
    { text: "2021年,临江市法院共受理各类行政诉讼案件8630件(含旧存912件),审结7904件。临江中院介绍,2021年全市法院受理一审行政诉讼案件5918件(含旧存703件),受理二审行政诉讼案件2712件。", yields: [f("litigation.handled", 8630), f("litigation.concluded", 7904)], not: ["litigation.handled=5918"] },
    // a view taken district by district (从各区涉诉情况看) turns to each district's counts, in its own sentence and the 其中 after it
    { text: "2022年,松原市中院受理一审行政案件1206件。从各区涉诉情况看,城南、城北两区涉诉案件合计占一审行政案件总量的48%。其中,城南涉诉371件,同比下降4.1%;城北涉诉208件。", yields: [f("litigation.received", 1206)], not: ["litigation.received=371", "litigation.received=208"] },
    { text: "2022年,松原市中院受理一审行政案件1206件。从各区情况看,城南区涉诉371件,城北区涉诉208件。", yields: [f("litigation.received", 1206)], not: ["litigation.received=371", "litigation.received=208"] },
    // a rate hoped to hold (希望…将出庭应诉率稳定在95%以上), or held after an aim in the clause before (力争…,出庭应诉率保持在95%以上), is a target
    { text: "报告建议各级行政机关加强应诉能力建设,希望将负责人出庭应诉率稳定在95%以上。", yields: [], not: ["litigation.head_appearance_rate=95"] },
    { text: "会议指出,各地要把更多争议吸附在复议阶段,力争明年行政复议与行政诉讼案件比达到3:1以上,负责人出庭应诉率保持在95%以上。", yields: [], not: ["litigation.head_appearance_rate=95"] },
    { text: "2023年,全市行政机关负责人出庭应诉率连续三年保持在97%以上。", yields: [f("litigation.head_appearance_rate", 97, { qualifier: "over" })] },
    { text: "2018年,柳河市法院共受理各类行政诉讼案件9120件,审结8230件。全市法院受理一审行政诉讼案件6104件(含旧存611件),同比上升9.4%。", yields: [f("litigation.received", 9120), f("litigation.concluded", 8230)], not: ["litigation.handled=6104"] },
    // the government as a party (涉区政府行政诉讼案件) is its own cases, no subject's kind; none lost yet said with 暂无 is a zero
    { text: "截至5月31日,涉区政府行政诉讼案件97宗、审结14宗,均暂无生效败诉案件。", yields: [f("litigation.handled", 97), f("litigation.concluded", 14), f("litigation.lost", 0)] },
    // a few fields named and counted together (…三个领域的败诉案件合计) are those fields' part, no total
    { text: "全市法院审结一审行政案件1102件,判决行政机关败诉的有96件。征收拆迁、社会保障、市场监管三个领域的败诉案件合计61件。", yields: [f("litigation.concluded", 1102), f("litigation.lost", 96)], not: ["litigation.lost=61"] },
    // cases chosen from those closed to be told as examples (…审结的行政案件中选取6件…案例) are no count of those closed
    { text: "省高级人民法院从全省法院2024年审结的行政案件中选取8件实质化解行政争议的案例予以发布。", yields: [], not: ["litigation.concluded=8"] },
    // a firm's civil suits are no administrative lawsuits
    { text: "公司现有民商事涉诉案件18件(作为原告11件、被告7件),年内审结15件,为公司挽回经济损失420万元。", yields: [], not: ["litigation.received=18", "litigation.concluded=15"] },
    // a rate's distance from a level is no value of it
    { text: "三是行政机关负责人出庭应诉率距100%还有差距。", yields: [], not: ["litigation.head_appearance_rate=100"] },
    // cases closed together with those carried over are the year's concluded; those heard in court and closed are no handled count
    // an aside that says some were carried over (其中上年结转2宗) makes the count those handled
    { text: "街道作为被告的行政诉讼案件6宗,其中新收5宗、上年结转1宗,已审结5宗。", yields: [f("litigation.handled", 6), f("litigation.received", 5), f("litigation.concluded", 5)], not: ["litigation.received=6"] },
    { text: "全年街道作为被告的行政诉讼案件9宗(其中上年结转3宗),已审结6宗。", yields: [f("litigation.handled", 9), f("litigation.concluded", 6)], not: ["litigation.received=9"] },
    { text: "全区新收一审行政诉讼案件86件,连同上年结转案件共结案102件。开庭审理并结案的79件中,行政机关负责人出庭应诉79件,出庭应诉率100%。", yields: [f("litigation.received", 86), f("litigation.concluded", 102), f("litigation.concluded", 79), f("litigation.head_appearances", 79), f("litigation.head_appearance_rate", 100)], not: ["litigation.handled=79"] },
    // a court's civil suits hand no lawsuits' topic on: the mediations after them are no settled lawsuits
    { text: "三季度末,全省信访总量同比下降18.6%,法院新收民商事诉讼案件同比下降7.4%。\n线上平台前三季度收到群众调解申请1.9万件,经线上调解成功1.4万件。", yields: [], not: ["litigation.settled=19000", "litigation.settled=14000"] },
    // each court's cases in turn after a head that says so (各法院受理情况:) are parts, past the semicolons too
    { text: "全市法院共受理行政诉讼案件84件,已审结41件。\n各法院受理情况:市中级人民法院受理19件,未结15件,撤诉2件;大武口区人民法院受理36件,未结16件,撤诉7件。", yields: [f("litigation.received", 84), f("litigation.concluded", 41)], not: ["litigation.received=36", "litigation.settled=7"] },
    // the replies a court's suggestions received (收到反馈26件) are no lawsuits received
    { text: "2023年全市法院向行政机关发送行政案件司法建议31件,收到反馈26件。", yields: [], not: ["litigation.received=26"] },
    // tribunals an arbitration court sends out (派出庭) are no heads' appearances
    { text: "在全区镇(街道)设立仲裁派出庭6个,组建调解队伍80余人。", yields: [], not: ["litigation.head_appearances=6"] },
    // mechanisms counted after the names of their parts (败诉案件报告、…通报三项配套机制) are no lost cases
    { text: "建立行政诉讼败诉风险预警、败诉案件报告、生效裁判履行情况通报三项配套机制。", yields: [], not: ["litigation.lost=3"] },
    // cases a department coordinated the handling of (协调处理…案件) were handled, not settled
    { text: "做好行政复议答复和行政诉讼应诉工作,全年协调处理行政复议案件4起、行政诉讼案件3起,均已办结。", yields: [f("reconsideration.handled", 4), f("litigation.handled", 3), f("litigation.concluded", 3)], not: ["litigation.settled=3"] },
    // the plaintiffs' losses are the agencies' wins
    { text: "据此计算,原告胜诉率为4.1%,原告败诉率则高达70.3%,原告败诉的88起中多为程序性驳回。", yields: [f("litigation.loss_rate", 4.1)], not: ["litigation.loss_rate=70.3", "litigation.lost=88"] },
    // a formula's ×100% is no rate
    { text: "行政机关败诉率为5.3%。注:败诉率=败诉案件数÷审结案件数×100%。", yields: [f("litigation.loss_rate", 5.3)], not: ["litigation.loss_rate=100"] },
    // hearings held in the cases against it (共开庭31件) are not the cases it received
    { text: "以县政府为被告的行政诉讼案件共开庭27件,均由县政府负责人出庭应诉。", yields: [], not: ["litigation.received=27"] },
    { text: "今年1至6月,全市税务机关被诉行政案件共开庭审理33件,负责人出庭应诉30件。", yields: [f("litigation.head_appearances", 30)], not: ["litigation.received=33"] },
    // what some of the cases closed came to (已审结案件中胜诉36宗) counts those, no cases closed
    { text: "截至年底,区司法局代理区政府作为当事人的行政诉讼案件48宗,审结40宗;已审结案件中胜诉35宗,原告撤诉5宗。", yields: [f("litigation.handled", 48), f("litigation.concluded", 40), f("litigation.settled", 5)], not: ["litigation.concluded=35"] },
    // an agent's appearances for the government (我局代理市政府…出庭应诉) are none of its heads': the cases it took on for it
    { text: "其中,我局代理市政府作为单独被告或共同被告的案件出庭应诉19件。", yields: [f("litigation.handled", 19)], not: ["litigation.head_appearances=19"] },
    // each year's count of a total over the years before it, its year opening its clause, is that year's figure, no part
    { text: "一、2021—2023年全县行政应诉情况\n三年全县共审结一审行政诉讼案件612件。分年度看,2021年审结198件;2022年审结207件;2023年审结207件。", yields: [f("litigation.concluded", 612), f("litigation.concluded", 198), f("litigation.concluded", 207), f("litigation.concluded", 207)] },
    // lawsuits said to be closed all (应诉案件2件,均已审结): their count is those concluded too
    { text: "行政应诉方面,全年应诉案件3件,均已审结,无一败诉。", yields: [f("litigation.handled", 3), f("litigation.concluded", 3), f("litigation.lost", 0)] },
    // an office entrusted to appear for the government, a clause before its count: none of the heads' appearances
    { text: "应诉工作中,县政府法制办受县政府委托,今年以来共出庭应诉23起,其中胜诉15起。", yields: [], not: ["litigation.head_appearances=23"] },
    // one kind of case (房屋征收与补偿案件) is a part of those concluded
    { text: "全省法院审结一审行政案件2310件。加强征收拆迁类案件审理,一审审结房屋征收与补偿案件642件。", yields: [f("litigation.concluded", 2310)], not: ["litigation.concluded=642"] },
    // a count of the cases said after them to be lost (仍有4件行政诉讼案件败诉)
    { text: "全县仍有3件行政诉讼案件败诉,败诉率6.1%。", yields: [f("litigation.lost", 3), f("litigation.loss_rate", 6.1)] },
    // a mixed count's kinds (行政诉讼、非诉行政执行审查等各类案件) lend no topic to the clause after it
    { text: "全市法院共受理行政诉讼、非诉行政执行审查等各类案件2760件,审结2688件。其中,行政诉讼案件收案1420件,审结1391件。", yields: [f("litigation.received", 1420), f("litigation.concluded", 1391)], not: ["litigation.concluded=2688"] },
    // an outcome among a count's cases (其中驳回原告诉讼请求97件) takes no cue of the count's before it
    { text: "截至年底,法院已审结153件,其中判决驳回原告诉讼请求81件,原告撤诉29件。", yields: [f("litigation.settled", 29)], not: ["litigation.concluded=81"] },
    // a dash sets off a headline's second part: the rate named before it is not the share a kind of agency lost after it
    // those closed late are a part of those closed, not their count
    // a bound one place named right after it meets is a condition for a notice, no figure; a rate reached by one is its own
    // administrative disputes resolved before any suit are no lawsuits settled
    // appearances an adviser made as the agency's agent are no heads'
    // a rate to be brought about is a target
    { text: "方立新:今年我们要把复议后起诉率降到5%以下,同时推动复议调解向前延伸。", yields: [], not: ["reconsideration.sued_after_rate=5"] },
    // a speaker's goal in a transcript: every clause of it is aimed at
    { text: "冯志远:我们的目标是力争败诉率控制在3%以内,负责人出庭应诉率保持100%。", yields: [], not: ["litigation.head_appearance_rate=100", "litigation.loss_rate=3"] },
    // what this year or the next is to bring, in a speech (今年要确保…达到100%,…降到15%以内), is a goal in every clause
    { text: "今年要确保负责人出庭率达到100%,败诉率降到12%以内,力争退出全市后三位。", yields: [], not: ["litigation.head_appearance_rate=100", "litigation.loss_rate=12"] },
    // a rate that must be reached (须达到)
    { text: "下半年各单位负责人出庭应诉率须达到100%。", yields: [], not: ["litigation.head_appearance_rate=100"] },
    { text: "全省法院受理的一审行政案件新收21386件,审结20915件。案件的地域分布不均衡,青川、白河两市的一审新收数依次为4812件、2306件;柳溪和松原两地,全年收案都没有超过400件。", yields: [f("litigation.received", 21386), f("litigation.concluded", 20915)], not: ["litigation.received=400"] },
    { text: "力争全州复议纠错率稳定在12%以上,行政机关负责人出庭应诉率达到100%。", yields: [], not: ["reconsideration.correction_rate=12", "litigation.head_appearance_rate=100"] },
    { text: "今年的目标很明确:行政诉讼败诉率要降到10%以下,复议纠错率保持在15%左右。", yields: [], not: ["litigation.loss_rate=10", "reconsideration.correction_rate=15"] },
    { text: "一审行政案件败诉12件,败诉率为9.09%;剔除因程序瑕疵败诉的5件,实体败诉率为5.3%。", yields: [f("litigation.lost", 12), f("litigation.loss_rate", 9.09), f("litigation.loss_rate", 5.3)], not: ["litigation.lost=5"] },
    { text: "明年将把行政机关负责人出庭应诉率提升至95%以上。", yields: [], not: ["litigation.head_appearance_rate=95"] },
    // not what a year's requirement was met with (今年要求…): the result stands
    { text: "今年要求各单位负责人带头出庭,全年出庭应诉率达98.2%。", yields: [f("litigation.head_appearance_rate", 98.2)] },
    { text: "区政府负责人出庭应诉率达100%,法律顾问代理出庭17件次。", yields: [f("litigation.head_appearance_rate", 100)], not: ["litigation.head_appearances=17", "litigation.handled=17"] },
    // those the centre resolved before any suit are its disputes mediated
    { text: "新收一审行政案件97件,原告主动撤诉29件。县行政争议调解中心诉前化解行政争议46件。", yields: [f("litigation.received", 97), f("litigation.settled", 29), f("disputes.mediated", 46)], not: ["litigation.settled=46"] },
    { text: "全年一审行政案件调撤结案52件。化解中心诉前成功化解行政争议31件。", yields: [f("litigation.settled", 52)], not: ["litigation.settled=31"] },
    // nor a procuratorate's, whose disputes are those its supervision met (区检察院…受理行政诉讼监督案件57件,化解行政争议26件)
    { text: "县法院新收行政案件88件,调撤31件。县检察院依托化解工作站受理行政诉讼监督案件40件,化解行政争议17件。联合县司法局在诉前阶段化解行政争议12件。", yields: [f("litigation.received", 88), f("litigation.settled", 31)], not: ["litigation.settled=17", "litigation.settled=12"] },
    { text: "全市行政机关负责人出庭应诉率94.4%。对出庭率低于80%的云埭县予以通报提醒。", yields: [f("litigation.head_appearance_rate", 94.4)], not: ["litigation.head_appearance_rate=80"] },
    { text: "全年审结行政诉讼案件80件,按期结案78件,超期结案2件。", yields: [f("litigation.concluded", 80)], not: ["litigation.concluded=2"] },
    // writings on the cases (败诉案件分析报告, 白皮书) counted in their own units are no cases
    { text: "全年行政诉讼案件败诉2件,撰写败诉案件分析报告1份,发布行政审判白皮书1期。", yields: [f("litigation.lost", 2)], not: ["litigation.lost=1"] },
    // the cases a judgment or a ruling closed are one way among the rest
    { text: "全年受理行政诉讼案件74件。其中:判决结案23件,裁定结案9件,撤诉37件。", yields: [f("litigation.received", 74), f("litigation.settled", 37)], not: ["litigation.concluded=23", "litigation.concluded=9"] },
    { text: "行政机关败诉率连年上升——民告官 乡镇政府败诉超三成。", yields: [], not: ["litigation.loss_rate=30"] },
    // a headline split over lines: a rate named alone on its line reaches the value the next line opens with
    { text: "行政审判白皮书发布\n\n行政机关负责人出庭应诉率\n\n首次达到85%以上\n\n5月9日,省高级人民法院召开新闻发布会。", yields: [f("litigation.head_appearance_rate", 85, { qualifier: "over" })] },
    // an infographic's caption ending on its verb over the rate alone on the next line
    { text: "2023年全市行政机关负责人出庭应诉率为\n97.1%\n一审行政案件行政机关败诉率为\n7.9%\n全年审结一审行政案件812件。", yields: [f("litigation.head_appearance_rate", 97.1), f("litigation.loss_rate", 7.9), f("litigation.concluded", 812)] },
    // an infographic's captions over their values, a rate named bare (败诉率 / 4.6%) and a count with its unit on a line of its own
    { text: "▍行政应诉\n一审应诉案件\n214\n件\n行政机关负责人出庭应诉率\n98.6%\n败诉率\n4.6%", yields: [f("litigation.handled", 214), f("litigation.head_appearance_rate", 98.6), f("litigation.loss_rate", 4.6)] },
    // a zero in an aside after a count is said of the whole count
    { text: "全年发生行政应诉案件31起(均未发生败诉情形),行政机关负责人出庭率达100%。", yields: [f("litigation.received", 31), f("litigation.lost", 0), f("litigation.head_appearance_rate", 100)] },
    // a mediation centre is a body: the cases it took up are put to mediation, neither settled nor handled lawsuits; those resolved through it are settled
    { text: "市司法局与中级法院共建行政争议调解中心。调解中心运行仅半年就组织联调行政案件860件,促成调解撤诉612件,调撤率达71.2%。", yields: [f("litigation.settled", 612), f("litigation.settlement_rate", 71.2)], not: ["litigation.settled=860", "litigation.handled=860"] },
    { text: "该中心运行两年来,新收行政诉讼187件,其中审结129件,另通过行政争议调解中心解决的案件46余起。", yields: [f("litigation.received", 187), f("litigation.concluded", 129), f("litigation.settled", 46, { qualifier: "over" })] },
    // a mediation success rate right after the lawsuits settled is their settlement rate, no dispute's
    { text: "东岭县行政争议调解中心成立以来,共办结行政案件214件,成功调撤87件,调解成功率达40.7%。", yields: [f("litigation.concluded", 214), f("litigation.settled", 87), f("litigation.settlement_rate", 40.7)], not: ["disputes.success_rate=40.7"] },
    // a court's 审执结 closes its cases
    { text: "2018年1月至2020年6月,全省法院共受理各类行政案件41230件,审执结38915件,结案率94.38%。", yields: [f("litigation.received", 41230), f("litigation.concluded", 38915)] },
    // a plaintiff withdrawing names a lawsuit, though the sentence names no other topic
    { text: "各级法院努力促进争议实质化解,先后有126件案件以原告主动撤诉或调解方式结案。", yields: [f("litigation.settled", 126)] },
    // none of either said as a list after 无, or as 零复议零诉讼; with no verb, 无 says none came in and none were dealt with
    // the bodies that reached a rate (12个县区…出庭应诉率达到100%), and a ranking of places by a rate, are theirs, not the whole's
    { text: "全年共有9个县区行政机关负责人出庭应诉率达到100%。", yields: [], not: ["litigation.head_appearance_rate=100"] },
    // one level's governments (县级政府) after the whole's rate are a part
    { text: "全市行政机关负责人出庭应诉率为93.4%,县级政府出庭应诉率为100%。", yields: [f("litigation.head_appearance_rate", 93.4)], not: ["litigation.head_appearance_rate=100"] },
    { text: "全市行政机关负责人出庭应诉率为96.2%,出庭应诉率较高的是青禾县(100%)、柳岸县(98%)。", yields: [f("litigation.head_appearance_rate", 96.2)], not: ["litigation.head_appearance_rate=100", "litigation.head_appearance_rate=98"] },
    // a total right after the new cases and those carried over is the caseload dealt with; the carried-over ones are a part
    { text: "2023年,全市新收行政诉讼案件380件,旧存15件,共计395件。", yields: [f("litigation.received", 380), f("litigation.handled", 395)], not: ["litigation.handled=15"] },
    // so is one whose own words name the cases before the total (收案合计, 案件合计), which alone would cue new cases
    { text: "2024年,全区法院新收行政诉讼案件513件,旧存27件,收案合计540件。", yields: [f("litigation.received", 513), f("litigation.handled", 540)], not: ["litigation.received=540"] },
    { text: "当年新收行政应诉案件64件,旧存3件,案件合计67件。", yields: [f("litigation.received", 64), f("litigation.handled", 67)] },
    // and with the new cases between the carried-over clause and the total
    { text: "全年行政应诉案件旧存9件,新收86件,合计95件。", yields: [f("litigation.received", 86), f("litigation.handled", 95)], not: ["litigation.handled=9", "litigation.received=95"] },
    // not a total after other parts (败诉…,撤诉…,合计)
    { text: "全年新收行政诉讼案件200件,其中败诉12件,撤诉5件,合计17件。", yields: [f("litigation.received", 200), f("litigation.lost", 12), f("litigation.settled", 5)], not: ["litigation.handled=17"] },
    // a headline's count restated with what it holds (新收…,旧存…) is the caseload dealt with, in the headline too
    { text: "受理一审行政案件940件\n白皮书显示,去年全市法院受理一审行政案件940件(新收734件,旧存206件),新收同比下降7%。", yields: [f("litigation.handled", 940), f("litigation.received", 734)], not: ["litigation.received=940"] },
    // not one case, and 案 short for 案件
    // the judgments and rulings a body received on its cases (收到…判决和裁定共14份) are court documents, no lawsuits received
    // the lawsuits a body is the defendant in, with no verb, came in against it, as 被诉 ones did; responded to (应诉) or dealt with, handled
    { text: "以柳川区政府为被告的行政诉讼案件共212件,案件量较上一年度180件增长18%。", yields: [f("litigation.received", 212)], not: ["litigation.handled=212"] },
    { text: "区政府法律顾问接受委托参与以区政府为被告的行政诉讼案件27件,已判决20件。", yields: [f("litigation.handled", 27)], not: ["litigation.received=27"] },
    { text: "全年以县政府作为被告的行政应诉案件15件,败诉2件。", yields: [f("litigation.handled", 15), f("litigation.lost", 2)], not: ["litigation.received=15"] },
    { text: "截至6月共处理以区政府为被告的行政诉讼案件21宗;共收到各级法院对以区政府为被告的案件作出的判决和裁定共16份。", yields: [f("litigation.handled", 21)], not: ["litigation.received=16"] },
    { text: "全年无一起行政诉讼案,无行政复议案。", yields: [f("litigation.received", 0), f("litigation.handled", 0), f("reconsideration.received", 0), f("reconsideration.handled", 0)] },
    { text: "2023年,全年无行政复议、行政诉讼案件,无违法行政案件发生。", yields: [f("reconsideration.received", 0), f("reconsideration.handled", 0), f("litigation.received", 0), f("litigation.handled", 0)] },
    { text: "2021年,本中心无行政诉讼和行政复议案件。", yields: [f("reconsideration.received", 0), f("reconsideration.handled", 0), f("litigation.received", 0), f("litigation.handled", 0)] },
    // 零复议零诉讼 and 无…案件发生 say none arose: none received
    { text: "加强与执法相对人的沟通交流,保持全年案件零复议零诉讼。", yields: [f("reconsideration.received", 0), f("litigation.received", 0)] },
    // a zero right after an example, in its paragraph, is the example's outcome; a new paragraph speaks of the body again
    { text: "比如,一家超市因价签不实被罚款2万元。复核中,县司法局建议执法部门自行纠正,争议当场化解,未引发行政诉讼。", yields: [], not: ["litigation.received=0"] },
    // none with the body itself as respondent or defendant (未发生以本局为被申请人的…, 也未发生以本局为被告的…)
    { text: "全年未发生以本局为被申请人的行政复议案件,也未发生以本局为被告的行政诉讼案件。", yields: [f("reconsideration.received", 0), f("litigation.received", 0)] },
    // and the two joined by 和 under one 未发生, the body named again before the lawsuits
    { text: "本年度未发生以我委为被申请人的行政复议案件和以我委为被告的行政诉讼案件。", yields: [f("reconsideration.received", 0), f("litigation.received", 0)] },
    { text: "全年无以我局为被申请人的行政复议案件,无以我局为被告的行政诉讼案件。", yields: [f("reconsideration.received", 0), f("litigation.received", 0)] },
    { text: "该局作为被申请人的行政复议案件全年仅发生2件;行政诉讼案件实现“零发生”。", yields: [f("reconsideration.received", 2), f("litigation.received", 0)] },
    // 一起 before the list, and appeals listed first (没有发生一起行政申诉、复议、诉讼案件): none of the reviews nor of the lawsuits
    { text: "全年没有发生一起行政复议、行政诉讼案件。", yields: [f("reconsideration.received", 0), f("litigation.received", 0)] },
    { text: "我站连续多年没有发生一起行政申诉、复议、诉讼案件。", yields: [f("reconsideration.received", 0), f("litigation.received", 0)] },
    { text: "比如,一家超市因价签不实被罚款2万元。\n全年未发生行政诉讼案件。", yields: [f("litigation.received", 0)] },
    // not a village's slogan in quotes (实现“零诉讼”的示范单位): lawsuits of every kind among its people
    { text: "法庭举行授牌仪式,标志着该林场成为矛盾源头化解实现“零诉讼”的示范单位。", yields: [], not: ["litigation.received=0"] },
    // a bare 应诉率 right after the heads' appearances is theirs; alone it is the rate of cases answered, no figure
    // a goal said so (目标到2025年,…) is no result, whatever year the report is on
    { text: "目标到2025年,全县行政机关负责人出庭应诉率达到100%。", yields: [], not: ["litigation.head_appearance_rate=100"] },
    // in a text of no known year, a year to be reached by is aimed at, as is one 力争 opens, unless the sentence says what is already done
    { text: "到2026年,全市行政机关负责人出庭应诉率达到100%,行政复议纠错率控制在10%以内。", yields: [], not: ["litigation.head_appearance_rate=100"] },
    { text: "力争到2026年底,全市行政机关负责人出庭应诉率达到100%。", yields: [], not: ["litigation.head_appearance_rate=100"] },
    { text: "到2023年底,全市已累计办理行政应诉案件320件。", yields: [f("litigation.handled", 320)] },
    // a headline's count of every kind of case, then a phrase on a rate, apart or run together: the rate names no noun of the count
    { text: "2018年两级法院受理案件七千余件 行政机关负责人应诉率偏低\n两级法院共受理各类案件7666件。", yields: [], not: ["litigation.received=7000"] },
    { text: "2018年两级法院受理案件七千余件行政机关负责人应诉率偏低\n两级法院共受理各类案件7666件。", yields: [], not: ["litigation.received=7000"] },
    // a count's own noun after a space stays its noun where no phrase ends (受理 45件 行政诉讼案件 is no headline)
    { text: "全年受理行政诉讼案件 45件。", yields: [f("litigation.received", 45)] },
    // a headline's rate in tenths, where the text states it exactly too: the rounding, no second value
    { text: "去年柳川行政机关负责人出庭应诉率超八成\n本报讯 2023年,全市行政机关负责人出庭应诉率为84.9%。", yields: [f("litigation.head_appearance_rate", 84.9)], not: ["litigation.head_appearance_rate=80"] },
    { text: "2023年,全市行政机关负责人出庭应诉率超八成。", yields: [f("litigation.head_appearance_rate", 80, { qualifier: "over" })] },
    // an item with a verb of its own (改判) takes no verb of the list's
    { text: "全县行政诉讼一审案件36件,二审案件11件,其中一审败诉3件,二审改判2件。", yields: [f("litigation.lost", 3)], not: ["litigation.lost=2"] },
    // the judgments that make a loss listed before it (判决撤销或确认违法等行政机关败诉案件): the losses, no kind of case
    { text: "全市法院审结一审行政案件1790件,其中判决驳回诉讼请求680件,判决撤销或确认违法等行政机关败诉案件210件。", yields: [f("litigation.concluded", 1790), f("litigation.lost", 210)] },
    // some of the heads' appearances, listed after their rate: a part of the count before it
    { text: "2024年,全县行政机关负责人出庭应诉218件,出庭应诉率达100%,其中主要负责人出庭41件。", yields: [f("litigation.head_appearances", 218), f("litigation.head_appearance_rate", 100)], not: ["litigation.head_appearances=41"] },
    { text: "新增行政诉讼案件3件,镇领导均出庭应诉,应诉率达100%。", yields: [f("litigation.received", 3), f("litigation.head_appearance_rate", 100)] },
    { text: "行政机关负责人出庭应诉17次,应诉率100%。", yields: [f("litigation.head_appearances", 17), f("litigation.head_appearance_rate", 100)] },
    // heads, or the deputies they entrust, who took part in a case's hearing appeared in it; not cadres sent to watch one
    { text: "由主要领导或委托分管领导参加行政诉讼开庭审理6件,行政机关负责人出庭应诉率100%。", yields: [f("litigation.head_appearances", 6), f("litigation.head_appearance_rate", 100)] },
    // the cases heard, where heads appeared in each, are no cases handled; nor those joined as a third party
    { text: "开庭审理的7件案件均由局主要负责人出庭应诉。", yields: [f("litigation.head_appearances", 7)], not: ["litigation.handled=7"] },
    { text: "全年审结98件,行政机关败诉4件。此外,区政府作为第三人参加诉讼5件。", yields: [f("litigation.lost", 4)], not: ["litigation.handled=5"] },
    // the work of answering suits names no cases answered
    { text: "三、存在不足 一是源头预防还不够有力,应诉工作中仍有1件案件因未按期举证败诉。", yields: [], not: ["litigation.handled=1"] },
    { text: "全年共发生行政诉讼案件17件,其中我局作为被告12件、作为第三人参加诉讼5件。", yields: [f("litigation.received", 17)], not: ["litigation.handled=5"] },
    { text: "组织领导干部参加庭审旁听活动12次。", yields: [], not: ["litigation.head_appearances=12"] },
    // 民告官, the people suing officials, is said of reviews too: where the text counts the same cases as reviews, and names
    // no lawsuit beside it (申请人撤回申请, not 原告 or 法院), they are those reviews
    {
      text: "上半年,柳川市共受理208件“民告官”案件,其中三成经调解后申请人撤回申请。市司法局介绍,全市各级行政复议机关共收到复议案件236件,正式受理208件。",
      yields: [f("reconsideration.received", 236), f("reconsideration.accepted", 208)],
      not: ["litigation.received=208"],
    },
    // a rate's next value, moved to in the clause after it (…为8.3%,今年下降至5.1%), is its value; the one it moved from a baseline
    { text: "去年全县行政机关败诉率为8.3%,今年下降至5.1%。", yields: [f("litigation.loss_rate", 5.1)], not: ["litigation.loss_rate=8.3"] },
    { text: "全年行政机关负责人出庭应诉率为92%,全省平均提升至95%。", yields: [f("litigation.head_appearance_rate", 92)], not: ["litigation.head_appearance_rate=95"] },
    { text: "与去年同期相比,全县行政诉讼案件数量从2022年的85件下降至2023年的62件。", yields: [f("litigation.handled", 62)], not: ["litigation.handled=85"] },
    // what it is expected to reach is a target
    { text: "目前,调撤行政诉讼案件96件,调撤率41.2%,有望提升至45%以上。", yields: [f("litigation.settled", 96), f("litigation.settlement_rate", 41.2)], not: ["litigation.settlement_rate=45"] },
    // a government's leaders are its heads: the cases they appeared in are appearances, not all the cases
    { text: "2023年,县政府领导带头出庭应诉的行政案件为7件。", yields: [f("litigation.head_appearances", 7)], not: ["litigation.handled=7"] },
    { text: "全年办理行政诉讼案件12件,应诉率100%。", yields: [f("litigation.handled", 12)], not: ["litigation.head_appearance_rate=100"] },
    // cases counted before the heads' appearance rate are its base, no appearances
    { text: "严格落实负责人出庭应诉规定,全区9件行政应诉案件行政机关负责人出庭应诉率达100%。", yields: [f("litigation.head_appearance_rate", 100)], not: ["litigation.head_appearances=9"] },
    // the heads' appearances keeping or reaching a share, the rate unnamed
    { text: "组织开展市长学法日,行政机关负责人出庭应诉保持100%。", yields: [f("litigation.head_appearance_rate", 100)] },
    // a named place's agencies sued, or one level's, are one respondent's cases beside the court's total; the whole place's are its own
    { text: "全年受理行政诉讼案件150件。其中柳岸区行政机关涉诉90件,占行政诉讼案件总数60%。青川市行政机关涉诉30件,市级机关涉诉18件。", yields: [f("litigation.received", 150)], not: ["litigation.received=30", "litigation.received=18"] },
    { text: "2023年,全市行政机关涉诉120件,同比下降8%。", yields: [f("litigation.received", 120, { change: { direction: "down", amount: 8, unit: "percent" } })] },
    // bodies' or levels' counts side by side, of different values and no total, are a breakdown: none is the body's
    { text: "全市行政诉讼一审案件中,市本级部门被诉32件,县区政府被诉68件。", yields: [], not: ["litigation.received=32", "litigation.received=68"] },
    { text: "全年行政诉讼案件中,市直部门被诉26件。", yields: [f("litigation.received", 26)] },
    // a level's own first-instance count beside its appeals is its figure: the appeals are another instance, no other body's part
    { text: "(二)行政应诉。省本级办理一审行政应诉案件74件、二审案件31件,已审结的一审案件全部胜诉。", yields: [f("litigation.handled", 74), f("litigation.lost", 0)], not: ["litigation.handled=31"] },
    // cases said to involve the reporting body are those brought against it
    { text: "2022年,涉及本单位的行政诉讼案件7件,均已审结。", yields: [f("litigation.received", 7), f("litigation.concluded", 7)], not: ["litigation.handled=7"] },
    { text: "2023年,涉我局行政诉讼案件9件,均已审结。", yields: [f("litigation.received", 9), f("litigation.concluded", 9)], not: ["litigation.handled=9"] },
    // the cases a head should appear in are the rate's base; deputies entrusted to appear are a part of the heads' total
    // a plaintiff withdrawing after a dispute was resolved withdraws a lawsuit: settled, not disputes mediated
    { text: "与市司法局共建行政争议协调化解中心,坚持调解优先,通过协调方式化解行政争议后原告撤诉964件,调撤率20.8%。", yields: [f("litigation.settled", 964), f("litigation.settlement_rate", 20.8)], not: ["disputes.mediated=964"] },
    // heads counted by rank, in persons (负责人副职出庭的998人,正职出庭的203人): a split of those who came, no count of appearances
    { text: "全年行政机关负责人出庭应诉的案件1201件。各级行政机关负责人副职出庭的998人,正职出庭的203人。", yields: [f("litigation.head_appearances", 1201)], not: ["litigation.head_appearances=998", "litigation.head_appearances=203"] },
    { text: "应当由行政首长出庭的案件96件,行政首长出庭应诉40件,委托副职出庭应诉56件,行政负责人出庭应诉总数为96件,出庭应诉比例为100%。", yields: [f("litigation.head_appearances", 40), f("litigation.head_appearances", 96), f("litigation.head_appearance_rate", 100)], not: ["litigation.head_appearances=56"] },
    // damages a count says it includes are its own cases, no topic outside the catalogue
    { text: "本年度受理行政诉讼(含行政赔偿)案件356件,同比下降17.8%。共审结行政诉讼(含行政赔偿)案件389件。", yields: [f("litigation.received", 356, { change: { direction: "down", amount: 17.8, unit: "percent" } }), f("litigation.concluded", 389)] },
    // a rate in tenths (达九成以上); a share of disputes in tenths with no rate named is no figure
    { text: "全市行政机关负责人出庭应诉率达九成以上。", yields: [f("litigation.head_appearance_rate", 90, { qualifier: "over" })] },
    { text: "超过八成的行政诉讼案件在一审阶段案结事了。", yields: [] },
    // a total of several years broken down by year, each year's clause its own: each is that year's figure
    { text: "截至2021年底,该院五年内共受理一审、二审行政案件8210件。其中,2018年,受理一审行政案件1560件,同比上升12.1%;2019年,受理一审行政案件1702件。", yields: [f("litigation.received", 8210), f("litigation.received", 1560, { change: up(12.1) }), f("litigation.received", 1702)] },
    // a loss rate of zero said in words
    { text: "2023年,全县行政案件败诉率为零。", yields: [f("litigation.loss_rate", 0)] },
    // a court's cases of every kind hold its administrative ones; a lawyer's lawsuits are not the body's
    { text: "2022年,两级法院共受理各类案件5321件,同比上升12.5%。其中,行政案件受理总数为612件,同比上升8.2%。", yields: [f("litigation.received", 612, { change: up(8.2, "percent") })] },
    { text: "全市律师办理各类法律事务9.1万件。其中,办理行政诉讼案件1.2万件。", yields: [], not: ["litigation.handled=12000"] },
    // a court's administrative cases hold its reviews of enforcement: the lawsuits its list names are the lawsuits, and the whole stands too
    { text: "2021年,县人民法院共受理行政案件84件,其中行政诉讼案件61件,行政非诉审查案件23件。", yields: [f("litigation.received", 84), f("litigation.received", 61)] },
    { text: "2020年,法院共受理行政案件38件,其中行政诉讼案件25件,涉及公安、自然资源等部门。", yields: [f("litigation.received", 38), f("litigation.received", 25)] },
    // a court's administrative trials' mediation rate is its lawsuits' settlement rate
    { text: "2023年,全省法院行政审判质效指标稳中向好,其中上诉率为31.2%、调解率为38.57%。", yields: [f("litigation.settlement_rate", 38.57)] },
    // the share settled said by how, as the settled cases' part or proportion; by mediating, not a withdrawal alone
    { text: "全年审结一审行政案件320件,以协调和解撤诉方式结案的案件比例达23.5%。", yields: [f("litigation.concluded", 320), f("litigation.settlement_rate", 23.5)] },
    { text: "全年审结一审行政案件320件,通过协调化解撤诉结案的占审结案件的21%。", yields: [f("litigation.concluded", 320), f("litigation.settlement_rate", 21)] },
    { text: "全年审结一审行政案件320件,原告撤诉结案的占15%。", yields: [f("litigation.concluded", 320)], not: ["litigation.settlement_rate=15"] },
    // lawsuits that are a share of civil cases are civil
    { text: "全省人民法庭受理诉讼案件81230件,占基层法院民商事案件收案总量的31.2%,审结76105件。", yields: [], not: ["litigation.received=81230"] },
    // a band someone names is no rate; a bare 0 is none lost
    { text: "专家认为,行政案件败诉率维持在10%到12%之间最为平衡。", yields: [], not: ["litigation.loss_rate=10"] },
    { text: "截至10月底,全区行政复议纠错率为9.62%,同比下降4%;经过复议后案件诉讼率为2.35%、败诉率为0。", yields: [f("reconsideration.correction_rate", 9.62, { change: down(4, "percent") }), f("reconsideration.sued_after_rate", 2.35), f("litigation.loss_rate", 0)] },
    // a judgment that undoes the act, after the count, is a loss
    { text: "引发行政诉讼案件共24件,经法院审理,判决驳回原告请求5件,裁定驳回起诉4件,1件判决撤销原行政行为。", yields: [f("litigation.received", 24), f("litigation.lost", 1)] },
    // the head named to appear is no appearance
    { text: "聘请1名常年法律顾问负责行政应诉,确定1名行政负责人为行政应诉出庭人。", yields: [], not: ["litigation.head_appearances=1"] },
    // a streak of months the rate held is no count of appearances
    { text: "发挥督导督促作用,机关负责人出庭应诉率连续29个月保持100%。", yields: [f("litigation.head_appearance_rate", 100)], not: ["litigation.head_appearances=29"] },
    // the rate named as a share (败诉比例): the loss rate
    { text: "三年来受理行政案件共26件,判决行政机关败诉案件2件,败诉比例仅为7.69%。", yields: [f("litigation.received", 26), f("litigation.lost", 2), f("litigation.loss_rate", 7.69)] },
    // lawsuits resolved ended without a judgment
    { text: "深化府院联动机制,化解行政诉讼案件31件,调撤率38.2%。", yields: [f("litigation.settled", 31), f("litigation.settlement_rate", 38.2)], not: ["litigation.handled=31"] },
    // the lawsuits against one kind of act, and their outcome, are a breakdown
    { text: "行政强制直接被提起行政诉讼21宗,判决撤销、部分撤销、变更、确认违法或者确认无效11宗;行政征收1251宗。", yields: [], not: ["litigation.received=21", "litigation.lost=11"] },
    // an aside naming the rate it also is: a reconsideration's rate of zero too
    { text: "2023年度,以镇人民政府为被告(被申请人)的行政诉讼(复议)案件9个,败诉率(被纠错率)为零。", yields: [f("litigation.loss_rate", 0), f("reconsideration.correction_rate", 0)] },
    // a sentence opening on the cases of one outcome lists kinds of them; a count in the opening is its own
    { text: "全区行政机关败诉案件中,因程序违法败诉的5件,因事实不清败诉的3件。", yields: [], not: ["litigation.lost=5", "litigation.lost=3"] },
    { text: "审结的6120件一审行政诉讼案件中,行政机关败诉598件。", yields: [f("litigation.concluded", 6120), f("litigation.lost", 598)] },
    // a superior's average set against the text's own place is a comparison, not the figure
    // the text's own place given its value right after (我市为6.1%) has the rate the superior's clause names
    // a superior named by its name, its average set against the text's own place, is no rate of the text's
    { text: "全县新增行政诉讼案件31件;法院审结29件,行政机关败诉2件,败诉率6.9%。临江市行政机关平均败诉率为9.8%,我县低于全市平均水平。", yields: [f("litigation.received", 31), f("litigation.concluded", 29), f("litigation.lost", 2), f("litigation.loss_rate", 6.9)], not: ["litigation.loss_rate=9.8"] },
    { text: "全省平均败诉率为9.6%,我市为6.1%,低于全省平均水平。", yields: [f("litigation.loss_rate", 6.1)], not: ["litigation.loss_rate=9.6"] },
    { text: "全省行政机关负责人出庭应诉率为96%,我市为100%。", yields: [f("litigation.head_appearance_rate", 100)], not: ["litigation.head_appearance_rate=96"] },
    // its value with no verb (我区100%), or its whole as the own place (全市为6%)
    { text: "2023年,全省行政机关负责人出庭应诉率95%,我区100%。", yields: [f("litigation.head_appearance_rate", 100)], not: ["litigation.head_appearance_rate=95"] },
    { text: "2023年全省行政诉讼败诉率为8%,全市为6%。", yields: [f("litigation.loss_rate", 6)], not: ["litigation.loss_rate=8"] },
    // not a whole of the superior's own unit (全省…,全省…)
    { text: "全省行政诉讼败诉率为8%,全省法院审结行政案件5000件。", yields: [f("litigation.loss_rate", 8), f("litigation.concluded", 5000)] },
    { text: "全市行政机关负责人出庭应诉率为100%,我县为98%。", yields: [f("litigation.head_appearance_rate", 98)], not: ["litigation.head_appearance_rate=100"] },
    { text: "全市行政复议纠错率为12%,我市为10%。", yields: [f("reconsideration.correction_rate", 12)], not: ["reconsideration.correction_rate=10"] },
    // the lost or settled cases' share of all the cases concluded is the rate; their share of a wider whole's losses is not
    { text: "全年审结一审行政案件412件,行政机关败诉案件38件,占结案总数的9.2%。", yields: [f("litigation.concluded", 412), f("litigation.lost", 38), f("litigation.loss_rate", 9.2)] },
    { text: "全市法院通过协调和解方式化解行政诉讼案件203件,占一审结案总数的27.6%。", yields: [f("litigation.settled", 203), f("litigation.settlement_rate", 27.6)] },
    { text: "全年应诉行政诉讼案件320件,其中,行政机关负责人出庭应诉的64件,占诉讼案件的20%。", yields: [f("litigation.handled", 320), f("litigation.head_appearances", 64), f("litigation.head_appearance_rate", 20)] },
    { text: "2024年全市法院共化解行政争议223件,化解率为24.86%。", yields: [f("litigation.settled", 223)] },
    // a count said to be a share of its own kind's total is some of them: here those a lawyer took part in
    { text: "其中原告代理律师参与法院协调,最终化解行政争议277件,占协调化解案件总数的35.1%。", yields: [], not: ["litigation.settled=277", "litigation.settlement_rate=35.1"] },
    { text: "全市行政机关败诉案件38件,占全省败诉案件的12.1%。", yields: [f("litigation.lost", 38)], not: ["litigation.loss_rate=12.1"] },
    // a court's count of every kind, no figure, lends its verb to its administrative cases listed beside civil ones;
    // one restated before its own outcome is no second figure
    { text: "2023年,全院共受理各类案件5400件,其中行政案件320件,民事案件4100件。", yields: [f("litigation.received", 320)] },
    // the verb after the cases of every kind (各类案件受理量为), under a heading on lawsuits
    { text: "二、行政诉讼情况\n2023年,全市两级法院各类案件受理量为6,142件,同比上升4.1%。", yields: [], not: ["litigation.received=6142"] },
    { text: "2023年,行政庭共收案1093件(其中行政案件32件,民事案件1056件),共计结案810件(其中,行政案件32件,结案28件;民事案件1056件,结案777件)。", yields: [f("litigation.received", 32), f("litigation.concluded", 28)] },
    { text: "全年办结法律援助案件465件,其中行政案件12件,民事案件400件。", yields: [], not: ["litigation.received=12", "litigation.handled=12"] },
    // the decision contested names what the cases arose from, not what is counted: no reconsiderations settled
    { text: "今年成功化解3起因不服复议决定提起诉讼的信息公开案件。", yields: [], not: ["reconsideration.settled=3"] },
    { text: "2021年,全市一审行政诉讼败诉案件占比低于6%。", yields: [f("litigation.loss_rate", 6, { qualifier: "under" })] },
    { text: "2023年,全市行政机关败诉案件占比为4.5%。", yields: [f("litigation.loss_rate", 4.5)] },
    // the lost cases' share of all those concluded, the lost cases named again as the share's subject; not of a wider place's
    { text: "全年审结行政诉讼案件180件,败诉14件,败诉案件占审结案件的7.8%。", yields: [f("litigation.concluded", 180), f("litigation.lost", 14), f("litigation.loss_rate", 7.8)] },
    { text: "全市行政机关败诉案件占全省败诉案件的12.1%。", yields: [], not: ["litigation.loss_rate=12.1"] },
    // a sentence that opens on a goal states targets
    { text: "目标:到2027年,行政机关负责人出庭应诉率达到100%,败诉率控制在5%以内。", yields: [], not: ["litigation.head_appearance_rate=100"] },
    // 应诉 inside an office's name (行政复议应诉科) names no topic
    { text: "市司法局行政复议应诉科人员、市检察院分组对抽选的21个市级部门75件行政许可、处罚、强制等案件实施集中评查。", yields: [f("enforcement.case_files_reviewed", 75)], not: ["litigation.handled=75"] },
    // the judgments listed after their cue keep the topic the sentence before handed on
    { text: "2021年,东岭市人民法院共审结行政诉讼案件73件。判决确认行政行为违法、撤销、变更和责令履行法定职责9件。", yields: [f("litigation.concluded", 73), f("litigation.lost", 9)] },
    // 受案 is a court's word for the cases it took in
    { text: "2024年,北岚市各级行政复议机关共收到复议申请1860件;同期全市法院行政诉讼受案702件,复议与诉讼收案比约为2.6:1。", yields: [f("reconsideration.received", 1860), f("litigation.received", 702)] },
    // a bound after the exact figure it rounds is a comment on it
    { text: "2023年,全市一审行政案件收案2318件,虽然比2022年下降6.1%,但收案数超过2000件。", yields: [f("litigation.received", 2318)], not: ["litigation.received=2000"] },
    // non-litigation cases (行政非诉案件) are enforcement reviews, no lawsuits
    { text: "2023年,全市一审行政案件收案2210件。新收二审行政案件640件,同比增长1.5%;新收行政非诉案件388件,同比增长6.1%,其中裁定准予执行260件;全市行政机关败诉案件91件。", yields: [f("litigation.received", 2210), f("litigation.lost", 91)], not: ["litigation.received=388"] },
    // a count cued by 受理 whose 其中 sentence names its 新收 holds the cases carried over too: the caseload handled
    { text: "2023年,全市法院受理各类行政诉讼案件1352件,与上年同期收案1187件相比增加165件。其中,新收案件1264件,同比上升6.8%。", yields: [f("litigation.handled", 1352), f("litigation.received", 1264)], not: ["litigation.received=1352"] },
    // places listed by their names as the subject speak for those places only
    { text: "全市法院受理各类行政诉讼案件1288件。柳岸区、青山县法院新收一审行政案件数超过100件。", yields: [f("litigation.received", 1288)], not: ["litigation.received=100"] },
    // cases at risk of being lost are no lawsuits lost
    { text: "2023年以来,组织召开行政诉讼案件研商会30余次,累计化解高败诉风险案件14件,行政诉讼败诉率从8.5%降至3.1%。", yields: [f("litigation.loss_rate", 3.1)], not: ["litigation.lost=14"] },
    // what decisions gave rise to (引起), and 行政败诉, a lawsuit the agency lost, whatever came before
    { text: "2024年,中队作出处罚决定的案件引起行政复议0起、行政诉讼案件数0件。全年行政复议被纠错0件,行政败诉0起。", yields: [f("reconsideration.received", 0), f("litigation.received", 0), f("reconsideration.corrected", 0), f("litigation.lost", 0)] },
    // cases newly arising were received; disputes a head took part in resolving were not settled by the body
    { text: "2023年,全市新发行政诉讼案件938件,同比下降9.6%。", yields: [f("litigation.received", 938)], not: ["litigation.handled=938"] },
    { text: "行政机关负责人实际出庭应诉3120件,参与协调化解行政争议604件,通过协调促成原告撤诉455件。", yields: [f("litigation.head_appearances", 3120), f("litigation.settled", 455)], not: ["litigation.settled=604"] },
    // the cases one outcome names first, then their bare total (共有)
    { text: "一审判决行政机关败诉的案件,全年共有173件,其中撤销行政行为81件。", yields: [f("litigation.lost", 173)], not: ["litigation.handled=173"] },
    // the cases that gave rise to lawsuits, 的 before them; those a court docketed among them are a part
    { text: "引起行政诉讼的案件共23件,其中法院不予立案6件,立案审理17件。", yields: [f("litigation.received", 23)], not: ["litigation.received=17"] },
    // heads of departments and of governments counted apart are parts of the heads' appearances
    { text: "全省法院审理的8642件行政案件中,行政机关负责人出庭应诉的3710件。从各级负责人出庭数据统计来看,部门负责人出庭的3102人,政府负责人出庭的455人。", yields: [f("litigation.handled", 8642), f("litigation.head_appearances", 3710)], not: ["litigation.head_appearances=3102", "litigation.head_appearances=455"] },
    { text: "全市行政诉讼败诉率从2020年21.4%降至2023年9.6%。", yields: [f("litigation.loss_rate", 9.6)], not: ["litigation.loss_rate=21.4"] },
    // all won, said in words, is none lost
    { text: "全年完成区政府行政应诉案件39件,均胜诉。", yields: [f("litigation.handled", 39), f("litigation.lost", 0)] },
    { text: "全年办理行政应诉案件39件,其中审结的12件均胜诉。", yields: [f("litigation.handled", 39), f("litigation.concluded", 12)], not: ["litigation.lost=0"] },
    { text: "全年办理行政应诉案件39件,二审均胜诉。", yields: [f("litigation.handled", 39)], not: ["litigation.lost=0"] },
    // all won said right after reconsideration cases is theirs, not the lawsuits'
    { text: "全年产生行政复议4起,均胜诉;行政诉讼6起,其中胜诉3起。", yields: [f("reconsideration.received", 4), f("litigation.handled", 6)], not: ["litigation.lost=0"] },
    // cases a mediation centre put to joint mediation, 诉讼 named too, and cases still being tried that one party withdrew, are no lawsuits handled
    { text: "调解中心运行以来,已组织联调行政诉讼案件642件,其中成功促成以调解撤诉结案301件。", yields: [f("litigation.settled", 301)], not: ["litigation.handled=642"] },
    { text: "今年以来法院诉前引调行政诉讼案件28件,成功调解19件。", yields: [f("litigation.settled", 19)], not: ["litigation.handled=28"] },
    // past a semicolon, a stretch that opens on a count of another thing (督办件) takes no topic from before it
    { text: "新收行政诉讼案件58件;市里交办的督办件12件,成功化解9件。", yields: [f("litigation.received", 58)], not: ["litigation.settled=9"] },
    { text: "新收行政诉讼案件58件;审结52件,成功化解9件。", yields: [f("litigation.received", 58), f("litigation.concluded", 52), f("litigation.settled", 9)] },
    { text: "经该调解中心调解,一家公司一并撤回了正在两级法院审理的118宗行政诉讼案件。", yields: [], not: ["litigation.handled=118"] },
    // the lost counted together with cases of another kind are a count of neither
    { text: "全年行政诉讼败诉4件。复盘败诉及高风险案件37件次,发出提醒函12份。", yields: [f("litigation.lost", 4)], not: ["litigation.lost=37"] },
    // a count of either of two outcomes (驳回…或…准许撤回起诉) is no count of settled cases
    {
      text: "本年度新收行政诉讼案件26宗。经人民法院审理,驳回诉讼请求或裁定准许原告撤回起诉案件22宗,被撤销或确认违法案件2宗。",
      yields: [f("litigation.received", 26), f("litigation.lost", 2)],
      not: ["litigation.settled=22"],
    },
    {
      text: "全年作为被告新收行政诉讼案件31宗。经法院审理,判决驳回诉讼请求或裁定准予撤诉的案件24宗,被判决撤销或确认违法案件2宗。",
      yields: [f("litigation.received", 31), f("litigation.lost", 2)],
      not: ["litigation.settled=24"],
    },
    // a police report: reviews applied for and suits involving it are received; its permit applications are no cases
    { text: "对行政处罚结果向市公安局申请行政复议案件5件,全市公安机关涉行政诉讼案件61件。全年共收到行政许可申请182万件,受理181万件。", yields: [f("reconsideration.received", 5), f("litigation.received", 61)], not: ["litigation.received=1810000"] },
    // cases filed against the body (被提起行政诉讼N件) are those it received
    { text: "2024年,我局被提起行政复议3件,被提起行政诉讼2件。", yields: [f("reconsideration.received", 3), f("litigation.received", 2)] },
    { text: "因政府信息公开申请提起行政复议1件,提起行政诉讼0件。", yields: [f("reconsideration.received", 1), f("litigation.received", 0)] },
    { text: "经复议后提起行政诉讼的案件4件。", yields: [f("reconsideration.sued_after", 4)], not: ["litigation.received=4"] },
    // the review's applicants bringing suit after it, the clause before saying so: no lawsuits received
    { text: "全年审结行政复议案件86件。复议决定作出后,申请人提起行政诉讼的15件。", yields: [f("reconsideration.concluded", 86), f("reconsideration.sued_after", 15)], not: ["litigation.received=15"] },
    // the heads' rate, not their staff's; a mark broken through is no rate
    { text: "2014年,法院共受理行政案件38件,行政机关主要负责人出庭率80%以上,行政机关工作人员出庭率达100%。", yields: [f("litigation.received", 38), f("litigation.head_appearance_rate", 80, { qualifier: "over" })], not: ["litigation.head_appearance_rate=100"] },
    { text: "青禾:行政机关负责人出庭应诉率突破85%\n全省行政机关负责人出庭应诉率首次跃升至86.41%。", yields: [f("litigation.head_appearance_rate", 86.41)], not: ["litigation.head_appearance_rate=85"] },
    // an aside on what the count holds is not the noun it counts; the lawsuits after it are a part
    // a count that says it holds the non-litigation reviews splits its lawsuits off in the next sentence, as 各类行政案件 does
    {
      text: "2023年全市两级法院共受理行政案件1042件(含非诉执行类案件)。其中,诉讼案件共计736件,数量同比减少120件。",
      yields: [f("litigation.received", 1042), f("litigation.received", 736)],
      not: ["litigation.handled=736"],
    },
    // one quoted kind of cases is a part
    { text: "全省法院审结一审征地补偿、房屋征收等行政案件3760件;审结一审“两违”行政案件2450件。", yields: [], not: ["litigation.concluded=2450"] },
    { text: "全年新收行政诉讼案件86件,审结79件。", yields: [f("litigation.received", 86), f("litigation.concluded", 79)] },
    { text: "2024年,全县行政应诉案件共计一百零五件,同比增长17.1%。", yields: [f("litigation.handled", 105, { change: up(17.1) })] },
    { text: "区政府作为被告的行政诉讼案件42起,较上年减少6起。", yields: [f("litigation.received", 42, { change: down(6, "count") })] },
    { text: "行政诉讼败诉案件3件,败诉率为4.2%,较去年下降1.5个百分点。", yields: [f("litigation.lost", 3), f("litigation.loss_rate", 4.2, { change: down(1.5, "percentage_point") })] },
    { text: "全市法院受理一审行政案件1,268件,判决行政机关败诉128件。", yields: [f("litigation.received", 1268), f("litigation.lost", 128)] },
    { text: "行政机关负责人出庭应诉率达到百分之百。", yields: [f("litigation.head_appearance_rate", 100)] },
    { text: "行政机关负责人出庭应诉57人次,出庭应诉率98.3 %。", yields: [f("litigation.head_appearances", 57), f("litigation.head_appearance_rate", 98.3)] },
    // the heads counted by 名 before what they did
    // a verb inside an object 对 opens after the count is the object's: the count is of what was done to it (批示)
    { text: "两年来,县政府主要领导先后5次对机关负责人出庭应诉工作作出批示。", yields: [], not: ["litigation.head_appearances=5"] },
    { text: "全县行政机关负责人出庭应诉率保持100%,共有57名机关负责人出庭应诉。", yields: [f("litigation.head_appearance_rate", 100), f("litigation.head_appearances", 57)] },
    {
      text: "全市行政诉讼一审收案数、败诉数分别为120件、8件。",
      yields: [f("litigation.received", 120), f("litigation.lost", 8)],
      not: ["litigation.lost=120"],
    },
    { text: "行政复议和行政诉讼案件分别为30件、20件。", yields: [f("reconsideration.handled", 30), f("litigation.handled", 20)] },
    { text: "全区行政诉讼案件总数为40件。", yields: [f("litigation.handled", 40)] },
    { text: "行政诉讼收案量同比下降12%,为85件。", yields: [f("litigation.received", 85, { change: { direction: "down", amount: 12, unit: "percent" } })] },
    { text: "同比增长5%,行政诉讼收案85件。", yields: [f("litigation.received", 85, { change: null })] },
    { text: "行政诉讼案件中,行政机关负责人出庭应诉246件次,出庭应诉率达100%。", yields: [f("litigation.head_appearances", 246), f("litigation.head_appearance_rate", 100)] },
    { text: "办结行政诉讼案件60余件,其中调解撤诉21件,调撤率35%。", yields: [f("litigation.concluded", 60, { qualifier: "over" }), f("litigation.settled", 21), f("litigation.settlement_rate", 35)] },
    // a cue's measure word (发案量) keeps a topic the sentence before named
    { text: "2023年全市一审行政诉讼案件继续减少。2023年进一步回落,全年发案量为1893件,比2022年减少5.2%。", yields: [f("litigation.received", 1893)] },
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
    { text: "行政机关负责人出庭应诉率由过去的不足40%提升到现在的100%。", yields: [f("litigation.head_appearance_rate", 100)], not: ["litigation.head_appearance_rate=40"] },
    { text: "行政机关败诉率由2019年的21.4%降至9.8%。", yields: [f("litigation.loss_rate", 9.8)], not: ["litigation.loss_rate=21.4"] },
    // a rate before the rise or fall to another is its starting point, whatever stands before it (以往的, 过去)
    { text: "全县行政机关负责人出庭应诉率以往的18%上升到现在的86%。", yields: [f("litigation.head_appearance_rate", 86)], not: ["litigation.head_appearance_rate=18"] },
    { text: "行政诉讼败诉率过去的14.2%降至6.3%。", yields: [f("litigation.loss_rate", 6.3)], not: ["litigation.loss_rate=14.2"] },
    { text: "我市行政机关负责人出庭应诉率从2022年的85%提升到2023年的100%。", yields: [f("litigation.head_appearance_rate", 100)], not: ["litigation.head_appearance_rate=85"] },
    { text: "行政诉讼案件败诉率连续三年下降,2023年为6.2%。", yields: [f("litigation.loss_rate", 6.2)] },
    // each year's stretch of a list of years opens on its year: the bare counts after it are that year's too, each a figure
    {
      text: "2021-2023年,东岭区人民法院共受理行政诉讼案件615件,审结582件。其中,2021年收案198件,审结170件;2022年收案211件,审结224件;2023年收案206件,审结188件。",
      yields: [f("litigation.received", 615), f("litigation.concluded", 582), f("litigation.received", 198), f("litigation.concluded", 170), f("litigation.received", 211), f("litigation.concluded", 224), f("litigation.received", 206), f("litigation.concluded", 188)],
    },
    // suits withdrawn on settlement name the lawsuits, though the sentence names no case of them
    { text: "经法院居中协调,原被告达成一致后由原告申请撤回起诉。2023年以和解撤诉方式结案的案件3 206件,和解撤诉率19.84%。", yields: [f("litigation.settled", 3206), f("litigation.settlement_rate", 19.84)] },
    // a government with all its departments as defendant is the whole; the government alone among them is a part
    { text: "以县政府及其部门为被告的一审行政诉讼案件新收52件,其中以县政府为被告的14件。审结47件。", yields: [f("litigation.received", 52), f("litigation.concluded", 47)], not: ["litigation.received=14"] },
    { text: "2022年,全市两级法院共审结以临江地区行政机关为被告的一审行政案件1846件,其中判决行政机关败诉103件。", yields: [f("litigation.concluded", 1846), f("litigation.lost", 103)] },
    { text: "全市法院共受理一审行政案件1220件。全市两级法院受理起诉各县(市、区)级行政机关为被告的一审诉讼案件354件。", yields: [f("litigation.received", 1220)], not: ["litigation.received=354"] },
    { text: "以中央国家行政机关为被告的一审行政案件共计1866件。全市法院共受理各类行政案件16281件。", yields: [f("litigation.received", 16281)], not: ["litigation.handled=1866"] },
    { text: "全省法院新收一审行政案件19860件。城建、公安、社会保障三类传统案件新收6752件,占34%。", yields: [f("litigation.received", 19860)], not: ["litigation.received=6752"] },
    // withdrawals a court allowed, or said done already, are lawsuits withdrawn
    { text: "东岭区政府全年被诉9件,其中3件裁定准予撤诉,2件已撤诉,4件判决驳回原告诉讼请求。", yields: [f("litigation.received", 9), f("litigation.settled", 3), f("litigation.settled", 2)] },
    // new cases split by instance after a total cued by 受理: the total is all new, no caseload with cases carried over
    { text: "2018年,青禾省法院共受理一、二审行政案件4120件。其中,新收一审行政案件2970件,同比上升12.1%,新收二审行政案件1150件。", yields: [f("litigation.received", 4120)], not: ["litigation.handled=4120"] },
    // an item of the lawsuits said to be closed, its parts in parentheses after it (the verb before them is not theirs)
    { text: "柳川区城管局被提起行政诉讼5宗,其中4起已结案(1起判决驳回诉讼请求,3起原告撤诉),1起正在审理中。", yields: [f("litigation.received", 5), f("litigation.concluded", 4), f("litigation.settled", 3)], not: ["litigation.concluded=1"] },
    { text: "全年行政诉讼9件已办结7件。", yields: [f("litigation.handled", 9), f("litigation.concluded", 7)], not: ["litigation.concluded=9"] },
    // an outcome naming the cases a court heard (审理…败诉案件) counts those of that outcome, not all it heard
    { text: "2023年1月至9月,审理涉及柳川区行政机关败诉案件共计11件,败诉率同比下降3.2%。", yields: [f("litigation.lost", 11)], not: ["litigation.handled=11"] },
    // but cases taken into a procedure before the hearing (审前和解案件) were not all settled
    { text: "全省行政机关负责人出庭应诉案件1830件。青禾省各地设立审前和解室,共办理审前和解案件5210件,和解成功1930件。", yields: [f("litigation.head_appearances", 1830), f("litigation.settled", 1930)], not: ["litigation.settled=5210"] },
    { text: "全年行政机关败诉案件1942件。区县政府部门和街道办事处合计败诉案件1105件,占比56.9%。", yields: [f("litigation.lost", 1942)], not: ["litigation.lost=1105"] },
    { text: "全年办理行政应诉案件68件,其中以区政府为被告的36件。", yields: [f("litigation.handled", 68)], not: ["litigation.handled=36"] },
    { text: "全年收到以县政府为被告的行政应诉案件17件,已经审结15件。", yields: [f("litigation.received", 17), f("litigation.concluded", 15)] },
    { text: "新收行政诉讼一审案件178件,同比下降12.3%;审结165件,结案率92.7%。", yields: [f("litigation.received", 178, { change: down(12.3) }), f("litigation.concluded", 165)] },
    { text: "2023年,全市行政机关共发生行政诉讼案件532件,较上年增加45件,增长9.2%。", yields: [f("litigation.received", 532, { change: up(45, "count") })] },
    { text: "从败诉主体的层级看,区县政府部门和街道办事处仍是短板。2019年,全省法院判决省政府败诉9件,省级部门17件,市级政府134件。", yields: [], not: ["litigation.lost=9"] },
    { text: "从案件类型看,涉及征收补偿的案件较多。\n全年审结行政诉讼案件312件。", yields: [f("litigation.concluded", 312)] },
    { text: "从案件领域看,多集中于房屋征收、交通管理等方面。从审结情况看,全年审结行政诉讼案件276件。", yields: [f("litigation.concluded", 276)] },
    // a sentence that opens on the whole again and its total steps out of the breakdown the sentence before turned to
    { text: "全市法院共受理行政诉讼案件940件。从案件类型看,仍集中在城建、公安等领域。全年全市法院共判决行政机关败诉61件,败诉率为7.3%。", yields: [f("litigation.received", 940), f("litigation.lost", 61), f("litigation.loss_rate", 7.3)] },
    { text: "全市法院共受理各类行政案件1599件,其中诉讼案件1087件,审结1009件。", yields: [f("litigation.received", 1599), f("litigation.received", 1087), f("litigation.concluded", 1009)], not: ["litigation.handled=1087"] },
    { text: "全区法院受理各类行政案件512件,其中行政诉讼共306件,同比下降3.1%。", yields: [f("litigation.received", 512), f("litigation.received", 306, { change: down(3.1) })] },
    { text: "全市法院共受理行政案件1599件,其中,诉讼案件共计1087件,连续两年下降。", yields: [f("litigation.received", 1599), f("litigation.received", 1087)], not: ["litigation.handled=1087"] },
    { text: "全市一审行政应诉案件新收3105件,其中,市政府及其部门一审应诉案件合计318件,各县(市、区)一审应诉案件合计2787件。", yields: [f("litigation.received", 3105)], not: ["litigation.handled=318", "litigation.handled=2787"] },
    // heads who came to court (到庭)
    { text: "全省法院共发出行政机关负责人出庭应诉通知书3120份,行政机关负责人到庭应诉2980件。", yields: [f("litigation.head_appearances", 2980)], not: ["litigation.handled=2980"] },
    // working days are no cases
    { text: "全县行政应诉人员集中脱产培训达到15个工作日以上。", yields: [], not: ["litigation.handled=15"] },
    // the duty to appear, a heading run into its text, counts no appearance
    { text: "二、履行行政机关负责人出庭应诉义务本镇2023年共有行政应诉案件3件。", yields: [f("litigation.handled", 3)], not: ["litigation.head_appearances=3"] },
    { text: "行政机关负责人出庭工作稳步推进,审结案件出庭1732件次。", yields: [f("litigation.head_appearances", 1732)], not: ["litigation.concluded=1732"] },
    { text: "全年公职律师出庭12次。", yields: [] },
    { text: "2023年,市教育局积极推进依法治教,全年无诉讼、无复议案件。", yields: [f("litigation.received", 0), f("litigation.handled", 0), f("reconsideration.received", 0), f("reconsideration.handled", 0)] },
    { text: "2025年,我局没有发生行政诉讼和行政复议案件。", yields: [f("litigation.received", 0), f("reconsideration.received", 0)] },
    // cases lost that came in are losses, not lawsuits received
    { text: "2020年至2023年6月,该镇共收到行政败诉案件27件,其中因征收补偿行为败诉15件。", yields: [f("litigation.lost", 27)], not: ["litigation.received=27", "litigation.lost=15"] },
    { text: "全年收到行政诉讼案件40件,败诉2件。", yields: [f("litigation.received", 40), f("litigation.lost", 2)] },
    { text: "从应诉主体层级看,街道办事处出庭应诉3件,区政府的部门出庭应诉52件,区政府出庭应诉167件。", yields: [] },
    { text: "2022年全市两级法院新收各类行政案件1563件,同比增加3.72%。其中一审行政诉讼案件812件,二审行政诉讼案件397件。", yields: [f("litigation.received", 1563, { change: up(3.72) })], not: ["litigation.handled=812", "litigation.received=397"] },
    // an item that says how the cases were decided (一审判决61件) has a verb of its own, not the list's 发生
    { text: "2022年,市本级行政机关共发生行政诉讼案件87件,一审判决61件,败诉5件。", yields: [f("litigation.received", 87), f("litigation.lost", 5)], not: ["litigation.received=61"] },
    // a judgment's outcomes name the act and the agency sued: no lawsuits received
    { text: "全年审结行政案件300件,判决确认被诉行政行为违法的12件,责令被诉行政机关履行职责的5件。", yields: [f("litigation.concluded", 300)], not: ["litigation.received=12", "litigation.received=5"] },
    { text: "全年审结一审行政案件300件。已审结一审案件中维持被诉行政行为的112件,占结案数的37.3%。", yields: [f("litigation.concluded", 300)], not: ["litigation.concluded=112"] },
    // migrant workers' cases a legal-aid office took are no lawsuits, whatever the sentence before named
    { text: "2016年以来,市法律援助中心共办理各类法律援助案件4714件,诉讼案件占比98.3%,接待来电咨询12360人次。办理农民工案件506件,为农民工讨薪1280余万元。", yields: [], not: ["litigation.handled=506"] },
    { text: "某局作为被告参加行政诉讼12件。目前,人民法院共开庭审理行政应诉案件5件。", yields: [f("litigation.handled", 12)], not: ["litigation.handled=5"] },
    // reviews and lawsuits run together into one count (行政复议行政应诉案件): of both, no figure of either
    { text: "2018年上半年部本级行政复议行政应诉案件总数为1006件。", yields: [], not: ["litigation.handled=1006", "reconsideration.handled=1006"] },
    // one rank's appearances after the heads' whole in the sentence are a part of it
    { text: "2023年,全区行政机关负责人出庭应诉45次,区长带头出庭应诉2次。", yields: [f("litigation.head_appearances", 45)], not: ["litigation.head_appearances=2"] },
    { text: "2023年,县政府主要负责人出庭应诉3次。", yields: [f("litigation.head_appearances", 3)] },
    // heads of different ranks counted apart, with no total, are parts of the heads' appearances
    { text: "2023年,全县共发生行政诉讼案件32件,县长出庭应诉1次,副县长出庭应诉3次。", yields: [f("litigation.received", 32)], not: ["litigation.head_appearances=1", "litigation.head_appearances=3"] },
    { text: "全县共发生行政诉讼案件32件,其中县政府主要负责人出庭应诉3件,分管负责人出庭应诉29件。", yields: [f("litigation.received", 32)], not: ["litigation.head_appearances=29"] },
    { text: "二是落实行政机关负责人出庭应诉工作,街道主要负责人主动出庭应诉1宗。", yields: [f("litigation.head_appearances", 1)], not: ["litigation.handled=1"] },
    // the administrative lawsuits split off a count of lawsuits of every kind are the body's lawsuits
    { text: "2022年该镇诉讼案件38起,其中民事诉讼26起,行政诉讼9起,行政复议3起;全年收到各类判决书20份(无行政败诉)。", yields: [f("litigation.handled", 9), f("reconsideration.handled", 3), f("litigation.lost", 0)], not: ["litigation.handled=38", "litigation.handled=26"] },
    // a rate named two clauses before, a milestone passed between (首次突破90%); other places' rate is a part of it
    { text: "全省复议纠错率为12.8%。个别市州复议纠错率偏高,青川、白河两州纠错率超过20%。", yields: [f("reconsideration.correction_rate", 12.8)], not: ["reconsideration.correction_rate=20"] },
    { text: "全省行政机关负责人出庭应诉率逐年提升,2023年首次突破90%,达92.35%。东岭、西岭两地出庭应诉率已达100%。", yields: [f("litigation.head_appearance_rate", 92.35)], not: ["litigation.head_appearance_rate=100"] },
    // appearances before the cases they list
    { text: "局主要负责人认真履行第一责任人职责;出庭应诉柳川市青禾食品有限公司等4起诉我局行政处罚案,并当庭陈述意见。", yields: [f("litigation.head_appearances", 4)] },
    // a rate named in the clause before, what it fell to in its own
    { text: "全市行政诉讼败诉率持续下降,2023年降至5.2%。", yields: [f("litigation.loss_rate", 5.2)] },
    // the same after the baseline it moved from: the value reached, not the baseline
    { text: "行政诉讼调撤率逐步提升,由2020年的10.17%上升至2023年的34.81%。", yields: [f("litigation.settlement_rate", 34.81)], not: ["litigation.settlement_rate=10.17"] },
    { text: "全市行政诉讼败诉率逐年下降,从15%降至8%。", yields: [f("litigation.loss_rate", 8)], not: ["litigation.loss_rate=15"] },
    // 行政案件 alone names the administrative lawsuits split off a count of every kind
    // a count that names administrative lawsuits jointly with civil ones (行政诉讼、民事诉讼案件, 行政、民事诉讼案件) is no figure; its
    // item of administrative lawsuits is, by the head's verb; the civil item is not
    { text: "2023年,我局共办理行政诉讼、民事诉讼案件20件,其中行政诉讼案件12件,民事诉讼案件8件。", yields: [f("litigation.handled", 12)], not: ["litigation.handled=20", "litigation.handled=8"] },
    { text: "2024年,涉及本局行政、民事诉讼案件14宗,其中民事案件6宗,行政案件8宗。", yields: [f("litigation.handled", 8)], not: ["litigation.handled=14"] },
    { text: "2023年,我局新收行政和民事诉讼案件16件,其中行政诉讼9件。", yields: [f("litigation.received", 9)], not: ["litigation.received=16"] },
    { text: "2023年,我局共办理行政诉讼、民事诉讼案件20件。", yields: [], not: ["litigation.handled=20"] },
    { text: "全年共办理各类诉讼案件23件,其中民事案件15件,行政案件8件。", yields: [f("litigation.handled", 8)], not: ["litigation.handled=23", "litigation.handled=15"] },
    { text: "2023年以来,本街道无行政复议变更、撤销案件和行政诉讼败诉类案件发生。", yields: [f("reconsideration.corrected", 0), f("litigation.lost", 0)] },
    { text: "行政败诉率多年保持在全市平均线以下,没有出现同类原因重复败诉的情况。", yields: [] },
    // the intermediate court's own concluded cases share its subject: a part beside the city's total
    { text: "全市法院共受理一审行政诉讼案件1200件。其中,中院收案1342件(2020年1096件),审结1318件(2020年1120件)。", yields: [f("litigation.received", 1200)], not: ["litigation.received=1096", "litigation.concluded=1120", "litigation.concluded=1318"] },
    { text: "全年共办理6件行政复议、8件行政诉讼,行政机关负责人出庭应诉率与案件胜诉率均达100%。", yields: [f("reconsideration.handled", 6), f("litigation.handled", 8), f("litigation.head_appearance_rate", 100)] },
    // each of several rates, the last a long name, alike
    { text: "重大行政决策和政府合同合法性审核率、行政机关负责人出庭应诉率均实现100%。", yields: [f("litigation.head_appearance_rate", 100)] },
    // a breakdown by court of a caseload stated before it: what each court counted is no figure of any id
    {
      text: "全市法院共受理行政诉讼案件74件。其中,市中级法院受理19件,未结15件,撤诉2件;东湖区法院受理31件,未结12件,撤诉5件;西岭区法院受理24件,撤诉4件。",
      yields: [f("litigation.received", 74)],
    },
    // a breakdown by respondent of a caseload stated before it
    {
      text: "全市法院共受理行政诉讼案件74件。\n(一)市人民政府被诉2件,撤诉。\n(二)市自然资源和规划局被诉9件,未结6件,判决维持原具体行政行为1件,撤诉2件;市公安局被诉5件,未结。",
      yields: [f("litigation.received", 74)],
    },
    // a department's own report: its cases are its own
    { text: "2023年,我局被诉行政诉讼案件3件,均已审结。", yields: [f("litigation.received", 3), f("litigation.concluded", 3)] },
    // the intermediate court with the basic courts are all the courts, though a count of courts stands between
    {
      text: "第三季度,市中级法院及具有管辖权的3个基层法院共受理行政诉讼案件82件,审结行政诉讼案件80件。",
      yields: [f("litigation.received", 82), f("litigation.concluded", 80)],
    },
    {
      text: "办理行政应诉案件(包括一审、二审案件)、区政府作为行政复议被申请人、第三人行政复议答复案件共计41件。",
      yields: [],
      not: ["reconsideration.handled=41", "litigation.handled=41"],
    },
    // none lost, not none brought: 未发生 of cases a list ends in losses
    { text: "2024年全镇未发生行政复议、行政应诉败诉案件。", yields: [f("litigation.lost", 0)], not: ["reconsideration.received=0", "reconsideration.handled=0"] },
    { text: "2024年全镇未发生行政诉讼败诉案件。", yields: [f("litigation.lost", 0)], not: ["litigation.received=0"] },
    { text: "全年无行政复议、诉讼败诉案件。", yields: [f("litigation.lost", 0)], not: ["reconsideration.handled=0"] },
    { text: "全年办理行政复议案件26件,复议决定作出后均未发生行政诉讼。", yields: [f("reconsideration.handled", 26)], not: ["litigation.received=0"] },
    { text: "2023年,全市政府系统无行政诉讼败诉案件。", yields: [f("litigation.lost", 0)] },
    // none lost said of the cases (无行政诉讼案件被法院判决败诉的情况)
    { text: "本局无行政诉讼案件被法院判决败诉的情况,也没有发生行政赔偿案件。", yields: [f("litigation.lost", 0)] },
    // a department names its cases by its trade; a civil suit is no administrative one
    { text: "全年无税务行政诉讼案件。", yields: [f("litigation.received", 0), f("litigation.handled", 0)] },
    { text: "本单位全年无民事诉讼案件。", yields: [] },
    // none of one cause other than disclosure is none of one kind, no none received
    { text: "全年未发生因行政不作为引发的行政诉讼案件。", yields: [], not: ["litigation.received=0"] },
    { text: "2023年,我局未发生因政府信息公开引发的行政诉讼案件。", yields: [f("litigation.received", 0)] },
    // none lost after none of another kind, the lawsuits' cases named before their loss (无…被撤销和行政诉讼案件败诉情况)
    { text: "2023年,我局无行政行为被撤销和行政诉讼案件败诉情况。", yields: [f("litigation.lost", 0)] },
    { text: "全年无诉讼案件发生,调解纠纷12件。", yields: [f("litigation.received", 0), f("disputes.mediated", 12)] },
    { text: "全市出庭应诉率为76.3%,高于2022年全省平均出庭应诉率(52.4%)。", yields: [f("litigation.head_appearance_rate", 76.3)], not: ["litigation.head_appearance_rate=52.4"] },
    { text: "全市行政机关败诉率持续下降:2021年败诉率为21.5%,2022年下降至16.2%,2023年下降至10.4%。", yields: [f("litigation.loss_rate", 21.5), f("litigation.loss_rate", 16.2), f("litigation.loss_rate", 10.4)] },
    // a jump said in a word of its own (激增到, 攀升至) labels that year's count as well
    { text: "2021年全县新收行政诉讼案件19件;2022年激增到47件;2023年攀升至63件。", yields: [f("litigation.received", 19), f("litigation.received", 47), f("litigation.received", 63)] },
    // the cases a head should appear in are the appearance rate's base: no appearances, and no cases dealt with (a court may ask for heads in some only)
    { text: "2022年,全市行政机关负责人应出庭应诉案件218件,实际出庭应诉171件,出庭应诉率为78.44%。", yields: [f("litigation.head_appearances", 171), f("litigation.head_appearance_rate", 78.44)], not: ["litigation.head_appearances=218", "litigation.handled=218"] },
    { text: "全市法院开庭审理行政案件905件,其中依法应当通知行政机关负责人出庭的案件812件,负责人实际出庭776件。", yields: [f("litigation.head_appearances", 776)], not: ["litigation.head_appearances=812"] },
    // the cases heard are the base heads appear in: the appearances among them are the body's, its departments' after them a part
    {
      text: "全省法院公开开庭审理行政案件9640件,其中行政机关负责人出庭应诉案件9502件,出庭应诉率98.57%;省政府部门负责人出庭应诉案件46件。",
      yields: [f("litigation.head_appearances", 9502), f("litigation.head_appearance_rate", 98.57)],
      not: ["litigation.head_appearances=46"],
    },
    { text: "2023年,本机关未发生因政府信息公开引发的行政复议、行政诉讼案件。", yields: [f("reconsideration.received", 0), f("litigation.received", 0)] },
    // cases whose mediation the heads took part in (负责人…参与案件协调化解741件) count their part, no lawsuits settled
    { text: "2022年,行政机关负责人到庭应诉4018件,参加调查询问1117件,参与案件协调化解741件。", yields: [f("litigation.head_appearances", 4018)], not: ["litigation.settled=741"] },
    // a comma list whose first item opens on what caused the cases (因…引起的行政复议31件,行政诉讼0件): the verb shared
    { text: "因信息公开引起的行政复议31件,行政诉讼0件。", yields: [f("reconsideration.received", 31), f("litigation.received", 0)] },
    { text: "全年因政府信息公开引发行政复议2件,行政诉讼1件。", yields: [f("reconsideration.received", 2), f("litigation.received", 1)] },
    // none of the related cases (未发生相关复议、诉讼案件), 复议 and 诉讼 without 行政
    { text: "建立工作台账,切实维护群众合法权益,本年度未发生相关复议、诉讼案件。", yields: [f("reconsideration.received", 0), f("litigation.received", 0)] },
    // none whose cause is disclosure (未发生政府信息公开案由的行政复议和行政诉讼, 未发生信息公开类行政复议)
    { text: "全年共作出政府信息公开申请答复23件。2024年我局未发生政府信息公开案由的行政复议和行政诉讼。", yields: [f("reconsideration.received", 0), f("litigation.received", 0)] },
    { text: "本年度,未发生因政府信息公开引发的行政复议案和行政诉讼案件。", yields: [f("reconsideration.received", 0), f("litigation.received", 0)] },
    { text: "2021年,街道办未发生因政府信息公开申请提起的行政复议和行政诉讼案件。", yields: [f("reconsideration.received", 0), f("litigation.received", 0)] },
    // the reviews and lawsuits counted, 均无纠错和败诉: none corrected, none lost
    { text: "2024年,因政府信息公开引发行政争议13件,其中,行政复议7件,行政诉讼6件,均无纠错和败诉。", yields: [f("reconsideration.received", 7), f("litigation.received", 6), f("reconsideration.corrected", 0), f("litigation.lost", 0)] },
    // the cause said with no verb of occurring (没有因…被申请行政复议、提起行政诉讼的情况, 无因…)
    { text: "2023年,本机关没有因政府信息公开工作被申请行政复议、提起行政诉讼的情况。", yields: [f("reconsideration.received", 0), f("litigation.received", 0)] },
    { text: "2023年,本机关无因政府信息公开被申请行政复议、提起行政诉讼情况。", yields: [f("reconsideration.received", 0), f("litigation.received", 0)] },
    { text: "2022年,全区法院一审审结行政案件中,以判决方式结案612件,占审结案件的50.2%,以撤诉方式结案301件。", yields: [f("litigation.settled", 301)], not: ["litigation.concluded=612"] },
    { text: "2022年,行政机关败诉案件138件。败诉案件主要集中在两个部门:公安部门败诉35件,自然资源部门败诉19件。", yields: [f("litigation.lost", 138)], not: ["litigation.lost=35", "litigation.lost=19"] },
    { text: "2021年,原告委托律师代理的一审行政案件有615件,占案件总数的14.2%。", yields: [], not: ["litigation.handled=615"] },
    { text: "2022年,原告委托律师代理的一审行政案件731件,占案件总数的27.4%。", yields: [], not: ["litigation.handled=731"] },
    { text: "共受理政府信息公开申请180件,因依申请公开引发的行政复议案件7件、行政诉讼案件2件。", yields: [f("reconsideration.received", 7), f("litigation.received", 2)], not: ["litigation.handled=2"] },
    { text: "全市法院一审行政案件收案数2015年1120件,2016年1310件,2017年上半年960件。", yields: [f("litigation.received", 1120), f("litigation.received", 1310), f("litigation.received", 960)] },
    { text: "2022年,行政机关败诉案件150件,总体败诉率为11.2%。公安部门败诉38件(生效260件),败诉率14.6%;自然资源部门败诉12件(生效200件),败诉率6%。", yields: [f("litigation.lost", 150), f("litigation.loss_rate", 11.2)], not: ["litigation.loss_rate=14.6", "litigation.loss_rate=6"] },
    { text: "法律顾问参与协调解决企业破产解困、突发事件处理及行政、民事诉讼案件6起。", yields: [], not: ["litigation.settled=6"] },
    // an infographic's lines run together: a space after a count ends its clause, so the next count's noun (非诉) is not its own
    { text: "全市法院依法受理各类行政案件1210件\n审结诉讼案件688件 审查行政非诉案件342件", yields: [f("litigation.received", 1210), f("litigation.concluded", 688)], not: ["litigation.concluded=342"] },
    // cases against the body that hold those carried over, said after 其中, are all those dealt with
    { text: "街道作为被告的行政诉讼案件7件,其中上年结转3件、新收4件,已审结6件。", yields: [f("litigation.handled", 7), f("litigation.received", 4), f("litigation.concluded", 6)] },
    // a headline's two parts set apart by a space after a change: the rate is the second part's
    { text: "败诉率连续三年下降　负责人出庭应诉率达98.7%", yields: [f("litigation.head_appearance_rate", 98.7)], not: ["litigation.loss_rate=98.7"] },
    // the party that withdrew, between the count and its verb
    { text: "本年度新收行政诉讼案件9宗,其中3宗案件原告撤诉。", yields: [f("litigation.received", 9), f("litigation.settled", 3)] },
    { text: "3宗案件均已终审,1宗案件二审上诉人撤回上诉,经法院准许。", yields: [f("litigation.settled", 1)] },
    // cases carried over from the year before are no figure of the year
    { text: "2023年,市交通运输局作为被告新收行政诉讼案件12宗,2022年度结转行政诉讼案件19宗。", yields: [f("litigation.received", 12)], not: ["litigation.handled=19"] },
    // a disclosure report's own lawsuits, the second item of a 和-list taking its verb
    { text: "本年度因政府信息公开引发行政复议案件5件和行政诉讼案件3件。", yields: [f("reconsideration.received", 5), f("litigation.received", 3)], not: ["litigation.received=5", "litigation.handled=3"] },
    // the kinds cases fall in, counted by 个 (涉及28个管理范围, 涉及9个案由): no count of cases
    { text: "2021年新收的一审行政案件涉及28个管理范围,以城建和资源类居多。", yields: [], not: ["litigation.received=28"] },
    { text: "全年审结的行政案件涉及9个案由、14个类别。", yields: [], not: ["litigation.concluded=9", "litigation.concluded=14"] },
    { text: "从败诉案件类型看,主要集中在:违章建筑拆除(186件)、因征收补偿产生的强制拆除(263件)。", yields: [], not: ["litigation.received=263"] },
    // the instances a case noun has are no list of cues (受理一、二审…)
    { text: "2021年,全省法院共受理一、二审行政案件4,316件。", yields: [f("litigation.received", 4316)] },
    { text: "全市两级法院共受理一审和二审行政诉讼案件788件(不含非诉审查案件)。", yields: [f("litigation.received", 788)] },
    // a court whose own white paper it is: its clauses after the first share its subject
    { text: "2019年,市中院共受理行政案件466宗,结案452宗;其中诉请行政机关履行法定职责的案件105宗,占案件总量的22.5%。", yields: [f("litigation.received", 466), f("litigation.concluded", 452)], not: ["litigation.received=105"] },
    { text: "全市两级法院共受理行政案件1,208件,审结1,150件。其中市中院受理一审行政案件131件,审结120件。", yields: [f("litigation.received", 1208), f("litigation.concluded", 1150)], not: ["litigation.concluded=120", "litigation.received=131"] },
    // the kinds most cases fall in: a breakdown
    { text: "新收一审行政案件所涉行政行为类别集中在行政处罚、行政强制和行政复议,共有1,532件,占全部新收一审行政案件的47.2%。", yields: [], not: ["reconsideration.corrected=1532", "litigation.received=1532"] },
    // an item named only by its topic after one read the same way counts the cases dealt with too
    // the instance after the cases' noun (行政诉讼案件一审共32件)
    { text: "2024年度区政府作为被告的行政诉讼案件一审共32件,一审败诉2件。", yields: [f("litigation.handled", 32), f("litigation.lost", 2)] },
    // the next bare item after the first's outcomes said in a clause or two (行政复议144件,120件作出复议决定,行政诉讼97件)
    { text: "2024年,行政复议61件,52件作出复议决定,行政诉讼38件,19件法院作出判决。", yields: [f("reconsideration.handled", 61), f("reconsideration.concluded", 52), f("litigation.handled", 38)] },
    { text: "本年度行政复议5件,均维持原行政行为,行政诉讼2件,均胜诉。", yields: [f("reconsideration.handled", 5), f("litigation.handled", 2), f("litigation.lost", 0), f("reconsideration.upheld", 5)] },
    { text: "全年行政复议18件、行政诉讼26件,出庭率100%。", yields: [f("reconsideration.handled", 18), f("litigation.handled", 26), f("litigation.head_appearance_rate", 100)] },
    // a verb with 为 says where the rate moved to: a value; 增幅为 is the change
    { text: "2022年行政机关败诉率为15.1%、2023年则下降为9.4%。", yields: [f("litigation.loss_rate", 15.1), f("litigation.loss_rate", 9.4)] },
    { text: "全市行政机关败诉率由12.6%下降为7.9%,出庭应诉率同比增幅为3.1%。", yields: [f("litigation.loss_rate", 7.9)], not: ["litigation.loss_rate=12.6", "litigation.head_appearance_rate=3.1"] },
    // a total of another period heads the 其中 list after it as a total of the year would
    { text: "2017年至2021年,全市法院受理各类行政案件318件,增长52.3%。其中一审行政案件201件,二审行政案件93件。", yields: [f("litigation.received", 318)], not: ["litigation.handled=201", "litigation.handled=93"] },
    // the outcome after the count, in its short form (调撤结案)
    { text: "审结的412宗行政案件中,有137宗调撤结案,调撤率达33.3%。", yields: [f("litigation.concluded", 412), f("litigation.settled", 137), f("litigation.settlement_rate", 33.3)] },
    // a year and an adverb between the heads and their appearing
    { text: "全区行政机关负责人2023年主动出庭应诉案件达48件次。", yields: [f("litigation.head_appearances", 48)], not: ["litigation.handled=48"] },
    // a ranking of others in an aside, and the places most cases fall in
    { text: "2019年,全省新收一审行政案件数量排名全国第4位(前两位是甲省19870件、乙省18320件)。", yields: [], not: ["litigation.received=19870"] },
    { text: "全省行政案件主要集中在甲市、乙市、丙市等6市,新收一审行政案件12650件,占全省的71.2%。", yields: [], not: ["litigation.received=12650"] },
    { text: "全市行政机关负责人出庭应诉总数为96件,出庭应诉比例为100%。", yields: [f("litigation.head_appearances", 96), f("litigation.head_appearance_rate", 100)] },
    // what was done to the disputes the count names after it
    { text: "行政案件调解、和解、撤诉率较高,两级法院共推动214件行政争议调解、和解、撤诉。", yields: [f("litigation.settled", 214)] },
    // an item of a comma list takes the verb its list opened with, after the body that did it and its total's word
    { text: "2023年,全县行政机关共发生行政复议案件62件,行政诉讼21件。", yields: [f("reconsideration.received", 62), f("litigation.received", 21)] },
    { text: "2023年,全市法院共审结一审民商事案件12.5万件,行政案件1320件。", yields: [f("litigation.concluded", 1320)], not: ["litigation.handled=1320"] },
    // cases resolved by the court's mediation (协调化解) are settled, and their share is the settlement rate
    { text: "2023年,全市法院共新收一审行政案件1235件,审结1198件。全年通过协调化解方式结案312件,协调化解率26.0%。", yields: [f("litigation.received", 1235), f("litigation.concluded", 1198), f("litigation.settled", 312), f("litigation.settlement_rate", 26)] },
    { text: "全市两级法院审结行政案件830件,行政案件协调化解率达35.6%。", yields: [f("litigation.concluded", 830), f("litigation.settlement_rate", 35.6)] },
    // the share of cases the words after it say were settled
    { text: "2023年,该院审结一审行政案件1240件,有超过12%的案件通过协调和解方式解决。", yields: [f("litigation.concluded", 1240), f("litigation.settlement_rate", 12, { qualifier: "over" })] },
    // disputes resolved that something had caused: not lawsuits received
    { text: "为推动行政诉讼源头治理,检察院、法院已联动化解旧城改造引发的行政争议2件。", yields: [], not: ["litigation.received=2"] },
    { text: "区政府副区长出庭应诉。目前,该3起行政诉讼案件已经全部结案。", yields: [f("litigation.concluded", 3)] },
    // cases named by no topic of their own after a hearing on a reconsideration decision: the topic is not theirs to take
    { text: "法院公开审理王某诉区政府不予受理行政复议申请决定等4个案件,副区长出庭应诉。目前,该4起案件已经全部结案。", yields: [], not: ["reconsideration.concluded=4"] },
    // a share that appears in court, as the words after it say
    { text: "2024年,全县行政机关负责人100%出庭应诉。", yields: [f("litigation.head_appearance_rate", 100)] },
    { text: "2024年,全县行政机关负责人出庭应诉率100%,100%参加庭审旁听。", yields: [f("litigation.head_appearance_rate", 100)] },
    // 调解率 among a report's rates, with no lawsuits named in its clause, is not the lawsuits'
    { text: "办理行政应诉案件37件,其中审结28件。行政机关负责人出庭应诉率为100%,调解率为32.1%,复议后起诉率为4.9%。", yields: [f("litigation.handled", 37), f("litigation.concluded", 28), f("litigation.head_appearance_rate", 100), f("reconsideration.sued_after_rate", 4.9)], not: ["litigation.settlement_rate=32.1"] },
    { text: "全年一审行政诉讼案件调解率为12.5%。", yields: [f("litigation.settlement_rate", 12.5)] },
    // 涉讼 is involved in lawsuits: the lawsuits themselves, not a kind of them
    { text: "该院2017年共审结县内行政机关涉讼案件41件,同比下降29.09%。", yields: [f("litigation.concluded", 41, { change: down(29.09) })] },
    // staff and lawyers appearing in court: neither the heads' appearances nor the caseload
    { text: "该院全年共受理行政诉讼案件38件,其中行政机关负责人出庭应诉24件,行政机关委托工作人员和律师出庭应诉5件。", yields: [f("litigation.received", 38), f("litigation.head_appearances", 24)], not: ["litigation.handled=5"] },
    // lost at first instance and won on appeal: not lost
    { text: "2022年度全市各级民政局为被告的行政诉讼案件一审结案62起,其中:一审败诉5起,一审败诉二审胜诉3起,败诉率为8.06%。", yields: [f("litigation.concluded", 62), f("litigation.lost", 5), f("litigation.loss_rate", 8.06)], not: ["litigation.lost=3"] },
    // a disclosure report's zeros: none received, none filed, none changed or lost
    // the applying and the bringing named, the cause before them too; not what followed another act (均未出现)
    { text: "2024年度未出现因政府信息公开申请行政复议、提起行政诉讼的情况。", yields: [f("reconsideration.received", 0), f("litigation.received", 0)] },
    { text: "行政处罚决定作出后,当事人均未出现申请行政复议、提起行政诉讼的情况。", yields: [] },
    { text: "2023年度,未收到依申请公开行政复议、行政诉讼案件。", yields: [f("reconsideration.received", 0), f("litigation.received", 0)] },
    { text: "全年收到信息公开申请6件,均按时答复,无提起行政复议诉讼情况。", yields: [f("reconsideration.received", 0), f("litigation.received", 0)] },
    { text: "全年收到政府信息公开申请52件;我局未发生因信息公开引起的行政复议被改变或行政诉讼败诉情形。", yields: [f("reconsideration.corrected", 0), f("litigation.lost", 0)], not: ["reconsideration.received=0"] },
    { text: "发挥公职律师作用,全年行政诉讼9件、行政复议5件。", yields: [f("litigation.handled", 9), f("reconsideration.handled", 5)] },
    // a court's part, its lawsuits listed with its enforcement reviews: no lawsuits of the whole
    { text: "全市法院共受理行政案件8021宗。市中院共受理行政案件1305宗(一审行政诉讼案件160宗,行政非诉执行案件12宗)。", yields: [f("litigation.received", 8021)], not: ["litigation.received=160"] },
    { text: "柳岸法院共受理行政案件6100宗(一审行政诉讼案件2230宗,行政非诉执行案件3870宗),同比下降4.7%。", yields: [], not: ["litigation.received=2230"] },
    // cases a court's mediation centre brought to settlement or withdrawal
    { text: "全年审结一审行政案件1830件。行政争议调解中心先后促成412件案件以调撤方式解决。", yields: [f("litigation.concluded", 1830), f("litigation.settled", 412)] },
    // names that are topics before 分别为: each value counts its topic's cases dealt with
    { text: "2019年,水利部本级行政复议、行政应诉案件分别为212件、87件,在各部门中排在前列。", yields: [f("reconsideration.handled", 212), f("litigation.handled", 87)] },
    { text: "东河区、西河区行政诉讼案件分别为35件、21件。", yields: [], not: ["litigation.handled=35", "litigation.handled=21"] },
    // zero written as a digit before 败诉
    { text: "两年来,保持区政府0败诉,分管副区长多次出庭应诉。", yields: [f("litigation.lost", 0)] },
    // some of the places by their number are a part of the whole (苏北5市…), not the whole's own places (全省13个设区市…)
    { text: "2021年,全省法院新收一审行政案件15830件。苏北5市新收一审案件2210件,与上年基本持平。", yields: [f("litigation.received", 15830)], not: ["litigation.received=2210"] },
    { text: "全省13个设区市法院新收一审行政案件9120件。", yields: [f("litigation.received", 9120)] },
    // an item that repeats its broad head's verb still splits the lawsuits off the court's whole caseload
    { text: "全市两级法院共受理各类行政案件5820件。其中,受理行政诉讼案件3410件,行政非诉执行案件2410件。", yields: [f("litigation.received", 5820), f("litigation.received", 3410)] },
    // though the count of all cases has its outcome after it
    { text: "全市两级法院共受理各类行政案件6130件,审结5872件。其中,受理行政诉讼案件3980件;受理非诉行政执行审查案件2150件。", yields: [f("litigation.received", 6130), f("litigation.concluded", 5872), f("litigation.received", 3980)] },
    // an aside that glosses the cases right before their count (行政诉讼案件(一审、二审)11件) leaves the count its cue
    { text: "上半年共涉及镇政府行政诉讼案件(一审、二审)11件,负责人出庭应诉率达100%。", yields: [f("litigation.handled", 11), f("litigation.head_appearance_rate", 100)] },
    // a bare count of lawsuits is those dealt with, which hold those concluded: below the concluded count after it, it is the new ones
    { text: "复议调解率为41.2%。行政诉讼案件23件,同比下降30%,审结26件,败诉案件2件。", yields: [f("reconsideration.settlement_rate", 41.2), f("litigation.received", 23), f("litigation.concluded", 26), f("litigation.lost", 2)] },
    { text: "行政诉讼案件31件,审结26件,败诉案件2件。", yields: [f("litigation.handled", 31), f("litigation.concluded", 26), f("litigation.lost", 2)] },
    // a part the sentence first weighs against the whole (…辖区…占全市法院的近六成), then counts: the part's count, no total
    { text: "去年城南、城北两个法庭辖区受理的一审行政案件占全市法院同类案件的近六成,共计受理1630件,同比上升两成。", yields: [], not: ["litigation.received=1630"] },
    { text: "其中,涉及民营企业的复议案件约占全部案件的9.6%,依法纠正涉企案件41件。", yields: [f("reconsideration.corrected", 41)] },
    { text: "全市共受理行政复议案件120件,占全省的15%,其中维持80件。", yields: [f("reconsideration.accepted", 120), f("reconsideration.upheld", 80)] },
    // kinds the sentence counts as N大领域 (三大领域仍居前列): the values after are each kind's, no total
    { text: "据市中院介绍,在新收一审行政案件中,城建、资源(含土地征收、林业等)、公安三大领域仍居前列,分别收案918件、642件、305件。", yields: [], not: ["litigation.received=918", "litigation.received=642"] },
    // none lost yet, said as 尚未有…败诉
    { text: "今年1月至9月,全市两级法院共受理行政诉讼案件96件,尚未有行政机关败诉。", yields: [f("litigation.received", 96), f("litigation.lost", 0)] },
    // the administrative disputes courts resolved are lawsuits settled, not the mediation a sentence before spoke of
    { text: "推动被诉机关自行纠错。当年两级法院实质化解行政争议142件,化解率为19.4%,比上年提高2.6个百分点。", yields: [f("litigation.settled", 142)], not: ["disputes.mediated=142", "disputes.success_rate=19.4"] },
    // filings withdrawn before they were registered are no lawsuits received
    { text: "2022年以来,经释法析理,原告主动撤回立案申请材料共计37件。", yields: [], not: ["litigation.received=37"] },
    // a body 应对 (answers as respondent) the reviews and lawsuits it handled; none lost nor corrected, said with 情况发生
    { text: "县水务局全年应对行政复议4件、行政诉讼9件,均无败诉和纠错情况发生。", yields: [f("reconsideration.handled", 4), f("litigation.handled", 9), f("litigation.lost", 0), f("reconsideration.corrected", 0)] },
    { text: "全年办理行政诉讼案件7件,无败诉情况发生。", yields: [f("litigation.handled", 7), f("litigation.lost", 0)] },
    // cases heard in court (开庭审理行政案件937件) are the appearance rate's base, no lawsuits handled, whatever words name them
    { text: "2023年,全省法院开庭审理行政案件937件,行政机关负责人出庭应诉802件,出庭应诉率为85.59%。", yields: [f("litigation.head_appearances", 802), f("litigation.head_appearance_rate", 85.59)], not: ["litigation.handled=937"] },
    { text: "2019年,全省法院开庭审理各类一、二审行政诉讼案件2817件,行政机关负责人出庭应诉案件2034件,出庭应诉率72.2%。", yields: [f("litigation.head_appearances", 2034), f("litigation.head_appearance_rate", 72.2)], not: ["litigation.handled=2817"] },
    { text: "2023年,全县开庭审理的行政诉讼案件38件,行政机关负责人出庭应诉38件,出庭应诉率100%。", yields: [f("litigation.head_appearances", 38), f("litigation.head_appearance_rate", 100)], not: ["litigation.handled=38"] },
    // a rate inside an object 对 opens is still the rate its name says (对…出庭率100%表示肯定)
    { text: "会议对全县行政机关负责人出庭率100%以及两家单位主要负责人带头出庭应诉的做法表示肯定。", yields: [f("litigation.head_appearance_rate", 100)] },
    // the next item of a 、 list shares the subject of the item before it: the towns' lawsuits are no more the body's than their reviews
    { text: "区城管局办理行政复议5件、行政诉讼12件。各乡镇人民政府办理行政复议3件、行政诉讼7件。", yields: [f("reconsideration.handled", 5), f("litigation.handled", 12)], not: ["litigation.handled=7"] },
    { text: "区城管局办理行政复议5件、行政诉讼12件。各乡镇人民政府办理行政复议3件和行政诉讼7件。", yields: [f("reconsideration.handled", 5), f("litigation.handled", 12)], not: ["litigation.handled=7"] },
    // a ranking of kinds of cases by their rate, the first named 该类: that kind's rate
    { text: "分析发现,败诉率处于前五位的分别为乡镇政府涉诉案件,该类案件败诉率高达28.6%,此外依次是工商类案件、城建类案件。", yields: [], not: ["litigation.loss_rate=28.6"] },
    // the losses' share of all the cases concluded, 占到了: the loss rate
    { text: "行政机关败诉案件1108件,在全部审结的一审行政案件中占到了11.9%。", yields: [f("litigation.lost", 1108), f("litigation.loss_rate", 11.9)] },
    // one kind of case as the subject of a rate or a count after it, or of the clause a 但 goes on from: that kind's, not the whole's
    { text: "全市法院审结一审行政案件1350件。政府信息公开案件败诉率为22.7%。", yields: [f("litigation.concluded", 1350)], not: ["litigation.loss_rate=22.7"] },
    { text: "行政处罚案件虽然数量下降,但全市行政机关败诉率为5.1%。", yields: [f("litigation.loss_rate", 5.1)] },
    { text: "全市法院审结一审行政案件1350件。行政不作为案件虽然败诉率由上年的78.5%降为61.2%,但败诉案件数由上年的96件增长为231件。", yields: [f("litigation.concluded", 1350)], not: ["litigation.loss_rate=61.2", "litigation.lost=231"] },
    // none of them lost, said after the cases (均未败诉)
    { text: "以街道办事处为被告的行政诉讼案件4起,经法院审理均未败诉。", yields: [f("litigation.received", 4), f("litigation.lost", 0)] },
    // no losses of one cause's cases are no zero of all
    { text: "全年没有发生因土地征收补偿协议履行问题引发的行政诉讼败诉案件。", yields: [], not: ["litigation.lost=0"] },
    // an aside after a rate that names its target is no target of the rate's
    { text: "(一)行政复议应诉工作(10分)。行政机关负责人出庭应诉率达到100%的得满分,每低1个百分点扣0.2分。", yields: [], not: ["litigation.head_appearance_rate=100"] },
    { text: "2024年,行政诉讼新发案件21件,败诉率4.76%(市对区考核控制目标为8%以下)。", yields: [f("litigation.received", 21), f("litigation.loss_rate", 4.76)], not: ["litigation.loss_rate=8"] },
    // a value quoted in an erratum and said to be wrong is retracted
    { text: "2024年,全市法院审结一审行政案件1069件。【更正】本文初发稿件中“审结一审行政案件1096件”系笔误,应为“1069件”,现已更正。", yields: [f("litigation.concluded", 1069)], not: ["litigation.concluded=1096"] },
    // a count a long comparison frames (比…437件多出三倍有余) is its baseline
    { text: "2023年该院受理以区政府为被告的一审行政案件1654件,比2018年全市各基层法院受理同类案件的总数391件多出三倍有余。", yields: [f("litigation.received", 1654)], not: ["litigation.received=391"] },
    // a rate moved from a whole earlier year's (由上年全年的…)
    { text: "前三季度,全省行政机关负责人出庭应诉率由上年全年的32.17%大幅提升至71.05%。", yields: [f("litigation.head_appearance_rate", 71.05)], not: ["litigation.head_appearance_rate=32.17"] },
    // the plaintiffs' outcomes told from their side: their losses, not the government's; unless the clause names the government as loser
    { text: "记者检索到88份判决或裁定,原告胜诉的4起,败诉69起,撤诉12起。换算成比率,原告胜诉率为4.5%,败诉率为78.4%。", yields: [f("litigation.lost", 4), f("litigation.loss_rate", 4.5), f("litigation.settled", 12)], not: ["litigation.lost=69", "litigation.loss_rate=78.4"] },
    { text: "统计显示,原告的胜诉率平均为28%,而柳川市行政机关败诉率为6.1%。", yields: [f("litigation.loss_rate", 6.1)] },
    // a count another is a multiple of is a baseline
    { text: "2015年该院共受理一审行政案件1280件,是2014年全市法院受理的该类案件总量205件的近6倍。", yields: [f("litigation.received", 1280)], not: ["litigation.received=205"] },
    // the ways listed with judgments and rulings close every case: no settled count of them
    { text: "全市法院以判决、裁定、调解等方式审结一审行政案件1180件。", yields: [f("litigation.concluded", 1180)], not: ["litigation.settled=1180"] },
  ]);
});

describe("plans, requirements and shortfalls in a report on one year", () => {
  table(
    [
      // a sentence opening on a later year's will (…提出,2026年将推动…) aims at all it says
      {
        text: "针对上述问题,报告提出,2026年将推动全区行政机关败诉率控制在6%以下,负责人出庭应诉率稳定在95%以上。",
        yields: [],
        not: ["litigation.loss_rate=6", "litigation.head_appearance_rate=95"],
      },
      { text: "2026年,全市行政诉讼败诉率要降至10%以下。", yields: [], not: ["litigation.loss_rate=10"] },
      // the body that will act may be named first (2026年,我局将…)
      { text: "2026年,我局将持续加强征收程序合法性审查,确保行政机关负责人出庭应诉率达到100%。", yields: [], not: ["litigation.head_appearance_rate=100"] },
      // the report's own year's will is what was done (2025年将…纳入…)
      { text: "2025年将负责人出庭应诉纳入考核,全市行政机关负责人出庭应诉率达到96.2%。", yields: [f("litigation.head_appearance_rate", 96.2)] },
      // a rate held after a will to push another (将推动…稳定在30%以上,…保持在95%以上): the plan's too
      { text: "该负责同志表示,将推动全省行政复议调解和解率稳定在30%以上,人民调解成功率保持在95%以上。", yields: [], not: ["disputes.success_rate=95"] },
      // a plan that sets a year by which to reach it (明确到2026年底,…成功率稳定在97%以上)
      { text: "会议印发实施意见,明确到2026年底,每个乡镇至少培育1个品牌调解室,全市人民调解成功率稳定在97%以上。", yields: [], not: ["disputes.success_rate=97"] },
      // other places named (温州、台州等地的…) beside the whole's rate: theirs
      { text: "全市复议后起诉率14.6%。但也要看到,柳川、东岭等地的复议后起诉率已经降到10%以下。", yields: [f("reconsideration.sued_after_rate", 14.6)], not: ["reconsideration.sued_after_rate=10"] },
      // a rate not reached, a requirement quoted: no rate of the year
      { text: "二是个别单位重视不够,出庭应诉率未达到100%。", yields: [], not: ["litigation.head_appearance_rate=100"] },
      { text: "复议后起诉率为9.6%,距离省厅提出的“复议后起诉率低于8%”要求还有差距。", yields: [f("reconsideration.sued_after_rate", 9.6)], not: ["reconsideration.sued_after_rate=8"] },
      // cases where no head appeared are no appearances
      { text: "全年有15件案件无负责人出庭,出庭的负责人中当庭发言的不足半数。", yields: [], not: ["litigation.head_appearances=15"] },
      // a sentence on "cases of this kind" (此类案件), the kind named before, counts that kind in every clause after it
      { text: "征收补偿类案件仍是行政诉讼的主战场。2024年全市法院新收此类案件412件,占一审行政案件总数的24.5%;审结398件,行政机关败诉52件,败诉率13.07%。", yields: [], not: ["litigation.concluded=398", "litigation.lost=52", "litigation.loss_rate=13.07"] },
      // nor a court's suits
      { text: "行政应诉方面,区行政争议调解中心于2024年5月揭牌运行,全年受理行政争议38件。", yields: [], not: ["litigation.received=38"] },
      // none said in other words: 零诉讼 beside 零复议 in one quote, 也没有行政诉讼案件 after a clause on the reviews
      { text: "全年实现“零复议、零诉讼”。", yields: [f("reconsideration.received", 0), f("litigation.received", 0)] },
      { text: "全年没有出现以我局为被申请人的行政复议案件,也没有行政诉讼案件。", yields: [f("reconsideration.received", 0), f("litigation.received", 0), f("litigation.handled", 0)] },
      // a rate to be held, 保持 with no 在, after the aim its sentence set (明年我们的目标是…,负责人出庭率保持100%)
      { text: "明年我们的目标是败诉率控制在5%以内,负责人出庭率保持100%。", yields: [], not: ["litigation.head_appearance_rate=100", "litigation.loss_rate=5"] },
      // a loss said as in speech (我们输了11件)
      { text: "行政诉讼方面,去年区里一共被起诉了198件,法院审结了181件,我们输了9件,败诉率5.0%。", yields: [f("litigation.received", 198), f("litigation.concluded", 181), f("litigation.lost", 9), f("litigation.loss_rate", 5)] },
      // the next step, with the body that will take it named (下一步,桐溪县将…), is a plan in every clause
      { text: "下一步,桐溪县将对照“1个100%”工作目标,推动行政机关负责人出庭应诉率达到100%。", yields: [], not: ["litigation.head_appearance_rate=100"] },
      { text: "今年以来,全县将行政机关负责人出庭应诉纳入考核,出庭应诉率达到100%。", yields: [f("litigation.head_appearance_rate", 100)] },
      // those who appeared and spoke too (出庭并当庭发言), or appeared and said nothing, are some of the appearances
      { text: "行政机关负责人出庭应诉236件,出庭应诉率95.9%;负责人出庭并当庭发言的221件,出声率93.6%。", yields: [f("litigation.head_appearances", 236), f("litigation.head_appearance_rate", 95.9)], not: ["litigation.head_appearances=221"] },
      { text: "负责人出庭且当庭发言1,028件。", yields: [], not: ["litigation.head_appearances=1028"] },
      { text: "部分单位出庭不出声,有7件案件负责人到庭后未发表意见。", yields: [], not: ["litigation.head_appearances=7"] },
      { text: "法院开庭审理的43件案件中,行政机关负责人出庭应诉41件,出庭应诉率95.35%,未出庭的2件均为市直部门案件。", yields: [f("litigation.head_appearances", 41), f("litigation.head_appearance_rate", 95.35)], not: ["litigation.head_appearances=2"] },
    ],
    metricsForYear(2025),
  );
});
