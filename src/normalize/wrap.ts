/**
 * Hard line breaks left by PDF-to-text inside words and numbers (占\n比22.2%,
 * 截\n至2025年) are joined in the analysis text. Only a text that is hard
 * wrapped, most of its longer lines filling the same width, is touched, and there a
 * break is joined only if its line is full, it sits between two Han characters
 * or digits, neither line holds two columns side by side or a table's cells, and the next line does
 * not open a heading or a point. Reports laid out one paragraph per line keep
 * every break: there a line end ends something.
 */
import { OriginBuilder, replaceMatches, type TextWithOrigin } from "./origin.js";

/** A line's width as laid out: wide (CJK) characters count two, others one. */
interface Line {
  start: number;
  end: number;
  width: number;
}

/** Lines narrower than this are headings, titles, signatures: never a wrap width. */
const MIN_WRAP_WIDTH = 30;
/** A full line is at least this share of the wrap width (punctuation rules shorten some). */
const FULL_LINE = 0.85;
/** Share of the longer lines that must be full for a text to count as hard wrapped. */
const WRAPPED_SHARE = 0.5;
const MIN_WRAPPED_LINES = 4;
/** A wide gap inside a line, between two columns laid side by side. */
const COLUMN_GAP = /\S[ \t\u3000]{3,}\S/;
/** 一、 (一) 1. 1、 (1) 一是 第一 at a line start: something new begins. */
const OPENS_BLOCK = /^\s*(?:[一二三四五六七八九十]{1,3}[、.是]|\(\s*[一二三四五六七八九十\d]{1,3}\s*\)|\d{1,2}[、.](?!\d)|第[一二三四五六七八九十]{1,3})/;

export function joinWrappedLines(source: TextWithOrigin): TextWithOrigin {
  const { text } = source;
  if (!enoughLongLines(text)) return source;
  const lines = splitLines(text);
  const wrapWidth = hardWrapWidth(lines);
  if (wrapWidth === null) return source;
  const builder = new OriginBuilder(source);
  let copied = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (line.width < wrapWidth * FULL_LINE) continue;
    if (!joinable(text, line.end, line, lines[i + 1]!)) continue;
    builder.copy(copied, line.end);
    copied = line.end + 1; // the line break itself is dropped
  }
  if (copied === 0) return source;
  builder.copy(copied, text.length);
  return builder.build();
}

function joinable(text: string, breakAt: number, line: Line, next: Line): boolean {
  if (!isHanOrDigit(text.charCodeAt(breakAt - 1)) || !isHanOrDigit(text.charCodeAt(breakAt + 1))) return false;
  if (laidOut(text.slice(line.start, line.end)) || laidOut(text.slice(next.start, next.end))) return false;
  return !OPENS_BLOCK.test(text.slice(next.start, Math.min(next.end, next.start + 12)));
}

/**
 * A line laid out in cells or columns, which ends where they do: a table's row flattened to cells by bars (调解纠纷(件) | 21,408 |
 * … over 其中:调解成功(件) | …) or by tabs, which reach here as spaces, its values in a run (…出庭应诉率(%) 86.4 99.2 100 约束性), or
 * two columns side by side (…受众达12.    【调解之窗】…), its end the right column's. Digits letter-spaced one by one (1 2 0件) are no
 * run of values.
 */
function laidOut(lineText: string): boolean {
  return lineText.includes("|") || COLUMN_GAP.test(lineText) || VALUES_IN_CELLS.test(lineText) || HEADER_CELLS.test(lineText);
}

/** Two values of two characters or more, or with a decimal point, each a cell with its unit if any, and another cell after them. */
const VALUES_IN_CELLS = /(?:\d{2,}|\d\.\d)[\d.,]*(?:%|[件卷名人次场项份])?[ \t]+(?:\d{2,}|\d\.\d)[\d.,]*(?:%|[件卷名人次场项份])?[ \t]+\S/;
/**
 * A header of four cells or more, each a short label with no digit or mark (序号 指标名称 目标值 完成值 完成情况); letter-spaced words
 * have cells of one, and a PDF's spaced prose cells with digits and marks (件、142 件,败诉率由 2021 年的).
 */
const HEADER_CELLS = /^\s*(?:[^\s\d,，、。;；:：]{2,10}[ \t]+){3,}[^\s\d,，、。;；:：]{2,10}\s*$/;

/**
 * Whether MIN_WRAPPED_LINES lines are long enough to be MIN_WRAP_WIDTH wide
 * (half as many characters, all wide), which a hard-wrapped text needs: a
 * text on one line, or a few, is told by its line ends alone, without its
 * widths measured character by character.
 */
