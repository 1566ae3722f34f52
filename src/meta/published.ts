/**
 * publishedAt: the date a page shows for the report or article itself. In
 * order of trust: a paper's print edition ((2023年03月28日 04 版), at the top
 * or the foot, or its weekday date on a paper's page); near the top, a
 * publication label (发布时间, 发布日期, 公开日期, 出版日期, 更新时间, an e-paper's 日期查询, a
 * crawler's date …); a document's 成文日期; a bare 时间/日期 label; a speech's
 * dateline ((2024年11月28日在…会议上)), a headline's date after it
 * (… (2016-05-17)), an issuer's line (省政府办公厅 2022-03-15), a public
 * account's (瓷都审判 2024-04-21) or a date line under the headline
 * (2023-06-20 10:31, 2024年08月21日 15:40 来源:…, 2022年04月12日 15时06分); a date alone on its line (a
 * notice's signature, a paper's edition); an e-paper's 日期 in eight digits (日期:20201126); last, a mirror's crawl stamp
 * (发布时间:… 来源: sp20231205), which dates the copy rather than the article.
 * Never a date inside a sentence, an 索引号, an event's date (会议时间), a
 * site's clock (今天是…星期三) or an error page's server date.
 */
import { headLinesEnd } from "./text.js";
import { plausibleYear } from "./year.js";

/** How far down a page its own date is looked for: HEAD_LINES lines, at most this many characters. */
const HEAD_CHARS = 2500;
/** A longer line is narrative, whatever dates it holds. */
const DATE_LINE_CHARS = 120;

/**
 * A date, year first; not inside a longer run of digits and separators (an index number). A site's stamp may part the
 * year from the month by a space alone where its clock follows (2025 07/18 11:57:51).
 */
const DATE_ITSELF = String.raw`(\d{4})\s*(?:(?:[-/.]|\s(?=\d{1,2}/\d{1,2}\s+\d{1,2}:\d{2}))\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)`;
const DATE = String.raw`(?<![\d/.-])` + DATE_ITSELF;
/** A label and its date, on one line or in the next cell of a table: any of `labels`, then separators, then the date. */
function labelledPattern(labels: string): RegExp {
  return new RegExp(String.raw`(?:${labels})[\s|:：•·\]】]{0,16}` + DATE, "g");
}
// an e-paper's date picker (日期查询:2024年12月05日) shows the issue the page is from
const PUBLICATION_LABEL = labelledPattern("发布时间|发布日期|公开日期|公开时间|公布日期|公布时间|网站发布|发表时间|发稿时间|出版日期|出版时间|更新时间|更新日期|录入时间|上传时间|信息时间|信息日期|日期查询|(?<![A-Za-z])date(?![A-Za-z])");
/**
 * The date a document was issued (发文日期, 发文时间), else written (成文日期, 成文时间, 产生日期, 生成日期): the page's where it shows no
 * publication date; issued is the nearer to published.
 */
const ISSUED_LABEL = labelledPattern("发文日期|发文时间");
const WRITTEN_LABEL = labelledPattern("成文日期|成文时间|产生日期|生成日期");
/** 时间:/日期: alone, not an event's (会议时间, 开庭日期): nothing Han before the label; an e-paper brackets its date (日期:[2023年05月16日]). */
const PLAIN_LABEL = new RegExp(String.raw`(?<![\u4e00-\u9fff])(?:时间|日期)\s*[:：][\s|\[【]{0,8}` + DATE);
/** A speech's dateline: (2024年11月28日在…会议上), or after its dash or parenthesis without 在 (——2015年11月23日省…会议上). */
const SPEECH_DATELINE = new RegExp(String.raw`^[\s(（—–-]*` + DATE_ITSELF + String.raw`\s*在[^)）\n]{2,60}?(?:会议|大会|会)上`);
/** A speech's dateline that a page wrapped onto a second line ((2024年7月2日在…人民代表大会\n常务委员会第五次会议上)). */
const WRAPPED_SPEECH_DATELINE = new RegExp(String.raw`^[\s(（—–-]*` + DATE_ITSELF + String.raw`\s*在[^)）\n]{2,60}\n[^)）\n]{0,40}?(?:会议|大会)上`, "m");
const DASHED_SPEECH_DATELINE = new RegExp(String.raw`^\s*[(（—–-]+\s*` + DATE_ITSELF + String.raw`[^)）\n,，。]{2,60}?(?:会议|大会|会)上`);
const ANY_DATE = new RegExp(DATE);
/** A line worth reading for the page's date: it holds one, a speech's dash before it included (--2015年11月2日在…). */
const LINE_WITH_DATE = new RegExp(DATE_ITSELF);
/** A clock time, 09:24 or 09时24分. */
const CLOCK_TIME_SOURCE = String.raw`\d{1,2}\s*(?::\s*\d{2}|时\s*\d{1,2}\s*分)`;
const CLOCK_TIME = new RegExp(CLOCK_TIME_SOURCE);
const STAMP_OPENING = new RegExp(String.raw`^\s*` + DATE + String.raw`\s+` + CLOCK_TIME_SOURCE);
/** A byline: its source, author or page buttons, a poster's (…由 青海普法 发表于 社会), or a 时间 label opening a line of its own. */
const BYLINE = /来源|作者|编辑|浏览|点击|字号|阅读|稿源|发表于|^\s*时间\s*[:：]/;
/**
 * A byline's 时间 with its clock time (来源:…区人民政府 时间:2025-02-17 11:23; 时间:2024-03-07 09:15 on a line of its own):
 * the page's, over the date a document was written.
 */
