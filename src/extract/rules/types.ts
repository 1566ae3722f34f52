/**
 * Metric rules are data. A domain names the words that put a clause on its
 * topic and lists its metrics in priority order; each metric says which cue
 * words bind a quantity to it and which units it accepts. The engine
 * (../engine.ts) applies them; the catalogue (`extract catalog`) is read from
 * them. Adding a metric means adding one entry here and rows to its test table.
 */
import type { MetricUnit } from "../../schema/report.js";

export interface MetricRule {
  /** public, stable id: domain.name */
  id: string;
  /** Chinese label printed with each figure */
  label: string;
  unit: MetricUnit;
  /** typical wording, for the catalogue */
  wording: string;
  /** a cue in the quantity's clause before it: 败诉率为12.7% */
  before?: RegExp;
  /** a cue right after the quantity (anchored): 7起驳回复议申请, 445名“法律明白人” */
  after?: RegExp;
  /** a verb later in the clause when the quantity comes before its noun: 对16件规范性文件进行合法性审核 */
  laterVerb?: RegExp;
  /** the rule a count takes whose clause names nothing but the topic and the number (…;行政复议14起,维持…; 行政诉讼一审4起) */
  bareTopic?: boolean;
  /**
   * a step every case or document passes (受理, 审结; 审查, 备案): two steps listed before one count
   * (审查和备案规范性文件54件, 受理、审结…63件) each counted it, where two outcomes listed (维持、驳回) sum theirs
   */
  stage?: boolean;
  /**
   * rules whose verb, joined to this rule's (清理和审查 of documents in force), names a step of this act done to the same
   * items: the count is this figure alone, not one of each
   */
  stepsWithin?: readonly string[];
  /**
   * the count takes up a stock of years (a clean-up's documents in force), so what its things had done to them first
   * (对市政府制发的296件…进行集中清理) is no figure of the year's
   */
  takesStock?: boolean;
  /** the kinds the figure sums (撤销, 变更, 确认违法, 责令履行 for 纠错): two or more stated apart are its parts */
  kinds?: RegExp;
  /** the rate a share of all the cases right after the count is (败诉38件,占结案总数的9.2%: the loss rate) */
  shareIs?: string;
  /** wording that says the count is none (零败诉, 无一败诉): a figure of 0 */
  zero?: RegExp;
  /**
   * wording after a count of the domain's cases (the rules `of` names) that says all of them ended so: 被申请行政复议2件,
   * 经县政府审理均予以维持 (upheld 2); 应诉案件2件,均已审结 (concluded 2). A figure of that count too, where the text states none
   */
  allOf?: { of: readonly string[]; wording: RegExp };
  /**
   * a count another rule's cue binds that the words right after it say is this
   * figure instead: 受理3318件(含旧存402件) is cued as received but counts every
   * case dealt with; or that the words before it do (对原有2件…文件进行审核: the documents in force, cleaned up)
   */
  insteadOf?: { ids: readonly string[]; after?: RegExp; before?: RegExp };
  /**
   * cues that name another measure where their sentence says so: 调解率 beside
   * 调解成功率 is the share of disputes taken into mediation, not the share
   * mediated successfully
   */
  otherMeasureBeside?: ReadonlyArray<{ cue: RegExp; sentence: RegExp }>;
  /**
   * a cue that names this figure only after words of its sentence that say so
   * (`before`, ending where the cue starts): a bare 应诉率 is the heads'
   * appearance rate right after they appeared (镇领导均出庭应诉,应诉率达100%),
   * alone the share of cases answered
   */
  onlyAfter?: { cue: RegExp; before: RegExp };
  /**
   * the domain whose things this figure counts some of (reconsideration.sued_after: lawsuits): an item of a list under that
   * domain's figure (行政诉讼案件3件,其中1件系复议后起诉) is this figure still, not a part of the head's
   */
  countsSomeOf?: string;
  /**
   * the id of a figure a count of this rule's units right after it, nothing or a 、 between, is this figure of: 举办讲座15场8600余人次
   * counts the events and then their audience
   */
  rightAfter?: string;
  /** words that may stand between that figure and this one's count, naming who it counts (宣讲250多场,受训人员达3万多人次) */
  rightAfterWords?: RegExp;
  /** the written units accepted; defaults follow `unit` */
  units?: RegExp;
}

/** Related figures that should agree: rate ≈ numerator / denominator × 100, or parts = whole. */
export type CheckRule =
  | { kind: "ratio"; rule: string; rate: string; numerator: string; denominator: string }
  | { kind: "sum"; rule: string; whole: string; parts: string[] };

