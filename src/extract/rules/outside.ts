/**
 * Topics outside the catalogue. A count whose topic is one of these (信访,
 * 非诉执行, 司法建议, 申诉复查, 典型案例, 法律援助, 民事案件 …) is no figure, whatever verb
 * stands near it, and a sentence that turns to one of them hands no catalogue
 * topic on. Not domains of the catalogue: they have no rules and list no
 * metrics. They are two because each is scanned over the whole body, and a
 * pattern that many different characters can start costs V8 far more than two
 * patterns that few can (as one, about 2.4 times the two together on the
 * bench corpus).
 */
import { unionOf, type Domain } from "./types.js";

/**
 * Matters handled by other channels and instruments than the catalogue's (non-litigation enforcement, 施行 where a rewording
 * mirror wrote it for 执行; a procuratorate's supervision of lawsuits and its
 * public-interest suits among them; lawyers' case work and other legal business (法律事务), forensic appraisal and
 * arbitration commissions and their cases (仲裁机构办理仲裁案件3222件), migrant workers' cases a legal-aid office took (办理农民工案件506件), (but not damages a count says it includes: 行政诉讼(含行政赔偿)案件356件); petitions about lawsuits (涉法涉诉) and calls, visits and letters received (来电来访, 群众来信); not 信访工作条例, a law publicity may spread, nor disputes a petition brought (信访矛盾纠纷), which are mediated as others), applications for information or permits
 * (信息公开申请, 依申请公开 but not the reviews it led to, 许可申请), a hotline's calls and the public's requests (热线受理群众诉求…,办结…), petitioners an official receives (书记接访日…接待来访群众164人次), publicity of policies, the press (新闻宣传活动) or other subjects (市域社会治理专题宣传活动) rather than of law,
 * talks on political theory (理论微宣讲活动40场, but not the law's: 法治理论宣讲) or a party congress's spirit (党的二十大精神宣讲会5场次), cultural exchanges (文化交流活动7场次), surveys, symposia and inspections held (举办企业调研、座谈6次, 开展6次督察核查), party lessons, party schools and the theory group's study (上党课64次, 讲纪法课6次, 中心组学习9期), boards put up (法治宣传栏), officials' study before
 * their meetings (常务会议会前学法…,累计开展24期), those honoured (先进集体, 先进个人), a
 * body's internal rules (内部工作制度), villages' rules (村规民约) and local legislation (地方性法规), which are no
 * normative documents; opinion letters (复议意见书, 建议书), but not the written opinion a legality review gives (法制审核意见书),
 * which speaks of the documents reviewed.
 */
