/**
 * Heading candidates: numbered markers at a line start, or after a sentence
 * end or a gap in a run-on line (a whole report on one line is common). A
 * candidate becomes a heading only if it continues its list (一 after nothing,
 * 二 after 一 …) under the same parent, which rejects 分获一、二、三等奖 and
 * inline enumerations that restart.
 */
import { isHan, isWhiteSpace } from "../normalize/index.js";
import { namedCategories } from "./category.js";
import { ordinalValue } from "./numerals.js";

/** Marker kinds, outermost first: 一、 (一) 1. (1); 01 ranks as (一). */
export type MarkerKind = 0 | 1 | 2 | 3;

export interface Heading {
  kind: MarkerKind;
  ordinal: number;
  /** body offsets: marker start, marker end, title end */
  start: number;
  markerEnd: number;
  titleStart: number;
  titleEnd: number;
}

const CN = "[一二三四五六七八九十]{1,3}";
/**
 * A marker's shapes: a Chinese numeral and 、 or . (一、); the others, opening on ( or a digit ((一) 1. 1、 (1)), or one
 * character that is a numeral in parentheses (㈠ for (一), ⑴ for (1)).
 */
const CHINESE_SHAPE = `(${CN})[、.]`;
const OTHER_SHAPES = `\\((${CN})\\)|(\\d{1,2})(?:、|\\.(?![\\d.]))|\\((\\d{1,2})\\)|([㈠-㈩])|([⑴-⒇])`;
/**
 * A number padded to two digits opening a line, its title after it or on the next line (01深化队伍建设,
 * 01⏎深化队伍建设, 01 以“规范化建设”开路): a magazine-style part, ranked as (一) is; not a date's month (01月12日) nor a table's row number.
 */
const PADDED_TITLE_AFTER = "(?![月日年时号版期届])(?=[ \\t]?[\\u4e00-\\u9fff]|[ \\t]*\\n[ \\t]*[\\u4e00-\\u9fff])";
const PADDED_SHAPE = `(0[1-9])${PADDED_TITLE_AFTER}`;
/** A marker: its shape after a line, clause or sentence end, or a gap; a padded number only at a line start. */
const MARKER_HERE = new RegExp(`(?<=^|[\\n。；;！!？?：:|\\s])(?:${CHINESE_SHAPE}|${OTHER_SHAPES})|(?<=^|\\n)${PADDED_SHAPE}`, "y");
/** The kind of each of MARKER_HERE's groups, in order: 一、 (一) 1. (1) ㈠ ⑴ 01. */
const GROUP_KINDS: readonly MarkerKind[] = [0, 1, 2, 3, 1, 3, 1];

/**
 * The first marker at or after `from`: the match a search for MARKER_HERE's
 * pattern would give. Its shapes alone are searched for, each kind apart
 * (a search for all of them at once, or for the lookbehind with them, tests
 * every character against a character class too large to be fast), and the
 * nearer shape found is tested in place. `shapes` remembers each kind's
 * nearest one across the calls for one body.
 */
function nextMarker(body: string, from: number, shapes: ShapeFinder[]): RegExpExecArray | null {
  for (let at = from; ; ) {
    const found = shapes.map((shape) => shape.at(body, at)).filter((position) => position !== -1);
    if (found.length === 0) return null;
    const nearest = Math.min(...found);
    MARKER_HERE.lastIndex = nearest;
    const marker = MARKER_HERE.exec(body);
    if (marker) return marker;
    at = nearest + 1;
  }
}

/** The nearest match of a pattern at or after a position, searched again only once the position has passed it. */
class ShapeFinder {
  private searchedFrom = -1;
  private found = -1;

  constructor(private readonly pattern: RegExp) {}

  at(text: string, from: number): number {
    if (this.searchedFrom === -1 || from < this.searchedFrom || (this.found !== -1 && from > this.found)) {
      this.pattern.lastIndex = from;
      this.found = this.pattern.exec(text)?.index ?? -1;
      this.searchedFrom = from;
    }
    return this.found;
  }
}

// the padded number's search opens on its 0, which few characters are, and looks behind that for the line start: a
// search opening on the lookbehind tests it at every character
const SHAPE_SEARCHES = [new RegExp(CHINESE_SHAPE, "g"), new RegExp(OTHER_SHAPES, "g"), new RegExp(`(0(?<=(?:^|\\n)0)[1-9])${PADDED_TITLE_AFTER}`, "g")];

/** Whether a heading or list marker (一、 (一) 1. (1), after a line, clause or sentence end) begins at `at`. */
export function markerAt(text: string, at: number): boolean {
  MARKER_HERE.lastIndex = at;
  return MARKER_HERE.test(text);
}

