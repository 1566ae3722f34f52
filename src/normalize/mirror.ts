/**
 * Damage that mirror sites and script converters leave in a report, repaired
 * in the analysis text only (the input, and so every span's evidence, keeps it):
 *  - pinyin a converter left in parentheses after a character: 現(xiàn)場, or
 *    without tones (隨(sui)著(zhu)) on a page that carries it throughout;
 *  - Taiwan vocabulary a character-level converter cannot change: 最佳化, 程式;
 *  - "??" where a page's ideographic spaces were lost in a charset round trip;
 *  - a comma doubled before the next mark (安徽,、湖南);
 *  - a copying site's notice stamped into the text in brackets (审【本文来源:www.….cn】核).
 * Each pass is one forward scan that builds new text with its origin map.
 */
import { identityOrigin, OriginBuilder, replaceMatches, type TextWithOrigin } from "./origin.js";

/** Pinyin syllables carry a tone mark, precomposed or combining; these few neutral ones do not. */
const TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";
const NEUTRAL_SYLLABLES = new Set(["de", "le", "me", "men", "zi", "ge", "ne", "ba", "ma", "zhe"]);
const SYLLABLE = new RegExp(`^[a-zü${TONE_MARKS}\\u0300-\\u036f]{1,7}$`);
const TONED = new RegExp(`[${TONE_MARKS}\\u0300-\\u036f]`);
/** Longest annotation looked at: a few syllables and the spaces between them. */
const MAX_ANNOTATION = 32;
/** A syllable without its tone: an initial, then a final. */
const TONELESS_SYLLABLE = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)$/;
const TONELESS_ANNOTATION = /[\u4e00-\u9fff]\(([a-z]{1,6})\)/g;
/**
 * A converter that drops the tones annotates every few characters; a page
 * with fewer toneless annotations than this keeps its (ma), (app) and (kg).
 */
const TONELESS_PAGE_MIN = 5;

/** Drops "(xiàn)" after a Han character, and "(sui)" on a page full of it. */
export function dropPinyin(source: TextWithOrigin): TextWithOrigin {
  const { text } = source;
  // asked only once an annotation without tones turns up: most pages have none
  let toneless: boolean | undefined;
  const tonelessPage = (): boolean => (toneless ??= carriesTonelessPinyin(text));
  // most texts hold parentheses but no pinyin: they come back as they are, not copied
  let builder: OriginBuilder | null = null;
  let copied = 0;
  for (let open = text.indexOf("("); open !== -1; open = text.indexOf("(", open + 1)) {
    if (open === 0 || !isHan(text.charCodeAt(open - 1))) continue;
    // Looking no further than an annotation can reach keeps the scan linear.
    const inside = text.slice(open + 1, open + 2 + MAX_ANNOTATION);
    const length = inside.indexOf(")");
    if (length === -1 || !isPinyin(inside.slice(0, length), tonelessPage)) continue;
    const close = open + 1 + length;
    builder ??= new OriginBuilder(source);
    builder.copy(copied, open);
    copied = close + 1;
    open = close;
  }
  if (!builder) return source;
  builder.copy(copied, text.length);
  return builder.build();
}

/** A piece of input (a heading's title, a point's text) without the pinyin a converter left in it. */
export function withoutPinyin(text: string): string {
  return text.includes("(") ? dropPinyin(identityOrigin(text)).text : text;
}

function isPinyin(annotation: string, tonelessPage: () => boolean): boolean {
  // some converters leave a space inside the parentheses: (huì )
  const syllables = annotation.trim().split(" ");
  if (!syllables.every((syllable) => SYLLABLE.test(syllable))) return false;
  const toned = (syllable: string): boolean => TONED.test(syllable) || NEUTRAL_SYLLABLES.has(syllable);
  return syllables.every(toned) || (syllables.every((syllable) => toned(syllable) || TONELESS_SYLLABLE.test(syllable)) && tonelessPage());
}

function carriesTonelessPinyin(text: string): boolean {
  let count = 0;
  for (const match of text.matchAll(TONELESS_ANNOTATION)) {
    if (TONELESS_SYLLABLE.test(match[1]!) && ++count >= TONELESS_PAGE_MIN) return true;
  }
  return false;
}

/**
 * Taiwan words for what mainland reports (and the rules) say otherwise, in
 * Simplified characters, as they stand after folding. Kept small: only words
 * a mainland report would not itself use.
 */
