/**
 * Script detection and Traditional → Simplified conversion at character level,
 * from opencc-js's character dictionaries. Phrase-level conversion is avoided on
 * purpose: the Taiwan phrase tables rewrite words (規範性文件 → 规范性文档) and
 * change lengths, which would move every span.
 */
import tsCharacters from "opencc-js/dict/TSCharacters";
import stCharacters from "opencc-js/dict/STCharacters";
import twVariantsRev from "opencc-js/dict/TWVariantsRev";
import hkVariantsRev from "opencc-js/dict/HKVariantsRev";

export type Script = "simplified" | "traditional" | "mixed";

/**
 * Detection counts characters with two regular expressions whose classes are
 * the dictionaries' keys, cut out of the dictionary strings by a native
 * replace. That costs about a millisecond where parsing the dictionaries into
 * maps costs ten on a cold start, and most inputs are Simplified: for them
 * detection is all that runs, and the maps below are never built.
 */
interface ScriptPatterns {
  /** Characters toSimplified maps (Traditional, and TW/HK variants). */
  traditional: RegExp;
  /** Characters only Simplified text uses. */
  simplifiedOnly: RegExp;
}

let patterns: ScriptPatterns | null = null;
let conversion: Map<number, number> | null = null;

/**
 * One dictionary entry ("from to [more targets]|"), capturing `from` when the
 * entry is one that parseCharDict keeps: a single code point whose first
 * target is a different single code point. Other entries match the second
 * branch and capture nothing.
 */
const ENTRY = /(?:([^ |]) (?!\1(?:[ |]|$))([^ |])(?=[ |]|$)[^|]*|[^|]*)(?:\||$)/gu;

/** Detection skips code points below U+3400 (ASCII, punctuation, kana, symbols). */
const BELOW_CJK = /[\0-\u33ff]/g;

/** The `from` characters parseCharDict keeps, from U+3400 up, concatenated. */
function dictKeys(dict: string): string {
  return dict.replace(ENTRY, "$1").replace(BELOW_CJK, "");
}

function loadPatterns(): ScriptPatterns {
  if (patterns) return patterns;
  const traditional = dictKeys(tsCharacters) + dictKeys(twVariantsRev) + dictKeys(hkVariantsRev);
  patterns = {
    traditional: new RegExp(`[${traditional}]`, "gu"),
    // Class subtraction (flag v): Simplified keys that are not also Traditional keys.
    simplifiedOnly: new RegExp(`[[${dictKeys(stCharacters)}]--[${traditional}]]`, "gv"),
  };
  return patterns;
}

/** Traditional (and TW/HK variant) code point → Simplified code point. */
function loadConversion(): Map<number, number> {
  if (conversion) return conversion;
  const ts = parseCharDict(tsCharacters);
  const toSimplified = new Map(ts);
  for (const variants of [twVariantsRev, hkVariantsRev]) {
    for (const [variant, standard] of parseCharDict(variants)) {
      if (!toSimplified.has(variant)) toSimplified.set(variant, ts.get(standard) ?? standard);
    }
  }
  conversion = toSimplified;
  return conversion;
}

/** "a b|c d" → pairs of single code points; multi-character entries are skipped. */
function parseCharDict(dict: string): Map<number, number> {
  const pairs = new Map<number, number>();
  for (const entry of dict.split("|")) {
    const [from, to] = entry.split(" ");
    if (!from || !to) continue;
    const fromCode = from.codePointAt(0)!;
    const toCode = to.codePointAt(0)!;
    const single = from.length === String.fromCodePoint(fromCode).length && to.length === String.fromCodePoint(toCode).length;
    if (single && fromCode !== toCode) pairs.set(fromCode, toCode);
  }
  return pairs;
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

export function detectScript(text: string): Script {
  const { traditional: traditionalPattern, simplifiedOnly } = loadPatterns();
  const traditional = count(text, traditionalPattern);
  if (traditional === 0) return "simplified";
  const simplified = count(text, simplifiedOnly);
  const share = traditional / (traditional + simplified);
  if (share >= 0.8) return "traditional";
  if (share <= 0.2) return "simplified";
  return "mixed";
}

/** The Simplified code point for `code`, or `code` itself. */
export function simplifiedCodePoint(code: number): number {
  return loadConversion().get(code) ?? code;
}

/** Character-level conversion of a whole string, for titles and names. */
export function toSimplified(text: string): string {
  const map = loadConversion();
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const mapped = map.get(code);
    out += mapped === undefined ? char : String.fromCodePoint(mapped);
  }
  return out;
}
