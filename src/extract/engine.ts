/**
 * The metric engine. For each quantity in a sentence it decides the topic
 * (the noun right after it, else the nearest topic word before it in its
 * clause, else the topic the sentence carries from an earlier clause), then
 * asks that domain's rules, most specific first, whether a cue binds the
 * quantity: right after it, before it in its clause, or, when the quantity
 * comes before its noun, a verb later in the clause. Items of a 其中 list that
 * name their own topic but no verb take the verb of the total they break down.
 */
import { isWhiteSpace } from "../normalize/index.js";
import { opensIndentedLine } from "../segment/headings.js";
import type { Metric, MetricUnit } from "../schema/report.js";
import type { Quantity } from "./numbers/quantities.js";
import {
  hasFigures,
  lastYearPeriodOf,
  LISTED_YEARS,
  MAX_SPANNED_YEARS,
  LATER_INSTANCE,
  OWN_PLACE,
  ownPlaceAgainstSuperior,
  PLANNED,
  roleOf,
  YEAR_SPAN,
  yearsListOpened,
  yearsOf,
  type LastYearPeriod,
  type Role,
  type Scope,
  VILLAGE_SUBJECT,
} from "./roles.js";
import { PatternSet } from "./pattern-set.js";
import { zeroFigures } from "./zero.js";
import { AFTER_REVIEW, CASES_TOTAL, DEFAULT_UNITS, isOutsideCatalogue, type Domain, type MetricRule } from "./rules/types.js";
import { DOMAINS } from "./rules/index.js";
import { litigation } from "./rules/litigation.js";
import { COURT_INTAKE_VERBS, OTHER_CASES } from "./rules/outside.js";
import type { Sentence } from "./sentences.js";
import { comparesWithOther, contested, enumerated, globalTwin, inHoldsAside, lowerBound, namesCause, type Inherited, type TopicHit, type TopicIndex } from "./topics.js";

/** A figure before it is placed in a section and mapped back to the input. */
export interface Finding {
  domain: Domain;
  rule: MetricRule;
  /** the scope it speaks for: a part or another period is reported only where the text gives no whole */
  scope: Scope;
  quantity: Quantity;
  /** analysis offsets of the evidence */
  start: number;
  end: number;
  change: FoundChange | null;
  /** for a rate read from a count's share of all the cases (败诉38件,占结案总数的9.2%), that count: the rate stands only where it does */
  shareOf?: Finding;
}

export interface FoundChange {
  direction: "up" | "down";
  amount: number;
  unit: NonNullable<Metric["change"]>["unit"];
  start: number;
  end: number;
}

interface Candidate {
  quantity: Quantity;
  role: Role;
  leadStart: number;
  clause: [number, number];
  /** its lead begins right after a count of bodies (对24个|市级部门87件…) */
  afterBodyCount: boolean;
}

/**
 * Nouns that, right before a number, say it counts something else: 问题8047个, 难题12个, 创建亮点10个, 修改意见129条, 新增编制17个, 专题调研34次,
 * 受理联系点32个, 接受媒体采访42次, programmes broadcast (调解工作专题节目3次; not their audience, 聆听以案释法节目1200余人), agencies (被诉行政机关209个), offices (复议应诉科(股)92个: its aside masked), bodies
 * by what they are (调解小组27个, 专家库6个: not 入库, what was put in), tasks (…等工作任务22项), those honoured (人民调解工作先进集体2个, 先进个人6个),
 * accounts opened on a platform (“人民调解小助手”账号455个), and the replies suggestions received (收到反馈26件, 回函).
 * Not a campaign's place the law is taken into (法律进企业15场次, 法制电影进村25场次): that counts the campaign's events, nor
 * training listed after talks (普法宣讲、培训2500余场次), which the count holds too; nor rounds of training (开展“法律明白人”轮训18期); nor
 * pupils' study of the law (民法典进校园等系列学法活动126场次), which is taught them, not the body's own.
 */
const FOREIGN_HEAD =
  /(?<![律治制法影]进)(?:(?:复议|应诉|法制)(?:处|科|股)(?:\(\u3000*\))?|[问难]题|亮点|(?<!审查|审核)意见|建议|反馈|回函|线索|隐患|清单|(?<!决策(?:事项)?)目录|单位|部门|机关|机构|编制|企业|窗口|平台|会议|次数|函|通知|(?<!合同文|法律文)书|条款|制度|机制|乡镇|街道|村|社区|事项清单|委员会|调委会|协会|组织|小组|团队|(?<!入)库|中心|工作站|队伍|室|场所|区域|站点|服务点|联系点|联络点|受理点|代办点|(?<!(?:宣讲|宣传|讲座)、)(?:培训|轮训)|培训班|培训会|集体|个人|(?<!(?:学生|青少年|校园|中小学|学校)[^,;。]{0,10})学法活动|学习会|专题学习|集中学习|理论学习|调研|任务|考试|测试|测评|涉法事务|采访|访谈|账号|账户|小程序|公众号|(?<!(?:聆听|收听|观看|收看)[^,;。]{0,12})(?:节目|栏目))$/;
/** What may stand between a head noun and its number: 共, 达, 为 … 等, spaces. */
const FILLER = /[共达为计有了的约近总合累等\s]/;
/** A list's civil or criminal cases, beside a body's administrative lawsuits. */
const CIVIL_OR_CRIMINAL = /民事|刑事/;
/** A count right after a word: the word names an item of a list (民事诉讼50起). */
const COUNT_NEXT = /^[^,;:。]{0,4}\d/;
/**
 * A count of administrative cases together with civil or criminal ones (行政、民事诉讼案件7起): no catalogue figure; but the files of
 * both a police force reviewed (抽查行政、刑事案卷320份) are its enforcement's files reviewed.
 * Civil disputes (调解民事纠纷56起) are what mediators take; civil dispute cases (民事纠纷案件) a court's.
 */
const OTHER_KINDS_WITH = /(?:民事|刑事)(?![^,;:。\d]{0,4}?纠纷(?!案件)|[^,;:。\d]{0,4}?(?:案卷|卷宗))[^,;:。\d]{0,6}$/;
/** Items of information published about a thing (发布重大行政决策意见征集、草案解读、决策解读、意见采纳情况等38件): no count of the thing. */
const PUBLISHED_INFORMATION = /(?:公开|发布|公布|推送)[^,;:。]{0,30}(?:解读|意见征集|意见反馈|信息)[^,;:。]{0,20}$/;
/**
 * A legality review of things no figure counts, named right before it: 重大议题合法性审查2件, 行政公文合法性审查5件, 会议议题纪要审查54件,
 * and enforcement decisions (办理行政处罚决定法制审核1件 after a clause on contracts).
 */
const OTHER_REVIEWED = /(?:(?:议题|公文|事项)的?合法性|(?:议题|会议)纪要(?:合法性)?|(?:处罚|执法|许可|强制|征收)决定的?(?:合法性|法制)?)审[查核]$/;
/**
 * Things a count names right after it that no figure counts: 提交8项证据, 提出12条意见,
 * 18项具体举措, 9名学员, rules and regulations (制修订…等4部规章: no normative documents), standards
 * (修订41项行业技术规范), indicators (围绕5类合同32项指标进行合法性审查), 研究重大行政决策等7项交通法治重点工作, 开展2次集中学习活动 (staff study, not 普法;
 * 组织4次县政府常务会议集中学法 too), 举办4期培训班 (staff training), 开展3次专题调研; not what a next verb after 并 or 且
 * acts on (抽查案卷215卷并督促整改问题31个); officials' seminars (举办2期全区领导干部依法行政专题研讨班); meetings (共组织开展12次会议活动); products made of them (制作发布51份多元形式政策解读产品, 2篇政策简明问答图解); one case or
 * event a figure describes (金额达128万元的欠薪风波, 涉案金额达1320万元的合同纠纷案); inspections, an aside on the way
 * (开展4次(每个季度进行一次)“双随机”执法检查); matters a meeting took up (…规范性文件清理…等10余项重要涉法事项, 议题); what
 * the things counted are not (3件经审查不属于行政规范性文件, 5件不符合受理条件), or the letters sent on them (2件下达备案审查意见书);
 * the steps of a procedure named right after (…集体讨论四项程序); not the time the rules set (58件均在规定时限内办结).
 */
const OTHER_THINGS_FOLLOW = /^(?![并且])(?:会议(?!室)|[^,;:。、]{0,3}?(?:证据|材料|资料|意见|建议|问题|措施|举措|制度|机制|(?<![在按依照据])规定|办法|规则|原则|条款|学员|培训|调研|规章|法规|产品|指标)|(?:法定)?(?:程序|环节|步骤)|[^,;:。、]{0,8}?(?:重点工作|工作任务|重点任务|改革任务|标准|解读产品|图解)|[^,;:。、]{0,6}?(?:(?:涉法|重要)事项|议题)|[^,;:。、]{0,20}?执法检查|[^,;:。、\d]{0,16}?(?:研讨班|读书班|培训班)|(?:经[^,;:。、\d]{0,6}?)?不(?:属于|符合)|[^,;:。、\d]{0,4}?(?:下达|发出|制发|出具)[^,;:。、\d]{0,10}?(?:意见书|建议书|通知书|函)|[^,;:。、]{0,8}?(?:集中学习|专题学习|理论学习|学习活动|学法活动|集中学法|专题学法|会前学法)|的[^,;:。、\d]{0,8}?(?:风波|事件|案(?![件卷由例])))/;
/** How an item's cases ended (其中驳回原告诉讼请求97件, 判决撤销12件): an outcome among the head's cases. */
const OUTCOME_OF_ITEM = /维持|驳回|撤销|变更|确认违法|确认无效|责令|判决|裁定|撤诉|败诉|胜诉/;
/** A second verb joined right after a count: 并, 且, 并且, 同时. */
const ALSO_DONE = /^(?:并且?|且|同时)/;
/** A later verb's negation: 尚未报送备案, 未予受理, 没有审结, and one by a time (未在规定时限内报备, 未于期限内审结). */
const NEGATED_BEFORE_VERB = /(?:尚未|未予|未|没有|不予|暂未)[^,;:。]{0,4}$|未(?:在|于|按)[^,;:。]{1,8}?(?:内|前|期)$/;
/** 对 opening an object, not a word it is part of (相对, 针对, 对于, 对照 …, 点对点, 一对一). */
const OBJECT_WORD = String.raw`(?<![相面针绝反核应比校配点])对(?![于照接外标象待点])(?!(?<=一对)一)`;
/** An object opened by 对 between a count and a later verb: 先后8次专门对…出庭应诉工作作出批示. */
const OBJECT_AFTER_COUNT = new RegExp(OBJECT_WORD);
/**
 * An object a later verb acts on, opened by 对 shortly before the number: 对保留的6件政策性文件开展合规性审查; not what
 * someone was not content with (对复议决定不服向法院起诉的23件), whose verb after it is the count's own.
 */
const OBJECT_OPENER = new RegExp(OBJECT_WORD + String.raw`(?![^,;:。对]{0,8}?不服)(?=[^,;:。对]{0,12}$)`);
/**
 * An object opened by 对, then the clause's verb (对案件组织听证, 对重大疑难案件开展听证审理19次; not 开展调解45件, its cases'
 * outcome), or a verb of review right before the count (对规范性文件审核748件): what comes after the verb is no part of the object.
 */
const VERB_AFTER_OBJECT = /^对[^,;:。]{1,12}?(?:组织|召开|举行|开展(?=[^,;:。]{0,4}?听证))|^对[^,;:。]{1,16}?(?:审核|审查|清理)了?(?:共|计|达)?$/;
/** What follows a number that counts cases and says what was done to them: 2223起案件…出庭应诉, 323件行政争议调解、和解、撤诉, 2件因…撤回, 对30余件涉企执法案件进行了评查, 对87件行政处罚案件实施集中评查, 对52件文件逐件梳理, 对…文件23件开展合法性审核 (not 开展合规性审查 of policies), 188宗调撤结案. */
const VERB_FOLLOWS = /^(?:案件|行政争议|(?:因|通过|经|以|被|依法|作出|予以|判决|裁定)|[^,;:。]{0,10}?(?:进行|实施|逐件|逐一|逐项)了?|[^,;:。]{0,10}?开展了?(?=合法性)|[^,;:。]{0,6}?结案|已(?:经)?(?:审结|办结))/;
/** A list item that names nothing but its year, and where the rate moved to: 2021年行政机关败诉率为14.2%、2022年为11.6%、2023年则下降为8.3%. */
const YEAR_ITEM = /^、\s*\d{4}年度?(?:则|又|再|进一步)?(?:下降|降低|减少|上升|提高|提升|增加|回落|降|升)?(?:为|是|达|达到|至|到)?\s*$/;
/**
 * Things honoured, counted (2件规范性文件被省司法厅评为优秀规范性文件, 1件行政许可案卷获评优秀执法案卷,
 * 12名法律明白人被评为省级优秀…), or graded (参评的6件案卷获优秀等次, 4件案卷评定为优秀): the count is of the award or
 * the grade, not the catalogue's figure.
 */
const AWARDED = /^[^,;:。]{0,16}?(?:被[^,;:。]{0,24}?(?:评为|评选为|命名为|授予)|评定为|获评|荣获|入选|获得?[^,;:。\d]{0,6}?(?:优秀|良好|合格|较好|一等|二等|三等))/;
/**
 * Places, bodies, problems and working days counted by 个 right after the number: 设立调解室、听证室等6个功能区域,
 * 11个执法单位, towns (抽查24个镇的案卷), the kinds cases fall in (涉及28个管理范围, 9个案由), 解决…纠纷等4个实际难题, 应诉人员集中脱产培训达到15个工作日,
 * mediation bodies (3个企业调委会, 1个教师小区人民调解工作室), and firms named as something (新增22个企业作为立法联系点),
 * not as parties to cases.
 */
const FOREIGN_FOLLOW = /^[^,;:。、]{0,8}?(?:单位|部门|机构|窗口|区域|领域|行业|场所|站|室|中心|组织|委员会|队伍|平台|网点|实践点|示范点|基地|阵地|乡镇|街道|社区|村|方面|环节|维度|范围|类别|类型|种类|案由|难题|问题|工作日)|^[^,;:。、\d]{0,12}?(?:调委会|调解室|调解工作室)|^[市县区省州旗镇乡]|^(?:企业|公司|商户|市场主体)(?![^,;:。、]{0,8}?(?:案件|申请|诉讼|复议|纠纷|争议))/;
/** What the words right after a quantity are read for, asked together first (see PatternSet). */
const FOLLOW_PATTERNS = new PatternSet([FOREIGN_FOLLOW, AWARDED, OTHER_THINGS_FOLLOW, VERB_FOLLOWS]);
/**
 * Printed matter: publicity made or handed out (印发宣传册300份, 制作…展板12块、解读图表5份) and writings on the work
 * (败诉案件分析报告1份, 白皮书1期), whatever verb or topic stands before them, counted in their own units; not events of which
 * handing it out is one kind (…发放宣传资料、设置展板等30余场次), files (案卷资料120卷) or people on a register (登记在册2000名).
 */
const PRINTED_MATTER = /(?:展板|图表|图解|(?<!在)[手画]?册|资料|海报|折页|传单|挂图|横幅|标语|彩页|明白纸|读本|宣传品|报告|简报|白皮书|论文)$/;
const PRINTED_UNIT = /^(?:份|册|本|张|块|幅|条|套|篇|期)$/;
/** Leads that say the number counts something else (问题8047个, 议题的合法性审查45件, 民事案件, 公开…信息): any one is enough. */
const OTHER_THING_HEADS = new PatternSet([FOREIGN_HEAD, OTHER_REVIEWED, OTHER_KINDS_WITH, PUBLISHED_INFORMATION, PRINTED_MATTER]);
/**
 * A cue not done (不予受理, 未纳入清理范围), not done yet (尚在审理, 终止审理), handed on to
 * another body (向复议机构移交复议申请300多件, 上报县级…0件), only helped with (协助化解, 协助化解行政复议案件7件, 配合市人民政府办理…)
 * or carried over from the year before (2022年度结转行政诉讼案件19宗, not past their count: 上年结转3件、新收9件): what it
 * counts is no figure of the body's year; but cases closed together with those carried over (连同上年结转案件共结案102件) are.
 */
const NEGATED = /(?:不予|未予|未|不|没有|无|终止|尚在|正在|仍在|尚未)(?:纳入|列入)?$|(?:协助|配合)(?:[^,;:。\d]{0,12}?(?:化解|办理|处理|审理|审结|调处))?(?:行政)?$|(?:移交|转交|转送|移送|上报|上交)(?:给|至|到)?[^,;:。]{0,8}$|(?<!(?:连同|加上|包括|含)上一?年度?的?)(?:结转|旧存)[^,;:。\d]{0,8}$/;
/**
 * Between a cue and its number, where the topic comes from before the
 * sentence, only words that keep the cue's object the topic's own (决定维持
 * 原具体行政行为35件, 发案量为2716件, 通过调解等方式结案15件, 以调解和解方式结案件186宗, 调解或因和解终止结案367件, 经调解终止审理297件,
 * 调解和解后终止38件,
 * 判决确认行政行为违法、撤销、变更和责令履行法定职责9件, 纠正违法或者不当的行政行为213件, 举行听证会318场; when the things counted
 * were issued, 清理2021年至2022年期间下发的742个文件; or still in force, 梳理现行有效文件412件; the domain's own things named in
 * general (清理文件386件 after a sentence on normative documents);
 * entered in a register, 予以备案登记22件; the year before's value it changed from, 纠错率较2022年的31.18%下降至10.98%): 审查涉法事项1510件
 * counts other things. A label's colon keeps it too (收案:2107件 under a line naming the topic).
 */
