/**
 * The year a text's figures cover. A title's year decides, then a statistics
 * period of one whole year (统计期限为2024年1月1日至2024年12月31日); otherwise the year
 * that heads the body's own statements (2023年,全市… / 2023年度,… /
 * 2023年1-6月,… / 2023年以来,…), weighted by whether figures follow. Not a
 * year only mentioned: a date (2024年1月1日起施行), a plan period
 * (2021-2025年), a baseline (较2022年), a target (到2025年), a plan heading
 * (2024年工作计划). Figures over several years (2015年至2018年, 2021-2025年度,
 * 2016年以来 on a later page, 近三年来, a title on 五年…, a chronicle of years,
 * two years stated alike) have no one year: null. With no year
 * stated, a dated page's 今年/近日/目前 is its year and 去年 the one before
 * (去年以来 on a page after the year's first months runs into its year: null).
 * Taiwanese texts count years from 1912 (民國108年 is 2019).
 */

import { beforeOtherArticles, lineEndAfter, YEAR_WORK_OPENING, type MetaText } from "./text.js";

/** How much of the body is read for the year's statements. */
const LEAD_CHARS = 2000;
/** How far a statement's sentence is read for figures. */
const SENTENCE_CHARS = 160;

export interface YearInput extends MetaText {
  /** Taiwanese text: two- and three-digit years are ROC years. */
  readonly rocYears: boolean;
  /** The page's publication date (YYYY-MM-DD), if it shows one. */
  readonly published: string | null;
}

export function findYear(input: YearInput): number | null {
  const western = input.rocYears ? rocToWestern : (text: string): string => text;
  const published = pageDateOf(input.published);
  const fromTitle = yearInTitle(western(input.title), published);
  if (fromTitle !== undefined) return fromTitle;
  const lead = western(beforeOtherArticles(input.body.slice(0, LEAD_CHARS)));
  const statedPeriod = WHOLE_YEAR.exec(lead) ?? RELEASED_REPORT.exec(lead.slice(0, RELEASED_REPORT_REACH)) ?? ANNOUNCED_REPORT.exec(lead);
  // each of the patterns' alternatives captures the year in a group of its own
  if (statedPeriod) return plausibleYear(Number(statedPeriod.slice(1).find((group) => group !== undefined)));
  const page = published ?? ownDateLine(lead);
  const stated = yearOfStatements(lead, page, REPORT_TITLE.test(input.title));
  // figures said to run over years (2025年以来 on a page of 2026) are on no one year, however recent (截至目前)
  return stated === SPANNED ? null : (stated ?? summaryLineYear(lead) ?? relativeYear(lead, page));
}

/**
 * A line near the top naming a year's work summary (镜湖区司法局2024年工作总结, …2021年第三季度工作总结,
 * …2018年工作总结与2019年工作计划): the year summed up, where no statement gives one; before the page's
 * own year, which a summary published the year after would give instead; not a link to another's (…工作总结【9篇】).
 */
const SUMMARY_LINE = /(?:^|\n)[^\n。,，;；]{0,40}?(\d{4})\s*年度?(?:上半年|下半年|第[一二三四]季度)?[^\n。,，;；\d]{0,12}?工作总结[^\n。,，;；]{0,24}(?=\n|$)/;

function summaryLineYear(lead: string): number | null {
  const line = SUMMARY_LINE.exec(lead);
  return line && !OTHER_ARTICLE_LINK.test(line[0]) ? plausibleYear(Number(line[1])) : null;
}

/**
 * A title's year (…2023年度…), null for a span (2014至2017年, 五年法治政府建设…) or for a five-year plan's period with no year
 * named (“十四五”时期…工作综述), undefined for none. The years since one (关于2021年以来…的报告) are that year's on a page of
 * that year, no one year's on a later page's, and for the body to tell on an undated one.
 */
function yearInTitle(title: string, page: PageDate | null): number | null | undefined {
  if (SPAN.test(title) || YEARS_IN_TITLE.test(title)) return null;
  const match = /(\d{4})\s*年(以来)?/.exec(title);
  if (!match) return PLAN_PERIOD_IN_TITLE.test(title) ? null : undefined;
  const year = Number(match[1]);
  if (match[2] !== undefined) {
    if (page === null) return undefined;
    if (page.year > year) return null;
  }
  return plausibleYear(year);
}

