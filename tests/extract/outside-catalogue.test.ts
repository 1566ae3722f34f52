/**
 * Only the catalogue's things: counts of things outside it never become
 * figures, whatever verb stands near them.
 */
import { describe } from "vitest";
import { f, table } from "./harness.js";

describe("counts outside the catalogue", () => {
  table([
    // sports events and their entrants are no legal education, whatever stall for the law stood at them
    { text: "在城市马拉松等赛事现场设置普法展位,赛事参与群众超过2万人。全年举办全民健身赛事活动180余场次,参与群众约9万人次。", yields: [], not: ["legal_education.participants=20000", "legal_education.activities=180", "legal_education.participants=90000"] },
    // a court's confirming mediation agreements is no dispute mediated
    { text: "全区建成规范化调委会295个。推行“人民调解+司法确认”模式,今年共推动人民调解协议司法确认103件。", yields: [], not: ["disputes.mediated=103"] },
    // officials taken to see an integrity-education base (廉政教育基地…参观学习) learn no law
    { text: "全年开展法治宣传活动12场。二是深化廉政教育。充分发挥廉政教育基地作用,组织党员干部28批446人次参观学习。", yields: [f("legal_education.activities", 12)], not: ["legal_education.participants=446"] },
    // visits and calls received and closed (来访来电…办结…件次) are no disputes mediated, whichever comes first
    { text: "(三)深化矛盾纠纷排查化解\n依托镇综治中心“一站式”受理,全年受理群众来访来电386件次,办结379件次。", yields: [], not: ["disputes.mediated=379"] },
    // those honoured for the work (先进集体, 先进个人) are no audience of it
    { text: "会上,在全区法治宣传教育中62个先进集体和71名先进个人受到表彰。", yields: [], not: ["legal_education.participants=71"] },
    // the issues of a board put up (创办法治宣传栏1287期) are no events, after events listed before them too
    { text: "开展街头设点宣传312场次,创办法治宣传栏940期,发放宣传资料2.1万份。", yields: [], not: ["legal_education.activities=940"] },
    { text: "利用法治宣传栏开展普法活动56场次。", yields: [f("legal_education.activities", 56)] },
    // a government's rules opening a clause on their outcomes are no normative documents, whatever topic came before
    { text: "全年清理行政规范性文件152件。\n一、市政府规章保留11件,修改2件,废止1件。\n二、行政规范性文件继续有效120件,修改18件,废止14件。", yields: [f("normative_docs.cleaned", 152), f("normative_docs.retained", 120), f("normative_docs.amended", 18), f("normative_docs.repealed", 14)], not: ["normative_docs.retained=11", "normative_docs.amended=2", "normative_docs.repealed=1"] },
    // a court's reviews of petitions against its judgments (申诉复查) are no lawsuits received, though 受理 stands before them
    { text: "全市法院受理二审行政诉讼案件2361件,同比上升8.2%;受理行政申诉复查案件642件,同比上升5.1%。", yields: [f("litigation.received", 2361)], not: ["litigation.received=642"] },
    // tasks a programme listed are no documents, whatever the list named before them
    { text: "推动完成调解组织增补、规范性文件后评估、出台镇街法治建设标准等工作任务15项。", yields: [], not: ["normative_docs.issued=15"] },
    // an item after 和 that names what it counts after its number (听证事项) takes no cue from before it; reports reviewed are no contracts
    { text: "年初列出县政府4个重大行政决策和3个专家论证事项,均向社会公开。", yields: [f("major_decisions.count", 4)], not: ["major_decisions.count=3"] },
    { text: "承办法律顾问事项800多件,其中审查各类合同31件次,审查安全生产事故调查报告17件。", yields: [f("contracts.reviewed", 31)], not: ["contracts.reviewed=17"] },
    // infringement disputes an office settles are no lawsuits
    { text: "全年查办商标违法案件3.1万件,办理专利侵权纠纷行政案件5.2万件。", yields: [], not: ["litigation.handled=52000"] },
    // programmes broadcast on mediation are no mediations
    { text: "人民调解工作专题节目4次在省电视台播出。", yields: [], not: ["disputes.mediated=4"] },
    { text: "今年以来,全市检察院共受理行政检察监督案件736件,促成化解行政争议95件。", yields: [], not: ["litigation.handled=736"] },
    // lawyers' and legal workers' case work is representation, no lawsuit of a government's
    { text: "2023年,全省基层法律服务工作者共办理诉讼案件3.2万多件;办理非诉讼法律事务1.1万多件。", yields: [], not: ["litigation.handled=32000", "litigation.handled=11000"] },
    { text: "全市律师办理各类法律事务12.5万件。其中,办理诉讼案件6.3万件,办理非诉讼法律事务4.1万件。", yields: [], not: ["litigation.handled=63000", "litigation.handled=41000"] },
    // the legal workers or advisers named as the sentence's actors, however far before the suits they took on
    { text: "近年来,各村法律顾问积极开展法律咨询、调解等服务,提供服务2100件,开展法治宣传96场,办理诉讼案件9件。", yields: [f("legal_education.activities", 96)], not: ["litigation.handled=9"] },
    { text: "广大基层法律工作者深入村组,为群众提供服务1500件,办理诉讼案件14件,调处矛盾纠纷210宗。", yields: [f("disputes.mediated", 210)], not: ["litigation.handled=14"] },
    { text: "全年办理行政复议案件214件,制发行政复议意见书、建议书36份。", yields: [f("reconsideration.handled", 214)] },
    { text: "针对审判中发现的问题,向行政机关发出司法建议81份。", yields: [] },
    // letters from the public a mailbox received (收到群众来信336件) are nothing filed, whatever documents the sentence named before
    { text: "发布规范性文件2条,其他文件16条;领导信箱共收到群众来信236件,已全部办结。", yields: [], not: ["normative_docs.filed=236"] },
    // the kinds of legal aid cases a centre took (…刑事案件1959件,民事案件901件,行政案件3件) are no lawsuits, nor those it closed
    { text: "全年共受理法律援助案件1860件,比去年同期增长210件,刑事案件1120件,民事案件702件,行政案件5件,办结1710件,结案率达91.9%。", yields: [], not: ["litigation.handled=5", "litigation.concluded=1710"] },
    // reviews of another kind beside the legality review: fair competition (公平竞争审查), integrity (廉洁性评估), and risks to
    // social stability (社会稳定风险评估), of documents and decisions alike
    { text: "对拟出台的规范性文件开展廉洁性评估37件;各政策制定机关开展公平竞争审查118件,纠正问题条款5处。", yields: [], not: ["normative_docs.reviewed=118", "normative_docs.reviewed=37"] },
    { text: "全年制发规范性文件4件,均经公平竞争审查和合法性审核,报市政府备案4件。", yields: [f("normative_docs.issued", 4), f("normative_docs.filed", 4)] },
    { text: "对全市重大项目、重大决策开展社会稳定风险评估31项,其中3项暂缓实施;市政府公布重大行政决策事项目录6项。", yields: [f("major_decisions.count", 6)], not: ["major_decisions.count=31"] },
    // letters a body sent to those sued or slow to comply (应诉提示函, 督办函) are no lawsuits, though 被诉 names them
    { text: "依托府院联动机制,向12个被诉单位发出应诉提示函18份,对3家单位发出督办函3份。全年新收行政诉讼案件64件。", yields: [f("litigation.received", 64)], not: ["litigation.received=18"] },
    // requests for disclosure a body took in are no reviews, under a paragraph that named reviews before them
    { text: "(二)依申请公开方面。加强与申请人的沟通,降低行政复议、行政诉讼风险。全年共受理依申请公开52件,其中本年新收50件,上年结转2件。", yields: [], not: ["reconsideration.received=50", "reconsideration.accepted=52"] },
    { text: "全年因依申请公开引发行政复议4件,其中维持3件。", yields: [f("reconsideration.received", 4), f("reconsideration.upheld", 3)] },
    // a hotline's requests taken in and closed are no disputes mediated, under a heading on resolving disputes
    { text: "(三)畅通诉求表达和纠纷化解渠道\n全年政务服务热线受理群众诉求6.12万件,办结6.08万件,按时办结率99.1%。", yields: [], not: ["disputes.mediated=60800"] },
    { text: "(三)推进矛盾纠纷多元化解\n全年12345热线办结各类诉求2.3万件,人民调解委员会调处矛盾纠纷1460件。", yields: [f("disputes.mediated", 1460)], not: ["disputes.mediated=23000"] },
    // petitioners an official receives on his day for them are no audience, under a heading on 普法; a stall's visitors are
    { text: "(二)创新普法形式。坚持每月“书记接访日”,累计接待来访群众164人次。", yields: [], not: ["legal_education.participants=164"] },
    { text: "(二)创新普法形式。开展宪法宣传活动,接待来访群众1000多人。", yields: [f("legal_education.participants", 1000, { qualifier: "over" })] },
    // documents an evaluation after they took effect went through are no documents issued in the year
    { text: "全年出台规范性文件12件,对2021年出台的规范性文件开展实施后评估9件。", yields: [f("normative_docs.issued", 12)], not: ["normative_docs.issued=9"] },
    // surveys and symposia held with firms are no legal education, beside it in the sentence
    // party lessons, party schools and the theory group's study are officials' own study, no events of education for the public
    { text: "认真学习贯彻习近平法治思想,创建习近平法治思想学习宣传阵地,开展党工委中心组学习8期,街道领导班子、基层党组织书记带头上党课52次,围绕《中国共产党纪律处分条例》,纪委委员讲纪法课5次,街道党校开展学习《条例》3场次。", yields: [], not: ["legal_education.activities=52", "legal_education.activities=5", "legal_education.activities=3"] },
    // inspections of the body's own work (督察核查) after a sentence on events of education: none of them
    { text: "全年开展法治宣传活动30场。四是强化督察考核。结合示范创建开展8次督察核查,整改反馈问题15项。", yields: [f("legal_education.activities", 30)], not: ["legal_education.activities=8"] },
    { text: "全县政法单位开展送法进园区活动31场,举办企业调研、座谈6次,为小微企业开展“以案说法”活动5次。", yields: [f("legal_education.activities", 31), f("legal_education.activities", 5)], not: ["legal_education.activities=6"] },
    // a police report's administrative cases, counted with the people it dealt with: penalty cases, no lawsuits
    { text: "全年共立刑事案件812起,破案390起;受理行政案件1730起,办结1608起,查处1944人,行政拘留803人次。", yields: [], not: ["litigation.received=1730", "litigation.concluded=1608"] },
    { text: "近三年来,我局共受理行政案件1.24万起,查处各类违法行为人8610人。", yields: [], not: ["litigation.received=12400"] },
    // violators counted by 名 as well as by 人
    { text: "全年共受理各类行政案件980起,查处违法行为人1105名。", yields: [], not: ["litigation.received=980"] },
    // the police's administrative cases beside their criminal ones, or reviewed by a legal unit, are no lawsuits
    { text: "执法办案中心全年进驻办理刑事案件430起、行政案件1275起。", yields: [], not: ["litigation.handled=1275"] },
    { text: "法制部门全年审核行政案件5210宗、刑事案件1630宗。", yields: [], not: ["litigation.handled=5210"] },
    { text: "法制大队审核刑事、行政案件1840起,提出整改意见95条。", yields: [], not: ["litigation.handled=1840"] },
    // the administrative cases in a list of those lawyers represented are agency work
    { text: "全市律师担任刑事辩护人、代理人860件,代理民事案件2710件、行政案件165件。", yields: [], not: ["litigation.handled=165"] },
    // a court's caseload names its civil cases or itself: its administrative cases beside the criminal ones are lawsuits
    { text: "全市法院审结刑事案件2100件、行政案件640件。", yields: [f("litigation.concluded", 640)] },
    // an enforcer's cases it investigated and punished (查处…行政案件) are penalty cases, no lawsuits
    { text: "全年共查处渔政行政案件74起,其中非法捕捞案件51起,收缴罚没款38.6万元。本局作为被告的行政诉讼案件2件。", yields: [f("litigation.received", 2)], not: ["litigation.handled=74"] },
    { text: "2023年全市公安机关共办结行政案件982310件,其中适用简易程序960112件。", yields: [], not: ["litigation.concluded=982310"] },
    { text: "通报5起行政机关败诉典型案例。", yields: [], not: ["litigation.lost=5"] },
    { text: "发布行政复议典型案例12个。", yields: [] },
    // firms named as liaison points are no cases, under a topic named just before them
    { text: "推行“开门复议”工作模式,全年新增22个企业作为政府立法联系点。", yields: [], not: ["reconsideration.received=22"] },
    { text: "全年新增行政复议案件42件,其中涉及企业的12件。", yields: [f("reconsideration.received", 42)] },
    // a body's internal rules are no normative documents, under a heading on both
    { text: "二、规范性文件和内部工作制度清理\n经清理,原86件内部工作制度中,拟保留40件、废止21件。", yields: [], not: ["normative_docs.retained=40", "normative_docs.repealed=21"] },
    // a court's cases of other kinds than administrative lawsuits, and all its lawsuits together
    // a civil instance's measures carry no lawsuit's topic to the rates after them
    { text: "结收比98.1%,民事一审简易程序适用率85.2%,服判息诉率95.7%,调撤率61%。", yields: [], not: ["litigation.settlement_rate=61"] },
    { text: "全年审结行政一审案件320件,调撤率21%。", yields: [f("litigation.concluded", 320), f("litigation.settlement_rate", 21)] },
    // civil and commercial disputes a court resolved are its civil caseload, not disputes mediated
    { text: "民事审判有新成效。依法妥善解决各类民商事纠纷21630件,完成12个人民法庭标准化建设。", yields: [], not: ["disputes.mediated=21630"] },
    { text: "2023年1-6月,诉前调解民商事案件1862件,占一审民商事案件的41.2%,调解成功702件。", yields: [], not: ["litigation.settled=702", "disputes.mediated=702"] },
    { text: "全年适用小额诉讼案件1260件。", yields: [], not: ["litigation.handled=1260"] },
    // villages' rules are no normative documents, though their clean-up follows one of them
    { text: "开展专项整治:审核规范性文件12件;修改与上位法冲突的村规民约7项。", yields: [f("normative_docs.reviewed", 12)], not: ["normative_docs.amended=7"] },
    // staffing posts added to reconsideration bodies are no cases
    { text: "优化行政复议机构设置,市县两级新增复议机构8个,新增编制15个。", yields: [], not: ["reconsideration.received=15"] },
    // deputies' suggestions and political-advisory proposals answered are no cases, beside reconsideration's information
    { text: "主动公开政府信息152条,其中行政复议类信息18条,政协提案办理结果答复3件、人大代表建议办理结果答复4件。", yields: [], not: ["reconsideration.handled=3", "reconsideration.handled=4"] },
    // offices and posts counted from one number to another: the count after 增加到 is of the same offices
    { text: "全市县两级行政复议应诉科(股)由38个增加到92个,编制由70个增加到215个。", yields: [], not: ["litigation.handled=92", "reconsideration.handled=92"] },
    { text: "复议机构由12个减少到1个,统一受理全县行政复议申请。", yields: [], not: ["reconsideration.received=1"] },
    // compensation cases alone are outside; counted together with the lawsuits they are lawsuits
    { text: "全年受理行政赔偿案件38件。", yields: [] },
    { text: "三年来共受理各类行政案件及行政赔偿案件4120件、审结3986件。", yields: [f("litigation.received", 4120), f("litigation.concluded", 3986)] },
    { text: "2022年,全国法院受理诉讼案件数量出现多年来首次下降,受理环境资源一审案件22.1万件,审结20.4万件。", yields: [] },
    { text: "2018年至2020年上半年,全市法院一审受理家事案件15320件,审结15188件,上诉率为4.1%。", yields: [], not: ["litigation.concluded=15188", "litigation.received=15320"] },
    // village legal advisers' services: lawsuits they act in, documents they draft, are no figures of the body's
    {
      text: "全市村(社区)法律顾问为村(社区)审核合同410份,起草、审查、修改村(社区)事务的法律文书386份,接受群众委托代理诉讼案件172件。",
      yields: [f("contracts.reviewed", 410)],
      not: ["contracts.reviewed=386", "litigation.handled=172", "litigation.received=172"],
    },
    { text: "在县公共法律服务中心开设行政复议受理窗口2个、行政争议调解室1个。", yields: [] },
    { text: "设有接待受理区、案件调解室、听证室等6个功能区域。", yields: [] },
    { text: "全县现有人民调解委员会318个,专兼职人民调解员1,476人。", yields: [] },
    { text: "全年审查办结非诉行政执行案件2.37万件。", yields: [] },
    // a rewording mirror's 施行 for 执行
    { text: "此中,新收一审行政诉讼案件1347件;新收非诉行政施行案件1114件,同比上升16。65%。", yields: [f("litigation.received", 1347)], not: ["litigation.received=1114"] },
    { text: "另外还受理非诉行政行为申请执行审查案件620件、审结604件。", yields: [] },
    // 非诉讼 spelt out is the same enforcement review
    { text: "上半年,县人民法院共受理行政非诉讼案件512件,结案498件。", yields: [], not: ["litigation.received=512", "litigation.concluded=498"] },
    { text: "办理行政诉讼法律援助案件2,600多件。", yields: [] },
    { text: "全年办理政府信息公开申请9,617件。", yields: [] },
    { text: "组织开展行政执法案卷评查,从9个县直行政执法部门随机抽取了37件行政处罚案件。", yields: [f("enforcement.case_files_reviewed", 37)] },
    { text: "举办法治文艺汇演,85名普法志愿者参加演出。", yields: [] },
    { text: "组织开展医保政策“进企业、进社区、进校园、进家门”等四进宣传活动共计256场次,宣传覆盖103万余人次。", yields: [] },
    { text: "2019年至2021年,全区各级公安机关共受理各类行政案件12838件,处理违法行为人9986人。", yields: [] },
    { text: "全年查处治安案件3120起。", yields: [] },
    // the police's fast-track handling of the administrative (penalty) cases it investigates
    { text: "2024年以来,全市行政案件适用快速办理程序办理超过2180宗,快办率已达19.3%。", yields: [], not: ["litigation.handled=2180"] },
    { text: "全市适用快速办理程序办结行政案件2764宗,快办率20.4%。", yields: [], not: ["litigation.concluded=2764"] },
    { text: "全年共受理行政诉讼案件506件,其中一审204件,二审245件,非诉执行22件,非诉执行复议10件。审结502件。", yields: [f("litigation.received", 506), f("litigation.concluded", 502)], not: ["reconsideration.concluded=502"] },
    { text: "今年1月至9月共办理行政检察监督案件12.3万件,其中行政诉讼监督案件4万件。", yields: [], not: ["litigation.handled=40000", "litigation.received=40000"] },
    // things honoured, counted: the award's count, no figure
    { text: "我局制定的2件规范性文件被省司法厅评为优秀规范性文件。", yields: [], not: ["normative_docs.issued=2"] },
    // a grade won, without 被 (参评的6件案卷获优秀等次, 4件案卷评定为优秀): those graded so, some of the files, no total reviewed
    { text: "全省案卷评查中,我市参评的6件案卷获优秀等次,3件获良好等次。", yields: [], not: ["enforcement.case_files_reviewed=6"] },
    { text: "我局报送的4件行政处罚案卷评定为优秀案卷。", yields: [], not: ["enforcement.case_files_reviewed=4"] },
    { text: "我局报送的3件规范性文件获全市优秀规范性文件。", yields: [], not: ["normative_docs.filed=3"] },
    { text: "全区共评查执法案卷300卷,获优秀案卷45卷。", yields: [f("enforcement.case_files_reviewed", 300)], not: ["enforcement.case_files_reviewed=45"] },
    { text: "全年共评查行政执法案卷120卷,发现问题35个。", yields: [f("enforcement.case_files_reviewed", 120)] },
    { text: "全县15名法律明白人被评为省级优秀法律明白人,5场普法活动荣获全市优秀普法项目。", yields: [], not: ["legal_education.legal_literate_persons=15", "legal_education.activities=5"] },
    { text: "2件重大行政决策入选全省重大行政决策典型案例。", yields: [], not: ["major_decisions.count=2"] },
    // judicial aid, crimes by name and civil damages before an instance are no administrative lawsuits
    { text: "另受理司法救助案件31件,审结30件,发放救助金98万元。", yields: [], not: ["litigation.received=31", "litigation.concluded=30"] },
    { text: "受理盗窃、诈骗罪一审案件2,140件,同比下降3.1%。", yields: [], not: ["litigation.received=2140"] },
    { text: "市中院共受理机动车交通事故损害赔偿类二审案件912件,结案870件,调撤案件301件,调撤率34.6%。", yields: [], not: ["litigation.concluded=870", "litigation.settled=301", "litigation.settlement_rate=34.6"] },
    { text: "近年来先后推出全省人民调解工作先进典型30余个。", yields: [], not: ["disputes.mediated=30"] },
    // lawyers' case work, forensic appraisal, arbitration and public-interest suits are other bodies' figures
    { text: "律师担任刑事辩护人、代理人612件,民事案件代理1520件,行政案件代理143件;司法鉴定机构办理案件812件;仲裁委受理审结案件17件。", yields: [], not: ["litigation.handled=143", "litigation.handled=812", "litigation.received=17"] },
    { text: "五年来,我院共办结民事、行政检察监督案件312件,公益诉讼案件126件。", yields: [], not: ["litigation.handled=126"] },
    // a court's first-instance labour cases are civil cases
    { text: "2024年,全市法院共受理一审劳动人事争议案件1320件,审结1296件。", yields: [], not: ["litigation.received=1320", "litigation.concluded=1296"] },
    // the parts of a count outside the catalogue are no figures of it
    { text: "全年办结法律援助案件412宗,其中,民事案件305宗,刑事案件104宗,行政案件3宗。", yields: [], not: ["litigation.handled=3"] },
    // petitions about lawsuits (涉法涉诉信访) are petitions, whatever a procuratorate did with them
    { text: "2022年以来,全市检察机关共接收群众信访8120件,其中涉法涉诉信访3977件;导入检察程序办理1604件;办结后息诉罢访1580件。", yields: [], not: ["litigation.handled=1604", "litigation.concluded=1580", "litigation.received=3977"] },
    // press publicity is no legal education
    { text: "全年发布政务信息3120条,组织新闻宣传活动31次,接受媒体采访12次。", yields: [], not: ["legal_education.activities=31"] },
    // agencies sued are counted, not cases
    { text: "全年全市法院审理涉及我市行政机关的行政诉讼案件126件,被诉行政机关188个(次)。", yields: [f("litigation.handled", 126)], not: ["litigation.received=188"] },
    // rules (规章) and regulations are no normative documents, after a figure of them
    { text: "全年公开规范性文件共9件,制修订《排污许可管理办法》等3部规章。", yields: [f("normative_docs.issued", 9)], not: ["normative_docs.amended=3"] },
    // standards are no normative documents
    { text: "二、规范性文件管理\n完成12项部门规章立改废工作。制修订58项国家水利行业标准。", yields: [], not: ["normative_docs.amended=58"] },
  ]);
});