const BYLINE_TIME = new RegExp(String.raw`(?<![\u4e00-\u9fff])时间\s*[:：][\s|]{0,8}` + DATE + String.raw`\s+\d{1,2}\s*:\s*\d{2}`);
/** A news site's or paper's dateline with the whole date (深圳新闻网2025年9月30日讯, 本报2024年3月1日电). */
const NEWS_DATELINE = new RegExp(String.raw`(?:网|报|社|台|频道)\s*` + DATE + String.raw`\s*(?:讯|电)`);
/** A date alone on its line, a table cell's or a list item's (• 2025-02-14) too. */
const DATE_ALONE = new RegExp(String.raw`^[\s|•·]*` + DATE + String.raw`[\s|]*$`);
/** (2023年03月28日 04 版), (2019年04月04日 A3 版): the article as a paper printed it. */
const PRINT_EDITION = new RegExp(String.raw`[(（]\s*` + DATE + String.raw`\s*第?\s*[A-Z]?\d{1,2}\s*版\s*[)）]`);
/**
 * A paper's name, the date and the page it ran on, opening a line, spaces or an e-paper's breadcrumb marks between
 * (岚桥日报 2024年03月06日 第02版:要闻, 岚桥日报 > 2024年03月06日 > 第02版:要闻, 岚桥日报 | 2024年03月06日 | 第02版, 《岚桥日报》2024年03月06日02版).
 */
const EDITION_GAP = String.raw`[^\S\n]*(?:[>›»|][^\S\n]*)?`;
const PAPER_EDITION_LINE = new RegExp(String.raw`^[^\S\n]*《?[\u4e00-\u9fff]{2,12}报》?` + EDITION_GAP + DATE + EDITION_GAP + String.raw`第?[^\S\n]*[A-Z]?\d{1,3}[^\S\n]*版`, "m");
/** How much of a page's foot is read for a print edition. */
const FOOT_CHARS = 1500;
/** A mirror's stamp: 来源: sp20231205 beside the date it was copied on. */
const CRAWL_STAMP = /来源\s*[:：]\s*sp\d{8}/;
/**
 * A site's clock shows today's date, an event's line its own, an error page
 * the server's (Date: 2026/06/23 11:49:32): none is the page's.
 */
const CLOCK = /星期|今天是|农历|礼拜|(?:会议|活动|开庭|举办|举行|报名|截止|考试|培训)(?:时间|日期)|^\s*(?:Date|Server|Last-Modified|Expires)\s*:/i;
/** The weekday after a date: 星期三. */
const WEEKDAY = String.raw`\s*星期[一二三四五六日天]`;
/** A date, its time perhaps, and the weekday after them: 2022-08-10 16:54 星期三, 2024-03-08 16:05:21 星期五. */
const DATED_WEEKDAY = DATE + String.raw`(?:\s+` + CLOCK_TIME_SOURCE + String.raw`(?::\d{2})?)?` + WEEKDAY;
/**
 * A weekday that dates the page, no clock: after a publication label (发布时间:2022-08-10 16:54 星期三), or in a byline,
 * its source or author next (2024-03-08 16:05:21 星期五  来源:…).
 */
