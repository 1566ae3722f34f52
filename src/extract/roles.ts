/**
 * What a quantity is doing in its clause, from the words around it. Only a
 * "value" can become a figure: a change (同比增长17.1%) belongs to the figure
 * before it, and baselines (较2022年558件, 与上年同期的80件相比), shares (占比31%),
 * parts by category, field, level or respondent (行政处罚类349件, 市场监管领域
 * 案件8417件, 以区政府为被申请人的21件), a remainder (以其他方式结案16件),
 * thresholds (均超过80件, 超过40件的有3个), what an anecdote or an aside
 * mentions (在办结3件…时发现, 收到87件(即A区36件…)), frequencies, goals and
 * document names are never figures (the scanner already leaves out ordinals
 * and quoted names).
 */
import type { Quantity } from "./numbers/quantities.js";
import { PatternSet, type PatternReading } from "./pattern-set.js";
import { DEPARTMENT_TRADE, DISCLOSURE_SUBJECT } from "./rules/types.js";

/**
 * The scope a value speaks for: the reporting body's whole; a part of it (市本级,
 * 以区政府为被申请人的, 二审), a figure only where the text gives no whole; or
 * another period (近三年来…累计), a figure only where the text gives none of
 * its own id for its own period; a share, a count with its share of a total
 * after it (近600万件,占调解纠纷总数的37.9%), a figure only where the text gives
 * no broader one of its own id. A kind (撤销9件 beside 确认违法1件, where 纠错
 * sums them) is one of several parts of a figure stated apart: no figure, but
 * the checks may sum it. A body's part, what one of several bodies counted (市中院受理31件,
 * 其中,青石区法院受理44件…撤诉5件), is a figure only where the text gives no whole of its id
 * nor of its domain's caseload: a breakdown by body of a stated caseload is no figure of any id.
 */
export type Scope = "whole" | "part" | "body" | "share" | "period" | "kind";

export type Role =
  | { kind: "value"; scope: Scope }
  | { kind: "change"; direction: "up" | "down"; phraseStart: number }
  | { kind: "ignored"; reason: string };

/** The kinds of quantity a figure or its change can be. */
const FIGURE_KINDS: ReadonlySet<string> = new Set(["count", "person", "person_time", "percent", "yuan", "percentage_point"]);

/** Whether any of a sentence's quantities could be a figure or its change. */
export function hasFigures(quantities: readonly Quantity[]): boolean {
  return quantities.some((quantity) => FIGURE_KINDS.has(quantity.kind));
}
const COUNTED_KINDS = new Set(["count", "person", "person_time"]);
/**
 * A change's verb or noun before its amount (下降了3.2%, 增幅为12%, 多出53件); a verb with 为 says where it moved to (下降为6.2%),
 * a value.
 */
const CHANGE_VERB = /(增长|增加|上升|提高|提升|增幅|增长率|多出|高出|下降|减少|降低|回落|下滑|降幅|下降率)(?:了|(?<=[幅率])为)?(?:达)?$/;
const SHORT_CHANGE_VERB = /(?:同比|环比|较|比)[^,;:。]{0,12}?([增减降升])了?$/;
const COMPARISON_START = /(?:同比|环比|较|相比|比)[^,;:。]*$/;
/**
 * What a value is set against before it (较上年, 同比, 比…; some of last year's: 对上年度目录中的2项; a clause on the year before
 * last: 前年全县复议收案只有236件; another place in the same period: 柳川市同期…败诉率为7.2%); not 较 of degree
 * (对争议较大的案件组织听证26件: 较大, 较多, 较为).
 */