const INHERITED_GAP =
  /^(?:[\s了的共计合总累达为有至到在约近是均原已或和高低仅只数量件”":：]|\d{4}年度?|(?:较|比|由|从)(?:\d{4}年度?|去年|上年)(?:同期)?的?\d+(?:\.\d+)?\s*[%％]?(?:下降|降低|回落|减少|上升|提高|提升|增长|增加)?|期间|以来|现行有效|下发|印发|制发|出台|登记|数量|案件|会$|申请人?|行政行为|具体行政行为|违法|或者|不当|方式|途径|形式|等|以及|其他|其它|和解|调解|撤回|因|后(?=终止|结案)|终止|结案|审结|办结|处理|化解|行政纠纷|行政争议|审理|决定|作出|撤销|变更|确认|无效|责令|履行|法定|职责|重新|复议|诉讼|行政|依法|一审|二审|直接|主动|立案|保持|升|降|提高|提升|成功|活动|人数|群众|农民工|人员|师生|学生|青少年|居民|村民|市民|职工|干部|老人|老年人|妇女|儿童|未成年人)*$/;
/**
 * Where the topic comes from an earlier clause of the sentence, the words
 * between a cue and its number may be anything but another object
 * (审核政府合同协议6217件,审核党委、政府重要文件1.38万件: the second counts documents). 建议 before what is done to the
 * documents (建议修改2件、建议废止1件) is that act recommended, no suggestions counted.
 */
const OTHER_OBJECT = /文件|公文|文书|纪要|议题|事项|事件|意见|建议(?!修改|修订|废止|保留|继续|宣布|失效|撤销|取消)|问题|线索|资料|材料|课题|项目|主体|规章|制度|方案|清单|合同|协议(?!履行率)|决策|(?<!工作)报告|行政处罚(?!案卷)|(?:烦|闹|揪|忧)心事|难事|实事|好事/;
/** What a count may be of: another object, or cases, which only some domains count (their `objects` say so). */
const COUNTED_THING = new RegExp(`案件|${OTHER_OBJECT.source}`);
/**
 * A clause that names a counted set as the ground for what follows
 * (在新收的64件行政诉讼案件中, 已审结的1,386件一审行政案件中): the sentence after it
 * breaks that count down. Not 正在审理中: a state, not a set.
 */
const WITHIN_OPENER = /^\s*(?:其中\s*[,，]?\s*)?在?[^,;:。]{0,30}?\d(?:[\d,]*\d)?\s*(?:件|起|宗|个|项|份|名|人|次)[^,;:。]{0,24}?(?:案件|纠纷|申请|事项|文件|诉讼|复议|合同)(?:中|当中|之中)\s*[,，:：]?\s*$/;
/**
 * Words that turn a sentence to a breakdown by some dimension (按案涉行政领域划分, 按受理法院分,
 * 从收案途径来看, 从地域分布看, 从季度分布看, 分乡镇看, 从败诉原因看) or to a ranking of bodies (新收案件居前五位的地区依次为…;
 * 前两位是柳川18430件、东岭17962件; 数量较少的地区分别为青禾19件、西岭37件; the kinds with the most: 败诉较多的是土地征收(214件)、…; a rate's: 出庭应诉率较高的是桃源县(100%)、…,
 * 败诉率处于前五位的分别为乡镇政府涉诉案件,该类案件败诉率高达30.4%; the kinds most often met: 四类行政行为最为常见。其中,…):
 * each body's in turn (各法院受理情况:A法院受理19件,…;B法院…; 从各区涉诉情况看,A区涉诉371件,…), each audience's (面向学生——…活动74场):
 * the counts after them are parts, no figure. Not 从结案方式看
 * or 从审理结果看: outcomes (调撤, 纠错) are the catalogue's own figures.
 */
const BREAKDOWN_TURN =
  /面向[^,;:。\d—]{1,10}——|各(?:法院|地区?|县区|区县|县市区|乡镇|街道|部门|单位|市州|州市)[^,;:。\d]{0,8}?(?:情况|分布)\s*[:：]|(?:按|从)[^,;:。\d]{0,6}?各(?:法院|地区?|县区|区县|县市区|乡镇|街道|部门|单位|市州|州市|区|县|市)[^,;:。\d]{0,8}?(?:来看|看)\s*[,，:：]|(?:按|从)[^,;:。\d]{0,12}?(?:类型|类别|领域|行为|途径|渠道|区域|地域|区属|属地|层级|级别|主体|机关|被告|被申请人|案由|原因|性质|来源|系统|行业|季度|月份|法院|地区|乡镇|部门|单位)(?:角度)?(?:分布|情况|构成|结构)?(?:划分|分类|区分|统计|来看|看|分)\s*[,，:：]|分[^,;:。\d]{0,4}?(?:乡镇|街道|地区|区域|县区|区县|县市区|市县|市州|州市|法院|部门|单位|层级|级别|类型|类别|领域|行业|案由)(?:来)?看\s*[,，:：]|(?:居|位居|排名?|排在|位列|处于)前[一二三四五六七八九十\d]+(?:位|名)?|前[两二三四五六七八九十\d]位(?:是|为|依次)|(?:较多|较少|最多|最少|偏多|偏少)的(?:地区|地方|州市|市州|县区|区县|县市|市县|单位|部门|法院|乡镇|街道|领域|类型|类别|案由|行业)?(?:分别|依次)?(?:为|是|有)|率(?:最高|最低|较高|较低|偏高|偏低)的(?:地区|地方|州市|市州|县区|区县|县市|市县|单位|部门|法院|乡镇|街道)?(?:分别|依次)?(?:是|为|有)|(?:类|种)[^,;:。\d]{0,8}?(?:最为|最|较为|比较)(?:常见|多见|多发)/;
/**
 * The kinds or places most cases fall in (…集中在, 败诉案件分布在区住建局(2件)、…, 城建、公安三大领域仍居前列): its own sentence's counts after it are parts,
 * the next sentence's are not.
 */
const CONCENTRATED = /(?:类型|类别|领域|案由|案件)(?:主要|多|相对|较为)?(?:集中(?:分布)?|分布)(?:在|于)|[、和][^,;:。\d]{1,12}?[两二三四五六七八九十几]大(?:传统|主要|重点)?[^,;:。\d]{0,8}?(?:领域|类型|类别|行业)/;
/** Something taken as the example (以调解中心为例); not a period so taken (以2017年前三季度为例, the figures of that period). */
const EXAMPLE_TAKEN = String.raw`以(?![^,;:。]{0,12}?(?:年|季度|月份?)为例)[^,;:。]{1,40}?为例`;
/** An example or an anecdote opens the sentence (例如,…; 如某村民小组…). */
const EXAMPLE_OPENER = new RegExp(String.raw`^\s*(?:${EXAMPLE_TAKEN}|在(?:另一|这一?|某一?|一)[起个件][^,;:。]{0,20}?(?:案件|案例|纠纷)中|例如|比如|如(?=在?某))`);
const EXAMPLE_REACH = 64;

/** The sentence opens on an example or an anecdote (例如,…; 在另一起案件中,…): asked of the sentence before one that may state a zero. */
export function opensOnExample(body: string, sentence: Sentence): boolean {
  return EXAMPLE_OPENER.test(body.slice(sentence.start, sentence.start + EXAMPLE_REACH));
}
/** An example taken mid-sentence (…持续增多,以市政府本级复议为例,2022年共处理…11件): the counts after it are the example's. */
const EXAMPLE_TURN = new RegExp(String.raw`[,，;；]\s*${EXAMPLE_TAKEN}\s*[,，:：]`);

/** Where an example taken mid-sentence begins, or past the sentence's end. */
function exampleTurnIn(text: string, sentenceStart: number): number {
  if (!text.includes("为例")) return Infinity;
  const turn = EXAMPLE_TURN.exec(text);
  return turn ? sentenceStart + turn.index : Infinity;
}
/**
 * One person's doing, their own count (3年来,他积极参与…,已成功化解150余件; 经过我调解的矛盾纠纷有1000多起), or one
 * unnamed official's (某乡党委书记在一场…庭审中…推动…调解结案9宗), or one named by age (今年58岁的吴秀兰…累计调解纠纷1300余件): not the body's.
 */
const ONE_PERSON_SUBJECT =
  /^\s*(?:[^,;:。]{0,12}[,，]\s*)?(?:[他她](?!们)|(?:经过|经|由)?我(?![市县区省州旗盟局院委厅镇乡街办所国们部司单校会站庭队组处科中村社]))|^\s*某[\u4e00-\u9fff]{0,8}?(?:书记|县长|区长|市长|镇长|乡长|局长|主任)(?![们等])|^\s*(?:今年|现年)?\d{1,3}\s*岁的/;
const NOT_COUNTED = /不计入/;
/** "In total" or "in that year", opening a clause. */
const TOTAL_WORDS = String.raw`^\s*(?:\d{4}年度?|全年|当年|今年)?(?:共|共计|合计|总计|累计|计)?`;
/** A clause that says nothing before its number but "in total" or "in that year". */
const TOTAL_ONLY = new RegExp(String.raw`${TOTAL_WORDS}(?:为|有|达|达到)?\s*$`);
/** The baseline a move starts from, a year's or a bare rate: 由2020年的10.17%, 从15%. */
const MOVED_FROM_BASELINE = String.raw`(?:由|从)\s*(?:\d{4}\s*年度?的?)?\s*\d+(?:\.\d+)?\s*%`;
/**
 * A clause that says nothing before its number but that, or what it fell or rose to: 2023年降至5.2% after 败诉率持续下降,
 * or 由2020年的10.17%上升至2023年的34.81% after 调撤率逐步提升;
 * or the documents the clause before took up (开展规范性文件清理,共涉及文件128件), or the people it named trained or engaged
 * (实现“法律明白人”全覆盖,累计培养1466名).
 */
const TOTAL_OR_REACHED_ONLY = new RegExp(
  String.raw`${TOTAL_WORDS}(?:${MOVED_FROM_BASELINE})?(?:为|有|达|达到|降至|降到|升至|升到|(?:下降|降低|回落|上升|提高|提升|增长|增加|减少)(?:至|到)(?:\d{4}\s*年度?的?)?|涉及(?:各类)?(?:规范性)?文件|(?:培养|培育|选聘|聘任)了?)?\s*$`,
);
/**
 * A count right after X中有 is some of X, told by what follows it (提请审查的规范性文件中有4件内容违法):
 * the words before 中有 name X, not the count (其中有 opens a list's item instead).
 */
const SOME_OF = /(?<!其)中\s*[,，]?\s*有\s*$/;
const SOME_OF_REACH = 6;
/** How far before a count its clause's verb stands when it is the verb right before it (共审结52件). */
const VERB_RIGHT_BEFORE = 4;
/**
 * What joins two nouns into one count: 和, 及, 与, 、 (with a few characters of qualifier, or a clause on the second that ends on
 * 的: 规范性文件和以市政府名义签订的合同协议216件), and the items of a list
 * between them, none counted, right after the first (规范性文件、其他文件及合同协议; not 复议进园区、进商会、进企业宣传);
 * or nothing, the two run together (行政复议行政应诉案件总数为1006件).
 */
const JOINER = /^[^,;:。]{0,4}(?:和|及|与|、|以及)(?:[^,;:。和及与、]{0,4}|[^,;:。\d和及与、]{1,16}的[^,;:。和及与、]{0,4})$|^(?:和|及|与|、|以及)(?:[^,;:。\d和及与、]{1,8}(?:和|及|与|、|以及))+[^,;:。和及与、]{0,4}$|^$/;
const FOLLOW_TOPIC_REACH = 8;
const JOINED_NEXT = /^(?:和|及|与|以及)/;
const ASIDE_AFTER = /^[(（]$/;
/** How far before a quantity its cue may stand: bounds the work on 100,000-character lines. */
const LEAD_REACH = 120;
/** How much of its clause after a quantity says what it is doing (与上年同期的80件相比, 超过40件的有3个). */
const AFTER_REACH = 24;
/** How far after a quantity a later verb may stand (对16件规范性文件进行合法性审核). */
const LATER_VERB_REACH = 40;

/** What the engine knows of the sentence it reads: its text, its topic words and the topic it inherits. */
interface Reading {
  body: string;
  sentence: Sentence;
  hits: readonly TopicHit[];
  /** the topics the sentence stands under when its own words name none (an earlier sentence's, or its heading's) */
  inherited: Inherited;
  /** those handed on from before the sentence that handed it `inherited`, asked only where none of those can count */
  inheritedBeyond: () => Inherited;
  /** the figure a sentence opening on 其中 lists the parts of, stated in the sentence before */
  headBefore: StatedHead | null;
}

/**
 * What a head figure counts: its topic and its rule, and whether it counts all
 * administrative cases (受理各类行政案件1599件); and the ids of every whole figure
 * its sentence stated, whose parts the list may give.
 */
export interface StatedHead {
  domain: Domain;
  rule: MetricRule;
  broad: boolean;
  statedIds: ReadonlySet<string>;
}

/** What the document tells the engine about a sentence before it is read. */
export interface SentenceHints {
  /** it holds a word that may state a zero (零败诉, 未发生…) */
  mayStateZero: boolean;
  /** the sentence before it, in its paragraph, turned to a breakdown and stated nothing (从败诉行政机关来看,…薄弱环节。) */
  breakdownCarried: boolean;
  /** it opens on 其中 and the sentence before it, in its paragraph, stated this figure (共新收…1827件。其中…) */
  headBefore: StatedHead | null;
  /** it opens on 其中 and the sentence before it, in its paragraph, counted things outside the catalogue (律师办理各类法律事务…件。其中…) */
  outsideHeadBefore: boolean;
  /** it opens on 其中 and the sentence before it stated figures of these domains only for a narrower scope (市中院共受理…469件。其中,受理一审…76件): by domain name, that scope */
  narrowBefore: ReadonlyMap<string, Scope>;
  /** the text is a government information disclosure report: the same for every sentence of it */
  disclosureReport: boolean;
}

/**
 * The figures of sentence `index`, given its quantities (the scanner reads
 * the body once) and what the sentences around it say (SentenceHints).
 */
export function findInSentence(
  body: string,
  sentence: Sentence,
  index: number,
  topics: TopicIndex,
  quantities: readonly Quantity[],
  { mayStateZero, breakdownCarried, headBefore, outsideHeadBefore, narrowBefore, disclosureReport }: SentenceHints,
  reportYear: number | null,
): Finding[] {
  // most sentences state no figure; those on no topic, naming none and inheriting none, hold none either
  const figures = hasFigures(quantities);
  if (!figures && !mayStateZero) return [];
  // an example's figures (以调解中心为例,…), an anecdote's (在另一起案件中,…), one person's (他…) or one village's are not the body's
  const opening = body.slice(sentence.start, sentence.start + EXAMPLE_REACH);
  if (EXAMPLE_OPENER.test(opening) || ONE_PERSON_SUBJECT.test(opening) || VILLAGE_SUBJECT.test(opening)) return [];
  // figures a sentence says are left out of the body's statistics (根据规定不计入本省统计数据)
  const text = body.slice(sentence.start, sentence.end);
  if (NOT_COUNTED.test(text)) return [];
  const hits = topics.hitsIn(index);
  const inherited = topics.inheritedBy(index);
  const zeros = mayStateZero ? zeroFindings(body, sentence, topics.domains, hits, inherited) : [];
  // the parts of another thing's count are no figures of the catalogue's (其中,办理诉讼案件6.3万件 after 律师办理各类法律事务)
  if (!figures || (hits.length === 0 && inherited.length === 0) || outsideHeadBefore) return zeros;
  const exampleAt = exampleTurnIn(text, sentence.start);
  const read = candidatesIn(body, sentence, quantities, breakdownCarried, opensOnGoal(body, sentence, reportYear), disclosureReport, reportYear, text.includes("分别"));
  // most sentences take no example mid-way: their candidates are not copied
  const candidates = exampleAt === Infinity ? read : read.filter((candidate) => candidate.quantity.start < exampleAt);
  if (!candidates.some((candidate) => candidate.role.kind === "value")) return zeros;
  const reading: Reading = { body, sentence, hits, inherited, inheritedBeyond: () => topics.inheritedBeyond(index), headBefore };
  const findings: Finding[] = [];
  const lists = listSpans(body, sentence);
  let listHead: ListHead | null = null;
  /** the figure a change right after it belongs to */
  let lastFinding: Finding | null = null;
  /** a change no figure before it took, for a figure whose evidence will hold it (同比增长30.6%,达到1,268件) */
  let pendingChange: Candidate | null = null;
  /** each rule's largest whole figure so far: kept as figures are found, since a sentence may hold thousands */
  const wholeMost = new Map<MetricRule, number>();
  /** the values rates moved from, dropped once the sentence is read: a sentence may hold thousands */
  const movedFrom = new Set<Finding>();
  const keep = (finding: Finding): void => {
    findings.push(finding);
    if (finding.scope === "whole") wholeMost.set(finding.rule, Math.max(wholeMost.get(finding.rule) ?? -Infinity, finding.quantity.value));
  };

  candidates.forEach((candidate, index) => {
    const { role } = candidate;
    if (role.kind === "change") {
      if (lastFinding) attachChange(candidate, lastFinding);
      else pendingChange = candidate;
      lastFinding = null;
      return;
    }
    if (role.kind !== "value") {
      const rate = role.kind === "ignored" && role.reason === "share" ? shareAsRate(body, candidate, lastFinding) : null;
      if (rate) keep(rate);
      // a change after a part or a share (行政处罚类349件,同比增长10%) is that part's, not the figure's before it
      if (role.kind === "ignored" && OWN_CHANGE_REASONS.has(role.reason)) lastFinding = null;
      return;
    }
    const inList = listHead?.list !== undefined && listHead.list.start <= candidate.quantity.start && candidate.quantity.start < listHead.list.end;
    const year = yearOfLead(body, candidate) ?? yearOfClauseBefore(body, candidate) ?? yearOfStretch(body, candidate);
    const yearItem = yearItemOf(body, candidate, findings[findings.length - 1]);
    const byOwnWords = yearItem ?? bind(reading, candidate, inList ? listHead : null, nextStart(candidates, index, sentence.end, isFigure)) ?? totalOfParts(body, candidate, findings);
    const moved = byOwnWords ? null : movedTo(body, candidate, lastFinding);
    // the value a rate moved from (…为8.3%,今年下降至5.1%) is its baseline, no figure
    if (moved && lastFinding) movedFrom.add(lastFinding);
    const found = byOwnWords ?? moved;
    const otherYear = year !== null && reportYear !== null && year !== reportYear;
    const item = inList ? listItem(body, sentence, candidate, listHead!) : null;
    const someOf = found !== null && PART_LEAD.test(body.slice(candidate.leadStart, candidate.quantity.start));
    const bound = found && otherYear ? { ...found, scope: "period" as const } : someOf ? { ...found, scope: "part" as const } : item ? narrowedToHead(body, found, listHead!, hits, item) : found;
    // an item that counts what its head counts (调解1200件,其中成功调解1100件) is a part of that figure; one year's count is not
    const list = inList ? undefined : listHeadedBy(lists, candidate.quantity, nextStart(candidates, index, sentence.end, isValue));
    // a count whose parts include cases of other kinds (诉讼案件45起,其中民事诉讼30起…) is no catalogue figure
    const itemTopics = list === undefined ? NO_HITS : countedInList(body, list, hits);
    const mixed = itemTopics.some((hit) => hit.domain === OTHER_CASES);
    const acrossTopics = totalAcrossTopics(body, candidate, itemTopics);
    // not what the head's things gave rise to (收到政府信息公开申请3件…。其中,发生1起…行政复议案件): a count of its own
    const partOfOutside = item !== null && listHead!.outside && !item.pastStretch && !arisesFromHead(body.slice(candidate.leadStart, candidate.quantity.start));
    // an item counting what a whole figure before its list in the sentence counted, fewer of them, is some of those (…出庭应诉案件523件,
    // 出庭应诉率达99.8%,其中“一把手”出庭86件), whatever figure heads the list; the list's own items of one rule are kinds side by side
    const someOfEarlier = (): boolean => bound !== null && (listHead!.wholeBefore.get(bound.rule) ?? -Infinity) > candidate.quantity.value;
    const ownFinding =
      mixed || acrossTopics || partOfOutside || (inList && year === null && ((listHead!.negated && !MEDIATED_ITEM.test(body.slice(candidate.leadStart, candidate.quantity.start))) || bound?.rule === listHead!.rule || bound?.rule === listHead!.jointRule || someOfEarlier())) ? null : bound;
    // one year's count in a list of years under a total of several (其中,2016年,受理…2893件;2017年,…) is that year's figure, no part
    const listedPart = ownFinding && year === null ? listedAfter(body, ownFinding, headBefore, narrowBefore) : ownFinding;
    // an item whose own verb repeats its broad head's (其中,受理行政诉讼案件6299宗 after 受理各类行政案件10447宗) still splits the lawsuits off
    const ofAllKinds = item ? lawsuitsOfAllKinds(body, candidate, listHead!) : undefined;
    const split = ofAllKinds !== undefined ? ofAllKinds : ((listedPart?.scope === "whole" ? listedPart : lawsuitsSplitOff(body, candidate, inList ? listHead : headBefore)) ?? listedPart);
    const finding = split && sharesOwnKindsTotal(body, split) ? null : split;
    if (finding && pendingChange && finding.start <= pendingChange.quantity.start) attachChange(pendingChange, finding);
    pendingChange = null;
    if (finding) keep(finding);
    const joint = finding ? (jointVerbFinding(body, finding) ?? doneBeforeLaterVerb(body, finding)) : null;
    if (joint) keep(joint);
    if (!inList) {
      // a mixed count still heads its list: its items of its own kind stay its parts
      const headFinding = mixed ? bound : finding;
      const shared = headFinding ? null : sharedWithOtherKinds(body, candidate);
      const headLead = body.slice(candidate.leadStart, candidate.quantity.start);
      listHead = {
        candidate,
        domain: headFinding?.domain ?? shared?.domain ?? null,
        rule: headFinding?.rule ?? shared?.rule ?? null,
        jointRule: joint?.rule ?? null,
        broad: shared !== null || (list !== undefined && headFinding !== null && splitsLawsuitsOff(body, headFinding, list, mixed)),
        // not words an aside lists (结案(含…不予受理及受理后审结)198件): what the count holds, not what it counts
        negated: NEGATED_LEAD.test(maskEnclosed(headLead)) || (headFinding === null && SUBJECT_SUBSET.test(headLead)),
        outside: shared === null && hitsFrom(hits, candidate.leadStart, candidate.quantity.start).some((hit) => isOutsideCatalogue(hit.domain) && hit.end <= candidate.quantity.start),
        list: acrossTopics ? undefined : list,
        stretchEnd: undefined,
        // read only by the items of its list: copied only where it heads one
        wholeBefore: list ? new Map(wholeMost) : NO_WHOLES,
      };
    }
    lastFinding = finding;
  });
  const kept = movedFrom.size === 0 ? findings : findings.filter((found) => !movedFrom.has(found));
  const stated = respectiveYears(body, sentence, text, withoutSeparateParts(body, withoutSeparateKinds(body, soleCountsRates(kept))), candidates, reportYear);
  return zeros.length ? [...stated, ...zeros].sort((a, b) => a.start - b.start) : stated;
}

/** Those of one subject, named by what they concern (涉及营商环境的文件, 涉企的): a part of what the sentence before counted. */
const SUBJECT_SUBSET = /涉及?[^,;:。\d]{1,16}的/;

/**
 * A rate's next value in the clause after it, said by the verb that moved it there and no name of its own (去年…败诉率为8.3%,
 * 今年下降至5.1%): the rate's value, and the one before it what it moved from.
 */
function movedTo(body: string, candidate: Candidate, last: Finding | null): Finding | null {
  if (!last || candidate.quantity.kind !== "percent" || last.quantity.kind !== "percent") return null;
  if (!MOVED_TO_LEAD.test(body.slice(candidate.leadStart, candidate.quantity.start))) return null;
  return { domain: last.domain, rule: last.rule, scope: last.scope, quantity: candidate.quantity, start: candidate.leadStart, end: candidate.quantity.end, change: null };
}

/** Only the period and the move, no subject of its own (全省平均提升至95% is another's): 今年下降至, 2024年又提升到. */
const MOVED_TO_LEAD = /^\s*(?:今年|本年度?|当年|\d{4}\s*年度?)?\s*(?:又|再|进一步|同比|较上年|比上年)?(?:下降|降低|回落|减少|上升|提高|提升|增长|增加|降|升)(?:至|到)\s*$/;

/**
 * A share of all the cases right after a count whose rule names the rate it is (败诉38件,占结案总数的9.2%;
 * 调解、和解方式结案52件,占32.5%; 纠错18件,占审结案件的11.25%): that rate, of the count's scope. Not a share of a wider
 * whole's (占全省败诉案件的12.1%), nor one kind's of the count (撤销2件,占审结总数的1.3%).
 */
function shareAsRate(body: string, candidate: Candidate, count: Finding | null): Finding | null {
  const id = count?.rule.shareIs;
  if (!count || !id || candidate.quantity.kind !== "percent") return null;
  // one kind of the count's (撤销2件,占审结总数的1.3%) is no share of them all
  if (count.rule.kinds?.test(body.slice(count.start, count.quantity.start))) return null;
  const words = body.slice(candidate.leadStart, candidate.quantity.start);
  const share = SHARE_OF_ALL_CASES.exec(words);
  const rule = count.domain.rules.find((other) => other.id === id);
  // a share with a subject of its own is that subject's (其中因程序违法被纠错的占四成以上: some of the count, by cause)
  if (!share || !rule || !NO_SUBJECT.test(words.slice(0, share.index))) return null;
  const start = candidate.leadStart + share.index + share[0].length - share[0].trimStart().length;
  return { domain: count.domain, rule, scope: count.scope === "share" ? "whole" : count.scope, quantity: candidate.quantity, start, end: candidate.quantity.end, change: null, shareOf: count };
}

/** Words before a share's 占 that give it no subject of its own: its whole at most (在全部审结的…案件中占到了), an approximation (约占). */
const NO_SUBJECT = /^\s*(?:在[^,;:。]{1,24}?中)?[\s约近共均达为]*$/;

/**
 * Rates read from shares, where their count is the only one of its kind in the sentence: counts of one kind side by side
 * (一审…撤诉96件,占比23.1%;二审…撤诉11件; 2022年…312件;今年1至9月…205件,占…24%) are parts, of instances or of stretches of time.
 */
function soleCountsRates(findings: Finding[]): Finding[] {
  if (!findings.some((found) => found.shareOf)) return findings;
  // counted once, so a sentence of thousands of shares stays linear
  const perRule = new Map<MetricRule, number>();
  for (const found of findings) perRule.set(found.rule, (perRule.get(found.rule) ?? 0) + 1);
  return findings.filter((found) => !found.shareOf || perRule.get(found.shareOf.rule) === 1);
}

/**
 * A wider place's whole, of which a share is no rate of the body's own (占全省败诉案件的12.1%): all of one, or a prefecture or
 * province by its name (占阿克苏地区“法律明白人”总数的40%); not a city's by name, as 城市 and 都市 end like one.
 */
const WIDER_PLACES = String.raw`全(?:国|省|市|区|县|州|盟|旗|地区)|[\u4e00-\u9fff]{2,6}?(?:省|地区|自治州)`;

/**
 * A count whose share of its own kind's total follows it (…最终化解行政争议277件,占协调化解案件总数的35.1%): some of those, split
 * by who took part, no figure; not a share of a wider place's (占全省败诉案件总数的12.1%).
 */
function sharesOwnKindsTotal(body: string, found: Finding): boolean {
  const share = SHARE_OF_TOTAL_AFTER.exec(body.slice(found.quantity.end, found.quantity.end + SHARE_OF_TOTAL_REACH));
  return share !== null && (found.rule.before?.test(share[1]!) ?? false);
}

const SHARE_OF_TOTAL_AFTER = new RegExp(String.raw`^\s*[,，]\s*占(?!${WIDER_PLACES})([^,;:。\d]{1,16}?)(?:总数|总量)`);
const SHARE_OF_TOTAL_REACH = 30;

/**
 * 占 with all the cases, concluded or received, as its whole (占一审结案总数的, 占比, 占, or 占结案率 for 占结案数的), not a wider place's
 * nor one outcome's.
 */
const SHARE_OF_ALL_CASES = new RegExp(
  String.raw`\s*占(?:到了?|比(?:为|达)?|(?:结案|审结|办结)率|(?![^,;:。\d]{0,16}?(?:${WIDER_PLACES}|败诉|调解|和解|化解|协调|撤诉|纠错))[^,;:。\d]{0,12}?(?:结案|审结|办结|受案|收案|案件)[^,;:。\d]{0,4}?的)?\s*(?:为|达)?\s*$`,
);

/**
 * Values listed after 分别为 in a sentence on a span of years, one for each year (2022年至2024年,…收案数分别为1.96万件、1.90万件、
 * 1.84万件; 同期…分别为…, on the span of a sentence before it in its paragraph): each is its own year's figure of the first
 * value's id, the report's year's a whole one, the others another period's. So after 分别 and a verb on years listed or spanned
 * before it (2021年、2022年、2023年分别开展0.9万场次、1万场次、1.2万场次), where roles let each value stand: in a text on no one year.
 */
function respectiveYears(body: string, sentence: Sentence, text: string, findings: Finding[], candidates: readonly Candidate[], reportYear: number | null): Finding[] {
  // searched in the sentence's text alone: a search of the body would run on to its end from every sentence
  let stated = findings;
  for (const respectively of text.matchAll(YEARS_RESPECTIVELY)) {
    const before = text.slice(0, respectively.index);
    // names listed before it (受理、审结数分别为45件、40件) are what the values are of, each over the span
    if (NAMES_LISTED_BEFORE.test(before)) continue;
    const span = yearSpanBefore(body, sentence, before, respectively[0] === RESPECTIVELY_AS);
    const values = span ? valuesListedAfter(body, candidates, sentence.start + respectively.index + respectively[0].length) : [];
    const head = span && listsEachYear(span, values.length) ? stated.find((found) => found.quantity === values[0]!.quantity) : undefined;
    if (!span || !head) continue;
    const listed = values.map((candidate, i): Finding => {
      const { quantity } = candidate;
      // the evidence runs from the head's cue, through the years before it
      return { ...head, quantity, start: head.start, end: quantity.end, change: null, scope: span.from + i === reportYear ? "whole" : "period" };
    });
    const others = stated.filter((found) => !values.some((candidate) => candidate.quantity === found.quantity));
    stated = [...others, ...listed].sort((a, b) => a.start - b.start);
  }
  return stated;
}

/** 分别为, or 分别 and the verb before the values (分别开展, 分别调处矛盾纠纷). */
const YEARS_RESPECTIVELY = /分别(?:为|[^\d,，;；。:：、()（）]{1,16}?(?=[\d一二三四五六七八九十两零〇百千万约近逾超]))/g;
const RESPECTIVELY_AS = "分别为";
/** Names listed by 、 in the clause right before the list, not years (2021年、2022年). */
const NAMES_LISTED_BEFORE = /[^\d\s年]、[^\d\s][^,，;；:：。]*$/;
const YEAR_SPANS = new RegExp(YEAR_SPAN.source, "g");
/** Years listed by 、 or 和 (2021年、2022年、2023年), each list of them: the last before a respectively-list is its. */
const YEARS_LISTED = new RegExp(LISTED_YEARS.source, "g");
/** How far back in its paragraph a sentence opening on 同期 looks for the span it shares. */
const SAME_PERIOD_REACH = 300;

/** A span of years: its first year and how many years it runs over; null for as many as are listed (2019年以来…分别为…). */
interface YearSpan {
  from: number;
  years: number | null;
}

/**
 * The span of years a list after 分别为 runs over: the sentence's own in the words before the list, or, after 同期,
 * the paragraph's last before the sentence. After 分别 and a verb, years listed one after another name it too.
 */
function yearSpanBefore(body: string, sentence: Sentence, beforeList: string, afterAs: boolean): YearSpan | null {
  const own = lastSpan(beforeList) ?? (afterAs ? null : consecutiveYearsListed(beforeList));
  if (own) return own;
  if (!afterAs || !beforeList.includes("同期")) return null;
  const paragraphStart = body.lastIndexOf("\n", sentence.start - 1) + 1;
  return lastSpan(body.slice(Math.max(paragraphStart, sentence.start - SAME_PERIOD_REACH), sentence.start));
}

/** The last years listed in some words, where they follow one another (2021年、2022年、2023年), as a span. */
function consecutiveYearsListed(text: string): YearSpan | null {
  const listed = [...text.matchAll(YEARS_LISTED)].pop();
  if (!listed) return null;
  const years = yearsOf(listed[0]);
  return years.every((year, i) => year === years[0]! + i) ? { from: years[0]!, years: years.length } : null;
}

function lastSpan(text: string): YearSpan | null {
  let span: YearSpan | null = null;
  for (const match of text.matchAll(YEAR_SPANS)) {
    const from = Number(match[1]);
    const years = Number(match[2]) - from + 1;
    if (years >= 2 && years <= MAX_SPANNED_YEARS) span = { from, years };
  }
  // a year the list runs on from (2018年以来,…败诉率分别为16.4%、11.36%…): one value a year from it
  if (span) return span;
  const since = [...text.matchAll(SINCE_YEAR)].pop();
  return since ? { from: Number(since[1]), years: null } : null;
}

const SINCE_YEAR = /(\d{4})\s*年度?以来/g;

/** Whether `listed` values are one for each year of the span: as many as its years, or two or more from the year it runs on from. */
function listsEachYear(span: YearSpan, listed: number): boolean {
  return span.years === null ? listed >= 2 : listed === span.years;
}

/** The values right after 分别为, each joined to the one before by 、 alone, or the last by 和. */
function valuesListedAfter(body: string, candidates: readonly Candidate[], from: number): Candidate[] {
  const listed: Candidate[] = [];
  for (const candidate of candidates) {
    if (candidate.role.kind !== "value" || candidate.quantity.start < from) continue;
    const previous = listed[listed.length - 1];
    const gap = body.slice(previous ? previous.quantity.end : from, candidate.quantity.start).trim();
    if (previous ? !VALUE_JOINER.test(gap) : gap !== "") break;
    listed.push(candidate);
  }
  return listed;
}

/** What joins a listed value to the one before it: 、, or 和 or 及 before the last. */
const VALUE_JOINER = /^(?:、|和|及)$/;

/**
 * A count after two verbs joined (受理并审结的复议案件共计38件, 审查和备案规范性文件54件, 审核备案…6件) counts
 * what each of them did: a figure of the other verb's rule too, where it is another rule of the domain.
 */
function jointVerbFinding(body: string, found: Finding): Finding | null {
  // names listed before 分别为 or 依次为 (收案、审结分别为45件、40件) each have their own value
  if (RESPECTIVELY_WORD.test(body.slice(found.start, found.end))) return null;
  const earlier = ruleJoinedBefore(body, found, 0, found.start);
  if (earlier) return { ...found, rule: earlier.rule, start: found.start - earlier.length };
  const after = JOINED_VERB_AFTER.exec(body.slice(found.start, found.start + JOINED_VERBS_CHARS));
  const later = after ? joinedRule(found, after[2]!, after[1]!) : null;
  if (later) return { ...found, rule: later };
  if (found.end <= found.quantity.end) return null;
  // a cue after the count (对7份…文件的备案审查) may be joined to a verb after it as well, or to one right before it (…文件审查备案)
  const next = VERB_JOINED_AFTER_CUE.exec(body.slice(found.end, found.end + JOINED_VERB_REACH));
  const alsoAfter = next ? joinedRule(found, next[2]!, next[1] ?? "") : null;
  if (alsoAfter) return { ...found, rule: alsoAfter };
  const cue = found.rule.laterVerb?.exec(body.slice(found.quantity.end, found.end));
  const alsoBefore = cue ? ruleJoinedBefore(body, found, found.quantity.end, found.quantity.end + cue.index) : null;
  return alsoBefore ? { ...found, rule: alsoBefore.rule } : null;
}

/**
 * A count read by a later verb whose things its lead names by what was done to them first (区政府出台的37件规范性文件全部…经法制办合法性
 * 审查; 制发的15件规范性文件均已报送备案): a figure of the first verb's rule too, where it is another rule of the domain; not
 * where the later verb takes up a stock of years (对…制发的296件…进行集中清理).
 */
function doneBeforeLaterVerb(body: string, found: Finding): Finding | null {
  if (found.end <= found.quantity.end || found.rule.takesStock) return null;
  const done = DONE_BEFORE_COUNT.exec(body.slice(Math.max(0, found.quantity.start - DONE_BEFORE_REACH), found.quantity.start));
  if (!done) return null;
  const rule = ruleCuedBy(found, done[1]!);
  return rule && rule !== found.rule ? { ...found, rule, start: found.quantity.start - done[0].length } : null;
}

/**
 * A verb of two characters and 的 right before a count (出台的37件), not one still to be done (拟发文的17件: drafts), nor one done
 * up to a date (2025年4月30日前印发的152件: the stock a clean-up took up, not the year's issuing); but 今年以来印发的15件 are the year's.
 * Not the hearing of 开庭审理的4件案件均由…负责人出庭: the cases heard, the appearance rate's base, are no cases handled.
 * Nor things sent in to be reviewed (各部门报送的387件文件开展合法性审查): sent, not filed.
 */
const DONE_BEFORE_COUNT = /(?<![拟待将前庭])(?!报送|提交|提请|报请)([\u4e00-\u9fff]{2})的\s*$/;
const DONE_BEFORE_REACH = 5;

/** The other rule a verb joined right before `at` cues (审查、备案; 审核备案), read back no further than `from`, and how long the joined words are. */
function ruleJoinedBefore(body: string, found: Finding, from: number, at: number): { rule: MetricRule; length: number } | null {
  const before = JOINED_VERB_BEFORE.exec(body.slice(Math.max(from, at - JOINED_VERB_REACH), at));
  // a verb of sending right before the cue says what the documents were sent for (报送审核的文件81件): one act, not two;
  // one after 经 says what the act was done upon (经审核印发7件: those issued, once reviewed)
  if (before && before[2] === undefined && (SENT_FOR.test(before[1]!) || body[at - before[0].length - 1] === "经")) return null;
  // a court's hearing joined to the closing (开庭审理并结案的79件) heard the cases it closed: no count of those handled
  if (before && HEARING.test(body.slice(Math.max(0, at - before[0].length - 2), at - before[0].length))) return null;
  const rule = before ? joinedRule(found, before[1]!, before[2] ?? "") : null;
  return rule ? { rule, length: before![0].length } : null;
}

/** The other rule of a figure's domain that a joined verb cues; steps every item passes may be listed by 、 or run together. */
function joinedRule(found: Finding, verb: string, joint: string): MetricRule | null {
  const rule = ruleCuedBy(found, verb);
  if (!rule || rule === found.rule || isStepWithin(rule, found.rule) || isStepWithin(found.rule, rule)) return null;
  return ACT_JOINT.test(joint) || bothSteps(rule, found.rule) ? rule : null;
}

/** The first rule of a figure's domain, counting in its unit, that a verb cues. */
function ruleCuedBy(found: Finding, verb: string): MetricRule | undefined {
  return found.domain.rules.find((candidate) => candidate.unit === found.rule.unit && candidate.before?.test(verb));
}

/** Whether a rule's verb, joined to another's, names a step of the other's act (清理和审查). */
function isStepWithin(step: MetricRule, act: MetricRule): boolean {
  return act.stepsWithin?.includes(step.id) === true;
}

/** Two rules that are steps every item passes (审查, 备案): listed together, each counted the same items. */
function bothSteps(a: MetricRule, b: MetricRule): boolean {
  return a.stage === true && b.stage === true;
}

/**
 * A verb of two characters and 并/和/及/、 (or nothing, 审核备案) right before a figure's cue, or 并/和/及/、 and a verb
 * right after its own two characters.
 */
const JOINED_VERB_BEFORE = /([\u4e00-\u9fff]{2})(并|和|及|、)?$/;
const JOINED_VERB_AFTER = /^[\u4e00-\u9fff]{2}(并|和|及|、)([\u4e00-\u9fff]{2})/;
const VERB_JOINED_AFTER_CUE = /^(并|和|及|、)?([\u4e00-\u9fff]{2})/;
/** A court's hearing, before the verb 审理 it is said with. */
const HEARING = /开庭$/;
/** Verbs that send a thing on for the act after them (报送审核, 提请审查, 提交备案). */
const SENT_FOR = /^(?:报送|报请|提请|提交|送交|呈报)$/;
/** What joins any two acts; 、 or nothing joins only steps every item passes. */
const ACT_JOINT = /^[并和及]$/;
/** How far each is read: a verb and its joint before the cue (or after a cue that follows the count); the cue's two characters, the joint and a verb after it. */
const JOINED_VERB_REACH = 3;
const JOINED_VERBS_CHARS = 5;

/**
 * In a sentence that opens on 其中, a count of what the sentence before stated whole is one of its parts
 * (化解4043件。其中,人民调解受理2345件,调处2283件;行政调解…调处673件); but its 新收 are the cases
 * received of a count that holds those carried over (共受理1352件。其中,新收案件1264件). The parts of a count the
 * sentence before stated only for a narrower scope are of that scope (市中院共受理…469件。其中,受理一审…76件,审结60件).
 */
function listedAfter(body: string, found: Finding, headBefore: StatedHead | null, narrowBefore: ReadonlyMap<string, Scope>): Finding {
  if (found.scope !== "whole") return found;
  if (headBefore?.statedIds.has(found.rule.id) && !body.startsWith("新收", found.start)) return { ...found, scope: "part" };
  const narrower = narrowBefore.get(found.domain.name);
  return narrower ? { ...found, scope: narrower } : found;
}

/**
 * An item of a list under a narrower figure (受理二审行政案件2746件(新收2291件…)) is no
 * broader than it; under a figure of another rule, one that names who issued
 * its things (共接收报备的规范性文件22件,其中县政府制定的6件) is a breakdown by issuer, no figure;
 * under a count of other things that is no figure (审查涉法事项1510件,
 * 其中行政规范性文件24件) an item keeps its own scope; under a count on the item's own
 * topic that no cue made a figure (我市行政调解案件1263件,其中公安部门治安调解548件)
 * it is a part; under a figure of another domain, in the head's stretch (调解行政争议纠纷18件,其中…行政复议申请受理后调解1件)
 * it is the head's part, no figure of its own domain, unless its figure counts some of the head's things (行政诉讼案件3件,其中1件系
 * 复议后起诉: taken to court after a review) (past a semicolon, 其中…2件尚未审结;行政诉讼案件3, it is a new whole;
 * under two heads joined, 行政复议案件5件和行政诉讼案件2件,其中复议结果维持4件, it is the first head's; under a head that
 * lumps cases of every kind, 诉讼案件45起,其中民事诉讼30起,…行政复议6起, it is its own kind's).
 */
function narrowedToHead(body: string, found: Finding | null, head: ListHead, hits: readonly TopicHit[], item: ListItem): Finding | null {
  if (found && head.rule !== null && head.rule !== found.rule && item.issuedByOther) return null;
  if (!found || found.scope !== "whole") return found;
  if (head.domain !== null && head.rule !== null && head.domain !== found.domain && !item.pastStretch && !item.headJoined && !head.broad) {
    // unless the item's figure counts some of the head's things (其中1件系复议后起诉: the lawsuits after a review)
    return found.rule.countsSomeOf === head.domain.name ? found : null;
  }
  const { role, leadStart, quantity } = head.candidate;
  if (head.rule !== null) return role.kind === "value" && role.scope !== "whole" ? { ...found, scope: role.scope } : found;
  // a head that names the item's topic with another's (办理行政复议、行政应诉案件186件,其中行政复议案件127件) counts both: the item is its topic's whole
  const headTopics = hits.filter((hit) => !hit.weak && leadStart <= hit.start && hit.end <= quantity.start && !isOutsideCatalogue(hit.domain));
  const onItsTopic = headTopics.some((hit) => hit.domain === found.domain);
  // the cases heard (开庭审理行政案件12486件) are the base heads appear in: the appearances among them are no narrower scope
  if (HEARD_CASES.test(body.slice(leadStart, quantity.start)) && APPEARED.test(body.slice(found.start, found.end))) return found;
  return onItsTopic && headTopics.every((hit) => hit.domain === found.domain) ? { ...found, scope: "part" } : found;
}

/** A head counting the cases heard (公开开庭审理行政案件); an item counting heads' appearances (负责人出庭应诉案件). */
const HEARD_CASES = /开庭(?:审理)?[^,;:。\d]{0,12}$/;
const APPEARED = /出庭/;

/** Where a list item stands towards its head: who issued its things, past a semicolon, under two heads joined by 和. */
interface ListItem {
  issuedByOther: boolean;
  pastStretch: boolean;
  headJoined: boolean;
}

function listItem(body: string, sentence: Sentence, candidate: Candidate, head: ListHead): ListItem {
  head.stretchEnd ??= stretchEndAfter(body, head.candidate.quantity.end, sentence.end);
  return {
    issuedByOther: issuedByOther(body, candidate),
    pastStretch: head.stretchEnd < candidate.quantity.start,
    headJoined: opensOnJoint(body, head.candidate.leadStart),
  };
}

/**
 * Whether a head with a list has the administrative lawsuits split off it: a count of all administrative cases, or a
 * body's whole count of its civil and administrative lawsuits (诉讼案件45起,其中民事诉讼30起…); not a court's cases
 * with its reviews of enforcement (柳岸法院共受理行政案件6420宗(一审…3180宗,行政非诉执行案件…)).
 */
function splitsLawsuitsOff(body: string, head: Finding, list: ListSpan, mixed: boolean): boolean {
  if (countsAllCases(body, head) || namesLawsuitsAmongCases(body, head, list)) return true;
  return mixed && head.scope === "whole" && CIVIL_OR_CRIMINAL.test(body.slice(list.start, list.end));
}

/**
 * A court's count of all administrative cases, lawsuits and reviews of non-litigation enforcement together (受理各类行政案件1599件,
 * 受理行政案件940件(含非诉审查案件)).
 */
const ALL_CASES_LEAD = /各类行政案件[共计为达有了\s]*$/;
const ALL_CASES_ASIDE = /^\s*\((?:含|包含|包括)[^)]{0,12}?非诉/;

/**
 * A count of administrative cases, 诉讼 unnamed, whose list names the administrative lawsuits among them (共受理行政案件96件,
 * 其中行政诉讼案件71件,行政非诉审查案件25件; 其中,诉讼案件共计728件): the rest are a court's other administrative cases.
 */
const CASES_LEAD = /行政案件[共计为达有了\s]*$/;
const LAWSUITS_ITEM_NAMED = /(?:^|[,，、;；(（])\s*(?:其中\s*[,，]?\s*)?(?:行政)?诉讼案件/;

function namesLawsuitsAmongCases(body: string, head: Finding, list: ListSpan): boolean {
  return head.domain.name === "litigation" && CASES_LEAD.test(body.slice(head.start, head.quantity.start)) && LAWSUITS_ITEM_NAMED.test(body.slice(list.start, list.end));
}

export function countsAllCases(body: string, found: Finding): boolean {
  if (found.domain.name !== "litigation") return false;
  return ALL_CASES_LEAD.test(body.slice(found.start, found.quantity.start)) || ALL_CASES_ASIDE.test(body.slice(found.quantity.end, found.quantity.end + 20));
}

/**
 * An item that names lawsuits, first-instance ones included: 其中诉讼案件1087件, 其中一审行政诉讼案件812件, 其中行政诉讼共242件; or
 * administrative cases beside civil ones (其中民事案件6件,行政案件8件).
 */
const LAWSUIT_ITEM = /(?:(?:一审)?(?:行政)?诉讼(?:案件)?|(?<![\u4e00-\u9fff])行政案件)(?:共计|[共计为有])?\s*$/;
const OTHER_INSTANCE = /二审|再审|申请再审|非诉/;

/**
 * The lawsuits an item splits off a count of all administrative cases
 * (受理各类行政案件1599件,其中诉讼案件1087件) or of lawsuits of every kind (诉讼案件45起,其中民事诉讼30起,行政诉讼9起): the head's figure for
 * administrative lawsuits alone. Both stand: the head is the court's whole caseload, the item the
 * lawsuits the catalogue counts, and texts and readers cite either.
 */
function lawsuitsSplitOff(body: string, candidate: Candidate, head: ListHead | StatedHead | null): Finding | null {
  if (!head?.broad || !head.domain || !head.rule) return null;
  const lead = body.slice(candidate.leadStart, candidate.quantity.start);
  const noun = LAWSUIT_ITEM.exec(lead);
  if (!noun || OTHER_INSTANCE.test(lead) || OTHER_KINDS_WITH.test(lead)) return null;
  return { domain: head.domain, rule: head.rule, scope: "whole", quantity: candidate.quantity, start: candidate.leadStart + noun.index, end: candidate.quantity.end, change: null };
}

/**
 * A court's count of cases of every kind that is no figure (全院共受理各类案件5400件, 行政庭共收案1093件), its list naming
 * its administrative cases beside civil ones (其中行政案件320件,民事案件4100件): the item is the lawsuits' figure for the
 * head's verb; one with its own outcome after it (行政案件32件,结案28件) restates their number, no figure. Undefined
 * where the item is no such one.
 */
function lawsuitsOfAllKinds(body: string, candidate: Candidate, head: ListHead): Finding | null | undefined {
  const headLead = body.slice(head.candidate.leadStart, head.candidate.quantity.start);
  if (head.rule !== null || (head.outside && !ALL_KINDS_HEAD.test(headLead)) || !head.list) return undefined;
  const noun = ADMINISTRATIVE_CASES_ITEM.exec(body.slice(candidate.leadStart, candidate.quantity.start));
  if (!noun || !CIVIL_OR_CRIMINAL.test(body.slice(head.list.start, head.list.end))) return undefined;
  const rule = litigation.rules.find((stage) => stage.stage === true && unitFits(stage, candidate.quantity) && stage.before?.test(headLead));
  if (!rule) return undefined;
  if (OWN_OUTCOME_NEXT.test(body.slice(candidate.quantity.end, candidate.quantity.end + OWN_OUTCOME_REACH))) return null;
  const start = candidate.leadStart + noun.index + noun[0].length - noun[0].trimStart().length;
  return { domain: litigation, rule, scope: "whole", quantity: candidate.quantity, start, end: candidate.quantity.end, change: null };
}

/** A court's verb before cases of every kind (受理各类案件, 审结全部案件). */
const ALL_KINDS_HEAD = new RegExp(String.raw`(?:${COURT_INTAKE_VERBS})(?:各类|全部)案件[共计为达有了\s]*$`);
/** An item naming administrative cases, or their lawsuits, alone (其中行政案件, ,行政诉讼案件). */
const ADMINISTRATIVE_CASES_ITEM = /(?:^|[,，、;；(（]|其中[,，]?)\s*(?:一审)?行政(?:诉讼)?案件(?:共计|[共计为有])?\s*$/;
/** The item's own outcome right after it (,结案28件). */
const OWN_OUTCOME_NEXT = /^\s*[,，]\s*(?:审结|结案|办结|已结)\s*\d/;
const OWN_OUTCOME_REACH = 8;

/**
 * A count of administrative lawsuits and civil or criminal ones together (办理行政诉讼、民事诉讼案件20件, 行政、民事诉讼案件14宗,
 * 新收行政和民事诉讼案件16件): no figure itself, but the head of the lawsuits its list splits off, counted as its verb says.
 */
const WITH_OTHER_KINDS = /(?<=行政(?:诉讼|应诉)?)[、和及与](?:民事|刑事)(?:诉讼|应诉)?(?=(?:诉讼|应诉)?案件[共计为达有了\s]*$)/;

function sharedWithOtherKinds(body: string, { leadStart, quantity }: Candidate): { domain: Domain; rule: MetricRule } | null {
  const lead = body.slice(leadStart, quantity.start);
  // most leads name no civil or criminal case: the pattern is not tried on them
  const other = CIVIL_OR_CRIMINAL.test(lead) ? WITH_OTHER_KINDS.exec(lead) : null;
  if (!other) return null;
  const own = lead.slice(0, other.index) + lead.slice(other.index + other[0].length);
  const cued = listCue(litigation.rules.filter((rule) => unitFits(rule, quantity)), own, 0);
  return cued ? { domain: litigation, rule: cued.rule } : null;
}

/** Why a quantity is no figure that could itself change: a part, a share, a threshold. */
const OWN_CHANGE_REASONS: ReadonlySet<string> = new Set(["breakdown", "share", "threshold"]);

/** A label that names nothing but a year (2013年, (2012年, 其中,2021年, 2015年1-10月): its count is that year's of the figure before it. */
const YEAR_LABEL = /^[(（、,，]?\s*(?:其中\s*[,，:：]?)?\s*(\d{4})\s*年度?(?:(?:1|一)?[-—至~]\d{1,2}月|上半年|下半年|前三季度|至今|以来)?(?:份)?(?:为|是|达|达到|共|(?:下降|上升|降低|提高|提升|减少|增加|增长|降|升|激增|猛增|骤增|剧增|攀升|跃升|回落|回升)(?:至|到))?\s*$/;
/**
 * A lead that opens on a year (其中2019年受理, (2022年), a year its 年 was dropped from (2023总共需办理: a Han word after it,
 * not a unit), an item's or a footnote's marker before it ((二)2022年…, ② 2022年…), or ends on one right before its number.
 */
const LEAD_YEAR =
  /^[(（、,，\s]*(?:(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．](?!\d)|[\u2460-\u2473])\s*)?(?:其中)?\s*(?:(\d{4})\s*年|((?:19|20)\d\d)(?=[\u4e00-\u9fff])(?![件起宗个项份部条篇卷场次期批家户人名位元万亿千百余多]))|(\d{4})\s*年度?(?:(?:1|一)?[-—至~]\d{1,2}月)?(?:份)?(?:为|是|达|达到|共)?\s*$/;

/** A clause that names nothing but a year, right before the lead's own (其中,2016年,受理…2893件;2017年,受理…). */
const YEAR_CLAUSE_BEFORE = /(?:^|[,，;；:：。\n])\s*(?:其中\s*[,，]?\s*)?(\d{4})\s*年度?\s*[,，]\s*$/;
const YEAR_CLAUSE_REACH = 16;

/**
 * A clause on the month or the day just named (…6月份,全市突发纠纷10起,当月调结7起), or on some of the places by their
 * number (粤东西北12市新收…, not 全省13个设区市 nor 我市12个县区): a part of the report's, no figure.
 */
const PART_LEAD = /^\s*(?:其中\s*[,，]?\s*)?(?:当月|同月|该月|当周|当日|当天|同日|(?![全各我本该])[\u4e00-\u9fff]{0,6}?\d+个?(?:设区市|地级市|地市|市州|州市|县市区|县区|县市|区县|市|县|区)(?![级域委政长]))/;

/** The year a quantity's lead names it by, or null. */
function yearOfLead(body: string, candidate: Candidate): number | null {
  const match = LEAD_YEAR.exec(body.slice(candidate.leadStart, candidate.quantity.start));
  return match ? Number(match[1] ?? match[2] ?? match[3]) : null;
}

/**
 * The year of a clause that names nothing but it right before the quantity's lead (2023年,全县受理…45件;2024年,…): one year's count
 * of a list of years, or of a sentence on that year; else null.
 */
function yearOfClauseBefore(body: string, candidate: Candidate): number | null {
  const match = YEAR_CLAUSE_BEFORE.exec(body.slice(Math.max(candidate.clause[0] - YEAR_CLAUSE_REACH, 0), candidate.leadStart));
  return match ? Number(match[1]) : null;
}

/**
 * The year a stretch of a list of years opens on, for a later clause of it with a bare verb (其中,2021年收案232件,审结165件;2022年…:
 * the 审结 are 2021's too); else null. The stretch runs from the last semicolon or the sentence's start, and names that year alone.
 */
function yearOfStretch(body: string, candidate: Candidate): number | null {
  if (!BARE_VERB_LEAD.test(body.slice(candidate.clause[0], candidate.quantity.start))) return null;
  const before = body.slice(Math.max(0, candidate.clause[0] - YEAR_STRETCH_REACH), candidate.clause[0]);
  const stretch = before.slice(Math.max(...STRETCH_MARKS.map((mark) => before.lastIndexOf(mark))) + 1);
  const opening = STRETCH_YEAR.exec(stretch);
  return opening && stretch.match(ANY_YEAR)?.length === 1 ? Number(opening[1]) : null;
}

const YEAR_STRETCH_REACH = 48;
const STRETCH_MARKS = [";", "；", "。"];
/** A stretch that opens on its year and a count (2021年收案232件,): not a span (2021年至2023年) nor a year's time since (2021年以来). */
const STRETCH_YEAR = /^\s*(?:其中\s*[,，:：]?\s*)?(\d{4})\s*年度?(?!\s*(?:以来|至|到|[-—~]))[^,，]*?\d[^,，]*[,，]/;
const ANY_YEAR = /\d{4}\s*年/g;

/**
 * One year's count in a list of years (共受理418件(2016年127件、2017年139件),
 * 其中2017年受理1864件,2018年2305件) is that year's figure of the id before it.
 * Its scope (the report's own year, or history beside it) is the caller's.
 */
function yearItemOf(body: string, candidate: Candidate, previous: Finding | undefined): Finding | null {
  if (!previous) return null;
  const label = YEAR_LABEL.exec(body.slice(candidate.leadStart, candidate.quantity.start));
  if (!label || !unitFits(previous.rule, candidate.quantity)) return null;
  const { quantity } = candidate;
  return { domain: previous.domain, rule: previous.rule, scope: "whole", quantity, start: candidate.leadStart + label[0].search(/\d/), end: quantity.end, change: null };
}

/**
 * Counts of one figure for separate bodies or levels side by side in a sentence (市本级部门被诉32件,县区政府被诉68件), of
 * different values: a breakdown with no total, none of them the body's (their scope says so). A later instance's count
 * beside a part's (省本级办理一审…74件、二审案件31件) is no other body's: the part stands, and the appeals are the kind.
 */
function withoutSeparateParts(body: string, findings: Finding[]): Finding[] {
  const isPart = (found: Finding): boolean => found.scope === "body" || found.scope === "part";
  // the parts of a later instance, read once
  const laterInstance = new Set(findings.filter((found) => isPart(found) && LATER_INSTANCE.test(body.slice(kindWordsStart(body, found.start), found.quantity.start))));
  const values = new Map<MetricRule, Set<number>>();
  for (const found of findings) if (isPart(found) && !laterInstance.has(found)) values.set(found.rule, (values.get(found.rule) ?? new Set()).add(found.quantity.value));
  const split = (found: Finding): boolean => isPart(found) && (laterInstance.has(found) ? values.has(found.rule) : values.get(found.rule)!.size > 1);
  return findings.some(split) ? findings.map((found) => (split(found) ? { ...found, scope: "kind" } : found)) : findings;
}

/**
 * Counts of separate kinds of one figure (撤销7件,确认违法2件,责令履行3件 where
 * 纠错 sums them; 撤销及确认违法共27件,责令履行4件) with no total are its parts,
 * no figure (their scope says so); a kind stated alone (3件责令重新履行), or
 * several named together with no other kind beside them (撤销、变更、确认违法的有52件), is the figure.
 */
function withoutSeparateKinds(body: string, findings: readonly Finding[]): Finding[] {
  const kindsOf = findings.map((found) => kindsNamed(body, found));
  // each rule's distinct sets of kinds named, few whatever the findings: a sentence of thousands of counts stays linear
  const setsOf = new Map<MetricRule, string[][]>();
  findings.forEach((found, index) => addSet(setsOf, found.rule, kindsOf[index] ?? null));
  // a kind after its figure's whole, stated with no kind and more (负责人出庭应诉45次,区长带头出庭应诉2次), or with more kinds
  // (撤销、变更、确认违法和责令履行共30件,其中撤销20件), is one of its parts too
  const wholeBefore = new Map<MetricRule, number>();
  const setsBefore = new Map<MetricRule, string[][]>();
  return findings.map((found, index) => {
    const own = kindsOf[index];
    if (!own) {
      if (found.scope === "whole") wholeBefore.set(found.rule, Math.max(wholeBefore.get(found.rule) ?? -Infinity, found.quantity.value));
      return found;
    }
    const separate = (setsOf.get(found.rule) ?? []).some((kinds) => kinds.every((kind) => !own.includes(kind)));
    const withinMore = (setsBefore.get(found.rule) ?? []).some((kinds) => kinds.length > own.length && own.every((kind) => kinds.includes(kind)));
    const ofWholeBefore = (wholeBefore.get(found.rule) ?? -Infinity) > found.quantity.value;
    addSet(setsBefore, found.rule, own);
    return separate || withinMore || ofWholeBefore ? { ...found, scope: "kind" } : found;
  });
}

/** Adds a set of kinds to its rule's distinct sets. */
function addSet(sets: Map<MetricRule, string[][]>, rule: MetricRule, kinds: string[] | null): void {
  if (!kinds) return;
  const known = sets.get(rule);
  if (!known) sets.set(rule, [kinds]);
  else if (!known.some((other) => other.length === kinds.length && other.every((kind) => kinds.includes(kind)))) known.push(kinds);
}

/** The kinds of its rule a finding's wording names, or null: none, or a sum of them all said as one (纠错, 纠正). */
function kindsNamed(body: string, found: Finding): string[] | null {
  if (!found.rule.kinds) return null;
  const wording = body.slice(kindWordsStart(body, found.start), found.end);
  const kinds = [...new Set(wording.match(globalTwin(found.rule.kinds)) ?? [])];
  return kinds.length && !SUMMED_KINDS.test(wording) ? kinds : null;
}

/**
 * Where the words naming a finding's kind may begin: the words just before it, back to a number or a mark, count
 * too, since the kind can stand before the words the rule reads (县长出庭应诉1次; 分管负责人出庭应诉29件).
 */
function kindWordsStart(body: string, start: number): number {
  return start - (KIND_WORDS_BEFORE.exec(body.slice(Math.max(0, start - KIND_REACH), start))?.[0].length ?? 0);
}

const KIND_WORDS_BEFORE = /[^\d、,，;；:：。\s]*$/;
const KIND_REACH = 8;

/** Wording that sums several kinds at once: 纠错, 纠正. */
const SUMMED_KINDS = /纠错|纠正/;

/**
 * Zero said in words (零败诉), on a topic the sentence names or stands under.
 * It yields to a count of the same figure (复议后零败诉 beside 败诉4件 speaks of a part).
 */
function zeroFindings(body: string, sentence: Sentence, domains: readonly Domain[], hits: readonly TopicHit[], inherited: Inherited): Finding[] {
  const onTopic = (domain: Domain): boolean => inherited.includes(domain) || hits.some((hit) => hit.domain === domain);
  return zeroFigures(body, sentence, domains, onTopic).map(({ domain, rule, quantity }) => ({
    domain,
    rule,
    scope: "part",
    quantity,
    start: quantity.start,
    end: quantity.end,
    change: null,
  }));
}

/**
 * 《…》 and (…) with their contents blanked, offsets kept; and “…” where it
 * names one of a list (“新增共享单车投放行政复议案”等10个: the cases' names, not
 * what was done).
 */
function maskEnclosed(text: string): string {
  // most leads hold no brackets: the replace, a call per lead, is skipped
  if (!OPENER.test(text)) return text;
  return text.replace(ENCLOSED, (enclosed) => enclosed[0] + "\u3000".repeat(enclosed.length - 2) + enclosed[enclosed.length - 1]);
}

const OPENER = /[《(“]/;

const ENCLOSED = /《[^《》]*》|\([^()]*\)|“[^“”]*”(?=等)/g;
const MASKED = /《\u3000*》|\(\u3000*\)|“\u3000*”/g;

/** Whether the words between a cue and its number keep the cue on the topic's own object. */
function objectFits(topic: { domain: Domain; source: TopicSource }, gap: string): boolean {
  // 通过纠错、调解等手段避免近50件…: the number counts what the means achieved, not the cue
  if (MEANS_THEN_OTHER_VERB.test(gap)) return false;
  // the domain's own words taken out (清理文件386件) where the gap as written does not pass; taking them out first would cut
  // through the gap's own words (方式结案件)
  if (topic.source === "inherited") return INHERITED_GAP.test(gap) || INHERITED_GAP.test(withoutOwnWords(topic.domain, gap));
  return topic.source !== "carried" || !OTHER_OBJECT.test(withoutOwnWords(topic.domain, gap));
}

/**
 * Whether a topic from outside the clause meets a count of a list's items, the list named by its title right before
 * the count (梳理《工程建设项目审批事项清单》107项 after a paragraph on normative documents): the title is blanked
 * for the cues, but it says what is counted.
 */
function namesListItems(source: TopicSource, gap: string): boolean {
  return (source === "inherited" || source === "carried") && LIST_TITLE_ENDS.test(gap);
}

const LIST_TITLE_ENDS = /清单》\s*$/;

/** Whether the cue's object lists an item of other things beside the domain's own (文件、合同、协议: 文件 is no contract). */
function listedWithOtherObject(domain: Domain, object: string): boolean {
  return OBJECT_LIST_JOINT.test(object) && listsOtherObject(domain, object.split(OBJECT_LIST_JOINT));
}

const OBJECT_LIST_JOINT = /[、和及与]/;

/** Whether the cue is the last item of a 、 list whose earlier items are other things (审查市政府文件、合同协议、重大决策事项等共612件). */
function listedAfterOtherObjects(domain: Domain, beforeCue: string): boolean {
  const list = LIST_BEFORE_CUE.exec(beforeCue);
  return list !== null && listsOtherObject(domain, list[0].split("、"));
}

/** Whether any of a list's items is other things than the domain's own. */
function listsOtherObject(domain: Domain, items: readonly string[]): boolean {
  return items.some((item) => OTHER_LISTED_OBJECT.test(withoutOwnWords(domain, item)));
}

const LIST_BEFORE_CUE = /(?:[^,;:。、\d]{1,16}、)+$/;
/** An item that is other things than the domain's own: documents, agenda items, minutes. */
const OTHER_LISTED_OBJECT = /(?:文件|议题|纪要|公文)$/;

/** Whether a noun names things other than a domain's own (27件行政处罚案件 for 规范性文件). */
function namesOtherThings(domain: Domain, noun: string): boolean {
  return COUNTED_THING.test(withoutOwnWords(domain, noun));
}

/** An item's own words in a list of counts, after the 、 that ends the count before it; none where the lead is no such item. */
function ownItemWords(body: string, leadStart: number, quantityStart: number): string {
  const words = body.slice(leadStart, quantityStart);
  const opening = words.lastIndexOf("、");
  const join = opening >= 0 ? leadStart + opening : body[leadStart - 1] === "、" ? leadStart - 1 : -1;
  return join > 0 && COUNT_BEFORE_JOIN.test(body.slice(Math.max(0, join - COUNT_BEFORE_REACH), join)) ? body.slice(join + 1, quantityStart) : "";
}

/** An item's words before its count naming other things and none of the domain's own (重大案件审理事项, not 投资项目合同). */
function namesOnlyOtherThings(domain: Domain, words: string): boolean {
  return words !== "" && withoutOwnWords(domain, words) === words && COUNTED_THING.test(words);
}

/** The count and unit that end the item before a 、 (3件、, 20余件(次)、). */
const COUNT_BEFORE_JOIN = /\d\s*(?:余|多)?[件份个项条部宗起](?:[(（][^()（）]{1,3}[)）])?$/;
const COUNT_BEFORE_REACH = 12;

/** What a clause's verb acts on, opened by 对 before it and the count: 区政府常务会议议题 of 对区政府常务会议议题开展合法性审查119件. */
function objectOfVerb(body: string, clauseStart: number, quantityStart: number): string {
  return OBJECT_BEFORE_VERB.exec(body.slice(Math.max(clauseStart, quantityStart - LEAD_REACH), quantityStart))?.[1] ?? "";
}

const OBJECT_BEFORE_VERB = new RegExp(OBJECT_WORD + String.raw`([^,;:。对\d]{1,24}?)(?:开展|进行|实施|组织|审核|审查)`);

/** What a verb after the count acts on, opened by 对 right before the count: 区政府拟出台的文件、政策措施等 of 对区政府拟出台的文件、政策措施等62件进行合法性审核. */
function objectBeforeCount(lead: string): string {
  return OBJECT_BEFORE_COUNT.exec(lead)?.[1] ?? "";
}

const OBJECT_BEFORE_COUNT = new RegExp(OBJECT_WORD + String.raw`([^,;:。对\d]{1,30})$`);

/** The noun right after a count, up to what ends its phrase: 证明事项 of 取消216项证明事项的基础上. */
function countedNounAfter(follow: string): string {
  return COUNTED_NOUN_AFTER.exec(follow)?.[0] ?? "";
}

const COUNTED_NOUN_AFTER = /^[\u4e00-\u9fff]{1,8}?(?=的|[,，;；:：。、(（]|$)/;

/** Words with the domain's own objects and topic words taken out. */
function withoutOwnWords(domain: Domain, words: string): string {
  const own = domain.objects ? words.replace(globalTwin(domain.objects), "") : words;
  return own.replace(globalTwin(domain.topic), "");
}

/** A name in quotes ending right before a count: “无忧调解超市”11个, 「…专家库」7个. */
const CLOSING_QUOTE = /[”」』]$/;
/** The next item of a list of counts, its verb and its count: 、废止25件 (of 修改5件、废止25件市政府规章). */
const NEXT_COUNTED_ITEM = /、[^,;:。、\d]{0,4}?\d+(?:\.\d+)?\s*[件部项个篇条]/y;

/** Whether a list of counts the count opens ends on a noun that names other things (修改5件、废止25件市政府规章: both count rules). */
function listEndsOnOtherThings(body: string, followEnd: number): boolean {
  if (body[followEnd] !== "、") return false;
  NEXT_COUNTED_ITEM.lastIndex = followEnd;
  return NEXT_COUNTED_ITEM.test(body) && OTHER_THINGS_FOLLOW.test(body.slice(NEXT_COUNTED_ITEM.lastIndex, NEXT_COUNTED_ITEM.lastIndex + OTHER_THINGS_REACH));
}

/** How much of what follows a count OTHER_THINGS_FOLLOW reads at most. */
const OTHER_THINGS_REACH = 24;

const TOTAL_CUE = /^共有$/;
const BARE_TOTAL_FOLLOW = /^(?:(?:行政)?(?:诉讼|复议)?案件)?\s*(?:[(（][^()（）]*[)）]\s*)?$/;
const MEANS_THEN_OTHER_VERB = /(?:手段|方式|途径|形式|措施|机制)(?:避免|减少|防止|推动|促进|促使|引导|督促|实现|预防)/;

/** A total introduced by 合计/共计 after the parts it sums: 撤销19件、确认违法14件、变更2件、责令履行5件,合计40件. */
const TOTAL_WORD = /(?:合计|共计|总计|共)(?:为|达)?\s*$/;

/**
 * The total a 合计 gives after two or more figures of one id that it sums:
 * it takes their id, and they become its parts, no figures of their own.
 */
function totalOfParts(body: string, candidate: Candidate, findings: Finding[]): Finding | null {
  const { quantity } = candidate;
  if (!TOTAL_WORD.test(body.slice(candidate.leadStart, quantity.start))) return null;
  const last = findings[findings.length - 1];
  if (!last) return null;
  let first = findings.length - 1;
  while (first > 0 && findings[first - 1]!.rule === last.rule) first--;
  const parts = findings.slice(first);
  const sum = parts.reduce((total, part) => total + part.quantity.value, 0);
  if (parts.length < 2 || Math.abs(sum - quantity.value) > 1e-9 * Math.max(1, sum)) return null;
  findings.splice(first);
  return { ...last, quantity, start: parts[0]!.start, end: quantity.end, change: null };
}

/** Cases counted with no kind named (共办理案件4613件): what they are, their list or the body that handled them says. */
const CASES_OF_NO_KIND = /(?:办理|受理|收到|审结|办结|处理)(?:各类)?案件(?:共计|合计|共)?$/;

/**
 * Cases of no kind named whose list gives them as cases of two catalogue topics (各级行政复议机关共办理案件4613件,其中行政复议
 * 案件2448件,…;行政应诉案件2165件): a total across topics, no figure, whose items are each topic's whole.
 */
function totalAcrossTopics(body: string, candidate: Candidate, itemTopics: readonly TopicHit[]): boolean {
  if (itemTopics.length < 2 || !CASES_OF_NO_KIND.test(body.slice(candidate.leadStart, candidate.quantity.start))) return false;
  return new Set(itemTopics.filter((hit) => !hit.weak && !isOutsideCatalogue(hit.domain)).map((hit) => hit.domain)).size > 1;
}

/** The topic words of a list that a count follows, each naming what its item counts (其中行政复议案件2448件, 民事诉讼30起). */
function countedInList(body: string, list: ListSpan, hits: readonly TopicHit[]): TopicHit[] {
  return hitsFrom(hits, list.start, list.end).filter((hit) => hit.end <= list.end && COUNT_NEXT.test(body.slice(hit.end, hit.end + 6)));
}

const NO_HITS: readonly TopicHit[] = [];

/**
 * The list a count heads: the parentheses right after it, or the first 其中 list after it that no other value
 * stands before (行政复议案件6宗,维持5宗;行政、民事诉讼案件21宗,其中民事案件13宗: the list is the 21's).
 */
function listHeadedBy(lists: readonly ListSpan[], quantity: Quantity, nextValue: number): ListSpan | undefined {
  const list = lists.find((span) => (span.parenthesized ? span.start === quantity.end : span.start > quantity.start));
  return list && (list.parenthesized || list.start <= nextValue) ? list : undefined;
}

/**
 * An item of such a head that names the mediation its cases ended in (终止审理29件,其中经调解后申请人撤回申请24件): the ones settled,
 * a figure of its own.
 */
const MEDIATED_ITEM = /(?:调解|和解)[^,;:。\d]{0,12}?撤回/;
/** A head that counts what was not done or is not done yet: 终止审理的共317件, 不予受理15件. */
const NEGATED_LEAD = /(?:不予|未予|终止|尚未|尚在|正在|仍在)[^,;:。\d]{0,10}$/;

/** Where the first candidate after `index` whose role `counts` begins, or the sentence end. */
function nextStart(candidates: readonly Candidate[], index: number, sentenceEnd: number, counts: (role: Role) => boolean): number {
  for (let i = index + 1; i < candidates.length; i++) {
    if (counts(candidates[i]!.role)) return candidates[i]!.quantity.start;
  }
  return sentenceEnd;
}

/** A value or a change: what a figure's following words run up to. */
const isFigure = (role: Role): boolean => role.kind !== "ignored";
const isValue = (role: Role): boolean => role.kind === "value";

/** Quantities in order with their roles; clause and 《》 state advance with them, so the pass stays linear. */
function candidatesIn(body: string, sentence: Sentence, quantities: readonly Quantity[], breakdownCarried: boolean, aimedAt: boolean, disclosureReport: boolean, reportYear: number | null, respectively: boolean): Candidate[] {
  const candidates: Candidate[] = [];
  /** where the last value or change ends, and where the last value ends */
  const ends = { figure: sentence.start, value: sentence.start };
  let clauseIndex = 0;
  const brackets = new BracketTracker(body, sentence.start);
  // where the sentence's opening words on another period end (近三年来…), once per sentence
  const periodEnd = quantities.length ? otherPeriodEnd(body, sentence, reportYear) : -1;
  // the sentence's first clause, for the quantities of its later clauses: cut once, not per quantity
  const opening = sentence.clauses.length > 1 ? body.slice(...sentence.clauses[0]!) : "";
  const breakdownEnd = breakdownCarried ? sentence.start : quantities.length ? breakdownTurnEnd(body, sentence) : -1;
  const listItems = new Map<number, boolean>();
  // where each later clause's opening words on another period end (…;2022—2024年累计备案审查1893件), or -1, once per clause
  const clausePeriods = new Map<number, number>();
  let listOpened = false;
  // the years an earlier clause opened a respectively-list on, read clause by clause as the quantities go by, in sentences with 分别 only
  let yearsListed: readonly number[] | null = null;
  let yearsReadTo = 0;
  /** the candidate before lent this one its lead */
  let previousLent = false;
  for (const quantity of quantities) {
    while (clauseIndex + 1 < sentence.clauses.length && sentence.clauses[clauseIndex]![1] <= quantity.start) clauseIndex++;
    const clause = sentence.clauses[clauseIndex] ?? [sentence.start, sentence.end];
    for (; respectively && yearsReadTo < clauseIndex; yearsReadTo++) yearsListed = yearsListOpened(body.slice(...sentence.clauses[yearsReadTo]!)) ?? yearsListed;
    const leadStart = Math.max(leadStartOf(body, sentence, clauseIndex, ends, quantity), quantity.start - LEAD_REACH);
    const after = body.slice(quantity.end, Math.min(clause[1], quantity.end + AFTER_REACH));
    let listItem = listItems.get(clauseIndex);
    if (listItem === undefined) {
      // the items of a 其中 list run on past semicolons (其中,A区法院受理23件,…;B区法院受理38件,…)
      listItem =
        opensList(body, clause) ||
        (clauseIndex > 0 && BARE_OPENER.test(body.slice(...sentence.clauses[clauseIndex - 1]!))) ||
        (listOpened && STRETCH_END.test(body[clause[0] - 1] ?? ""));
      listItems.set(clauseIndex, listItem);
      listOpened ||= listItem;
    }
    const previousCandidate = candidates[candidates.length - 1];
    const previous = previousCandidate?.quantity;
    // right after bodies counted (对24个市级部门87件…), or after bodies that lend it their lead (覆盖150余家企业1500余人)
    const afterBodyCount = previous !== undefined && BODY_COUNT_UNIT.test(previous.unit) && (previous.end === leadStart || previousLent);
    const otherPeriod = (periodEnd !== -1 && periodEnd <= quantity.start) || clauseOnOtherPeriod(body, clause, clauseIndex, clausePeriods, quantity.start);
    const next = sentence.clauses[clauseIndex + 1];
    const nextClause = next && quantity.end + AFTER_REACH >= clause[1] ? body.slice(next[0], Math.min(next[1], next[0] + AFTER_REACH)) : "";
    brackets.moveTo(quantity.start);
    const role = roleOf(quantity, {
      before: body.slice(leadStart, quantity.start),
      after,
      previousClause: clauseIndex > 0 ? body.slice(...sentence.clauses[clauseIndex - 1]!) : "",
      sentenceBefore: () => body.slice(sentence.start, quantity.start),
      listItem,
      afterBodyCount,
      bodyCountLead: afterBodyCount ? body.slice(previousCandidate!.leadStart, previous.start) : "",
      otherPeriod,
      aimedAt,
      breakdown: breakdownEnd !== -1 && breakdownEnd <= quantity.start,
      nextClause,
      sentenceOpening: clauseIndex > 0 ? opening : "",
      lastYearBefore: clauseIndex > 0 ? lastYearPeriodIn(body, sentence.clauses[clauseIndex - 1]!) : null,
      insideTitle: brackets.insideTitle,
      aside: brackets.aside(),
      disclosureReport,
      reportYear,
      yearsListedEarlier: yearsListed,
      namesRate: endsOnRateCue,
    });
    const ownRole = inBaselineAside(body, brackets.innermostOpen(), candidates) ?? ofPartBefore(body, role, candidates, quantity, clause);
    candidates.push({ quantity, role: ownRole, leadStart, clause, afterBodyCount });
    // bodies counted and joined to the next count (覆盖32所学校和1.9万名学生, 150余家企业1500余人) lend it the words before them
    // and the times a thing was done, with how many things right after them (清理规范性文件2次、100余件)
    previousLent =
      (BODY_COUNT_UNIT.test(quantity.unit) && (JOINED_COUNT_AFTER.test(after) || (quantity.unit !== "个" && JOINED_NOUN_COUNT_AFTER.test(after)))) ||
      (TIMES_UNIT.test(quantity.unit) && THINGS_COUNT_AFTER.test(after));
    if (previousLent) continue;
    if (role.kind === "value" || role.kind === "change") ends.figure = quantity.end;
    if (role.kind === "value") ends.value = quantity.end;
  }
  return candidates;
}

/** Each rate rule's cue, anchored to a lead's end, a verb of being after it allowed (败诉案件占比为): built once. */
const RATE_CUES_AT_END: readonly RegExp[] = DOMAINS.flatMap((domain) => domain.rules)
  .filter((rule) => rule.unit === "percent" && rule.before !== undefined)
  .map((rule) => new RegExp(`(?:${rule.before!.source})(?:为|达|约)?\\s*$`, rule.before!.flags));

/** Whether a lead ends on a rate rule's cue (复议纠错案件占审结数的, 直接纠正…的占): the percent after it is that rate. */
function endsOnRateCue(lead: string): boolean {
  return RATE_CUES_AT_END.some((cue) => cue.test(lead));
}

/** The scope a candidate's role gives the figure bound to it. */
function valueScope(candidate: Candidate): Scope {
  return candidate.role.kind === "value" ? candidate.role.scope : "whole";
}

/** The period a year before that a clause says and nothing else (去年同期,全市新收… / 去年1-6月,该镇…): read only where the clause is that short. */
function lastYearPeriodIn(body: string, [start, end]: readonly [number, number]): LastYearPeriod | null {
  return end - start <= LAST_YEAR_CLAUSE_CHARS ? lastYearPeriodOf(body.slice(start, end)) : null;
}

const LAST_YEAR_CLAUSE_CHARS = 12;

/** A clause that names nothing but the decision on the cases before it: 复议决定撤销、变更或者确认违法2宗, 判决撤销…0宗. */
const OUTCOME_LEAD = /^\s*(?:复议决定|判决|裁定)(?:予以)?(?:撤销|变更|确认|维持|驳回|责令|履行)[^,;:。\d]{0,30}$/;

function isBreakdown(role: Role): boolean {
  return role.kind === "ignored" && role.reason === "breakdown";
}

/**
 * The next item of a list (after 、, 和, 及 or 与), right after the count before it, naming only its noun: its subject is the
 * item's before it (各镇人民政府应对行政复议8件、行政诉讼10件: the towns' lawsuits too).
 */
const NEXT_LIST_ITEM = /^(?:[、及与]|和(?!解))[^,;:。、\d]{1,12}$/;
const LIST_SHARED_SCOPES: ReadonlySet<Scope> = new Set(["part", "body", "period"]);

/** A gap after a count that closes an aside it did not open: the count stood inside it. */
const ASIDE_CLOSE = /^[^(（]*[)）]/;
const ASIDE_OPEN = /[(（]/;
/** How many counts before it a count that names no subject looks back for the part it belongs to. */
const PART_REACH = 16;

/** A rate whose clause names nothing but the rate itself: 败诉率15.27%, 纠错率为12%. */
const BARE_RATE_LEAD = /^\s*[^,;:。；\d]{0,6}率(?:为|达|达到|是)?\s*$/;
/** A count whose clause names nothing but what was done: 审结137件, 结案537宗, 已办结20件. */
const BARE_VERB_LEAD =
  /^\s*(?:共|已经?|全部|依法|累计)?(?:审结|结案|办结|新收|收案|受理|收到|未结|撤诉|撤回起诉|调撤|(?:裁定|判决)?驳回(?:起诉|诉请|诉讼请求)?|(?:判决)?维持(?:原)?(?:具体)?(?:行政行为)?|移送|中止|终止|败诉)(?:各类)?(?:案件)?(?:共|合计|共计)?\s*$/;

/**
 * A rate or a count that names no subject of its own after a part's count, in
 * the same stretch of its sentence, is that part's: 公安部门败诉38件(生效260件),
 * 败诉率14.6%; 市中院受理行政案件541宗,结案537宗. So is the outcome of the
 * cases of one kind counted right before it: 行政处罚被申请行政复议9宗,复议决定撤销、变更或者确认违法2宗.
 */
function ofPartBefore(body: string, role: Role, candidates: readonly Candidate[], quantity: Quantity, clause: readonly [number, number]): Role {
  if (role.kind !== "value" || role.scope !== "whole") return role;
  const lead = body.slice(clause[0], quantity.start);
  const previous = candidates[candidates.length - 1];
  if (previous && previous.role.kind === "value" && LIST_SHARED_SCOPES.has(previous.role.scope) && NEXT_LIST_ITEM.test(body.slice(previous.quantity.end, quantity.start))) return previous.role;
  if (previous && OUTCOME_LEAD.test(lead) && isBreakdown(previous.role) && !STRETCH_END.test(body.slice(previous.quantity.end, clause[0]))) return previous.role;
  if (!(quantity.kind === "percent" ? BARE_RATE_LEAD : BARE_VERB_LEAD).test(lead)) return role;
  // walked back gap by gap, and no further than PART_REACH counts: a sentence of thousands of bare counts stays linear
  // counts in an aside closed before it (15宗(一审11宗、二审4宗),已审结12宗) are passed over: the count follows the one the aside is on
  let inAside = false;
  for (let i = candidates.length - 1, gapEnd = clause[0]; i >= Math.max(0, candidates.length - PART_REACH); i--) {
    const { role: earlier, quantity: counted, clause: countedClause } = candidates[i]!;
    const gap = body.slice(counted.end, gapEnd);
    if (ASIDE_CLOSE.test(gap)) inAside = true;
    else if (inAside && ASIDE_OPEN.test(gap)) inAside = false;
    if (inAside) {
      gapEnd = counted.start;
      continue;
    }
    if (STRETCH_END.test(gap) || counted.kind === "percent") return role;
    if (earlier.kind === "value" && (earlier.scope === "part" || earlier.scope === "body")) return earlier;
    // a count follows the count nearest before it, and through it only where that one names no subject either
    // (市中级法院受理23件,未结22件,撤诉1件: the 撤诉 are the court's too)
    if (quantity.kind !== "percent" && earlier.kind === "value" && !BARE_VERB_LEAD.test(body.slice(countedClause[0], counted.start))) return role;
    gapEnd = counted.start;
  }
  return role;
}

/**
 * A count inside parentheses opened right after a baseline (从2015年的107件(其中行政复议案件59件,…)) is
 * that baseline's part: a baseline too.
 */
function inBaselineAside(body: string, opened: number | undefined, candidates: readonly Candidate[]): Role | null {
  if (opened === undefined) return null;
  let index = candidates.length - 1;
  while (index >= 0 && candidates[index]!.quantity.end > opened) index--;
  const before = candidates[index];
  if (!before || before.role.kind !== "ignored" || before.role.reason !== "baseline") return null;
  return body.slice(before.quantity.end, opened).trim() === "" ? before.role : null;
}

/** What ends a stretch of a sentence before the sentence ends: a semicolon turns to another matter. */
const STRETCH_END = /[;；]/;

/** The first semicolon from `from` on, before `end`; `end` where there is none. Read once per list head, not per item. */
function stretchEndAfter(body: string, from: number, end: number): number {
  const at = body.slice(from, end).search(STRETCH_END);
  return at === -1 ? end : from + at;
}

/** Parentheses opened right after a count and its verb (其中3起已结案(…): what they hold are that count's parts. */
const PARTS_OF_COUNT_OPENED = /\d\s*(?:件|起|宗|个|项)[^,;:。\d()（）]{1,6}[(（]\s*$/;
const PARTS_OF_COUNT_REACH = 12;

/** Whether the words right before `at` open such parentheses; most counts follow none, and are told so without a slice. */
function opensPartsOfCount(body: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && /\s/.test(body[before]!)) before--;
  if (body[before] !== "(" && body[before] !== "（") return false;
  return PARTS_OF_COUNT_OPENED.test(body.slice(Math.max(0, at - PARTS_OF_COUNT_REACH), at));
}

/** What opens an aside in parentheses: (含旧存392件), (即A区36件、B区19件), (包括…). */
const ASIDE_OPENER = /^[(（]\s*(?:即|含|包括|如|例如|其中含)/;
/** …or closes one on what it counts in (法院委托诉前调解的42件计算在内, …均统计在内). */
const INCLUDED_CLOSER = /^[(（][^()（）]{1,40}?在内\s*[)）]/;
const INCLUDED_REACH = 48;
/**
 * A category of cases its clause is about, before the parentheses (…交通处罚类行政复议案件数量增幅超2.4倍(新收1630件)):
 * what they hold is that category's.
 */
const CATEGORY_BEFORE = /(?<![各此这该同等多两诸])类(?!似)[^,;:。、类级(（]{0,6}?(?:案件|纠纷)[^,;:。(（]{0,16}$/;
/** How far before its parenthesis a category is looked for. */
const CATEGORY_REACH = 32;

/** An item of parentheses that counts the period's new cases (2021年受理4宗, 新收36件). */
const NEW_ITEM = /^[(（](?:含|包括|其中|[^)）]*?[,，、;；])?\s*(?:\d{4}\s*年度?|本年度?|当年|今年)?(?:新收|新受理|新增|受理|收到|收案)(?:案件|申请)?\s*\d/;
/** A caseload's part carried over from before, in the same parentheses: (含上年结转1宗, (旧存案件134件. */
const CARRIED_OVER = /^[(（][^)）]*?(?:结转|旧存)/;
/** How far into its parentheses a carried-over part is looked for. */
const CARRIED_OVER_REACH = 40;

/**
 * Parentheses that list the catalogue's things among a mixed count's items (法制审核48份(含合同37份、执法案卷6件…)): they count
 * those things, as 其中 would, where the clause before names none of them (审核各类合同86件(含…合同12件) is a part of a figure).
 */
const CATALOGUE_ITEMS_LISTED = /^[(（]\s*(?:含|包括)\s*(?:行政)?(?:规范性文件|(?:政府|行政)?合同|重大(?:行政)?决策)/;
const CATALOGUE_ITEMS_NAMED = /规范性文件|合同|协议|决策/;

/** The clause right before `at`, back to the clause end before it. */
function clauseBefore(body: string, at: number): string {
  return CLAUSE_TAIL.exec(body.slice(Math.max(0, at - CLAUSE_BEFORE_REACH), at))![0];
}

const CLAUSE_TAIL = /[^,，。;；]*$/;
const CLAUSE_BEFORE_REACH = 40;

/** Whether a position is inside 《…》 (a document's name) or an aside in parentheses, read forward once per sentence. */
class BracketTracker {
  private at: number;
  insideTitle = false;
  /** where each open parenthesis stands, innermost last */
  private readonly open: number[] = [];
  /** the parenthesis aside() last read, and what it found */
  private asideReadAt = -1;
  private asideRead = false;

  constructor(
    private readonly body: string,
    start: number,
  ) {
    this.at = start;
  }

  /** Advances to `position`, which never moves back. */
  moveTo(position: number): void {
    for (; this.at < position; this.at++) {
      const char = this.body[this.at];
      if (char === "《") this.insideTitle = true;
      else if (char === "》") this.insideTitle = false;
      else if (char === "(" || char === "（") this.open.push(this.at);
      else if (char === ")" || char === "）") this.open.pop();
    }
  }

  /** Where the innermost parenthesis open at the position reached stands, if any. */
  innermostOpen(): number | undefined {
    return this.open[this.open.length - 1];
  }

  /**
   * Whether the position reached is inside parentheses that open an aside, or that follow a category's clause; not
   * parentheses that split a caseload into the cases carried over and the new ones (办理…7宗(含上年结转2宗,2023年受理5宗)):
   * they list its parts, the new ones the period's own count.
   */
  aside(): boolean {
    const innermost = this.innermostOpen();
    if (innermost === undefined) return false;
    // every quantity inside one parenthesis asks the same: it is read once
    if (innermost !== this.asideReadAt) {
      this.asideReadAt = innermost;
      this.asideRead = this.opensAside(innermost);
    }
    return this.asideRead;
  }

  private opensAside(open: number): boolean {
    const opening = this.body.slice(open, open + CARRIED_OVER_REACH);
    if (CARRIED_OVER.test(opening) && NEW_ITEM.test(opening)) return false;
    if (CATALOGUE_ITEMS_LISTED.test(opening) && !CATALOGUE_ITEMS_NAMED.test(clauseBefore(this.body, open))) return false;
    return ASIDE_OPENER.test(this.body.slice(open, open + 6)) || INCLUDED_CLOSER.test(this.body.slice(open, open + INCLUDED_REACH)) || CATEGORY_BEFORE.test(this.body.slice(Math.max(0, open - CATEGORY_REACH), open));
  }
}

/**
 * Where a quantity's lead begins: its clause, or the clause before when its
 * own says nothing but a total (公布重大行政决策事项目录,共5项) and that
 * clause holds no value, though it may hold a change
 * (新收行政复议案件同比增长30.6%,达到1,268件).
 */
function leadStartOf(body: string, sentence: Sentence, clauseIndex: number, ends: { figure: number; value: number }, quantity: Quantity): number {
  const clause = sentence.clauses[clauseIndex];
  if (!clause) return Math.max(sentence.start, ends.figure);
  const previous = sentence.clauses[clauseIndex - 1];
  const ownStart = Math.max(clause[0], ends.figure);
  if (SOME_OF.test(body.slice(Math.max(ownStart, quantity.start - SOME_OF_REACH), quantity.start))) return quantity.start;
  const ownWords = body.slice(ownStart, quantity.start);
  if (previous && (TOTAL_ONLY.test(ownWords) || CASES_TOTAL_ONLY.test(ownWords))) {
    const carriedOver = carriedOverClauseBefore(body, sentence, clauseIndex);
    if (carriedOver >= 0) return carriedOver;
  }
  // only a clause with no value of its own can lend its words
  if (!previous || ends.value > previous[0]) return ownStart;
  if (AFTER_REVIEW_DECISION.test(body.slice(previous[0], previous[1]))) return previous[0];
  if (!TOTAL_OR_REACHED_ONLY.test(ownWords)) return ownStart;
  // a milestone passed on the way (出庭应诉率逐年提升,2023年首次突破90%,达91.36%) says what the clause before it names
  const beforePrevious = sentence.clauses[clauseIndex - 2];
  return beforePrevious && MILESTONE_CLAUSE.test(body.slice(previous[0], previous[1])) ? beforePrevious[0] : previous[0];
}

/** A clause saying only that its count is the cases' total (共计, 收案合计): the carried-over clause before it lends its words. */
const CASES_TOTAL_ONLY = new RegExp(String.raw`^\s*${CASES_TOTAL}`);

/** A label and its colon, all the lead before a value (受理:1962件, under a line naming the topic): the label names the value. */
const LABEL_BEFORE_COLON = /^\s*[\u4e00-\u9fff]{1,10}\s*[:：]\s*$/;
/**
 * A clause naming the cases carried over, right before a total's own (新收…380件,旧存15件,共计395件) or with only the new cases'
 * between (旧存9件,新收86件,合计95件): it lends its words, even with its value, for the total counts them with the new ones, which
 * only those words can tell.
 */
const CARRIED_OVER_CLAUSE = /^\s*[,，]?\s*(?:其中)?[^,，;；。\d]{0,12}?(?:旧存|(?:上一?年度?)?结转)[^,，;；。\d]{0,8}?\d/;
/** A clause naming only the new cases (,新收86件), which may stand between the carried-over clause and the total. */
const NEW_CASES_CLAUSE = /^\s*[,，]?\s*新收[^,，;；。\d]{0,12}?\d/;

/** Where the carried-over clause before a total's clause starts, directly before it or with only the new cases between; else -1. */
function carriedOverClauseBefore(body: string, sentence: Sentence, clauseIndex: number): number {
  const previous = sentence.clauses[clauseIndex - 1];
  if (!previous) return -1;
  if (CARRIED_OVER_CLAUSE.test(body.slice(...previous))) return previous[0];
  const beforePrevious = sentence.clauses[clauseIndex - 2];
  return beforePrevious && NEW_CASES_CLAUSE.test(body.slice(...previous)) && CARRIED_OVER_CLAUSE.test(body.slice(...beforePrevious)) ? beforePrevious[0] : -1;
}

/**
 * A clause that says only that a review's decision came (复议决定作出后, 行政复议决定送达后): who went to court in
 * the next did so after it, which only its words can tell.
 */
const AFTER_REVIEW_DECISION = new RegExp(String.raw`^\s*[,，]?\s*(?:经|在)?(?:行政)?${AFTER_REVIEW}\s*$`);

/** A clause that says only that a mark was passed for the first time: 2023年首次突破90%, 首次超过万件. */
const MILESTONE_CLAUSE = /^\s*[,，]?\s*(?:\d{4}年度?)?(?:首次|首度|历史性地?)(?:突破|超过|超|达到|迈上|跨过)[^,，;；。\u4e00-\u9fff]*[万千百]?(?:件|宗|起|人次|%)?\s*[,，]?\s*$/;

/** The total a 其中 list breaks down, and the domain of the figure it gave, if any. */
interface ListHead {
  candidate: Candidate;
  domain: Domain | null;
  rule: MetricRule | null;
  /** the other verb its count was joined to (审查和备案…46件): an item of either is a part */
  jointRule: MetricRule | null;
  /** the head counts all administrative cases, or lawsuits of every kind: administrative lawsuits among them */
  broad: boolean;
  /** the head counts what was not done (终止审理的共317件,其中…), or is no figure and counts those of one subject (涉及营商环境的文件共有142件,
   * 其中…): its items are not figures either */
  negated: boolean;
  /** the head counts things outside the catalogue (办结法律援助案件465宗,其中…行政案件2宗): its items, up to a semicolon, are their parts */
  outside: boolean;
  /** the list of its parts: the first 其中 list after it, or the parentheses right after it */
  list: ListSpan | undefined;
  /** where the first semicolon after its count stands in its sentence, or its end: an item past it is past its stretch (found once asked) */
  stretchEnd: number | undefined;
  /** each rule's largest whole figure of the sentence before it, the head's own included */
  wholeBefore: ReadonlyMap<MetricRule, number>;
}

const NO_WHOLES: ReadonlyMap<MetricRule, number> = new Map();

/** Where a quantity's topic came from: the noun after it, its own lead, an earlier clause, or before the sentence. */
type TopicSource = "follow" | "lead" | "carried" | "inherited";

/**
 * The topic a quantity belongs to, and where that came from. A topic word
 * whose domain counts nothing in the quantity's unit (协议涉及金额3657万元:
 * no contract figure is a sum of money) is passed over for the next one.
 */
function topicOf(reading: Reading, candidate: Candidate, followEnd: number, kindsEnd: number): { domain: Domain; source: TopicSource } | null {
  const { body, hits } = reading;
  const { quantity } = candidate;
  const takes = (hit: TopicHit): boolean => accepts(hit.domain, quantity);
  // after 和/及/与 the next item of a list begins (行政复议案件5件和行政诉讼案件3件), and an aside in
  // parentheses says what the count holds (受理行政案件940件(含非诉审查案件)): neither is the noun it counts
  const following = JOINED_NEXT.test(body.slice(quantity.end, quantity.end + 2)) || ASIDE_AFTER.test(body[quantity.end] ?? "") ? [] : followingHits(body, hits, quantity).filter((hit) => hit.end <= followEnd && ratesNoun(body, quantity, hit) && !contested(body, hit));
  // the noun a number counts ends its phrase: 5起败诉典型案例 counts cases reported as examples
  if (following.some((hit) => isOutsideCatalogue(hit.domain))) return null;
  // nor is it one domain's where it joins two (300余项重大决策和重大合同, 55件规范性文件及合同): one count of both
  if (following.length > 1 && joined(body, following)) return null;
  // or where the kinds listed after it with 、 run on into another domain's (400余项重大决策、重大合同及信访事项)
  if (kindsEnd > followEnd && following.length > 0 && joined(body, catalogueHitsTo(body, hits, quantity, kindsEnd))) return null;
  // the kinds listed after the count (87件行政许可、行政处罚等执法案卷) end on the noun it counts, if a rule reads them so
  const after =
    following.find(takes) ??
    namedByRuleAfter(reading, quantity, quantity.end + FOLLOW_TOPIC_REACH + 1, followEnd, takes) ??
    (kindsEnd > followEnd ? namedByRuleAfter(reading, quantity, followEnd + 1, kindsEnd, takes) : undefined);
  if (after) return { domain: after.domain, source: "follow" };
  const before = topicBefore(reading, candidate, takes);
  // a name in quotes right after the number is what it counts (1000余名“法治带头人”), unless a topic follows or a rule of
  // the topic before says what the name is of (60余场“开学第一课”“学宪法讲宪法”活动: events)
  if (before && body[quantity.end] === "“" && !countsQuotedName(before.domain, quantity, body.slice(quantity.end, followEnd))) return null;
  return before;
}

/** Whether one of a domain's rules reads the words after a count, a name in quotes first, as what it counts. */
function countsQuotedName(domain: Domain, quantity: Quantity, follow: string): boolean {
  return domain.rules.some((rule) => unitFits(rule, quantity) && (rule.after?.exec(follow)?.[0].length ?? 0) > quotedNameLength(follow, 0));
}

/** The topic a quantity takes from before it: its lead, an earlier clause, or what its sentence inherits. */
function topicBefore(reading: Reading, candidate: Candidate, takes: (hit: TopicHit) => boolean): { domain: Domain; source: TopicSource } | null {
  const { body, hits } = reading;
  const { quantity, leadStart } = candidate;
  const lead = hitsFrom(hits, leadStart, quantity.start).filter((hit) => hit.end <= quantity.start && takes(hit) && !subjectOfLaws(body, hit, quantity.start) && !inHoldsAside(body, hit, quantity.start));
  // a means (其中通过行政调解,当事人撤回申请的有11件) says how, not what is counted: the sentence's own topic comes first,
  // in its lead, then in its earlier clauses; only then a means
  const isMeans = (hit: TopicHit): boolean => MEANS_BEFORE.test(body.slice(Math.max(0, hit.start - 2), hit.start)) && !CAME_AFTER.test(body.slice(hit.start, hit.end));
  const namesOwnTopic = lead.length === 0 && hitsFrom(hits, quantity.start - OWN_TOPIC_REACH, quantity.start).some((hit) => hit.start >= leadStart && hit.end <= quantity.start && !isOutsideCatalogue(hit.domain) && !PAST_OWN_NOUN.test(body.slice(hit.end, quantity.start)));
  for (const allowsMeans of [false, true]) {
    const own = allowsMeans ? lead : lead.filter((hit) => !isMeans(hit));
    if (own.length) return joined(body, own) || totalOfKinds(body, own, quantity.start) ? null : { domain: own[own.length - 1]!.domain, source: "lead" };
    // a clause naming a topic of its own that counts nothing in the unit (开展纠纷排查97次) is no more of an earlier clause's
    if (namesOwnTopic) break;
    const carried = carriedHit(reading, leadStart, (hit) => takes(hit) && (allowsMeans || !isMeans(hit)));
    if (carried) return countsOtherSubjectBetween(body, carried, leadStart) || listedWithOtherKinds(reading, carried) ? null : { domain: carried.domain, source: "carried" };
  }
  const later = laterTopicOfOpening(reading, quantity, takes);
  if (later) return { domain: later.domain, source: "carried" };
  const leadWords = body.slice(leadStart, quantity.start);
  const inherited =
    inheritedFor(reading.inherited, quantity, leadWords) ??
    (noneCanCount(reading.inherited, quantity) ? inheritedFor(reading.inheritedBeyond(), quantity, leadWords) : namedByItsSentence(reading, quantity));
  return inherited ? { domain: inherited, source: "inherited" } : null;
}

/**
 * A paragraph's first sentence that opens on bare counts and names their topic a few clauses on in their rate's name, before any
 * semicolon (全年县政府共受理88件,办结81件,其中纠错11件,复议纠错率13.58%): its own words speak for it before the paragraph above does.
 */
function laterTopicOfOpening({ body, sentence, hits }: Reading, quantity: Quantity, takes: (hit: TopicHit) => boolean): TopicHit | undefined {
  if (!BARE_CASE_COUNT.test(body.slice(Math.max(sentence.start, quantity.start - BARE_VERB_REACH), quantity.start)) || !CLAUSE_ENDS.test(body[quantity.end] ?? "")) return undefined;
  if (!opensIndentedLine(body, sentence.start)) return undefined;
  for (let i = lowerBound(hits, (hit) => hit.start < quantity.end); i < hits.length; i++) {
    const hit = hits[i]!;
    if (hit.end > Math.min(sentence.end, quantity.end + LATER_TOPIC_REACH) || SEMICOLON.test(body.slice(quantity.end, hit.start))) return undefined;
    if (hit.weak || isOutsideCatalogue(hit.domain)) continue;
    // the first topic on must name a rate of the counts (复议纠错率), not a count of its own (调解成功1206件)
    return takes(hit) && RATE_NAMED_AFTER.test(body.slice(hit.end, hit.end + RATE_NAME_REACH)) ? hit : undefined;
  }
  return undefined;
}

const RATE_NAMED_AFTER = /^[\u4e00-\u9fff]{0,6}率/;
const RATE_NAME_REACH = 7;

/** How far on the topic may stand: a few clauses, so a sentence of thousands of counts stays linear. */
const LATER_TOPIC_REACH = 60;
const SEMICOLON = /[;；]/;
/** A verb of cases right before the count, no noun between (受理88件, 办结共81件): a count that names nothing it counts. */
const BARE_CASE_COUNT = /(?:受理|收到|新收|收案|办理|办结|审结|结案|纠错|纠正|维持|驳回|撤销|终止)(?:了)?(?:共|共计|合计|累计)?\s*$/;
const BARE_VERB_REACH = 8;
/** What may follow a bare count's unit: its clause's or sentence's end. */
const CLAUSE_ENDS = /^[,，、;；。]?$/;


/**
 * A topic word listed with another domain's in its clause, the list closed by 等 or 各类 before its count (受理行政诉讼、非诉行政执行审查等
 * 各类案件4385件): the clause counted all together, so it hands no topic of one to the clauses after it (…,审结4317件).
 */
function listedWithOtherKinds({ body, sentence, hits }: Reading, hit: TopicHit): boolean {
  const clause = sentence.clauses[lowerBound(sentence.clauses, ([, end]) => end <= hit.start)];
  if (!clause) return false;
  const listed = hitsFrom(hits, clause[0], clause[1]).filter((other) => other.end <= clause[1]);
  return listed.length > 1 && joined(body, listed) && CASES_COUNTED.test(body.slice(listed[listed.length - 1]!.end, clause[1]));
}

/** A count of the kinds listed, closed by 等 or 各类 (…、国家赔偿等各类案件4385件), not a ratio of them (复议与诉讼案件之比为5.2:1). */
const CASES_COUNTED = /^[^\d]*?(?:等|各类)[^\d]{0,8}?\d+(?:\.\d+)?\s*(?:万|亿)?\s*(?:余|多)?\s*[件起宗]/;

/** How close before a count a topic word that cannot count it must stand to say what the count is of (开展纠纷排查97次). */
const OWN_TOPIC_REACH = 8;
/** Words that close the phrase a topic word stands in before the count (…林地权属纠纷等有关法律法规…, …纠纷的…): not the count's own noun. */
const PAST_OWN_NOUN = /[等的]/;

/**
 * Past a semicolon, a stretch that opens on a count of a subject of its own, neither the topic nor any of its domain's
 * cues (…案件58件;市里交办的督办件12件,成功化解9件): what follows in it is that subject's, not the topic's.
 */
function countsOtherSubjectBetween(body: string, hit: TopicHit, leadStart: number): boolean {
  // read no further back than the stretch's opening count can stand: a sentence of thousands of counts stays linear
  const gap = body.slice(Math.max(hit.end, leadStart - STRETCH_OPENING_REACH), leadStart);
  const semicolon = Math.max(gap.lastIndexOf("；"), gap.lastIndexOf(";"));
  if (semicolon === -1) return false;
  const stretch = gap.slice(semicolon + 1);
  const count = STRETCH_COUNT.exec(stretch);
  const lead = count ? stretch.slice(0, count.index) : "";
  return SUBJECT_WORDS.test(lead) && !CARRIED_OVER_WORDS.test(lead) && !hit.domain.topic.test(lead) && !hit.domain.rules.some((rule) => rule.before?.test(lead));
}

/** How far before a count's lead the semicolon opening its stretch is looked for. */
const STRETCH_OPENING_REACH = 64;
/** The first count of a stretch. */
const STRETCH_COUNT = /\d+(?:\.\d+)?\s*(?:万|亿)?\s*(?:余|多)?\s*[件起宗个项份]/;
/** Words before it that can name a subject: two Han characters at least. */
const SUBJECT_WORDS = /[\u4e00-\u9fff]{2}/;
/** The cases carried over from the year before (加上上年结转的6件;另有上年结转6件): the topic's own cases, no other subject. */
const CARRIED_OVER_WORDS = /结转|旧存/;

/**
 * Topics were handed on, but none can count the quantity (人次 after a sentence on 调解): those handed on before them
 * may. Where one can and inheritedFor still chose none, two could, and the quantity's own words must decide.
 */
function noneCanCount(inherited: Inherited, quantity: Quantity): boolean {
  return inherited.length > 0 && !inherited.some((domain) => accepts(domain, quantity));
}

/**
 * A topic word further after the count than a noun's reach, inside the words a rule of its domain reads as what the
 * count counts (为500余名高一师生带来一堂干货满满的法治公开课), or inside the verb it reads after them
 * (对87件行政处罚案件实施集中评查): the count's own.
 */
function namedByRuleAfter({ body, hits }: Reading, quantity: Quantity, from: number, followEnd: number, takes: (hit: TopicHit) => boolean): TopicHit | undefined {
  const far = hitsFrom(hits, from, followEnd).filter((hit) => hit.end <= followEnd && takes(hit));
  if (far.length === 0) return undefined;
  const follow = body.slice(quantity.end, followEnd);
  return far.find((hit) => hit.domain.rules.some((rule) => unitFits(rule, quantity) && ((rule.after?.exec(follow)?.[0].length ?? 0) >= hit.end - quantity.end || isLaterVerb(rule, follow, hit.start - quantity.end, hit.end - quantity.end))));
}

/** Whether a rule's later verb (对87件行政处罚案件实施集中评查) spans [start, end) of the words after the count. */
function isLaterVerb(rule: MetricRule, follow: string, start: number, end: number): boolean {
  const verb = rule.laterVerb?.exec(follow) ?? null;
  return verb !== null && verb.index <= start && end <= verb.index + verb[0].length;
}

/** Words before a topic that make it the means of what is counted (通过行政调解, 经人民调解). */
const MEANS_BEFORE = /(?:通过|经过?|借助|依托|运用)$/;
/** A topic that names what came after it (经复议后诉讼案件: the suits after a review), not one that did not (经复议后未被起诉). */
const CAME_AFTER = /后(?![^,;。]*?[未没不])/;

/**
 * A topic outside the catalogue among the subjects of the laws or knowledge a
 * count spreads (对…婚姻家庭、信访、林地权属纠纷等有关法律法规开展集中宣传22场次):
 * what they are about, not what is counted.
 */
const LAWS_ON = /^[^,;:。]{0,40}?等[^,;:。]{0,4}?(?:法律法规|法律知识|法律(?!服务|援助|咨询|顾问|事务)|法规|知识|政策)/;

function subjectOfLaws(body: string, hit: TopicHit, quantityStart: number): boolean {
  return isOutsideCatalogue(hit.domain) && LAWS_ON.test(body.slice(hit.end, quantityStart));
}

/**
 * Of the topics a sentence inherits, the one catalogue domain that can count
 * the quantity; with none, a topic outside the catalogue, which gives nothing;
 * with two (行政复议和行政诉讼…), none: the quantity's own words must decide.
 */
function inheritedFor(inherited: Inherited, quantity: Quantity, lead: string): Domain | null {
  const catalogue = inherited.filter((domain) => !isOutsideCatalogue(domain) && accepts(domain, quantity));
  if (catalogue.length === 1) return catalogue[0]!;
  if (catalogue.length === 0) return inherited.find(isOutsideCatalogue) ?? null;
  // of several, the one a cue in the count's own lead names that no other domain's rule shares (…引起行政复议35件,其中…。
  // 被纠错的共5件 under 执法 and 复议); 审核 or 受理 could be anyone's
  const naming = domainsCuedIn(lead);
  const only = naming.length === 1 ? naming[0]! : null;
  if (only && catalogue.includes(only) && only.rules.some((rule) => unitFits(rule, quantity) && rule.before?.test(lead))) return only;
  return ownerOfObject(catalogue, lead);
}

/**
 * Of several domains, the one alone whose objects a lead names (收到申请13684件 under 行政复议和行政应诉: applications are
 * the reviews'), or null.
 */
function ownerOfObject(domains: readonly Domain[], lead: string): Domain | null {
  const owners = domains.filter((domain) => domain.objects?.test(lead) === true);
  return owners.length === 1 ? owners[0]! : null;
}

/**
 * Of several topics handed on (a heading's 行政复议应诉工作) to a sentence naming none, the one it names by its counts' cues, where
 * those name one alone (2024年新收案件42件,审结39件,其中维持23件,…纠错率17.9%: 维持 and 纠错率 are the reviews'), or by the
 * objects only one counts (收到申请…: the reviews'). Asked only where the count's own lead could not choose.
 */
function namedByItsSentence({ body, sentence, inherited, hits }: Reading, quantity: Quantity): Domain | null {
  const catalogue = inherited.filter((domain) => !isOutsideCatalogue(domain) && accepts(domain, quantity));
  // a sentence naming a topic of its own (…化解行政争议87件,…出庭应诉率保持100%) is on what it names, no choice among those handed on
  if (catalogue.length < 2 || hits.some((hit) => !isOutsideCatalogue(hit.domain))) return null;
  const named = new Set<Domain>();
  for (const [start, end] of sentence.clauses.slice(0, SENTENCE_CLAUSES_READ)) {
    const lead = CLAUSE_LEAD.exec(body.slice(start, end))?.[0] ?? "";
    const naming = domainsCuedIn(lead);
    const owner = naming.length === 1 ? naming[0]! : ownerOfObject(catalogue, lead);
    if (owner) named.add(owner);
  }
  const [only, ...more] = named;
  return only && more.length === 0 && catalogue.includes(only) ? only : null;
}

/** The domains one of whose rules' cues stands in a lead. */
function domainsCuedIn(lead: string): Domain[] {
  return DOMAINS.filter((domain) => domain.rules.some((rule) => rule.before?.test(lead)));
}

/** A clause's words before its first number. */
const CLAUSE_LEAD = /^[^\d]*/;
/** How many of a sentence's clauses are read for its topic: a sentence of thousands of counts stays linear. */
const SENTENCE_CLAUSES_READ = 12;

/** Whether a domain can take a quantity: it has a rule for its unit, or it is a topic outside the catalogue, which takes it and gives nothing. */
function accepts(domain: Domain, quantity: Quantity): boolean {
  return isOutsideCatalogue(domain) || domain.rules.some((rule) => unitFits(rule, quantity));
}

/** A clause that names an honour won (获全区案卷评查优秀, 被评为…先进单位): what it names is not what the next clause counts. */
const HONOUR_CLAUSE = /^\s*(?:并|均|还|先后)?(?:获|荣获|获评|被评为|被授予|入选)/;

/**
 * The topic an earlier clause carries to a quantity: the first topic word of
 * the nearest clause before its lead that names one as its subject, not
 * what a comparison measures against, nor a cause some cases arose from.
 */
function carriedHit({ body, sentence, hits }: Reading, leadStart: number, takes: (hit: TopicHit) => boolean): TopicHit | undefined {
  const clauseOf = (at: number): readonly [number, number] | undefined => sentence.clauses[lowerBound(sentence.clauses, ([, end]) => end <= at)];
  // not what a comparison measures against, nor what an honour won names
  const namesNoSubject = (hit: TopicHit): boolean => {
    const clause = clauseOf(hit.start);
    return clause !== undefined && (comparesWithOther(body, clause) || HONOUR_CLAUSE.test(body.slice(clause[0], hit.start)));
  };
  const carries = (hit: TopicHit): boolean =>
    hit.end <= leadStart && !enumerated(body, hit) && takes(hit) && !namesNoSubject(hit) && !namesCause(body, hit) && !insideClosedAside(body, hit, sentence.start, leadStart);
  let last = lowerBound(hits, (hit) => hit.start < leadStart) - 1;
  while (last >= 0 && !carries(hits[last]!)) last--;
  if (last < 0) return undefined;
  const clause = clauseOf(hits[last]!.start);
  const from = clause ? lowerBound(hits, (hit) => hit.start < clause[0]) : last;
  // a topic word in a name in quotes (开展“加强行政复议、推进依法行政”主题宣传活动) yields to the clause's own noun
  let quoted: TopicHit | undefined;
  for (let i = from; i <= last; i++) {
    const hit = hits[i]!;
    if (!carries(hit)) continue;
    if (!clause || !insideQuotes(body, hit, clause)) return hit;
    quoted ??= hit;
  }
  return quoted;
}

/** Whether a topic word stands inside quotes that open and close within its clause. */
function insideQuotes(body: string, hit: TopicHit, [clauseStart, clauseEnd]: readonly [number, number]): boolean {
  const open = body.lastIndexOf("“", hit.start);
  if (open < clauseStart || body.lastIndexOf("”", hit.start) > open) return false;
  const close = body.indexOf("”", hit.end);
  return close !== -1 && close < clauseEnd;
}

/**
 * A topic word inside parentheses closed before the lead (排查矛盾纠纷103件(其中…
 * 涉法涉诉案件8件),化解率为100%) names a part listed aside: the clauses after
 * it are still on the sentence's topic.
 */
function insideClosedAside(body: string, hit: TopicHit, sentenceStart: number, leadStart: number): boolean {
  let open = hit.start - 1;
  while (open >= sentenceStart && body[open] !== "(" && body[open] !== ")") open--;
  if (open < sentenceStart || body[open] === ")") return false;
  const close = body.indexOf(")", hit.end);
  return close !== -1 && close < leadStart;
}

/** The topic words starting close enough after a quantity to be the noun it counts. */
function followingHits(body: string, hits: readonly TopicHit[], quantity: Quantity): TopicHit[] {
  // what the things counted were about, between the count and their noun (1起有关政府信息公开事务的行政复议案件, 2起涉及行政复议…的
  // 信访案件), is passed over: the noun after it is what is counted
  const about = ABOUT_AFTER_COUNT.exec(body.slice(quantity.end, quantity.end + ABOUT_CHARS))?.[0].length ?? 0;
  const from = quantity.end + about;
  return hitsFrom(hits, from, from + quotedNameLength(body, from) + FOLLOW_TOPIC_REACH + 1);
}

/** Whether an item's words, from where they open, say what arose from its head's things (其中,发生…; 其中引发…), no part of them. */
export function arisesFromHead(words: string): boolean {
  return AROSE_FROM_HEAD.test(words);
}

const AROSE_FROM_HEAD = /^[\s,，]*(?:其中)?[\s,，:：]*(?:共|又|另)?(?:发生|引发|引起|产生|导致)/;

/** Words right after a count that say what the things it counts were about, up to the 的 that ends them (有关…的, 涉及…的). */
const ABOUT_AFTER_COUNT = /^(?:有关|涉及|关于)[^,，;；。:：\d的]{1,16}的/;
const ABOUT_CHARS = 22;

/**
 * A rate names its measure right after it (100%出庭应诉) or through 的 (93%的行政争议…); a topic further
 * on, past spaces or a note's mark (调解成功率93% [4] - 行政复议…), begins the next item. A count's noun is
 * no rate (受理案件七千余件行政机关负责人应诉率偏低, a headline run together: the rate is the next phrase's).
 */
function ratesNoun(body: string, quantity: Quantity, hit: TopicHit): boolean {
  if (quantity.kind !== "percent") return !NAMES_RATE_AFTER.test(body.slice(hit.end, hit.end + 3));
  return hit.start === quantity.end || (hit.start === quantity.end + 1 && body[quantity.end] === "的");
}

/** A topic word that names a rate: 率 right after it or after a character (应诉率, 出庭应诉率, 复议纠错率). */
const NAMES_RATE_AFTER = /^[\u4e00-\u9fff]?率/;

/** A name in quotes right after a number (6场“法律进社区”系列宣传活动) widens the reach to the noun after it. */
const QUOTED_NAME = /^“[^“”]{1,16}”(?:系列)?/;

function quotedNameLength(body: string, at: number): number {
  return body[at] === "“" ? (QUOTED_NAME.exec(body.slice(at, at + 24))?.[0].length ?? 0) : 0;
}

/** The hits starting in [from, to): the hits are sorted by start. */
function hitsFrom(hits: readonly TopicHit[], from: number, to = Infinity): TopicHit[] {
  const found: TopicHit[] = [];
  for (let i = lowerBound(hits, (hit) => hit.start < from); i < hits.length && hits[i]!.start < to; i++) found.push(hits[i]!);
  return found;
}

/** The catalogue's topic hits after a quantity up to `end`, the kinds a list after it names. */
function catalogueHitsTo(body: string, hits: readonly TopicHit[], quantity: Quantity, end: number): TopicHit[] {
  return hitsFrom(hits, quantity.end, end).filter((hit) => hit.end <= end && !contested(body, hit) && !isOutsideCatalogue(hit.domain));
}

/**
 * The last of some topic hits is joined to another domain's, before a count (规范性文件和合同58件) or after it
 * (300余项重大决策和重大合同): one count of both, no figure of either.
 */
function joined(body: string, hits: readonly TopicHit[]): boolean {
  const last = hits[hits.length - 1]!;
  return hits.some((hit) => hit.domain !== last.domain && hit.end <= last.start && JOINER.test(body.slice(hit.end, last.start)));
}

/**
 * A total of items of several domains listed with 、 (办理行政应诉案件…、市政府作为行政复议被申请人、…答复案件共计33件):
 * one count of all, no figure of any.
 */
function totalOfKinds(body: string, lead: readonly TopicHit[], quantityStart: number): boolean {
  const last = lead[lead.length - 1]!;
  if (!TOTAL_WORD.test(body.slice(last.end, quantityStart))) return false;
  return lead.some((hit) => hit.domain !== last.domain && !hit.weak && !isOutsideCatalogue(hit.domain) && body.slice(hit.end, last.start).includes("、"));
}

/** A body, then what it issued, in the clause before a count: 市政府制定的规范性文件6件, 人大及其常委会作出的决议12件、制定的…1件, 市监察委员会制定的…1件. */
const ISSUED_BY = /(?:政府|法院|检察院|人大|常委会|委员会|部门|机关|单位|局|厅)[^,;:。]{0,30}?(?:制定|印发|出台|发布|制发|作出)的[^,;:。]{0,16}$/;

function issuedByOther(body: string, { clause, quantity }: Candidate): boolean {
  return ISSUED_BY.test(body.slice(Math.max(clause[0], quantity.start - LEAD_REACH), quantity.start));
}

/**
 * A clause that is nothing but what was done to the things a count ending the clause before counts, closing its sentence
 * (…的规范性文件17件,宣布失效。 in a clean-up notice's items): that rule's figure, the evidence running to the verb.
 */
function outcomeClauseAfter(body: string, countClauseEnd: number, sentenceEnd: number, rules: readonly MetricRule[]): { rule: MetricRule; end: number } | null {
  // only the sentence's last clause, and a short one, is read: a sentence may hold thousands of counts
  if (!CLAUSE_COMMA.test(body[countClauseEnd] ?? "") || sentenceEnd - countClauseEnd > OUTCOME_CLAUSE_REACH) return null;
  const rest = body.slice(countClauseEnd + 1, sentenceEnd);
  // a page cut off right after the verb (…结转起诉案件2件,结果维持) may have gone on
  if (!SENTENCE_CLOSE.test(rest)) return null;
  const clause = rest.replace(SENTENCE_CLOSE, "");
  if (clause.length > OUTCOME_CLAUSE_LENGTH) return null;
  for (const rule of rules) {
    const match = rule.after?.exec(clause.trimStart());
    if (match && match[0].length === clause.trim().length) return { rule, end: countClauseEnd + 1 + clause.trimEnd().length };
  }
  return null;
}

const CLAUSE_COMMA = /^[,，]$/;
/** The mark that closes a sentence, and the space after it. */
const SENTENCE_CLOSE = /[。;；]\s*$/;
/** The longest outcome clause read: a verb with its adverb (予以废止, 宣布失效, 继续有效). */
const OUTCOME_CLAUSE_LENGTH = 8;
/** How far the sentence's end may stand from the count's clause end: the outcome, its mark and the spaces after. */
const OUTCOME_CLAUSE_REACH = 2 * OUTCOME_CLAUSE_LENGTH;

/** The figure a value gives, if any: its topic, then the rule whose cue binds it, else its list's verb or head. */
function bind(reading: Reading, candidate: Candidate, listHead: ListHead | null, nextQuantityStart: number): Finding | null {
  const { body, hits, sentence } = reading;
  const { quantity, leadStart, clause } = candidate;
  const followLimit = Math.min(clause[1], nextQuantityStart);
  const followEnd = nextBoundary(body, quantity.end, followLimit);
  // a list of kinds after the count (122卷行政许可、行政处罚案卷) is read to the noun it ends on; not the next item of a list the
  // count ends (规范性文件12件、重大行政决策7项)
  const kindsEnd = followEnd > quantity.end ? listEnd(body, followEnd, followLimit) : followEnd;
  // in 收案数、败诉数分别为120件、8件 each value's cue is its own name; in 行政复议、行政应诉案件分别为…, its own topic
  const named = respectiveName(body, candidate);
  const topic = topicOf(reading, candidate, followEnd, kindsEnd);
  if (!topic) return named ? topicNamedValue(body, hits, named, candidate) : null;
  const rules = topic.domain.rules.filter((rule) => unitFits(rule, quantity));
  // every way below to a figure goes through one of these rules
  if (rules.length === 0) return null;
  // a lead stretched back over a clause (……目录,共5项) lends its cues only where it names the topic, or where the count's own
  // clause names the topic's things (…,对现行文件进行梳理,共涉及文件73份), or where it names the cases carried over (…旧存15件,共计395件)
  const leadLends =
    leadStart >= clause[0] ||
    topic.source === "lead" ||
    topic.domain.objects?.test(body.slice(clause[0], quantity.start)) === true ||
    CARRIED_OVER_CLAUSE.test(body.slice(leadStart, clause[0])) ||
    LABEL_BEFORE_COLON.test(body.slice(leadStart, clause[0]));
  // a list whose names are bodies or kinds, not measures (柏岭区、松塘区受理…分别为359件、312件), breaks a total down;
  // a name that is the bare topic (本级行政复议、行政应诉案件分别为…) is a kind, though the topic alone cues a count
  if (named && (BARE_TOPIC_NAME.test(named.first) || !topic.domain.rules.some((rule) => rule.before?.test(named.first)))) return topicNamedValue(body, hits, named, candidate);
  const [cueFrom, cueTo] = named?.range ?? [leadStart, quantity.start];
  // a cue inside a document's name or an aside (《关于印发…的通知》, (包括…不予受理…)) is not the clause's
  // the move a count made from an earlier one, right before it (行政复议案件由上年的120件增加到156件), is no part of its cue's phrase
  const lead = withoutMoveFrom(maskAsides(body.slice(cueFrom, cueTo)));
  const follow = body.slice(quantity.end, followEnd);
  const scope = valueScope(candidate);
  const finding = (rule: MetricRule, start: number, end: number): Finding => ({ domain: topic.domain, rule, scope, quantity, start, end, change: null });
  const leadCore = withoutFillerTail(lead);
  // 全省平均败诉率为9.6%,我市为6.1%: the own place's value takes the rate the superior's clause names
  const ownAfterSuperior = quantity.kind === "percent" ? rateBeforeOwnPlace(body, sentence, candidate, rules) : null;
  if (ownAfterSuperior) return finding(ownAfterSuperior.rule, ownAfterSuperior.start, quantity.end);
  const followed = FOLLOW_PATTERNS.read(follow);

  // 16个市分别进行优秀卷宗推荐: places counted, whatever noun comes after them;
  // 建立“无忧调解超市”11个, 「人民调解专家库」7个: things so named, whatever cue the name holds
  if (quantity.unit === "个" && (followed.test(FOREIGN_FOLLOW) || CLOSING_QUOTE.test(leadCore))) return null;
  if (followed.test(AWARDED)) return null;
  const kindsFollow = body[followEnd] === "、" ? body.slice(quantity.end, nextBoundary(body, followEnd + 1, followLimit)) : follow;
  for (const rule of rules) {
    const match = rule.after?.exec(kindsFollow);
    if (match) return measuresOther(rule, match[0], body, sentence) ? null : finding(rule, quantity.start, quantity.end + match[0].length);
  }
  if (namesOtherThingBefore(body, candidate, leadCore) || followed.test(OTHER_THINGS_FOLLOW) || listEndsOnOtherThings(body, followEnd) || joinsOtherThing(body, quantity, follow, topic.domain)) return null;
  // an item of a 、 list that names other things of its own (规范性文件3件、重大案件审理事项18件、合同21份开展合法性审核) is
  // none of the topic an earlier item named
  if (topic.source !== "follow" && namesOnlyOtherThings(topic.domain, ownItemWords(body, leadStart, quantity.start))) return null;
  // a verb after the noun the number counts says what was done to it (共有3862件一审行政案件通过调解结案),
  // or after no noun at all (另有2件因申请人撤回申请而终止)
  // not past the 、 that ends its item (保留…13件、废止…4件: 废止 is the next item's verb)
  // a second verb joined by 并 (出台…2件并按规定进行合法性审核) is what was also done; the lead's own cue says what the count is
  const alsoDone = ALSO_DONE.test(follow) && rules.some((rule) => rule.before?.test(lead));
  // (or after the kinds listed before the noun: 75件行政许可、处罚等案件实施集中评查)
  const verbFollows = followed.test(VERB_FOLLOWS) || (kindsEnd > followEnd && VERB_FOLLOWS.test(body.slice(body.lastIndexOf("、", kindsEnd) + 1, kindsEnd)));
  if (!alsoDone && (verbFollows || followingHits(body, hits, quantity).some((hit) => hit.end <= followEnd && hit.domain === topic.domain))) {
    const tail = body.slice(quantity.end, Math.min(clause[1], quantity.end + LATER_VERB_REACH));
    // a verb before 的 says what the noun after it is (审结52件报备的规范性文件) where a verb of the clause stands right
    // before the count; with none there (清理出《…》等2件需要废止的规范性文件) it says what the count is
    const verbRightBefore = (): boolean => rules.some((rule) => rule.before?.test(lead.slice(-VERB_RIGHT_BEFORE)));
    for (const rule of rules) {
      const match = rule.laterVerb?.exec(tail);
      if (match && tail[match.index + match[0].length] === "的" && verbRightBefore()) continue;
      // a verb not done yet (13件规范性文件尚未报送备案) gives no figure
      if (!match) continue;
      const noun = tail.slice(0, match.index);
      // a verb inside an object 对 opens after the count (8次专门对行政负责人出庭应诉工作作出批示) is the object's, not what the count counts
      if (OBJECT_AFTER_COUNT.test(noun)) return null;
      // a topic from before the clause keeps only a noun of its own (…共对27件行政处罚案件进行法制审核 after a sentence on 规范性文件
      // counts cases; 对…规范性文件…进行清理;…法律顾问共对430件事项进行审查 counts other matters)
      // nor one whose object, opened by 对 before the count, is other things (对…拟出台的文件、政策措施等62件进行合法性审核 after a
      // sentence on 重大行政决策)
      if (NEGATED_BEFORE_VERB.test(noun) || ((topic.source === "inherited" || topic.source === "carried") && (namesOtherThings(topic.domain, noun) || namesOtherThings(topic.domain, objectBeforeCount(lead))))) return null;
      const end = quantity.end + match.index + match[0].length;
      return finding(insteadOf(rules, rule, "", lead)?.rule ?? rule, quantity.start, end);
    }
  }
  const listedBeforeVerb = alsoDone ? null : verbAfterList(body, quantity.end, clause[1], rules);
  if (listedBeforeVerb) return finding(listedBeforeVerb.rule, quantity.start, listedBeforeVerb.end);
  if (!leadLends) return null;
  // within an object 对 opens, a cue is its attribute (对保留的6件…开展审查), not what was done to it; a rate's name right before it is
  // still its own (会议对全区行政机关负责人出庭率100%表示肯定);
  // an item that names what it counts after its number (640名法律明白人、73名村(居)法律顾问) has no lead of its own: the words before its 、 are the item before
  // not where a verb of the clause follows the object, the cue after it (对事实争议较大的案件组织听证26件: hearings held)
  const objectAt = quantity.kind === "percent" ? -1 : lead.search(OBJECT_OPENER);
  const inObject = objectAt >= 0 && !VERB_AFTER_OBJECT.test(lead.slice(objectAt));
  // a count opening parentheses after another count's verb (3起已结案(1起判决维持…) is a part of that count: the verb is not its own
  const cueLead = namesItselfAfter(body, quantity, follow) || opensPartsOfCount(body, quantity.start) ? "" : inObject ? lead.slice(0, objectAt) : lead;
  const cues = rules.map((rule) => cueIn(rule.before, cueLead));
  if (cues.some((cue) => cue.negated)) return null;
  const cued = chosenCue(cues, lead, (index) => topic.domain.totals?.includes(rules[index]!.id) === true);
  if (cued >= 0) {
    const cue = cues[cued]!;
    // what was done after it (调解后进行司法确认的矛盾纠纷18件) is what the count counts, and no rule's cue names it
    if (DONE_AFTER.test(lead.slice(cue.end))) return null;
    // what some of the cue's cases came to (已审结案件中胜诉36宗) counts those, no rule's figure
    if (AMONG_AFTER_CUE.test(lead.slice(cue.end))) return null;
    // an item named only by its case noun (受理各类行政案件1599件,其中诉讼案件1087件) is a part of its head's count
    const head = listHead?.rule ? listHead : reading.headBefore;
    const nominal = cueRank(cue, lead) === 2;
    if (head?.rule && head.domain === topic.domain && nominal) return null;
    // an item of a 、 or comma list named only by its case noun takes its list's verb (引发的行政复议案件10件、行政诉讼案件1件;
    // 全市法院共审结一审民商事案件12.5万件,行政案件1320件)
    const shared = nominal ? sharedListVerb(body, sentence, candidate, rules, topic.source === "lead", reading.headBefore) : null;
    if (shared) return finding(shared.rule, shared.at, quantity.end);
    if (!objectFits(topic, lead.slice(cue.end).replace(MASKED, "")) || namesListItems(topic.source, body.slice(cueFrom + cue.end, quantity.start))) return null;
    // the topic's things listed with other things after the cue (审核…文件、合同、协议共计486件; 审核…议题、合同协议等涉法事项213件), or
    // before it (审查市政府文件、合同协议、重大决策事项等共612件): one count of all
    if (listedWithOtherObject(topic.domain, lead.slice(cue.end)) || listedAfterOtherObjects(topic.domain, lead.slice(0, cue.at))) return null;
    // 以纠错、调解、和解等方式化解388件: one count of two figures, no figure of either
    // but two steps listed (审查和备案规范性文件54件) each counted the same things
    if (cues.some((other, index) => index !== cued && other.at >= 0 && (listedWith(lead, cue, other) || runTogether(topic.domain, cue, other, rules[cued]!, rules[index]!)) && !bothSteps(rules[cued]!, rules[index]!))) return null;
    const cueWords = lead.slice(cue.at, cue.end);
    if (measuresOther(rules[cued]!, cueWords, body, sentence) || lacksWordsBefore(rules[cued]!, cueWords, body, sentence, cueFrom + cue.at)) return null;
    // 共有 counts the whole only where the number ends its clause, but for an aside (共有46件(2024年为39件)); 共有860件原告的诉讼请求被驳回
    // counts an outcome
    if (TOTAL_CUE.test(cueWords) && !BARE_TOTAL_FOLLOW.test(follow)) return null;
    // a topic from before the clause keeps only a count of its own things (取消216项证明事项 after a sentence on 规范性文件), and
    // only where its clause's verb acts on them (对常务会议议题开展合法性审查119件 after a clause on 合同)
    if ((topic.source === "inherited" || topic.source === "carried") && (namesOtherThings(topic.domain, countedNounAfter(follow)) || namesOtherThings(topic.domain, objectOfVerb(body, clause[0], quantity.start)))) return null;
    const restated = insteadOf(rules, rules[cued]!, body.slice(quantity.end, Math.min(sentence.end, quantity.end + AFTER_REACH)), lead);
    return restated ? finding(restated.rule, cueFrom + cue.at, quantity.end + restated.length) : finding(rules[cued]!, cueFrom + cue.at, quantity.end);
  }
  if (named) return null;
  const outcome = follow.trim() === "" ? outcomeClauseAfter(body, followEnd, sentence.end, rules) : null;
  if (outcome) return finding(outcome.rule, quantity.start, outcome.end);
  // only an item that names its own topic, before or after its number (办理6件行政复议、8件行政诉讼), or only its year (败诉率为14.2%、2022年为11.6%), shares its list's cue
  const ownLead = body.slice(leadStart, quantity.start);
  // not an item that names what it counts after its number (640名法律明白人、73名村(居)法律顾问)
  const listed =
    (topic.source === "lead" && !namesItselfAfter(body, quantity, follow)) || topic.source === "follow" || YEAR_ITEM.test(ownLead)
      ? sharedListVerb(body, sentence, candidate, rules, topic.source === "lead", reading.headBefore)
      : null;
  if (listed) return finding(listed.rule, listed.at, quantity.end);
  // a clause that names nothing but its topic and its number, no list's verb before it (…;行政复议14起,复议机关维持…) counts the cases dealt with,
  // and so does the next item of such a clause (当年行政复议17件、行政诉讼26件), and the first of two such items after counts of other
  // things (…出具法律意见书6份,…,行政复议6宗,行政诉讼5宗)
  const itemStart = afterBareTopicItem(body, sentence, leadStart);
  const bare = topic.source === "lead" && (!listHead || listHead.broad) && (itemStart >= 0 || opensStretch(body, sentence, leadStart) || BARE_TOPIC_ITEM_NEXT.test(body.slice(quantity.end, quantity.end + BARE_TOPIC_ITEM_REACH))) ? rules.find((rule) => rule.bareTopic) : undefined;
  const topicAt = bare ? onlyTopicBefore(body, hits, topic.domain, itemStart >= 0 ? itemStart : leadStart, quantity.start) : -1;
  if (bare && topicAt >= 0) return finding(bare, topicAt, quantity.end);
  // an item on the head's own topic is a part of the head's figure, not a figure; of another head, it shares the head's verb:
  // the one done to the head's things after their count (对…下发的1346件文件进行了核对,其中…规范性文件58件: checked, not issued),
  // else its cue; not an item that says how its cases ended (其中驳回原告诉讼请求97件), a part of the head's count whatever its topic
  if (listHead && topic.source === "lead" && listHead.domain !== topic.domain && !OUTCOME_OF_ITEM.test(lead)) {
    const head = listHead.candidate;
    // read no further than a later verb's reach: a sentence of thousands of items stays linear
    const afterHead = body.slice(head.quantity.end, Math.min(leadStart, head.quantity.end + LATER_VERB_REACH));
    const doneToHead = rules.find((rule) => rule.laterVerb?.test(afterHead));
    if (doneToHead) return finding(doneToHead, head.quantity.start, quantity.end);
    const headLead = body.slice(head.leadStart, head.quantity.start);
    for (const rule of rules) {
      const { at } = cueIn(rule.before, headLead);
      if (at >= 0) return finding(rule, head.leadStart + at, quantity.end);
    }
  }
  return null;
}

/** The later items of a 、 list, each a noun and its count, up to the verb after the last: 、乡镇规范性文件2件 of …文件3件、乡镇规范性文件2件开展备案审查. */
const LATER_ITEMS = /^(?:、[^、,;:。\d]{0,16}?\d+(?:\.\d+)?\s*[件份个项条宗起])+/;

/**
 * A count that opens a 、 list of counts whose verb comes after the last (共对区直部门规范性文件3件、乡镇规范性文件2件开展备案审查):
 * each item takes that verb where no later item has a cue of its own (保留…13件、废止…4件: 废止 is the next item's).
 */
function verbAfterList(body: string, countEnd: number, clauseEnd: number, rules: readonly MetricRule[]): { rule: MetricRule; end: number } | null {
  if (body[countEnd] !== "、") return null;
  const tail = body.slice(countEnd, Math.min(clauseEnd, countEnd + LATER_VERB_REACH));
  const items = LATER_ITEMS.exec(tail);
  if (!items || rules.some((rule) => rule.before?.test(items[0]))) return null;
  const rest = tail.slice(items[0].length);
  if (!VERB_FOLLOWS.test(rest)) return null;
  for (const rule of rules) {
    const verb = rule.laterVerb?.exec(rest);
    if (verb && !NEGATED_BEFORE_VERB.test(rest.slice(0, verb.index))) return { rule, end: countEnd + items[0].length + verb.index + verb[0].length };
  }
  return null;
}

/** The text's own place with nothing but its value, a verb or none before it (我市为6.1%, 而我县仅为2%, 我区100%, 全市为6%). */
const OWN_PLACE_VALUE = new RegExp(String.raw`${OWN_PLACE}(?:则)?(?:为|是|达到?|仅为|仅)?\s*$`);

/**
 * The rate a superior's clause names right before the text's own place is given its value (全省平均败诉率为9.6%,我市为6.1%):
 * the place's own rate, read from the clause before; the superior's value there is a comparison (see roles).
 */
function rateBeforeOwnPlace(body: string, sentence: Sentence, { quantity, clause }: Candidate, rules: readonly MetricRule[]): { rule: MetricRule; start: number } | null {
  const own = body.slice(clause[0], quantity.start);
  if (!OWN_PLACE_VALUE.test(own)) return null;
  const index = sentence.clauses.findIndex(([start]) => start === clause[0]);
  if (index <= 0) return null;
  const [from, to] = sentence.clauses[index - 1]!;
  const previous = body.slice(from, to);
  // up to its first value, past the year it may open on (2023年全国…纠错率为12.1%)
  const yearEnd = LEADING_YEAR.exec(previous)?.[0].length ?? 0;
  const valueAt = previous.slice(yearEnd).search(/\d/);
  const lead = valueAt < 0 ? "" : previous.slice(0, yearEnd + valueAt);
  if (!ownPlaceAgainstSuperior(lead, own)) return null;
  for (const rule of rules) {
    const cue = cueIn(rule.before, lead);
    if (cue.at >= 0) return { rule, start: from + cue.at };
  }
  return null;
}

/**
 * Whether the words right before a count name something else it counts (问题8047个, 涉法事项的合法性审查…); not
 * bodies counted just before it in their own unit (对24个市级部门87件…案件实施集中评查: the 87 are the departments' cases).
 */
function namesOtherThingBefore(body: string, { leadStart, quantity, afterBodyCount }: Candidate, leadCore: string): boolean {
  const heads = OTHER_THING_HEADS.read(leadCore.includes("由") ? withoutFillerTail(leadCore.replace(MOVED_FROM_TAIL, "")) : leadCore);
  if (!heads.matchesAny) return false;
  if (heads.test(OTHER_REVIEWED) || heads.test(OTHER_KINDS_WITH) || heads.test(PUBLISHED_INFORMATION)) return true;
  if (heads.test(PRINTED_MATTER)) return PRINTED_UNIT.test(quantity.unit);
  return !(afterBodyCount && !BODY_COUNT_UNIT.test(quantity.unit) && !opensOnJoint(body, leadStart));
}

/** Where the lead's topic word starts when the lead holds nothing else but 案件, 一审 or a total word after it, else -1. */
function onlyTopicBefore(body: string, hits: readonly TopicHit[], domain: Domain, leadStart: number, quantityStart: number): number {
  const hit = hitsFrom(hits, leadStart, quantityStart).find((each) => each.domain === domain && !each.weak);
  if (!hit || body.slice(leadStart, hit.start).trim() !== "") return -1;
  return TOPIC_ONLY_REST.test(body.slice(hit.end, quantityStart)) ? hit.start : -1;
}

/**
 * Where a lead's own words begin when it opens on the 、 or comma after an item that names only the year or the body, its
 * topic and its count (全年行政复议20件、…; 街道行政诉讼7起,…), or one kind of a body's lawsuits (其中民事诉讼30起,…); -1 where
 * it does not. A 、 stays in the lead; a comma ends the clause before it.
 */
function afterBareTopicItem(body: string, sentence: Sentence, leadStart: number): number {
  const join = ITEM_JOINS.has(body[leadStart]!) ? leadStart : ITEM_JOINS.has(body[leadStart - 1]!) ? leadStart - 1 : -1;
  if (join <= sentence.start || !BARE_TOPIC_ITEM.test(body.slice(Math.max(sentence.start, join - BARE_TOPIC_ITEM_REACH), join))) return -1;
  return join + 1;
}

const ITEM_JOINS = new Set(["、", ",", "，"]);
/** The item before may go on to its outcomes in a clause or two (行政复议144件,120件作出复议决定,行政诉讼97件; …5件,均维持原行政行为,…). */
const BARE_TOPIC_ITEM =
  /(?:^|[,，;；:：])\s*(?:其中\s*)?(?:(?:全年|本年度?|年度|\d{4}\s*年度?)(?:共)?)?(?:[\u4e00-\u9fff]{0,8}?(?:[区县市州旗盟镇乡局厅委院级]|街道)|民事|刑事)?(?:行政)?(?:复议|诉讼|应诉)(?:案件)?\s*\d+\s*[件起宗](?:[,，][^,，;；:：。]{1,16}){0,2}$/;
const BARE_TOPIC_ITEM_REACH = 68;
/** The next item, right after a count, that names only the other kind of cases and its count (…行政复议6宗,行政诉讼5宗): the pair counts both. */
const BARE_TOPIC_ITEM_NEXT = /^[^,，;；、\d]{0,2}[,，、]\s*(?:行政)?(?:复议|诉讼|应诉)(?:案件)?\s*\d+\s*[件起宗](?![^,，;；。]{0,4}?[的中])/;

/**
 * Whether a lead opens its stretch of the sentence: at the sentence's start, after a semicolon, or after a clause
 * that says only the year (2021年,行政复议14起); not after another count's comma (共收到行政复议38件,行政诉讼17件: that one's verb is shared).
 */
function opensStretch(body: string, sentence: Sentence, leadStart: number): boolean {
  let before = leadStart - 1;
  while (before >= sentence.start && isWhiteSpace(body.charCodeAt(before))) before--;
  if (before < sentence.start || STRETCH_END.test(body[before]!)) return true;
  return (body[before] === "," || body[before] === "，") && TOTAL_ONLY.test(body.slice(sentence.start, before));
}

/**
 * A count's or a rate's move from an earlier value, ending right before it: 由上年的120件增加到, 从2022年的85件下降至2023年的; between
 * a number and the noun it counts too (编制由70个增加到215个).
 */
const MOVED_FROM_TAIL =
  /(?:由|从)\s*(?:\d{4}\s*年度?的?|上年度?的?|去年的?|上一年度?的?)?\s*\d[\d,.]*\s*[\u4e00-\u9fff%％]?\s*(?:增加|增长|上升|提高|提升|扩大|减少|下降|降低|缩减|回落)(?:到|至)\s*(?:\d{4}\s*年度?的?|今年的?|本年度?的?)?$/;

/** A lead without the move from an earlier value at its end, read only where 由 or 从 stands: bind asks it of every count. */
function withoutMoveFrom(lead: string): string {
  return lead.includes("由") || lead.includes("从") ? lead.replace(MOVED_FROM_TAIL, "") : lead;
}

/** A respectively-list's first name that ends on the bare topic, with no verb after it. */
const BARE_TOPIC_NAME = /行政(?:复议|诉讼)$/;
const TOPIC_ONLY_REST = /^(?:案件)?(?:一审)?(?:共|共计|合计)?(?:为|有)?\s*$/;

/** The lead without the filler that ends it, walked back over: a pattern ending in `*$` is tried at every position of the lead. */
function withoutFillerTail(lead: string): string {
  let end = lead.length;
  while (end > 0 && FILLER.test(lead[end - 1]!)) end--;
  return lead.slice(0, end);
}

/** Does the cue name another measure than the rule's, as its sentence says (调解率 beside 调解成功率)? */
function measuresOther(rule: MetricRule, cue: string, body: string, sentence: Sentence): boolean {
  return (rule.otherMeasureBeside ?? []).some((other) => other.cue.test(cue) && other.sentence.test(body.slice(sentence.start, sentence.end)));
}

/** Whether a cue that names its figure only after words that say so (镇领导均出庭应诉,应诉率…) stands without them in its sentence. */
function lacksWordsBefore(rule: MetricRule, cue: string, body: string, sentence: Sentence, cueStart: number): boolean {
  const only = rule.onlyAfter;
  return only !== undefined && only.cue.test(cue) && !only.before.test(body.slice(sentence.start, cueStart));
}

/**
 * The rule the words after a count say it is instead of the cued one (受理3318件(含旧存402件)), with those words' length; or
 * the words of its lead (对原有2件…文件进行审核), with none. A later verb's count passes no words after it: they hold its verb.
 */
function insteadOf(rules: readonly MetricRule[], cued: MetricRule, follow: string, lead: string): { rule: MetricRule; length: number } | null {
  for (const rule of rules) {
    if (!rule.insteadOf?.ids.includes(cued.id)) continue;
    const after = rule.insteadOf.after?.exec(follow);
    if (after) return { rule, length: after[0].length };
    if (rule.insteadOf.before?.test(lead)) return { rule, length: 0 };
  }
  return null;
}

/** 分别为 and its kin (依次为): names before it, their values after it, in the same order. */
const RESPECTIVELY = /(?:分别|依次)(?:为|是|达到?|有)/g;
const RESPECTIVELY_WORD = /分别|依次/;
/** What separates the names or values: 、, 及, or a 和 that does not open 和解 (调解和解率 is one name). */
const ITEM_SEPARATOR = /[、及]|和(?!解)/;
/** A name that is a year alone (2023年). */
const YEAR_NAME = /^\s*\d{4}\s*年度?\s*$/;
/** Longest value item looked at after 分别为 (约1,200余件 and its separator). */
const MAX_VALUE_ITEM = 16;

/**
 * The name a respectively-list gives a quantity, as body offsets: in
 * 收案数、败诉数分别为120件、8件 the second value is 败诉数's. Null when the
 * quantity is not in such a list, or the list has fewer names than values.
 */
function respectiveName(body: string, candidate: Candidate): RespectiveName | null {
  const { quantity, clause } = candidate;
  const from = Math.max(clause[0], quantity.start - LEAD_REACH);
  const before = body.slice(from, quantity.start);
  if (!RESPECTIVELY_WORD.test(before)) return null;
  const marker = [...before.matchAll(RESPECTIVELY)].pop();
  if (!marker) return null;
  const values = before.slice(marker.index + marker[0].length).split(ITEM_SEPARATOR);
  const index = values.length - 1;
  if (values.slice(0, index).some((value) => value.length === 0 || value.length > MAX_VALUE_ITEM) || values[index]!.trim() !== "") return null;
  const names = before.slice(0, marker.index).split(ITEM_SEPARATOR);
  // years listed (2023年、2024年…分别为603件次和712件次) name no measure: the years' own reading gives each value its year
  if (names.length < 2 || index >= names.length || YEAR_NAME.test(names[0]!)) return null;
  const ranges: [number, number][] = [];
  let start = from;
  for (const name of names) {
    ranges.push([start, start + name.length]);
    start += name.length + 1;
  }
  return { range: ranges[index]!, first: names[0]!, all: ranges };
}

/** A quantity's own name in a respectively-list, the list's first name, and every name's range. */
interface RespectiveName {
  range: [number, number];
  first: string;
  all: readonly [number, number][];
}

/**
 * A respectively-list whose names each end on a topic (本级行政复议、行政应诉案件分别为1545件、739件): each value counts
 * its own name's cases dealt with, or what the verb right before the names says was done to them (全年新收行政复议、行政诉讼一审
 * 案件分别为1,318件和205件: received).
 */
function topicNamedValue(body: string, hits: readonly TopicHit[], named: RespectiveName, candidate: Candidate): Finding | null {
  const own = topicEnding(body, hits, named.range[0], named.range[1]);
  const endings = named.all.map(([start, end]) => topicEnding(body, hits, start, end));
  const firstTopic = endings[0];
  if (!own || !firstTopic || endings.includes(null)) return null;
  const fitting = own.domain.rules.filter((each) => unitFits(each, candidate.quantity));
  // the first name's words before its topic, where a verb may stand (全年新收 before 行政复议)
  const verbWords = body.slice(Math.max(named.all[0]![0], firstTopic.start - VERB_BEFORE_NAMES_REACH), firstTopic.start);
  for (const each of fitting) {
    const verbAt = each.before !== undefined && !each.bareTopic ? cueEndingAt(each.before, verbWords) : -1;
    if (verbAt >= 0) return { domain: own.domain, rule: each, scope: valueScope(candidate), quantity: candidate.quantity, start: firstTopic.start - verbWords.length + verbAt, end: candidate.quantity.end, change: null };
  }
  const rule = fitting.find((each) => each.bareTopic);
  return rule ? { domain: own.domain, rule, scope: valueScope(candidate), quantity: candidate.quantity, start: own.start, end: candidate.quantity.end, change: null } : null;
}

const VERB_BEFORE_NAMES_REACH = 8;

/** Where a rule's cue that ends `words` starts in them (全年新收 ends on 新收), or -1. */
function cueEndingAt(cue: RegExp, words: string): number {
  return matchesOf(cue, words).find((match) => match.index + match[0].length === words.length)?.index ?? -1;
}

/** The catalogue topic a name ends on, with nothing but 案件 and the like after it, or null. */
function topicEnding(body: string, hits: readonly TopicHit[], start: number, end: number): TopicHit | null {
  const last = hitsFrom(hits, start, end)
    .filter((hit) => !hit.weak && hit.end <= end && !isOutsideCatalogue(hit.domain))
    .pop();
  return last && TOPIC_ONLY_REST.test(body.slice(last.end, end)) ? last : null;
}

/**
 * The verb an item's 、 list opened with, or, for an item that names its own topic, its comma list's, or that of the count before
 * a sentence of items opening on 其中 where no figure heads them.
 */
function sharedListVerb(body: string, sentence: Sentence, candidate: Candidate, rules: readonly MetricRule[], ownTopic: boolean, headBefore: StatedHead | null): { rule: MetricRule; at: number } | null {
  const listed = listVerb(body, candidate, rules);
  if (listed || !ownTopic) return listed;
  return commaListVerb(body, sentence, candidate, rules) ?? (headBefore ? null : verbOfCountBefore(body, sentence, candidate, rules));
}

/**
 * The items of a sentence opening on 其中, each naming only what it counts (。其中行政规范性文件14件,涉政府合同协议63件), take the verb
 * of the count the sentence before ended on (全年共审查各类事项286件), where that count was no figure: they are the catalogue's parts of it.
 */
function verbOfCountBefore(body: string, sentence: Sentence, candidate: Candidate, rules: readonly MetricRule[]): { rule: MetricRule; at: number } | null {
  const { quantity, clause } = candidate;
  const opening = LIST_OPENING.exec(body.slice(sentence.start, quantity.start));
  if (!opening) return null;
  const ownLead = body.slice(Math.max(clause[0], sentence.start + opening[0].length), quantity.start);
  if (!BARE_ITEM.test(ownLead) || ITEM_VERB.test(ownLead)) return null;
  // the clauses between the opening and the item's are items of the same kind; a list of more is read no further, so that a
  // sentence of thousands of items stays linear
  const index = lowerBound(sentence.clauses, ([start]) => start < clause[0]);
  if (index > MAX_OPENING_ITEMS) return null;
  for (const [start, end] of sentence.clauses.slice(0, index)) {
    const words = body.slice(Math.max(start, sentence.start + opening[0].length), end);
    const count = COUNT_ENDS_ITEM.exec(words);
    if (!count || ITEM_VERB.test(words.slice(0, count.index))) return null;
  }
  const before = body.slice(Math.max(0, sentence.start - LEAD_REACH), sentence.start);
  const head = HEAD_CLAUSE.exec(before);
  if (!head) return null;
  return openingCue(rules, head[1]!, sentence.start - before.length + head.index, ownLead.trim());
}

/**
 * The cue of a list's opening clause that its items share, standing right after the clause's year, its subject (全年共) and
 * its cause (因…引发); `from` is the clause's body offset.
 */
function openingCue(rules: readonly MetricRule[], lead: string, from: number, itemNoun: string): { rule: MetricRule; at: number } | null {
  const year = LEADING_YEAR.exec(lead)?.[0].length ?? 0;
  const subject = TOTAL_SUBJECT.exec(lead.slice(year))?.[0].length ?? 0;
  const cause = CAUSE_OPENING.exec(lead.slice(year + subject))?.[0].length ?? 0;
  return listCue(rules, lead, from, year + subject + cause + LIST_VERB_OPENING, itemNoun);
}

/** How many items of a sentence opening on 其中 may stand before one that takes the verb of the count before it. */
const MAX_OPENING_ITEMS = 12;
/** A sentence opening on 其中. */
const LIST_OPENING = /^\s*其中\s*[,，:：]?\s*/;
/** The last clause of the sentence before, a count closing it: its lead in the group. */
const HEAD_CLAUSE = /([^\d,，。；;:：!?！？\n]{2,24})\d+(?:\.\d+)?\s*(?:万|亿)?\s*(?:余|多)?\s*[件份项部条篇起宗个]\s*。\s*$/;

/**
 * An item of a 、 list takes the verb its list opened with: in
 * 审查规范性文件12件、重大行政决策7项、行政协议89件 all three were reviewed.
 */
function listVerb(body: string, candidate: Candidate, rules: readonly MetricRule[]): { rule: MetricRule; at: number } | null {
  const { quantity, leadStart, clause } = candidate;
  // 、 (or 和/及/与) before the item's noun (…、行政诉讼8件, …6件和行政诉讼案件3件) or 、 right before its number (6件行政复议、8件行政诉讼)
  const joint = opensOnJoint(body, leadStart) ? leadStart : body[quantity.start - 1] === "、" ? quantity.start - 1 : -1;
  if (joint <= clause[0]) return null;
  // an item that says what became of it (…、宣布失效8件、不再作为行政规范性文件管理36件) has a verb of its own
  const itemWords = body.slice(joint + 1, quantity.start);
  if (OWN_PREDICATE.test(itemWords)) return null;
  const listStart = Math.max(clause[0], quantity.start - LEAD_REACH);
  return listCue(rules, body.slice(listStart, joint), listStart, Infinity, itemWords.trim());
}

/**
 * Words opening a list item that say what became of it, so it shares no verb of the list's: 复议后 too (…行政复议3件和复议后提起
 * 行政诉讼1件: those taken to court after review).
 */
const OWN_PREDICATE = /^\s*(?:不再|不予|尚未|暂未|暂不|未|另有|另|(?:经过?)?(?:行政)?复议后)/;

/**
 * A lead with its asides blanked, offsets kept: those enclosed, and one that
 * closes in it but opened before it (规章18件(含新制定4件,修改14件)、规范性文件707件:
 * a comma inside the aside began the clause); one that ends it is dropped. A cue inside an aside is not the clause's.
 */
function maskAsides(lead: string): string {
  const masked = maskEnclosed(lead);
  const closed = ASIDE_CLOSED_IN.exec(masked);
  const blanked = closed ? "\u3000".repeat(closed[0].length) + masked.slice(closed[0].length) : masked;
  // how a review ended, glossed right before its count (终止(调解和解)31件), says what the count counts
  const gloss = lead.endsWith(")") ? ENDED_GLOSS.exec(lead) : null;
  if (gloss) return blanked.slice(0, gloss.index) + gloss[0];
  // any other aside right before the count glosses the words before it (行政诉讼案件(一审、二审)8件): their cue ends the lead
  return blanked.endsWith(")") ? blanked.replace(TRAILING_ASIDE, "") : blanked;
}

const TRAILING_ASIDE = /\(\u3000*\)$/;

const ASIDE_CLOSED_IN = /^[^(]*\)/;
/** The way a review ended, glossed in parentheses after 终止 right before the count: left in the lead for the rules to read. */
const ENDED_GLOSS = /终止\([^()]{1,30}\)$/;

/**
 * The first rule whose cue, not negated, stands in a list's opening words, no further in than `maxAt`; `from` is their body offset.
 * A list shares its verb, not the noun its first item counts (see sharedCue): `itemNoun` is the item's own words before its number.
 */
function listCue(rules: readonly MetricRule[], lead: string, from: number, maxAt = Infinity, itemNoun = ""): { rule: MetricRule; at: number } | null {
  for (const rule of rules) {
    const cue = sharedCue(rule.before, lead, itemNoun);
    if (!cue || cue.at > maxAt) continue;
    // 修改、废止法规规章103件、规范性文件4818件: the list's verb is two acts, one count of both, no figure of either
    return actsListedWith(rules, rule, lead, cue) ? null : { rule, at: from + cue.at };
  }
  return null;
}

/** Whether another rule's cue is listed with `rule`'s (修改、废止), the two not steps every item passes. */
function actsListedWith(rules: readonly MetricRule[], rule: MetricRule, lead: string, cue: Cue): boolean {
  return rules.some((other) => {
    if (other === rule || bothSteps(rule, other)) return false;
    const otherCue = cueIn(other.before, lead);
    return otherCue.at >= 0 && listedWith(lead, cue, otherCue);
  });
}

/**
 * Where a list's cue of one rule stands, not negated. A cue that ends on the noun its item counts, right before the number
 * (法律明白人615名), is shared only by items counting the same noun (抽查…行政处罚案卷30份、行政许可案卷20份); for another
 * noun (…、农村学法用法示范户27名), a cue before it is looked for.
 */
function sharedCue(before: RegExp | undefined, lead: string, itemNoun: string): Cue | null {
  const noun = itemNoun.replace(QUOTES_AT_END, "");
  for (let words = lead; ; ) {
    const cue = cueIn(before, words);
    if (cue.at < 0 || cue.negated) return null;
    if (noun === "" || !COUNT_RIGHT_AFTER.test(words.slice(cue.end)) || noun.endsWith(words.slice(Math.max(cue.at, cue.end - HEAD_NOUN_CHARS), cue.end))) return cue;
    words = words.slice(0, cue.at);
  }
}

/** How many characters at a noun's end say what it is (案卷 of 行政处罚案卷). */
const HEAD_NOUN_CHARS = 2;
const QUOTES_AT_END = /[”"」』\s]+$/;

/**
 * An item of a comma list of counts takes the verb its list opened with: in
 * 审核县政府常务会议题95个,会议纪要48件,县、乡两级合同1300余份 all three
 * were reviewed. The item names its noun in a few words and nothing else
 * before its number (not 发现问题案卷167件, 延长有效期的…3件); each item before
 * it ends on its count and opens on no verb of its own.
 */
function commaListVerb(body: string, sentence: Sentence, candidate: Candidate, rules: readonly MetricRule[]): { rule: MetricRule; at: number } | null {
  const { quantity, clause } = candidate;
  const ownLead = body.slice(clause[0], quantity.start);
  if (!COMMA_JOINT.test(body[clause[0] - 1] ?? "") || !BARE_ITEM.test(ownLead) || ITEM_VERB.test(ownLead) || STOCK_ITEM.test(ownLead)) return null;
  const { clauses } = sentence;
  // by binary search: a sentence may run to thousands of clauses
  const index = lowerBound(clauses, ([start]) => start < clause[0]);
  if (clauses[index]?.[0] !== clause[0]) return null;
  for (let item = index - 1; item >= Math.max(0, index - MAX_COMMA_ITEMS); item--) {
    const [start, end] = clauses[item]!;
    const count = COUNT_ENDS_ITEM.exec(body.slice(start, end));
    if (!count) return null;
    const lead = body.slice(start, start + count.index);
    const shared = openingCue(rules, lead, start, ownLead.trim());
    // an item naming a grade of what the items before counted (评查案卷560卷,优秀案卷86卷) counts some of those: a part
    if (shared) return GRADED_ITEM.test(ownLead) ? null : shared;
    if (ITEM_VERB.test(lead) || !COMMA_JOINT.test(body[start - 1] ?? "")) return null;
  }
  return null;
}

/**
 * An item opening on a grade, won or given (优秀案卷86卷, 获优秀案卷45卷 after 评查案卷560卷): the graded ones, some of those the list
 * counted; not 规范性文件.
 */
const GRADED_ITEM = /^\s*(?:获评?|获得|评定?为|被评为)?(?:优秀|良好|合格|基本合格|不合格|较差|差|规范(?!性)|不规范|有瑕疵|瑕疵|存在问题的?|问题)/;

/** An item of a 、 list right before its number that names what it counts after it (、73名村(居)法律顾问). */
function namesItselfAfter(body: string, quantity: Quantity, follow: string): boolean {
  return body[quantity.start - 1] === "、" && OWN_NOUN_AFTER.test(follow);
}

/**
 * A count joined by 和/及/与 to the count before it that names another thing after its number (3项重大行政决策和4个论证事项):
 * the thing before the joint is the other item's, not this one's.
 */
function joinsOtherThing(body: string, quantity: Quantity, follow: string, domain: Domain): boolean {
  return JOINT_BEFORE.test(body[quantity.start - 1] ?? "") && COUNTED_THING.test(withoutOwnWords(domain, follow));
}

const JOINT_BEFORE = /[和及与]/;

const COMMA_JOINT = /[,，]/;
/** Words right after a count that name what it counts (68名村(居)法律顾问), not a qualifier (以上). */
const OWN_NOUN_AFTER = /^(?!以上|左右|上下)[\u4e00-\u9fff(（]{2}/;
/** An item's words before its number: a few, no digit, no 的 (a verb's clause may hide before it). */
const BARE_ITEM = /^[^\d的]{1,12}$/;
/** What may open an amount: a total's word, then an approximation's (共, 累计; 近, 约, 超过). */
const AMOUNT_OPENING = "(?:共|累计)?(?:近|约|超过)?";
/** A count right after a cue, quotes or an amount word between: the cue is the noun it counts (法律明白人615名, “法律明白人”约600名). */
const COUNT_RIGHT_AFTER = new RegExp(String.raw`^[”"」』\s]*${AMOUNT_OPENING}\d`);
/** How many items back a comma list's verb is looked for. */
const MAX_COMMA_ITEMS = 4;
/** How far into its item the list's verb may stand (全年共审查…). */
const LIST_VERB_OPENING = 4;
/** A year the list's first item opens on, before its verb (2024年共审核规范性文件4份,合同8份). */
const LEADING_YEAR = /^\s*\d{4}\s*年度?/;
/** The body that did what the list counts, before its total's word and its verb (全县行政机关共发生行政复议案件62件,行政诉讼21件). */
const TOTAL_SUBJECT = /^[^\d,，。；;、]{1,8}?(?:共|累计)/;
/** What caused the cases, before the verb the list opened with (因信息公开引起的行政复议31件,行政诉讼0件). */
const CAUSE_OPENING = /^(?:全年|本年度?)?因[^\d,，。；;、]{1,16}?(?=引起|引发|产生)/;
/** An item of a comma list: its count, then its comma. */
const COUNT_ENDS_ITEM = /\d(?:\.\d+)?\s*(?:万|亿)?\s*(?:余|多)?\s*(?:场次|人次|件次|[件份个项部条篇起宗次场人名卷期])\s*[,，]$/;
/** An item that states what stands in force (制发规范性文件2件,现行有效规范性文件1件): a stock, nothing the list's verb did. */
const STOCK_ITEM = /现行|现有|有效/;
/** Verbs an item of its own opens on: the list's verb does not reach past them. */
const ITEM_VERB = /终止|判决|整改|起草|草拟|代拟|裁定|审理|结案|审查|审核|出台|制定|印发|发布|备案|报备|报送|清理|废止|修改|修订|保留|延长|办理|受理|收到|新收|审结|办结|调解|化解|调处|排查|开展|举办|组织|培训|评查|抽查|发现|查处|作出|纠正|撤销|维持|驳回|胜诉|改判|发回|撤诉|发放|发出|接待|提供|解答|预防|防止|稳控|劝阻|处置|新增|注销|吊销|暂扣|调离|调出|退休|退出|委托|出庭|评出|评选|评定|获评|配备|配齐|聘请|聘任|聘用|选聘|选派|派驻|招募|培养|培育|建成|设立|成立|组建|签订|编印|印制|录制/;

interface Cue {
  /** where the last match that is not negated starts and ends in the lead (-1 if none) */
  at: number;
  end: number;
  /** whether any match is negated (不予受理7件 counts what was not done, so the quantity gives no figure) */
  negated: boolean;
}

/** Whether a rule's cue stands in `text` and not as what was not done (受理, not 不予受理 or 尚未审结): a table's header or label. */
export function cuedIn(rule: MetricRule, text: string): boolean {
  return cueIn(rule.before, text).at >= 0;
}

/** Where `cue` stands in `lead`. */
function cueIn(cue: RegExp | undefined, lead: string): Cue {
  const found: Cue = { at: -1, end: -1, negated: false };
  if (!cue) return found;
  for (const match of matchesOf(cue, lead)) {
    // a count's word that names a rate (纠错率达11, its % lost on the page) cues no count
    if (lead[match.index + match[0].length] === "率") continue;
    const before = lead.slice(0, match.index);
    // 因调解撤案而终止审理的: the review ended because of what came before, which is what the count counts
    if (ENDED_BY.test(before)) continue;
    if (NEGATED.test(before)) found.negated = true;
    else {
      found.at = match.index;
      found.end = match.index + match[0].length;
    }
  }
  return found;
}

/** A review ended by what came before it: (因|通过|经)…而终止, or by its application withdrawn (申请人撤回申请终止审理3件). */
const ENDED_BY = /(?:(?:因|通过|经)[^,;:。]{1,12}?而?|撤回(?:行政)?(?:复议)?申请(?:而|后)?)终止$/;

/**
 * The rule whose cue binds: the first, in priority order, whose cue is the
 * clause's verb rather than an attribute of its noun (审查各部门报备的规范性文件184件
 * were reviewed, not filed), else the first whose cue is anywhere; -1 for none.
 * `isTotal` says whether a cue's rule counts every case of the domain.
 */
function chosenCue(cues: readonly Cue[], lead: string, isTotal: (index: number) => boolean): number {
  const found = (rank: number): number => cues.findIndex((cue) => cue.at >= 0 && cueRank(cue, lead) === rank);
  for (let rank = 0; rank < 3; rank++) {
    const index = found(rank);
    if (index < 0) continue;
    if (!isTotal(index)) return afterwards(cues, lead, index, rank);
    const outcomeAfter = outcomeNamedAfter(cues, lead, index, isTotal);
    const outcome = outcomeAfter >= 0 ? outcomeAfter : outcomeNamedBefore(cues, lead, index, isTotal);
    return outcome >= 0 ? outcome : afterwards(cues, lead, index, rank);
  }
  return -1;
}

/**
 * A verb of every case done to cases its noun names by one outcome (审理涉及…行政机关败诉案件共计16件): the count is
 * that outcome's; the cue after the verb that is its noun's attribute and not a total's, or -1. Not a procedure the
 * cases went through before a court's hearing (办理审前和解案件20097件,成功和解8307件): those were taken into it.
 */
function outcomeNamedAfter(cues: readonly Cue[], lead: string, verb: number, isTotal: (index: number) => boolean): number {
  return cues.findIndex((cue, index) => !isTotal(index) && cue.at > cues[verb]!.end && cueRank(cue, lead) === 1 && !PROCEDURE_BEFORE.test(lead.slice(0, cue.at)));
}

/**
 * The cases one outcome names before a bare total of them (一审判决行政机关败诉的案件,全年共有214件): the count is that
 * outcome's, the cue that is its noun's attribute; -1 for none.
 */
function outcomeNamedBefore(cues: readonly Cue[], lead: string, total: number, isTotal: (index: number) => boolean): number {
  const totalCue = cues[total]!;
  if (!TOTAL_CUE.test(lead.slice(totalCue.at, totalCue.end))) return -1;
  return cues.findIndex((cue, index) => !isTotal(index) && cue.at >= 0 && cue.end <= totalCue.at && cueRank(cue, lead) === 1);
}

/** Words that make the outcome after them a procedure's name (审前和解案件, 诉前调解案件). */
const PROCEDURE_BEFORE = /(?:审前|诉前|诉中|庭前)$/;

/**
 * What was done after another thing is what the number counts (被申请人自行纠错后
 * 申请人撤回申请的19万件 were withdrawn): a cue of the same rank standing after the chosen
 * one, with 后 between them, is the one. After a means (经审查确认继续执行的32件 were
 * retained) any cue after it is, the state a thing was found to be left in too.
 */
function afterwards(cues: readonly Cue[], lead: string, chosen: number, rank: number): number {
  const first = cues[chosen]!;
  const byMeans = MEANS_CUE.test(lead.slice(Math.max(0, first.at - 2), first.at));
  const later = cues.findIndex(
    (cue, index) =>
      index !== chosen &&
      cue.at > first.end &&
      (byMeans || (cueRank(cue, lead) === rank && THEN.test(lead.slice(first.end, cue.at)) && !STATE.test(lead.slice(cue.at, cue.end)))),
  );
  return later >= 0 ? later : chosen;
}

const THEN = /后/;
/** A cue's 后 and another act of the lead's, no rule's cue (…调解后进行司法确认的…): the count counts that act. */
const DONE_AFTER = /^后[^,;:。]{0,4}?(?:进行|申请|经|由|向)/;
/** The cue's cases framed as a whole (…案件中), then what some of them came to before the count: 审结案件中胜诉36宗. */
const AMONG_AFTER_CUE = /^的?[^,;:。\d]{0,8}?(?<!集)中(?!心|级|院|止)[^,;:。\d]{1,10}$/;
const MEANS_CUE = /经过?$/;
/** A state the thing is left in, not a thing done to it: 修改后继续有效 counts what was amended. */
const STATE = /^(?:继续有效|继续执行)$/;

/** Two cues listed together (纠错、调解): the words between them are a list's joint, not the instances a case noun has (受理一、二审行政案件). */
function listedWith(lead: string, cue: Cue, other: Cue): boolean {
  const between = other.at < cue.at ? lead.slice(other.end, cue.at) : lead.slice(cue.end, other.at);
  return LIST_JOINT.test(between) && JOINT.test(between.replace(INSTANCES, ""));
}

/**
 * Two outcomes of a clean-up run together with nothing between (修改废止53件): one count of both, as 修改、废止 is; not a step and
 * what it led to, nor the clean-up through the stock and its outcome (清理废止规范性文件2份: those repealed in it). Only a domain that
 * takes stock has such outcomes: elsewhere verbs run together are one act (到庭应诉).
 */
function runTogether(domain: Domain, cue: Cue, other: Cue, rule: MetricRule, otherRule: MetricRule): boolean {
  const outcome = (each: MetricRule): boolean => each.stage !== true && each.takesStock !== true;
  return (other.end === cue.at || cue.end === other.at) && outcome(rule) && outcome(otherRule) && domain.rules.some((each) => each.takesStock === true);
}

/** Instances joined: 一、二审, 一审和二审, 一、二审和再审. */
const INSTANCES = /[一二]审?(?:[、和及与]\s*(?:二审?|再审))+/g;

/** The words between two listed cues: a joint, perhaps with the list's other items (纠错、调解、和解). */
const LIST_JOINT = /^[^,;:。，；：]{0,6}$/;
const JOINT = /[、和及与或]/;

/** Whether a lead opens on a joint: it names the next item after a count (…、行政诉讼8件, 6件和行政诉讼案件3件). */
function opensOnJoint(body: string, leadStart: number): boolean {
  return JOINT.test(body[leadStart] ?? "");
}

/**
 * A case noun that only names the count (复议案件977件, 全年行政复议20件): the weakest cue, after any verb; not the object of
 * a verb that brings one (复议后提起行政诉讼3件).
 */
const NOMINAL_CUE = /(?:案件(?:数量|总数|数)?|年度?共?(?:行政)?(?:复议|诉讼)|(?<!提[起出]|申请)行政(?:复议|诉讼))(?:共|合计|总计|共计)?(?:为|达)?$/;

/**
 * 0 for a verb, 1 for a verb as its noun's attribute (审结的复议案件, 复议申请案件),
 * 2 for a bare case noun.
 */
function cueRank(cue: Cue, lead: string): number {
  if (NOMINAL_CUE.test(lead.slice(cue.at, cue.end))) return 2;
  return lead[cue.end] === "的" || lead.startsWith("案件", cue.end) ? 1 : 0;
}

/** Every match of a rule's pattern in `text`; its global twin is compiled once, not per sentence. */
function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const global = globalTwin(pattern);
  const matches: RegExpExecArray[] = [];
  global.lastIndex = 0;
  for (let match = global.exec(text); match; match = global.exec(text)) {
    matches.push(match);
    if (match[0] === "") global.lastIndex++;
  }
  return matches;
}

/** Where a list that goes on at `from` (…许可、处罚、强制等案件) ends: past each 、 to the next boundary. */
function listEnd(body: string, from: number, limit: number): number {
  let end = from;
  while (body[end] === "、" && end < limit) end = nextBoundary(body, end + 1, limit);
  return end;
}

/** The end of the words that follow a quantity: the next 、, clause end or quantity. */
function nextBoundary(body: string, from: number, limit: number): number {
  // read in place: the space's boundary needs the character before `from`
  PHRASE_BOUNDARY.lastIndex = from;
  const next = PHRASE_BOUNDARY.exec(body);
  return next === null || next.index >= limit ? limit : next.index;
}

/**
 * What ends the words after a count: a list's or a clause's mark, or a space between two characters, which parts a
 * headline's phrases (受理案件七千余件 行政机关负责人应诉率偏低: the second phrase names no noun of the count).
 */
const PHRASE_BOUNDARY = /[、,;:，；：]|(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])/g;

export function unitFits(rule: MetricRule, quantity: Quantity): boolean {
  if (!KIND_FOR_UNIT[rule.unit].includes(quantity.kind)) return false;
  let fits = unitsFitting.get(rule);
  if (!fits) {
    fits = new Map();
    unitsFitting.set(rule, fits);
  }
  let fit = fits.get(quantity.unit);
  if (fit === undefined) {
    fit = (rule.units ?? (rule.unit === "count" ? DOMAIN_OF.get(rule)?.countUnits : undefined) ?? DEFAULT_UNITS[rule.unit]).test(quantity.unit);
    fits.set(quantity.unit, fit);
  }
  return fit;
}

/** Each rule's domain, for the units its counts are written in. */
const DOMAIN_OF = new Map<MetricRule, Domain>(DOMAINS.flatMap((domain) => domain.rules.map((rule) => [rule, domain] as const)));

/** Per rule, whether each unit met so far fits it: asked for every rule of a topic, for every quantity. */
const unitsFitting = new WeakMap<MetricRule, Map<string, boolean>>();

const KIND_FOR_UNIT: Record<MetricUnit, readonly Quantity["kind"][]> = {
  count: ["count", "person_time", "person"],
  percent: ["percent"],
  person: ["person"],
  person_time: ["person_time", "person"],
  yuan: ["yuan"],
};

/**
 * Where the sentence's lists stand: a 其中 clause opens one that runs to the
 * sentence end, or to a court or government speaking of its own cases after a
 * semicolon; parentheses right after a figure hold one
 * (清理268件(拟继续有效190件,废止52件)).
 */
function listSpans(body: string, sentence: Sentence): ListSpan[] {
  const spans: ListSpan[] = [];
  // most sentences open no list: where lists end is found only for those that do
  let ends: number[] | null = null;
  const endOf = (index: number): number => (ends ??= listEnds(body, sentence))[index]!;
  sentence.clauses.forEach((clause, index) => {
    if (opensList(body, clause)) spans.push({ start: clause[0], end: endOf(index), parenthesized: false });
    // the opener's own count heads the list: the list begins after it
    if (endsWithin(body, clause) && WITHIN_OPENER.test(body.slice(clause[0], clause[1]))) spans.push({ start: clause[1], end: endOf(index), parenthesized: false });
  });
  const text = body.slice(sentence.start, sentence.end);
  // most sentences hold no parentheses
  if (text.includes("(")) {
    for (const match of text.matchAll(PARENTHESIZED_LIST)) {
      const start = sentence.start + match.index + match[1]!.length;
      spans.push({ start, end: start + match[2]!.length, parenthesized: true });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * A court or government as the subject of a clause after a semicolon, stating cases of its own (…其中败诉1件;县法院新收
 * 行政诉讼案件64件): no item of the list before it.
 */
const OWN_CASES_SUBJECT = /^\s*[\u4e00-\u9fff]{0,8}?(?:法院|中院|高院|法庭|人民政府|政府|复议机关|复议机构)(?:共|全年|累计)?(?:新收|受理|收到|审结|办结|办理|收案)/;
const OWN_CASES_SUBJECT_REACH = 20;

/** A clause drawing a consequence (…,其中6名退出执法队伍,故现有…2名): no item of the list before it. */
const CONSEQUENCE_OPENING = /^\s*(?:故|因此|所以|因而)/;
const CONSEQUENCE_REACH = 4;

/**
 * For each clause, where a list it opens ends: the sentence's end, the first clause after it that follows a semicolon
 * and speaks of another subject's cases, or one that draws a consequence. One pass from the sentence's end, so a sentence of many 其中 stays linear.
 */
function listEnds(body: string, sentence: Sentence): number[] {
  const clauses = sentence.clauses;
  const ends = new Array<number>(clauses.length);
  let end = sentence.end;
  for (let index = clauses.length - 1; index >= 0; index--) {
    ends[index] = end;
    const start = clauses[index]![0];
    if ((body[start - 1] === ";" || body[start - 1] === "；") && OWN_CASES_SUBJECT.test(body.slice(start, start + OWN_CASES_SUBJECT_REACH))) end = start;
    else if (CONSEQUENCE_OPENING.test(body.slice(start, start + CONSEQUENCE_REACH))) end = start;
  }
  return ends;
}

/** Whether a clause ends on 中 (before its punctuation): only such a clause can be a WITHIN_OPENER, tested without a slice. */
function endsWithin(body: string, [start, end]: readonly [number, number]): boolean {
  for (let at = end - 1; at >= start && at >= end - 3; at--) if (body[at] === "中") return true;
  return false;
}

/** A count and the parentheses right after it: the list the count heads. */
const PARENTHESIZED_LIST = /([件起宗个项份])(\([^()]{1,120}\))/g;

interface ListSpan {
  start: number;
  end: number;
  parenthesized: boolean;
}

/** Whether a stretch of the body (a clause, a sentence) opens on 其中. */
export function opensList(body: string, [start]: readonly [number, number]): boolean {
  // read in place: asked of every clause that holds a quantity
  let at = start;
  while (at < start + 2 && isWhiteSpace(body.charCodeAt(at))) at++;
  return body.startsWith("其中", at);
}

/** Units that count the times a thing was done: 清理2次, 评查3轮. */
const TIMES_UNIT = /^[次轮]$/;
/** A count of things right after the times, joined by 、 alone: 2次、100余件. */
const THINGS_COUNT_AFTER = new RegExp(String.raw`^、${AMOUNT_OPENING}\d+(?:\.\d+)?\s*(?:余|多)?\s*(?:万)?\s*(?:余|多)?\s*[件份部个卷宗]`);

/** Units that count bodies: 7个县级政府, 12家单位. */
const BODY_COUNT_UNIT = /^[个家所]$/;
/**
 * A body count's noun, then (和/及/与/、 and) the next count, or what of theirs it counts: 32所学校和1.9万余名学生, 150余家企业1500余人,
 * 9个部门的执法案卷80卷, 7个县直执法单位办结的28件; a bracketed aside may follow the noun (24个镇(街道)的案卷436卷), and
 * what of theirs it counts may be kinds listed (12个执法单位办结的行政处罚、行政许可案卷84宗).
 */
const JOINED_COUNT_AFTER = /^[\u4e00-\u9fff]{1,12}?(?:[(（][\u4e00-\u9fff、]{1,8}[)）])?(?:的[\u4e00-\u9fff]{1,8}?(?:、[\u4e00-\u9fff]{1,8}?){0,3})?(?:和|及|与|、)?(?:近|约|超过)?[\d一二三四五六七八九十]/;
/**
 * Firms or schools counted (家, 所), then the next count's own noun after the joiner: 覆盖4家企业、职工90余人次, 覆盖企业4家、群众90余人次;
 * not after 个, which counts honours as often (突出集体1个、突出个人2人).
 */
const JOINED_NOUN_COUNT_AFTER = /^[\u4e00-\u9fff]{0,10}?(?:和|及|与|、)[\u4e00-\u9fff]{1,6}?(?:近|约|超过)?[\d一二三四五六七八九十]/;
/** A sentence that opens on a stretch of years or a running total: 近三年来, 五年来, “十四五”期间, 2016年至2020年, 累计; not 一年来, the year reported on. */
const OTHER_PERIOD = /^[^。]{0,12}?(?:近[一二三四五六七八九十两\d]+年(?:来|以来)?|(?:(?!一年)[一二三四五六七八九十两]+|(?<!\d)(?!1年)\d{1,2})年(?:来|以来)|“?十[一二三四五]五”?(?:期间|以来)|\d{4}年?(?:至|到|—|-|~)\d{4}年)/;
const PERIOD_REACH = 40;
/** A sentence that opens on the year before the report's (上年全市纠错率为14.86%): that year's figures; not 上年同期, a comparison's own wording. */
const YEAR_BEFORE_OPENING = /^\s*(?:而)?上一?年度?(?!同期)/;

/**
 * Whether a later clause opens on a stretch of years or a running total before the count (…612件,2022—2024年累计备案审查1893件):
 * that stretch's figure, as where a sentence so opens.
 */
function clauseOnOtherPeriod(body: string, clause: readonly [number, number], clauseIndex: number, ends: Map<number, number>, quantityStart: number): boolean {
  if (clauseIndex === 0) return false;
  let end = ends.get(clauseIndex);
  if (end === undefined) {
    end = periodWordsEnd(body, clause[0], clause[1]);
    ends.set(clauseIndex, end);
  }
  return end !== -1 && end <= quantityStart;
}

/** Where the words on a stretch of years or a running total opening body[start, end) end (近三年来, 2022—2024年累计), or -1. */
function periodWordsEnd(body: string, start: number, end: number): number {
  const head = body.slice(start, Math.min(end, start + PERIOD_REACH));
  // every wording of another period holds 年 or 五 (十四五): most heads hold neither and are not searched
  if (!head.includes("年") && !head.includes("五")) return -1;
  const match = OTHER_PERIOD.exec(head);
  return match ? start + match[0].length : -1;
}

/** Where a sentence's opening words on another period end, or -1. */
function otherPeriodEnd(body: string, sentence: Sentence, reportYear: number | null): number {
  const stretch = periodWordsEnd(body, sentence.start, sentence.end);
  if (stretch !== -1) return stretch;
  const head = body.slice(sentence.start, Math.min(sentence.end, sentence.start + PERIOD_REACH));
  // the year before and the time since a year both hold 年
  if (!head.includes("年")) return -1;
  const yearBefore = YEAR_BEFORE_OPENING.exec(head);
  if (yearBefore) return sentence.start + yearBefore[0].length;
  // since a year before the report's (自2023年建立…机制以来, in a report on 2024): a running total; not since a day of its own year
  if (reportYear === null) return -1;
  const since = SINCE_EARLIER_YEAR.exec(head);
  return since && Number(since[1]) < reportYear ? sentence.start + since[0].length : -1;
}

/** A sentence that opens on the time since a year (自2023年建立全链条协作机制以来). */
const SINCE_EARLIER_YEAR = /^[^。]{0,12}?自\s*(\d{4})\s*年[^。]{0,24}?以来/;

/**
 * A goal opening a sentence: 目标:…, a plan so labelled (2024年工作计划:…), a rule's terms (考核细则规定:…出庭应诉率达到90%以上…的,得满分), a year it is to be reached by (到2025年,…; 力争到2025年底…),
 * an aim (力争…, not 力争上游), the years ahead (今后五年,…), the next step a speaker says will be taken (…负责人表示,下一步将确保…),
 * with whoever takes it named (下一步,桐溪县将推动…), or a plan (2024年,计划培育…), after a speaker's name in a transcript too
 * (冯志远:我们的目标是力争…), or what this year or the next is to bring (今年要确保…出庭率达到100%,败诉率降到15%以内; 明年将…), or
 * what a meeting asked for (会议要求,今年全省要…调解成功率稳定在95%以上): every clause of it is aimed at.
 */
const GOAL_OPENING = new RegExp(
  String.raw`^(?:[\u4e00-\u9fff]{2,4}[:：])?(?:\d{4}\s*年度?[,，]?)?[^。\d]{0,8}?(?:目标(?:是|为)?[:：]|(?:工作)?(?:计划|打算)[:：]|(?<!按照?|依照?|根据)(?:细则|办法|标准)?规定[:：]|(?:力争|争取)?到\s*(\d{4})\s*年(?:底|末)?[,，]|(?:力争|争取)(?!上游)|(?:今后|未来)(?:[一二三四五六七八九十两]|\d{1,2})年(?:内|里|间)?[,，]|${PLANNED})|^[^。\d]{0,16}?(?:(?:下一步|下阶段|接下来)[,，][^,，;；。\d]{1,8}?|(?:下一步|下阶段|接下来|今年|明年|新的一年|来年)[,，]?(?:我们)?)(?:将|要|还将|还要)(?![^,，。]{0,4}?(?:求|点))|^[^。\d]{0,8}?(?:会议|会上|通知|文件)(?:要求|强调|提出)[,，:：]`,
);
const GOAL_REACH = 24;
/** A year's will, no figure before it (…提出,2026年将推动…; 2026年,全市…要…; 2026年,我局将…): a plan where the year is after the report's. */
const LATER_YEARS_WILL = /^[^。\d]{0,24}?(\d{4})\s*年(?:底|末)?\s*[,，]?\s*(?:[^,，;；。\d]{0,12}?(?:要|将)|还将|计划|拟)/;
const WILL_REACH = 48;

/**
 * Whether a sentence opens on a goal: 目标:…, 力争…, a year after the report's (到2023年底 in a report on 2023 is the state
 * reached) or that year's will (2026年将推动…); in a text of no known year, a year to be reached by unless the sentence says what is
 * already done (到2023年底,全市已培育…).
 */
function opensOnGoal(body: string, sentence: Sentence, reportYear: number | null): boolean {
  if (reportYear !== null) {
    const will = LATER_YEARS_WILL.exec(body.slice(sentence.start, Math.min(sentence.end, sentence.start + WILL_REACH)));
    if (will && Number(will[1]) > reportYear) return true;
  }
  const goal = GOAL_OPENING.exec(body.slice(sentence.start, Math.min(sentence.end, sentence.start + GOAL_REACH)));
  if (!goal) return false;
  // 目标 or 力争 says it even where the year could be the report's own (目标到2025年,…; 力争到2025年底,…)
  if (goal[1] === undefined || AIMED.test(goal[0])) return true;
  return reportYear !== null ? Number(goal[1]) > reportYear : !ALREADY_DONE.test(body.slice(sentence.start, sentence.end));
}

const AIMED = /目标|力争|争取/;
/** Words that say a state is reached, not aimed at: 已, 累计. */
const ALREADY_DONE = /已|累计/;

/**
 * A clause that weighs its subject, no count of it yet, against the whole, and a total of it after (…两个法庭辖区受理的
 * 案件占全市法院的近六成,共计受理…): the counts after it are that part's. Not an outcome of that part after its share
 * (涉及民营企业的约占一成,撤销涉企决定41件), which the part's own figure does not restate.
 */
const SHARE_OF_WHOLE_FIRST = /(?:^|[,，;；])[^,，;；:：。\d]{2,40}?占(?:全[省市区县州盟]|全部|总数)[^,，;；:：。\d]{0,24}?(?:超过?|近|逾|约|达)?(?:[一二三四五六七八九]成|\d+(?:\.\d+)?%)[,，](?=\s*(?:共计|合计|总计|共))/;

/** Cases of the kind named before (新收此类案件611件, 该类案件败诉率…): that kind's, in the clauses after too. */
const THIS_KIND = /(?:此|该|这|上述)类(?:行政)?(?:案件|纠纷|争议)/;

/** Where a sentence's turn to a breakdown (按案涉行政领域划分, 主要集中在…, 此类案件…) ends, or -1. */
export function breakdownTurnEnd(body: string, sentence: Sentence): number {
  const text = body.slice(sentence.start, sentence.end);
  // asked for every sentence that states a figure: the share's pattern only where 占 stands
  const match =
    BREAKDOWN_TURN.exec(text) ?? CONCENTRATED.exec(text) ?? (text.includes("占") ? SHARE_OF_WHOLE_FIRST.exec(text) : null) ?? (text.includes("类") ? THIS_KIND.exec(text) : null);
  return match ? sentence.start + match.index + match[0].length : -1;
}

/** Whether a sentence turns to a breakdown that the next one may list (从败诉行政机关来看,…). */
export function turnsToBreakdownAhead(body: string, sentence: Sentence): boolean {
  return BREAKDOWN_TURN.test(body.slice(sentence.start, sentence.end));
}

/** A clause that is only 其中, its items in the clauses after it. */
const BARE_OPENER = /^\s*其中\s*[,，:：]?\s*$/;

function attachChange(candidate: Candidate, target: Finding | null): void {
  if (!target || target.change || candidate.role.kind !== "change") return;
  const { quantity, leadStart, role } = candidate;
  const unit = quantity.kind === "percentage_point" ? "percentage_point" : quantity.kind === "percent" ? "percent" : changeUnit(target);
  if (!unit) return;
  target.change = { direction: role.direction, amount: quantity.value, unit, start: leadStart + role.phraseStart, end: quantity.end };
}

function changeUnit(target: Finding): FoundChange["unit"] | null {
  const unit = target.rule.unit;
  return unit === "percent" ? null : unit;
}
