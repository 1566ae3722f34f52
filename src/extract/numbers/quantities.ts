/**
 * Quantities in analysis text: a number (Arabic with decimals and thousands
 * separators, Chinese numerals, 百分之…, fractions), a multiplier (万, 亿),
 * approximation words before and after, and the unit that says what kind of
 * thing is counted. One linear pass with a single regular expression whose
 * parts cannot overlap, so no input makes it backtrack.
 */
import type { Qualifier } from "../../schema/report.js";
import { markerAt } from "../../segment/headings.js";
import { pointAt } from "../../segment/points.js";
import { CHINESE_DIGIT_CHARS, CHINESE_NUMERAL_CHARS, parseChineseNumeral } from "./chinese.js";

export type QuantityKind =
  | "count"
  | "person"
  | "person_time"
  | "percent"
  | "percentage_point"
  | "yuan"
  | "year"
  | "date"
  | "other"
  | "bare";

export interface Quantity {
  /** analysis-text offsets of the whole quantity, qualifiers and unit included */
  start: number;
  end: number;
  numberStart: number;
  value: number;
  /** the unit as written after any multiplier: 件, 人次, %, 个百分点, 元 … ("" for none), or the one its label or neighbours imply where the page dropped it (withDroppedUnit) */
  unit: string;
  kind: QuantityKind;
  qualifier: Qualifier;
  /** how the number was written */
  numeral: "arabic" | "chinese";
}

const PREFIX = "约|大约|近|将近|接近|(?<!不)超过|(?<!不)超|逾|不足|不到|(?<!不)少于|(?<!不)低于|(?<!不)多于|破|上|(?<![不超])过";
/** Units with the "times" in parentheses, or the unit before them: 12万余人(次), 1300场(次), 11(场)次. */
const PARENTHESIZED_TIMES = new Map([["人(次)", "人次"], ["场(次)", "场次"], ["件(次)", "件次"], ["(场)次", "场次"], ["(人)次", "人次"]]);
const UNIT_WORDS = [
  "个百分点", "百分点", "个月", "个年头", "个春秋", "个工作日", "个小时", "人余次", "人\\(次\\)", "场\\(次\\)", "件\\(次\\)", "\\(场\\)次", "\\(人\\)次", "人次", "件次", "场次", "户次", "家次", "平方米", "公里", "小时",
  "%", "件", "起", "宗", "个", "项", "份", "部(?![分门])", "条", "篇", "卷", "册", "本", "场", "次", "期",
  "批", "家", "所", "户", "套", "台", "辆", "处", "座", "支", "类", "轮", "堂", "人", "名", "位",
  // class periods (法治课1934节); not 节 opening a word (5节日, 3节约)
  "节(?![日约能点目奏庆假俭省水电气拍])",
  "元", "年", "月", "日", "号", "天", "周", "岁",
  // tenths of a whole (九成, 超八成): a share in words; not 成 opening a word (3成员, 8成立)
  "成(?![为立功果效员绩交本型品])",
];
const UNITS = UNIT_WORDS.join("|");
/**
 * The units a count split by a scan's spaces may end on: digits in groups of any length with single spaces
 * between (3 85名, 1 4 872件, 2 9 66件), a page read off a scan, are one number where a unit follows them; a year's are not read so.
 */
const SCAN_SPLIT_UNITS = "件|名|人|宗|起|卷|份|场|次|项|个|%";
/** The spaces that part a number's digit groups: a space, a thin space, a narrow no-break space. */
const GROUP_SPACE = "[ \\u2009\\u202f]";
/** What parts a number's digit groups: a comma or such a space. */
const SEPARATORS = new RegExp(`,|${GROUP_SPACE}`, "g");
/**
 * Thousands may be grouped by commas (3,170) or by spaces (31 246, 1 284.6万, the style of
 * yearbooks and PDF text); 余 or 多 may stand before a multiplier (1580多万件), and
 * after a space the page put there (300 多场); 多 after the unit only where no word goes on from it
 * (51份多元形式…: 多元, manifold). Digits right after a 万 that digits stand
 * before are the rest of the number (1万2514件 and 1万2,514件 are 12514, as Taiwan's pages and
 * some mainland ones write it); not a year or a date after a sum (罚款1万2020年),
 * nor the 1 of 2万1千. So are the 万 right after a 亿 that digits stand before
 * (3亿1050万余元 is 310500000 and more). A yearbook's decimal point may be a middle dot, and its
 * last digits of a rate set apart by a space (99·59%, 99·5 9%: 99.59).
 */