function enoughLongLines(text: string): boolean {
  let long = 0;
  for (let start = 0; start <= text.length && long < MIN_WRAPPED_LINES; ) {
    const end = text.indexOf("\n", start);
    const lineEnd = end === -1 ? text.length : end;
    if (2 * (lineEnd - start) >= MIN_WRAP_WIDTH) long++;
    start = lineEnd + 1;
  }
  return long >= MIN_WRAPPED_LINES;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    let width = 0;
    for (let i = start; i < end; i++) width += isWide(text.charCodeAt(i)) ? 2 : 1;
    lines.push({ start, end, width });
    start = end + 1;
  }
  return lines;
}

/**
 * The width most lines wrap at, or null when the text is not hard wrapped: the
 * median width of the longer half of the lines, if enough lines come near it.
 */
function hardWrapWidth(lines: readonly Line[]): number | null {
  const widths = lines.map((line) => line.width).filter((width) => width >= MIN_WRAP_WIDTH);
  if (widths.length < MIN_WRAPPED_LINES) return null;
  widths.sort((a, b) => a - b);
  const longer = widths.slice(Math.floor(widths.length / 2));
  const wrapWidth = longer[Math.floor(longer.length / 2)]!;
  const near = widths.filter((width) => width >= wrapWidth * FULL_LINE && width <= wrapWidth * 1.15).length;
  return near >= MIN_WRAPPED_LINES && near >= widths.length * WRAPPED_SHARE ? wrapWidth : null;
}

/**
 * A number alone on its line between the words before it and its unit after (共受理行政复议\n2\n件, 评查案卷\n600\n卷, \n2020\n年度共…):
 * PDF-to-text put each run of the line on a line of its own. A page number has no unit after it, nor does a
 * flattened table's column of numbers. The look-behind stands after the line break so that the search
 * skips from line break to line break rather than trying every position.
 */
const NUMBER_ON_ITS_LINE = /\n(?<=[^\s]\n)[ \t]*\d+(?:\.\d+)?[ \t]*\n(?=[件起宗个项人名次场份卷期%年月日万亿])/g;

/** Joins a number broken onto its own line back into its sentence, dropping the two line breaks around it. */
export function joinBrokenNumbers(source: TextWithOrigin): TextWithOrigin {
  const { text } = source;
  if (!text.includes("\n")) return source;
  let builder: OriginBuilder | null = null;
  let copied = 0;
  for (const broken of text.matchAll(NUMBER_ON_ITS_LINE)) {
    builder ??= new OriginBuilder(source);
    const lastBreak = broken.index + broken[0].length - 1;
    builder.copy(copied, broken.index);
    builder.copy(broken.index + 1, lastBreak);
    copied = lastBreak + 1;
  }
  if (!builder) return source;
  builder.copy(copied, text.length);
  return builder.build();
}

/** Fewest letter-spaced digits taken for one number: "1 2" may well be two. */
const MIN_SPACED_DIGITS = 3;
/** Two spaced digits are one number only where a word stands before and a count's unit after: 应诉案件2 1起. */
const UNIT_AFTER = /^[件起宗个项人名次场份%]/;
/** A run of single digits with single spaces between: "1 2 3", "2 1". */
const SPACED_RUN = /(?<![\d ])\d(?!\d)(?: \d(?!\d))+/g;

/**
 * "1 2 3件": a number letter-spaced by a justified PDF line, its digits one by
 * one with single spaces between, is closed up, so the quantity scanner reads
 * 123 rather than a stray 3; so is "案件2 1起", two digits between a word and
 * a unit. Table cells ("1 | 2 | 3件") are not touched.
 */
export function joinSpacedDigits(source: TextWithOrigin): TextWithOrigin {
  const { text } = source;
  return closeUpSpacedRuns(source, SPACED_RUN, (first, last) => {
    const digits = (last - first + 2) / 2;
    return text[last + 1] !== " " && (digits >= MIN_SPACED_DIGITS || (digits === 2 && wordBeforeUnitAfter(text, first, last)));
  });
}

/** A run of four or more single Han characters with single spaces between: 原 告 主 动 撤 诉. */
const SPACED_HAN_RUN = /(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?: [\u4e00-\u9fff](?![\u4e00-\u9fff])){3,}/g;

/**
 * "原 告 主 动 撤 诉 21 件": words a justified PDF line letter-spaced, a character
 * to a space, are closed up, so the rules' cues read them. A space between
 * phrases (受理案件七千余件 行政机关负责人…) and a short spaced title (目 录) are kept.
 */
export function joinSpacedHan(source: TextWithOrigin): TextWithOrigin {
  return closeUpSpacedRuns(source, SPACED_HAN_RUN, () => true);
}