/** Characters that end a heading's title: sentence and clause ends, a line end. */
const TITLE_END = new Set(["。", "；", ";", "！", "!", "？", "?", "：", ":", "\n"]);
const MAX_TITLE = 60;
/**
 * A year with its comma (2023年,) after a title's words: the body's opening sentence, run on into the title where a
 * whole report stands on one line (一、落实领导班子集体学法2023年,我镇…); a template's year placeholder (20xx年,) too.
 */
const OPENING_YEAR = /^(?:\d{4}|20[xX×]{2})\s*年度?[,，]/;
const OPENING_YEAR_REACH = 9;
const MIN_TITLE_BEFORE_YEAR = 4;

export function findHeadings(body: string): Heading[] {
  const accepted: Heading[] = [];
  const lastOrdinal: number[] = [0, 0, 0, 0];
  // the outermost kind accepted so far: a list an excerpt opens partway through has none of its kind or an outer one before it
  let outermostKind = Infinity;
  for (const candidate of candidates(body)) {
    if (candidate.kind >= 2 && underNotes(body, candidate.start)) continue;
    if (candidate.ordinal !== lastOrdinal[candidate.kind]! + 1 && !(candidate.kind < outermostKind && opensExcerpt(body, candidate)) && !numberedTwice(body, candidate, lastOrdinal[0]!)) continue;
    accepted.push(candidate);
    outermostKind = Math.min(outermostKind, candidate.kind);
    lastOrdinal[candidate.kind] = candidate.ordinal;
    for (let deeper = candidate.kind + 1; deeper < lastOrdinal.length; deeper++) lastOrdinal[deeper] = 0;
  }
  return accepted;
}

/**
 * A report's problems or plans numbered again with the part before them (二、主要成效 … 二、下一步工作): a slip in
 * the numbering, on a line of its own, not a list item; the part a report must have is still its own section.
 */
function numberedTwice(body: string, candidate: Heading, lastTopOrdinal: number): boolean {
  if (candidate.kind !== 0 || candidate.ordinal !== lastTopOrdinal || !lineStartsAt(body, candidate.start)) return false;
  return namedCategories(body.slice(candidate.titleStart, candidate.titleEnd)).some((category) => category === "problems" || category === "plans");
}

/**
 * A numbered line in the notes under a table (说明:⏎1.行政处罚实施数量的统计范围为…⏎2.…), the notes' line above it
 * or above the numbered lines before it: a note, no heading.
 */
function underNotes(body: string, start: number): boolean {
  if (!lineStartsAt(body, start)) return false;
  let lineStart = body.lastIndexOf("\n", start - 1) + 1;
  for (let lines = 0; lineStart > 0 && lines < NOTES_REACH; lines++) {
    const above = body.lastIndexOf("\n", lineStart - 2) + 1;
    const line = body.slice(above, lineStart - 1);
    if (NOTES_LINE.test(line)) return true;
    if (line.trim() !== "" && !NUMBERED_LINE.test(line)) return false;
    lineStart = above;
  }
  return false;
}

/** The line that opens a table's notes: 说明:, 注:, 备注:. */
const NOTES_LINE = /^[ \t\u3000]*(?:说明|注|备注|附注|填表说明)[ \t\u3000]*[:：][ \t\u3000]*$/;
/** A note before it, numbered as the notes are: 1., 2、, (3). */
const NUMBERED_LINE = /^[ \t\u3000]*(?:\d{1,2}[.、]|\(\d{1,2}\))/;
/** How many lines above a numbered line the notes' line may stand. */
const NOTES_REACH = 12;

/**
 * A page of a report split over several pages (…工作报告(第26/40页)) opens partway through its
 * list: an outer heading (三、 or (七)) on a line of its own, before any other of its kind or an outer one, continues a list
 * begun on an earlier page; so does a part after a page that opened inside the one before it ((一)…(二)… then 二、), its
 * lines indented or not.
 */
function opensExcerpt(body: string, candidate: Heading): boolean {
  return candidate.kind <= 1 && candidate.ordinal > 1 && opensIndentedLine(body, candidate.start);
}

/** Whether only spaces stand between the line's start and `at`. */
export function opensIndentedLine(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && INDENT.has(text[i - 1]!)) i--;
  return lineStartsAt(text, i);
}

const INDENT = new Set([" ", "\t", "\u3000"]);