const QUANTITY = new RegExp(
  `(${PREFIX})?(百分之)?(\\d{1,3}(?:,\\d{3})+(?!\\d)(?:\\.\\d+)?|\\d{1,3}(?:${GROUP_SPACE}\\d{3})+(?:\\.\\d+)?(?![\\d.])|\\d{1,4}(?:${GROUP_SPACE}\\d{1,4})+(?= ?(?:${SCAN_SPLIT_UNITS}))|\\d+(?:\\.\\d+|·\\d+(?: \\d{1,2}(?= ?%))?)?|[${CHINESE_NUMERAL_CHARS}]+(?:点[${CHINESE_DIGIT_CHARS}]+)?)` +
    `(?:\\/(\\d+))?(?:(余|多)(?=万|亿|千))?(?: ?(万亿|千万|百万|万|亿|千))?(?:(?<=\\d亿)(\\d{1,4})(千万|万))?(?:(?<=\\d万)(\\d,\\d{3}(?!\\d)|\\d{1,4})(?![\\d.千百十万亿年月日号]))?(?: ?(余|多|来))? ?(${UNITS})?(以上|以下|以内|左右|上下|余|多(?![\\u4e00-\\u9fff]))?`,
  "y",
);

/** 成, a tenth: 九成 is 90%. */
const TENTHS = "成";
const MULTIPLIER: Record<string, number> = { 万亿: 1e12, 千万: 1e7, 百万: 1e6, 万: 1e4, 亿: 1e8, 千: 1e3 };
const PREFIX_QUALIFIER: Record<string, Qualifier> = {
  约: "about", 大约: "about", 近: "nearly", 将近: "nearly", 接近: "nearly",
  超过: "over", 超: "over", 逾: "over", 多于: "over", 破: "over", 上: "over", 过: "over",
  不足: "under", 不到: "under", 少于: "under", 低于: "under",
};
const SUFFIX_QUALIFIER: Record<string, Qualifier> = {
  余: "over", 多: "over", 以上: "over", 以下: "under", 以内: "under", 左右: "about", 上下: "about", 来: "about",
};

export function scanQuantities(text: string, from = 0, to = text.length): Quantity[] {
  const quantities: Quantity[] = [];
  const window = text.slice(0, to);
  for (let match = nextMatch(window, from); match; match = nextMatch(window, match.index + match[0].length)) {
    const quantity = isListMarker(window, match) || afterNameOrOrdinal(window, match.index) || isSchoolGrade(window, match) ? null : toQuantity(match);
    if (quantity) quantities.push(quantity.kind === "bare" ? withDroppedUnit(window, quantity, quantities.at(-1)) : quantity);
  }
  return quantities;
}

/**
 * A bare number's unit where the page dropped it: a label's (参与人次达115250),
 * the people it counts (近30万群众), money's (涉及金额近5亿), or the count's before it in a run of counts.
 */
function withDroppedUnit(text: string, quantity: Quantity, previous: Quantity | undefined): Quantity {
  const labelled = withLabelUnit(text, quantity);
  if (labelled.kind !== "bare") return labelled;
  const after = text.slice(quantity.end, quantity.end + 8);
  if (PEOPLE_AFTER.test(after) || (quantity.numeral === "arabic" && LITERATE_PERSONS_AFTER.test(after))) return { ...quantity, unit: "人", kind: "person" };
  if (countedByNoun(text, quantity)) return { ...quantity, unit: "件", kind: "count" };
  if (moneyWithoutYuan(text, quantity)) return { ...quantity, unit: "元", kind: "yuan" };
  // a rate's number whose % the page dropped (调解成功率达99) takes no count's unit from the list before it
  if (RATE_LABEL_BEFORE.test(text.slice(Math.max(0, quantity.start - 6), quantity.start))) return quantity;
  return previous ? withListUnit(text, quantity, previous) : quantity;
}

const RATE_LABEL_BEFORE = /率(?:为|达|达到|是|约|超过|近)?\s*$/;