const BASELINE = /(?:较(?![大多少高低好强轻重难小为])|相比于?|同比|环比|(?<![占对评排类无正相好])比(?![例率重赛武选]))[^,;:。]{0,12}$|(?:上年|去年|上一年度?|前年)(?:同期)?(?:为|是|的)?$|(?:上年度?|去年|上一年度?)[^,;:。\d]{0,12}中的$|^\s*[“"]?(?:而)?前年(?!以来|至|到|[-—~])|(?:高于|低于|超过|超出|优于)[^,;:。]{0,24}平均[^,;:。\d]{0,12}$|(?:(?![全本该我各])[\u4e00-\u9fff]){2,3}(?:省|市|州|县|区)同期[^,;:。\d]{0,16}$/;
const LAST_YEAR = "(?:去年|上年|上一年度?)";
/** A period opening a clause, and the same period making up a whole clause of its own (去年同期,). */
function periodClause(period: string): { opening: RegExp; whole: RegExp } {
  return { opening: new RegExp(period), whole: new RegExp(String.raw`${period}\s*[,，]?\s*$`) };
}
/**
 * A clause that opens on the same period a year before (去年同期收到…64件,今年共收到78件; quoted: “去年同期…是380余场; by its year:
 * 2024年同期调解纠纷376件), or follows one that says only
 * that (去年同期,全市新收…980件;今年新收1210件): the comparison's baseline.
 */
const SAME_PERIOD = periodClause(String.raw`^\s*[“"]?(?:与|和)?(?:${LAST_YEAR}|\d{4}\s*年)同期`);
/**
 * Months of the year before (去年前5个月, 去年1-6月, 去年上半年) opening a clause, or saying all of one: the baseline where
 * the next clause sets this year's against them (…调解132起,今年前5个月调解97起); otherwise they may be a report's year.
 */
const LAST_YEAR_MONTHS = periodClause(
  String.raw`^\s*${LAST_YEAR}(?:前\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*个?月|\d{1,2}\s*(?:-|—|–|~|至|到)\s*\d{1,2}\s*月份?|上半年|前[一二三]季度)`,
);
const THIS_YEAR_NEXT = /^\s*(?:而)?今年/;

/** A period a year before that a whole clause says: the same period as now, or some months. */
export type LastYearPeriod = "same" | "months";

/** The period a year before that `clause` says and nothing else (去年同期, / 去年1-6月,), or null. */
export function lastYearPeriodOf(clause: string): LastYearPeriod | null {
  if (SAME_PERIOD.whole.test(clause)) return "same";
  return LAST_YEAR_MONTHS.whole.test(clause) ? "months" : null;
}
/**
 * A superior's average, the superior named or not (全省平均败诉率为9.8%, 鸡西市行政机关平均败诉率为9.8%), or a clause opening on a
 * superior's whole, after its year if any (全省行政机关负责人出庭应诉率为96%, 2023年全国…), that
 * the next clause sets the text's own place of a lower unit against (,我市为6.5%; ,我县低于全市平均水平).
 */
const SUPERIOR_SCOPE = /(?:全国|全(省|市|区|州)|[\u4e00-\u9fff]{2,4}(省|市|州))[^,;:。\d]{0,8}平均|^\s*(?:\d{4}\s*年度?\s*[,，]?\s*)?全(国|省|市|区|州)/;
/** A clause opening on the text's own place: 我市, 本县, 我镇, or its whole (全市 after 全省…), 而 first if any. */
export const OWN_PLACE = String.raw`^\s*(?:而)?(?:我|本|全)(省|市|区|县|州|旗|镇|乡|街道)`;
const OWN_PLACE_NEXT = new RegExp(OWN_PLACE);

/** Whether a clause opens on the text's own place (我市为6.1%, 而我省仅为8%, 全市为6%). */
export function opensOnOwnPlace(clause: string): boolean {
  return OWN_PLACE_NEXT.test(clause);
}

function comparedWith({ before, nextClause, lastYearBefore }: Surroundings): boolean {
  if (lastYearBefore === "same" || SAME_PERIOD.opening.test(before)) return true;
  if ((lastYearBefore === "months" || LAST_YEAR_MONTHS.opening.test(before)) && THIS_YEAR_NEXT.test(nextClause)) return true;
  return ownPlaceAgainstSuperior(before, nextClause);
}

/** Whether `ownClause` sets the text's own place against the superior's whole `superiorLead` opens on or averages (全省平均…为9.6%,我市为6.1%). */
export function ownPlaceAgainstSuperior(superiorLead: string, ownClause: string): boolean {
  const superior = SUPERIOR_SCOPE.exec(superiorLead);
  const own = superior ? OWN_PLACE_NEXT.exec(ownClause) : null;
  if (!superior || !own) return false;
  // the whole named by its own place's unit (全市…,我市为…) is the text's own, no superior's
  const superiorUnit = superior[1] ?? superior[2] ?? superior[3];
  return superiorUnit !== own[1];
}

/** The starting point of a change stated as a range: 从2022年的85%(提升到100%), 从2020年27.5%(降至8.1%), 由85%(提高到100%), 由2020年的26.4%(降至11.7%), 由过去的不足30%. */
const FROM = /(?:从|由)$|从[^,;:。从]{0,8}的$|从\s*\d{4}\s*年度?$|由\s*(?:\d{4}\s*年度?|上年|去年|上一年度?|前年|年初|过去|以往|此前|之前|原来|原先)(?:同期|全年)?的?(?:不足|不到|超过|近|约)?$/;
/** A share's words right before its percent: 占比, 占…的, or 占结案率, written for 占结案数的. */
const SHARE = /(?:占比|占到了?|占总数的?|占全部[^,;:。]{0,6}的?|占[^,;:。\d]{1,12}的|占(?:结案|审结|办结)率|比重|占)(?:为|达|约)?$/;
/**
 * A rate per period or per unit (每季度至少开展普法活动2次, 每10起行政争议中就有接近4起, 每2.2个调解案件就有1件), or the next item
 * of one (每个村平均有2名“法治带头人”、4名“法律明白人”): no total for the year.
 */
const EVERY = /每(?:\d+(?:\.\d+)?\s*[起件个次名人])?[^,;:。\d]{0,20}$|每个?[^,;:。\d]{1,20}?\d+(?:\.\d+)?\s*[起件个次名人位][^,;:。\d、]{0,12}、$/;
/** The words between the N's clause and the count (就有约…), written once for both readings. */
const PER_AMONG_OPENING = String.raw`\s*(?:就|便)?(?:有|是)?(?:约|近|接近|超过)?\s*$`;
const PER_AMONG = new RegExp(String.raw`每\d+(?:\.\d+)?\s*[起件个名人][^,;:。\d]{0,20}中\s*[,，]?${PER_AMONG_OPENING}`);
const PER_AMONG_LEAD = new RegExp(`^${PER_AMONG_OPENING}`);

/**
 * The ratio told across a comma (每5件审结的复议案件中,就有约2件), the N in the lead or in the clause before it where the lead
 * opens on the count.
 */
function perAmongBefore({ before, previousClause }: Surroundings): boolean {
  return PER_AMONG.test(before) || (PER_AMONG_LEAD.test(before) && PER_AMONG.test(previousClause));
}
/**
 * A yearly amount told roughly (全省每年调处各类纠纷30万件左右, 每年调解900多万件): what a year comes to, a figure; not what must be
 * done each year (每年要开展两次以上…培训), a duty.
 */
const EACH_YEAR = /每年(?![^,;:。\d]{0,8}?(?:要|应当?|须|需))[^,;:。\d]{0,20}$/;
/** Each unit's yearly amount (每个行政村(社区)每年培养不少于1名): a quota per unit, whatever the year comes to. */
const EACH_UNIT_YEARLY = /每(?!年)[^,;:。\d每]{1,20}每年[^,;:。\d]{0,20}$/;
const ROUGH = new Set(["over", "about", "nearly"]);
/** A day of the period, not the period: 活动上线第一天答题人数超过7000人. */
const SUBPERIOD = /(?:第一天|首日|当天|当日|首月|第一周)[^,;:。\d]{0,12}$/;
/**
 * An average, not a total: 平均每村超4名, 年均收案1200件, 人均办案86件, 县均受理…85件 (not 全县均, 各镇均, 本区均, 该镇均, 14个村均: every
 * one of them, or the body itself, did).
 */
const AVERAGE = /(?:平均|人均|年均|户均|(?<![个全各])村均|场均|日均|月均|(?<![全各本我该此每个])[县镇乡区校所]均)[^,;:。\d]{0,20}$/;
/** One session's or day's peak (线上直播单场最高观看量达2.1万人次, 单日最多接待…): no total. */
const PEAK = /单(?:场|次|日|天|期|月|篇|条)(?:最高|最多)[^,;:。\d]{0,12}$/;
/** What is planned (计划开展…, 计划培育…), not what is done by a plan (按照年度普法计划开展…, 年度计划完成…). */
export const PLANNED = String.raw`(?<![按照依据度作法])计划(?:在|于|开展|举办|组织|完成|实现|培育|培养|把|将)`;
/**
 * A goal, not a result: 力争出庭应诉率达到100%, 纠错率控制在10%以内, 每村要实现法律明白人至少1名, a bound set (败诉率不高于9.5%, 不少于30场次, 不超过15件),
 * one that must be reached (出庭应诉率须达到100%), what will be reached (法律明白人将达到5万名, 有望提升至45%以上) or is planned (计划开展活动50场次, 拟将18个事项纳入…; not 按照普法计划开展…), a rate required
 * (要求行政机关负责人出庭率100%; not 按要求), or recommended (建议…将负责人出庭应诉率提升至90%以上); one to be brought about
 * (要把复议后起诉率降到5%以下, 败诉率要降到百分之十以下, 计划把…扩大到12项左右), or one to be made or hoped to hold (确保…出庭应诉率稳定在95%以上, 今年要确保…出庭率达到100%), or a rate's distance
 * from one (出庭应诉率距100%还有差距).
 */
/** Words that strive for a mark (力争, 争取, 力求): an aim in themselves, and the aim a later clause's rate is reached under. */
const STRIVING = "力争|争取|力求";
const TARGET = new RegExp(
  String.raw`率距离?\s*$|率要(?:降到|降至|降低到|控制在|保持在|稳定在|提高到|提升到|提高至|提升至)|${STRIVING}|预计|有望|控制在|要(?:把|将)(?=[^,;:。]{0,30}?(?:降到|降至|提高到|提升到|提高至|提升至|达到|保持|控制))|建议(?=[^,;:。]{0,30}?(?:提升|提高|达到|降低|控制|实现))|不[高低少多]于|不超过|拟(?:将|把|于|在)|目标(?:是|为)|要(?:实现|达到)|应当?达到|须(?:实现|达到)|务必达到|至少|将(?:在|于|会|继续|陆续|达到|实现|突破)|(?:还|也|仍)将(?:开展|举办|组织|举行)|(?:确保|推动|希望)(?!了)[^,;:。]{0,30}?(?:稳定|保持)在|要(?:确保|力保)(?!了)[^,;:。]{0,30}?(?:达到|降到|降至|提高到|提升到|提高至|提升至|实现)|${PLANNED}|(?<![按照依据])要求[^,;:。]{0,30}?率`,
);
/**
 * A rate to be held (…率保持在95%以上) after an aim its sentence set before it (力争…达到2:1以上,; 将推动…稳定在30%以上,; a plan:
 * 今年我们计划…,; a plan's year to reach it by: 明确到2025年底,…稳定在97%以上; a list of targets: 今年的目标很明确:…,纠错率保持在15%左右;
 * 目标,是让…稳定在95%以上): the aim's too.
 */
function heldAfterAim({ before, sentenceBefore }: Surroundings): boolean {
  return (HELD_AT.test(before) && AIM.test(sentenceBefore())) || (REACHED_AT.test(before) && STRIVEN_FOR.test(sentenceBefore()));
}
const HELD_AT = /(?:稳定|保持|控制)在\s*$/;
/**
 * A rate to be reached or kept after what its sentence strives for or names its target (力争…纠错率稳定在12%以上,…出庭应诉率达到100%;
 * 明年我们的目标是…,负责人出庭率保持100%): no weaker aim (确保) says so.
 */
const REACHED_AT = /(?:达到|保持)\s*$/;
const STRIVEN_FOR = new RegExp(String.raw`${STRIVING}|目标(?:是|为)`);
const AIM = new RegExp(String.raw`${STRIVING}|确保|希望|将(?:进一步|继续)?推动|明确(?:到|在)\d{4}年|目标(?:[^,;:。]{0,4}?[:：]|[,，]?(?:是|为))|(?<![按照依据度作法])计划`);
/** A negation right before a bound's own word (都没有|超过400件). */
const NOT_BEFORE = /(?:没有|未)\s*$/;
/** A mark not reached (出庭应诉率未达到100%): the mark, no rate of the year. */
const NOT_REACHED = /(?:未|没有|尚未|未能|没能)(?:达到|实现)\s*$|达不到\s*$/;
/** Cases no head appeared in (未出庭的2件; 15件案件无负责人出庭): no appearances. */
const NO_APPEARANCE = /(?:未|没有|无人|不)出庭(?:应诉)?[^,;:。\d]{0,6}$/;
const NO_APPEARANCE_AFTER = /^[^,;:。\d]{0,6}?(?:无|未|没有)[^,;:。\d]{0,8}?出庭/;
/**
 * A count its clause calls a target after it (完成各村3人以上“法律明白人”培养目标), or a requirement it quotes (距离…提出的“复议后起诉率
 * 低于8%”要求), or an assessment's mark scored (出庭应诉率达到100%的得满分); not an aside after it that names a target of its own
 * (败诉率6.25%(市对区考核控制目标为8%以下)).
 */
const TARGET_AFTER = /^[^,;:。(（]{0,16}?目标|^\s*[”"」』]\s*(?:的)?要求|^\s*的(?:得满分|不扣分|得\s*\d|加\s*\d)/;
/**
 * A part of a total by category or by level (行政处罚类349件, 市本级收案45件):
 * a 类 or 级 word a few characters before the number, not inside an aside closed
 * before it ((包括一般和暂行类)共64件). 各类/各级 and the like
 * mean "all kinds", so they open a total instead; 类似 means "alike" (开展类似宣讲60场); a clean-up's outcome named as
 * its class (继续有效类94件, 废止类3件) is that outcome's count; a number of classes (4大类240余宗案卷) spans them all.
 */
const CATEGORY = /(?<![各此这该同等多两诸]|保留|继续有效|修改|修订|废止|失效|\d\s*大?)类(?!似)(?:[^,;:。、\d类级]{0,4}?(?:案件|纠纷|事项|文件))?[^,;:。、\d类级)）]{0,4}$/;
const LEVEL = /(?<![各此这该同等多两诸]|各层)级(?:案件|纠纷|事项|文件)?[^,;:。、\d类级)）]{0,4}$/;
/** Words before 纠纷 or 案件 that name disputes in general or the verb that handled them, not a kind. */
const NO_KIND = "矛盾|各类|各种|民间|化解|调解|调处|排查|受理|处理|解决|办理|登记|成功";
/**
 * Disputes of one kind named beside others (化解婚姻家庭纠纷1200起、邻里纠纷860起): a split by kind, none the total; not
 * disputes named in general (矛盾纠纷, 各类纠纷) nor by the verb that handled them (调解纠纷).
 */
const DISPUTE_KIND = String.raw`[\u4e00-\u9fff]{2}(?<!${NO_KIND})纠纷(?:案件)?`;
const LATER_DISPUTE_KIND = new RegExp(String.raw`(?:^|\d\s*(?:余|多)?[万亿]?(?:余|多)?[件起宗])、[^,;:。\d、]{0,8}?${DISPUTE_KIND}$`);
/** The first item of such a split may name its kind by 案件 (调处专业案件54件、交通事故纠纷17件). */
const FIRST_DISPUTE_KIND = new RegExp(String.raw`(?:${DISPUTE_KIND}|[\u4e00-\u9fff]{2}(?<!${NO_KIND}|诉讼|行政)案件)$`);
const NEXT_DISPUTE_KIND = /^、[^,;:。\d、]{1,10}纠纷(?:案件)?\s*\d/;
/** Disputes told by what they might have led to (化解可能引发群体性械斗的纠纷73件, 可能激化的矛盾纠纷): a kind of those resolved. */
const DISPUTES_THAT_MIGHT = /可能(?:引发|引起|激化|导致|演变|酿成|造成)[^,;:。\d]{0,16}?的?(?:矛盾)?纠纷(?:案件)?$/;
/** Disputes of one kind right before their count, which a share of all the disputes may follow (婚姻家庭纠纷1360件,占…总数的31.4%). */
const ONE_DISPUTE_KIND = new RegExp(String.raw`${DISPUTE_KIND}$`);
/** Cases of a kind drawn for a review of their files (随机抽取行政处罚案件45件进行评查): what was reviewed, no kind of a total. */
const DRAWN_FOR_REVIEW = /(?:抽取|抽查|评查|调阅|查阅)[^,;:。\d]{0,12}$/;
/** A kind counted together with all the cases (各类行政案件及行政赔偿案件6588件): the total, not the kind. */
const WITH_ALL_CASES = /行政案件[及和与]行政[\u4e00-\u9fff]{2,6}案件$/;
/** So a class of documents counted together with the normative documents (规范性文件和政策措施类文件877件). */
const WITH_ALL_DOCUMENTS = /规范性文件[及和与、][\u4e00-\u9fff]{2,8}类文件$/;
/** How the extreme among the bodies compared is said before its value: 的是, 为, 仅为, 达到. */
const EXTREME_SAID = String.raw`(?:的是|的?为|是|仅为|仅|达到?)`;
/**
 * The lowest or highest rate among the bodies a text compares (白沙区出庭率最低,为71.43%; 出庭率最低的为45%): one body's, not the
 * reporting body's, unless the text speaks of itself (我县出庭率全市最高,达100%).
 */
const EXTREME_RATE = new RegExp(String.raw`率(?:最低|最高)\s*[,，]?\s*${EXTREME_SAID}?\s*$`);
/** So the largest or smallest count among them (各县区中受理复议案件最多的为260件, 收案最少的是…12件). */
const EXTREME_COUNT = new RegExp(String.raw`(?:最多|最少)\s*[,，]?\s*${EXTREME_SAID}\s*$`);
/** So a count said after it to lead or trail them (桐浦县收案261件居首, 云岙区39件最少): one place's, ranked among the rest. */
const EXTREME_AFTER = /^\s*(?:居首|居末|最多|最少)(?=\s*(?:[,，;；。、)）]|$))/;
const SELF_IN_LEAD = /[我本]/;
/**
 * One field's part (城建领域的复议案件120件, 纠正土地领域违法行政行为86起, 自然资源领域审理案件2130件), or its rate (市场监管领域纠错率达18.6%); not all of N fields (7个重点执法领域的43份案卷), nor
 * of the fields a list or a kind names (交通运输、市场监管等重点执法领域的60份行政执法案卷).
 */