/**
 * `source` with the single spaces inside each run of `pattern` (a global expression matching single characters with one
 * space between each) dropped, for the runs `closes` takes, given the offsets of their first and last characters.
 */
function closeUpSpacedRuns(source: TextWithOrigin, pattern: RegExp, closes: (first: number, last: number) => boolean): TextWithOrigin {
  const { text } = source;
  let builder: OriginBuilder | null = null;
  let copied = 0;
  for (const run of text.matchAll(pattern)) {
    const first = run.index;
    const last = first + run[0].length - 1;
    if (!closes(first, last)) continue;
    builder ??= new OriginBuilder(source);
    for (let space = first + 1; space < last; space += 2) {
      builder.copy(copied, space);
      copied = space + 1; // the space is dropped
    }
  }
  if (!builder) return source;
  builder.copy(copied, text.length);
  return builder.build();
}

/** A word (not the ordinal 第: 第1 2项 lists items) before, a unit after. */
function wordBeforeUnitAfter(text: string, first: number, last: number): boolean {
  const before = text.charCodeAt(first - 1);
  return before >= 0x4e00 && before <= 0x9fff && text[first - 1] !== "第" && UNIT_AFTER.test(text.slice(last + 1, last + 2));
}

function isHanOrDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

function isWide(code: number): boolean {
  return (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6);
}

/**
 * One space between a word and the count after it, where a unit closes the count: 案件 23 件, 申请 **153** 件 once its marks are
 * gone. Not where another value follows the count a space apart, or one stands before it (出庭应诉率 96.3% 100%, 败诉 38件 19件): a
 * table's row, whose cells spaces part.
 */
const SPACED_NUMBER = String.raw`\d[\d,.]*(?: ?[万亿])? ?`;
const SPACED_UNIT = "[件起宗个项人名次场份卷期家条篇%]";
// it opens on the space itself, not a look-behind, so that the search skips from space to space rather than trying every position
const SPACE_BEFORE_COUNT = new RegExp(String.raw` (?<=[\u4e00-\u9fff] )(?<!\d ?${SPACED_UNIT} )(?=${SPACED_NUMBER}${SPACED_UNIT})(?!${SPACED_NUMBER}${SPACED_UNIT}?[ \t]+\d)`, "g");

/**
 * "案件 23 件": a space a page sets between a word and a count (as WeChat
 * editors and some PDF converters do) is closed up, so the count stands right
 * after the words that name it, as the rules' cues expect. The space before the
 * unit the quantity scanner already reads past.
 */
export function closeSpaceBeforeCount(source: TextWithOrigin): TextWithOrigin {
  return replaceMatches(source, SPACE_BEFORE_COUNT, () => "");
}

/** The units of a count a line break may stand before: 件, 人次, 场次 …. */
const COUNT_UNIT = "(?:件|起|宗|项|人次|名|场次|份)";

/**
 * A line break inside a number that cannot end there: after a thousands group
 * short of its three digits (1,63⏎8场次, 1,6⏎38场次: the break's two sides make
 * three), or after a decimal point whose digits and a percent or 万 follow (98.⏎6%),
 * or between a word's digit or two and the rest of a count with its unit (收到行政复议申请1⏎48件,较上年…), or inside the words of a
 * clause a line opened after finishing a sentence, or right before its count, the count on the next line (…工作。全县一审行政诉讼案件新⏎收93件,
 * …纠正违法或不当行政行为共计⏎96件).
 * It opens on the line break, so that the search skips from break to break.
 */
const BREAK_INSIDE_NUMBER = new RegExp(
  String.raw`\n(?:(?<=\d,\d\n)(?=\d{2}(?![\d.]))|(?<=\d,\d{2}\n)(?=\d(?![\d.]))|(?<=[^\s\d]\d{1,3}\.\n)(?=\d{1,2}\s*[%％万亿])` +
    String.raw`|(?<=[\u4e00-\u9fff]\d{1,2}\n)(?=\d{1,3}${COUNT_UNIT})` +
    String.raw`|(?<=[。；;][^\n。；;:：!?！？]{4,80}[\u4e00-\u9fff]\n)(?=[\u4e00-\u9fff]{0,4}\d+(?:\.\d+)?\s*(?:${COUNT_UNIT}|%)))`,
  "g",
);

/** Joins a number a PDF line broke inside it, and a clause it broke inside its words or right before its count (see above). */
export function joinNumbersBrokenInside(source: TextWithOrigin): TextWithOrigin {
  return replaceMatches(source, BREAK_INSIDE_NUMBER, () => "");
}