/** 涉及金额近5亿, 标的额2.3万: a sum of money in 万 or 亿 whose 元 the page left out. */
const MONEY_LABEL_BEFORE = /(?:金额|标的额?)(?:为|达|达到|约|超过|共|共计|合计|总计)?\s*$/;
const MAGNITUDE = /[万亿]/;

function moneyWithoutYuan(text: string, quantity: Quantity): boolean {
  return MAGNITUDE.test(text.charAt(quantity.end - 1)) && MONEY_LABEL_BEFORE.test(text.slice(Math.max(0, quantity.start - 8), quantity.start));
}

/**
 * A whole number right after a noun counted in 件 and ending its clause
 * (现行有效的规范性文件252。, 行政诉讼案件3,其中…): the page dropped the 件.
 */
const NOUN_COUNTED_IN_JIAN = /(?:规范性文件|案件|纠纷|案卷|卷宗)$/;

function countedByNoun(text: string, quantity: Quantity): boolean {
  return wholeNumberEndingClause(text, quantity) && NOUN_COUNTED_IN_JIAN.test(text.slice(Math.max(0, quantity.start - 6), quantity.start));
}

/** A whole number, not a year (…12件,2023,…), that ends its clause: what a dropped unit leaves. */
function wholeNumberEndingClause(text: string, quantity: Quantity): boolean {
  return Number.isInteger(quantity.value) && (quantity.value < 1900 || quantity.value > 2100) && CLAUSE_END_AFTER.test(text.slice(quantity.end, quantity.end + 1));
}

/** People counted by their noun, no 人 or 名 written, a word on who they are before it too: 近30万群众, 2万余师生, 43万少数民族群众. */
const PEOPLE_AFTER = /^(?:少数民族|各族|农村|城乡|辖区|基层|在校)?(?:群众|居民|村民|市民|师生|学生|中小学生|青少年|职工|干部群众)/;
/** 法律明白人 after digits whose 名 the page dropped (1521法律明白人); not a headline's 万余“法律明白人”, a magnitude. */
const LITERATE_PERSONS_AFTER = /^[“"]?法律明白人/;

/**
 * A whole number standing alone in a clause of a verb and its count, right
 * after a clause that counts in 件 (排查矛盾纠纷8451件,调处8438,调解成功7913件):
 * the count before it lends its unit.
 */
const VERB_CLAUSE_BETWEEN = /^[,，]\s*[\u4e00-\u9fff]{1,6}$/;
const CLAUSE_END_AFTER = /^[,，;；。]/;

function withListUnit(text: string, quantity: Quantity, previous: Quantity): Quantity {
  const fits = previous.kind === "count" && wholeNumberEndingClause(text, quantity) && VERB_CLAUSE_BETWEEN.test(text.slice(previous.end, quantity.start));
  return fits ? { ...quantity, unit: previous.unit, kind: previous.kind } : quantity;
}

/**
 * A number written without its unit after a label that names it (参与人次达115250,
 * 参与答题人数达146.4万, 受理件数为12): the label's unit. Only right after the label,
 * so a table's cells, which a separator parts from their header, are not read so.
 */
const LABEL_BEFORE = /(人次|人数|案件数|件数|场次|次数)(?:为|达|达到|是|共|共计|总计|合计|约|超过|近)?\s*$/;
const LABEL_UNITS: Record<string, { unit: string; kind: QuantityKind }> = {
  人次: { unit: "人次", kind: "person_time" },
  人数: { unit: "人", kind: "person" },
  案件数: { unit: "件", kind: "count" },
  件数: { unit: "件", kind: "count" },
  场次: { unit: "场次", kind: "count" },
  次数: { unit: "次", kind: "count" },
};

function withLabelUnit(text: string, quantity: Quantity): Quantity {
  const label = LABEL_BEFORE.exec(text.slice(Math.max(0, quantity.start - 10), quantity.start));
  return label ? { ...quantity, ...LABEL_UNITS[label[1]!]! } : quantity;
}

/**
 * The first match of QUANTITY at or after `from`, as a search would find it,
 * for a fraction of its cost: a search tries the whole pattern at every
 * character, and most characters start no number. Every match holds a digit
 * or numeral (百 of 百分之 included) at most MAX_PREFIX characters after its
 * start, and the pattern always matches at that character; so the leftmost
 * match starts there or at an approximation word just before it.
 */
function nextMatch(text: string, from: number): RegExpExecArray | null {
  let number = from;
  for (;;) {
    while (number < text.length && !NUMBER_CHAR[text.charCodeAt(number)]) number++;
    if (number === text.length) return null;
    if (!bareIdiom(text, number)) break;
    from = ++number;
  }
  for (let at = Math.max(from, number - MAX_PREFIX); at < number; at++) {
    if (!PREFIX_CHAR[text.charCodeAt(at)]) continue;
    QUANTITY.lastIndex = at;
    const match = QUANTITY.exec(text);
    if (match) return match;
  }
  QUANTITY.lastIndex = number;
  return QUANTITY.exec(text);
}

/**
 * A lone 一, 两, 零 or 〇 that nothing after it extends (进一步, 统一): the
 * pattern's match would end with it, and toQuantity rejects a lone one, so it
 * is stepped over without matching. TAIL_START holds every character that can
 * begin what the pattern takes after a number (a fraction's /, a space, a
 * multiplier, approximation and suffix words, a unit): keep it with the pattern.
 */
function bareIdiom(text: string, at: number): boolean {
  if (!IDIOM_NUMERAL[text.charCodeAt(at)]) return false;
  const next = text.charCodeAt(at + 1);
  return !NUMBER_CHAR[next] && !TAIL_START[next] && text[at + 1] !== "点";
}

const IDIOM_NUMERAL = charTable("一两零〇");
const TAIL_START = charTable(["/", " ", ...Object.keys(MULTIPLIER), ...Object.keys(SUFFIX_QUALIFIER), ...UNIT_WORDS].map((word) => word.replace(/\\/g, "")[0]).join(""));

const MAX_PREFIX = Math.max(...PREFIX.split("|").map((word) => word.length));
/** Tables by character code, which a loop reads several times faster than a regex searches a class of these characters. */
const NUMBER_CHAR = charTable(`0123456789${CHINESE_NUMERAL_CHARS}`);
const PREFIX_CHAR = charTable(PREFIX.replace(/\|/g, ""));
const CHINESE_DIGIT = charTable(CHINESE_DIGIT_CHARS);

function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const char of chars) table[char.charCodeAt(0)] = 1;
  return table;
}