const FIELD = /领域(?:的)?(?:违法)?(?:行政)?(?:(?:审理|受理|办理|审结|办结|新收)(?:的)?)?(?:复议|诉讼|行为)?(?:案件)?[^,;:。、\d]{0,2}$|领域的?[\u4e00-\u9fff]{1,6}率(?:为|达到?|是|约)?$/;
const SEVERAL_FIELDS = /(?:等|各|多个|相关|重点)[^,;:。、\d]{0,4}领域[^,;:。、\d]{0,8}$/;
/** A few fields named and counted, no 等 (征收拆迁、社会保障、市场监管三个领域的败诉案件合计78件): those fields' part. */
const NAMED_FIELDS = /、[^,;:。、\d等]{1,8}(?:[两三四五六七八九十]|\d{1,2})(?:个|大)(?:领域|行业|类型|类别)的?[^,;:。、\d]{0,10}$/;
/** Appeals and retrials, not the first instance every total counts: 受理二审行政案件96件 (but 一、二审和再审 is every instance). */
export const LATER_INSTANCE = /二审|再审/;
const FIRST_INSTANCE = /一审|一、二审/;
/**
 * Cases of one kind (行政处罚类案件, 一审“两违”行政案件, 涉法涉诉案件 among disputes, 复议前置案件), or several kinds named
 * before 等 (行政许可、行政处罚等一审行政案件; not the judgments that make a loss, 判决撤销或确认违法等行政机关败诉案件), or those
 * one procedure took (适用简易程序审理案件, 以简易程序审结19件), or those brought against one kind of act (行政处罚被申请行政复议9宗,
 * 行政强制直接被提起行政诉讼22宗).
 */
/** One kind of case by the act sued or reviewed (行政处罚案件, 信息公开类一审行政案件): the noun the kinds below share. */
const ONE_KIND_OF_CASE = String.raw`(?:行政(?:许可|处罚|强制|协议|确认|征收|补偿|赔偿|裁决|登记|给付|不作为)|信息公开|工伤认定|征地拆迁|房屋征收(?:[与和及]补偿)?)类?(?:一审|二审)?(?:行政)?案件`;
const CASE_KIND = new RegExp(String.raw`行政(?:许可|处罚|强制|征收|征用|确认|裁决|给付|奖励|检查)(?:决定|行为)?(?:直接)?被(?:申请|提起|提出)?(?:行政)?(?:复议|诉讼)(?:案件)?$|${ONE_KIND_OF_CASE}$|等(?!各类|各种|多种|所有|全部|方式|形式|途径|手段|[^,;:。\d]{0,6}?败诉)[^,;:。\d]{0,8}案件$|${DEPARTMENT_TRADE}类?(?:行政)?案件$|“[^“”]{1,8}”(?:一审|二审)?(?:行政)?案件$|、[^,;:。\d]{1,12}等(?:一审|二审)?(?:行政)?(?:诉讼|复议)?案件$|涉法涉诉(?:案件|信访)?$|(?:复议)?前置(?:类)?案件$|(?:简易|普通)程序[^,;:。\d]{0,4}?(?:案件|办案|审结|办结|审理)$|(?:以|适用|按照?|通过)(?:简易|普通)程序[^,;:。\d]{0,6}$`);
/**
 * One kind of case as the subject of the figure after it in its clause (政府信息公开案件败诉率为25.3%, 行政处罚案件的败诉率最高,为…,
 * 行政不作为案件虽然败诉率由…降为69.16%), or of the clause before one that goes on with 但 (…,但败诉案件数由…增长为314件): that
 * kind's figure; not one of several kinds named together (行政许可、行政处罚等), nor a disclosure report's, whose cases are all on disclosure.
 */
const KIND_NOUN = String.raw`(?<![等、和及与含])${ONE_KIND_OF_CASE}`;
const KIND_SUBJECT = new RegExp(String.raw`${KIND_NOUN}(?:的|虽然|虽|尽管)?[^,;:。、]{0,12}?(?:败诉|撤诉|调撤|率|数)[^,;:。、]{0,16}$`);
const KIND_CONCEDED = new RegExp(String.raw`${KIND_NOUN}(?:虽然|虽|尽管)`);
/** …where the clause after 但 names no subject of its own (但全市行政机关败诉率为5.1% is the whole's). */
const GOES_ON_WITH_BUT = /^\s*(?:但|但是|而|却)(?![^,;:。\d]{0,6}?(?:全[国省市区县州盟旗]|各级|我[省市区县]|本[省市区县]|行政机关))/;
/**
 * Cases by party or subject (办理涉企行政复议案件96件, 审理涉知识产权一审行政案件9.4万件), or acts corrected by whose rights they
 * harmed (纠正侵害企业合法权益的违法和不当行为792件):
 * a part, which stands where the text gives no whole; not lectures on a subject
 * (开展涉农法治讲座10余场), nor cases said to involve lawsuits or reviews themselves
 * (全县涉行政诉讼案件47件: the county's lawsuits, all of them).
 */
const SUBJECT_KIND = /涉(?!诉|讼|案|及|法涉诉|行政(?:诉|应诉|复议|案)|[区市县镇乡州省]?政府)[^,;:。\d]{1,10}?(?:一审|二审)?(?:行政)?(?:诉讼|复议)?案件$|涉(?:企|外|农|军|台|港澳|侨|民生|及(?:各类)?(?:经营主体|市场主体|企业|民营企业))(?![^,;:。\d]{0,10}?(?:讲座|活动|宣传|宣讲|培训|知识))[^,;:。\d]{0,10}$|(?:侵害|损害|侵犯)(?:各类)?(?:经营主体|市场主体|民营企业|企业)(?:合法)?(?:权益|利益)的[^,;:。\d]{0,12}$/;
/** A sentence's opening clause on a kind of cases by party, as an aspect (涉企案件方面, 在涉企行政复议领域). */
const SUBJECT_KIND_OPENING = /^\s*(?:在)?涉(?:企|外|农|军|台|港澳|侨|民生)[^,;:。\d]{0,6}?(?:案件|复议|诉讼|争议|纠纷)[^,;:。\d]{0,4}?(?:方面|领域)/;
/**
 * A sentence's opening clause on one kind of enforcement act and its count, as an enforcement statistics report lists them
 * (行政强制1342宗,被申请行政复议2宗,…;直接被提起行政诉讼15宗): the reviews and suits its later clauses count, and their outcomes,
 * are of that kind.
 */
const ACT_KIND_OPENING = /^\s*(?:其中\s*[,，]?\s*)?(?:行政处罚|行政许可|行政强制|行政征收|行政征用|行政检查|行政确认|行政给付|行政裁决|行政奖励|其他行政行为)(?:决定|措施|申请总数|案件)?(?:共)?\s*\d[\d,.]*\s*(?:宗|件|起|项|次)\s*[,，;；]?\s*$/;
/** Cases said to be on information disclosure, right before their count (涉及政府信息公开行政复议0件, 有关政府信息公开的行政复议案共1起). */
const DISCLOSURE_CASES = new RegExp(String.raw`${DISCLOSURE_SUBJECT}[^,;:。\d]{0,14}$`);
/**
 * A part named by who the case is against: 以区政府为被申请人的21件, 以乡镇街道
 * 作为被告的案件64件, 起诉各县(市、区)级行政机关为被告的; not 以我局为被申请人的,
 * which is the reporting body's own, nor 以临江地区行政机关为被告的, which is
 * every agency of the place (以中央国家行政机关为被告的 is one level's), nor 以市政府及其部门为被告的, the government with all its
 * departments, nor 各级行政机关作为被告的, every level's.
 */
const RESPONDENT = /以(?![我本各])(?![^,;:。]{0,12}?(?:(?<![级央家])行政机关|政府及其(?:所属|工作)?部门)(?:作)?为被)[^,;:。]{1,24}?(?:作)?为被(?:申请人|告|诉人)|(?<!各)级(?:政府|行政机关|部门|机关)(?:作)?为被(?:申请人|告|诉人)/;
/**
 * Bodies that filed with another (县政府各部门…向县司法局报送备案规范性文件29件): the filers of every
 * document the other received, not a part of them.
 */
const FILED_WITH = /向[^,;:。]{1,16}?(?:报送|报备|备案|提交|呈报)/;

/**
 * A part named by the body that counted it, as its clause's subject: one
 * court level (市中院, 各基层法院, 省高院), some of the governments (各区政府, 县级政府,
 * 13个市州 of a province), one kind of department (公安部门败诉38件, 人力资源和社会保障部门…) or one kind or level of mediation
 * committee (乡镇(街道)调委会调解案件2231件, 行业性专业性调委会…; not 人民调解委员会, all of them).
 * A named place alone may be the reporting body itself (青禾县人民政府共收到…);
 * as an item of a 其中 list (其中,柏岭区法院新收96件) it is one of its parts. The year may open the clause (2016年海南二中院审结的…).
 * Not a body that issued the documents counted (审查…,市政府部门规范性文件41件; 备案部门文件13件): that is which documents;
 * nor a government with its departments (县政府及部门负责人出庭应诉率100%): all its agencies; nor the departments with the
 * towns (区级部门和镇街负责人出庭应诉率99.3%): every agency below the government, no part of its own figure; nor the justice
 * administration (司法行政部门新收行政复议申请462件), the reconsideration organ that counts the whole.
 */
const BODY_SUBJECT =
  /^\s*(?:\d{4}\s*年度?[,，]?\s*)?(?:\d{1,3}个(?:市州|州市|地市|市\(州\))|[\u4e00-\u9fff]{0,8}?(?:中院|中级(?:人民)?法院|基层(?:人民)?法院|高院|高级(?:人民)?法院)|各(?!级|类|地|部门|单位)[\u4e00-\u9fff]{1,4}?(?:政府|法院)|各(?:县|区|市|乡镇|街道)(?:\(市、?区\))?|(?:区县|县区|县市区|县\((?:市、?)?区\)|乡镇|街道)(?:级)?(?:人民)?政府|县级(?:人民)?政府|[市区县]?政府(?:各)?(?:部门|委办局)|委办局|(?![本我该各全])[\u4e00-\u9fff]{2,10}?(?<![各本我该有关相关]|审查|审核|司法行政|政府(?:及|和)(?:其|各)?(?:所属|工作)?)部门(?![的之]|[和及与、](?:乡镇|镇街|镇|街道))|(?![本我该各全])[\u4e00-\u9fff()（）]{1,12}?(?<!人民|各|级|类)(?:调委会|调解委员会))(?!(?:制定|出台|印发|发布|报送|报备)?的?(?:行政)?(?:规范性)?文件)/;
/**
 * A named body sued, as its clause's subject (市人力资源和社会保障局被诉13件, 与市人民政府为共同被告被诉4件), or a named
 * place's agencies or one level's (青川市行政机关涉诉30件, 市级机关涉诉18件): one respondent's cases, not the
 * reporting body's (我局被诉3件, 全市行政机关涉诉… are its own).
 */
const SUED_BODY =
  /^\s*(?:\([一二三四五六七八九十\d]{1,3}\))?\s*(?:(?:与[^,;:。]{2,16}?为共同被告|(?![我本该])[\u4e00-\u9fff]{2,24}?(?:局|厅|委员会|委|办公室|政府|部门|机构|大队|中心|所))被(?:起)?诉|(?![我本该全各])[\u4e00-\u9fff]{1,8}?[市区县级](?:行政)?机关涉诉)$/;
