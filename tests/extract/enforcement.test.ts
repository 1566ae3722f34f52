import { describe } from "vitest";
import { f, table } from "./harness.js";

describe("enforcement", () => {
  table([
    // towns counted by 个 before the files (抽查24个镇的案卷) are places, no files; the files after them are
    { text: "组织开展全市行政执法案卷评查,共抽查24个镇的案卷436卷,发现问题217个。", yields: [f("enforcement.case_files_reviewed", 436)], not: ["enforcement.case_files_reviewed=24"] },
    // a bracketed aside after the bodies counted (24个乡镇(街道)) still lends the files their lead
    { text: "开展行政执法案卷集中评查,抽查18个乡镇(街道)的案卷392卷,评出优秀案卷41卷。", yields: [f("enforcement.case_files_reviewed", 392)], not: ["enforcement.case_files_reviewed=18"] },
    { text: "共抽查19个乡的执法案卷240卷。", yields: [f("enforcement.case_files_reviewed", 240)], not: ["enforcement.case_files_reviewed=19"] },
    // a list of three kinds or more between the review and the files (调阅行政处罚、行政许可、行政强制案卷) is still the files reviewed
    { text: "组织开展行政执法案卷集中评查2次,调阅行政处罚、行政许可、行政强制案卷共计312卷,评出优秀案卷40卷。", yields: [f("enforcement.case_files_reviewed", 312)], not: ["enforcement.case_files_reviewed=40"] },
    // those who took part in a contest are no count of the officers
    { text: "组织行政执法人员行政复议法知识竞赛,参赛执法人员230余名。", yields: [], not: ["enforcement.officers=230"] },
    // files of legality reviews (合法性审查卷宗) reviewed are no enforcement's files, where the sentence names no enforcement
    { text: "5月,县司法局组织对各乡镇合法性审查卷宗开展交叉评查,共评查审查卷宗48卷,评出优秀卷宗9卷。", yields: [], not: ["enforcement.case_files_reviewed=48"] },
    { text: "组织对全县行政执法案卷和合法性审查卷宗开展评查,共评查行政执法案卷120卷。", yields: [f("enforcement.case_files_reviewed", 120)] },
    { text: "全市公安机关具备基本级以上执法资格的民警3912名。分局在职民警中取得执法资格的共276名,当年新取得执法资格的18名,取得高级执法资格的民警41名。", yields: [f("enforcement.officers", 3912), f("enforcement.officers", 276)], not: ["enforcement.officers=18", "enforcement.officers=41"] },
    { text: "举办旁听庭审活动52场,组织1800余名行政执法人员走进法庭。", yields: [], not: ["enforcement.officers=1800"] },
    { text: "全局现有执法民警412人,全部取得基本级以上执法资格。", yields: [f("enforcement.officers", 412)] },
    // those without a certificate are a shortfall, no officers
    // an item with a verb of its own after a list's cue (整改问题案卷212卷) is what that verb did, no files reviewed
    // files a review found wanting are some of those reviewed
    { text: "全年评查行政执法案卷520卷,评查出问题案卷36卷,已督促整改。", yields: [f("enforcement.case_files_reviewed", 520)], not: ["enforcement.case_files_reviewed=36"] },
    // files drawn and reviewed (抽评案卷), as 抽查 and 评查 say
    { text: "组织开展专卖行政执法案卷评查,抽评案卷1,240卷,评出优秀案卷186卷。", yields: [f("enforcement.case_files_reviewed", 1240)], not: ["enforcement.case_files_reviewed=186"] },
    { text: "全年评查行政执法案卷480卷。一是评查发现问题案卷52卷;二是评查中发现文书瑕疵案卷9卷。", yields: [f("enforcement.case_files_reviewed", 480)], not: ["enforcement.case_files_reviewed=52", "enforcement.case_files_reviewed=9"] },
    { text: "全区各执法单位共自查执法案卷1620卷,整改问题案卷174卷。", yields: [f("enforcement.case_files_reviewed", 1620)], not: ["enforcement.case_files_reviewed=174"] },
    { text: "全市在册持证行政执法人员4120名,抽查中发现5名未取得执法证件人员参与执法。", yields: [f("enforcement.officers", 4120)], not: ["enforcement.officers=5"] },
    { text: "执法队伍力量不足,3名执法人员尚未取得执法证件。", yields: [], not: ["enforcement.officers=3"] },
    // those newly certified in the year are some of them, no count of all
    { text: "充实执法队伍,当年有6人新取得执法证,年底全局行政执法人员达到23人。", yields: [f("enforcement.officers", 23)], not: ["enforcement.officers=6"] },
    { text: "截至年底全区持有有效执法证件人员1,084名,较上年增加39名。", yields: [f("enforcement.officers", 1084)] },
    // those of a trade who hold a certificate (持有行政执法证件的审计人员23名)
    { text: "全局持有行政执法证件的审计人员21名,全部纳入执法人员信息库管理。", yields: [f("enforcement.officers", 21)] },
    // the report year's part of a count over years, its verb bare (其中2024年评查163卷); the span's count stands too
    { text: "云南省气象局2024年法治政府建设年度报告\n2021年至2024年累计评查行政执法案卷540卷,其中2024年评查163卷。", yields: [f("enforcement.case_files_reviewed", 540), f("enforcement.case_files_reviewed", 163)] },
    // bodies counted before the verb that reviewed the files (12个街镇开展…案卷评查) are no files
    { text: "组织33个执法部门和12个街镇开展行政执法案卷评查,共评查案卷1180卷。", yields: [f("enforcement.case_files_reviewed", 1180)], not: ["enforcement.case_files_reviewed=12"] },
    // files named by the kinds of acts they hold (行政处罚、行政许可案卷)
    { text: "开展案卷评查。采取交叉评查方式,对31个执法单位的行政处罚、行政许可案卷集中评查480卷,评出优秀案卷62卷。", yields: [f("enforcement.case_files_reviewed", 480)] },
    { text: "组织开展全区行政执法案卷评查,随机抽取区直12个执法单位上年度办结的行政处罚、行政许可案卷84宗,发现问题31个。", yields: [f("enforcement.case_files_reviewed", 84)] },
    // a trade's own certificate named (统计执法证), not an auxiliary's (辅助执法证)
    { text: "全局在编干部14人,其中持有统计执法证的7人。", yields: [f("enforcement.officers", 7)] },
    { text: "全区持有辅助执法证的协管员120人。", yields: [] },
    // a reconsideration's files looked through are no enforcement's
    { text: "调研组召开座谈会3次,查阅行政复议案卷38卷,听取基层执法人员意见。", yields: [], not: ["enforcement.case_files_reviewed=38"] },
    // the files called up from the bodies named, and a police force's files of both kinds, are files reviewed
    { text: "开展行政执法案卷评查,共调阅18个执法单位的行政处罚、行政许可案卷306卷,发现问题案卷29卷。", yields: [f("enforcement.case_files_reviewed", 306)] },
    { text: "组织执法质量考评,抽查行政、刑事案卷275份,发现问题均已整改到位。", yields: [f("enforcement.case_files_reviewed", 275)] },
    { text: "组织执法质量考评,查阅行政复议案卷42卷。", yields: [], not: ["enforcement.case_files_reviewed=42"] },
    // officers who watched a trial by video are an audience, not the officers on record
    { text: "部分人大代表旁听庭审,全市90余名行政执法人员通过视频同步观摩。", yields: [], not: ["enforcement.officers=90"] },
    // a police force's officers holding its qualification certificate
    { text: "目前全市公安机关持有执法资格证的民警2175人。", yields: [f("enforcement.officers", 2175)] },
    { text: "全局持有执法资格证书民警386人,其中取得高级执法资格19人。", yields: [f("enforcement.officers", 386)] },
    // the province or city that issued the certificate may be named (持有江岭省行政执法证件的人员)
    { text: "全市持有江岭省行政执法证件的人员达到2,874人,较上年增加61人。", yields: [f("enforcement.officers", 2874)] },
    { text: "全区持有沪江市行政执法证的人员共1,932人。", yields: [f("enforcement.officers", 1932)] },
    // those who passed the exam and hold a certificate, 持证 alone after their count, in a sentence on enforcement officers
    { text: "组织街道工作人员参加行政执法人员综合法律知识培训和考试,累计38人持证,持证率82.6%。", yields: [f("enforcement.officers", 38)] },
    // the files of the key fields a list names are all the files reviewed, no one field's part
    { text: "组织政府法律顾问,对交通运输、农业农村、市场监管等重点执法领域的45份行政执法案卷开展专项评查活动。", yields: [f("enforcement.case_files_reviewed", 45)] },
    // those who hold the enforcement certificate, said of the certificate first
    // officers something was done to after the count (…2名执法人员予以注销) are those it was done to, not the force
    // officers sent out on a campaign are deployments, no head count (出动执法队员955人, 派出执法人员120名)
    { text: "开展控烟专项行动,出动执法队员612人,检查网吧、餐饮场所等183家。", yields: [], not: ["enforcement.officers=612"] },
    { text: "节日期间共派出执法人员120名开展巡查。", yields: [], not: ["enforcement.officers=120"] },
    { text: "对全县860名行政执法人员开展资格清理,对不符合执法条件的3名执法人员进行了注销及备案。", yields: [f("enforcement.officers", 860)], not: ["enforcement.officers=3"] },
    { text: "强化法治队伍建设,全局现有行政执法证持证人员56人,有效持证率95.1%。", yields: [f("enforcement.officers", 56)] },
    // requests whose information is a case file are no files reviewed; officers counted as 执法人数
    { text: "本年度收到要求公开政府信息的申请9件,其中2件属行政执法案卷信息,7件申请人主动撤件。", yields: [], not: ["enforcement.case_files_reviewed=2"] },
    { text: "开展行政检查1348次,持证执法人数为74人,取得法律职业资格的法制审核人数为2人。", yields: [f("enforcement.officers", 74)] },
    // the force on the ground, its 其中 item a part; those who hold certificates after those who should; those whose certificates were renewed
    { text: "目前全市配备县乡一线执法力量5120人,其中下沉街镇执法人员4016名。", yields: [f("enforcement.officers", 5120)], not: ["enforcement.officers=4016"] },
    { text: "2023年本队应持执法证人员57人,已持证56人,新进人员均经考试取得执法证。", yields: [f("enforcement.officers", 57), f("enforcement.officers", 56)] },
    { text: "组织开展行政执法人员全员培训,完成58人全国统一标准样式行政执法证件换发。", yields: [f("enforcement.officers", 58)] },
    // officers said to hold their certificates after the noun (执法人员持证2860人, 持证上岗)
    { text: "全市行政执法人员持证2860人。", yields: [f("enforcement.officers", 2860)] },
    { text: "全县行政执法人员持证上岗415人,评查案卷120卷。", yields: [f("enforcement.officers", 415), f("enforcement.case_files_reviewed", 120)] },
    // those whose certificates passed their yearly check hold them; not those whose certificates were cancelled
    { text: "2024年,完成427名执法人员证件年审,注销12名执法人员证件。", yields: [f("enforcement.officers", 427)], not: ["enforcement.officers=12"] },
    // files of inspections entered into a system are no files reviewed
    { text: "2020年,我局累计录入行政检查案卷50宗,推送信用信息12条。", yields: [], not: ["enforcement.case_files_reviewed=50"] },
    { text: "2023年,评查行政检查案卷36卷。", yields: [f("enforcement.case_files_reviewed", 36)] },
    // the files a review found wanting, named before their count, are some of those reviewed
    { text: "组织交叉评查,抽查行政处罚案卷52卷,评出优秀案卷9卷,对发现问题的6卷案卷逐一督促整改。", yields: [f("enforcement.case_files_reviewed", 52)], not: ["enforcement.case_files_reviewed=6"] },
    // inspections as one kind in a list of files a platform gathered (许可、处罚、检查等各类执法案卷) review nothing
    { text: "依托监督平台,已归集全县许可、处罚、检查等各类执法案卷3865件。全年抽查执法案卷74卷。", yields: [f("enforcement.case_files_reviewed", 74)], not: ["enforcement.case_files_reviewed=3865"] },
    // files of legal aid or notaries reviewed are not enforcement's, unless the sentence names enforcement
    { text: "2023年,县司法局开展法律援助案件质量评查,共评查案卷320件,优秀案卷45件。", yields: [], not: ["enforcement.case_files_reviewed=320"] },
    { text: "2023年,评查法律援助案卷320件、公证卷宗85件。", yields: [], not: ["enforcement.case_files_reviewed=320", "enforcement.case_files_reviewed=85"] },
    { text: "2024年,开展人民调解卷宗评查,评查卷宗500卷。", yields: [], not: ["enforcement.case_files_reviewed=500"] },
    { text: "2024年,全市评查公证卷宗500卷,开展行政执法案卷评查,评查案卷300卷。", yields: [f("enforcement.case_files_reviewed", 300)], not: ["enforcement.case_files_reviewed=500"] },
    { text: "2023年,组织法律顾问和律师评查行政执法案卷210卷。", yields: [f("enforcement.case_files_reviewed", 210)] },
    // the closed cases of bodies sampled for a review are its files (调阅了…单位办结的36件行政处罚案件)
    { text: "在此次执法案卷评查中,随机抽取了7个县直行政执法单位办结的48件行政处罚、行政许可案件。", yields: [f("enforcement.case_files_reviewed", 48)] },
    { text: "评查组调阅各单位2024年办理的63件行政检查案件。", yields: [f("enforcement.case_files_reviewed", 63)] },
    // a number of classes before the count (4大类) spans them all: no class of its own
    { text: "开展行政执法案卷评查,抽查36个执法单位5大类310余宗案卷,评选优秀案卷15宗。", yields: [f("enforcement.case_files_reviewed", 310, { qualifier: "over" })] },
    // the graded ones of a comma list are some of those reviewed, not a review of their own
    { text: "全年共评查行政执法案卷437卷,优秀案卷52卷,不合格案卷9卷。", yields: [f("enforcement.case_files_reviewed", 437)], not: ["enforcement.case_files_reviewed=52", "enforcement.case_files_reviewed=9"] },
    // officers something was done to, or who sat an exam, are no roster
    { text: "共有3名执法人员被暂扣执法证,1人被注销执法证件。", yields: [], not: ["enforcement.officers=3"] },
    { text: "组织全县1100余名行政执法人员参加年度法律知识考试,合格率98.2%。", yields: [], not: ["enforcement.officers=1100"] },
    // a count of cases the clause's later verb says were reviewed as files, the verb naming the topic
    { text: "市司法局分组对抽选的19个市级部门64件行政处罚案件实施集中评查。", yields: [f("enforcement.case_files_reviewed", 64)] },
    // lawsuits lost, reviewed afterwards, are no enforcement files
    { text: "检查期间,市执法监督科抽调人员对本市2023年已生效判决中的61件败诉案件进行了评查和研讨。", yields: [], not: ["enforcement.case_files_reviewed=61"] },
    // those who passed the exam for a certificate hold one
    { text: "坚持开展执法人员年度轮训。截至年底,青禾镇有9人取得行政执法证,其中3人通过法律职业资格考试。", yields: [f("enforcement.officers", 9)] },
    // a team's members are its officers; its auxiliaries are not
    { text: "镇综合行政执法队现有正式执法队员12人,办理行政处罚案件17起。", yields: [f("enforcement.officers", 12)] },
    // a comma item that opens on a change (因退休注销执法证件3人) takes no verb from the list
    { text: "全镇执法队员8人,因退休注销执法证件2人。", yields: [f("enforcement.officers", 8)], not: ["enforcement.officers=2"] },
    { text: "街道综合执法大队现有在编执法人员31人。现有辅助执法人员18人。", yields: [f("enforcement.officers", 31)], not: ["enforcement.officers=18"] },
    { text: "监督组现场查阅行政处罚案卷37本。", yields: [f("enforcement.case_files_reviewed", 37)] },
    // officers added in the year are no count of those on record
    { text: "全县持证行政执法人员合计2418人。本年度新增行政执法人员156人,调离执法岗位7人。", yields: [f("enforcement.officers", 2418)], not: ["enforcement.officers=156"] },
    // how many each took, from one number to another, is no count
    { text: "根据各部门案件数量分别抽选2至5件案卷不等;随后,6个评查组分别评查了8至9件执法案卷。", yields: [], not: ["enforcement.case_files_reviewed=5", "enforcement.case_files_reviewed=9"] },
    {
      text: "对全县45个执法单位的360份行政处罚案卷进行了集中评查。",
      yields: [f("enforcement.case_files_reviewed", 360)],
      not: ["enforcement.case_files_reviewed=45"],
    },
    { text: "全区现有行政执法人员1,286人。", yields: [f("enforcement.officers", 1286)] },
    // the departments counted just before are whose cases were reviewed, not what the 87 count
    { text: "市司法局对抽选的19个市级部门64件行政执法案件实施集中评查。", yields: [f("enforcement.case_files_reviewed", 64)] },
    // the cases' kinds listed after the count, before the noun and the verb (87件行政许可、行政处罚等执法案卷…进行评查)
    { text: "市司法局对抽选的58件行政许可、行政处罚等执法案卷进行集中评查。", yields: [f("enforcement.case_files_reviewed", 58)] },
    { text: "设立行政复议受理窗口1个、咨询窗口1个。", yields: [] },
    { text: "2023年审查重大行政处罚案卷168套。", yields: [f("enforcement.case_files_reviewed", 168)] },
    // a statistics report's label and its value
    { text: "执法岗位数量:6个执法科室\n在岗执法人员:23人", yields: [f("enforcement.officers", 23)] },
    // the files some of which were checked are no count of those checked; those the bodies checked themselves are
    { text: "各执法单位共对本年度形成的15230宗案卷中的13120宗进行了自查。", yields: [f("enforcement.case_files_reviewed", 13120)], not: ["enforcement.case_files_reviewed=15230"] },
    // an item with a verb of its own does not take its comma list's verb
    { text: "抽查执法案卷420件,发现问题案卷96件。", yields: [f("enforcement.case_files_reviewed", 420)], not: ["enforcement.case_files_reviewed=96"] },
    // a cue that ends on the noun counted is shared by items counting the same noun
    { text: "抽查各区行政处罚案卷30份、行政许可案卷20份。", yields: [f("enforcement.case_files_reviewed", 30), f("enforcement.case_files_reviewed", 20)] },
    { text: "我局现有执法机构12个,在岗行政执法持证人员168人。", yields: [f("enforcement.officers", 168)] },
    { text: "组织执法资格考试培训,持证执法人员增至26人。", yields: [f("enforcement.officers", 26)] },
    // a clause drawing the consequence (故现有…) ends the 其中 list before it: what it counts is no part
    { text: "街道共有持证执法人员9名,其中5名因工作调动退出执法队伍,故现有持证执法人员4名。", yields: [f("enforcement.officers", 9), f("enforcement.officers", 4)] },
    // those who carry out inspections (行政检查执法人员)
    { text: "全市已有87个执法部门、4120名行政检查执法人员纳入系统管理。", yields: [f("enforcement.officers", 4120)] },
    { text: "为632名执法人员换发行政执法证件。", yields: [f("enforcement.officers", 632)] },
    { text: "全市持证行政执法人员共计三千二百名。", yields: [f("enforcement.officers", 3200)] },
    { text: "组织评查行政执法案卷418卷。", yields: [f("enforcement.case_files_reviewed", 418)] },
    { text: "重点评查市场监管、城市管理、自然资源等领域行政执法案卷40余卷。", yields: [f("enforcement.case_files_reviewed", 40, { qualifier: "over" })] },
    { text: "评查公安、市场监管等部门的优秀案卷12卷。", yields: [] },
    // files picked as the best (评出优秀案卷20卷) have a verb of their own: not the list's reviewed files
    { text: "全年组织行政执法案卷评查2次,抽查案卷150卷,评出优秀案卷20卷。", yields: [f("enforcement.case_files_reviewed", 150)], not: ["enforcement.case_files_reviewed=20"] },
    { text: "开展执法案卷评查。老调解员翻出他20年间亲手记录的1320份调解卷宗。", yields: [], not: ["enforcement.case_files_reviewed=1320"] },
    // a next verb after 并 acts on other things; the count before it is still the files'
    { text: "推行入企检查“码上办”,一年来评查执法案卷215件并督促整改问题31个。", yields: [f("enforcement.case_files_reviewed", 215)], not: ["enforcement.case_files_reviewed=31"] },
    { text: "抽查执法案卷120件,发现问题案卷23件。", yields: [f("enforcement.case_files_reviewed", 120)], not: ["enforcement.case_files_reviewed=23"] },
    { text: "开展案卷评查,共评查卷宗300余份。", yields: [f("enforcement.case_files_reviewed", 300, { qualifier: "over" })] },
    { text: "对全区56个执法单位的案卷进行集中评查。", yields: [] },
    { text: "注销行政执法证件42人。", yields: [] },
    { text: "全年培训执法人员1200人次。", yields: [], not: ["enforcement.officers=1200"] },
    { text: "行政执法人员XX名。", yields: [] },
    { text: "执法人员持证率达到100%。", yields: [] },
    { text: "执法案卷合格率较上年提高3个百分点。", yields: [] },
    { text: "全年办理行政处罚案件2,340件,罚没款1,200万元。", yields: [] },
    { text: "执法人员较2022年的980人有所增加。", yields: [] },
    { text: "评查行政执法案卷近五百件,优秀案卷85件。", yields: [f("enforcement.case_files_reviewed", 500, { qualifier: "nearly" })] },
    { text: "行政执法人员数量同比增长4.5%。", yields: [] },
    { text: "目前我局有2名同志持有行政执法证,2024年到期需更换。", yields: [f("enforcement.officers", 2)] },
    { text: "加强行政执法队伍建设,全系统共有46名干部持有省政府统一制发的行政执法证。", yields: [f("enforcement.officers", 46)] },
    { text: "目前,我局执法证人员17人,执法监督证2人。", yields: [f("enforcement.officers", 17)] },
    { text: "2024年以来,对40余件涉企行政执法案卷开展评查。", yields: [f("enforcement.case_files_reviewed", 40, { qualifier: "over" })] },
    { text: "全市3卷林业行政执法案卷被国家林草局评为优秀案卷;1件行政处罚案卷被市依法治市办评为优秀案卷。", yields: [], not: ["enforcement.case_files_reviewed=3", "enforcement.case_files_reviewed=1"] },
    { text: "本年度无诉讼,2件行政处罚案卷被评为全县优秀执法案卷。", yields: [f("litigation.received", 0), f("litigation.handled", 0)], not: ["enforcement.case_files_reviewed=2"] },
    { text: "抓好案卷质量。今年以来,对30余件涉企执法案件进行了评查,并逐一反馈问题。", yields: [f("enforcement.case_files_reviewed", 30, { qualifier: "over" })] },
    // the cases a review of case files went over, after the review in the same sentence (案卷评查3次,审查案件N起)
    { text: "组织开展全县行政执法案卷评查3次,审查案件186起,发现问题41个。", yields: [f("enforcement.case_files_reviewed", 186)], not: ["enforcement.case_files_reviewed=3"] },
    { text: "全年合法性审查重大行政决策12件,审查案件30件。", yields: [f("major_decisions.count", 12)], not: ["enforcement.case_files_reviewed=30"] },
    // or their own check of their files (案卷…自查自纠,…自查案件N件)
    { text: "该县组织公安局、交通局对2022年办结的行政处罚案卷进行全面梳理、自查自纠,共计梳理行政处罚案件3120件,自查案件382件,查找问题7类。", yields: [f("enforcement.case_files_reviewed", 382)], not: ["enforcement.case_files_reviewed=3120"] },
    { text: "各单位开展安全生产隐患自查,自查案件15件。", yields: [], not: ["enforcement.case_files_reviewed=15"] },
    { text: "共评查行政执法案卷120件,评查确定优秀案卷24件。", yields: [f("enforcement.case_files_reviewed", 120)], not: ["enforcement.case_files_reviewed=24"] },
    { text: "从系统中抽取市本级、各区分局2023年行政处罚案卷各2份,共选取24份案卷进行集中评查。", yields: [f("enforcement.case_files_reviewed", 24)], not: ["enforcement.case_files_reviewed=2"] },
    { text: "对上年度考核不合格的3名执法人员的证件予以暂扣。", yields: [], not: ["enforcement.officers=3"] },
    { text: "因调离岗位,依规注销了17名执法人员证件。", yields: [], not: ["enforcement.officers=17"] },
    { text: "目前局机关共有36名干部已获得行政执法证。", yields: [f("enforcement.officers", 36)] },
    // auxiliaries' certificates are no officers'
    { text: "全市城管系统共有1800名城管协理员取得“辅助行政执法证”。", yields: [], not: ["enforcement.officers=1800"] },
    { text: "960名城管协管取得辅助执法证。", yields: [], not: ["enforcement.officers=960"] },
    { text: "组织机关干部开展行政执法考试,目前全镇11名干部取得执法资格。", yields: [f("enforcement.officers", 11)] },
    { text: "全市共有6200余名持证行政执法人员。", yields: [f("enforcement.officers", 6200, { qualifier: "over" })] },
    { text: "司法局对市场局、交通局等6个重点执法领域的38份行政处罚案卷进行集中评查。", yields: [f("enforcement.case_files_reviewed", 38)] },
    { text: "共评查林业行政处罚、行政许可卷宗54部。全省14个市分别进行优秀卷宗推荐讲演。", yields: [f("enforcement.case_files_reviewed", 54)], not: ["enforcement.case_files_reviewed=14"] },
    // the files' kinds may be listed (行政许可、行政处罚案卷), but a list of bodies is no kind (3个乡镇、5个部门的案卷)
    { text: "组织执法骨干对86卷行政检查、行政强制案卷进行交叉评查。", yields: [f("enforcement.case_files_reviewed", 86)] },
    { text: "优秀行政执法案卷评选中,区政府法制办对各单位报送的47件行政许可、行政处罚卷宗进行筛选。", yields: [f("enforcement.case_files_reviewed", 47)] },
    // bodies counted before 的 lend their lead to the count of what is theirs (抽查9个部门的执法案卷80卷)
    { text: "共抽查9个市直部门的执法案卷80卷,反馈问题31个。", yields: [f("enforcement.case_files_reviewed", 80)], not: ["enforcement.case_files_reviewed=9"] },
    { text: "随机抽查了7个乡镇的行政执法案卷56卷。", yields: [f("enforcement.case_files_reviewed", 56)] },
    { text: "2023年共抽查全县6个执法单位执法案卷38卷。", yields: [f("enforcement.case_files_reviewed", 38)], not: ["enforcement.case_files_reviewed=6"] },
    { text: "对全县各执法部门和街道办事处37件2022年结案的行政执法案卷进行了集中评查。", yields: [f("enforcement.case_files_reviewed", 37)] },
    { text: "抽取4个镇街、9个部门的案卷开展评查。", yields: [], not: ["enforcement.case_files_reviewed=9"] },
    { text: "全区行政执法人员持证率达100%,共有执法证件持有人员1860人。", yields: [f("enforcement.officers", 1860)] },
    // a few words on where they serve between the certificate and the officers
    { text: "目前,系统内持有执法证在岗执法的人员有23人,新申领执法证人员8人。", yields: [f("enforcement.officers", 23)], not: ["enforcement.officers=8"] },
    // cases of a kind drawn for a review of their files are what was reviewed, no kind of a total
    { text: "评查组从各执法部门随机抽取行政处罚案件45件进行评查。", yields: [f("enforcement.case_files_reviewed", 45)] },
    // documents sampled for review are no enforcement files
    { text: "对从各县区政府2024年上半年发文目录中随机抽取的120份文件进行评查。", yields: [], not: ["enforcement.case_files_reviewed=120"] },
    // the files drawn described at length before their count
    { text: "本次评查范围为随机抽取各股、所2024年4月1日至2024年12月31日办结的不同类型、具有代表性的行政处罚案卷,共计31件。", yields: [f("enforcement.case_files_reviewed", 31)] },
    { text: "全年行政复议案件中,行政处罚案件45件。", yields: [] },
    // files found wanting or graded, named after their count, are some of those reviewed
    { text: "全年评查案卷512卷;对上年评查发现的27卷问题案卷开展整改“回头看”。", yields: [f("enforcement.case_files_reviewed", 512)], not: ["enforcement.case_files_reviewed=27"] },
    // the body's own check of its files is a review of them
    { text: "综合行政执法队现有持证执法人员31名,全年自查执法案卷72卷。", yields: [f("enforcement.officers", 31), f("enforcement.case_files_reviewed", 72)] },
  ]);
});