function* candidates(body: string): Generator<Heading> {
  const shapes = SHAPE_SEARCHES.map((pattern) => new ShapeFinder(pattern));
  let from = 0;
  for (let match = nextMarker(body, from, shapes); match; match = nextMarker(body, from, shapes)) {
    from = match.index + match[0].length;
    const group = GROUP_KINDS.findIndex((_kind, index) => match![index + 1] !== undefined);
    let heading = headingAt(body, GROUP_KINDS[group]!, match[group + 1]!, match.index, from);
    if (!heading) continue;
    for (let nested = nestedIn(body, heading); nested; nested = nestedIn(body, nested)) {
      yield { ...heading, titleEnd: nested.start };
      heading = nested;
      from = nested.markerEnd;
    }
    yield heading;
  }
}

function headingAt(body: string, kind: MarkerKind, numeral: string, start: number, markerEnd: number): Heading | null {
  const ordinal = ordinalValue(numeral);
  if (ordinal === null) return null;
  // a marker alone on its line ((三) then 行政决策水平有效提升 below it) heads the next line
  const afterMarker = skipSpaces(body, markerEnd);
  const titleStart = body[afterMarker] === "\n" && lineStartsAt(body, start) ? skipSpaces(body, afterMarker + 1) : afterMarker;
  const titleEnd = findTitleEnd(body, titleStart);
  const title = body.slice(titleStart, titleEnd);
  if (!isTitle(title) || (kind > 0 && COUNT_STATED.test(title)) || isListItem(body, start, titleEnd) || isTableRow(body, titleEnd)) return null;
  return { kind, ordinal, start, markerEnd, titleStart, titleEnd };
}

/** A row of a table flattened to a line (四、结转下年度继续办理 0 0 0 0): its label, then nothing but values. */
function isTableRow(body: string, titleEnd: number): boolean {
  const lineEnd = body.indexOf("\n", titleEnd);
  return ROW_VALUES.test(body.slice(titleEnd, lineEnd === -1 ? body.length : lineEnd));
}

const ROW_VALUES = /^(?:[ \t|]+[\d.,%]+)+[ \t|]*$/;

const LIST_ITEM_BEFORE = new Set(["：", ":", "；", ";"]);
const LIST_ITEM_END = new Set(["；", ";"]);

/** An item of an enumeration run into a sentence (…分别为:1、编制《…》;2、制定…;), after a colon or the item before and ended by a semicolon: no heading. */
function isListItem(body: string, start: number, titleEnd: number): boolean {
  return LIST_ITEM_BEFORE.has(body[start - 1] ?? "") && LIST_ITEM_END.has(body[titleEnd] ?? "");
}

/**
 * A deeper (一), 1. or (1) marker run into a heading's title with nothing between
 * (一、主要成效(一)行政复议工作, (一)复议案件办理1.受理情况, where a page set the two in adjacent
 * inline elements): the title ends there and the nested heading begins. Not after
 * 第/条/款/项, where (一) cites an item of a law.
 */
const NESTED_MARKER = /(?<=[\u4e00-\u9fff])(?<![第条款项])(?:\((?:([一二三四五六七八九十]{1,3})|(\d{1,2}))\)|(\d{1,2})\.(?=[\u4e00-\u9fff]))/g;

function nestedIn(body: string, heading: Heading): Heading | null {
  const title = body.slice(heading.titleStart, heading.titleEnd);
  NESTED_MARKER.lastIndex = 0;
  for (let match = NESTED_MARKER.exec(title); match; match = NESTED_MARKER.exec(title)) {
    const kind: MarkerKind = match[1] !== undefined ? 1 : match[3] !== undefined ? 2 : 3;
    if (kind <= heading.kind || !isTitle(title.slice(0, match.index))) continue;
    const start = heading.titleStart + match.index;
    const nested = headingAt(body, kind, match[1] ?? match[2] ?? match[3]!, start, start + match[0].length);
    if (nested) return nested;
  }
  return null;
}

function lineStartsAt(text: string, at: number): boolean {
  return at === 0 || text[at - 1] === "\n";
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] === " ") i++;
  return i;
}

/**
 * A title ends at its 。, at a line end, where the body begins after a gap or
 * with its opening year (…学法2023年,我镇…), or at MAX_TITLE. A hand-written scan that never looks past MAX_TITLE (but for
 * the gap's own length), so that thousands of markers on one line stay linear.
 */