/** Characters before 约 that make it the end of a word (民约, 公约, 合约, 条约, 签约, 违约 …), not "about". */
const WORD_ENDING_IN_YUE = /[民公合条契制预节签履违邀特规协相誓婚租解践守]/;

/** What ends a list that a 两 after it totals: 等, or a title's closing mark. */
const LIST_BEFORE_TWO = new Set(["等", "》"]);
/** What may follow a count that closes its phrase: a mark, an aside opening, or the end. */
const PHRASE_CLOSES = /^(?:[,，。;；、:：(（)）]|$)/;

function toQuantity(match: RegExpExecArray): Quantity | null {
  const [whole, writtenPrefix, percentWords, digits, denominator, approxBefore, multiplier, tenThousands, tenThousandsUnit, rest, approxAfter, unitWord, suffix] = match;
  const approx = approxBefore ?? approxAfter;
  const numeral = isDigit(digits!.charCodeAt(0)) ? "arabic" : "chinese";
  // 上, 破 and 过 qualify only a lone 万/千 (上万人, 破万, 过百万); elsewhere they end other words (线上500人, 通过3件),
  // as 约 ends some (村规民约5项, 合约12份)
  const endsWord = ((writtenPrefix === "上" || writtenPrefix === "破" || writtenPrefix === "过") && !LONE_UNIT.test(digits!)) || (writtenPrefix === "约" && WORD_ENDING_IN_YUE.test(match.input[match.index - 1] ?? ""));
  const prefix = writtenPrefix && endsWord ? undefined : writtenPrefix;
  const start = match.index + (writtenPrefix && !prefix ? writtenPrefix.length : 0);
  const base = numeral === "arabic" ? arabicValue(digits!) : parseChineseNumeral(digits!);
  if (base === null || !Number.isFinite(base)) return null;
  // 两 after 等 or a title totals the list before it (出台《…规定》等两项重大行政决策, 对《…》、《…》两部规范性文件)
  const totalsList = digits === "两" && LIST_BEFORE_TWO.has(match.input[match.index + (writtenPrefix?.length ?? 0) - 1] ?? "");
  // 两 and its unit closing the phrase count the noun before them (作出重大行政决策两项(…)), not a kind after them (两项制度)
  const countsNounBefore = digits === "两" && PHRASE_CLOSES.test(match.input[match.index + whole.length] ?? "");
  if (numeral === "chinese" && !totalsList && !countsNounBefore && !plausibleChineseNumeral(digits!, prefix, percentWords !== undefined, approx, unitWord)) return null;
  if (numeral === "chinese" && HOW_MANY_BEFORE.test(match.input.slice(Math.max(0, match.index - 2), match.index))) return null;
  // 80人余次: a converter moved 余 into the unit; it is 80余人次
  const displacedOver = unitWord === "人余次";
  const unit = displacedOver ? "人次" : (PARENTHESIZED_TIMES.get(unitWord ?? "") ?? unitWord ?? "");
  const numberStart = match.index + (writtenPrefix?.length ?? 0);
  // digits run on from Chinese ones (十一萬七八三０件, a 〇 written as a full-width zero) are the end of a numeral the scanner
  // could not read, no number of their own
  if (numeral === "arabic" && !writtenPrefix && CHINESE_DIGIT[match.input.charCodeAt(numberStart - 1)]) return null;
  if ((rest !== undefined || tenThousands !== undefined) && !Number.isInteger(base)) return null;
  const belowMultiplier = (tenThousands === undefined ? 0 : Number(tenThousands) * MULTIPLIER[tenThousandsUnit!]!) + (rest === undefined ? 0 : Number(rest.replace(",", "")));
  let value = (base * (multiplier ? MULTIPLIER[multiplier]! : 1) + belowMultiplier) * (unit === TENTHS ? 10 : 1);
  let kind = kindOf(unit, value, multiplier);
  if (percentWords) kind = "percent";
  if (denominator !== undefined) {
    if (unit || Number(denominator) === 0) return null;
    value = (base / Number(denominator)) * 100;
    kind = "percent";
  }
  return {
    start,
    end: match.index + whole!.length,
    numberStart,
    value: roundValue(value),
    unit,
    kind,
    qualifier: displacedOver ? "over" : qualifierOf(prefix, approx, suffix),
    numeral,
  };
}