const PAGE_WEEKDAY = new RegExp(String.raw`(?:发布|发表)(?:时间|日期)\s*[:：]\s*` + DATED_WEEKDAY + "|" + DATED_WEEKDAY + String.raw`\s*(?:来源|作者|稿源|编辑)\s*[:：]`);

function isClock(line: string): boolean {
  return CLOCK.test(line) && !PAGE_WEEKDAY.test(line);
}
/** A headline with its date after it, (2016-05-17). */
const TITLE_DATE = new RegExp(String.raw`[(（]\s*` + DATE + String.raw`\s*[)）]\s*$`);
/** A name and the date alone on a line: an issuer's (省政府办公厅 2022-03-15), a public account's (瓷都审判 2024-04-21), an author's after a bar (王某 | 2022-04-24), a paper and its site (法治日报--法治网 2022-10-20). */
const NAME_DATE = new RegExp(String.raw`^\s*(?:[\u4e00-\u9fff]{2,24}(?:厅|局|政府|委员会|委|办公室|院|部|中心|科|处)|[\u4e00-\u9fffA-Za-z]{2,16}(?:\s*(?:-{1,2}|—{1,2})\s*[\u4e00-\u9fffA-Za-z]{2,12})?)(?:\s+|\s*[|｜丨]\s*)` + DATE + String.raw`\s*$`);
/** A report's or a summary's title with its date after it on its line (2024年度…法治政府建设工作报告 2024-12-12). */
const REPORT_TITLE_DATE = new RegExp(String.raw`^\s*[^\n。，,；;]{4,60}?(?:报告|总结)\s+` + DATE + String.raw`\s*$`);
/** A post's age with its date in parentheses: 2年前 (2024-02-14), 3天前（2024-05-01）. */
const AGE_DATE = new RegExp(String.raw`\d{1,2}\s*(?:年|个月|月|周|天|小时|分钟)前\s*[(（]\s*` + DATE + String.raw`\s*[)）]`);
/** Those who filed a story, named after their role: 通讯员 王某 李某, 记者 张某. */
const CORRESPONDENTS = String.raw`(?:通讯员|记者|作者|编辑)[\s\u4e00-\u9fff、]{1,24}`;
/** A date and the site's name alone on a line, the other way round (2023-06-06     中国食品安全网), its correspondents after it too. */
const DATE_NAME = new RegExp(String.raw`^\s*` + DATE + String.raw`(?:\s{2,}[\u4e00-\u9fffA-Za-z]{2,16}|\s+[\u4e00-\u9fffA-Za-z]{2,16}\s+${CORRESPONDENTS})\s*$`);
/** A journal's byline: a dashed date run into its authors' names alone on a line (2019-05-21王某李某). */
const DATE_AUTHORS = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})[\u4e00-\u9fff]{2,16}\s*$/;
/** A bulletin's issue and its date alone on a line: 2015年第5期 2015年3月23日. */
const ISSUE_DATE = new RegExp(String.raw`^\s*\d{4}\s*年?\s*第\s*\d{1,3}\s*期\s+` + DATE + String.raw`\s*$`);
/** A decision's adoption, or a document's number, with its date in parentheses: (2025年2月17日…常务委员会…会议通过), (内政办字〔2011〕139号 2011年6月9日). */
const ADOPTED_DATELINE = new RegExp(String.raw`^\s*[(（]\s*` + DATE_ITSELF + String.raw`[^)）\n]{2,60}?(?:会议|常务会)(?:审议)?(?:通过|批准)\s*[)）]`);
const NUMBERED_DATELINE = new RegExp(String.raw`^\s*[(（][^)）\n]{0,16}〔\d{4}〕\s*\d{1,4}\s*号\s*` + DATE + String.raw`\s*[)）]\s*$`);