/**
 * One field's mediation committee as the subject of a 其中 list's items (其中,医疗纠纷人民调解委员会调解成功43件,道路交通事故人民调解
 * 委员会…): a part of the whole's mediation; alone, such a committee may be the body a text reports on (经医疗纠纷人民调解委员会调解5286起).
 */
const FIELD_COMMITTEE_SUBJECT = /^\s*[\u4e00-\u9fff]{2,10}?(?:纠纷|事故)人民调解委员会/;
/** A sentence whose first clause is 其中 alone: its later clauses list parts. */
const PARTS_OPENING = /^\s*其中\s*[,，:：]?\s*$/;
/** A body's clause whose object is the whole place's (省高院对全省各级行政机关…败诉的1350件): the place's figure, not the body's part. */
const WHOLE_PLACE_OBJECT = /对全[省市区县州盟旗](?:各级|范围内)/;
/**
 * One village's doing at the sentence's or a clause's head, its town named before it or not (柳河街道石桥村将闲置校舍改造为…, 累计化解纠纷86件):
 * no body that reports has a village's figures as its own. Not 农村, 乡村, 镇村 (镇村两级调委会: towns and villages), 县村, 各村, 全村,
 * 一村 (一村一法律顾问: one per village), a whole place's villages (全县村、镇、县三级调解组织: levels listed),
 * nor a kind of village (示范村, 行政村, 贫困村 …), which are no village's name, nor villages' venues a verb relies on or goes to (依托村综合服务中心), nor a street or a community named for a village
 * (新村街道, 王村社区), nor villages' roles (组织村法律顾问…).
 */
