import { describe } from "vitest";
import { down, f, table, up } from "./harness.js";

describe("reconsideration", () => {
  table([
    // acts corrected, 违法或者不当, after an opening on the cases concluded (审结的案件中,…纠正违法或者不当行政行为213件)
    { text: "全年审结行政复议案件1,768件。审结的案件中,通过撤销、变更等方式纠正违法或者不当行政行为196件,纠错率11.1%。", yields: [f("reconsideration.concluded", 1768), f("reconsideration.corrected", 196), f("reconsideration.correction_rate", 11.1)] },
    // a verb before a respectively-list of topics (新收行政复议、行政诉讼一审案件分别为…) says what each value counts
    { text: "全年新收行政复议、行政诉讼一审案件分别为1,206件和188件。", yields: [f("reconsideration.received", 1206), f("litigation.received", 188)], not: ["reconsideration.handled=1206", "litigation.handled=188"] },
    // a hearing of another procedure (行政处罚听证会) is no reconsideration's
    { text: "分局共办理行政复议案件2件。全年举行行政处罚听证会4场,听取当事人陈述申辩意见。", yields: [f("reconsideration.handled", 2)], not: ["reconsideration.hearings=4"] },
    // none against a branch (未发生以分局为被申请人的…); after the cases dealt with, none lost or corrected in one phrase
    { text: "全年未发生以分局为被申请人的行政复议案件。", yields: [f("reconsideration.received", 0)] },
    // none against a government or committee named by its kind, perhaps in one field
    { text: "全年未发生以镇政府为被申请人的涉执法行政复议案件。", yields: [f("reconsideration.received", 0)] },
    { text: "全年未发生以管委会为被申请人的行政复议案件和以管委会为被告的行政诉讼案件。", yields: [f("reconsideration.received", 0), f("litigation.received", 0)] },
    { text: "分局共办理行政复议案件2件、行政诉讼案件1件,上述案件均未出现败诉或被纠错的情况。", yields: [f("reconsideration.handled", 2), f("litigation.handled", 1), f("litigation.lost", 0), f("reconsideration.corrected", 0)] },
    // hearings held on the cases an object names, the trying after them (对重大疑难案件开展听证审理19次)
    { text: "全年审结行政复议案件276件。对重大疑难案件开展听证审理19次。", yields: [f("reconsideration.concluded", 276), f("reconsideration.hearings", 19)] },
    // cases one procedure took, however the verb is put (全年简易程序办案516件), are a part
    { text: "全年新收行政复议申请1,208件。对事实清楚、争议不大的案件适用简易程序,全年简易程序办案431件。", yields: [f("reconsideration.received", 1208)], not: ["reconsideration.handled=431"] },
    // cases ended that an aside says were all withdrawn (终止5宗(均为申请人主动撤回申请)) are settled; not where only some were
    { text: "全年审结行政复议案件41宗,其中维持26宗,驳回5宗,终止6宗(均为申请人主动撤回申请)。", yields: [f("reconsideration.concluded", 41), f("reconsideration.upheld", 26), f("reconsideration.dismissed", 5), f("reconsideration.settled", 6)] },
    { text: "全年审结行政复议案件41宗,其中维持26宗,驳回5宗,终止6宗(其中申请人撤回申请4宗)。", yields: [f("reconsideration.concluded", 41), f("reconsideration.upheld", 26), f("reconsideration.dismissed", 5), f("reconsideration.settled", 4)], not: ["reconsideration.settled=6"] },
    // the proportion taken to court after a review, so named (经复议后又提起诉讼的案件比例为…), is its rate; not that of those not taken
    { text: "全年受理行政复议案件1460件,经复议后又提起诉讼的案件比例为10.4%。", yields: [f("reconsideration.accepted", 1460), f("reconsideration.sued_after_rate", 10.4)] },
    { text: "全年受理行政复议案件1460件,经行政复议后当事人再提起行政诉讼的比例为12.7%。经复议后当事人未再起诉的案件占比达87.3%。", yields: [f("reconsideration.accepted", 1460), f("reconsideration.sued_after_rate", 12.7)], not: ["reconsideration.sued_after_rate=87.3"] },
    // those one procedure concluded (以简易程序审结19件) are some of those concluded
    { text: "全年审结行政复议案件36件。推行繁简分流,共以简易程序审结19件,平均办案周期缩短至22天。", yields: [f("reconsideration.concluded", 36)], not: ["reconsideration.concluded=19"] },
    // the share of the reviews concluded that lawsuits brought after them make is the rate of suing after review
    { text: "2022年经复议后提起行政诉讼案件仅占已审结复议案件的17%,超八成的行政争议通过行政复议化解。", yields: [f("reconsideration.sued_after_rate", 17)] },
    { text: "(三)监督纠错力度加大。2023年全市直接纠错(撤销、变更、确认违法、责令履行)381件,直接纠错率14.2%;通过调解、和解方式结案512件,调解和解率19.0%。", yields: [f("reconsideration.corrected", 381), f("reconsideration.correction_rate", 14.2), f("reconsideration.settled", 512), f("reconsideration.settlement_rate", 19)] },
    { text: "全年共审结报备的规范性文件64件,备案审查直接纠错率(指改正数占已审结数量的比率)为7.81%。", yields: [f("normative_docs.reviewed", 64)], not: ["reconsideration.correction_rate=7.81"] },
    { text: "强化监督纠错\n全年审结的案件中,作出撤销、变更、确认违法等纠错决定263件,直接纠错率12.5%;通过调解、和解方式结案458件。", yields: [f("reconsideration.corrected", 263), f("reconsideration.correction_rate", 12.5), f("reconsideration.settled", 458)] },
    { text: "全年共新受理行政复议案件172件。此外,在复议申请受理前经协商化解行政争议21件,申请人均撤回了申请。", yields: [f("reconsideration.accepted", 172)], not: ["reconsideration.received=21"] },
    // administrative disputes a mediation centre took in are no review's applications, received or accepted
    { text: "市司法局和市中级人民法院合作设立行政争议调解中心,复议调解与诉前调解在同一场所开展。市县两级的行政争议统一在中心登记,调不成的转回复议审理。中心3月投入运行,到年底共接收行政争议128件。", yields: [], not: ["reconsideration.received=128"] },
    { text: "行政复议工作中,区行政争议调解中心全年受理行政争议52件。", yields: [], not: ["reconsideration.accepted=52", "reconsideration.received=52"] },
    { text: "县政府新收行政复议申请173件;依法受理158件,对不属于受案范围或超过申请期限的15件依法作出不予受理决定。", yields: [f("reconsideration.received", 173), f("reconsideration.accepted", 158)], not: ["reconsideration.accepted=15"] },
    { text: "全县共审结行政复议案件21起。审结案件仅1件在复议后被诉至法院,法院判决驳回诉讼请求。", yields: [f("reconsideration.concluded", 21), f("reconsideration.sued_after", 1)], not: ["reconsideration.concluded=1"] },
    // one field's rate beside the whole's (市场监管领域纠错率达18.6%): the field's
    { text: "全市复议纠错率12.1%。二是部分领域纠错率偏高,如市场监管领域纠错率达18.6%,人社领域达16.2%。", yields: [f("reconsideration.correction_rate", 12.1)], not: ["reconsideration.correction_rate=18.6"] },
    // an outcome said of all the cases counted before (均予以维持, 均已审结) is that outcome's figure of their count, where the
    // text states none; not a court's upholding of the review's decision, nor where the upheld are counted
    { text: "全年我局被申请行政复议3件,均因不服行政处罚决定引起,经市政府审理均予以维持。", yields: [f("reconsideration.received", 3), f("reconsideration.upheld", 3)] },
    { text: "以本局为被申请人的行政复议案件4件,均已审结,维持3件,申请人撤回1件。", yields: [f("reconsideration.handled", 4), f("reconsideration.concluded", 4), f("reconsideration.upheld", 3), f("reconsideration.settled", 1)] },
    { text: "全年办理行政复议案件7件,维持5件,撤销2件。", yields: [f("reconsideration.handled", 7), f("reconsideration.upheld", 5), f("reconsideration.corrected", 2)], not: ["reconsideration.upheld=7"] },
    { text: "全年办理行政复议案件4件,申请人不服起诉后法院均维持复议决定。", yields: [f("reconsideration.handled", 4)], not: ["reconsideration.upheld=4"] },
    // lawsuits in which a review's upholding made the government a co-defendant are no reviews upheld
    { text: "以区政府为被告的案件31件,其中因复议维持作共同被告的22件。", yields: [], not: ["reconsideration.upheld=22"] },
    // a branch centre named for taking applications in (受理分中心) is a channel, not the verb
    { text: "全年接收行政复议申请1958件。其中,交通行政复议受理分中心收案1417件。", yields: [f("reconsideration.received", 1958)], not: ["reconsideration.accepted=1417"] },
    // an average (年均办结) is no outcome of all the cases counted before it
    { text: "2021年至2023年,全市共收到复议申请3,146件,依法受理2,875件,年均办结约950件。", not: ["reconsideration.concluded=2875"], yields: [f("reconsideration.received", 3146), f("reconsideration.accepted", 2875)] },
    // the cases a hearing was held on are some of the cases: none of them sued after is no zero of all
    { text: "全年办理行政复议案件216件。共召开听证会17场,听证案件均未进入诉讼程序。", yields: [f("reconsideration.handled", 216), f("reconsideration.hearings", 17)], not: ["reconsideration.sued_after=0"] },
    // the lawsuits 其中 picks out as taken to court after a review (其中5件系复议后起诉) are those sued after, under the lawsuits' head
    { text: "我局作为被告的行政诉讼案件12件,其中5件系复议后起诉。", yields: [f("litigation.received", 12), f("reconsideration.sued_after", 5)] },
    { text: "县政府作被告的一审行政诉讼案件37件,其中11件系申请人不服复议决定后起诉。", yields: [f("litigation.handled", 37), f("reconsideration.sued_after", 11)] },
    // some of the cases sued after a review that the court's judgment picks out (…的案件中仅有7件被法院判决撤销) are no count of those sued
    { text: "经行政复议后当事人又提起行政诉讼的案件186件,经复议后进入诉讼的案件中仅有7件被法院判决撤销或确认违法。", yields: [f("reconsideration.sued_after", 186)], not: ["reconsideration.sued_after=7"] },
    // the cases not taken to court after the closing are no count of those closed
    { text: "2024年全省行政复议新收案件4.87万件,全年办结4.52万件。复议结案后未再起诉到法院的案件达3.61万件,案结事了率79.9%。", yields: [f("reconsideration.received", 48700), f("reconsideration.concluded", 45200)], not: ["reconsideration.concluded=36100"] },
    // past a semicolon, the cases carried over are the reviews' own: the totals after them keep the topic
    { text: "全年县政府共收到行政复议申请182件,依法受理167件;加上上年结转的6件,共审理173件,已审结160件。", yields: [f("reconsideration.received", 182), f("reconsideration.accepted", 167), f("reconsideration.handled", 173), f("reconsideration.concluded", 160)] },
    // two kinds named together beside a third kind on its own are parts, no corrected total
    { text: "全年办结行政复议案件169件,决定维持71件,驳回申请18件,撤销及确认违法共27件,责令履行4件。", yields: [f("reconsideration.concluded", 169), f("reconsideration.upheld", 71), f("reconsideration.dismissed", 18)], not: ["reconsideration.corrected=27", "reconsideration.corrected=4"] },
    // a sentence opening on the years ahead (今后五年,…) aims at what it names
    { text: "今后五年,法治建设迈上新台阶,到2026年,基本建成法治政府,行政复议纠错率保持在15%左右,矛盾纠纷化解率稳定在98%以上。", yields: [], not: ["reconsideration.correction_rate=15", "disputes.success_rate=98"] },
    // what a court's judgment undid or found unlawful of the review's decisions is no correction of the review's
    { text: "复议后起诉案件中,复议决定被法院判决撤销或确认违法的仅17件。", yields: [], not: ["reconsideration.corrected=17"] },
    // the suits brought after the review that a court has closed are the court's, not reviews concluded
    { text: "复议决定作出后,申请人向人民法院提起行政诉讼9件,复议后起诉率6.2%,目前法院已审结的5件均维持复议决定。", yields: [f("reconsideration.sued_after", 9), f("reconsideration.sued_after_rate", 6.2)], not: ["reconsideration.concluded=5"] },
    // the court unnamed, the suits closed upholding the review are still the court's closing
    { text: "经行政复议后当事人提起行政诉讼的案件14件,复议后起诉率7.2%,目前已审结的6件均维持复议决定。", yields: [f("reconsideration.sued_after", 14), f("reconsideration.sued_after_rate", 7.2)], not: ["reconsideration.concluded=6"] },
    { text: "复议后起诉案件8件。截至发稿,已审结的5件均维持复议决定。", yields: [f("reconsideration.sued_after", 8)], not: ["reconsideration.concluded=5"] },
    // applications by the channel they came through are a breakdown of the intake
    { text: "全年收到行政复议申请268件。推行掌上复议,通过线上平台受理申请23起、邮寄申请131起。", yields: [f("reconsideration.received", 268)], not: ["reconsideration.accepted=23", "reconsideration.received=131"] },
    { text: "市公安局在各分局设立复议申请点9个,全年收到行政复议申请286件。", yields: [f("reconsideration.received", 286)], not: ["reconsideration.received=9"] },
    // cases are never counted in the units of papers: articles on the work taken by a bulletin, one of them on mediation
    { text: "全年审结行政复议案件57件。工作信息被市简报录用5篇(普法2篇、复议2篇、调解1篇)。", yields: [f("reconsideration.concluded", 57)], not: ["reconsideration.settled=1", "reconsideration.handled=2"] },
    { text: "全年受理行政诉讼案件12起,行政复议案件调解3件。", yields: [f("litigation.received", 12), f("reconsideration.settled", 3)] },
    // the stages at which a review may be settled are no reviews
    { text: "行政复议调解中心在受理后、审理中、决定前三个节点介入调解,全年通过调解和解结案38件。", yields: [f("reconsideration.settled", 38)], not: ["reconsideration.handled=3"] },
    // a footnote saying what a figure includes is a part of it
    { text: "全年审结行政复议案件412件[2]。\n[2] 含2023年结转至本年审结的案件51件。\n① 含通过联络点收到的行政复议申请28件。", yields: [f("reconsideration.concluded", 412)], not: ["reconsideration.concluded=51", "reconsideration.received=28"] },
    // decisions the respondent has yet to carry out are no corrections counted
    { text: "全年行政复议纠错21件。三是个别行政机关对复议决定履行不到位,仍有3件责令履行决定超期未履行。", yields: [f("reconsideration.corrected", 21)], not: ["reconsideration.corrected=3"] },
    // a page's space between the words and the count (案件 23 件) hides nothing
    { text: "以我局为被申请人的行政复议案件 23 件,经复议维持 19 件。", yields: [f("reconsideration.handled", 23), f("reconsideration.upheld", 19)] },
    // none caused (导致), the two kinds joined by 以及; none corrected after the reviews dealt with
    // one kind of correction after the corrections' whole in the sentence is a part of it
    // names listed before 依次为 each have their own value, as before 分别为
    { text: "全年审结行政复议案件86件(其中维持52件、驳回14件),纠错13件。", yields: [f("reconsideration.concluded", 86), f("reconsideration.upheld", 52), f("reconsideration.dismissed", 14), f("reconsideration.corrected", 13)] },
    { text: "2024年,全省各级行政复议机关收案、受理、审结案件依次为10,412件、9,876件和9,205件。", yields: [f("reconsideration.received", 10412), f("reconsideration.accepted", 9876), f("reconsideration.concluded", 9205)], not: ["reconsideration.accepted=10412"] },
    { text: "2023年,审结行政复议案件120件,直接纠错15件,撤销10件。", yields: [f("reconsideration.concluded", 120), f("reconsideration.corrected", 15)], not: ["reconsideration.corrected=10"] },
    { text: "全年无信息公开收费的事项,也无因信息公开导致行政复议以及行政诉讼的情况。", yields: [f("reconsideration.received", 0), f("litigation.received", 0)] },
    { text: "办理因政府信息公开引起的行政复议2件,未出现被纠错情形。", yields: [f("reconsideration.handled", 2), f("reconsideration.corrected", 0)] },
    // the cases counted before what was done (有3件申请行政复议), the review's decision before its outcome (行政复议决定维持), an
    // application withdrawn after talks (经沟通解释后撤销复议); none of either kind, said by 0 after both, or by 复议 without 行政
    { text: "全年办理依申请公开案件31件,有4件申请行政复议,其中3件行政复议决定维持本机关作出的答复,未审结1件。", yields: [f("reconsideration.received", 4), f("reconsideration.upheld", 3)] },
    { text: "本年度收到行政复议7件,6件维持结果,1件经协调沟通后撤销复议。", yields: [f("reconsideration.received", 7), f("reconsideration.upheld", 6), f("reconsideration.settled", 1)] },
    // a court upholding the review's decision (法院判决维持复议决定) is no review upholding an act
    { text: "全年审结行政复议案件64件,其中维持41件。复议后起诉的案件中,法院判决维持复议决定12件。", yields: [f("reconsideration.concluded", 64), f("reconsideration.upheld", 41)], not: ["reconsideration.upheld=12"] },
    { text: "全年共审结行政复议案件820件。其中,维持行政复议决定505件,驳回申请人行政复议请求131件。", yields: [f("reconsideration.concluded", 820), f("reconsideration.upheld", 505), f("reconsideration.dismissed", 131)] },
    // nor a court dismissing suits brought after review, nor reviews the court corrected
    { text: "全年审结行政复议案件64件。复议后起诉的案件中,法院裁定驳回起诉8件,判决驳回诉讼请求15件。", yields: [f("reconsideration.concluded", 64)], not: ["reconsideration.dismissed=8", "reconsideration.dismissed=15"] },
    { text: "全年收到行政复议申请64件。行政复议案件被法院纠错3件。", yields: [f("reconsideration.received", 64)], not: ["reconsideration.corrected=3"] },
    { text: "2025年共受理依申请公开19件,其中发生行政复议、行政诉讼案件0件。", yields: [f("reconsideration.received", 0), f("litigation.received", 0)] },
    { text: "本年度依申请公开答复均在法定期限内,未发生复议、诉讼情况。", yields: [f("reconsideration.received", 0), f("litigation.received", 0)] },
    { text: "法院判决撤销复议决定2件。", yields: [], not: ["reconsideration.settled=2"] },
    // the settled cases' share of those concluded, said as 占结案率
    { text: "2017年,行政复议通过调解和解等方式结案21件,占结案率22.83%,较去年明显上升。", yields: [f("reconsideration.settled", 21), f("reconsideration.settlement_rate", 22.83)] },
    // an application the applicant withdrew (撤销复议申请) was settled, not corrected; decisions said made after the count (120件作出了复议决定)
    { text: "信息公开行政复议案件5件,维持2件,纠正2件,撤销复议申请1件。", yields: [f("reconsideration.handled", 5), f("reconsideration.upheld", 2), f("reconsideration.corrected", 2), f("reconsideration.settled", 1)], not: ["reconsideration.corrected=1"] },
    { text: "全年行政复议88件,其中61件已作出复议决定。", yields: [f("reconsideration.handled", 88), f("reconsideration.concluded", 61)] },
    // what the cases were about, said between the count and its noun (发生1起有关政府信息公开事务的行政复议案件); not the subject
    // of cases of another kind (涉及行政复议的信访案件)
    { text: "其中,发生1起有关政府信息公开事务的行政复议案件,该案件依法驳回复议请求。", yields: [f("reconsideration.received", 1)] },
    // what the applications a disclosure report counted gave rise to is a count of its own, no part of theirs
    { text: "全年共受理政府信息公开申请25件,均按时答复,其中引发行政复议1件。", yields: [f("reconsideration.received", 1)] },
    { text: "2021年度,分局收到政府信息公开申请4件,已全部书面答复,包括依法公开2件、不予公开2件。其中,发生1起涉及政府信息公开的行政复议案件。", yields: [f("reconsideration.received", 1)] },
    { text: "全年收到3件涉及政府信息公开的行政复议申请,均已办结。", yields: [f("reconsideration.received", 3), f("reconsideration.concluded", 3)] },
    { text: "全年发生2起涉及行政复议决定执行的信访案件。", yields: [], not: ["reconsideration.received=2"] },
    // the reviews' correction rate named 纠正率 after 复议 (行政复议纠正率), moved down from an earlier year's; not another 纠正率
    { text: "2024年,全市行政复议纠正率从2021年的24.1%降至12.3%,连续三年下降。", yields: [f("reconsideration.correction_rate", 12.3)] },
    { text: "全市行政执法问题纠正率达98.6%。", yields: [], not: ["reconsideration.correction_rate=98.6"] },
    // a disclosure report's cases arising from its replies, and their outcomes named after their counts
    { text: "全年共收到政府信息公开申请89件次,已经答复88件;产生行政复议13件和行政诉讼1件。", yields: [f("reconsideration.received", 13), f("litigation.received", 1)] },
    { text: "规范办理答复完成24件,因不服答复引起行政复议3件,1件结果维持,2件结果纠正。", yields: [f("reconsideration.received", 3), f("reconsideration.upheld", 1), f("reconsideration.corrected", 2)] },
    // cases of every kind a reconsideration office took are its reviews, not a court's caseload
    // the settled cases' share of those concluded is the settlement rate; an outcome with no rate of its own (维持) keeps none
    { text: "全年审结行政复议案件160件,通过调解、和解方式结案52件,占32.5%。", yields: [f("reconsideration.concluded", 160), f("reconsideration.settled", 52), f("reconsideration.settlement_rate", 32.5)] },
    { text: "全年审结行政复议案件160件,其中纠错18件,占审结案件的11.25%。", yields: [f("reconsideration.concluded", 160), f("reconsideration.corrected", 18), f("reconsideration.correction_rate", 11.25)] },
    { text: "全年审结行政复议案件160件,撤销2件,占审结总数的1.3%。", yields: [f("reconsideration.concluded", 160), f("reconsideration.corrected", 2)], not: ["reconsideration.correction_rate=1.3"] },
    // a share with a subject of its own is that subject's: some of the corrected, by cause
    { text: "全年通过行政复议纠正违法或不当行政行为共52件,其中因程序违法被纠错的占三成以上。", yields: [f("reconsideration.corrected", 52)], not: ["reconsideration.correction_rate=30"] },
    // what happened after a review upheld an act is no count upheld
    { text: "复议机关作共同被告的案件中,复议维持后被判决撤销的24件。", yields: [], not: ["reconsideration.upheld=24"] },
    { text: "全年审结行政复议案件160件,维持原行政行为98件,占结案总数的61.3%。", yields: [f("reconsideration.concluded", 160), f("reconsideration.upheld", 98)] },
    { text: "2023年,市行政复议局共受理各类案件312件,审结296件。", yields: [f("reconsideration.accepted", 312), f("reconsideration.concluded", 296)] },
    // none revoked or changed on review, said as 零撤改
    { text: "2023年,支队行政复议零撤改、行政诉讼零败诉,获评全市普法工作先进单位。", yields: [f("reconsideration.corrected", 0), f("litigation.lost", 0)] },
    // the reviews and lawsuits a body's decisions gave rise to, 共有 before their count
    // one applicant's applications are one dispute's, no count of the period
    { text: "近日,市行政复议机构收到三份同一申请人对某行政执法机关作出的行政处罚提出的行政复议申请,立即开展溯源治理。", yields: [], not: ["reconsideration.received=3"] },
    { text: "2024年,本局执法决定涉及的案件引发行政复议案件共有27件,引发行政诉讼案件共13件。", yields: [f("reconsideration.received", 27), f("litigation.received", 13)] },
    // the share corrected in every way
    { text: "2015年市政府作为行政复议机关受理并办结行政复议案件1580宗,其中维持1270宗,占80.4%,行政复议综合纠正率达17%。", yields: [f("reconsideration.accepted", 1580), f("reconsideration.concluded", 1580), f("reconsideration.upheld", 1270), f("reconsideration.correction_rate", 17)] },
    // cases taken in to be handled are those received
    { text: "一年来,全市各行政复议机关共收办行政复议案件386件,是上年的2.1倍。", yields: [f("reconsideration.received", 386)] },
    // arbitration's cases are outside the catalogue, whatever topic the sentence named before them
    { text: "加强行政复议和仲裁工作,各级共办理行政复议案件900件;仲裁机构办理仲裁案件1500件,涉及标的额12亿元。", yields: [f("reconsideration.handled", 900)], not: ["reconsideration.handled=1500"] },
    // a mediation success rate in a sentence on reconsideration, no dispute named, is the reviews' settled share
    { text: "今年上半年,全区共新收行政复议申请512宗,同比增长20.1%,调解成功率31.5%。", yields: [f("reconsideration.received", 512, { change: up(20.1) }), f("reconsideration.settlement_rate", 31.5)], not: ["disputes.success_rate=31.5"] },
    { text: "行政复议与人民调解衔接联动,全年调解矛盾纠纷820件,调解成功率98.5%。", yields: [f("disputes.mediated", 820), f("disputes.success_rate", 98.5)] },
    // an aside that lists what a count holds (含…不予受理…) does not make it a count of what was not done: its list's items stay figures
    {
      text: "县政府共收到行政复议申请160件。全年结案(含受理前调解、不予受理及受理后审结)143件,其中受理后审结117件,撤销、确认违法、责令履行合计19件。",
      yields: [f("reconsideration.received", 160), f("reconsideration.concluded", 143), f("reconsideration.corrected", 19)],
      not: ["reconsideration.concluded=117"],
    },
    // the withdrawals after mediation among the reviews ended (终止…,其中经调解后申请人撤回申请…) are the settled ones
    {
      text: "全年审结行政复议案件186件,终止审理27件(其中经调解后申请人撤回申请22件)。",
      yields: [f("reconsideration.concluded", 186), f("reconsideration.settled", 22)],
      not: ["reconsideration.settled=27"],
    },
    { text: "全年审结行政复议案件186件,终止审理27件,其中经调解、和解后申请人撤回申请22件。", yields: [f("reconsideration.concluded", 186), f("reconsideration.settled", 22)] },
    // a review's settlement rate after its corrections (直接纠错98宗) and a semicolon is still the review's; a substantive resolution rate is no mediation's
    {
      text: "今年以来,全区共新收行政复议申请603宗;办结560宗,直接纠错71宗;调解成功率38.2%,行政争议实质化解率90.6%。",
      yields: [f("reconsideration.received", 603), f("reconsideration.concluded", 560), f("reconsideration.corrected", 71), f("reconsideration.settlement_rate", 38.2)],
      not: ["disputes.success_rate=38.2", "disputes.success_rate=90.6"],
    },
    // a count whose parts an aside lists (其中…) stays the figure; the part is none
    { text: "新发生行政复议案件6件(其中2件为上年度信息公开件),结果维持4件。", yields: [f("reconsideration.received", 6), f("reconsideration.upheld", 4)], not: ["reconsideration.received=2"] },
    // cases resolved (成功化解) ended without a decision or a judgment: settled
    { text: "全年受理行政复议案件320件,成功化解86件。", yields: [f("reconsideration.accepted", 320), f("reconsideration.settled", 86)] },
    { text: "全年审结行政诉讼案件210件,成功化解45件。", yields: [f("litigation.concluded", 210), f("litigation.settled", 45)] },
    // the bare topic opening a clause to total its cases: those dealt with
    { text: "2022年,我局无行政诉讼案件,行政复议共2宗,答复意见均得到支持。", yields: [f("reconsideration.handled", 2), f("litigation.received", 0), f("litigation.handled", 0)] },
    // a review ended as its gloss says, by a settlement (终止(调解和解)), is settled; a bare 终止 is not
    { text: "全年审结行政复议案件128件,其中维持20件,终止(调解和解)29件,驳回60件。", yields: [f("reconsideration.concluded", 128), f("reconsideration.upheld", 20), f("reconsideration.settled", 29), f("reconsideration.dismissed", 60)] },
    { text: "全年审结行政复议案件218件,终止(通过调解或申请人撤回申请等方式结案)41件,调撤率为18.8%。", yields: [f("reconsideration.concluded", 218), f("reconsideration.settled", 41), f("reconsideration.settlement_rate", 18.8)] },
    // the conditions a case met are no act of accepting it
    // cases concluded after they were accepted (受理后审结) were concluded, not accepted
    // those concluded late are a part of those concluded, not their count, in a table's rows or in prose
    { text: "行政复议案件办理情况\n新收 64件\n审结 58件\n尚未审结 6件\n超期审结 0件", yields: [f("reconsideration.received", 64), f("reconsideration.concluded", 58)], not: ["reconsideration.concluded=0"] },
    { text: "全年审结行政复议案件131件,逾期审结2件。", yields: [f("reconsideration.concluded", 131)], not: ["reconsideration.concluded=2"] },
    { text: "全年共受理行政复议案件172件。受理后审结案件(包括结转)158件,未审结14件。", yields: [f("reconsideration.accepted", 172), f("reconsideration.concluded", 158)], not: ["reconsideration.accepted=158"] },
    { text: "司法部办结国务院行政复议案件2410件,其中符合法定受理条件的国务院裁决案件498件。", yields: [f("reconsideration.concluded", 2410)], not: ["reconsideration.accepted=498"] },
    // none caused, said of the year's disclosure requests: the body's own zero; not after 均, of each of a count's items
    { text: "2024年共收到政府信息公开申请12件,均按时办结,未引起行政复议和行政诉讼。", yields: [f("reconsideration.received", 0), f("litigation.received", 0)] },
    { text: "全年作出行政处罚决定86件,均未引发行政复议或诉讼。", yields: [], not: ["reconsideration.received=0", "litigation.received=0"] },
    // the bare topic right after the body counts the cases dealt with; a verb before it governs the clauses after it too
    { text: "截至目前,开发区行政复议4起,行政诉讼案件6起,行政首长出庭应诉率达100%。", yields: [f("reconsideration.handled", 4), f("litigation.handled", 6), f("litigation.head_appearance_rate", 100)] },
    { text: "2022年,本委共发生行政复议17件,行政诉讼8件。", yields: [f("reconsideration.received", 17), f("litigation.received", 8)], not: ["litigation.handled=8"] },
    // the next clause that names only its topic and its count, after such an item, counts the cases dealt with too; a street is a body
    { text: "2023年,全年行政复议20件,行政诉讼33件。", yields: [f("reconsideration.handled", 20), f("litigation.handled", 33)] },
    { text: "2024年街道行政诉讼7起,行政复议2起。", yields: [f("litigation.handled", 7), f("reconsideration.handled", 2)] },
    // a body's lawsuits of every kind split into kinds: each catalogue kind's item is its own bare count
    { text: "2023年,社区诉讼案件45起,其中民事诉讼30起,行政诉讼9起,行政复议6起。", yields: [f("litigation.handled", 9), f("reconsideration.handled", 6)], not: ["litigation.handled=45"] },
    // a mark passed for the first time (首破千件) is no count; applications sent on through intake points (受理点) were not accepted by them
    { text: "柳溪:去年行政复议新收案件首破千件\n全市共新收行政复议案件1048件,全年通过受理点转交申请206件。", yields: [f("reconsideration.received", 1048)], not: ["reconsideration.received=1000", "reconsideration.accepted=206"] },
    // a bare 被诉率 among a reconsideration's figures, moved down from an earlier year's: the share sued after it
    { text: "2024年审结行政复议案件320件,约90%案件在复议阶段案结事了,被诉率从2021年26.4%降至2024年7.9%。", yields: [f("reconsideration.concluded", 320), f("reconsideration.sued_after_rate", 7.9)], not: ["reconsideration.sued_after_rate=26.4"] },
    // 撤诉 said of a review is its application withdrawn; a plaintiff's after the review is the lawsuit's
    { text: "发生行政复议5件,4件维持,1件撤诉;发生行政诉讼2件,1件维持,1件尚未审结。", yields: [f("reconsideration.received", 5), f("reconsideration.upheld", 4), f("reconsideration.settled", 1), f("litigation.received", 2)] },
    { text: "全年审结行政复议案件40件。经复议后起诉的案件中,原告撤诉3件。", yields: [f("reconsideration.concluded", 40)], not: ["reconsideration.settled=3"] },
    // a head naming reviews and lawsuits answered together: its reviews' item is the reviews' whole, a figure beside another of theirs
    { text: "全县收到行政复议申请118件。县司法局共办理行政复议、行政应诉案件174件,其中行政复议案件121件,行政应诉案件53件。", yields: [f("reconsideration.received", 118), f("reconsideration.handled", 121), f("litigation.handled", 53)], not: ["reconsideration.handled=174"] },
    // cases of no kind named, handled by the review bodies and listed as reviews and lawsuits answered: a total across topics
    { text: "2022年,全省各级复议机关共办理案件3276件,其中行政复议案件1904件,同比增长8.1%;行政应诉案件1372件,经复议后诉讼案件655件。", yields: [f("reconsideration.handled", 1904), f("litigation.handled", 1372), f("reconsideration.sued_after", 655)], not: ["reconsideration.handled=3276"] },
    { text: "2021年,全县行政复议、行政诉讼分别为15件、7件。", yields: [f("reconsideration.handled", 15), f("litigation.handled", 7)] },
    // the agency setting itself right, then the applicant withdrawing: indirect, no correction by a decision
    { text: "全市行政复议机关办理行政复议案件548件,以撤销、变更、责令履行、确认违法等方式直接纠错的12件,经监督协调后行政机关自行纠错当事人撤回申请等方式间接纠错的97件。", yields: [f("reconsideration.handled", 548), f("reconsideration.corrected", 12), f("reconsideration.settled", 97)], not: ["reconsideration.corrected=97"] },
    // the start of a range is its baseline, 的 or not
    { text: "近三年受理行政复议案件575件,复议后被诉率从2020年27.5%降至2023年8.1%。", yields: [f("reconsideration.accepted", 575), f("reconsideration.sued_after_rate", 8.1)], not: ["reconsideration.sued_after_rate=27.5"] },
    // a count after two verbs joined counts what each did
    { text: "今年1至9月,县人民政府作为复议机关受理并审结的复议案件共计38件。", yields: [f("reconsideration.accepted", 38), f("reconsideration.concluded", 38)] },
    { text: "2024年区政府受理、审结行政复议案件63件,纠错率8.2%。", yields: [f("reconsideration.accepted", 63), f("reconsideration.concluded", 63), f("reconsideration.correction_rate", 8.2)] },
    { text: "全年维持、驳回行政复议案件52件。", yields: [], not: ["reconsideration.upheld=52", "reconsideration.dismissed=52"] },
    // a clause opening on the same period a year before states the comparison's baseline
    { text: "去年同期收到行政复议申请57件,今年共收到71件。", yields: [f("reconsideration.received", 71)], not: ["reconsideration.received=57"] },
    { text: "去年同期,全市新收行政复议案件980件;今年新收1210件,同比增长23.5%。", yields: [f("reconsideration.received", 1210)], not: ["reconsideration.received=980"] },
    // an anecdote's count, its clause ending on 时 with no 在
    { text: "2024年,省司法厅办结3件行政复议案件时,发现有关部门审批不严,及时发出行政复议意见书。", yields: [], not: ["reconsideration.concluded=3"] },
    { text: "全年办结行政复议案件312件,同时发出行政复议意见书15份。", yields: [f("reconsideration.concluded", 312)] },
    // ended by what came before it, 而 left out (因和解终止结案)
    { text: "全市共收到行政复议申请1520件,调解或因和解终止结案296件。", yields: [f("reconsideration.received", 1520), f("reconsideration.settled", 296)] },
    { text: "全市共收到行政复议申请1520件。纠错63件。调解或因和解终止结案296件,实质化解率达19.5%。", yields: [f("reconsideration.received", 1520), f("reconsideration.corrected", 63), f("reconsideration.settled", 296)] },
    // the parts of a baseline, in parentheses after it, are the baseline's too
    {
      text: "全市行政争议案件从2020年的86件(其中行政复议案件50件,行政诉讼案件36件),增长到2023年的190件(其中行政复议案件71件,行政诉讼案件119件)。",
      yields: [f("reconsideration.handled", 71), f("litigation.handled", 119)],
      not: ["reconsideration.handled=50", "litigation.handled=36"],
    },
    // what the cases arose from (因政府信息公开申请产生行政复议3起) says they were received, as for lawsuits
    { text: "因政府信息公开申请产生行政复议4起,均维持。", yields: [f("reconsideration.received", 4), f("reconsideration.upheld", 4)] },
    { text: "开放日当天共解答群众咨询180余次,受理复议申请19件,行政争议调解申请11件。", yields: [f("reconsideration.accepted", 19)], not: ["reconsideration.settled=11"] },
    { text: "柳川市两级行政复议机构重视调解。\n2025年柳川全市以调解和解方式结案件186宗,调解和解率28.4%。", yields: [f("reconsideration.settled", 186), f("reconsideration.settlement_rate", 28.4)] },
    // the review ended after a settlement, its topic from the sentence before
    { text: "全市新收行政复议申请1650件。全年审结1420件;经调解、和解或申请人撤回申请终止审理297件。", yields: [f("reconsideration.received", 1650), f("reconsideration.concluded", 1420), f("reconsideration.settled", 297)] },
    { text: "在商会、区法院、21个司法所等设立行政复议受理联系点28个,实现当面接收、全域受案。", yields: [], not: ["reconsideration.accepted=28"] },
    { text: "超过八成的行政争议在复议阶段案结事了,经复议后再诉讼率不到15%。", yields: [f("reconsideration.sued_after_rate", 15, { qualifier: "under" })] },
    { text: "全市行政复议案件复议后再起诉率为9.6%。", yields: [f("reconsideration.sued_after_rate", 9.6)] },
    // the share of reviews the agencies went on to answer in court (复议应诉率), right after those sued after
    { text: "2024年经复议后又进入诉讼的案件21件,复议应诉率为12.4%,较去年有所下降。", yields: [f("reconsideration.sued_after", 21), f("reconsideration.sued_after_rate", 12.4)] },
    // the share of cases taken to court again after review, said as a share of all reviewed (…后,又起诉到法院的…仅占…的6%); not the others
    { text: "经过复议程序处理后,又起诉到法院的行政争议仅占全部复议案件的6%左右,纠错率在15%上下。", yields: [f("reconsideration.sued_after_rate", 6, { qualifier: "about" }), f("reconsideration.correction_rate", 15)] },
    { text: "复议后未再起诉到法院的案件占全部复议案件的94%。", yields: [], not: ["reconsideration.sued_after_rate=94"] },
    // a review ended because of a settlement counts the settlements; one ended is no count of reviews
    { text: "本年度受理的复议申请中,经调解由申请人撤回申请而终止的案件11件,调撤率25%。", yields: [f("reconsideration.settled", 11), f("reconsideration.settlement_rate", 25)], not: ["reconsideration.handled=11"] },
    { text: "全年终止审理的行政复议案件共9件。", yields: [], not: ["reconsideration.handled=9"] },
    {
      text: "新收行政复议案件同比增长30.6%,达到1,268件。",
      yields: [f("reconsideration.received", 1268, { change: { direction: "up", amount: 30.6, unit: "percent" } })],
    },
    { text: "全年行政复议案件数量为89件,同比下降5%。", yields: [f("reconsideration.handled", 89, { change: { direction: "down", amount: 5, unit: "percent" } })] },
    { text: "收到行政复议申请和受理案件分别为30件和27件。", yields: [f("reconsideration.received", 30), f("reconsideration.accepted", 27)] },
    {
      text: "全年行政复议收案、审结、纠错分别为45件、40件、6件,纠错率15%。",
      yields: [f("reconsideration.received", 45), f("reconsideration.concluded", 40), f("reconsideration.corrected", 6), f("reconsideration.correction_rate", 15)],
    },
    { text: "2023年,全县共审查行政复议申请46件,其中不予受理3件。", yields: [f("reconsideration.handled", 46)] },
    { text: "2024年以来,区行政复议机构依法处理行政复议申请137件。", yields: [f("reconsideration.handled", 137)], not: ["reconsideration.received=137"] },
    { text: "全年共收到行政复议申请312件,受理289件,审结270件。", yields: [f("reconsideration.received", 312), f("reconsideration.accepted", 289), f("reconsideration.concluded", 270)] },
    { text: "办理行政复议案件四十八件,同比上升9.1%。", yields: [f("reconsideration.handled", 48, { change: up(9.1) })] },
    // 撤销 and 确认违法 stated apart are kinds of the corrections, no figure of their own
    { text: "依法作出行政复议决定36件,其中维持20件、驳回6件、撤销5件、确认违法3件。", yields: [f("reconsideration.concluded", 36), f("reconsideration.upheld", 20), f("reconsideration.dismissed", 6)], not: ["reconsideration.corrected=5"] },
    { text: "行政复议直接纠错率为13.9%,调解和解率百分之四十二。", yields: [f("reconsideration.correction_rate", 13.9), f("reconsideration.settlement_rate", 42)] },
    // applicants who, not content, went to court after the decision: the cases sued after review, not the body's lawsuits
    { text: "全年审结行政复议案件200件。复议决定作出后,申请人不服提起行政诉讼的23件。", yields: [f("reconsideration.concluded", 200), f("reconsideration.sued_after", 23)], not: ["litigation.received=23"] },
    // the same after the decision's clause, with whoever brought the suit (当事人, 申请人) in the next: those sued after review
    // those not content with a review's decision who went to court (因不服行政复议决定而提起行政诉讼的): sued after, no lawsuits received
    { text: "2004年收到复议申请13件,受理11件。因不服行政复议决定而提起行政诉讼的案件为7件。", yields: [f("reconsideration.received", 13), f("reconsideration.accepted", 11), f("reconsideration.sued_after", 7)], not: ["litigation.received=7"] },
    { text: "全年审结行政复议案件179件。案件审结后,当事人不服复议决定提起行政诉讼的仅13件,复议后起诉率7.3%。", yields: [f("reconsideration.concluded", 179), f("reconsideration.sued_after", 13), f("reconsideration.sued_after_rate", 7.3)], not: ["litigation.received=13"] },
    { text: "全年审结行政复议案件52件。复议决定作出后,当事人提起行政诉讼的9件。", yields: [f("reconsideration.concluded", 52), f("reconsideration.sued_after", 9)], not: ["litigation.received=9"] },
    // suits a review gave rise to (因行政复议引发的…诉讼) were taken to court after it; not reviews received, nor lawsuits received
    // lawsuits after a review, 又 or 再 unsaid (经复议后诉讼案件): those sued after
    // those not content with the decision named before 不服 (对复议决定不服): the verb after it is still the count's
    { text: "全年审结行政复议案件186件,对复议决定不服向法院起诉的19件。", yields: [f("reconsideration.concluded", 186), f("reconsideration.sued_after", 19)] },
    { text: "全区行政应诉案件1865件,经复议后诉讼案件412件,同比增长6%。", yields: [f("litigation.handled", 1865), f("reconsideration.sued_after", 412)], not: ["litigation.handled=412", "litigation.received=412"] },
    { text: "2024年,因行政复议引发的行政诉讼案件17件。", yields: [f("reconsideration.sued_after", 17)], not: ["litigation.received=17", "reconsideration.received=17"] },
    { text: "全年新收行政复议案件240件,经复议后引发行政诉讼的案件21件。", yields: [f("reconsideration.received", 240), f("reconsideration.sued_after", 21)], not: ["reconsideration.received=21"] },
    { text: "行政复议决定送达后,申请人向法院起诉4件,其余均息诉罢访。", yields: [f("reconsideration.sued_after", 4)], not: ["litigation.received=4"] },
    // the superior's clause may open on its year (2023年全国…): the own place after it has the rate, the superior's is no figure
    { text: "2023年全国行政复议纠错率为12.1%,而我省仅为8%。", yields: [f("reconsideration.correction_rate", 8)], not: ["reconsideration.correction_rate=12.1"] },
    { text: "2022年度,全省行政复议纠错率为11%,我市为9.5%。", yields: [f("reconsideration.correction_rate", 9.5)], not: ["reconsideration.correction_rate=11"] },
    { text: "全年新收行政复议案件120件,上年结转8件,合计128件,审结121件。", yields: [f("reconsideration.received", 120), f("reconsideration.handled", 128), f("reconsideration.concluded", 121)] },
    { text: "全市复议机关新收行政复议案件1875件,旧存96件,收案合计1971件,审结1860件。", yields: [f("reconsideration.received", 1875), f("reconsideration.handled", 1971), f("reconsideration.concluded", 1860)], not: ["reconsideration.received=1971"] },
    { text: "上年结转行政复议案件7件,新收行政复议案件152件,共计159件,已审结150件。", yields: [f("reconsideration.received", 152), f("reconsideration.handled", 159), f("reconsideration.concluded", 150)], not: ["reconsideration.received=159"] },
    { text: "新收行政复议申请230件,上年结转11件,受理合计241件。", yields: [f("reconsideration.received", 230), f("reconsideration.handled", 241)], not: ["reconsideration.accepted=241"] },
    // the cases carried on to the next year are a part, no caseload of the year's
    { text: "2023年结转至2024年的行政复议案件12件。", yields: [], not: ["reconsideration.handled=12"] },
    { text: "2023年,未发生行政复议纠错案件。", yields: [f("reconsideration.corrected", 0)] },
    // none taken to court after a review says nothing of the reviews received
    { text: "全市行政机关行政诉讼案件实现零败诉,未发生复议后起诉案件。", yields: [f("litigation.lost", 0)], not: ["reconsideration.received=0"] },
    { text: "行政复议后,全市法院受理行政诉讼案件300件。", yields: [f("litigation.received", 300)], not: ["reconsideration.accepted=300"] },
    { text: "行政复议后全市法院审结行政诉讼案件280件。", yields: [f("litigation.concluded", 280)], not: ["reconsideration.concluded=280"] },
    { text: "复议决定作出后,当事人未提起行政诉讼的31件。", yields: [], not: ["reconsideration.sued_after=31", "litigation.received=31"] },
    { text: "行政复议申请人不服复议决定向法院起诉的案件7件。", yields: [f("reconsideration.sued_after", 7)], not: ["reconsideration.received=7"] },
    // the lawsuits brought after review are named by a verb, not by a case noun: a figure of their own after the cases reviewed
    { text: "全年行政复议9件。其中,复议后提起行政诉讼3件。", yields: [f("reconsideration.handled", 9), f("reconsideration.sued_after", 3)] },
    { text: "力争行政复议纠错率保持在15%左右,调解和解率达到30%以上。", yields: [], not: ["reconsideration.settlement_rate=30"] },
    // a count moved from an earlier one (由上年的120件增加到156件) is counted by the words before the move
    { text: "全年行政复议案件由上年的120件增加到156件。", yields: [f("reconsideration.handled", 156)], not: ["reconsideration.handled=120"] },
    // counts said to be left out of the figures (未纳入全省数据) are another's
    { text: "2023年,全省共收到行政复议申请3652件。省政府办理案件188件。铁路、民航等中央垂直管理单位收到的41件申请,按统计口径未纳入全省数据。", yields: [f("reconsideration.received", 3652), f("reconsideration.handled", 188)], not: ["reconsideration.received=41"] },
    // the corrected cases' share of those concluded, said with the corrected cases as its subject
    { text: "受理行政复议案件890件,撤销、变更、确认违法的有52件,复议纠错案件占审结数的8.1%。", yields: [f("reconsideration.accepted", 890), f("reconsideration.corrected", 52), f("reconsideration.correction_rate", 8.1)] },
    // outcomes' shares of the cases concluded, each said by what was done: the corrected and the settled are rates, the upheld none
    {
      text: "全年审结行政复议案件640件。其中:维持原行政行为(含驳回)的占60.5%,直接纠正原行政行为(含撤销、变更、确认违法)的占12.3%,通过调解、和解等方式结案的占20.4%。",
      yields: [f("reconsideration.concluded", 640), f("reconsideration.correction_rate", 12.3), f("reconsideration.settlement_rate", 20.4)],
    },
    // the settled share said as the settled cases' proportion, of those concluded or alone, in figures or in tenths (三成)
    { text: "该局积极促成行政争议在复议环节和解。以和解调解方式结案的案件比例达已审结案件的27%。", yields: [f("reconsideration.settlement_rate", 27)] },
    { text: "全年办结行政复议案件210件,通过调解、和解方式结案的比例为三成以上。", yields: [f("reconsideration.concluded", 210), f("reconsideration.settlement_rate", 30, { qualifier: "over" })] },
    // applications "accepted" whose parts include those not accepted were received
    { text: "全年共受理行政复议申请64件,其中不予受理3件,受理后撤回申请5件。", yields: [f("reconsideration.received", 64), f("reconsideration.settled", 5)], not: ["reconsideration.accepted=64"] },
    // a respectively-list whose name holds 和解 (调解和解率): one name, not two split at its 和
    { text: "2024年,全区行政复议直接纠错率、调解和解率分别为9.6%、41.3%。", yields: [f("reconsideration.correction_rate", 9.6), f("reconsideration.settlement_rate", 41.3)] },
    // a rate inheriting its topic, its baseline the year before between its name and its value
    { text: "坚持依法纠正违法或不当行政行为,行政复议监督作用持续发挥。2024年全县纠错率较2023年的24.5%下降至12.7%。", yields: [f("reconsideration.correction_rate", 12.7)], not: ["reconsideration.correction_rate=24.5"] },
    // the reconsiderations of one kind of act, and their outcome, are a breakdown; those of every act are the body's
    { text: "行政处罚被申请行政复议6宗,复议决定撤销、变更或者确认违法1宗;行政许可申请总数5919宗。", yields: [], not: ["reconsideration.corrected=1", "reconsideration.received=6"] },
    { text: "全区行政执法行为被申请行政复议23宗,复议决定撤销、变更或者确认违法3宗。", yields: [f("reconsideration.received", 23), f("reconsideration.corrected", 3)] },
    // none of a reconsideration's correcting outcomes, said in words
    { text: "2023年以来,本乡无行政复议撤销、变更、重新作出行政行为的案件和行政诉讼败诉类案件发生。", yields: [f("reconsideration.corrected", 0), f("litigation.lost", 0)] },
    // none of either, lawsuits named first
    { text: "2024年度我局完成的审计项目,没有发生行政诉讼和行政复议案件。", yields: [f("litigation.received", 0), f("reconsideration.received", 0)] },
    { text: "全年未发生行政诉讼、行政复议败诉案件。", yields: [], not: ["reconsideration.received=0", "litigation.received=0"] },
    // a correction rate of zero said in words
    { text: "2024年,县政府行政复议纠错率为零。", yields: [f("reconsideration.correction_rate", 0)] },
    { text: "应对上级行政复议案件4件,审结4件,全部维持,撤变率为零。", yields: [f("reconsideration.handled", 4), f("reconsideration.concluded", 4), f("reconsideration.correction_rate", 0), f("reconsideration.upheld", 4)] },
    { text: "全市法院二审案件撤改率9.6%。", yields: [], not: ["reconsideration.correction_rate=9.6"] },
    { text: "通过调解和解方式结案的行政复议案件65件。", yields: [f("reconsideration.settled", 65)] },
    // a clause naming nothing but the topic and the number, opening its stretch, counts the cases dealt with
    {
      text: "2022年,行政复议9起,复议机关维持决定5起;行政诉讼一审3起,二审2起。",
      yields: [f("reconsideration.handled", 9), f("reconsideration.upheld", 5), f("litigation.handled", 3)],
    },
    { text: "全年共发生行政复议35件,行政诉讼12件。", yields: [f("reconsideration.received", 35), f("litigation.received", 12)], not: ["litigation.handled=12"] },
    // a province's prefectures counted as a clause's subject are a level of its whole, not the whole
    { text: "全省各级复议机关新收行政复议申请7214件。16个市州新收行政复议申请5873件,较上年增长8.3%。", yields: [f("reconsideration.received", 7214)], not: ["reconsideration.received=5873"] },
    // a 其中 list is the count's right before it, not an earlier one's (the 21 cases' kinds are not the 6 reviews');
    // cases said to involve the reporting body (涉及我局) are those brought against it
    {
      text: "2024年涉及我局行政复议案件6宗,市人民政府维持我局决定5宗;行政、民事诉讼案件21宗,其中民事案件13宗,行政案件8宗。",
      yields: [f("reconsideration.received", 6), f("reconsideration.upheld", 5), f("litigation.handled", 8)],
      not: ["reconsideration.handled=6"],
    },
    // 间接纠错: closed by withdrawal, settlement or mediation after the agency set itself right, not corrected by decision
    {
      text: "全市行政复议机构通过撤销、确认违法等方式直接纠错61件,通过撤回申请、和解、调解等方式间接纠错148件。",
      yields: [f("reconsideration.corrected", 61), f("reconsideration.settled", 148)],
      not: ["reconsideration.corrected=148"],
    },
    { text: "全年审结行政复议案件312件,间接纠错率15.4%。", yields: [f("reconsideration.concluded", 312)], not: ["reconsideration.correction_rate=15.4"] },
    { text: "组织行政复议听证会11场。", yields: [f("reconsideration.hearings", 11)] },
    // hearings in a sentence of their own, under the topic the sentence before named
    { text: "全年新收行政复议申请1163件。在规范审理方面,听取当事人意见1260次,举行听证会38场。", yields: [f("reconsideration.received", 1163), f("reconsideration.hearings", 38)] },
    // the count before the hearings it counts
    { text: "今年以来先后举办7场行政复议听证会,邀请人大代表旁听。", yields: [f("reconsideration.hearings", 7)] },
    { text: "共审理行政复议案件40件,其中6件不予受理,4件予以撤销,9件驳回复议申请,3件予以维持。", yields: [f("reconsideration.handled", 40), f("reconsideration.corrected", 4), f("reconsideration.dismissed", 9), f("reconsideration.upheld", 3)] },
    { text: "经行政复议后的被诉率由2020年的26.4%降至11.7%,连续三年下降。", yields: [f("reconsideration.sued_after_rate", 11.7)], not: ["reconsideration.sued_after_rate=26.4"] },
    // a count joined to the next item (…行政复议3件和复议后提起行政诉讼1件) is not that item's, and the item, opening on 复议后,
    // shares no verb of the list's
    { text: "2023年全县发生行政复议3件和复议后提起行政诉讼1件。", yields: [f("reconsideration.received", 3), f("reconsideration.sued_after", 1)], not: ["reconsideration.sued_after=3", "reconsideration.received=1"] },
    { text: "2023年全县受理行政复议3件、经复议后提起行政诉讼1件。", yields: [f("reconsideration.accepted", 3), f("reconsideration.sued_after", 1)], not: ["reconsideration.accepted=1"] },
    { text: "全年仅有5件案件当事人在复议后提起行政诉讼。", yields: [f("reconsideration.sued_after", 5)] },
    // those not taken to court after it are the others (未被起诉, 没有再起诉); 不服 still leads to court
    { text: "全年办结复议案件210件,其中调解结案40件,经复议后未被起诉180件。", yields: [f("reconsideration.concluded", 210), f("reconsideration.settled", 40)], not: ["reconsideration.sued_after=180"] },
    { text: "全年复议后不服提起行政诉讼12件。", yields: [f("reconsideration.sued_after", 12)] },
    { text: "全年复议后仍有当事人向人民法院提出行政诉讼7件。", yields: [f("reconsideration.sued_after", 7)] },
    { text: "全年仅有2件案件在复议后提出行政诉讼。", yields: [f("reconsideration.sued_after", 2)] },
    { text: "近两年受理复议申请181件,经复议后再诉讼案件仅14件,复议后再诉讼率为7.7%。", yields: [f("reconsideration.accepted", 181), f("reconsideration.sued_after", 14), f("reconsideration.sued_after_rate", 7.7)] },
    { text: "复议后起诉案件19件,复议后起诉率为5.2%。", yields: [f("reconsideration.sued_after", 19), f("reconsideration.sued_after_rate", 5.2)] },
    // cases that arose, in a total of both kinds of administrative dispute
    { text: "2023年全区行政争议发案量共41件,其中,行政复议发案量29件,办结27件;行政诉讼发案量12件。", yields: [f("reconsideration.received", 29), f("reconsideration.concluded", 27), f("litigation.received", 12)] },
    { text: "全年共发生行政复议案件9件,均已办结。", yields: [f("reconsideration.received", 9), f("reconsideration.concluded", 9)] },
    // the count first, what its cases went on to after it; not those that did not
    { text: "全年审结行政复议案件64件,仅有7件案件的申请人在复议后又提起行政诉讼。", yields: [f("reconsideration.concluded", 64), f("reconsideration.sued_after", 7)] },
    { text: "全年审结行政复议案件64件,其中57件复议后未提起诉讼。", yields: [f("reconsideration.concluded", 64)], not: ["reconsideration.sued_after=57"] },
    { text: "全市行政复议调撤率达41.5%,起诉率12.06%,均为历年最好。", yields: [f("reconsideration.settlement_rate", 41.5), f("reconsideration.sued_after_rate", 12.06)] },
    { text: "行政复议案件纠错21件,纠错率较上年提高3.2个百分点。", yields: [f("reconsideration.corrected", 21)] },
    // a count set against at length, its change right after it, is the baseline (较改革前三年…受理总数24件增长137.5%)
    { text: "2022年至2024年全县共受理行政复议案件57件,较改革前三年(2019—2021年)县政府及县直部门受理总数24件增长137.5%。", yields: [f("reconsideration.accepted", 57)], not: ["reconsideration.accepted=24"] },
    { text: "收到行政复议申请2.1万件。", yields: [f("reconsideration.received", 21000)] },
    { text: "行政复议案件受理量近三百件。", yields: [f("reconsideration.accepted", 300, { qualifier: "nearly" })] },
    { text: "不予受理行政复议申请7件。", yields: [] },
    {
      text: "全年办理行政复议案件2.6万件。各级行政复议机关加强涉企工作,办理行政协议、限制竞争等新类型涉及经营主体行政复议案件1843件。",
      yields: [f("reconsideration.handled", 26000)],
      not: ["reconsideration.handled=1843"],
    },
    { text: "统一行政复议案件受理、审议等8项工作标准,制定简易程序、调解和解等12项工作规则。", yields: [], not: ["reconsideration.settled=12"] },
    { text: "行政复议申请较2022年的241件有较大增长。", yields: [] },
    { text: "行政复议案件中,涉及行政处罚类的占比61%。", yields: [] },
    { text: "新收行政复议案件XX件,办结*件。", yields: [] },
    { text: "复议机关审结案件80件,其中调解结案17件,调解率21.3%,维持原行政行为38件。", yields: [f("reconsideration.concluded", 80), f("reconsideration.settled", 17), f("reconsideration.settlement_rate", 21.3), f("reconsideration.upheld", 38)] },
    { text: "行政复议收案量同比增长31.2%,为历年最高。", yields: [] },
    { text: "审结行政复议案件118件,其中维持76件,撤销8件,终止19件。", yields: [f("reconsideration.concluded", 118), f("reconsideration.upheld", 76), f("reconsideration.corrected", 8)], not: ["reconsideration.settled=19"] },
    { text: "全年共收到行政复议申请216件,依法受理195件,不予受理16件。", yields: [f("reconsideration.received", 216), f("reconsideration.accepted", 195)] },
    { text: "行政复议案件办结率达到98%,行政复议决定履行率100%。", yields: [] },
    { text: "行政复议被申请人为区政府的案件26件,其中败诉2件。", yields: [], not: ["litigation.lost=2"] },
    { text: "柳川市2023年由复议机关作出直接纠错决定的比例达11.8%。", yields: [f("reconsideration.correction_rate", 11.8)] },
    { text: "上半年行政复议调撤率近37%,相当于每10件复议案件里有接近4件经调解化解。", yields: [f("reconsideration.settlement_rate", 37, { qualifier: "nearly" })], not: ["reconsideration.settled=4"] },
    // the ratio told across a comma (每5件…中,就有约2件)
    { text: "一季度行政复议调撤率近四成,相当于每5件审结的复议案件中,就有约2件通过调解、和解化解。", yields: [f("reconsideration.settlement_rate", 40, { qualifier: "nearly" })], not: ["reconsideration.settled=2"] },
    { text: "今年以来,已受理信息公开、行政处罚等各类行政复议案件412件。", yields: [f("reconsideration.accepted", 412)] },
    { text: "2023年,东岭县受理行政复议申请12件,其中10件已审结,2件正在审理。", yields: [f("reconsideration.accepted", 12), f("reconsideration.concluded", 10)] },
    { text: "2023年,新增行政复议案件3件,均已审结。", yields: [f("reconsideration.received", 3), f("reconsideration.concluded", 3)], not: ["reconsideration.handled=3"] },
    { text: "今年以来,全县行政复议共受案 57 件,受案数量较同期增长 40%。", yields: [f("reconsideration.accepted", 57)] },
    { text: "全市共收到行政复议申请2140件。其中,受理数1873件。", yields: [f("reconsideration.received", 2140), f("reconsideration.accepted", 1873)] },
    { text: "会上同时通报了“某商户不服某区市场监管局罚款决定行政复议案”等10个行政复议典型案例。", yields: [], not: ["reconsideration.received=10"] },
    { text: "开展行政复议护航企业发展专项行动,推出畅通涉企行政复议申请渠道等5个方面16项具体举措。", yields: [], not: ["reconsideration.received=16"] },
    { text: "今年1至8月,全县共办理涉企行政复议申请57件,比去年同期增长30.2%。", yields: [f("reconsideration.handled", 57, { change: up(30.2) })], not: ["reconsideration.received=57"] },
    { text: "完善行政复议调解、和解、听取意见、听证等配套制度10余项。", yields: [], not: ["reconsideration.settled=10"] },
    { text: "本年度全区各级复议机关审结复议案件3582,审结率为86.1%。", yields: [f("reconsideration.concluded", 3582)] },
    // the bare topic after the year is the year's caseload; not one of its events (涉及信息公开的)
    { text: "2024年行政复议15件,均已审结。", yields: [f("reconsideration.handled", 15), f("reconsideration.concluded", 15)] },
    { text: "全年涉及政府信息公开的行政复议11件,行政诉讼2件。", yields: [], not: ["reconsideration.handled=11", "litigation.handled=2"] },
    // lawsuits received (收到诉讼) are lawsuits, whatever the sentence before reviewed; those brought without a review first
    // (未经复议直接起诉) name no review
    {
      text: "柳川区市场监管局2023年政府信息公开工作年度报告\n2023年我局因政府信息公开被行政复议5件,其中结果维持4件。2023年度收到诉讼为4件,其中未经复议直接起诉3件。",
      yields: [f("reconsideration.received", 5), f("reconsideration.upheld", 4), f("litigation.received", 4)],
      not: ["reconsideration.received=4", "reconsideration.received=3"],
    },
    { text: "全年收到诉讼材料送达回证120份。", yields: [], not: ["litigation.received=120"] },
    // but in a disclosure report they are all its cases: the report names itself, or says it carries out the disclosure regulations
    {
      text: "柳川区司法局2022年政府信息公开工作年度报告\n三、政府信息公开行政复议、行政诉讼情况\n2022年涉及政府信息公开行政复议2件,涉及政府信息公开行政诉讼0件。",
      yields: [f("reconsideration.handled", 2), f("litigation.handled", 0)],
    },
    {
      text: "2022年,我局认真贯彻落实《中华人民共和国政府信息公开条例》。本报告中所列数据的统计期限自2022年1月1日至12月31日止。\n2022年我局有关政府信息公开的行政复议案共3起。",
      yields: [f("reconsideration.handled", 3)],
    },
    { text: "2024年至今共收行政复议案件37件,受理33件,不予受理4件。", yields: [f("reconsideration.received", 37), f("reconsideration.accepted", 33)], not: ["reconsideration.handled=37"] },
    // 等方式 is the manner, not kinds named before 等
    { text: "上半年,行政复议纠错率为12.5%;经过复议后案件诉讼率为3.8%。", yields: [f("reconsideration.correction_rate", 12.5), f("reconsideration.sued_after_rate", 3.8)] },
    // the outcomes a review or a trial ended in are no caseload; the reviews and lawsuits the decisions gave rise to were received
    {
      text: "引起行政复议案件共有38件,复议机构审理结果为终止11件,维持15件;引起行政诉讼案件共21件,法院审理结果为判决驳回诉讼请求5件。",
      yields: [f("reconsideration.received", 38), f("reconsideration.upheld", 15), f("litigation.received", 21)],
      not: ["reconsideration.handled=11", "reconsideration.received=11", "litigation.handled=5"],
    },
    { text: "全年以调解等方式终止行政复议案件12件。", yields: [f("reconsideration.settled", 12)] },
    // a verb after the object 对 opens says what was done: the hearings held
    { text: "全年审结行政复议案件210件。对案件组织听证18件。", yields: [f("reconsideration.concluded", 210), f("reconsideration.hearings", 18)] },
    // 较 of degree (争议较大的) compares nothing: the hearings held, not a baseline
    { text: "全年审结行政复议案件186件。对事实争议较大的案件组织听证21件,其中现场听证15件、线上听证6件。", yields: [f("reconsideration.concluded", 186), f("reconsideration.hearings", 21)], not: ["reconsideration.hearings=15"] },
    // none of the body's acts corrected on review
    { text: "以本局为被申请人的行政复议案件11件,维持8件,全年未发生被复议纠错案件。", yields: [f("reconsideration.handled", 11), f("reconsideration.upheld", 8), f("reconsideration.corrected", 0)] },
    // the two kinds of cases side by side, each named only by its topic, after counts of other things: the body's cases dealt with
    { text: "司法所全年提供法律咨询72次,审查合同840份,出具法律意见书5份,协助街道处理行政处理决定书2宗,行政复议9宗,行政诉讼4宗。", yields: [f("contracts.reviewed", 840), f("reconsideration.handled", 9), f("litigation.handled", 4)] },
    // questions about reviews taken in are no reviews
    { text: "全年受理涉行政复议咨询1480件,收到行政复议申请96件。", yields: [f("reconsideration.received", 96)], not: ["reconsideration.accepted=1480"] },
    // a review ended by its application withdrawn is settled
    { text: "全年收到行政复议申请31件,维持17件,申请人撤回申请终止审理6件。", yields: [f("reconsideration.received", 31), f("reconsideration.upheld", 17), f("reconsideration.settled", 6)] },
    // cases others took part in hearing are some of the cases, no count handled
    { text: "全年审结行政复议案件64件,邀请复议委员会委员参与审理重大疑难案件9件。", yields: [f("reconsideration.concluded", 64)], not: ["reconsideration.handled=9"] },
    { text: "全年审结行政复议案件71件,邀请行政复议委员会咨询委员参与案件审理48件次。", yields: [f("reconsideration.concluded", 71)], not: ["reconsideration.handled=48"] },
    // 办案 right before its count: the cases handled (not 办案人员)
    { text: "随着改革推进,2023年全省行政复议办案1.2万件。", yields: [f("reconsideration.handled", 12000)] },
    { text: "全省行政复议机构配备办案人员320名。", yields: [] },
    // cases closed in some ways are a part of those closed, and a hearing is one way of closing them, not a count of hearings
    { text: "上半年全省行政复议机构新收案件2.9万件,以听证、书面审查等方式办结6400件。", yields: [f("reconsideration.received", 29000)], not: ["reconsideration.hearings=6400", "reconsideration.concluded=6400"] },
    // a count whose cases the words after it say were closed (4宗…案件均已结案), not one with a count of its own after it
    { text: "目前4宗行政复议案件均已结案。", yields: [f("reconsideration.concluded", 4)] },
    { text: "收到行政复议申请9件已办结7件。", yields: [f("reconsideration.received", 9), f("reconsideration.concluded", 7)], not: ["reconsideration.concluded=9"] },
    // some of what the words before 中有 name, told by what follows (审结的…案件中有45件维持): the verb before names the whole
    { text: "全年受理的行政复议案件中有17件被依法纠错。", yields: [f("reconsideration.corrected", 17)], not: ["reconsideration.accepted=17"] },
    { text: "审结的60件行政复议案件中有31件维持原行政行为。", yields: [f("reconsideration.concluded", 60), f("reconsideration.upheld", 31)] },
    // a means (通过行政调解) says how, not what is counted
    // the act between 确认 and 违法, the one kind of correction stated; not an act confirmed lawful
    { text: "全年收到行政复议申请60件。已受理案件中,驳回申请7件,确认被申请行政机关具体行政行为违法的案件3件,其余均为维持。", yields: [f("reconsideration.received", 60), f("reconsideration.dismissed", 7), f("reconsideration.corrected", 3)] },
    { text: "全年办结行政复议案件40件,确认被申请人行为不违法的3件。", yields: [f("reconsideration.concluded", 40)], not: ["reconsideration.corrected=3"] },
    // a share of the cases the words after it say were corrected, or settled, is that rate; not a share closed in time
    { text: "全市共审结行政复议案件712件,其中48.6%的行政行为因违法或不当被纠正。", yields: [f("reconsideration.concluded", 712), f("reconsideration.correction_rate", 48.6)] },
    { text: "全县共受理行政复议案件160件,其中23.8%的案件经调解后由申请人撤回。", yields: [f("reconsideration.accepted", 160), f("reconsideration.settlement_rate", 23.8)] },
    { text: "全年审结行政复议案件200件,其中95%的案件在法定期限内审结。", yields: [f("reconsideration.concluded", 200)] },
    // a body's acts taken to review (被申请行政复议): received; not what the review did to them (被复议纠错)
    { text: "本年度受理政府信息公开申请42件。答复后被申请行政复议6件,均被维持。", yields: [f("reconsideration.received", 6), f("reconsideration.upheld", 6)] },
    { text: "全年行政行为被复议纠错3件。", yields: [f("reconsideration.corrected", 3)], not: ["reconsideration.received=3"] },
    { text: "全年收到行政复议申请26件,其中4件申请人撤回申请。", yields: [f("reconsideration.received", 26), f("reconsideration.settled", 4)] },
    { text: "2020年,区政府审结行政复议案件30件,其中通过行政调解,申请人撤回申请的有13件。", yields: [f("reconsideration.concluded", 30), f("reconsideration.settled", 13)] },
    // cases of one kind or one procedure are parts, not the caseload
    { text: "全年新收行政复议案件3120件,办理行政复议前置案件415件,适用简易程序审理案件806件。", yields: [f("reconsideration.received", 3120)], not: ["reconsideration.handled=415", "reconsideration.handled=806"] },
    { text: "全年各级行政复议机关共审结复议案件3820件,其中作出纠错决定的172件,纠错为4.5%。", yields: [f("reconsideration.concluded", 3820), f("reconsideration.corrected", 172), f("reconsideration.correction_rate", 4.5)] },
    // a decimal point a converter turned into 。; a rate whose % the page lost is no count
    { text: "近三年年均受理行政复议案件236件,綜合糾錯率達12。7%,调解和解率達41。2%。", yields: [f("reconsideration.correction_rate", 12.7), f("reconsideration.settlement_rate", 41.2)] },
    { text: "近三年年均受理行政复议案件236件,综合纠错率达12。", yields: [], not: ["reconsideration.corrected=12"] },
    // none of either, said as 零发生
    { text: "今年以来,镇政府推进决策事项合法性审查全覆盖,实现行政复议和行政败诉案件零发生。", yields: [f("reconsideration.received", 0), f("litigation.lost", 0)] },
    // what a court's judgment undid is a lawsuit's outcome, no correction on review
    // a review's decision a court undid is the court's correction, not the review's
    { text: "本年度办理行政复议案件86件。复议后起诉的案件中,法院已审结21件,复议决定被撤销2件。", yields: [f("reconsideration.handled", 86)], not: ["reconsideration.corrected=2"] },
    // cases ended after a settlement, in a list of outcomes after a sentence on the reviews
    { text: "全年共收到行政复议申请152件,审结140件。在审结案件中,维持71件、驳回18件,调解和解后终止29件。", yields: [f("reconsideration.received", 152), f("reconsideration.concluded", 140), f("reconsideration.upheld", 71), f("reconsideration.dismissed", 18), f("reconsideration.settled", 29)] },
    // those closed by mediation or ended after a withdrawal are settled, 结案 in 调解结案 no count of all closed
    { text: "其中,以撤销、确认违法方式直接纠错21件;以调解结案或申请人撤回申请后终止共37件,调解撤回率24.2%。", yields: [f("reconsideration.corrected", 21), f("reconsideration.settled", 37), f("reconsideration.settlement_rate", 24.2)] },
    // cases settled while the review was heard: 审理中 is the stage, no count of all dealt with
    { text: "全年新收行政复议案件1080件,受理前化解争议296件,复议审理中调解、和解结案241件。", yields: [f("reconsideration.received", 1080), f("reconsideration.settled", 241)] },
    // the cases taken, their acceptance said right after them
    { text: "县行政复议局共收到申请131件。对其中符合法定条件的117件予以受理。", yields: [f("reconsideration.received", 131), f("reconsideration.accepted", 117)] },
    // 共有 before a count with last year's in an aside counts the whole
    { text: "全年管委会作为被申请人的行政复议案件共有38件(2024年为31件),已办结35件。", yields: [f("reconsideration.handled", 38), f("reconsideration.concluded", 35)], not: ["reconsideration.handled=31"] },
    { text: "本年度办理行政复议案件86件。经人民法院审理,复议决定被撤销或确认违法的仅3件。", yields: [f("reconsideration.handled", 86)], not: ["reconsideration.corrected=3"] },
    // an application withdrawn while its acceptance was weighed closed no case of the reviews
    { text: "全年共收到行政复议申请412件,经审查,受理375件,申请人在受理审查阶段撤回19件。", yields: [f("reconsideration.received", 412), f("reconsideration.accepted", 375)], not: ["reconsideration.settled=19"] },
    { text: "本年度办理行政复议案件86件。法院判决撤销的3件。", yields: [f("reconsideration.handled", 86)], not: ["reconsideration.corrected=3"] },
    // none arose from the body's work, said with 无因…引发的: none at all
    { text: "2023年,全年无因行政执法引发的行政复议、行政诉讼案件。", yields: [f("reconsideration.received", 0), f("reconsideration.handled", 0), f("litigation.received", 0), f("litigation.handled", 0)] },
    { text: "2023年本单位行政复议、行政诉讼案件均为零。", yields: [f("reconsideration.received", 0), f("litigation.received", 0)] },
    // so with the digit and no unit (均为0, 数量为0)
    { text: "2023年本单位行政复议、行政诉讼案件均为0。", yields: [f("reconsideration.received", 0), f("litigation.received", 0)] },
    { text: "全年行政复议案件数量为0,行政诉讼案件为0。", yields: [f("reconsideration.received", 0), f("litigation.received", 0)] },
    { text: "2023年本单位行政诉讼败诉案件为零。", yields: [f("litigation.lost", 0)] },
    // reviews and lawsuits lost said to be none together, read as 行政复议和行政败诉案件零发生 is: no reviews, no losses
    { text: "2023年本单位行政复议、行政诉讼败诉案件均为零。", yields: [f("reconsideration.received", 0), f("litigation.lost", 0)] },
    // the share of the cases concluded that were settled, said by how (其中近三成通过调解方式…化解; 其中26%经和解后撤回)
    { text: "全年办结行政复议案件1460件,其中近三成通过调解方式获得实质性化解。", yields: [f("reconsideration.concluded", 1460), f("reconsideration.settlement_rate", 30, { qualifier: "nearly" })] },
    { text: "全年审结行政复议案件320件,其中26%经和解后撤回申请。", yields: [f("reconsideration.concluded", 320), f("reconsideration.settlement_rate", 26)] },
    // the ways some cases were closed listed after 以, its last word garbled by a mirror's synonyms: a part of those closed, no total
    { text: "上半年共新收行政复议案件18.6万件;纠正违法和不当行政行为1.7万件,以长入、息争、震恐恳求步地办结4.1万件。", yields: [f("reconsideration.received", 186000), f("reconsideration.corrected", 17000)], not: ["reconsideration.concluded=41000"] },
    // an order to act with the respondent named before its duty (责令被申请人依法履职) is a kind of correction as 责令履行 is: beside 撤销, no total
    { text: "2020年,柳川市共审查行政复议申请13件,其中作出不予受理决定2件,撤销被申请机关具体行政行为3件,责令被申请人依法履职5件,维持原行政机关决定2件。", yields: [f("reconsideration.handled", 13), f("reconsideration.upheld", 2)], not: ["reconsideration.corrected=3", "reconsideration.corrected=5"] },
    // disputes mediated before any application was accepted close no review: neither they nor their share are the settled reviews
    // cases another body decides that the office only helped resolve (协助化解行政复议案件) are none of its own
    { text: "今年司法所配合区司法局开展联动调解,协助化解行政复议案件9件。", yields: [], not: ["reconsideration.handled=9", "reconsideration.settled=9"] },
    // nor those it helped the government that decides them handle, the government named between (配合市人民政府办理…)
    { text: "复议职责调整后,区司法局配合柳川市人民政府办理涉及本区的行政复议案件27件,按时提交答复材料。", yields: [], not: ["reconsideration.received=27", "reconsideration.handled=27"] },
    // a share that names no whole gives no rate where the text names the rate itself: it may be of the applications, not the cases closed
    {
      text: "全年共办理行政复议申请2400件。其中,依法受理1980件,占比82.5%;经调解后申请人撤回申请310件,占比12.9%。全年审结1850件,调解和解率21.4%。",
      yields: [f("reconsideration.handled", 2400), f("reconsideration.accepted", 1980), f("reconsideration.settled", 310), f("reconsideration.concluded", 1850), f("reconsideration.settlement_rate", 21.4)],
      not: ["reconsideration.settlement_rate=12.9"],
    },
    { text: "全市各级行政复议机关共办理行政复议申请案件9820件。其中,依法受理8105件,占比82.5%;不予受理611件,占比6.2%;案前调解1046件,占比10.7%。", yields: [f("reconsideration.handled", 9820), f("reconsideration.accepted", 8105)], not: ["reconsideration.settled=1046", "reconsideration.settlement_rate=10.7"] },
  ]);
});