/** 第3次 is an ordinal, and a number opening a quotation names a slogan or a policy (“八五”普法, “三统一”): 第 “ 「 『 by code. */
const NAME_OR_ORDINAL_BEFORE = new Set([0x7b2c, 0x201c, 0x300c, 0x300e]);
/**
 * A straight quote both opens and closes: it opens the number's quotation
 * only where another closes it soon after ("八五"普法), not where it closed a
 * name before the count ("法律明白人"383万余名).
 */
const STRAIGHT_QUOTED = /"[^",;:。]{0,6}"/y;

/** Whether the match follows 第 or an opening quote, read in place rather than as a one-character string. */
function afterNameOrOrdinal(text: string, at: number): boolean {
  if (at === 0) return false;
  if (text.charCodeAt(at - 1) === 0x22) {
    STRAIGHT_QUOTED.lastIndex = at - 1;
    return STRAIGHT_QUOTED.test(text);
  }
  return NAME_OR_ORDINAL_BEFORE.has(text.charCodeAt(at - 1));
}

/** 初二, 高一, 大三: a school year names a grade, no number (为500余名高一师生带来…). */
function isSchoolGrade(text: string, match: RegExpExecArray): boolean {
  const [whole, prefix, percentWords, digits] = match;
  return !prefix && !percentWords && whole === digits && digits!.length === 1 && GRADE_LEVEL.has(text.charCodeAt(match.index - 1));
}

/** 初, 高 and 大 by code: the school a grade is of. */
const GRADE_LEVEL = new Set([0x521d, 0x9ad8, 0x5927]);

/** A lone 百, 千, 万 or 亿 (or a run of them: 百万), with no digit before it. */
const LONE_UNIT = /^[百千万亿]+$/;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Digits grouped by a separator (3,170, 31 246) or split by a scan's spaces (3 85名) are read without them. */
function arabicValue(digits: string): number {
  return Number(digits.replace(SEPARATORS, "").replace("·", "."));
}