export const VILLAGE_SUBJECT = /^\s*(?:[\u4e00-\u9fff]{2,6}(?:镇|乡|街道))?(?![全各每该本])[\u4e00-\u9fff]{1,3}(?<![农乡城镇县山渔牧各全每该本其此驻进入到在下一]|依托|依靠|借助|利用|通过|结合|围绕|深入|走进|示范|文明|先进|试点|重点|行政|自然|贫困|移民|美丽|和谐|平安|特色|传统|中心)村(?![(（民级委务规居组干医庄镇街社法、])/;
/** The intermediate court and the basic courts together as a clause's subject: all the courts of the place. */
const ALL_COURTS_SUBJECT = /^\s*[\u4e00-\u9fff]{0,8}?(?:中院|中级(?:人民)?法院)(?:及|和|与|、)[^,;:。]{0,16}?基层(?:人民)?法院/;
/**
 * A body's own level beside all of them, as its clause's subject (省本级收到…,
 * 司法部本级办理…), or naming its own cases (市本级行政应诉案件46件); not 审查市本级规范性文件, the reporting body's own documents.
 */
const OWN_LEVEL_SUBJECT =
  /^\s*[^\d,;:。审办收受共]{0,6}?本级(?:(?:共|全年|累计)?(?=办理|收到|新收|受理|审结|办结|审理|审查|收案|作出|纠正|纠错)|[^\d,;:。]{0,8}?案件(?:共|合计|总数)?(?:为|有|达)?$)/;
/** Words that widen a clause's scope past the body's own level: 全市, 各级, 全省法院. */
const WIDER_SCOPE = /全[国省市区县州盟旗]|各级|各地|所有/;
/**
 * As a 其中 list's item, a place or a government with its departments is one of the parts (其中,区政府及其部门一审应诉案件合计318件),
 * and so is a body named as the one that took the cases (其中省自然资源厅受理5宗、市人民政府受理3宗).
 */
const PLACE_SUBJECT = /^\s*(?:其中\s*[,，]?\s*)?(?:[\u4e00-\u9fff]{2,6}?[区县市旗](?![级域内])|[A-Za-z\u4e00-\u9fff]{0,6}?政府及其(?:所属|工作)?部门|[\u4e00-\u9fff]{1,10}?(?:厅|局|委员会|(?:人民)?政府)(?=受理|办理|审结|审理|收到|新收))/;
/** A place by its name and unit, no pointing word or verb in its stem (柳岸区, not 各县区 or 审查各县区). */
export const PLACE_NAME = String.raw`[^\s\d,;:。、和与及各全本我该两审查办理受收开展组织对向的]{2,5}[区县市旗]`;
/** A place's name and a colon opening a line or a bullet (◆ 枫渡县:…). */
const PLACE_COLON_OPENING = new RegExp(String.raw`^\s*[◆●■▲★◇○·•]?\s*${PLACE_NAME}\s*[:：]`);
/** Places named and counted as the clause's subject (青石、白沙两地…, 青川、白河两州…, 柳岸、东岭等3个区…, 温州、台州等地…, 柳岸区、青山县…): those places', not the whole's. */
const NAMED_PLACES = new RegExp(String.raw`^\s*(?:其中\s*[,，]?\s*)?(?:[\u4e00-\u9fff]{2,5}(?:[、和与及][\u4e00-\u9fff]{2,5})+(?:等?(?:[两三四五六七八九十]|\d{1,2})(?:地|州|市|县|个(?:县|区|市|地区|乡镇|街道|县区|县市区))|等(?:地|地区|地方|城市))|${PLACE_NAME}(?:[、和与及]${PLACE_NAME})+)`);
/** Cases a court decided on among those counted, named right after (已审结的5件中,复议决定均未被人民法院撤销): the suits', no review's. */
const COURT_DECIDED_AMONG = { after: /^\s*中\s*[,，]?\s*$/, next: /^[^,;:。\d]{0,12}?(?:被|经)(?:人民)?法院/ };
/** A share of civil or criminal cases after a count (受理诉讼案件93426件,占基层法院民商事案件收案总量的34.78%): the count is of those cases. */
const SHARE_OF_OTHER_CASES = /^\s*占[^,;:。\d]{0,16}?(?:民商事|民事|刑事|商事)案件/;
/**
 * A count whose share of a total follows it (近600万件,占调解纠纷总数的37.9%; 6752件,占34%; 1105件,占比56.9%; 12266宗,
 * 在全市调解纠纷量中占27%; 占全市的27%) is a part of that total.
 */
const SHARE_OF_TOTAL = /^\s*(?:在[^,;:。\d]{1,20}?中\s*)?占(?:[^,;:。\d]{0,16}(?:总数|总量|全部|总和|总计|合计)|比|\s*\d|[^,;:。\d]{1,20}?\d+(?:\.\d+)?\s*%)/;
/**
 * The rest after the named outcomes: 以其他方式结案16件, 其余案件12件 (not 调解、和解以及其他方式, the named ones with the rest;
 * nor 其他原因废止65件, a reason, not the rest of the things counted).
 */
const REMAINDER = /(?<!以及|和|及|与|、)(?:其他|其它|其余)(?!原因)[^,;:。\d]{0,8}$/;
/** Some taken out of a count before it is read again (剔除因程序瑕疵败诉的5件,实体败诉率为5.3%): a part of it, named to be left out. */
const TAKEN_OUT = /(?:剔除|扣除|除去)[^,;:。\d]{0,16}$/;
/** The outcome the rest of a clean-up's documents met, after their count (其余168件继续有效): the rest is those kept, a figure. */
const REST_KEPT_AFTER = /^\s*(?:均|全部)?(?:继续有效|予以保留|继续保留|保留|继续执行|继续施行)/;
/**
 * The cases carried over from the year before, a part of the caseload (应诉案件旧存9件, 上年结转8件), or on to the
 * next (结转至2024年的行政复议案件12件), whatever verb or noun came before: no count of the year's own.
 */
const CARRIED_OVER_PART = /(?:旧存|(?:上一?年度?|往年)?结转(?:至|到)?(?:下一?年度?|\d{4}\s*年度?)?)(?:的|下来的)?(?:(?:行政)?(?:复议|诉讼|应诉|起诉)?案件)?(?:共|为|有)?$/;
/**
 * What each of several did, 各 before its verb (4个评查组各评查16件案卷); not 各类, 各级, nor a kind of doer named for its
 * work (各评查组, 各调解组织: which ones).
 */
const EACH_DID = String.raw`(?:自)?(?:评查|抽查|抽取|审查|办理|开展|举办|配备|选派|发放|培养|培育|选聘)(?!组|小组|机构|机关|人员|员|团|队|点|站|中心|单位)`;
/**
 * Each of several, not their total: 两区法院收案数均超过80件, 各区局案卷各1份, 4个评查组各评查16件案卷, what each body has trained or been given
 * (全县318个村(社区)均已配备2名以上“法律明白人”, 在…396个行政村各培养“法律明白人”2名); but each of two rates is that rate (出庭应诉率与胜诉率均达100%), and 平均
 * is no 均 (调解成功率平均86.18%).
 */
const EACH = new RegExp(String.raw`(?<![平年人户村场日月])均(?:在|为|达|达到|超过|不足|不到|低于|高于|(?:已经?)?(?:培养|培育|配备|配齐|聘请|选聘|设立|建立|确定)了?)?$|各$|各${EACH_DID}[\u4e00-\u9fff“”"]{0,8}$`);
/** The doers counted before what each of them did (5个评查组各抽查案卷20卷): how many did it, no figure. */
const EACH_DOER_AFTER = new RegExp(String.raw`^[\u4e00-\u9fff]{1,6}?各${EACH_DID}`);
/** The upper end of a range (分别抽选2至5件案卷不等, 评查了8至9件): how many each took, no count. */
const RANGE_END = /\d\s*%?\s*(?:至|到|~|～|—|-)\s*$/;
/** The lower end of a range of rates (败诉率维持在10%到12%之间最为平衡): a band someone names, no rate reached. */
const RANGE_START_AFTER = /^\s*(?:至|到|~|～|—|-)\s*\d+(?:\.\d+)?\s*%/;
const RATES_ALIKE = /率[^,;:。]{0,10}?(?:与|和|及|、)[^,;:。]{0,16}?率均(?:为|达|达到)?$/;
/**
 * A count some of which the clause goes on to count (15370宗案卷中的13926宗进行了自查): the whole they come from, no figure;
 * not a count whose parts an aside lists (新收行政复议案件12件(其中3件…)), which stays the figure.
 */
const BASE_OF_PART_AFTER = /^[^,;:。\d]{0,8}?(?<!其)中的?\s*\d/;
/** A larger whole a share is of, its count between 占 and the share (约占全省2.9万场次的7.5%): the base, no figure of the body's. */
const BASE_OF_SHARE = { before: /占[^,;:。\d]{0,8}$/, after: /^[^,;:。\d]{0,8}?的\s*[\d.]+\s*[%％]/ };
/** Those a check found wanting, named right before their count (对发现问题的7卷案卷逐一督促整改, 存在问题的2件): some of those checked. */
const FOUND_WANTING = /(?:发现|存在|查出)有?(?:问题|瑕疵)的$/;
/** What a check found, counted right after it (审核发现并纠正法律风险点207个, 评查发现问题56个): findings, not the things checked. */
const FINDINGS = /(?:发现|查出|查找出?|指出)(?:并(?:纠正|整改|提示|防范|化解))?[^,;:。\d]{0,8}?(?:问题|风险点?|隐患|漏洞)(?:共|达)?$/;
/** So with the wanting said after the count (报送的2件文件存在与上位法不一致的问题). */
const FOUND_WANTING_AFTER = /^[^,;:。\d]{0,6}?(?:存在|发现|查出)[^,;:。\d]{0,16}?(?:问题|瑕疵)/;
/** Appearances a head entrusted to a deputy (委托副职出庭应诉83件), beside the heads' own: some of all appearances. */
const DEPUTY_ENTRUSTED = /委托(?:副职|分管|其他)[^,;:。\d]{0,8}出庭(?:应诉)?\s*$/;
/** Those filed within the time limit or after it (其中,在法定期限内报送备案的45件; 逾期报备2件): some of those filed. */
const FILED_BY_TIMELINESS = /(?:在法定期限内|在规定时限内|按时|按期|及时|逾期|超期)(?:报送|报请)?(?:备案|报备)的?\s*$/;
/** What became of the documents a review went through, in the clauses after it (审结的文件中,直接通过审查39件;…): some of them. */
const AMONG_DOCUMENTS_CLAUSE = /(?:审结|审查|审核)的[^,;:。\d]{0,8}?文件中\s*[,，]?\s*$/;
/**
 * Lost or corrected cases among those of their own kind, by cause (6件败诉案件中因程序违法败诉的4件; …败诉案件中,因程序违法败诉的4件):
 * a part, no count of them.
 */
const OUTCOME_CASES_AMONG = /(?:败诉|纠错|被纠错|被撤销)的?案件中[^,;:。\d]{0,16}$|^\s*因[^,;:。\d]{1,12}?(?:败诉|被纠错|被撤销|被确认违法)的$/;
/**
 * Some of the cases named before 中 that what was done to them after the count picks out (复议后进入诉讼的案件中仅有9件被法院判决撤销):
 * a part, no count of the cases named.
 */
const SOME_AMONG = { before: /案件中\s*(?:仅|只)?有?$/, after: /^\s*[件起宗]?\s*(?:被|经)/ };
/** A count of cases still open, said right after it (2起尚未办结, 3件正在审理): neither an outcome before it nor a total. */
const PENDING_AFTER = /^\s*(?:案件)?(?:尚|仍|还)?(?:未|没有)(?:办结|审结|结案|完结)|^\s*(?:案件)?(?:尚|仍|正)在(?:审理|办理)/;
/** A value quoted and then said to be wrong (更正:原文“…受理行政复议案件1237件”有误, “…215份”一处数字有误, “…1096件”系笔误): retracted. */
const RETRACTED_AFTER = /^[^,;:。“”]{0,16}”[^,;:。]{0,8}?(?:有误|系笔误|笔误|错误|不准确)/;
/**
 * Counts its clause or the next says are left out of the figures (…单位收到的58件申请,依照统计口径未纳入全省数据; 不计入本省统计数据)
 * or out of the work's scope (另有6件因施行不满一年,暂不纳入本次清理范围): another's, outside the whole reported.
 */
const LEFT_OUT_OF_FIGURES = /(?:未|不|没有)(?:纳入|计入|列入|统计在)[^,;:。]{0,10}?(?:统计|数据|总数|总量|在内|范围)/;
/** A quantity that qualifies a noun it counts others by: 收案超过40件的有3个, 出庭应诉率不足30%的地区. */
const THRESHOLD_AFTER = /^的(?:有|共|达|地区|单位|部门|县|市|区|乡镇|街道|法院|案件类型|行政机关)/;
/**
 * A bound the bodies a clause names further on meet (败诉率超过10%或出现2件以上败诉案件的单位, 由…约谈), or one place named right
 * after it (对出庭率低于80%的云埭县予以通报): a condition, no figure.
 */
const BODIES_MEETING_AFTER = /^[^,;:。]{0,24}?的(?:地区|单位|部门|乡镇|街道|县区|区县|法院|行政机关)|^的[\u4e00-\u9fff]{2,3}(?:县|区|市|镇|乡)(?!政府|人民|委|级|直|域)/;
/** A bound in brackets between a kind and its count (其中重大案件(涉案金额1000万元以上)17件): what makes the kind, no figure. */
const KIND_BOUND = { before: /[(（][^()（）,;:。\d]{0,8}$/, after: /^\s*[)）]\s*[\d一二三四五六七八九十两]/ };
/** Some of the bodies, a bound after them (部分乡镇持证执法人员不足5名, 个别单位负责人出庭率不足80%): how some fall short, no figure. */
const SOME = String.raw`(?:部分|个别|少数|一些)`;
const SOME_BODIES_BEFORE = new RegExp(String.raw`${SOME}[^,;:。\d]{0,16}$`);
/** Some bodies named right before their own figure (个别单位负责人出庭应诉率仅为60%, 部分乡镇败诉3件, 个别县(市、区)…败诉率仍高于10%): theirs, no figure of the whole. */
const SOME_BODIES_NAMED = new RegExp(String.raw`${SOME}(?:县(?:市)?区|县\(市、?区\)|区县|县市|乡镇|镇街|街道|单位|部门|地区|地方|行政机关|机关)[^,;:。\d]{0,16}$`);
/** A streak of years before a count said to pass a mark (连续3年收案过千件): the mark each year passed, no count. */
const STREAK = /连续[\d一二三四五六七八九十两]{1,2}年/;
/** A verb of passing a mark right before the count (突破1万件), its 破 no qualifier of the number. */
const PASSED_MARK = /(?:突破|超过|超出)$/;
/** A mark passed for the first time right before the count (首次突破1000件, 首度超过), or 首 before a number passed (首破千件): the mark, no count. */
const FIRST_PASSED_MARK = /首(?:次|度)?(?:突破|破|超过|超)$/;
const FIRST = /首(?:次|度)?$/;

function passedFirst(quantity: Quantity, before: string): boolean {
  return FIRST_PASSED_MARK.test(before) || (quantity.qualifier === "over" && quantity.numberStart > quantity.start && FIRST.test(before));
}
/** Another year's figure in parentheses right after a figure, alone: its baseline (收案1342件(2020年1096件)), or right after last year's measure named (超过去年全年调处量(2136件)的一半). */
const YEAR_ASIDE = { before: /[(（]\s*\d{4}\s*年(?:同期)?(?:为|是)?$|(?:去年|上年|上一年度?)[^,;:。\d()（）]{0,10}[(（]\s*$/, after: /^\s*[)）]/ };
/**
 * A respectively-list whose names are years (2023年、2024年全县分别办理…45件、62件; 2022年至2024年…分别受理…; 近两年…分别…): each
 * value is its year's, the earlier ones baselines of the later in a report on one year, whose own year's value alone is its figure;
 * in a text on no one year each stands, and the engine gives each its year (respectiveYears).
 * Not a span's values after 分别为 (2021年至2023年…收案数分别为…): the engine gives each its year there (respectiveYears), the
 * report year's a figure.
 */
const YEAR_NAMED_LIST =
  /(?:\d{4}\s*(?:年度?)?\s*(?:[、和及与]|以及)\s*)+\d{4}\s*年度?[^,;:。]{0,24}?分别[^,;:。]*$|\d{4}\s*(?:年度?)?\s*[至到—–-]\s*\d{4}\s*年度?[^,;:。]{0,24}?分别(?!为)[^,;:。]*$|近[两二三四五六七八九十]年来?[^,;:。]{0,24}?分别[^,;:。]*$/;
/**
 * A respectively-list whose names are the quarters, half-years or months of the year (一至四季度分别开展…8场、11场…, 上半年和下半年
 * 分别…): each value a part of the year's, no figure.
 */
const QUARTER = String.raw`第?[一二三四1-4]\s*季度`;
const PERIODS_NAMED_LIST = new RegExp(
  String.raw`(?:[一二三四1-4]\s*(?:至|到|—|–|-|~)\s*${QUARTER}|${QUARTER}(?:\s*[、和及与]\s*${QUARTER})+|[上下]半年\s*[、和及与]\s*[上下]半年|\d{1,2}\s*(?:至|到|—|–|-|~)\s*\d{1,2}\s*月份?)[^,;:。]{0,24}?分别[^,;:。]*$`,
);

/**
 * Whether a lead with 分别 lists values by years: years named before it in its clause or the clause before, or an earlier clause's
 * list of years it goes on with (2022年、2023年,…分别收到…;分别审结1052件、1360件), no names listed of its own before 分别.
 */
function namedByYears(before: string, { previousClause, yearsListedEarlier }: Surroundings): boolean {
  if (YEAR_NAMED_LIST.test(before) || LISTED_YEARS_CLAUSE.test(previousClause)) return true;
  // a span in a clause of its own (2021年至2023年,全县分别收到…): not before 分别为, whose values the engine gives their years
  if (YEAR_SPAN_CLAUSE.test(previousClause) && !before.includes("分别为")) return true;
  return yearsListedEarlier !== null && !NAMES_JOINED.test(before.slice(0, before.lastIndexOf("分别")));
}

/** Names joined before a respectively-list (市本级和县级分别…): what its values are of, not the years before them. */
const NAMES_JOINED = /[、和及与]/;

/** The years a clause opens a respectively-list on (2022年、2023年,; 2022年、2023年全市分别受理…), or null. */
export function yearsListOpened(clause: string): readonly number[] | null {
  const listed = LISTED_YEARS.exec(clause);
  return listed && (LISTED_YEARS_CLAUSE.test(clause) || clause.includes("分别")) ? yearsOf(listed[0]) : null;
}

/**
 * Whether a value of such a list is the report year's own: the years named before the list (2022年、2023年,…分别收到…1874件、2315件),
 * as many as its values so far and the report year among them at this value's place.
 */
function reportYearsValue(before: string, { previousClause, reportYear, yearsListedEarlier }: Surroundings): boolean {
  if (reportYear === null) return false;
  const years = yearsNamed(before) ?? yearsNamed(previousClause) ?? yearsListedEarlier;
  if (!years) return false;
  const valuesBefore = before.slice(before.lastIndexOf("分别")).match(VALUE_LISTED)?.length ?? 0;
  return years[valuesBefore] === reportYear;
}

/** Years joined by 、 or 和 (2022年、2023年), and the values listed before one (…1874件、, …603件次和). */
export const LISTED_YEARS = /(?:\d{4}\s*年度?\s*(?:[、和及与]|以及)\s*)+\d{4}\s*年度?/;
const VALUE_LISTED = /\d[\d.,]*\s*[^\d、,，;；。和及]{0,4}[、和及]/g;
/** So a clause of years alone before such a list (2021年、2022年、2023年,全市分别受理…; 2016年、2017年、2018年第一季度,…分别…). */
const LISTED_YEARS_CLAUSE = new RegExp(String.raw`^\s*${LISTED_YEARS.source}(?:第?[一二三四]季度|[上下]半年)?\s*[,，]\s*$`);
/** A span of years (2021年至2023年), one value a year, and a clause of it alone; the engine reads spans before 分别为 by it too. */
export const YEAR_SPAN = /(\d{4})\s*年?\s*(?:至|到|—|–|-|~|－)\s*(\d{4})\s*年度?/;
const YEAR_SPAN_CLAUSE = new RegExp(String.raw`^\s*${YEAR_SPAN.source}\s*[,，]\s*$`);
/** The most years a span given one value a year may run over. */
export const MAX_SPANNED_YEARS = 10;

/** The years written in some words, in order (2022年、2023年). */
export function yearsOf(words: string): number[] {
  return [...words.matchAll(/\d{4}/g)].map((year) => Number(year[0]));
}

/** The years some words name, in order: joined (2022年、2023年) or spanned (2021年至2023年); null for none. */
function yearsNamed(words: string): readonly number[] | null {
  const listed = LISTED_YEARS.exec(words);
  if (listed) return yearsOf(listed[0]);
  const span = YEAR_SPAN.exec(words);
  if (!span) return null;
  const from = Number(span[1]);
  const count = Number(span[2]) - from + 1;
  return count > 1 && count <= MAX_SPANNED_YEARS ? Array.from({ length: count }, (_, i) => from + i) : null;
}

/**
 * The other side of a comparison (与2022年同期收案1187件相比), or where a change started, with no 从 or 由 before it
 * (出庭应诉率以往的18%上升到现在的86%, 败诉率过去的14.2%降至6.3%): rising to or falling to another; or what another count is a
 * multiple of (是2014年全市法院受理的该类案件总量216件的近7倍), or what another count exceeds (比…总和437件多出三倍有余).
 */
const COMPARED_AFTER = /^[^,;:。]{0,6}?(?:相比|相较|对比|比较)|^\s*(?:多出|高出)|^\s*(?:(?:上升|提高|提升|增长|增加|攀升|下降|降低|减少|回落)(?:到|至)|[升降增减]至)|^\s*的\s*(?:近|约|超过?|逾|将近)?\s*[\d.一二三四五六七八九十两]+\s*倍/;
/** The base a change is reckoned from (增幅以2023年受理数122件为基数计算); not the base of a rate of the year (败诉率以…审结案件8,513件为基数). */
const CHANGE_BASE = { before: /(?:增幅|增速|增长率?|降幅|同比|变化)[^,;:。\d]{0,4}以[^,;:。]{0,20}$/, after: /^\s*(?:为|作为)(?:基数|基准|基期)/ };
/**
 * A count set against at length (较改革前三年(2019—2021年)县政府及县直部门受理总数29件增长151.7%), the change right after it: the
 * baseline, past the reach of a short one.
 */
const BASELINE_AT_LENGTH = /较(?![大多少高低好强轻重难小为])[^,;:。]{12,40}$/;
const BASELINE_AT_LENGTH_REACH = 48;
const CHANGE_RIGHT_AFTER = /^\s*(?:增长|增加|上升|提高|提升|下降|减少|降低|回落)了?\s*[\d.]+\s*(?:%|％|个百分点|倍)/;

/**
 * A sum right after a clause on one case (成功调解一起拖欠工程款纠纷,涉及金额86万元; 其中调解一起…纠纷,涉及金额3.5万元): that case's, no
 * total of the disputes'.
 */
const ONE_CASE_CLAUSE = /一[起宗件例个][^,;:。\d]{0,16}?(?:纠纷|案件?)[,，]\s*$/;
/** …or after one case the sentence told of further back (在一起涉及12户村民的…纠纷中,调解员…,涉及补偿款8.6万元). */
const ONE_CASE_TOLD = /一[起宗件例][^,;:。]{0,30}?(?:纠纷|案件?)中/;
const SUM_LEAD = /^\s*(?:涉及|涉案|标的)/;
/**
 * …or after a count of offences investigated (立案查处非法集资案件117起,涉案金额41.2亿元), or of suits and arbitrations
 * (新增诉讼、仲裁案件37件(主动起诉21件、被诉16件),涉案金额2.18亿元): those cases', no disputes'.
 */
const OTHER_CASES_COUNTED_CLAUSE =
  /(?:(?:查处|侦办|侦破|破获)[^,;:。]{0,20}?|(?:诉讼|仲裁)(?:案件)?(?:共|达)?\s*)\d[\d.]*\s*万?\s*[起件宗](?:[(（][^()（）]*[)）])?[,，]\s*$/;

/** Whether a quantity is a sum its lead says is at stake (涉及金额…, 涉案…, 标的…). */
function sumAtStake(quantity: Quantity, before: string): boolean {
  return quantity.kind === "yuan" && SUM_LEAD.test(before);
}

function oneCasesSum(quantity: Quantity, { before, previousClause, sentenceBefore }: Surroundings): boolean {
  return sumAtStake(quantity, before) && (ONE_CASE_CLAUSE.test(previousClause) || ONE_CASE_TOLD.test(sentenceBefore()));
}

function otherCasesSum(quantity: Quantity, { before, previousClause }: Surroundings): boolean {
  return sumAtStake(quantity, before) && OTHER_CASES_COUNTED_CLAUSE.test(previousClause);
}

/**
 * Whether a quantity counts other cases than the catalogue's: civil or criminal ones a share after it names, the suits a court
 * decided among those it counts, or the sum at stake in offences, suits or arbitrations counted before it.
 */
function countsOtherCases(quantity: Quantity, surroundings: Surroundings, after: PatternReading): boolean {
  if (SHARE_OF_OTHER_CASES.test(surroundings.nextClause) || otherCasesSum(quantity, surroundings)) return true;
  return after.test(COURT_DECIDED_AMONG.after) && COURT_DECIDED_AMONG.next.test(surroundings.nextClause);
}

/** An anecdote's count: 在办结3件行政复议案件时发现. */
const ANECDOTE = { before: /在[^,;:。]{0,12}$/, after: /^[^,;:。]{0,16}?时/ };
/** Cases chosen from among others to be told as examples (从…审结的行政案件中选取6件…的案例予以发布): the examples, no count of the body's. */
const CHOSEN_FROM = /中(?:选取|选出|精选|挑选|遴选|筛选)(?:了|出)?$/;
/**
 * One person's tally over the years they have served, right after them (从事人民调解工作6年,已调解各类矛盾纠纷300多件; 扎根基层
 * 二十年,化解纠纷千余起): a career's, not the body's figure for the period.
 */
const CAREER = /(?:从事|扎根|投身)[^,;:。]{0,14}?(?:工作)?(?:已|近|了|整整)?(?:\d{1,2}|[一二三四五六七八九十两]{1,3})(?:多|余)?年(?:来|间|以来)?(?:[,，][^,，;:。]{0,20})?$/;
const CAREER_WORDS = ["从事", "扎根", "投身"];
/** One party's applications or suits (收到五份同一申请人…提出的复议申请, 同一原告提起的8件): one dispute's, not the period's count. */
const ONE_PARTY = { before: /同一(?:申请人|当事人|原告)[^,;:。\d]{0,20}$/, after: /^[^,;:。\d]{0,4}?同一(?:申请人|当事人|原告)/ };
/** The plaintiffs' outcomes told from their side (原告胜诉的3起,败诉73起; 原告胜诉率为3.2%,败诉率为77.6%): their losses, not the government's. */
const PLAINTIFFS_WON = /原告[^,;:。\d]{0,6}?胜诉/;
/** …unless the clause names the government side as the loser (但…行政机关全国平均败诉率为30%). */
const GOVERNMENT_LOST = /(?:行政机关|政府|被告)[^,;:。\d]{0,12}败诉/;

/**
 * Lectures held right after the clause on officials' own study (落实中心组集体学法和常务会议定期学法制度,邀请专家举办专题法治讲座4次):
 * lectures for the officials, no legal-education event for the public; unless the whole place holds them (…中心组…作专题辅导,
 * 全市举办各类法治讲座60余场次).
 */
const OFFICIALS_STUDY = /中心组|集体学法|定期学法|会前学法|学法制度/;
const LECTURE_LEAD = /(?:讲座|讲课|授课)(?:共|达)?$/;

/**
 * A clause whose subject is the whole place or all its bodies (全市举办…, 各级…): lectures held there, not for one group of
 * officials; unless its officials are the subject (全县领导干部举办…).
 */
const WHOLE_PLACE_SUBJECT = /^\s*(?:全[省市区县州旗盟镇乡]|各地|各级)(?![^,;。]{0,4}?(?:领导|干部|党员|公职人员))/;

function lecturesForOfficials({ before, previousClause }: Surroundings): boolean {
  if (OFFICIALS_AUDIENCE.test(before) || OWN_LECTURE.test(before)) return true;
  return previousClause !== "" && LECTURE_LEAD.test(before.slice(-LECTURE_LEAD_CHARS)) && OFFICIALS_STUDY.test(previousClause) && !WHOLE_PLACE_SUBJECT.test(before);
}
/** Classes given to officials in the count's own clause (为全县科级干部讲授法治专题课4次): their study, not the public's. */
const OFFICIALS_AUDIENCE = /为[^,;:。]{0,12}?(?:干部|公职人员|公务员|工作人员)[^,;:。]{0,4}?(?:讲授|讲课|授课|上课|辅导)[^,;:。]{0,10}$/;
const LECTURE_LEAD_CHARS = 4;
/** A head's own lectures (带头讲法治课3次, 本人…为题讲授法治课1次) and party lessons (讲授法治党课1次): the officials' study too. */
const OWN_LECTURE = /(?:(?:带头|亲自|本人)[^,;:。\d]{0,30}?(?:讲授|讲|上|授)[^,;:。\d]{0,10}?课|党课)(?:共|累计)?$/;

/** Whether the count's lead, or the clause before it and its lead, tell of the years one person has served. */
function servedYearsBefore({ before, previousClause }: Surroundings): boolean {
  // asked of every count: the joined lead is built only where one of the words stands
  if (!CAREER_WORDS.some((word) => previousClause.includes(word) || before.includes(word))) return false;
  return CAREER.test(`${previousClause.replace(/[,，]$/, "")},${before.slice(-CAREER_LEAD)}`);
}
const CAREER_LEAD = 24;

/** The same with no 在, its clause ending on 时 (办结2件行政复议案件时,发现…); not 同时, 及时, 按时. */
const ANECDOTE_CLAUSE = /^[^,;:。]{0,16}?(?<![同及适按随准小定临])时\s*(?:[,，]|$)/;
/** A code's letters or marks right before a number (A-12, No.3, 第3—5); not the double dash (——), a clause's punctuation. */
const CODE_BEFORE = /[A-Za-z\-–_/#.·]$|(?<!—)—$/;
/** A rate right after digits and a space (成功率 99·5 9%): the end of a number the page split, no rate of its own. */
const SPLIT_NUMBER_BEFORE = /\d[ \u00a0\u2009]+$/;
/** A blot or a replacement character right before the digits (复议申请■7件): a scan's or a converter's damage, the number's first digits lost. */
const BLOTTED_BEFORE = /[■□\uFFFD]$/;
/** A footnote that says what a figure above includes (① 含市直部门…512场次, [2] 含…结转…63件, 注:1.受理数含…委托调解的纠纷316件): a part of it, no figure. */
const FOOTNOTE_PART = /^\s*(?:\[\d{1,2}\]|[①②③④⑤⑥⑦⑧⑨⑩]|注\s*\d{0,2}\s*[:：]?)\s*(?:\d{1,2}[.、．]\s*)?(?:[^,;:。\d]{0,8}?(?:数|总数|数量|金额))?(?:含|包括|其中|不含)/;
/** Words that say what a count includes: the note's marker may stand clauses before them (注:1.受理数含…), so its sentence is read back. */
const INCLUDES = /含|包括/;
/** Applications by the channel they came through (通过线上平台受理申请19起、邮寄申请142起, 通过网上立案16件), and not a whole said to have come online (新收在线行政复议申请11236件): a breakdown of the intake. */
const CHANNEL_BEFORE = /(?:通过|、|^)(?:线上|网上|在线|邮寄|掌上|信函)[^,;:。\d]{0,8}?(?:申请|提交|立案|受理)[^,;:。\d]{0,4}$/;
/** A rate a formula multiplies by (败诉率=败诉案件数÷审结案件数×100%): the formula's, no rate stated. */
const FORMULA_BEFORE = /[×*÷＊]\s*$/;
/** A count that names a list something is one of (获评全省十件实事之一, 入选16个典型案例之一): the list's name, no figure. */
const ONE_OF_AFTER = /^[^,;:。\d]{0,10}?之一/;
/**
 * A count of the stages, steps, points or sides a piece of work has (按…三个阶段开展清理, 分3个步骤推进, 三个节点均可调解, 从五个方面), or of a report's parts
 * (由…提起行政诉讼情况、其他需要报告的事项等6个部分组成, 围绕…调解和解、…基础能力建设五个板块): no thing the catalogue counts.
 */
const PARTS_OF_WORK_AFTER = /^(?:阶段|步骤|环节|节点|方面|层面|维度|板块|部分(?:组成|构成|内容|(?![\u4e00-\u9fff])))/;
/**
 * The places something was done in (在11个社区轮流开展…活动): where, not a figure, so the clause lends its words to a bare
 * count after it (…活动,全年累计62场次) as a clause without a value does.
 */
const PLACES_DONE_IN = {
  before: /在(?:全[省市区县镇乡])?\s*$/,
  after: /^(?:行政村|村\(社区\)|村|社区|乡镇|镇街|街道|镇|乡|县区|县市区|区县|县|区|部门|单位|学校|企业)(?![长级委政])/,
};

const UP = /增|升|提|多出|高出/;

/** The patterns read at the end of a quantity's lead, asked together first (see PatternSet). */
const TAIL_PATTERNS = new PatternSet([
  CODE_BEFORE, EVERY, AVERAGE, PEAK, CHANGE_VERB, SHORT_CHANGE_VERB, SHARE, FIELD, SEVERAL_FIELDS, CASE_KIND, CATEGORY, REMAINDER, TAKEN_OUT, CARRIED_OVER_PART, EXTREME_RATE, EXTREME_COUNT, EACH, RANGE_END,
  BASELINE, FROM, CHANGE_BASE.before, YEAR_ASIDE.before, ANECDOTE.before, SUBJECT_KIND, DISCLOSURE_CASES, LEVEL, SUBPERIOD, ONE_PARTY.before, KIND_SUBJECT, BASE_OF_SHARE.before, OUTCOME_CASES_AMONG,
  SOME_AMONG.before, CHOSEN_FROM, FOUND_WANTING, FINDINGS, PLACES_DONE_IN.before, NOT_REACHED, NO_APPEARANCE, FILED_BY_TIMELINESS, DEPUTY_ENTRUSTED,
]);
/** The patterns read on the rest of a quantity's clause after it. */
const AFTER_PATTERNS = new PatternSet([
  TARGET_AFTER, EACH_DOER_AFTER, THRESHOLD_AFTER, BODIES_MEETING_AFTER, RANGE_START_AFTER, BASE_OF_PART_AFTER, PENDING_AFTER, COMPARED_AFTER, CHANGE_BASE.after, YEAR_ASIDE.after, ANECDOTE.after, ANECDOTE_CLAUSE, ONE_OF_AFTER,
  PARTS_OF_WORK_AFTER, PLACES_DONE_IN.after, ONE_PARTY.after, BASE_OF_SHARE.after, LEFT_OUT_OF_FIGURES, RETRACTED_AFTER, EXTREME_AFTER, SOME_AMONG.after, REST_KEPT_AFTER,
  NO_APPEARANCE_AFTER, FOUND_WANTING_AFTER, CHANGE_RIGHT_AFTER, KIND_BOUND.after, COURT_DECIDED_AMONG.after,
]);
/** The patterns read on a quantity's whole lead for the scope it speaks for. */
const LEAD_SCOPE_PATTERNS = new PatternSet([RESPONDENT, BODY_SUBJECT, SUED_BODY, LATER_INSTANCE, VILLAGE_SUBJECT]);

/** Where a quantity stands: the words of its clause around it, and whether it is inside 《…》 or an aside. */
export interface Surroundings {
  /** the quantity's lead in its clause */
  before: string;
  /** the rest of its clause after it */
  after: string;
  /** the clause before its own in the sentence, or "" */
  previousClause: string;
  /**
   * its sentence's words before it, cut only where a reading asks for them (a sum's, where one case may have been told of; a rate
   * to be held's, where an aim may have been set): a sentence of thousands of quantities is not cut for each
   */
  sentenceBefore: () => string;
  /** its clause is an item of a 其中 list */
  listItem: boolean;
  /** its lead follows a count of bodies (全省7个县级政府收到申请超过30件): a qualified number there is a threshold */
  afterBodyCount: boolean;
  /** the lead of that count of bodies (市中级法院及具有管辖权的 before 2个基层法院共受理…), or "" */
  bodyCountLead: string;
  /** its sentence opens on another period than the report's (近三年来, 十四五期间, 2016年至2020年) */
  otherPeriod: boolean;
  /** its sentence opens on a goal (目标:…, 到2025年,… in a report of an earlier year): its figures are targets */
  aimedAt: boolean;
  /** its sentence has turned to a breakdown of a count by some dimension before it (按案涉行政领域划分, 从收案途径来看) */
  breakdown: boolean;
  /** the clause after it, where a share of a total may follow (,占调解纠纷总数的37.9%) */
  nextClause: string;
  /** the first clause of its sentence where its own clause is a later one, or "": a subject there (市本级办理…) speaks for the clauses after it */
  sentenceOpening: string;
  /** the period a year before that the clause before it says and nothing else (去年同期, / 去年1-6月,) */
  lastYearBefore: LastYearPeriod | null;
  insideTitle: boolean;
  /** inside parentheses that say what a figure holds or stands for: (含旧存392件), (即A区36件…) */
  aside: boolean;
  /** the text is a government information disclosure report (政府信息公开工作年度报告): the cases it is about are all its cases */
  disclosureReport: boolean;
  /** the year the report covers, where it is one: in a list of years, its own year's value is its figure */
  reportYear: number | null;
  /** the years an earlier clause of its sentence opened a respectively-list on (2022年、2023年,…分别收到…;分别审结…), or null */
  yearsListedEarlier: readonly number[] | null;
  /**
   * Whether a lead ends on a rate's own name (败诉案件占比为, 复议纠错案件占审结数的, 直接纠正…的占): a share after it is that
   * rate, no share of another whole. The rules' cues say so; roles do not read them.
   */
  namesRate: (lead: string) => boolean;
}

/**
 * How much of a lead the patterns anchored at its end look at: each reaches
 * back less than this, so a long lead costs no more than a short one.
 */
const TAIL = 40;

export function roleOf(quantity: Quantity, surroundings: Surroundings): Role {
  const { insideTitle, aside } = surroundings;
  if (!FIGURE_KINDS.has(quantity.kind)) return { kind: "ignored", reason: quantity.kind };
  const tailStart = Math.max(0, surroundings.before.length - TAIL);
  const before = surroundings.before.slice(tailStart);
  const tail = TAIL_PATTERNS.read(before);
  const after = AFTER_PATTERNS.read(surroundings.after);
  // a count of things in a fraction (开展普法活动3.2次) lost its 万 on the page
  if (COUNTED_KINDS.has(quantity.kind) && !Number.isInteger(quantity.value)) return { kind: "ignored", reason: "fractional count" };
  if (insideTitle || after.test(ONE_OF_AFTER)) return { kind: "ignored", reason: "name" };
  if (after.test(PARTS_OF_WORK_AFTER)) return { kind: "ignored", reason: "parts of work" };
  if (tail.test(PLACES_DONE_IN.before) && after.test(PLACES_DONE_IN.after)) return { kind: "ignored", reason: "places" };
  if (tail.test(FINDINGS)) return { kind: "ignored", reason: "findings" };
  if (countsOtherCases(quantity, surroundings, after)) return { kind: "ignored", reason: "other cases" };
  if (aside) return { kind: "ignored", reason: "aside" };
  // cases on information disclosure (涉及政府信息公开的行政复议11件) are one kind of an annual report's, none of its figures
  if (!surroundings.disclosureReport && tail.test(DISCLOSURE_CASES)) return { kind: "ignored", reason: "kind" };
  if (tail.test(CODE_BEFORE)) return { kind: "ignored", reason: "code" };
  if ((quantity.kind === "percent" && SPLIT_NUMBER_BEFORE.test(before)) || BLOTTED_BEFORE.test(before)) return { kind: "ignored", reason: "split number" };
  if (FORMULA_BEFORE.test(before)) return { kind: "ignored", reason: "formula" };
  if (FOOTNOTE_PART.test(surroundings.sentenceOpening || surroundings.before) || (INCLUDES.test(surroundings.before) && FOOTNOTE_PART.test(surroundings.sentenceBefore()))) return { kind: "ignored", reason: "footnote" };
  if ((tail.test(EVERY) && !(ROUGH.has(quantity.qualifier ?? "") && EACH_YEAR.test(before) && !EACH_UNIT_YEARLY.test(before))) || perAmongBefore(surroundings)) return { kind: "ignored", reason: "frequency" };
  // a count averaged is no total (平均每村超4名); a rate averaged over the period is its rate (平均败诉率19.1%)
  if (quantity.kind !== "percent" && tail.test(AVERAGE)) return { kind: "ignored", reason: "average" };
  if (quantity.kind !== "percent" && tail.test(PEAK)) return { kind: "ignored", reason: "peak" };
  // a bound not passed (两地全年收案都没有超过400件): the over its qualifier reads is negated
  if (quantity.qualifier === "over" && NOT_BEFORE.test(before)) return { kind: "ignored", reason: "bound" };
  if (surroundings.aimedAt || TARGET.test(surroundings.before) || after.test(TARGET_AFTER) || heldAfterAim(surroundings) || tail.test(NOT_REACHED)) return { kind: "ignored", reason: "target" };
  if (tail.test(NO_APPEARANCE) || after.test(NO_APPEARANCE_AFTER)) return { kind: "ignored", reason: "none appeared" };
  const verb = tail.exec(CHANGE_VERB) ?? tail.exec(SHORT_CHANGE_VERB);
  if (verb || quantity.kind === "percentage_point") {
    const direction = verb && !UP.test(verb[1]!) ? "down" : verb ? "up" : changeDirection(before);
    const comparison = COMPARISON_START.exec(surroundings.before);
    const phraseStart = comparison ? comparison.index : verb ? tailStart + verb.index : surroundings.before.length;
    if (direction) return { kind: "change", direction, phraseStart };
    return { kind: "ignored", reason: "change without direction" };
  }
  if (tail.test(SHARE) && !(quantity.kind === "percent" && surroundings.namesRate(surroundings.before))) return { kind: "ignored", reason: "share" };
  const oneField = (tail.test(FIELD) && !tail.test(SEVERAL_FIELDS) && !surroundings.afterBodyCount) || (before.includes("、") && NAMED_FIELDS.test(before));
  const oneKind =
    (tail.test(CASE_KIND) && !WITH_ALL_CASES.test(before) && !DRAWN_FOR_REVIEW.test(before)) ||
    (!surroundings.disclosureReport && (tail.test(KIND_SUBJECT) || (GOES_ON_WITH_BUT.test(before) && KIND_CONCEDED.test(surroundings.previousClause))));
  // read only where a dispute, or cases right before the count, are named: few leads are
  const disputeKind =
    (before.includes("纠纷") && LATER_DISPUTE_KIND.test(before)) ||
    ((before.includes("纠纷") || before.endsWith("案件")) && NEXT_DISPUTE_KIND.test(surroundings.after) && FIRST_DISPUTE_KIND.test(before)) ||
    (before.includes("纠纷") && ONE_DISPUTE_KIND.test(before) && SHARE_OF_TOTAL.test(surroundings.nextClause)) ||
    (before.includes("可能") && DISPUTES_THAT_MIGHT.test(before));
  const oneCategory = tail.test(CATEGORY) && !WITH_ALL_DOCUMENTS.test(before);
  if (surroundings.breakdown || oneCategory || oneField || oneKind || disputeKind || tail.test(OUTCOME_CASES_AMONG) || (tail.test(SOME_AMONG.before) && after.test(SOME_AMONG.after)) || tail.test(FOUND_WANTING) || tail.test(FILED_BY_TIMELINESS) || tail.test(DEPUTY_ENTRUSTED) || after.test(FOUND_WANTING_AFTER) || AMONG_DOCUMENTS_CLAUSE.test(surroundings.sentenceOpening || surroundings.previousClause) || (tail.test(REMAINDER) && !after.test(REST_KEPT_AFTER)) || tail.test(TAKEN_OUT) || tail.test(CARRIED_OVER_PART) || SOME_BODIES_NAMED.test(before) || (quantity.kind !== "percent" && CHANNEL_BEFORE.test(before)) || (before.includes("分别") && PERIODS_NAMED_LIST.test(before))) {
    return { kind: "ignored", reason: "breakdown" };
  }
  if ((tail.test(quantity.kind === "percent" ? EXTREME_RATE : EXTREME_COUNT) || after.test(EXTREME_AFTER)) && !SELF_IN_LEAD.test(surroundings.before)) return { kind: "ignored", reason: "breakdown" };
  const bounded = quantity.qualifier === "over" || quantity.qualifier === "under";
  if ((tail.test(EACH) && !RATES_ALIKE.test(before)) || after.test(EACH_DOER_AFTER) || tail.test(RANGE_END) || after.test(RANGE_START_AFTER) || after.test(THRESHOLD_AFTER) || (bounded && (after.test(BODIES_MEETING_AFTER) || (after.test(KIND_BOUND.after) && KIND_BOUND.before.test(before)) || SOME_BODIES_BEFORE.test(before)))) return { kind: "ignored", reason: "threshold" };
  // read only where a streak is named: few leads do
  if (quantity.kind !== "percent" && before.includes("连续") && STREAK.test(before) && (quantity.qualifier === "over" || PASSED_MARK.test(before))) {
    return { kind: "ignored", reason: "threshold" };
  }
  if (after.test(BASE_OF_PART_AFTER) || (tail.test(BASE_OF_SHARE.before) && after.test(BASE_OF_SHARE.after))) return { kind: "ignored", reason: "base" };
  if (after.test(PENDING_AFTER)) return { kind: "ignored", reason: "pending" };
  if (after.test(LEFT_OUT_OF_FIGURES) || LEFT_OUT_OF_FIGURES.test(surroundings.nextClause)) return { kind: "ignored", reason: "left out" };
  if (after.test(RETRACTED_AFTER)) return { kind: "ignored", reason: "retracted" };
  // 7个县级政府收到申请超过30件: the number the bodies' counts pass (超过, 不足 before it, not 余 after it)
  const boundBefore = bounded && quantity.numberStart > quantity.start;
  // and 12个县区行政机关负责人出庭应诉率达到100%: the rate those bodies reached, not the whole's
  if (surroundings.afterBodyCount && (boundBefore || quantity.kind === "percent")) return { kind: "ignored", reason: "threshold" };
  // a rate that broke through a mark (出庭应诉率突破80%), or a count that passed one for the first time (新收案件首破千件): the mark
  if ((quantity.kind === "percent" && before.endsWith("突破")) || passedFirst(quantity, before)) return { kind: "ignored", reason: "threshold" };
  if (tail.test(BASELINE) || tail.test(FROM) || after.test(COMPARED_AFTER) || (tail.test(CHANGE_BASE.before) && after.test(CHANGE_BASE.after)) || (after.test(CHANGE_RIGHT_AFTER) && BASELINE_AT_LENGTH.test(before.slice(-BASELINE_AT_LENGTH_REACH))) || (tail.test(YEAR_ASIDE.before) && after.test(YEAR_ASIDE.after)) || comparedWith(surroundings) || (before.includes("分别") && surroundings.reportYear !== null && namedByYears(before, surroundings) && !reportYearsValue(before, surroundings))) {
    return { kind: "ignored", reason: "baseline" };
  }
  if (before.includes("败诉") && !GOVERNMENT_LOST.test(before) && (PLAINTIFFS_WON.test(before) || PLAINTIFFS_WON.test(surroundings.previousClause))) {
    return { kind: "ignored", reason: "plaintiffs' outcome" };
  }
  if ((tail.test(ANECDOTE.before) && after.test(ANECDOTE.after)) || after.test(ANECDOTE_CLAUSE) || tail.test(CHOSEN_FROM) || oneCasesSum(quantity, surroundings)) return { kind: "ignored", reason: "anecdote" };
  if (tail.test(ONE_PARTY.before) || after.test(ONE_PARTY.after)) return { kind: "ignored", reason: "anecdote" };
  if (joinedToSpreadIt(surroundings) || attendedTraining(surroundings) || staffJoined(surroundings)) return { kind: "ignored", reason: "staff" };
  if (servedYearsBefore(surroundings)) return { kind: "ignored", reason: "career" };
  if (lecturesForOfficials(surroundings)) return { kind: "ignored", reason: "officials' study" };
  return { kind: "value", scope: scopeOf(surroundings, tail) };
}

/** `tail` is the end of the lead, for the patterns anchored there. */
function scopeOf({ before, bodyCountLead, listItem, otherPeriod, nextClause, sentenceOpening }: Surroundings, tail: PatternReading): Scope {
  const lead = LEAD_SCOPE_PATTERNS.read(before);
  // a court or government as the subject (市中级法院受理23件), though its name holds a level; not the
  // intermediate court with the basic courts, which are all of them (市中级法院及2个基层法院共受理…96件)
  if ((lead.test(BODY_SUBJECT) && !ALL_COURTS_SUBJECT.test(bodyCountLead + before) && !FILED_WITH.test(before) && !WHOLE_PLACE_OBJECT.test(before)) || lead.test(SUED_BODY) || lead.test(VILLAGE_SUBJECT)) return "body";
  if (tail.test(SUBJECT_KIND) || tail.test(LEVEL) || lead.test(RESPONDENT) || NAMED_PLACES.test(before) || (before.includes("本级") && OWN_LEVEL_SUBJECT.test(before)) || (lead.test(LATER_INSTANCE) && !FIRST_INSTANCE.test(before))) return "part";
  if (tail.test(SUBPERIOD)) return "part";
  // a sentence that opens on a kind of cases by party (涉企案件方面,全省共办理8300余件) counts that kind in its later clauses
  if (SUBJECT_KIND_OPENING.test(sentenceOpening)) return "part";
  // one kind of act's reviews and suits never stand for the whole's, even where no whole is given
  if (ACT_KIND_OPENING.test(sentenceOpening)) return "kind";
  // the body's own level opening the sentence (市本级办理…116件,作出复议决定97件) is the subject of its later clauses too, unless one names
  // a wider scope (…,全市各级行政机关…合计580件)
  if (sentenceOpening.includes("本级") && OWN_LEVEL_SUBJECT.test(sentenceOpening) && !WIDER_SCOPE.test(before)) return "part";
  if (SHARE_OF_TOTAL.test(nextClause)) return "share";
  if (listItem && PLACE_SUBJECT.test(before)) return "body";
  if ((listItem || PARTS_OPENING.test(sentenceOpening)) && FIELD_COMMITTEE_SUBJECT.test(before)) return "body";
  // a line a place's name and a colon open (◆ 枫渡县:行政复议新收412件,…): that place's highlights in a larger one's page
  if (PLACE_COLON_OPENING.test(sentenceOpening || before)) return "body";
  return otherPeriod ? "period" : "whole";
}

/**
 * People who joined a campaign (吸引了…1200余名大学生参与,) and then went out to spread the law (深入60个县开展普法宣传): its staff,
 * not its audience, which the sentence may count after them (受益群众达21万人次).
 */
const JOINED_AFTER = /^[^,;。\d]{0,6}?(?:参与|参加)(?:其中|进来)?[,，]\s*$/;
const WENT_OUT_TO_SPREAD = /^[,，\s]*(?:深入|走进|奔赴|分赴|走村入户|走上街头)[^,;。]{0,24}?(?:普法|宣传|宣讲)/;

function joinedToSpreadIt({ after, nextClause }: Surroundings): boolean {
  return JOINED_AFTER.test(after) && WENT_OUT_TO_SPREAD.test(nextClause);
}

/**
 * Volunteers or lecturers named right before their count and joining (动员普法志愿者2.3万余人参与), a body's own people named after
 * their count as joining the event (组织13名业务骨干参加了活动), or as those who joined before it (活动参与干部职工200人): the
 * campaign's staff, no audience.
 */
const CAMPAIGN_STAFF = String.raw`志愿者|讲师团?(?:成员)?|宣讲员|普法员`;
const STAFF_NAMED_BEFORE = new RegExp(String.raw`(?:${CAMPAIGN_STAFF})[^,;。\d]{0,2}$`);
const JOINING_AFTER = /^[人名]?(?:参与|参加)/;
const STAFF = String.raw`(?:${CAMPAIGN_STAFF}|业务骨干|工作人员|干警|干部职工)`;
const STAFF_JOINED_AFTER = new RegExp(String.raw`^[人名]?${STAFF}(?:共)?(?:参与|参加)了?(?:本次|此次|该)?(?:活动)?(?=[,，;；。]|$)`);
const STAFF_JOINING_BEFORE = new RegExp(String.raw`(?:参与|参加)(?:活动)?的?${STAFF}(?:共|达|约)?$`);

function staffJoined({ before, after }: Surroundings): boolean {
  return (JOINING_AFTER.test(after) && STAFF_NAMED_BEFORE.test(before)) || STAFF_JOINED_AFTER.test(after) || STAFF_JOINING_BEFORE.test(before.slice(-STAFF_JOINING_REACH));
}

/** How far back the joining before a staff count reaches (参与活动的干部职工共): a long lead costs no more than a short one. */
const STAFF_JOINING_REACH = 16;

/** Those who attended, bare, right after a clause on training (…组成人员培训了五次,参加人员为635人次): the trainees, no audience. */
const TRAINING_CLAUSE_END = /(?:培训|轮训|集中辅导)[^,;。]{0,8}[,，]?\s*$/;
const BARE_ATTENDANCE = /^\s*(?:参加|参与|参训)(?:人员|人数)/;

function attendedTraining({ before, previousClause }: Surroundings): boolean {
  return BARE_ATTENDANCE.test(before) && TRAINING_CLAUSE_END.test(previousClause);
}

function changeDirection(before: string): "up" | "down" | null {
  const tail = before.slice(-12);
  if (/下降|减少|降低|回落|下滑|减|降/.test(tail)) return "down";
  if (/增长|增加|上升|提高|提升|增|升/.test(tail)) return "up";
  return null;
}