export function findPublished(text: string): string | null {
  const head = text.slice(0, headEnd(text));
  // every pattern below holds a date: lines without one are not read further
  const lines = head.split("\n").filter((line) => LINE_WITH_DATE.test(line) && !isClock(line));
  const labelled = [...head.matchAll(PUBLICATION_LABEL)];
  return (
    printEdition(head, text) ??
    labelledDate(head, labelled, false) ??
    firstDate(lines, (line) => (BYLINE.test(line) ? BYLINE_TIME.exec(line) : null)) ??
    (head.includes("日期") || head.includes("文时间") ? (labelledDate(head, [...head.matchAll(ISSUED_LABEL)], false) ?? labelledDate(head, [...head.matchAll(WRITTEN_LABEL)], false)) : null) ??
    firstDate(lines, (line) => PLAIN_LABEL.exec(line)) ??
    firstDate(lines, (line) => SPEECH_DATELINE.exec(line) ?? DASHED_SPEECH_DATELINE.exec(line) ?? TITLE_DATE.exec(line) ?? NAME_DATE.exec(line) ?? REPORT_TITLE_DATE.exec(line) ?? AGE_DATE.exec(line) ?? DATE_NAME.exec(line) ?? DATE_AUTHORS.exec(line) ?? ISSUE_DATE.exec(line) ?? ADOPTED_DATELINE.exec(line) ?? NUMBERED_DATELINE.exec(line) ?? NEWS_DATELINE.exec(line) ?? dateLine(line)) ??
    wrappedDateline(head) ??
    firstDate(lines, (line) => DATE_ALONE.exec(line)) ??
    dayFirstDate(head) ??
    compactDate(head) ??
    labelledDate(head, labelled, true)
  );
}

/** A speech's dateline over two lines, looked for only where its closing words stand. */
function wrappedDateline(head: string): string | null {
  const match = head.includes("会议上") || head.includes("大会上") ? WRAPPED_SPEECH_DATELINE.exec(head) : null;
  return match ? isoDate(match) : null;
}

/** The end of the head: HEAD_LINES lines that are not blank, at most HEAD_CHARS characters. */
function headEnd(text: string): number {
  const end = headLinesEnd(text, HEAD_CHARS);
  return end === -1 ? Math.min(text.length, HEAD_CHARS) : end;
}

function printEdition(head: string, text: string): string | null {
  const match = editionIn(head) ?? (text.length > head.length ? editionIn(text.slice(Math.max(head.length, text.length - FOOT_CHARS))) : null);
  return match ? isoDate(match) : null;
}

/** An edition says 版 or names a digital paper: the patterns are tried only where those stand. */
function editionIn(part: string): RegExpExecArray | null {
  const print = part.includes("版") ? (PRINT_EDITION.exec(part) ?? PAPER_EDITION_LINE.exec(part)) : null;
  if (print) return print;
  // a paper's own line with its edition or its name dates it before any weekday, which may be a reader's clock (电子报阅读机 2026-03-02 星期一)
  const digital = DIGITAL_PAPER.test(part);
  const named = digital || part.includes("版次") ? EDITION_AFTER_NAME.exec(part) : null;
  if (named) return named;
  // a paper's page (第02版, 00004版, 版面导航) dates its edition with the weekday, as a site's clock does elsewhere
  const weekday = part.includes("星期") && PAPER_PAGE.test(part) ? WEEKDAY_DATE.exec(part) : null;
  if (weekday) return weekday;
  const property = part.includes("content_") ? EPAPER_PROPERTY.exec(part) : null;
  if (property) return property;
  return digital ? EDITION_BEFORE_NAME.exec(part) : null;
}

/** A paper's page: its page number (第02版, 00004版), its page navigation, a digital paper's name. */
const PAPER_PAGE = /第\s*\d{1,3}\s*版|版面导航|数字报纸|(?:^|\s)0\d{2,4}\s*版/m;
const WEEKDAY_DATE = new RegExp(DATE + WEEKDAY);
/** A digital paper's edition line, its weekday beside it: 版次:2 2025年05月14日; 2025年03月04日 星期二 贵州教育报数字报. */
const DIGITAL_PAPER = /数字报|电子报/;
/**
 * A digital paper's page record left in the text, at its foot: 2023-04-18 2 2 东岭日报 content_40215.html (date, page, page, paper,
 * article), the headline perhaps after the date (2023-08-04 千名…获聘 1 1 东岭日报 content_1447.html).
 */