export interface Domain {
  name: string;
  label: string;
  /** words that put a clause on this domain's topic */
  topic: RegExp;
  /**
   * the topic words as scanned over a whole body, where one pattern of them
   * all is slow: V8 scans a pattern that many different characters can start
   * several times slower than the same words split in two. Their union is
   * `topic` (build it with `unionOf`).
   */
  topicParts?: readonly RegExp[];
  /** plainer nouns for what it counts, besides its topic words (梳理各类文件215件 in a 规范性文件 clean-up) */
  objects?: RegExp;
  /**
   * words that name this topic only where the sentence has not already named
   * another: 败诉 is a lawsuit lost, but 行政复议……其中败诉2件 is a
   * reconsideration the agency lost
   */
  weakTopic?: RegExp;
  /** most specific first: the first rule whose cue binds wins */
  rules: MetricRule[];
  /**
   * ids whose figures state the domain's caseload as a whole: a narrower
   * figure (市本级…, 以区政府为被申请人的…) is reported only where the text gives
   * none of these, nor a whole figure of its own id
   */
  totals?: readonly string[];
  /** the written units of its counts where the default's are too wide: cases are never counted in papers' units (调解1篇 is an article) */
  countUnits?: RegExp;
  checks: CheckRule[];
}

/** Cases' units: not the 篇, 份, 卷, 本, 册 or 部 papers are counted in. */
export const CASE_UNITS = /^(?:件|起|宗|个|项|件次)$/;

export const DEFAULT_UNITS: Record<MetricUnit, RegExp> = {
  count: /^(?:件|起|宗|个|项|份|部|篇|卷|本|册|件次)$/,
  percent: /^(?:%|成|)$/,
  person: /^(?:人|名|位)$/,
  person_time: /^人次$/,
  yuan: /^元$/,
};

/** Cases closed past their time limit (超期审结, 逾期结案, 超审限): a part of those closed. */
export const CLOSED_LATE = "超期|逾期|超审限";
/**
 * Cases said to be closed right after their count, with no noun between (被提起行政诉讼4宗,其中3起已结案; 其中10件已审结):
 * a closing rule's later verb; not one with a count of its own after it (9件已办结7件).
 */
export const SAID_CLOSED = /^已(?:经)?(?:审结|结案|办结)(?!\s*\d)/;
/** All of the cases counted before (均, 全部, 都), before what they came to; not an average (年均办结约950件). */
export const ALL_OF_THEM = String.raw`(?:(?<![年月日人户平])均|全部|都)`;
/** All of the cases counted before said to be closed (均已审结, 已全部办结, 均在法定期限内审结). */
export const ALL_CLOSED = new RegExp(String.raw`${ALL_OF_THEM}(?:已|已经)?(?:在法定期限内|按期|依法)?(?:全部)?(?:审结|结案|办结)|已(?:经)?全部(?:审结|结案|办结)`);

/**
 * After a count, words that say it holds the cases carried over from the year
 * before (受理3318件(含旧存402件), 受理13480件(新收10935件,旧存2545件), …5宗,其中新收4宗、上年结转1宗,
 * …5件,其中上年结转2件、新收3件): the count is all the cases dealt with, not those newly received.
 */