/** A five-year plan's period a title is on: “十四五”时期, 十三五期间, “十四五”以来. */
const PLAN_PERIOD_IN_TITLE = /十[一二三四五六]五[”"’]?\s*(?:时期|期间|以来)/;

// ---------------------------------------------------------------- statements

/**
 * The year a report announces it covers: 现将我局2023年法治政府建设工作情况报告如下, 以下是我街办2024年“谁执法谁普法”工作报告
 * (not a span's first year).
 */
const ANNOUNCED_YEAR = String.raw`[^。；;\n\d]{0,16}?(\d{4})\s*年度?(?!\s*(?:至|到|—|–|-|~|－|以来))[^。；;\n\d]{0,40}?`;
const ANNOUNCED_REPORT = new RegExp(String.raw`现将${ANNOUNCED_YEAR}(?:报告|总结|汇报)如下|以下(?:是|为)${ANNOUNCED_YEAR}(?:报告|总结)(?=[。:：]|$)`);
/** A statistics period of one whole year (统计期限为2024年1月1日至2024年12月31日, 自2024年1月1日起至12月31日止), as disclosure reports state it. */
const WHOLE_YEAR = /(\d{4})\s*年\s*0?1\s*月\s*0?1\s*日\s*起?\s*(?:至|到|—|–|-|~|－)\s*(?:\1\s*年\s*)?12\s*月\s*31\s*日/;
/**
 * Every year the lead names, 以来 after one its 年 was dropped from (2024以来) and a span's first year written bare (2010至2015年, not
 * a plan's period in parentheses) too; what stands before and after it decides what it is.
 */
const YEAR = /(\d{4})(?:\s*年|(?=以来)|(?<=(?:^|[^(（\d])\d{4})(?=\s*(?:至|到)\s*\d{4}\s*年))/g;
/** After 在 and a year, the basis a change is measured from: 在2023年(度)的基础上, 在2022年评估的基础上. */
const BASIS_AFTER = /^度?(?:[^，。,；;：:\d]{0,8}?的)?基础上/;
/** Before a year that heads a sentence or clause: a break (a yearbook's 【…】 label too), a heading's number, 截至 or 自, or 在 (在2024年上半年收到的…). */
const HEAD_BEFORE = /(?:^|[。！？!?；;，,：:、“”"|\s】(（])(?:[一二三四五六七八九十]+、)?(?:(截至|截止|自)|在)?$/;
/**
 * Two years joined: 2015年至2018年, 2015至2018年, 2021—2023年, 2023年和2024年, 2022年1月至2025年6月; or a year to the
 * present (2019年1月至今年9月, 2019年至今).
 */
const SPAN = /(?<!\d)(\d{4})\s*年?(?:\s*\d{1,2}\s*月份?)?\s*(?:至|到|—|–|-|~|－|和|及|与)\s*(?!\1)\d{4}\s*年|(?<!\d)\d{4}\s*年(?:\s*\d{1,2}\s*月份?)?\s*(?:至|到)\s*(?:今年|今|目前|现在)/;
/** What follows a year and makes it a date or a month, not a period: 2024年1月1日, 2023年9月. */
const DATE_AFTER = /^\s*\d{1,2}\s*月(?!\s*(?:份)?\s*(?:至|到|—|–|-|~|－)\s*\d{1,2}\s*月)(?!\s*(?:至|到|—|–|-|~|－))/;
/**
 * Not a period reported on: a plan (2024年工作计划, 2024年法治政府建设重点抓好…,
 * 2025年,我市将…; 2026年,全市…败诉率要降至…) or an edition (2022年版); but a plan's outcome is (2023年重点工作完成情况), and so is a year about to end (2024年即将落幕).
 */
const PLAN_AFTER = /^\s*度?(?:[^，。,；;]{0,12}?(?:计划|打算|思路|安排|重点|要点|目标|展望|任务)(?![^，。,；;]{0,4}?(?:完成|落实|推进|开展|进展|执行)情况)|\s*[,，]?[^，。,；;]{0,8}?(?:(?<!即)将(?![^，。,；;]{1,26}?(?:视为|作为|列为|纳入|摆在|放在|融入|贯穿))|拟|力争|计划)|\s*[,，]?[^，。,；;\d]{0,12}?要(?:降至|降到|控制在|提高到|提升到|提高至|提升至|达到|实现|确保|保持在|稳定在)|\s*版)/;
/** The year's last day or month (截止2023年12月31日, 截止2022年12月, 截至2022年12月底): after 截至 it closes the year, no event's date. */
const YEAR_END_AFTER = /^\s*12\s*月(?:\s*31\s*日|底|末)?(?!\s*(?:份)?\s*\d)/;
/** A year whose work is summed up (总结回顾2025年…工作, 盘点2024年), or planned for (部署2026年…): read before it. */
const SUMMED_UP_BEFORE = /(?:总结|回顾|盘点)$/;
const PLANNED_BEFORE = /(?:部署|谋划|安排)$/;
/** A year a body reports on, its work's state after it (报告2025年备案审查工作情况, 通报2022年行政审判工作情况). */
const REPORTED_BEFORE = /(?:报告|通报)$/;
const REPORTED_AFTER = /^\s*度?[^,，。；;\d]{0,20}?情况/;
/** An award or a selection named by its year (2022年度十大法治新闻评选揭晓, 2023年度优秀案例): no period reported on. */
const AWARD_AFTER = /^\s*度?\s*(?:十大|十佳|优秀|先进|最美)/;
/** A year opening a name in quotes (“2021年宪法宣传进万家”启动仪式): an event's, no period reported on. */
const QUOTED_NAME = /^[“"]\d{4}\s*年[^”",，。；;：:]{2,40}[”"]/;
const QUOTED_NAME_CHARS = 48;
/**
 * A law's year in history (1990年,《中华人民共和国行政诉讼法》和国务院《行政复议条例》施行; 1990年行政诉讼法及…1991年贯彻意见施行后,
 * a law named without its marks): an event, no period reported on.
 */
const LAW_TAKES_EFFECT =
  /^\d{4}\s*年[,，]?\s*(?:新修订的|修订后的)?(?:《[^》]{2,40}》(?:[和、及与][^《,，。]{0,6}《[^》]{2,40}》)?[^,，。]{0,8}?|(?:行政诉讼法|行政复议法|行政处罚法|行政许可法|行政强制法|国家赔偿法)[^,，。]{0,24}?)(?:施行|颁布|实施|通过|公布|修订|修正)/;
const LAW_EVENT_CHARS = 120;
/** Another year's figure alone in parentheses after a count: its baseline (6842件(2020年5917件)). */
const BASELINE_ASIDE = /^[(（]\s*\d{4}\s*年[^()（）、]{0,16}[)）]/;
/** 以来 or 至今 after the year, a few words between included (2016年“七五”普法实施以来, 2019年机构改革至今), on its line (一、2020年工作开展情况 is no 以来 of the 2020年以来 under it). */
const SINCE_AFTER = /^\s*(?:度)?\s*[^,，。；;：:\n]{0,12}?(?:以来|至今)/;
/** How far after a year its 以来 is read: the words between and 以来 itself (“八·五”普法规划启动以来). */
const SINCE_CHARS = 20;
const SPAN_AFTER = /^\s*(?:至|到|—|–|-|~|－|和|及|与)\s*\d{4}/;
/**
 * A figure with a unit of the catalogue's kinds, in the statement's sentence, an approximation too (4800多起, 1.2万余件);
 * not a count of places (全市16个区均建立…), which says how things stand, not what the period did.
 */
const FIGURE = /\d+(?:\.\d+)?\s*(?:多|余)?\s*(?:万|亿)?\s*(?:多|余)?\s*(?:件|宗|起|人次|名|人|场次|场|次|个(?![省市区县州盟旗乡镇村]|街道|社区)|项|份|家|%|％)/;
/**
 * Words that say the figures span years: 五年来, 多年来, 年均, 截至目前 or 截至今年 after a year long past, a year to now
 * (2019年底至今); not 累计, which totals a year as often, nor a body's months since it was set up (该中心成立至今).
 */
const YEARS_CUE_BUT_RECENT = /(?:[二三四五六七八九十两几多]|(?<!\d)\d{1,2})\s*年(?:来|间|以来)|多年来|近几年|历年|年均|截至目前|截至今年|年[^,，。；;\d]{0,8}至今/;
/** 近年来 too, which opens news as often as it spans years: by itself it does not say that an undated page's 2022年以来 runs on. */
const YEARS_CUE = new RegExp(`${YEARS_CUE_BUT_RECENT.source}|近年来`);
/** 近年来 heading a figure in its sentence (近年来,全县共调解矛盾纠纷5200件): on a dated page, that figure spans years; a news item's opener does not. */
const RECENT_YEARS_FIGURE = new RegExp(String.raw`近年来[^。！？!?\n]*?${FIGURE.source}`);
/** A five-year 普法 plan's period (自“六五”普法开展以来, “七五”普法期间, “八·五”普法规划启动以来): its figures, 截至目前 too, span its years. */
const PLAN_PERIOD = /[五六七八九][·・]?五[”"]?\s*普法[^，,。]{0,8}(?:以来|期间)/;
/**
 * A sentence that opens on several years (近三年来,…; 五年来,…; 10年来,…; 建院两年来,…; 驻法院调解工作室成立三年以来,…), or right on them
 * before a count (三年来排查纠纷5839件, 4年来调解成功的…80%).
 */
const YEARS_HEAD = /(?:^|[。！？!?；;\n])(?:[^。！？!?；;，,\n\d]{0,12}?(?:[二三四五六七八九十两几多]|近|(?<!\d)\d{1,2})\s*年(?:来|间|以来)\s*[,，]|\s*(?:[二三四五六七八九十两几多]|\d{1,2})\s*年(?:来|间|以来)(?=[^,，。；;\d]{0,12}?\d))/g;
/** A title on several years: 五年法治政府建设工作情况报告, 近三年来…. */
const YEARS_IN_TITLE = /[二三四五两几多]年(?:来|间|以来|法治|工作|依法)/;
/** The end of a span, where its second year stands: 2021-2025年度. */
const SPAN_BEFORE = /\d{4}\s*年?\s*(?:至|到|—|–|-|~|－|和|及|与)\s*$/;
/** A span of 年度 reported on (2021-2025年度行政复议工作总结), not a plan's period ((2021-2025年)) or an award's name (2020-2021年度“…”). */
const SPAN_REPORTED = /^度(?!\s*[“"《])/;
/** Years mid-sentence that still name the reporting period: 通报2023年度全区…, 《2024年度…白皮书》. */
const YEARLY_AFTER = /^度(?!\s*(?:至|到|—|–|-|~|－))/;

interface Statement {
  readonly year: number;
  /** Where its year stands in the lead. */
  readonly at: number;
  readonly kind: "period" | "since" | "span";
  readonly weight: number;
  /** A year heading a sentence of its own, not a 年度 mid-sentence. */
  readonly heading: boolean;
  /** It heads a part of its year only (2024年1-3月, 2024年上半年). */
  readonly partial?: boolean;
}

/**
 * A year's report or white paper released near the top (法院召开新闻通气会,发布2022年度行政审判工作报告,
 * 发布的《2021行政审判工作白皮书》, its body's name before the year: 公布泰州市人民政府2017年政府信息公开工作年度报告), or cited in a news lead (…关于2023年备案审查工作情况的报告显示), or a year's state of
 * affairs, or some months', reported to a meeting (通报了2022年全县行政诉讼案件审理的总体情况, 通报了2023年1月至11月…情况), or a year's report a
 * people's congress heard (会议听取和审议了市政府关于丽水市2024年法治政府建设情况的报告): the year the page reports, whatever history
 * of earlier years it quotes.
 */
const RELEASED_REPORT =
  /(?:发布|通报|公布|印发)[了的]?[《“"]?(?:[\u4e00-\u9fff]{2,24}?(?:政府|委员会|管委会|局|厅|办公室|办事处|街道|镇|乡))?(\d{4})\s*(?:年\d{1,2}月份?(?:[至到\-—~－]\d{1,2}月份?)?|年度?)?(?!\s*[年\d])[^，。,；;《》\d]{0,24}?(?:报告|白皮书|(?<=通报[^，。,；;]{0,40})情况)|关于(\d{4})\s*年度?[^，。,；;《》\d]{0,16}?的?(?:报告|白皮书)(?:显示|指出|称)|听取(?:和审议)?了?[^，。,；;《》\d]{0,16}?关于[^，。,；;《》\d]{0,8}?(\d{4})\s*年度?(?!\s*[年\d至到以])(?![^，。,；;《》\d]{0,20}?(?:计划|规划|要点))[^，。,；;《》\d]{0,20}?报告/;
const RELEASED_REPORT_REACH = 300;

/** What yearOfStatements returns where the statements span years: no one year, and none to infer from the page either. */
const SPANNED = "spanned";

/**
 * The year the statements give, summed per year. A span, or a 以来 that runs
 * past its year, outweighing every single year, means no one year; SPANNED
 * where figures are said to span years.
 */
function yearOfStatements(lead: string, page: PageDate | null, reportTitled: boolean): number | null | typeof SPANNED {
  const pageYear = page?.year ?? null;
  const statements = readStatements(lead);
  if (statements.length === 0) return null;
  // a period after the page's own year is no period the page reports
  const reportable = (statement: Statement): boolean => statement.kind === "period" && (pageYear === null || statement.year <= pageYear);
  const periods = statements.filter(reportable);
  // an undated page's 以来 runs on to a later year its periods or its dates name
  // the years of an undated page's dated events, read once for both uses below
  const eventYears = page === null ? datedYears(lead) : [];
  const laterYears = new Set([...periods.map((statement) => statement.year), ...eventYears]);
  const resolved = statements.map((statement) => (statement.kind === "since" ? resolveSince(statement, lead, page, laterYears) : statement));
  // an undated page's latest dated event stands in for its date in telling history (2013年,…试点改革 among events of 2023年4月)
  const historyReference = pageYear ?? latestYear(eventYears);
  const byYear = new Map<number, number>();
  let spanning = 0;
  let spanningWithFigures = 0;
  for (const statement of resolved) {
    if (statement.kind !== "period") {
      spanning += statement.weight;
      if (statement.weight >= FIGURES_HEAD_WEIGHT) spanningWithFigures += statement.weight;
    } else if (reportable(statement) && !isHistory(statement, historyReference)) byYear.set(statement.year, (byYear.get(statement.year) ?? 0) + statement.weight);
  }
  // a part of the year after a whole year heading figures (2023年,…受理2211件。2024年1-3月,…受理481件) is the news after the report
  for (const year of partOnlyYears(resolved)) if ((byYear.get(year - 1) ?? 0) >= FIGURES_HEAD_WEIGHT) byYear.delete(year);
  if (isChronicle(statements) && !outweighsItsPast(byYear)) return null;
  const yearsHead = yearsHeadWeights(lead);
  const sinceAt = page === null ? sinceFoundedAt(lead) : -1;
  const sinceFounded = sinceAt === -1 ? 0 : FIGURES_HEAD_WEIGHT;
  spanning += yearsHead.all + sinceFounded;
  spanningWithFigures += yearsHead.withFigures + sinceFounded;
  // only figures said to span years rule out the page's year (自2009年起,连续10年制作…报告 is a practice's span)
  const none = spanningWithFigures > 0 ? SPANNED : null;
  const ranked = [...byYear].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  // two years each heading figures alike (2021年受理…5232件,2022年受理…4562件) are a comparison, not the report's year
  if (!best) return none;
  if (second && second[1] === best[1] && best[1] >= FIGURES_HEAD_WEIGHT) return null;
  // a dated page's own year heading figures is weighed against spans of figures only, not a practice's or a vague
  // head's (自2006年以来,每两年发布一次白皮书; 近年来,…理念)
  const against = page !== null && best[0] === page.year && best[1] >= FIGURES_HEAD_WEIGHT ? spanningWithFigures : spanning;
  // a year heading the lead's first figure, before any span of figures (2019年,…出庭应诉111件。…2018年以来,区政府领导…8件): the
  // report's year, the span an aside; a vague head with no figures before it (近年来,…推动…) weighs nothing, one whose paragraph goes on
  // to figures no year heads (近年来,…。年均受理…150件) still does
  const opensOnItsYear =
    (best[1] >= FIGURES_HEAD_WEIGHT && best[1] >= spanningWithFigures && yearsHead.withFigures === 0 && (sinceAt === -1 || sinceAt > lead.search(FIGURE)) && headsFirstFigure(lead, firstToHeadFigures(resolved), best[0])) ||
    opensOnYearsWork(lead, best[0]);
  if (best[1] <= against && !opensOnItsYear) return none;
  return page !== null && !(reportTitled && opensOnYear(lead, best[0])) && presentOutweighs(lead, page, best[0], best[1]) ? page.year : best[0];
}

/** The years whose periods all head a part of the year only. */
function partOnlyYears(statements: readonly Statement[]): number[] {
  const whole = new Set(statements.filter((statement) => statement.kind === "period" && !statement.partial).map((statement) => statement.year));
  return [...new Set(statements.filter((statement) => statement.partial && !whole.has(statement.year)).map((statement) => statement.year))];
}

/** The latest of some years, or null for none. */
function latestYear(years: readonly number[]): number | null {
  return years.length === 0 ? null : Math.max(...years);
}

/** The first of the statements, in the lead's order, to head figures. */
function firstToHeadFigures(statements: readonly Statement[]): Statement | undefined {
  let first: Statement | undefined;
  for (const statement of statements) if (statement.weight >= FIGURES_HEAD_WEIGHT && (!first || statement.at < first.at)) first = statement;
  return first;
}

/** Whether a period of the year heads the sentence of the lead's first figure. */
function headsFirstFigure(lead: string, statement: Statement | undefined, year: number): boolean {
  if (statement?.kind !== "period" || statement.year !== year) return false;
  const firstFigure = lead.search(FIGURE);
  return firstFigure > statement.at && firstFigure < statement.at + sentenceFrom(lead, statement.at).length;
}

/** A title naming a report or a summary of work (…法治政府建设工作报告, …工作总结): its body opens on the year it covers. */
const REPORT_TITLE = /报告|总结/;

/**
 * Whether a line of the lead opens on the year (2024年,高新区坚持…): in a report so titled, the year it covers, whatever the
 * present tells of later on its page of the year after.
 */
function opensOnYear(lead: string, year: number): boolean {
  for (const line of lead.matchAll(LINE_OPENING_YEAR)) if (Number(line[1]) === year) return true;
  return false;
}

const LINE_OPENING_YEAR = /(?:^|\n)[ \t\u3000]*(\d{4})\s*年度?\s*[,，]/g;

/**
 * Whether the lead's first line opens on the year a report's work is guided in (2022年,包头市坚持以习近平新时代中国特色社会主义思想为指导,…)
 * or the year's work itself (2025年,淮北市聚焦…, 2024年,我县深入推进…): the year it reports, whatever spans of figures (近年来,…,
 * 2023年以来,…分别达到…) follow.
 */
function opensOnYearsWork(lead: string, year: number): boolean {
  const opening = YEARS_WORK_OPENING.exec(lead.slice(0, YEARS_WORK_OPENING_CHARS));
  return opening !== null && Number(opening[1]) === year;
}

const YEARS_WORK_OPENING = new RegExp(String.raw`^[ \t\u3000\n]*(\d{4})\s*年度?\s*[,，][^。\n]{0,24}?(?:${YEAR_WORK_OPENING})`);
const YEARS_WORK_OPENING_CHARS = 48;

/**
 * A year stated with no figures, before a dated page's (2023年底,省司法厅命名了第三批…示范村), where the present
 * heads figures (目前全省已培育“法律明白人”21万余名): the page's year, unless the page, of the year's first months,
 * sums up the year before.
 */
function presentOutweighs(lead: string, page: PageDate, year: number, weight: number): boolean {
  return year < page.year && weight < FIGURES_HEAD_WEIGHT && !sumsUpYearBefore(page) && firstHeadingFigures(lead, PRESENT) !== -1;
}

/**
 * A year heading a sentence with no figures, years before a dated page's (2000年,市人大常委会开始…备案审查 on a page
 * of 2019), or before any year these reports cover on an undated page (1963年,经…批示后在全国推广): history the report
 * tells, not the year it covers.
 */
function isHistory(statement: Statement, pageYear: number | null): boolean {
  if (pageYear === null) return statement.weight < FIGURES_HEAD_WEIGHT && statement.year < EARLIEST_REPORTED_YEAR;
  const gap = pageYear - statement.year;
  return gap > LONG_PAST || (statement.weight < FIGURES_HEAD_WEIGHT && gap > HISTORY_GAP);
}

/** How many years before its page a report's year may stand: a report comes out the year after, a white paper up to two. */
const HISTORY_GAP = 2;
/** Figures this long before the page (截至1981年底…调解纠纷93397件 on a page of 2008) are the past it recalls, whatever they count. */
const LONG_PAST = 5;
/** Reports on 依法行政 began with the 1999 decision on it: a year before 2000 told with no figures is history. */
const EARLIEST_REPORTED_YEAR = 2000;

/** A level kept over the years (化解率始终保持在95%以上, 稳定在90%以上): how things stand, no figure of a period. */
const KEPT_LEVEL = /(?:保持|稳定|维持)在?\s*\d+(?:\.\d+)?\s*[%％]\s*以上/g;

/** The weight of sentences opening on several years (近三年来,全区…共调解…823起), as a year's statement is weighed: all, and those with figures. */
function yearsHeadWeights(lead: string): { all: number; withFigures: number } {
  const weights = { all: 0, withFigures: 0 };
  if (!lead.includes("年来") && !lead.includes("年间") && !lead.includes("年以来")) return weights;
  for (const match of lead.matchAll(YEARS_HEAD)) {
    const figures = FIGURE.test(sentenceFrom(lead, match.index + match[0].length).replace(KEPT_LEVEL, ""));
    weights.all += figures ? FIGURES_HEAD_WEIGHT : 2;
    if (figures) weights.withFigures += FIGURES_HEAD_WEIGHT;
  }
  return weights;
}

/**
 * Figures since a body was set up or a law took effect (工作室自成立运行以来,…化解纠纷3000余起; 自中心投入运行以来,累计受理
 * 纠纷184件; 新行政复议法实施以来,全市共收到…申请1008件; 自2008年这项工作开展以来,共收到…282件), or over a 普法 plan's period: on an undated page, how long it has
 * run no text says, so they span years as a figure under 近三年来 does. A dated page's may be of months (该中心成立至今), and its year stands.
 */
const SINCE_FOUNDED = /(?:成立|挂牌|揭牌|运行|运营|启用|投用|组建|实施|施行|开展|启动)[^,，。；;\d]{0,4}?(?:以来|至今)/g;

/** Where the first such statement with figures stands in the lead, or -1. */
function sinceFoundedAt(lead: string): number {
  // figures over a 普法 plan's period (“八五”普法期间,…累计开展…18次) span its years alike
  let first = -1;
  for (const match of [...lead.matchAll(SINCE_FOUNDED), ...lead.matchAll(PLAN_PERIODS)]) {
    if (FIGURE.test(sentenceFrom(lead, match.index + match[0].length))) first = earliest(first, match.index);
  }
  return first;
}

const PLAN_PERIODS = new RegExp(PLAN_PERIOD.source, "g");

/**
 * The lead's years as statements: those heading a sentence (2023年,… /
 * 2023年1-6月,… / 截至2023年底…) and those of a 年度 mid-sentence.
 */
function readStatements(lead: string): Statement[] {
  const statements: Statement[] = [];
  for (const match of lead.matchAll(YEAR)) {
    const year = plausibleYear(Number(match[1]));
    // 1951、1987、2001年三部海关法: the last of a list of years is history, as the others are
    if (year === null || /\d/.test(lead[match.index - 1] ?? "") || YEAR_LISTED_BEFORE.test(lead.slice(Math.max(0, match.index - 8), match.index))) continue;
    // the first of such a list too (2014年、2017年,全国人大常委会两次修改…): it heads what happened in one of them, no year's report
    if (YEAR_LISTED_AFTER.test(lead.slice(match.index + match[0].length, match.index + match[0].length + 8))) continue;
    // (2019年6593件) after a count is its baseline; (2019年127件、2020年139件…) a list of years
    if (BASELINE_ASIDE.test(lead.slice(Math.max(0, match.index - 1), match.index + 24))) continue;
    const statement = statementAt(lead, year, match.index, match.index + match[0].length);
    if (statement) statements.push(statement);
  }
  return statements;
}

/** What the year at [at, end) states: the end of a span, the head of a sentence, or a 年度 mid-sentence. */
function statementAt(lead: string, year: number, at: number, end: number): Statement | null {
  if (OTHER_ARTICLE_LINK.test(lead.slice(end, lineEndAfter(lead, end - 1)))) return null;
  const after = lead.slice(end, end + AFTER_CHARS);
  const from = Math.max(0, at - 6);
  const before = (from === 0 ? "\n" : "") + lead.slice(from, at);
  if (SPAN_BEFORE.test(before)) return SPAN_REPORTED.test(after) ? { year, at, kind: "span", weight: 1, heading: false } : null;
  // a value changed from earlier years' to this one's (败诉率由2022年的9.8%、2023年的7.1%下降至2024年的5.2%): the last year is the one
  // whose figure is stated, the ones it changed from are baselines
  if (VALUE_AFTER.test(after)) {
    if (CHANGED_TO_BEFORE.test(before)) return { year, at, kind: "period", weight: FIGURES_HEAD_WEIGHT, heading: false };
    if (CHANGED_FROM_BEFORE.test(lead.slice(Math.max(0, at - CHANGED_FROM_REACH), at))) return null;
  }
  if (at > 0 && QUOTED_NAME.test(lead.slice(at - 1, at + QUOTED_NAME_CHARS))) return null;
  if (AWARD_AFTER.test(after)) return null;
  // a meeting's task (总结回顾2025年全市依法行政工作, 部署2026年…): the year whose work it sums up is the report's, the one it plans for none;
  // not the first of years summed up (总结2012年以来…的基本情况)
  if (SUMMED_UP_BEFORE.test(before) && !readsSince(lead, end)) return { year, at, kind: "period", weight: FIGURES_HEAD_WEIGHT, heading: false };
  // one the body reports on, as a duty done in a later year too (按规定向…报告2022年法治政府建设情况): outweighed by a year heading figures
  if (REPORTED_BEFORE.test(before) && REPORTED_AFTER.test(after)) return { year, at, kind: "period", weight: 1, heading: false };
  if (PLANNED_BEFORE.test(before)) return null;
  // 在2023年的基础上 is a baseline, whatever heads it
  if (before.endsWith("在") && BASIS_AFTER.test(after)) return null;
  const head = HEAD_BEFORE.exec(before);
  if (head) return headStatement(lead, year, head[1], at, end);
  // the whole place as the subject before it (全县2023年共办理…) heads the sentence as the year alone does
  const subjectFrom = Math.max(0, at - SUBJECT_REACH);
  // a subject opening the lead stands after a break, as one opening a line does: the window alone cannot tell its own start
  const subject = (subjectFrom === 0 ? "\n" : "") + lead.slice(subjectFrom, at);
  return underNumberedHeading(lead, at) || WHOLE_SUBJECT_BEFORE.test(subject) ? headStatement(lead, year, undefined, at, end) : yearlyMention(lead, year, at, end, after);
}

/**
 * A template site's link to another article, ending its line (2023年农村党支部年度工作总结【9篇】, …范文(通用14篇)): no year
 * it names is the text's.
 */
const OTHER_ARTICLE_LINK = /(?:【\d+\s*篇】|[(（]通用\s*\d+\s*篇[)）])[ \t]*$/;

/** A year's value right after it (2024年的5.2%). */
const VALUE_AFTER = /^\s*度?的?\s*\d/;
/** What a value changed to, right before its year: 下降至, 上升到. */
const CHANGED_TO_BEFORE = /(?:下降|降低|回落|减少|上升|提高|提升|增长|增加|升|降)(?:至|到)\s*$/;
/** What it changed from, with any earlier years' values listed before this one: 由2022年的9.8%、 */
const CHANGED_FROM_BEFORE = /(?:由|从)(?:\s*\d{4}\s*年度?的?\s*\d+(?:\.\d+)?\s*[%％件起宗个项]?\s*、)*\s*$/;
const CHANGED_FROM_REACH = 40;

/**
 * A clause opening on the whole place, its courts or its agencies, or the body itself as its subject, right before the year: 全县2023年…,
 * 我市2022年…, 全市两级法院2023年…, 全国法院2022年…, 该院2015年…, 我局2022年…, the place or its body named before (该县2025年…,
 * 该县司法局2025年…), after 这是 too (这是该县司法局2025年开展…的一个缩影).
 */
const WHOLE_SUBJECT_BEFORE =
  /[。！？!?；;，,：:\s](?:这是|此为)?(?:(?:全|我|本)[省市区县州旗盟](?:(?:两级|三级|各级)?(?:人民)?法院|(?:各级)?行政(?:复议)?机关)?|全国(?:各级)?(?:人民)?法院|该[院局厅]|该[省市区县州旗盟](?:[\u4e00-\u9fff]{0,4}?(?:局|厅|法院|委|办))?|[我本][院局])\s*$/;
const SUBJECT_REACH = 12;

/** The years of the lead's dates (2024年10月, 2025年3月1日): an event's, which a 以来 before them runs on to. */
function datedYears(lead: string): number[] {
  const years: number[] = [];
  for (const match of lead.matchAll(YEAR)) {
    const after = lead.slice(match.index + match[0].length, match.index + match[0].length + AFTER_CHARS);
    if (DATE_AFTER.test(after) && !TAKES_EFFECT_ON.test(after)) years.push(Number(match[1]));
  }
  return years;
}

/** The day a rule takes effect (《…条例》于2022年1月1日颁布施行): a rule's date, no event a 以来 runs on to. */
const TAKES_EFFECT_ON = /^\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:起)?\s*(?:正式)?\s*(?:颁布)?\s*(?:施行|实施|生效)/;

/** A year listed after another (…1987、2001年): no statement of its own. */
const YEAR_LISTED_BEFORE = /\d{4}\s*年?\s*[、和及与]\s*$/;
/** A year with another listed after it by 、 (2014年、2017年): no statement of its own. */
const YEAR_LISTED_AFTER = /^\s*、\s*\d{4}\s*年/;

/**
 * A top-level heading's number at a line's start, before the year with at most a few words between:
 * 一、2022年…, （一）2022年…, 一、本部门(本系统、本地区)2024年行政执法基本情况.
 */
const NUMBERED_HEADING_BEFORE = /(?:^|\n)\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])[^\n。，,；;：:]{0,16}$/;
const NUMBERED_HEADING_REACH = 24;

function underNumberedHeading(lead: string, at: number): boolean {
  return NUMBERED_HEADING_BEFORE.test(lead.slice(Math.max(0, at - NUMBERED_HEADING_REACH), at));
}
/** How far after a year its statement is read; a plan's 将 further, for what it puts where (将…视为…, 将…等四类矛盾纠纷作为工作重点). */
const AFTER_CHARS = 12;
const PLAN_CHARS = 30;

/** Values listed one for each of the years before them. */
const YEAR_BY_YEAR = /分别/;

/** A year heading a sentence weighs 2, and 2 more when figures follow in it. */
const FIGURES_HEAD_WEIGHT = 4;

function headStatement(lead: string, year: number, prefix: string | undefined, at: number, end: number): Statement | null {
  const after = lead.slice(end, end + AFTER_CHARS);
  // a date is an event's, but the year's last day after 截至 closes the year (截止2023年12月31日,…发布…34条);
  // a plan's 将 is told from one that puts something somewhere (将…视为…) further on
  if ((DATE_AFTER.test(after) && !(prefix && YEAR_END_AFTER.test(after))) || PLAN_AFTER.test(lead.slice(end, end + PLAN_CHARS)) || LAW_TAKES_EFFECT.test(lead.slice(at, at + LAW_EVENT_CHARS))) return null;
  // a numbered heading's year (一、2022年度推进法治政府建设的主要措施) governs the figures under it
  const sentence = sentenceFrom(lead, at);
  const spanned = SPAN_AFTER.test(after) || SPAN.test(lead.slice(at, at + 18));
  // a span's figures given year by year (2019年至2021年,…出庭率分别达到21.1%、65.5%、80.4%) are each a year's, none the span's
  const weight = (FIGURE.test(sentence) && !(spanned && YEAR_BY_YEAR.test(sentence))) || underNumberedHeading(lead, at) ? FIGURES_HEAD_WEIGHT : 2;
  const kind = spanned ? "span" : readsSince(lead, end) || prefix === "自" ? "since" : "period";
  return { year, at, kind, weight, heading: true, partial: PART_OF_YEAR.test(after) };
}

/** A part of its year right after a year (2024年1-3月, 2024年上半年, 2024年第一季度). */
const PART_OF_YEAR = /^\s*(?:\d{1,2}\s*[-—–~至到]\s*\d{1,2}\s*月|上半年|下半年|前三季度|第?[一二三四]季度)/;

function yearlyMention(lead: string, year: number, at: number, end: number, after: string): Statement | null {
  // 对2019年以来印发的规范性文件进行清理: which documents, no period of the report's
  if (ISSUED_SINCE.test(lead.slice(end, end + SINCE_CHARS))) return null;
  // 对2016年以来的行政审判工作开展梳理: a 以来 inside a sentence
  if (readsSince(lead, end)) return { year, at, kind: "since", weight: 1, heading: false };
  if (!YEARLY_AFTER.test(after) || /[较比]|同期/.test(lead.slice(Math.max(0, at - 2), at))) return null;
  return { year, at, kind: "period", weight: 1, heading: false };
}

/** A 以来 that says which documents a clean-up took up: those issued since (2019年以来印发的, 2018年以来出台的, 2021年以来制发文件). */
const ISSUED_SINCE = /^\s*度?\s*以来[^,，。；;：:]{0,8}?(?:印发|出台|制定|发布|制发|下发)(?:的|[^,，。；;：:\d]{0,6}?(?:文件|规章))/;

/** Whether 以来 or 至今 follows the year ending at `end`. */
function readsSince(lead: string, end: number): boolean {
  return SINCE_AFTER.test(lead.slice(end, end + SINCE_CHARS));
}

/** The rest of the sentence a statement heads, for its figures. */
function sentenceFrom(lead: string, from: number): string {
  const sentence = lead.slice(from, from + SENTENCE_CHARS);
  const end = sentence.search(/[。；;\n]/);
  return end === -1 ? sentence : sentence.slice(0, end);
}

/**
 * 2023年以来 covers 2023 when the page is of 2023 or of early 2024, or, undated, when nothing
 * says the figures run on (a later year stated, 五年来, 年均, a 普法 plan's period; not 近年来 alone).
 */
function resolveSince(statement: Statement, lead: string, page: PageDate | null, statedYears: ReadonlySet<number>): Statement {
  const runsOn = page !== null ? page.year > statement.year && !(page.year === statement.year + 1 && sumsUpYearBefore(page)) : [...statedYears].some((year) => year > statement.year) || YEARS_CUE_BUT_RECENT.test(lead) || PLAN_PERIOD.test(lead);
  return runsOn ? { ...statement, kind: "span" } : { ...statement, kind: "period" };
}

/** A page of the year's first months sums up the year before (2023年以来 on a page of January 2024 is 2023's). */
const SUMMING_UP_MONTHS = 2;

function sumsUpYearBefore(page: PageDate): boolean {
  return page.month <= SUMMING_UP_MONTHS;
}

/** The page's own date, as far as the year reads it. */
interface PageDate {
  readonly year: number;
  readonly month: number;
}

/**
 * A report's own date on a line of its own near the top, a month with no day (述法报告 / (2025年1月)): the page's date as the
 * year reads it where the page shows no publication date.
 */
function ownDateLine(lead: string): PageDate | null {
  const line = OWN_DATE_LINE.exec(lead.slice(0, OWN_DATE_LINE_REACH));
  return line ? { year: Number(line[1]), month: Number(line[2]) } : null;
}

const OWN_DATE_LINE = /(?:^|\n)[ \t\u3000]*[(（]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*[)）][ \t\u3000]*(?=\n)/;
const OWN_DATE_LINE_REACH = 200;

/** The year and month of a page's date (YYYY-MM-DD), or null where it shows none. */
function pageDateOf(published: string | null): PageDate | null {
  return published ? { year: Number(published.slice(0, 4)), month: Number(published.slice(5, 7)) } : null;
}

/**
 * Three or more years each heading sentences of their own: a chronicle, not a year's report; but not where the
 * latest of them alone heads figures, after events of the years before (2020年,…批示肯定。2022年,…到柳川调研。
 * 2023年1至4月份,全市收到…386件): those figures are the report's.
 */
function isChronicle(statements: readonly Statement[]): boolean {
  const heading = statements.filter((statement) => statement.heading && statement.kind === "period");
  const years = new Set(heading.map((statement) => statement.year));
  if (years.size < 3) return false;
  const withFigures = new Set(heading.filter((statement) => statement.weight >= FIGURES_HEAD_WEIGHT).map((statement) => statement.year));
  return !(withFigures.size === 1 && withFigures.has(Math.max(...years)));
}

/**
 * Whether the latest year stated outweighs each year before it many times over (2015年,…全年共审理…78件 … 2015年…结案28件, with
 * 近五年来,…2011年受理32件,2012年受理58件… once each): the year reported, the others its past told in one list.
 */
function outweighsItsPast(byYear: ReadonlyMap<number, number>): boolean {
  if (byYear.size === 0) return false;
  const latest = Math.max(...byYear.keys());
  const weight = byYear.get(latest)!;
  return [...byYear].every(([year, other]) => year === latest || weight >= PAST_OUTWEIGHED * other);
}

const PAST_OUTWEIGHED = 3;

// ---------------------------------------------------------------- relative years

/** Where a clause's words begin: the text's or a sentence's or clause's start, a quote, a byline's closing parenthesis. */
const CLAUSE_HEAD = String.raw`(?:^|[。！？!?；;，,：:\s“")）])`;
/**
 * 今年以来/年初以来/近日/目前/1至8月/截至11月底/截至10月 heading a sentence with figures, or a
 * remark quoted (“今年以来…败诉的仅1件”), or the lead after a byline's
 * parentheses (…网讯(通讯员 王某)今年以来,…): the page's own year.
 */
const PRESENT =
  new RegExp(String.raw`${CLAUSE_HEAD}(?:今年以来|(?:今年)?年初(?:以来|至今)|今年|截至今年|近日|日前|目前|截至目前|近期|本月|上半年|下半年|前三季度|截至\s*\d{1,2}\s*月(?:底|末|份)?(?!\s*\d)|\d{1,2}\s*(?:-|—|–|~|至|到)\s*\d{1,2}\s*月)`, "g");
/** The year before this one, as a report says it. */
const LAST_YEAR_WORDS = "(?:去年|上年|上一年)";
/** 去年 heading a sentence with figures: the year before the page's. */
const LAST_YEAR = new RegExp(String.raw`${CLAUSE_HEAD}${LAST_YEAR_WORDS}(?!同期)`, "g");
/** 去年以来 where LAST_YEAR found its head (its head's character read too). */
const SINCE_LAST_YEAR = new RegExp(String.raw`^[^去上]?${LAST_YEAR_WORDS}度?以来`);

/** 去年以来 heading the figures: into the page's own year, unless the page, of the year's first months, sums up the year before. */
function runsOnFromLastYear(lead: string, at: number, page: PageDate): boolean {
  return SINCE_LAST_YEAR.test(lead.slice(at, at + 8)) && !sumsUpYearBefore(page);
}
/** 一年来 heading figures: on a page of the year's first months (a court's report to the congress in January), the year before. */
const PAST_YEAR = /(?:^|[。！？!?；;，,：:\s)）])(?:一年来|过去一年|过去的一年)/g;

/** The earlier of two offsets, -1 standing for none. */
function earliest(a: number, b: number): number {
  return a === -1 ? b : b === -1 ? a : Math.min(a, b);
}

/**
 * With no year stated, the first of 去年 and 今年 that heads figures dates
 * them against the page; with neither, a dated news item that names no year
 * and no span of years, on the days just gone (今年以来,…; 4月17日,…; its
 * figures further on), is of the page's year.
 */
function relativeYear(lead: string, page: PageDate | null): number | null {
  const planAt = lead.search(PLAN_PERIOD);
  if (page === null) return planAt === -1 ? eventYear(lead) : null;
  const pageYear = page.year;
  const pastYear = sumsUpYearBefore(page) ? firstHeadingFigures(lead, PAST_YEAR) : -1;
  const lastYear = earliest(firstHeadingFigures(lead, LAST_YEAR), pastYear);
  const present = firstHeadingFigures(lead, PRESENT);
  // a plan's period mentioned after the lead's figures on the present (截至6月底,全盟已培育…892名。…“八五”普法以来,…) leaves them the page's
  if (planAt !== -1 && ![lastYear, present].some((at) => at !== -1 && at < planAt)) return null;
  if (lastYear !== -1 && (present === -1 || lastYear < present)) return runsOnFromLastYear(lead, lastYear, page) ? null : pageYear - 1;
  if (present !== -1) return pageYear;
  if (YEARS_CUE_BUT_RECENT.test(lead) || RECENT_YEARS_FIGURE.test(lead)) return null;
  // on a dated page, a plan's period in parentheses (《…工作方案(2024-2026年)》) is the plan's, no span of the page's; a day of
  // the page's months heading its events (7月29日,…活动走入…) is the page's year, whatever dates a law's passing and taking effect have
  if (lead.search(YEAR) !== -1) return onlyYearNamed(lead.replace(PLAN_PERIOD_ASIDE, ""), pageYear) === pageYear || dayOfPageYear(lead, page.month) ? pageYear : null;
  return lead.search(PRESENT) !== -1 || dayOfPageYear(lead, page.month) || REPORTER_DAY.test(lead) ? pageYear : null;
}

/** A reporter's lead on a day of the page's month (记者22日从…获悉): the page's year. */
const REPORTER_DAY = /记者\s*\d{1,2}\s*日(?:从|在|获悉|了解)/;

/**
 * An undated page whose lead names one year only, as the year of what is
 * held or drawn on (组织开展了2022年法治宣传进基层…活动, 拉开了2016年法治文艺下乡巡回演出活动,
 * 借助2025年“三下乡”普法宣传活动, 组织开展2023年行政执法案卷交叉评查工作, 开展2024年…“法律明白人”骨干培训班), or of the case files
 * reviewed (对2021年度全区行政处罚案卷进行集中评查), or of a campaign quoted by name (柳溪县2024年“宪法宣传周”启动仪式…举行,
 * …承办的2022年“宪法宣传周”法治宣传线上直播节目…, its place between: 2023年内江市“三下乡”…活动), or of an event whose name in quotes says what it is (开展的2023年“…‘法律明白人’培训会”在…举行):
 * that year.
 * A lead opening on its campaign's month (2024年5月是第四个“民法典宣传月”), or a clause on its event's full date
 * (2025年10月27日,市司法局…召开听证会), after a news item's byline too (本站讯(通讯员 某某)2021年3月5日,…), names its year too.
 */
const EVENT_OF_YEAR: readonly RegExp[] = [
  /(?:开展|举办|举行|启动|拉开|组织|借助|依托)了?[^,，。；;]{0,12}?(\d{4})\s*年度?[^,，。；;]{1,30}?(?:活动|工作|行动|评查|培训班|培训会|竞赛|比赛)/,
  /对[^,，。；;]{0,6}?(\d{4})\s*年度?[^,，。；;]{0,12}?案卷[^,，。；;]{0,8}?评查/,
  /(\d{4})\s*年度?\s*(?:全[市区县省州旗]|[\u4e00-\u9fff]{2,4}?[市区县州旗])?[“"](?:[^”"，,。]{2,24}[”"][^,，。；;]{0,24}?(?:活动|启动|仪式|开幕|节目)|[^”"，,。]{2,30}?(?:会|活动|仪式|比赛|大赛|竞赛)[”"])/,
  /^\s*(\d{4})\s*年\s*\d{1,2}\s*月(?:是|为)/,
  /(?:^|[,，。\n]|讯)\s*(?:[(（][^)）\n]{0,12}[)）]\s*)?(\d{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:上午|下午|晚上?)?\s*[,，]/,
];

function eventYear(lead: string): number | null {
  if (YEARS_CUE.test(lead)) return null;
  for (const pattern of EVENT_OF_YEAR) {
    const event = pattern.exec(lead);
    // the year counts only where the lead names no other, so the first event found is as good as any
    if (event) return onlyYearNamed(lead, null) === Number(event[1]) ? plausibleYear(Number(event[1])) : null;
  }
  return null;
}

/**
 * The one year a lead names, in dates and mentions alike (2018年2月22日,…;
 * 启动2022年全市“宪法宣传周”), or null for none, several or a span: on a page
 * of that year, its events are the year's. A date something takes effect from
 * (2022年3月1日起) is a rule's, not an event's: a year before the page's (自2021年7月1日起 on a page of 2022) is
 * no year of the lead's; otherwise the lead names none.
 */
function onlyYearNamed(lead: string, pageYear: number | null): number | null {
  if (SPAN.test(lead)) return null;
  const years = new Set<number>();
  for (const match of lead.matchAll(YEAR)) {
    if (/\d/.test(lead[match.index - 1] ?? "")) continue;
    if (BASELINE_YEAR_BEFORE.test(lead.slice(Math.max(0, match.index - 3), match.index))) continue;
    if (DEADLINE_AFTER.test(lead.slice(match.index + match[0].length, match.index + match[0].length + 12))) continue;
    if (EFFECTIVE_FROM.test(lead.slice(match.index + match[0].length, match.index + match[0].length + 12))) {
      if (pageYear !== null && Number(match[1]) < pageYear) continue;
      return null;
    }
    years.add(Number(match[1]));
  }
  return years.size === 1 ? plausibleYear([...years][0]!) : null;
}

/** Before a change's baseline year (收案数较2023年有所增加): a year compared with names none of the lead's events. */
const BASELINE_YEAR_BEFORE = /(?:较|相较|比|相比)$/;

/** A deadline's year (在2021年底前结清, 2022年春节前全部清零, 2023年6月底前): a target the lead sets, none of its events. */
const DEADLINE_AFTER = /^\s*(?:\d{1,2}\s*月份?)?\s*(?:底|末|春节|元旦)?\s*(?:之?前)/;

/** A plan's period in parentheses: (2024-2026年), (2021—2025年). */
const PLAN_PERIOD_ASIDE = /[(（]\s*\d{4}\s*年?\s*(?:-|—|–|~|－|至|到)\s*\d{4}\s*年?\s*[)）]/g;

const EFFECTIVE_FROM = /^\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:起|之前|之后|以前|以后)/;

/**
 * A month and day heading a sentence (5月29日,…; 自4月17日开始,…), or a news lead after its byline ((记者 王某)10月28日上午,…),
 * or the day a body did what the sentence tells (…依法治区办于12月23日对…约谈, …领导小组办公室于7月18日组织…, …契机,于3月11日在…开展); or a month
 * whose work a bulletin counts (8月份,全市…受理纠纷869件).
 */
const DAY_HEAD = /(?:(?:^|[。！？!?；;，,：:\s)）])于?|(?<=[办局院府委会室组所])于)自?(\d{1,2})\s*月(?:\s*\d{1,2}\s*日|份(?=\s*[,，]))/g;

/** A day heading a sentence no later in the year than the page's month: an event of the page's year. */
function dayOfPageYear(lead: string, pageMonth: number): boolean {
  for (const match of lead.matchAll(DAY_HEAD)) if (Number(match[1]) <= pageMonth) return true;
  return false;
}

function firstHeadingFigures(lead: string, pattern: RegExp): number {
  for (const match of lead.matchAll(pattern)) if (FIGURE.test(sentenceFrom(lead, match.index + match[0].length))) return match.index;
  return -1;
}

// ---------------------------------------------------------------- ROC years

/** Signs that a text is from Taiwan, as they read after folding to Simplified. */
const TAIWAN = /中华民国|民国\s*\d{2,3}\s*年|行政院|立法院|(?:台北|新北|桃园|台中|台南|高雄|基隆|新竹|嘉义)(?:市|县)/;
const ROC_YEAR = /(?<![\d.])(\d{2,3})(?=\s*年)/g;

const SHORT_YEAR = /(?<![\d.])\d{2,3}\s*年/;

/** A text with a two- or three-digit year and a sign of Taiwan; the year, rarer and found faster, is looked for first. */
export function isTaiwanese(text: string): boolean {
  return SHORT_YEAR.test(text) && TAIWAN.test(text);
}

/** 108年 → 2019年: ROC years, which run from 1912, as Western ones. */
function rocToWestern(text: string): string {
  return text.replace(ROC_YEAR, (year) => {
    const roc = Number(year);
    return roc >= 1 && roc <= 200 ? String(roc + 1911) : year;
  });
}

/** A year a report may cover: from 1949 (county annals chronicle the 1950s to the 1980s) to 2100. */
export function plausibleYear(year: number): number | null {
  return year >= 1949 && year <= 2100 ? year : null;
}