const EPAPER_PROPERTY = new RegExp(DATE + String.raw`(?:\s+[^\n]{1,60}?)?\s+\d{1,3}\s+\d{1,3}\s+[\u4e00-\u9fff]{2,12}报\s+content_\d+`);
const EDITION_AFTER_NAME = new RegExp(String.raw`^[^\n]*?(?:版次|数字报|电子报)[^\n]*?` + DATE, "m");
const EDITION_BEFORE_NAME = new RegExp(String.raw`^[^\n]*?` + DATE + String.raw`[^\n]*?(?:数字报|电子报)`, "m");

/**
 * 发布日期:2024-04-06, the label and the date on one line or on two (a
 * table's cells); crawl stamps only when asked for. `labelled` holds the
 * head's label matches, found once for both passes.
 */
function labelledDate(head: string, labelled: readonly RegExpExecArray[], crawlStamps: boolean): string | null {
  for (const match of labelled) {
    const lineStart = head.lastIndexOf("\n", match.index + match[0].length - 1) + 1;
    const lineEnd = head.indexOf("\n", match.index + match[0].length);
    const line = head.slice(lineStart, lineEnd === -1 ? head.length : lineEnd);
    if (isClock(line) || CRAWL_STAMP.test(line) !== crawlStamps) continue;
    const date = isoDate(match);
    if (date) return date;
  }
  return null;
}

/** A short line that holds a date with a clock time or a byline: 2023-09-14 16:20 来源:… */
function dateLine(line: string): RegExpExecArray | null {
  // a stamp that opens its line, the article run on after it (2017-01-04 09:56昭通新闻网讯…), however long the line
  const stamp = STAMP_OPENING.exec(line);
  if (stamp) return stamp;
  if (line.length > DATE_LINE_CHARS) return null;
  const match = ANY_DATE.exec(line);
  if (!match) return null;
  const rest = line.slice(match.index + match[0].length);
  return CLOCK_TIME.test(rest.slice(0, 12)) || BYLINE.test(line) ? match : null;
}

function firstDate(lines: readonly string[], find: (line: string) => RegExpExecArray | null): string | null {
  for (const line of lines) {
    const match = find(line);
    const date = match ? isoDate(match) : null;
    if (date) return date;
  }
  return null;
}

/**
 * A date written day first with its clock time, alone on its line under a
 * headline (20.04.2016 14:18), or stacked a part to a line (2024, then 04/07,
 * then 19:20), as some sites' templates print them.
 */
const DAY_FIRST_LINE = /^[\s|]*(\d{1,2})\.(\d{1,2})\.(\d{4})\s+\d{1,2}:\d{2}(?::\d{2})?[\s|]*$/m;
const STACKED_DATE = /^[\s|]*(\d{4})[\s|]*\n[\s|]*(\d{1,2})\/(\d{1,2})[\s|]*\n[\s|]*\d{1,2}:\d{2}/m;

function dayFirstDate(head: string): string | null {
  const dayFirst = DAY_FIRST_LINE.exec(head);
  if (dayFirst) return calendarDate(dayFirst[3]!, dayFirst[2]!, dayFirst[1]!);
  const stacked = head.includes("/") ? STACKED_DATE.exec(head) : null;
  return stacked ? calendarDate(stacked[1]!, stacked[2]!, stacked[3]!) : null;
}

/** 日期 with its date written as eight digits (日期:20201126), as an e-paper's header prints it. */
const COMPACT_DATE = /(?<![\u4e00-\u9fff])日期\s*[:：]\s*(\d{4})(\d{2})(\d{2})(?!\d)/;

function compactDate(head: string): string | null {
  const compact = head.includes("日期") ? COMPACT_DATE.exec(head) : null;
  return compact ? calendarDate(compact[1]!, compact[2]!, compact[3]!) : null;
}

/** The match's date as YYYY-MM-DD, or null when it is no calendar date. */
function isoDate(match: RegExpExecArray): string | null {
  return calendarDate(match[1]!, (match[2] ?? match[4])!, (match[3] ?? match[5])!);
}

/** No page a date line dates was published before 1990, whatever years its text chronicles. */
const EARLIEST_PAGE_YEAR = 1990;

function calendarDate(yearText: string, monthText: string, dayText: string): string | null {
  const year = Number(yearText) >= EARLIEST_PAGE_YEAR ? plausibleYear(Number(yearText)) : null;
  const month = Number(monthText);
  const day = Number(dayText);
  if (year === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