export const HOLDS_CARRIED_OVER = /^\s*(?:[(（]?\s*(?:含|包括|其中)?|[,，]\s*(?:其中|含|包括)[,，:：]?)\s*(?:旧存|上年结转|上年度结转|结转|往年)|^(?=\s*(?:[(（]\s*(?:其中)?|[,，]\s*其中[,，:：]?)\s*新收[^()（）。;；]{0,16}?(?:旧存|结转))/;

/** The words of a caseload's total, with the cases' noun or verb before them or not: 共计, 收案合计, 受理总计. */
export const CASES_TOTAL = String.raw`(?:收案|受理|案件|办案)?(?:共计|合计|总计|共)(?:为|达)?\s*$`;

/**
 * A total right after the clause naming the cases carried over (新收…380件,旧存15件,共计), or after it and the new cases' (旧存9件,
 * 新收86件,合计): all the cases dealt with. The engine lends a total's clause the words of that clause.
 */
export const TOTAL_AFTER_CARRIED_OVER = String.raw`(?:旧存|结转)[^,，;；:。]{0,16}?[,，]\s*(?:新收[^,，;；:。]{0,16}?[,，]\s*)?${CASES_TOTAL}`;

/** After a review, or after its decision was made or served, across the comma that may end that clause: 复议决定作出后, */
export const AFTER_REVIEW = String.raw`[复覆]议(?:决定(?:作出|送达|生效)?)?之?后[,，]?`;

/**
 * The body itself as respondent or defendant: 以本局为被申请人的, 以我局为被告的, or a government, office or committee by its kind
 * (以镇政府为被申请人的, 以管委会为被告的), perhaps with the field its cases are in (以镇政府为被申请人的涉执法…).
 */
export const OWN_BODY_AS_PARTY = String.raw`以(?:[本我][\u4e00-\u9fff]{1,3}|分局|该[\u4e00-\u9fff]{1,2}|[镇乡区县市]?(?:人民)?政府|(?:街道)?办事处|管委会)为被(?:申请人|告)的(?:涉[\u4e00-\u9fff]{1,4}?(?=(?:行政)?(?:复议|诉讼)))?`;

/**
 * A body's own none, as reports say it (未发生, 没有出现过, 未收到, 未引起, or no verb before a cause or the body: 没有因…, 无因…, 无以我局为…), with the cause a disclosure report names
 * (因政府信息公开引发的, 因信息公开导致, 因政府信息公开申请提起的, 因政府信息公开 before 申请 or 提起, 依申请公开, 政府信息公开案由的,
 * 信息公开类) or 相关 for it, or the body itself as respondent or defendant (以本局为被申请人的, 以我局为被告的): the opening the zero wordings of
 * received reviews and lawsuits share. Not another cause
 * (未发生因行政不作为引发的行政诉讼案件): none of one kind, no none of all.
 */
export const NONE_OCCURRED = String.raw`(?<![后均])(?:(?:未|没有)(?:发生|出现|收到|引起|引发)过?|(?:未|没有|无)(?=因|以[本我]))(?:因(?=[^,;:。]{0,14}?公开)[^,;:。]{1,16}?(?:(?:所)?(?:引发|引起|产生)的|导致的?|(?:申请)?提起的|(?=申请|提起))|依申请公开的?|(?:政府)?信息公开(?:案由|类)的?|相关的?|${OWN_BODY_AS_PARTY})?`;

/** Petitions or appeals listed before the reviews and lawsuits none of which arose (没有发生一起行政申诉、复议、诉讼案件): none of those either. */
export const PETITIONS_LISTED_FIRST = String.raw`(?:(?:行政)?(?:申诉|信访)(?:案件)?[、和及与])?`;

/**
 * After the reviews and lawsuits a text counted, none of either corrected or lost (…行政复议7件,行政诉讼6件,均无纠错和败诉): a zero
 * of both, from 无, the rarer character, the 均 looked behind at after it.
 */
export const NONE_CORRECTED_OR_LOST = String.raw`无纠错(?<=均无纠错)[和及与、](?:行政)?(?:诉讼)?败诉`;

/** Where a list of cases ends: a separator, 和 or 及 before the next item, or the text's end. */
const LIST_ENDS = String.raw`[、,，;；。和及]|$`;
/**
 * After the cases a zero names (无行政复议、行政诉讼案件), no verb: the list ends there. With none, 无 says none came in and
 * none were dealt with; with 发生 after it, none came in.
 */
export const NO_VERB_AFTER = String.raw`(?=${LIST_ENDS})`;
/** The trade a department names its cases by (税务行政诉讼, 公安行政复议, 自然资源类案件). */
export const DEPARTMENT_TRADE = "(?:公安|税务|海关|市场监管|自然资源|国土|人社|人力社保|交通运输|交通|生态环境|环保|城管|民政|教育|卫生健康|卫健|住建|农业农村|林业|水利|商务|文旅|应急|金融|医保)";
/**
 * 无 and the cases of one kind, the other kind perhaps listed first (无行政复议、行政诉讼案件), perhaps said to be those the
 * body's work gave rise to (无因行政执法引发的行政复议…), perhaps counted as not one (无一起行政诉讼案, 案 short for 案件), perhaps
 * named by the department's trade (全年无税务行政诉讼案件): `own` and `other` as patterns.
 */
export function noCasesOf(own: string, other: string): string {
  return String.raw`(?:无|没有)(?:一[起件宗例])?(?:因[^,;:。]{1,16}?(?:引发|引起|产生)的)?(?:${other}[、和及与或])?${DEPARTMENT_TRADE}?(?:行政)?${own}(?:案件|案)?`;
}
/**
 * Reviews and lawsuits listed together before one count of 0 (发生行政复议、行政诉讼案件0件, …均为0件): none of either. A count
 * above 0 after both is their sum, no figure of one.
 */
export const BOTH_KINDS_NONE = String.raw`(?:行政)?复议(?:案件)?[、和及与](?:行政)?诉讼(?:案件)?(?:数量?)?(?:均|都)?(?:为|是)?0\s*[件起宗](?!\d)`;

/**
 * None as the cases' number, in a word or a bare digit with no unit after it (均为零, 数量为0), or none arising (实现“零发生”):
 * reviews' and lawsuits' zero wordings share it.
 */
export const NUMBERED_NONE = String.raw`(?:为(?:零|0(?![\d.%％件起宗个]))|(?:实现|保持)?[“"]?零发生)`;
/** After the cases a zero names, the list's end or 发生 (无行政复议案件发生): none arose. */
export const NONE_ARISING_AFTER = String.raw`(?=${LIST_ENDS}|发生)`;

/**
 * After the cases a zero names, what was not had of them: a list ending in losses or corrections (未发生行政复议、行政应诉败诉案件)
 * says none were lost, not that none were brought.
 */
export const NOT_HAD_OF_THEM = String.raw`(?![、和及与或]?[^,;:。]{0,10}?(?:败诉|纠错|被纠正|被撤销|被改变))`;

/**
 * The bare topic as a count's only cue, the cases dealt with: right after the year (全年行政复议20件) as `afterYear`
 * writes it, right after the body (高新区行政复议2起, 本级行政诉讼, 街道行政诉讼7起) as `afterBody` does, or opening a clause to total
 * (我局无行政诉讼案件,行政复议共1宗).
 */
export function bareTopicCue(afterYear: string, afterBody: string): string {
  return String.raw`(?:全年|本年|年度|\d{4}\s*年)(?:共)?${afterYear}|(?<=[区县市州旗盟镇乡局厅委院级]|街道)${afterBody}|(?:^|(?<=[,，;；]))\s*${afterBody}(?=共|合计|总计)`;
}

/**
 * Cases that arose, their count right after them (引起行政诉讼3件, 产生行政复议13件, 引起行政复议案件数为2, 引起行政诉讼的案件共23件; a disclosure report's
 * own): those received, of reviews and lawsuits alike.
 */
export const AROSE_BEFORE_COUNT = String.raw`(?:引起|产生)(?=(?:行政)?(?:[复覆]议|诉讼)的?(?:案件)?数?(?:共有|共计|共|为|达)?\s*(?:$|\d))`;

/**
 * Administrative disputes as the thing taken in, right before their count (中心共接收行政争议136件, 受理行政争议43件): a mediation
 * centre's intake, no review's applications nor a court's suits; read right after a verb of receiving, not one of arising
 * (因信息公开引发行政争议13件 are cases received).
 */
export const NOT_DISPUTES_TAKEN_IN = String.raw`(?![^,;:。\d]*行政争议(?:案件)?(?:共计?|总数|合计|累计)?\s*$)`;

/** Cases said to involve the reporting body itself (涉及我局行政复议案件4宗, 涉及本单位的行政诉讼案件2件, 涉我局…): those brought against it. */
export const INVOLVING_OWN_BODY = String.raw`涉及?(?=(?:我|本)(?:单位|部门|机关|系统|局|委|厅|办|院|中心|[县区市镇乡]|街道)的?(?:各类)?(?:行政)?(?:复议|诉讼|应诉))`;

/** An outcome's share of the cases concluded, right before its percent (纠错案件占审结数的, 败诉案件占全部结案的). */
export const SHARE_OF_CONCLUDED = String.raw`占(?:全部|所有)?(?:审结|结案|办结)[^,;:。\d]{0,6}?的$`;

/**
 * The settled cases' share or proportion, after the words that say how they were settled, of those concluded or alone, right
 * before its percent (…结案的占, …结案的案件比例达已审结案件): a settlement rate's, for reviews and lawsuits alike.
 */
export const SETTLED_PROPORTION = String.raw`的(?:案件)?(?:占比?|比例|比重)(?:达到?|为|是)?(?:已?(?:审结|办结|结案)(?:案件)?(?:总数|数)?的?)?$`;

/** What cases are said to be on in a disclosure report, right before their topic: 涉及政府信息公开, 有关政府信息公开的. */
export const DISCLOSURE_SUBJECT = String.raw`(?:涉及|有关)(?:政府)?信息公开(?:工作)?的?`;

/**
 * The cases a disclosure report is about, right before their count (2021年涉及政府信息公开行政复议0件, 有关政府信息公开的行政复议案
 * 共1起): the report's caseload; roles make them no figure in any other text.
 */
export function disclosureCasesCue(topic: string): string {
  return String.raw`${DISCLOSURE_SUBJECT}${topic}(?:案件?|案)?`;
}

/** A topic outside the catalogue (信访, 民事案件 …): a domain with no metrics of its own. */
export function isOutsideCatalogue(domain: Domain): boolean {
  return domain.rules.length === 0;
}

/** One pattern for any of several: their alternatives in order, as if written as one. */
export function unionOf(patterns: readonly RegExp[]): RegExp {
  return new RegExp(patterns.map((pattern) => pattern.source).join("|"));
}