function findTitleEnd(body: string, from: number): number {
  const limit = Math.min(body.length, from + MAX_TITLE);
  for (let i = from; i < limit; i++) {
    // a Han character, most of a title, neither ends it nor is white space: read by its code, no string made
    if (isHan(body.charCodeAt(i))) continue;
    if (TITLE_END.has(body[i]!) && !subtitleAfter(body, i, limit)) return i;
    if (i - from >= MIN_TITLE_BEFORE_YEAR && OPENING_YEAR.test(body.slice(i, i + OPENING_YEAR_REACH))) return i;
    if (spaceAt(body, i)) {
      let gapEnd = i + 1;
      while (gapEnd < body.length && spaceAt(body, gapEnd)) gapEnd++;
      if (gapEnd >= body.length) return limit;
      // a gap with text after it ends the title, unless that text is the title's second phrase or the title is
      // spaced out a character at a time (一、概  况)
      if (!secondPhraseAt(body, gapEnd, limit) && !letterSpaced(body, from, i, gapEnd)) return i;
      i = gapEnd - 1;
    }
  }
  return limit;
}

/**
 * A short phrase after a colon that runs to the line's end, no figure or sentence in it (一、2024年工作回顾:砥砺前行,成效显著,
 * 二、机制创新:织密“三张网”): the title's second half, where 一、基本情况:全年收案1200件。 opens the body after the colon.
 */
function subtitleAfter(body: string, colon: number, limit: number): boolean {
  if (body[colon] !== ":" && body[colon] !== "：") return false;
  const lineEnd = body.indexOf("\n", colon);
  const end = lineEnd === -1 ? body.length : lineEnd;
  return end <= limit && SUBTITLE.test(body.slice(colon + 1, end));
}

const SUBTITLE = /^[\u4e00-\u9fff“”"‘’,，、]{4,24}$/;

/**
 * Words after a gap that run to the line's end, Han alone, no marker or point opening them (一、健全工作机制 夯实行政应诉主体责任,
 * 二、2022 年全区行政案件办理的总体情况): the title's own, where 一、主要举措 (一)聚焦统筹 runs on to the next heading.
 */
function secondPhraseAt(body: string, from: number, limit: number): boolean {
  const lineEnd = body.indexOf("\n", from);
  const end = lineEnd === -1 ? body.length : lineEnd;
  return end <= limit && SECOND_PHRASE.test(body.slice(from, end));
}

const SECOND_PHRASE = /^(?![一二三四五六七八九十]+[是、])[\u4e00-\u9fff“”"]{2,30}$/;

/** A gap between single Han characters from the title's start (概  况, 前 言): the title spaced out, not ended. */
function letterSpaced(body: string, from: number, gapStart: number, gapEnd: number): boolean {
  if (!isHan(body.charCodeAt(gapEnd)) || !isHan(body.charCodeAt(gapStart - 1))) return false;
  for (let i = from; i < gapStart - 1; i++) if (isHan(body.charCodeAt(i)) && isHan(body.charCodeAt(i + 1))) return false;
  return gapEnd + 1 >= body.length || !isHan(body.charCodeAt(gapEnd + 1)) || spaceAt(body, gapEnd + 1);
}

function spaceAt(text: string, at: number): boolean {
  return isWhiteSpace(text.charCodeAt(at));
}

function isTitle(title: string): boolean {
  return /[\u4e00-\u9fff]\s*[\u4e00-\u9fff]/.test(title) && !CASE_NAME.test(title) && !CITATION.test(title) && !UNOPENED_CLOSE.test(title);
}

/** A parenthesis closed before any is opened (3、道)、嘎查村…): the rest of a line broken inside words, after a page number. */
const UNOPENED_CLOSE = /^[^(（]*[)）]/;

/**
 * A document's name opening the item (1、《柳川省规范性文件制定和备案规定》, (一)根据《…通知》第(十)项规定, 一、《…的通知》等7件
 * 规范性文件继续有效): a list of the sources a notice cites or of its decisions, not a section; but a short name the text
 * gave a document before, with the section's words after it and no clause (一、《决议》执行基本情况), heads a section.
 */
const CITATION = /^\s*(?:根据|依据|按照)?《(?![^《》]{1,6}》[\u4e00-\u9fff]{2}[^,，;；。]*$)/;

/**
 * A count with its unit under a top-level heading ((一)东岭区水务系统办理行政执法案件846件,其中…): a numbered item of
 * data, not a subsection's title; a top-level line may state its headline figure (一、全年收案1.2万件).
 */
const COUNT_STATED = /\d\s*(?:万|亿)?\s*(?:余|多)?\s*(?:件|起|宗|人次|名|场次)/;

/** A case's name (1.周某诉某区民政局撤销登记案): an item of a list of cases, not a section. */
const CASE_NAME = /(?<![起申上投应被胜败告涉公反抗控])诉(?![讼求愿状源前调])[^,，。；;]{2,}案$/;
