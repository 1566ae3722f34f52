import { describe, expect, it } from "vitest";
import { f, metricsOf, table, up } from "./harness.js";

describe("disputes", () => {
  table([
    // an aside that closes on what the count takes in (…的42件计算在内) holds a part of it, no figure
    { text: "中心到年底共接收行政争议128件(法院委托诉前调解的40件计算在内),已结案77件。", yields: [], not: ["disputes.mediated=40"] },
    // those resolved, said after their count (56起成功化解): the disputes mediated
    { text: "全镇共排查矛盾纠纷58起,56起成功化解,另外2起正在调解中。", yields: [f("disputes.mediated", 56)] },
    // what a review office settled before a case (案前化解纠纷) is no people's mediation
    { text: "全年审结行政复议案件2302件。市行政复议多项指标位居全省前列:案前化解纠纷832件、复议后起诉率5.12%。", yields: [f("reconsideration.concluded", 2302), f("reconsideration.sued_after_rate", 5.12)], not: ["disputes.mediated=832"] },
    // the same period of a year named (2024年同期) is a baseline, however the clause before it reads
    { text: "(四)化解矛盾纠纷\n街道调委会和9个社区调委会调解矛盾纠纷318件,其中调解成功305件,调解成功率95.9%;2024年同期调解纠纷297件。", yields: [f("disputes.mediated", 318), f("disputes.success_rate", 95.9)], not: ["disputes.mediated=297"] },
    // a rate whose % the page dropped (调解成功率达98) is no count of disputes
    { text: "截至11月底,全镇共调解各类矛盾纠纷52件,调解成功率达98。", yields: [f("disputes.mediated", 52)], not: ["disputes.mediated=98"] },
    // disputes a petition brought (信访矛盾纠纷) are mediated as others are
    { text: "通过“访调对接”共调处信访矛盾纠纷9,284件,调处成功8,931件,涉及金额1.86亿元。", yields: [f("disputes.mediated", 9284), f("disputes.mediated", 8931), f("disputes.amount", 186000000)] },
    // what insurance covers or paid out (风险保障金额, 赔款金额) is no sum at stake in disputes
    { text: "全市医疗纠纷人民调解委员会全年调解纠纷412件。全市医疗机构的风险保障金额达1.8亿元,医责险共支付赔款金额960万元。", yields: [f("disputes.mediated", 412)], not: ["disputes.amount=180000000", "disputes.amount=9600000"] },
    // disputes told by what they might have led to (可能引发群体性械斗的纠纷) are a kind of those resolved, no total
    { text: "全年调解纠纷15320件,调解成功率98.2%;化解可能引发群体性事件的纠纷64件,可能激化的矛盾纠纷112件。", yields: [f("disputes.mediated", 15320), f("disputes.success_rate", 98.2)], not: ["disputes.mediated=64", "disputes.mediated=112"] },
    // agreements reached by mediation are the disputes mediated successfully, no contracts
    { text: "今年1至11月,全市各级人民调解组织共受理各类调解案件8417件,经调解达成协议8269件,调解成功率98.2%。", yields: [f("disputes.mediated", 8417), f("disputes.mediated", 8269), f("disputes.success_rate", 98.2)] },
    // the next step a speaker says will be taken aims at every level it names
    { text: "街道有关负责人表示,下一步将确保全年矛盾纠纷化解率不低于95%,重大矛盾纠纷化解率达到100%。", yields: [], not: ["disputes.success_rate=100", "disputes.success_rate=95"] },
    // what a meeting asked for (会议要求,…) is a goal in every clause
    { text: "会议要求,今年全市要在乡镇全面建成矛盾纠纷多元化解中心,调解成功率稳定在96%以上。", yields: [], not: ["disputes.success_rate=96"] },
    // liaison points set up for mediation are places, no disputes mediated
    { text: "新建“老娘舅”调解室3个、调解联络点46个,配备专兼职调解员61名。", yields: [], not: ["disputes.mediated=46"] },
    // what an audit found is no sum at stake in disputes
    { text: "全年调解矛盾纠纷1200件,涉及金额3100万元。审计查出问题金额27.8亿元,推动整改到位率92%。", yields: [f("disputes.mediated", 1200), f("disputes.amount", 31000000)], not: ["disputes.amount=2780000000"] },
    // a centre's disputes resolved before any suit, under a heading on resolving them so, are no lawsuits
    { text: "(四)行政争议诉前化解成效明显\n依托市、县两级行政争议调解中心,全年诉前受理行政争议3281件,成功化解1146件,化解后未再起诉。", yields: [f("disputes.mediated", 1146)], not: ["litigation.received=3281", "litigation.settled=1146"] },
    // disputes of a field resolved are disputes, not the reconsideration an anecdote before them told of
    { text: "王女士一度打算申请行政复议,后经调解撤回了复议意向。\n记者获悉,2023年,全市税务系统共化解涉税费争议1240件,其中通过调解中心调解318件。", yields: [f("disputes.mediated", 1240)], not: ["reconsideration.settled=318"] },
    // a field's disputes a review settled, in the sentence on its reviews, are the reviews' part, not the people's mediation
    { text: "2025年,全区新收行政复议案件1204件,纠正违法或不当行政行为153件,调解和解结案210件。全年全区办理涉企行政复议案件318件,纠正侵害企业权益的违法执法行为46件,以调解、和解方式化解涉企争议127件。", yields: [f("reconsideration.received", 1204), f("reconsideration.corrected", 153), f("reconsideration.settled", 210)], not: ["disputes.mediated=127"] },
    // the sum at stake in offences investigated is no disputes' sum, nor is a bound in brackets that makes a kind of case
    { text: "全年调解成功纠纷3120件,涉及金额2.4亿元。全年立案查处非法集资案件46起,涉案金额9.8亿元。", yields: [f("disputes.mediated", 3120), f("disputes.amount", 240000000)], not: ["disputes.amount=980000000"] },
    { text: "3.有效处置法律纠纷。全年新增诉讼、仲裁案件29件(主动起诉17件、被诉12件),涉案金额1.46亿元;化解纠纷12起,涉及金额640万元。", yields: [f("disputes.mediated", 12), f("disputes.amount", 6400000)], not: ["disputes.amount=146000000"] },
    // the share of an arbitration's cases it closed by mediation is the arbitration's, no mediation's success
    { text: "全市劳动人事争议仲裁委员会全年受理案件1024件,结案986件,其中仲裁调解结案402件,调解率40.8%。", yields: [f("disputes.mediated", 402)], not: ["disputes.success_rate=40.8"] },
    { text: "全年化解矛盾纠纷1306件。截至年底,存量法律纠纷案件降至88件,其中重大案件(涉案金额500万元以上)9件。", yields: [f("disputes.mediated", 1306)], not: ["disputes.amount=5000000"] },
    // a review's mediation room settles the review's cases, not the people's disputes
    { text: "全年审结行政复议案件362件。坚持把调解贯穿复议全过程,通过视频调解室开展沟通,全年以调解、和解方式结案58件,调解和解率达16%。", yields: [f("reconsideration.concluded", 362), f("reconsideration.settled", 58), f("reconsideration.settlement_rate", 16)], not: ["disputes.mediated=58"] },
    // administrative disputes a mediation station resolved are mediated disputes, unless a review works through it
    { text: "目前,全县已在9个乡镇设立行政争议调解工作站,聘任特邀调解员31名,今年以来已成功化解行政争议19件。", yields: [f("disputes.mediated", 19)], not: ["reconsideration.settled=19"] },
    { text: "推行“复议+调解”工作法,在全市12个镇(街道)设立行政争议调解工作站,全年通过调解、和解方式结案206件。", yields: [f("reconsideration.settled", 206)], not: ["disputes.mediated=206"] },
    // one village named as a later clause's subject counts that village's disputes, not the county's
    { text: "两年来全县化解矛盾纠纷4300余件。近日,在青石村的议事长廊里,一起宅基地纠纷正在调解,两年来,青石村化解纠纷90余起。", yields: [f("disputes.mediated", 4300)], not: ["disputes.mediated=90"] },
    { text: "今年以来,全县村、镇、县三级人民调解组织合计成功调处矛盾纠纷2600余起,其中县调处中心调处重大纠纷41起。", yields: [f("disputes.mediated", 2600)] },
    // a centre for settling administrative disputes before any suit counts disputes resolved, not lawsuits settled
    // a review body's mediation before it took the case (行政复议机构通过“受理前调解”化解争议9件) settles no dispute of the people's
    { text: "对尚未受理的申请,行政复议机构通过“受理前调解”化解争议11件,申请人均已撤回申请。", yields: [], not: ["disputes.mediated=11"] },
    { text: "新收一审行政案件97件。全市行政争议调处中心共受理诉前行政争议512件,成功化解388件,化解率75.78%。", yields: [f("litigation.received", 97), f("disputes.mediated", 388), f("disputes.success_rate", 75.78)], not: ["litigation.settled=388"] },
    // one case's amount, told of across its sentence
    { text: "全年调解矛盾纠纷1260件,涉及金额3100万元。今年5月,在一起涉及9户村民的宅基地纠纷中,调解员多次上门释法,最终促成各方签订协议,涉及补偿款6.2万元。", yields: [f("disputes.mediated", 1260), f("disputes.amount", 31000000)], not: ["disputes.amount=62000"] },
    // a sum in the clause right after one case (调解一起拖欠工程款纠纷,涉及金额86万元) is that case's, no total
    { text: "全年调解矛盾纠纷2,873件,涉及金额1.26亿元。苇汀社区调委会成功调解一起拖欠工程款纠纷,涉及金额74万元,帮助28名农民工拿到了工资。", yields: [f("disputes.mediated", 2873), f("disputes.amount", 126000000)], not: ["disputes.amount=740000"] },
    // one kind or level of mediation committee, as its clause's subject, counts a part of the whole's disputes; every committee
    // (各调委会), or the town's with its villages' (乡人民调解委员会及11个村级调解委员会), counts the whole
    // a scraper's entity left between thousands (1&nbsp;208) reads as the space it stands for: the number whole
    { text: "全年共调处矛盾纠纷1&nbsp;208件,调解成功1&nbsp;196件,调解成功率99%。", yields: [f("disputes.mediated", 1208), f("disputes.mediated", 1196), f("disputes.success_rate", 99)], not: ["disputes.mediated=208"] },
    { text: "今年以来,全县共调解纠纷6210件,乡镇(街道)调委会调解纠纷1480件,行业性专业性调委会调解纠纷905件,其他调解委员会调解纠纷316件。", yields: [f("disputes.mediated", 6210)], not: ["disputes.mediated=1480", "disputes.mediated=905", "disputes.mediated=316"] },
    { text: "今年以来,青川区各调委会共调解矛盾纠纷3862件,调解成功3850件。", yields: [f("disputes.mediated", 3862), f("disputes.mediated", 3850)] },
    { text: "截至9月,乡人民调解委员会及9个村级调解委员会共排查调处各类矛盾纠纷57件,调解成功56件。", yields: [f("disputes.mediated", 57), f("disputes.mediated", 56)] },
    // accounts opened for the mediators on a platform are no disputes
    { text: "积极推广“微解纷”小程序,创建镇(街道)级以下调解组织“人民调解小助手”账号312个,确保每个调委会至少一个账号。", yields: [], not: ["disputes.mediated=312"] },
    // years of service told as 年头 or 春秋 are no count of anything mediated
    { text: "老周是镇人民调解委员会主任,在人民调解战线已经工作了近三十个年头。", yields: [], not: ["disputes.mediated=30"] },
    // disputes a centre took in and those it has closed already: the closed are those resolved
    { text: "中心运行以来,累计受理矛盾纠纷230件,已结案205件,结案率达89%。", yields: [f("disputes.mediated", 205)], not: ["disputes.mediated=230"] },
    // incidents handled (处置) succeed at a rate of their own, no mediation's
    { text: "全年调处矛盾纠纷860件。近年来,通过集体会诊方式解决群体性事件苗头40起,处置成功率达100%。", yields: [f("disputes.mediated", 860)], not: ["disputes.success_rate=100"] },
    // a court's cases of every kind are outside the catalogue, and so are the parts its list names
    { text: "全年共受理各类案件18620件,其中诉前化解纠纷3120件,立案15500件,办结14800件,存案再次下降3.4%。", yields: [], not: ["disputes.mediated=14800"] },
    // counts right after a figure that add up to it are its parts, where only some of them are figures
    { text: "截止2023年12月,镇调解中心共受理调解案件140起,书面调解案件48起,口头案件92起,调解成功率100%。", yields: [f("disputes.mediated", 140), f("disputes.success_rate", 100)], not: ["disputes.mediated=48"] },
    // a figure of another id after it stops the sum: a later stage, though the counts add up
    { text: "全年新收行政复议案件30件,审结28件,未审结2件。", yields: [f("reconsideration.received", 30), f("reconsideration.concluded", 28)] },
    // a sum in 亿 or 万 whose 元 the page left out
    { text: "三年来调解纠纷6000件,调解成功率99.1%,涉及金额近3亿。", yields: [f("disputes.mediated", 6000), f("disputes.success_rate", 99.1), f("disputes.amount", 300000000, { qualifier: "nearly" })] },
    // the sum the mediation agreements settled (协议金额) is the disputes' amount, no contract's
    { text: "全年各调委会共调解矛盾纠纷2310件,调解成功率99.6%,协议金额达3150.5万元。", yields: [f("disputes.mediated", 2310), f("disputes.success_rate", 99.6), f("disputes.amount", 31505000)] },
    // cases processed to a close were closed in every way; those closed by mediation are the mediated
    { text: "全市劳动人事争议仲裁案件受理总量为5120件,全年共处理结案4980件,其中调解结案3960件,裁决结案520件。", yields: [f("disputes.mediated", 3960)], not: ["disputes.mediated=4980"] },
    // conflicts named by their kind (潜在, 邻里, 家庭) are disputes as much as bare 矛盾 are
    { text: "仅一个月“板凳普法会”就化解潜在矛盾50余起,化解邻里矛盾12起。", yields: [f("disputes.mediated", 50, { qualifier: "over" }), f("disputes.mediated", 12)] },
    // the disputes, then where they were settled
    { text: "2024年,各类解纷主体成功将近三万起纠纷调解在诉前。", yields: [f("disputes.mediated", 30000, { qualifier: "nearly" })] },
    { text: "依托部门协作工作室,促成2150件纠纷化解在诉前。", yields: [f("disputes.mediated", 2150)] },
    // one case's amount is no amount the body's mediations were about
    { text: "今年以来,共化解矛盾纠纷120件。日前,一场涉及45名农民工、金额达96万元的欠薪风波在综治中心得到化解。", yields: [f("disputes.mediated", 120)], not: ["disputes.amount=960000"] },
    { text: "2024年7月,市商调委与法院合作,成功调解了一起涉案金额达860万元的合同纠纷案。", yields: [], not: ["disputes.amount=8600000"] },
    // nor the largest one's, named by the extreme before it (标的额最大的一起…纠纷涉及金额186万元)
    { text: "全年调解各类矛盾纠纷356件,其中标的额最大的一起工程款纠纷涉及金额186万元。", yields: [f("disputes.mediated", 356)], not: ["disputes.amount=1860000"] },
    // mediation cases and their success rate name the topic by themselves; not cases settled by a court (按撤诉处理和调解案件)
    { text: "截止12月份,工作站已成功受理调解案件300多宗,化解争议标的1500多万元,案件调解成功率97%以上。", yields: [f("disputes.mediated", 300, { qualifier: "over" }), f("disputes.amount", 15000000, { qualifier: "over" }), f("disputes.success_rate", 97, { qualifier: "over" })], not: ["litigation.received=300"] },
    { text: "全年审结的一审行政诉讼案件里,裁定准许撤诉、按撤诉处理和调解案件64件,调撤率18.3%。", yields: [f("litigation.settled", 64), f("litigation.settlement_rate", 18.3)], not: ["disputes.mediated=64"] },
    // reports received and dealt with after a mediation rate are no disputes
    { text: "已办结1834件,调解成功1206件,调解成功率为65.76%。接收举报1069件,共核查举报线索1030件,已办结999件。", yields: [f("disputes.mediated", 1206), f("disputes.success_rate", 65.76)], not: ["disputes.mediated=999"] },
    // troubles solved for the people (解决群众身边烦心事53件) are no disputes, whatever the sentence counted before
    { text: "今年以来,累计排查各类矛盾纠纷120起,有效化解118起,解决群众身边烦心事41件。", yields: [f("disputes.mediated", 118)], not: ["disputes.mediated=41"] },
    // those honoured for mediation are no mediations
    { text: "2018年我市获评全国人民调解工作先进集体3个,全国人民调解工作先进个人5个。", yields: [], not: ["disputes.mediated=3", "disputes.mediated=5"] },
    // disputes resolved (解纷), not the mechanism that resolves them
    { text: "企业纠纷调解中心打造多元解纷机制,全年在线解纷420余件。", yields: [f("disputes.mediated", 420, { qualifier: "over" })] },
    // infringement disputes an agency processed were ruled on, not mediated; those it mediated were
    { text: "全年办理专利侵权纠纷快速处理案件120件。", yields: [], not: ["disputes.mediated=120"] },
    { text: "全年调解知识产权侵权纠纷案件36件。", yields: [f("disputes.mediated", 36)] },
    // last year's same months, set against this year's in the next clause, are the baseline
    { text: "去年前5个月全县调解各类纠纷132起,今年前5个月调解97起。", yields: [f("disputes.mediated", 97)], not: ["disputes.mediated=132"] },
    { text: "去年1-6月,该镇共调处矛盾纠纷64件;今年1-6月调处41件。", yields: [f("disputes.mediated", 41)], not: ["disputes.mediated=64"] },
    // what a centre for resolving administrative disputes resolved before any suit; not the centres counted, nor a review's own settlements after them
    { text: "今年4月以来,全市行政争议协调化解中心共收到诉前争议812件,化解395件,化解率48.65%。", yields: [f("disputes.mediated", 395), f("disputes.success_rate", 48.65)] },
    // an administrative disputes' mediation centre taking in and resolving disputes: of 受理N, 调解成功M, M is the figure
    { text: "三是推进源头化解。区行政争议调解中心全年受理行政争议214件,调解成功167件。", yields: [f("disputes.mediated", 167)], not: ["litigation.received=214", "litigation.settled=167"] },
    // the centre named only as what a court's stations belong to: the settlements are the court's
    { text: "全市法院共受理行政案件9120件。实现行政争议调解中心工作站各区全覆盖,促成3021件案件以调撤方式解决。", yields: [f("litigation.received", 9120), f("litigation.settled", 3021)] },
    { text: "全市建成行政争议化解中心41个,各级行政复议机关通过调解、和解方式结案2870件。", yields: [f("reconsideration.settled", 2870)], not: ["disputes.mediated=2870"] },
    // a labour dispute of the body's own (本单位劳动争议) is one it is party to, handled by its counsel, not one it resolved for others
    { text: "落实法律顾问制度。聘请律师事务所律师依法处理本单位劳动争议2件,处理涉法涉诉信访案件4件。", yields: [], not: ["disputes.mediated=2"] },
    { text: "全年共处理劳动争议案件210件,调解成功率92%。", yields: [f("disputes.mediated", 210), f("disputes.success_rate", 92)] },
    // the rate named after its value: a success rate, or the disputes' resolution rate (not one before litigation)
    { text: "97.8%的矛盾纠纷化解率背后,是柳溪镇一支扎根村组的调解队伍。", yields: [f("disputes.success_rate", 97.8)] },
    // the share resolved said by its verb after it
    { text: "今年以来,柳溪派出所受理的168起矛盾纠纷实现了100%化解。", yields: [f("disputes.success_rate", 100)] },
    { text: "全镇排查矛盾纠纷96件,其中85%化解在村一级。", yields: [], not: ["disputes.success_rate=85"] },
    { text: "全县以99%的诉前纠纷化解率位居全市第一。", yields: [], not: ["disputes.success_rate=99"] },
    // disputes other than administrative ones, mediated (调解涉税争议, 调解税费争议); not 调解行政争议
    { text: "截至去年12月,建成比例为72%,调解税费争议612件。", yields: [f("disputes.mediated", 612)] },
    { text: "全年调解各类行政争议35件。", yields: [], not: ["disputes.mediated=35"] },
    // 矛盾化解, disputes resolved in the other order of words
    { text: "公职律师发挥主力军作用,矛盾化解成功率达到97%,初步实现小事不出分局。", yields: [f("disputes.success_rate", 97)] },
    // the share of a review's disputes resolved is no mediation's success rate
    // a combined resolution rate in a sentence on reviews' corrections or administrative disputes is theirs, not mediation's;
    // a mediation centre's own 综合化解率 stays the disputes'
    { text: "全市审结行政复议案件8430件。直接纠错1120件,直接纠错率13.3%;以纠错、调解等方式实质性化解行政争议3010件,矛盾纠纷综合化解率35.7%。", yields: [f("reconsideration.concluded", 8430), f("reconsideration.corrected", 1120), f("reconsideration.correction_rate", 13.3)], not: ["disputes.success_rate=35.7"] },
    { text: "全年各级综治中心共排查矛盾纠纷2210件,化解2150件,矛盾纠纷综合化解率97.3%。", yields: [f("disputes.mediated", 2150), f("disputes.success_rate", 97.3)] },
    { text: "全区共审结行政复议案件734件,行政复议环节矛盾纠纷实质性化解率达95.7%。", yields: [f("reconsideration.concluded", 734)], not: ["disputes.success_rate=95.7"] },
    // mediation bodies counted are no disputes
    { text: "截至目前,全市有52个村级规范化调委会、310个调解小组、2个企业调委会、5个行业调委会、1个教师小区人民调解工作室,今年以来调处纠纷183件。", yields: [f("disputes.mediated", 183)], not: ["disputes.mediated=2", "disputes.mediated=1"] },
    // 解结, 调结: disputes settled
    { text: "今年以来共排查矛盾纠纷隐患52件,解结52件,调解成功率100%。", yields: [f("disputes.mediated", 52), f("disputes.success_rate", 100)] },
    { text: "全镇调委会全年调结各类纠纷87件。", yields: [f("disputes.mediated", 87)] },
    // a rate's measure is named before it; a topic after it, past spaces and a note's mark, begins the next item
    { text: "共设立人民调解组织2100个 5年共受理调解案件9.6万件 调解成功率93% [4] - 行政复议化解争议的主渠道地位更加稳固", yields: [f("disputes.mediated", 96000), f("disputes.success_rate", 93)], not: ["reconsideration.settlement_rate=93"] },
    // a count naming a list something is one of is the list's name
    { text: "探索建立的纠纷多元调处模式入选全省20件法治为民实事之一。", yields: [], not: ["disputes.mediated=20"] },
    // a headline's rate of disputes handled successfully, naming no dispute (调处 is said of disputes)
    { text: "东河县:调处成功率超九成 基层治理见成效", yields: [f("disputes.success_rate", 90, { qualifier: "over" })] },
    // the share handled (调处率) beside the success rate is another measure
    { text: "2014年全县各级调解组织共调处各类矛盾纠纷1862宗,调处率为100%,调解成功率为91.5%。", yields: [f("disputes.mediated", 1862), f("disputes.success_rate", 91.5)], not: ["disputes.success_rate=100"] },
    // places visited (…纠纷多元化解研究会等5个法治文化实践点) are no disputes mediated
    { text: "与会人员实地观摩了法治文化园、市法学会社会纠纷多元化解研究会等6个法治文化实践点。", yields: [], not: ["disputes.mediated=6"] },
    // a mediation room (调解室, 调解工作室) names the topic of what it mediates
    { text: "2025年综合调解室已成功调解3180件,累计接待群众8000余人次。", yields: [f("disputes.mediated", 3180)] },
    // a comma item with a verb of its own (预防纠纷10件) does not take the list's
    { text: "截至目前,全镇共调解民间纠纷74件,预防纠纷12件,成功化解纠纷60件。", yields: [f("disputes.mediated", 74), f("disputes.mediated", 60)], not: ["disputes.mediated=12"] },
    { text: "今年以来,该乡已成功调解民事纠纷47起,化解村组矛盾纠纷60余起。", yields: [f("disputes.mediated", 47), f("disputes.mediated", 60, { qualifier: "over" })] },
    { text: "全年诉前调解民事纠纷案件320件。", yields: [], not: ["disputes.mediated=320"] },
    // disputes put to pre-suit joint mediation (诉前联调) were mediated, as those put to 诉前调解 were; not the rooms that do it
    { text: "截至目前,全市法院诉前联调案件12033件,调解成功率为67.8%。", yields: [f("disputes.mediated", 12033), f("disputes.success_rate", 67.8)] },
    { text: "完善诉前联调机制,在各乡镇设立联调室12个。", yields: [] },
    {
      text: "全区各级调解组织共受理矛盾纠纷3,512件,调解成功3,486件,调解成功率99.3%。",
      yields: [f("disputes.mediated", 3486), f("disputes.success_rate", 99.3)],
      not: ["disputes.mediated=3512"],
    },
    { text: "全年调处化解各类矛盾纠纷3,170件,调解成功率98.6%。", yields: [f("disputes.mediated", 3170), f("disputes.success_rate", 98.6)] },
    // disputes taken in, with no success counted beside them but a rate, are the disputes mediated
    { text: "今年以来,全市人民调解组织累计受理矛盾纠纷6120宗,调解成功率达98.7%。", yields: [f("disputes.mediated", 6120), f("disputes.success_rate", 98.7)] },
    { text: "全镇受理矛盾纠纷264件,调处化解259件,化解率98.1%。", yields: [f("disputes.mediated", 259), f("disputes.success_rate", 98.1)], not: ["disputes.mediated=264"] },
    { text: "街道多元调解受理各类纠纷142起,现场调解成功131余起。", yields: [f("disputes.mediated", 131, { qualifier: "over" })], not: ["disputes.mediated=142"] },
    // what a year comes to, told roughly, is a figure; an exact amount per period is a frequency
    { text: "全区调解组织一年调处各类矛盾纠纷1.2万件以上,调解成功率达96.3%。", yields: [f("disputes.mediated", 12000, { qualifier: "over" }), f("disputes.success_rate", 96.3)] },
    { text: "各调委会每季度至少开展矛盾纠纷排查化解2次。", yields: [], not: ["disputes.mediated=2"] },
    // an association of mediators is a body; 协调解决 is no mediation; a count of times a meeting heard a report is no dispute
    { text: "全县建立县级人民调解委员会1个,县调解协会1个,行业性调解委员会9个。", yields: [], not: ["disputes.mediated=1"] },
    { text: "全区各级调解组织调处矛盾纠纷4615件,调处成功率99.1%,“枫桥式”调解品牌新增2个。", yields: [f("disputes.mediated", 4615), f("disputes.success_rate", 99.1)], not: ["disputes.mediated=2"] },
    { text: "区委书记主持召开常委会,听取矛盾纠纷化解工作汇报,亲临矛调中心现场调研3次,协调解决运行中的难题15个。", yields: [], not: ["disputes.mediated=15"] },
    { text: "2025年,县委常委会先后5次听取矛盾纠纷化解工作专题汇报。", yields: [], not: ["disputes.mediated=5"] },
    // what was done after the mediation is what the count counts
    { text: "全年受理各类矛盾纠纷71件,成功调解69件,调解后进行司法确认的矛盾纠纷21件。", yields: [f("disputes.mediated", 69)], not: ["disputes.mediated=21"] },
    // 矛盾 alone, as what is mediated
    { text: "该调解中心运行一年来,共调解矛盾412起,辖区纠纷警情明显下降。", yields: [f("disputes.mediated", 412)] },
    { text: "全镇化解各类矛盾96件。", yields: [f("disputes.mediated", 96)] },
    { text: "人民调解组织共调解纠纷二千三百件,涉及金额9296万元。", yields: [f("disputes.mediated", 2300), f("disputes.amount", 92960000)] },
    // activities counted, and places so named, are no disputes mediated
    {
      text: "全市各级人民调解组织累计开展矛盾纠纷排查化解纠纷排查活动2.4万余次,共受理各类矛盾纠纷4.1万余件,调解成功4.0万余件。",
      yields: [f("disputes.mediated", 40000, { qualifier: "over" })],
      not: ["disputes.mediated=24000"],
    },
    { text: "全县各级调解组织共排查化解各类矛盾纠纷4120件次,调解成功率达97.6%。", yields: [f("disputes.mediated", 4120), f("disputes.success_rate", 97.6)] },
    // times mediated are sessions, no count of disputes
    { text: "市人民调解工作专班了解该纠纷情况后,去往当地调解十余次,收集了大量证据材料。", yields: [], not: ["disputes.mediated=10"] },
    // one mediator's tally over the years served is a career's, not the body's
    { text: "今年58岁的王某从事人民调解工作12年,已调解各类矛盾纠纷460多件,当事人满意率100%。", yields: [], not: ["disputes.mediated=460"] },
    { text: "老张扎根基层调解一线二十年,化解邻里纠纷千余起。", yields: [], not: ["disputes.mediated=1000"] },
    { text: "全县从事人民调解工作的调解员共320名,全年调解纠纷1200件。", yields: [f("disputes.mediated", 1200)] },
    // a court's fast-track civil cases are no disputes mediated
    // the mediations that succeeded, before their rate, name the topic themselves
    { text: "全年受理消费者投诉1500件,调解成功1100件,调解成功率73.3%。", yields: [f("disputes.mediated", 1100), f("disputes.success_rate", 73.3)] },
    { text: "全年受理消费者投诉1500件,调解成功1100件。", yields: [], not: ["disputes.mediated=1100"] },
    { text: "诉讼服务中心共受理诉前调解案件623件,调解成功504件,调解成功率80.9%,受理速裁案件161件,结案146件,调解撤诉131件,调撤率90%。", yields: [f("disputes.mediated", 623), f("disputes.mediated", 504), f("disputes.success_rate", 80.9)], not: ["disputes.mediated=131"] },
    { text: "老党员李某从事人民调解工作20年。经过我调解的矛盾纠纷有800多起。", yields: [], not: ["disputes.mediated=800"] },
    // a sentence opening on a person's age tells that person's own record
    { text: "今年61岁的王桂芝从事人民调解工作已有15年,累计调解各类纠纷1600余件,调解成功率达98%以上。", yields: [], not: ["disputes.mediated=1600", "disputes.success_rate=98"] },
    // one unnamed official's doing in one hearing (某镇党委书记在一场…庭审中…): an anecdote, not the body's figure
    { text: "某乡党委书记在一场山林权属纠纷庭审中当庭回应村民关切,推动同类纠纷调解结案9宗。全市负责人出庭应诉率达98%。", yields: [f("litigation.head_appearance_rate", 98)], not: ["disputes.mediated=9"] },
    { text: "某镇2023年共调解矛盾纠纷126件。", yields: [f("disputes.mediated", 126)] },
    // a headline after a place and a bar, printed twice on the page: a sentence each time, no table row
    { text: "柳溪|调解成功率98.2%,群众满意率99%!柳溪百个调解组织就近化解纠纷\n近年来,柳溪县建成一批行业调解组织。\n柳溪|调解成功率98.2%,群众满意率99%!柳溪百个调解组织就近化解纠纷", yields: [f("disputes.success_rate", 98.2), f("disputes.success_rate", 98.2)] },
    { text: "2024年,我单位共调解矛盾纠纷126件。", yields: [f("disputes.mediated", 126)] },
    // one person's own count is not the body's
    // one village's count, its town named before it, is not the body's; the county's own villages in general are
    { text: "东关街道柳塘村将闲置农房改造为“红色调解驿站”,开展“周五调解日”活动,2024年以来累计化解纠纷96件。", yields: [], not: ["disputes.mediated=96"] },
    // towns and villages at two levels (镇村两级) are no village
    { text: "镇村两级调委会共调处矛盾纠纷213件,调解成功率97.2%。", yields: [f("disputes.mediated", 213), f("disputes.success_rate", 97.2)] },
    { text: "农村矛盾纠纷调解工作扎实开展,全年调解纠纷1320件。", yields: [f("disputes.mediated", 1320)] },
    { text: "示范村创建工作扎实推进,全年调解纠纷86件。", yields: [f("disputes.mediated", 86)] },
    // one per village (一村一法律顾问) names no village
    { text: "实现一村一法律顾问全覆盖,全年成功调解各类纠纷128起。", yields: [f("disputes.mediated", 128)] },
    // what the agreements paid is no money at stake
    { text: "今年上半年,全省共受理行政调解案件21000件,其中调解成功18302件,涉案金额6.4亿元;调解协议履行16120件,履行率88.1%,履行金额5.9亿元。", yields: [f("disputes.mediated", 18302), f("disputes.amount", 640000000)], not: ["disputes.amount=590000000"] },
    // a street or a community named for a village (新村街道, 王村社区) is no village
    { text: "新村街道人民调解委员会全年调解纠纷74件。", yields: [f("disputes.mediated", 74)] },
    // those a review's mediation settled, in a sentence on reconsideration, are the reviews', not disputes mediated
    { text: "县政府坚持把调解贯穿行政复议全过程,对符合条件的案件开展调解45件,其中调解成功30件,行政复议案件调解成功率达66.7%。", yields: [f("reconsideration.settled", 30), f("reconsideration.settlement_rate", 66.7)], not: ["disputes.mediated=30", "disputes.success_rate=66.7"] },
    { text: "全县人民调解组织共受理纠纷520件,调解成功508件,调解成功率97.7%。", yields: [f("disputes.mediated", 508), f("disputes.success_rate", 97.7)] },
    // the calls and visits a team received, and those it resolved, are petitions, outside the catalogue
    { text: "全县各调解组织今年来调解矛盾纠纷420起,接待来电来访160人次、有效解决152件。", yields: [f("disputes.mediated", 420)], not: ["disputes.mediated=152"] },
    // disputes resolved right after their count; 一两次 says about how often, no count
    { text: "全年28.6万件矛盾纠纷成功化解,多数纠纷经过一两次调解便可成功化解。", yields: [f("disputes.mediated", 286000)], not: ["disputes.mediated=12"] },
    { text: "两年来,他一直热心参与邻里纠纷调解,村里还设立了以他名字命名的调解室,至今已成功化解90余件矛盾纠纷。", yields: [], not: ["disputes.mediated=90"] },
    // 2024年以来 is since a year, not over N years
    {
      text: "发布时间:2025-06-20\n近年来,该县深化“枫桥经验”。2024年以来累计调解矛盾纠纷1384件,调解成功1339件。目前全县配有专职调解员86人。2024年,7个行业性人民调解委员会共受理纠纷612件,调解成功612件。",
      yields: [f("disputes.mediated", 1384), f("disputes.mediated", 1339), f("disputes.mediated", 612)],
    },
    { text: "该县积极推广运用矛盾纠纷“三力联调、无忧调解超市”工作经验,整合各镇调解资源,建立“无忧调解超市”9个,吸纳各镇站所参与调解。", yields: [], not: ["disputes.mediated=9"] },
    { text: "排查化解矛盾纠纷1.2万余起。", yields: [f("disputes.mediated", 12000, { qualifier: "over" })] },
    { text: "成功调解矛盾纠纷560起,涉案金额16.65亿元。", yields: [f("disputes.mediated", 560), f("disputes.amount", 1665000000)] },
    { text: "化解矛盾纠纷约800件,化解率百分之九十五。", yields: [f("disputes.mediated", 800, { qualifier: "about" }), f("disputes.success_rate", 95)] },
    { text: "调解各类纠纷将近两千件。", yields: [f("disputes.mediated", 2000, { qualifier: "nearly" })] },
    { text: "矛盾纠纷调解成功率较上年提高2.1个百分点。", yields: [] },
    // 协议履行率 is how well mediation agreements are kept, no contracts topic: both rates alike are 100
    { text: "共调处各类矛盾纠纷1034起,调解成功率、协议履行率均达100%。", yields: [f("disputes.mediated", 1034), f("disputes.success_rate", 100)] },
    // legal aid, mediation and advice together are legal services, no mediation count (等法律服务 names no laws spread)
    { text: "全省公共法律服务平台办理法律援助、人民调解、法律咨询等法律服务业务达到38.2万余件。", yields: [], not: ["disputes.mediated=382000"] },
    { text: "排查矛盾纠纷XX件。", yields: [] },
    { text: "建立人民调解委员会235个。", yields: [] },
    // bodies counted by what they are (小组, 库, 团队), not disputes
    { text: "1998年,全县有人民调解小组27个,调解员860人。", yields: [] },
    { text: "市级组建了婚姻家庭、劳动争议等“人民调解专家库”6个,为疑难纠纷提供支撑。", yields: [] },
    { text: "全区成立矛盾纠纷调处工作领导小组15个、调解团队42个。", yields: [] },
    { text: "省級建立了醫患、物業等「人民調解諮詢專家庫」7個,為疑難糾紛調處提供後援。", yields: [] },
    { text: "矛盾纠纷中,婚姻家庭类纠纷占比31%。", yields: [] },
    { text: "化解矛盾纠纷较2022年的2,810件有所增加。", yields: [] },
    { text: "调解纠纷3,500件,其中婚姻家庭类1,200件、邻里纠纷类800件。", yields: [f("disputes.mediated", 3500)] },
    { text: "人民调解员队伍达到1,800人。", yields: [] },
    { text: "矛盾纠纷化解数量同比增长12.3%。", yields: [] },
    { text: "化解信访积案45件。", yields: [] },
    { text: "在线调解纠纷1200件,其中成功调解1100件。", yields: [f("disputes.mediated", 1200)] },
    { text: "共有人民调解员2,130名,调解纠纷案件3,880件。", yields: [f("disputes.mediated", 3880)] },
    { text: "办理法律援助案件1,560件,为受援人挽回经济损失2,300万元。", yields: [] },
    { text: "调处矛盾纠纷640件,同比下降5.2%,涉及金额不足300万元。", yields: [f("disputes.mediated", 640), f("disputes.amount", 3000000, { qualifier: "under" })] },
    { text: "截至目前,累计排查各类矛盾纠纷103件(其中:高风险4件、中风险23件、涉法涉诉案件8件),化解率为100%。", yields: [f("disputes.success_rate", 100)] },
    // the cases mediated successfully said to reach a percent: the success rate
    { text: "调委会成立以来,调解成功的纠纷达到96%,群众满意度持续提升。", yields: [f("disputes.success_rate", 96)] },
    // a month's count after the month is named: that month's, no figure of the report's
    { text: "全年调解矛盾纠纷2316件。特别是9月份,全县突发邻里纠纷24起,当月调结19起。", yields: [f("disputes.mediated", 2316)], not: ["disputes.mediated=19"] },
    { text: "成功调解社区矛盾纠纷78件,引导民事诉讼14件,上报区级调解矛盾纠纷0件。", yields: [f("disputes.mediated", 78)], not: ["disputes.mediated=0"] },
    { text: "全年调处纠纷8.6万件,其中重大疑难纠纷2140件,调解成功率为97.9%,有效防止了矛盾激化。", yields: [f("disputes.mediated", 86000), f("disputes.success_rate", 97.9)] },
    { text: "其中,以2023年前三季度为例,全市各级行政机关共受理各类行政调解案件47517件,调解成功21874件,调解成功率46%。", yields: [f("disputes.mediated", 21874), f("disputes.success_rate", 46)] },
    // administrative mediations done (办理), not received: the figure, and the ways they were done that add up to it are its parts
    { text: "2022年全市共办理行政调解9520件,达成协议8140件。调解形式:申请调解9300件,主动调解220件。", yields: [f("disputes.mediated", 9520), f("disputes.mediated", 8140)], not: ["disputes.mediated=9300", "disputes.mediated=220"] },
    { text: "全县共受理行政调解案件86件,调解成功79件,调解成功率为91.9%。", yields: [f("disputes.mediated", 79), f("disputes.success_rate", 91.9)] },
    { text: "2023年全县行政调解案件706件,其中派出所治安调解289件、市场监管所行政调解174件。人民调解组织共化解纠纷3380件。", yields: [f("disputes.mediated", 3380)], not: ["disputes.mediated=289", "disputes.mediated=174"] },
    { text: "该调解室年内已处理各类纠纷超150起,调解成功率高达96.1%。", yields: [f("disputes.mediated", 150, { qualifier: "over" }), f("disputes.success_rate", 96.1)] },
    { text: "综治中心平台累计登记矛盾纠纷2356件、办结2301件。", yields: [f("disputes.mediated", 2301)], not: ["disputes.mediated=2356"] },
    { text: "2023年全国法院诉前调解成功612万件,同比增长31.2%。", yields: [f("disputes.mediated", 6120000, { change: up(31.2) })] },
    { text: "全市医调委受理纠纷3120件,调解成功2731件,调解成功率平均87.53%。", yields: [f("disputes.mediated", 2731), f("disputes.success_rate", 87.53)] },
    { text: "今年以来,共排查各类矛盾纠纷3120件,化解3011件,化解率达96.5%。其中,人民调解受理1800件,调处1760件;行政调解受理640件,调处590件,调处率达92.2%。", yields: [f("disputes.mediated", 3011), f("disputes.success_rate", 96.5)], not: ["disputes.mediated=590", "disputes.success_rate=92.2"] },
    { text: "该镇通过法律顾问调处各类纠纷38件,成功处理突发事件3起。", yields: [f("disputes.mediated", 38)], not: ["disputes.mediated=3"] },
    { text: "截止目前,共受理并调处矛盾纠纷2410件,调解成功2385件,调成率98.9%。", yields: [f("disputes.mediated", 2410), f("disputes.mediated", 2385), f("disputes.success_rate", 98.9)] },
    // 调解率 beside a success rate is the share taken into mediation; alone it is the success rate
    { text: "全乡调委会共调解纠纷640件,调解成功628件,调解率达100%,调解成功率达98.1%。", yields: [f("disputes.mediated", 640), f("disputes.mediated", 628), f("disputes.success_rate", 98.1)], not: ["disputes.success_rate=100"] },
    { text: "受理并调处矛盾纠纷905件,纠纷调解率100%,调成率97.6%。", yields: [f("disputes.mediated", 905), f("disputes.success_rate", 97.6)], not: ["disputes.success_rate=100"] },
    { text: "全年调处矛盾纠纷212件,调解率100%。", yields: [f("disputes.mediated", 212), f("disputes.success_rate", 100)] },
    { text: "各级人民调解组织共排查矛盾纠纷6120件,调处6093,调解成功5870件,成功率95.9%。", yields: [f("disputes.mediated", 6093), f("disputes.mediated", 5870), f("disputes.success_rate", 95.9)] },
    { text: "开展矛盾纠纷排查496次,预防化解矛盾纠纷343件。", yields: [], not: ["disputes.mediated=343"] },
    { text: "“今后的目标,是让调解成功率稳定在95%以上。”", yields: [], not: ["disputes.success_rate=95"] },
    { text: "会议提出2025年全省调解成功率要稳定在97%以上。", yields: [], not: ["disputes.success_rate=97"] },
    { text: "截至8月底,窗口共登记受理矛盾纠纷57件,其中55件已调解化解到位,化解率96.5%。", yields: [f("disputes.mediated", 55), f("disputes.success_rate", 96.5)], not: ["disputes.mediated=57"] },
    { text: "像城南街人民调解中心这样的纠纷化解平台在全区已有12个。", yields: [], not: ["disputes.mediated=12"] },
    { text: "全镇共排查矛盾纠纷52件,调解成功45件,调解不成功4件。", yields: [f("disputes.mediated", 45)], not: ["disputes.mediated=4"] },
    // a committee (调解会) that screened is no mediation
    { text: "全年各级调解组织调解纠纷812宗,三级调解会矛盾排查2650次。", yields: [f("disputes.mediated", 812)], not: ["disputes.mediated=2650"] },
    // the committees set up are counted, not disputes
    { text: "乡镇设置人民调解调委会12个,调解室30个。", yields: [], not: ["disputes.mediated=12"] },
    // problems a body solved, a dispute among them
    { text: "召开3次专题会议,解决征地拆迁、重大纠纷等6个实际难题。", yields: [], not: ["disputes.mediated=6"] },
    // the rate named after its value
    { text: "全市共调解矛盾纠纷5120件,柳川市99.2%的调解成功率高于全省平均水平。", yields: [f("disputes.mediated", 5120), f("disputes.success_rate", 99.2)] },
    // disputes of one kind beside others split a caseload by kind: no total among them, though a total named first stands
    { text: "全县各村调解组织共化解婚姻家庭纠纷2310起、邻里纠纷1875起、宅基地纠纷342起。", yields: [], not: ["disputes.mediated=2310", "disputes.mediated=1875", "disputes.mediated=342"] },
    // the wider place's whole set against the text's own town after it (全市共化解纠纷7800余起,我镇排名靠前) is no figure of the town's
    { text: "镇村两级调委会调解矛盾纠纷412起,调解成功率99.3%。全市共化解纠纷7800余起,我镇排名靠前。", yields: [f("disputes.mediated", 412), f("disputes.success_rate", 99.3)], not: ["disputes.mediated=7800"] },
    // a rate to be held after a plan its sentence set out (今年我们计划…,调解成功率保持在98%以上) is the plan's
    { text: "今年我们计划每个行政村至少配1名专职调解员,调解成功率保持在98%以上。", yields: [], not: ["disputes.success_rate=98"] },
    // a note under the figures on what a count includes (注:1.受理数含…委托调解的纠纷284件) is no figure, its marker a clause before it
    { text: "全年受理矛盾纠纷7,926件。注:1.受理数含各级人民法院委派、委托调解的纠纷284件。", yields: [f("disputes.mediated", 7926)], not: ["disputes.mediated=284"] },
    // so where the counts are in 万 (婚姻家庭纠纷210余万件、物业纠纷74万件)
    { text: "其中,全年调解婚姻家庭纠纷210余万件、物业纠纷74万件、医疗纠纷5.3万件。", yields: [], not: ["disputes.mediated=2100000", "disputes.mediated=740000", "disputes.mediated=53000"] },
    // disputes of one kind with their share of all the disputes after them: a split by kind, no total, even alone
    { text: "2024年,柳川区各级人民调解组织调解婚姻家庭纠纷1360件,占全区调解纠纷总数的31.4%。", yields: [], not: ["disputes.mediated=1360"] },
    { text: "全年共调解矛盾纠纷2870件,占全市调解总数的12.5%。", yields: [f("disputes.mediated", 2870)] },
    // the first item of such a split may name its kind by 案件 (专业案件), not only by 纠纷
    { text: "今年以来调处专业案件41件、婚姻家庭纠纷15件、邻里纠纷9件。", yields: [], not: ["disputes.mediated=41"] },
    { text: "全年调解矛盾纠纷4200件、物业纠纷310件、劳资纠纷96件。", yields: [f("disputes.mediated", 4200)], not: ["disputes.mediated=310", "disputes.mediated=96"] },
    // a yearbook's decimal point is a middle dot, and the last digits of its rate may stand apart (99·7 1%: 99.71), not a rate of their own;
    // a rate split with a space after a full stop's point gives none
    { text: "各级调解组织受理纠纷 8120件,成功调处8096件,调解成功率 99·7 1% ,制作协议书 2033份。", yields: [f("disputes.mediated", 8096), f("disputes.success_rate", 99.71)], not: ["disputes.success_rate=1"] },
    { text: "柳川区人民调解组织共调处纠纷 9310件,调解成功率 98·64%。", yields: [f("disputes.mediated", 9310), f("disputes.success_rate", 98.64)] },
    { text: "各级调解组织受理纠纷 8120件,成功调处8096件,调解成功率 99.7 1%。", yields: [f("disputes.mediated", 8096)], not: ["disputes.success_rate=1", "disputes.success_rate=99.7"] },
    // the mediations that succeeded, then their rate unnamed as mediation's (成功率), are the sentence's own topic over one inherited
    { text: "对具备和解条件的,第一时间移交区司法局,推动行政案件协调和解。2022年以来,向区司法局移交案件42件,调解成功27件,成功率达64.3%。", yields: [f("disputes.mediated", 27), f("disputes.success_rate", 64.3)] },
  ]);
});

describe("one field's committees listed after the whole", () => {
  // each field's committee (医疗纠纷人民调解委员会, 道路交通事故人民调解委员会) in a 其中 list is a part of the whole's mediation
  it("gives none of their counts", () => {
    const found = metricsOf("截至11月底,全市受理调解案件5218件,调解成功5106件,成功率达97.9%。全市共开展矛盾纠纷排查1386次。\n其中,医疗纠纷人民调解委员会调解成功43件,道路交通事故人民调解委员会调解成功297件。").map((metric) => `${metric.id}=${metric.value}`);
    expect(found).toContain("disputes.mediated=5106");
    expect(found).not.toContain("disputes.mediated=43");
    expect(found).not.toContain("disputes.mediated=297");
  });
});