/**
 * 一是/二是, 二、, (三), 1., 2、 and (1) number the points of a list, as the
 * segmenter reads them: a marker is no quantity (分三、四批 holds one).
 */
function isListMarker(text: string, match: RegExpExecArray): boolean {
  const [whole, prefix, percentWords, digits] = match;
  if (prefix || percentWords || whole !== digits) return false;
  return markerAt(text, text[match.index - 1] === "(" ? match.index - 1 : match.index) || pointAt(text, match.index);
}

/**
 * A lone 一 (一次性, 一批, 一个) is idiom far more often than a count, but for one or two tenths after a bound (近一成,
 * 超两成), and a lone 两 too (两个维护, 两项制度), but before a unit events, cases or people are counted in (两次, 两件, 两名);
 * a lone 百/千/万 is a number only after 近/破/上/逾 (近千人, 破万), before 余/多 (千余人, 百余条) or as 百分之百.
 */
function plausibleChineseNumeral(digits: string, prefix: string | undefined, percent: boolean, approx: string | undefined, unitWord: string | undefined): boolean {
  // two before a unit events, cases or people are counted in is two of them (举办两次讲座, 败诉两件), not two of a kind (两个维护)
  if (digits === "两" && TWO_OF_UNITS.has(unitWord ?? "")) return true;
  // one or two tenths with a bound before them (超两成, 近一成) are a share; bare, 一成 ends words (一成不变)
  if (digits === "一" || digits === "两") return unitWord === TENTHS && prefix !== undefined && BOUND_BEFORE_TENTHS.test(prefix);
  if (digits === "零" || digits === "〇") return false;
  if (digits === "百" && percent) return true;
  if (LONE_UNIT.test(digits)) return (prefix !== undefined && /^(?:近|破|上|过|逾|超|超过|将近|接近)$/.test(prefix)) || approx === "余" || approx === "多";
  return true;
}

/** 数 or 几 before a numeral says "some" of it (数十万人次, 几十万人), no number; not the 数 of a label (人数十二万). */
const HOW_MANY_BEFORE = /(?<![人件次场案例])[数几]$/;
const BOUND_BEFORE_TENTHS = /^(?:近|逾|超|超过|将近|接近|不足|不到)$/;
const TWO_OF_UNITS: ReadonlySet<string> = new Set(["次", "场", "场次", "期", "件", "起", "宗", "名", "位", "人次"]);

/** A bare number given the unit its label or column names (败诉率(%) | 5.8, “法律明白人”数量(名) | 14870). */
export function withUnit(quantity: Quantity, unit: string): Quantity {
  return { ...quantity, unit, kind: kindOf(unit, quantity.value, undefined) };
}

function kindOf(unit: string, value: number, multiplier: string | undefined): QuantityKind {
  switch (unit) {
    case "":
      return "bare";
    case "%":
    case TENTHS:
      return "percent";
    case "个百分点":
    case "百分点":
      return "percentage_point";
    case "人次":
      return "person_time";
    case "人":
    case "名":
    case "位":
      return "person";
    case "元":
      return "yuan";
    case "年":
      return Number.isInteger(value) && value >= 1900 && value <= 2100 && !multiplier ? "year" : "other";
    case "月":
    case "日":
    case "号":
      return "date";
    case "平方米":
    case "公里":
    case "小时":
    case "个月":
    case "个年头":
    case "个春秋":
    case "个工作日":
    case "个小时":
    case "天":
    case "周":
    case "岁":
      return "other";
    default:
      return "count";
  }
}

function qualifierOf(prefix?: string, approx?: string, suffix?: string): Qualifier {
  if (prefix && PREFIX_QUALIFIER[prefix]) return PREFIX_QUALIFIER[prefix]!;
  if (approx && SUFFIX_QUALIFIER[approx]) return SUFFIX_QUALIFIER[approx]!;
  if (suffix && SUFFIX_QUALIFIER[suffix]) return SUFFIX_QUALIFIER[suffix]!;
  return null;
}

/** Removes binary floating-point noise (16.65 × 1e8) without touching real precision. */
function roundValue(value: number): number {
  return Number.isInteger(value) ? value : Number.parseFloat(value.toPrecision(12));
}