const otherMatterWords: readonly RegExp[] = [
  /信访(?!(?:工作)?条例|矛盾|纠纷)|涉法涉诉|来[信电]来访|来访来[信电]|(?:群众|人民)来信|行政检察|检察监督|诉讼监督|非诉讼?(?:行政)?(?:行为)?(?:申请)?(?:执行|施行|审查|案件)(?:复议)?|政策(?<=(?:医保|医疗保障|社保|税收|惠企|惠民|惠农|就业|养老|住房)政策)[^,;:。]{0,32}?宣传(?:活动)?|(?<!法律|法规|法治)政策宣传(?:活动)?|宣传(?<=(?:平安|安全|消防|禁毒|防诈|反诈|卫生|健康|文明|社会治理|环保|生态|国防|医保|税收|统计|防汛|防火|征兵|新闻)[^,;:。法]{0,6}宣传)(?:活动)?|司法建议|检察建议|申诉(?:复查|审查)|(?:复议|行政)?(?<!审核|审查)(?:意见书|建议书)|典型案例|先进(?:典型|集体|个人|工作者)|法律援助|司法救助|代理(?:各类|民事|行政)?诉讼(?:案件)?/,
  /诉讼代理|(?:民事|刑事|行政)案件代理|法律事务|国家赔偿|(?<!案件[及和与、]|[(（](?:含|包括))行政赔偿|信息公开申请|政府信息公开申请|依申请公开(?![^,;:。\d]{0,8}?(?:复议|诉讼))|(?:行政)?许可申请/,
  // a court's confirming mediation agreements (调解协议司法确认103件): the court's act, no dispute mediated
  /投诉举报|举报投诉|(?:接收|受理|收到|核查)举报|举报线索|司法鉴定|司法确认|仲裁(?:委|机构|案件|院)|代表建议|热线|群众诉求|接访/,
  // the administrative disputes a procuratorate resolved, in its supervision or with a court (区检察院…受理行政诉讼监督案件57件,化解行政争议26件)
  /公证(?!员)|公益诉讼(?:案件)?|农民工(?:欠薪|讨薪|工资)?类?案件|化解(?<=检察(?:院|机关)[^。；;！？!?\n]{0,60}化解)(?=行政争议)/,
  // letters to those sued or slow to comply (应诉提示函, 督办函), from their rare last character
  /政协提案|委员提案|建议提案|提案办理|函(?<=(?:提示|督办|督促|提醒|告知|警示|预警)函)/,
  // integrity and warning education for officials (廉政教育, 警示教育), no education in the law
  /内部(?:工作|管理)?制度|村规民约|居规民约|居民公约|地方性法规|(?<!法治)理论微?宣讲|廉政教育|廉洁(?:文化)?教育|警示教育/,
  // reviews of another kind than the legality review, of documents and decisions alike: fair competition, integrity, risks
  // to social stability (公平竞争审查, 廉洁性评估, 社会稳定风险评估 or 稳评); not one named with the legality review, of the same
  // documents (均经公平竞争审查和合法性审核,报备案3件)
  /调研|座谈|督察|督查|会前学法|党课|纪法课|(?<!进)党校|中心组(?:理论)?学习|(?:实施后|立法后)评估|竞争审查(?![^,;:。\d]{0,2}?合法性)(?<!合法性审[查核][^,;:。\d]{0,4}?竞争审查)|廉洁性?评估|稳定风险评估|稳评/,
  // a government's rules opening a clause on their count or outcomes (一、市政府规章保留14件, 其中规章18件), no normative documents;
  // not where they are counted together (清理规章和规范性文件281件)
  /规章(?<=(?:^|[,，;；:：。、\n]|其中)\s*(?:[省市县区]?政府|[省市县区])?规章)(?=[^,，;；:：。和及与]{0,4}?(?:\d|保留|修改|修订|废止|继续有效|宣布失效))/,
  // from their rarer last characters: a party congress's spirit spread (党的二十大精神宣讲会), cultural or scriptural exchanges (文化交流活动),
  // not those of the law's culture (法治文化交流活动); a venue of another campaign's education (禁毒教育馆, 消防科普教育基地), whose
  // visitors it receives
  /精神(?<=(?:二十大|十九大|全会|党代会)(?:会议)?精神)(?:专题)?(?:宣讲|宣传)|交流(?<=(?:(?<!法[治制])文化|讲经|学术)交流)|(?:馆|基地)(?<=(?:禁毒|消防|国防|反诈|防诈|安全|廉政|廉洁|警示)[^,;:。法]{0,6}(?:馆|基地))/,
  // boards put up and their issues (创办法治宣传栏1287期, 出黑板报30期), no events held; sports events and those who joined them
  // (全民健身赛事活动260余场次, 赛事参与群众超过3万人), whatever stall for the law stood beside them; not the contracts for them
  // (审查冬奥赛事合同224份)
  /栏(?<=(?:宣传|普法|法治)专?栏)|板报|赛事(?![^,;:。\d]{0,2}?(?:合同|协议))|全民健身|运动会|马拉松/,
];

const otherMatters: Domain = {
  name: "outside",
  label: "目录外事项",
  // as one pattern, several times the parts' time on the bench corpus (the last four as one: about twice, 28 µs a report against 13)
  topic: unionOf(otherMatterWords),
  topicParts: otherMatterWords,
  rules: [],
  checks: [],
};

/**
 * Cases of kinds other than administrative lawsuits: criminal (crimes by name before an instance too: 毒品罪一审案件), civil
 * (damages before an instance: 损害赔偿类二审案件; a civil instance's measures: 民事一审简易程序适用率), family, enforcement, environmental, fast-track (速裁) and small-claims
 * (小额诉讼), a court's lawsuits of every kind (全国法院受理诉讼案件), those lawyers, legal workers or advisers take on, however far in the sentence they stand before them (律师办理诉讼案件, 法律顾问…,办理诉讼案件9件) and a
 * procuratorate's administrative cases, which are its supervision (检察机关办理各类行政案件), contract
 * and labour disputes (a court's 一审劳动人事争议案件, civil cases), the civil and commercial disputes a court resolved (解决各类民商事纠纷…件), infringement disputes an office settles (办理专利侵权纠纷行政案件6.8万件), and the police's own administrative (penalty) cases (公安机关受理行政案件…; 受理行政案件2241起,
 * 办结1179起,查处2302人, as a police report counts them, or its fast-track for them: 行政案件适用快速办理程序办理…宗, 适用快速办理程序办结行政案件…宗) and any enforcer's it investigated and punished (查处林草行政案件96起), and cases of every kind a court took (全年共受理各类案件19809件, 各类案件受理量为5318件).
 */
/** The verbs a court takes in or closes its cases with (受理, 审结, 收案…), before the cases of every kind it counts. */
export const COURT_INTAKE_VERBS = "受理|审结|办结|新收|收案|立案";

/**
 * Administrative cases that are no lawsuits, told by the words around them, in one pattern so the body is scanned once: the police's
 * (penalty) cases beside their criminal ones, where no court and no civil cases are named (办理刑事案件611起、行政案件1932起; 审核行政案件
 * 7352宗、刑事案件2264宗), or those a legal unit reviews (法制大队审核刑事、行政案件2318起), not a court's caseload, which names its civil
 * cases or itself (审结刑事案件…、民事案件…、行政案件…); and those after the civil or criminal ones in a list of cases represented
 * (律师…代理民事案件3346件、行政案件214件), or of legal aid (受理法律援助案件2959件,…刑事案件1959件,…行政案件3件): agency work.
 */
const COUNT_AND_JOINER = String.raw`\s*\d[\d.,]*\s*(?:余|多)?\s*[起件宗]\s*[、和及与]\s*`;
const CASES_NOT_SUED = new RegExp(
  String.raw`行政案件(?:(?:(?<=刑事案件${COUNT_AND_JOINER}行政案件)|(?=${COUNT_AND_JOINER}刑事案件))(?<!(?:法院|法庭|审判|民事|民商事)[^。；;！？!?\n]{0,80})|(?<=审核[^,;:。\d]{0,6}行政案件)|(?<=代理[^,;:。\d]{0,6}(?:民事|刑事|民商事)案件${COUNT_AND_JOINER}行政案件)|(?<=法律援助[^。；;！？!?\n]{0,80}行政案件))`,
);

const otherCaseWords: readonly RegExp[] = [
  /(?:(?:一审|二审)(?:受理|新收|审结|审理)?)?(?:刑事|民事|民商事|执行|环境资源|家事|婚姻家庭)(?:一审|二审)?案件|(?:刑事|民事|民商事)(?:一审|二审|涉诉)|民商事纠纷|(?:一审|二审)劳动(?:人事)?争议(?:类)?案件|劳动(?:人事)?争议(?:类)?(?:一审|二审)案件/,
  /民事诉讼|刑事诉讼|罪(?:一审|二审)案件|(?<!行政|国家)赔偿类(?:一审|二审)案件|速裁案件|小额诉讼(?:程序|案件)?|法院[^,;:。]{0,6}?(?:受理|审结|新收|收案)(?:各类)?诉讼案件|(?:办理|代理|承办)(?<=(?:律师|法律(?:服务)?工作者|法律顾问)[^。；;！？!?\n]{0,80}?(?:办理|代理|承办))(?:各类)?诉讼案件|检察(?:机关|院)[^,;:。]{0,10}?(?:办理|受理|审查)(?:各类)?行政(?:检察)?(?:监督)?案件/,
  /(?:合同|借款|金融|商事|民事|劳动)纠纷案件|侵权纠纷行政案件|治安(?:管理)?(?:行政)?案件|公安(?:机关)?(?:共|全年|依法)?(?:受理|查处|办理|处理|办结)[^,;:。]{0,8}?行政案件|(?:查处|查办)[^,;:。\d]{0,8}?行政案件|行政案件(?:(?=[^,;:。\d]{0,8}?快速办理)|(?<=快速办理[^,;:。\d]{0,10}?行政案件))|(?:受理|查处|办理)(?:各类)?行政案件(?=[^。]{0,40}?(?:查处[^,;:。\d]{0,10}\d+[人名]|行政拘留))/,
  CASES_NOT_SUED,
  // apart: scanned by itself from its rare first characters it costs a tenth of what the verbs before it would add above
  // not where the sentence has named reconsideration or lawsuits shortly before them (市行政复议局共受理各类案件512件: the reviews')
  // the same verbs after them (两级法院各类案件受理量为5318件), not a table's caption on how they went (全年各类案件办结情况见下表)
  new RegExp(String.raw`(?:各类|全部)案件(?:(?<=(?:${COURT_INTAKE_VERBS})(?:各类|全部)案件)|(?=(?:${COURT_INTAKE_VERBS})(?!情况)))(?<!(?:复议|诉讼|应诉)[^。；;！？!?\n]{0,80})`),
];

export const OTHER_CASES: Domain = {
  name: "outside_cases",
  label: "其他案件",
  // as one pattern, several times the parts' time on the bench corpus (the last two as one: about twice)
  topic: unionOf(otherCaseWords),
  topicParts: otherCaseWords,
  rules: [],
  checks: [],
};

export const OUTSIDE_CATALOGUE: readonly Domain[] = [otherMatters, OTHER_CASES];