const TAIWAN_WORDS: ReadonlyMap<string, string> = new Map([
  ["最佳化", "优化"],
  ["程式", "程序"],
  ["数位", "数字"],
  ["网路", "网络"],
  ["软体", "软件"],
  ["硬体", "硬件"],
  ["资讯", "信息"],
  ["透过", "通过"],
  ["品质", "质量"],
  ["预设", "默认"],
  // a converter's phrase tables turn 规范性文件 into these on Taiwan-script mirrors
  ["规范性档案", "规范性文件"],
  ["规范性文档", "规范性文件"],
  // …and its character table alone, 文件 into 檔 (after 规范性档案, which the alternation tries first)
  ["规范性档", "规范性文件"],
]);
const TAIWAN_WORD = new RegExp([...TAIWAN_WORDS.keys()].join("|"), "g");

/** Replaces Taiwan words with their mainland equivalents. */
export function mainlandWords(source: TextWithOrigin): TextWithOrigin {
  return replaceMatches(source, TAIWAN_WORD, (word) => TAIWAN_WORDS.get(word)!);
}

/**
 * A decimal point a converter turned into 。 (綜合糾錯率達12。7%): between
 * digits, before a percent, no sentence ends. One unit for one, so nothing moves.
 */
export function restoreDecimalPoints(source: TextWithOrigin): TextWithOrigin {
  return replaceMatches(source, STOP_FOR_DECIMAL_POINT, (match) => `${match[0]}.`);
}

/** The digit before is matched, not looked behind for: V8 scans for a leading digit about five times faster. */
const STOP_FOR_DECIMAL_POINT = /\d。(?=\d{1,3}\s*%)/g;

/**
 * A copying site's notice stamped into the text in brackets, mid-word as often as not (合法性审【本文来源:www.fw.cn 转载请注明】核47件,
 * 法律明【…版权所有 QQ:20231688】白人): no part of the report, and its digits no figure.
 */
export function dropStampedNotices(source: TextWithOrigin): TextWithOrigin {
  return replaceMatches(source, STAMPED_NOTICE, () => "");
}

const STAMPED_NOTICE = /【[^【】\n]{0,60}?(?:www\.|https?:|\.com|\.cn|QQ|公众号|微信号|版权所有|转载|原创|范文)[^【】\n]{0,60}?】/g;

/**
 * A gambling site's name a spam mirror spliced inside a number (复议申请2开元棋牌官网入口764件): no part of the report; the
 * number is whole again without it. Not words after a unit (2022年体育彩票…3亿元), which are the report's.
 */
export function dropSplicedNames(source: TextWithOrigin): TextWithOrigin {
  return replaceMatches(source, NAME_IN_NUMBER, (spliced) => spliced.charAt(0));
}

/** The digit before is matched, not looked behind for, as for STOP_FOR_DECIMAL_POINT; the name is short and holds no digit. */
const NAME_IN_NUMBER =
  /\d(?![年月日时号届期批次个件名人项场条份宗起卷元万亿家所])[\u4e00-\u9fffA-Za-z]{0,8}?(?:官网|体育|娱乐|投注|博彩|彩票|棋牌|葡京|威尼斯人|betway|bet365)[\u4e00-\u9fffA-Za-z]{0,8}?(?=\d)/g;

/**
 * A comma a converter doubled before the next mark (安徽,、湖南,、广西; 督察组,,对): the next mark is the text's.
 */
export function dropDoubledCommas(source: TextWithOrigin): TextWithOrigin {
  return replaceMatches(source, COMMA_BEFORE_MARK, () => "");
}

const COMMA_BEFORE_MARK = /,(?=[、,])/g;

/**
 * "??" where the input has ASCII question marks standing for lost ideographic
 * spaces (a real question mark, full-width ？, is never doubled in a report).
 * One unit for one, so nothing moves.
 */
export function restoreLostSpaces(source: TextWithOrigin, input: string): TextWithOrigin {
  const { text, origin } = source;
  if (!text.includes("??")) return source;
  const units = text.split("");
  for (let start = text.indexOf("??"); start !== -1; start = text.indexOf("??", start)) {
    let end = start;
    while (end < text.length && text[end] === "?" && input[origin[end]!] === "?") end++;
    if (end - start >= 2) units.fill(" ", start, end);
    start = Math.max(end, start + 1);
  }
  return { text: units.join(""), origin };
}

/**
 * What /\s/ matches, by code: read in place, a character at a time, where a
 * one-character regex test would cost a call.
 */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** A CJK ideograph's code (Extension A and the compatibility block included). */
export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}
