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
 * The tables are code-point-indexed typed arrays filled from the dictionary
 * keys, which a native replace cuts out of the dictionary strings. That costs
 * about a millisecond where splitting the dictionaries into maps cost ten on a
 * cold start, and an indexed load is faster than Map.has per character when
 * warm. Most inputs are Simplified: for them only the detection flags are
 * built, never the conversion table.
 */
const TABLE_SIZE = 0x40000; // through CJK Extension H and beyond (U+3FFFF)
const TRADITIONAL = 1;
const SIMPLIFIED_ONLY = 2;

let flags: Uint8Array | null = null;
let conversion: Uint32Array | null = null;

/**
 * One dictionary entry ("from to [more targets]|"), capturing from and its
 * first target when both are single code points and differ: the only entries
 * that convert character by character. Other entries match the second branch
 * and capture nothing.
 */
const ENTRY = /(?:([^ |]) (?!\1(?:[ |]|$))([^ |])(?=[ |]|$)[^|]*|[^|]*)(?:\||$)/gu;

/** The kept entries' `from` characters, concatenated. */
function dictKeys(dict: string): string {
  return dict.replace(ENTRY, "$1");
}

/** The kept entries as from, to, from, to … code points. */
function dictPairs(dict: string): number[] {
  return codePoints(dict.replace(ENTRY, "$1$2"));
}

/** An index loop: the string iterator is several times slower before the JIT warms up. */
function codePoints(text: string): number[] {
  const codes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    codes.push(code);
  }
  return codes;
}

function setFlag(table: Uint8Array, keys: string, flag: number, unless: number): void {
  for (const code of codePoints(keys)) if (!(table[code]! & unless)) table[code]! |= flag;
}

/** Per code point: TRADITIONAL if toSimplified maps it, SIMPLIFIED_ONLY if only Simplified text uses it. */
function loadFlags(): Uint8Array {
  if (flags) return flags;
  const table = new Uint8Array(TABLE_SIZE);
  setFlag(table, dictKeys(tsCharacters), TRADITIONAL, 0);
  for (const [variant] of traditionalVariants()) table[variant] = TRADITIONAL;
  setFlag(table, dictKeys(stCharacters), SIMPLIFIED_ONLY, TRADITIONAL);
  flags = table;
  return flags;
}

/**
 * Traditional (and TW/HK variant) code point → Simplified code point, 0 for
 * none. A variant maps to the Simplified form of its standard character, and
 * never overrides a TSCharacters entry.
 */
function loadConversion(): Uint32Array {
  if (conversion) return conversion;
  const table = new Uint32Array(TABLE_SIZE);
  const ts = dictPairs(tsCharacters);
  for (let i = 0; i < ts.length; i += 2) table[ts[i]!] = ts[i + 1]!;
  // Every variant converts (著眼 in Traditional text is 着眼), resolved against
  // TSCharacters alone so one variant list never reads another's entries.
  const variants: number[] = [];
  for (const dict of [twVariantsRev, hkVariantsRev]) {
    const pairs = dictPairs(dict);
    for (let i = 0; i < pairs.length; i += 2) {
      if (!table[pairs[i]!]) variants.push(pairs[i]!, table[pairs[i + 1]!] || pairs[i + 1]!);
    }
  }
  for (let i = 0; i < variants.length; i += 2) if (!table[variants[i]!]) table[variants[i]!] = variants[i + 1]!;
  for (const [variant, simplified] of OTHER_VARIANTS) if (!table[variant]) table[variant] = simplified;
  conversion = table;
  return conversion;
}

/**
 * The TW/HK variants that mark a text as Traditional. A variant table maps a
 * regional form to OpenCC's standard Traditional one; only variants of
 * characters that change in Simplified, into something other than the variant
 * itself, are marks: 裡 (→裏→里) is, but 著 is not (it is ordinary Simplified,
 * as in 显著, though Traditional text also writes 着 with it), nor 才 (→纔→才).
 */
function traditionalVariants(): Array<[number, number]> {
  const ts = new Map<number, number>();
  const tsPairs = dictPairs(tsCharacters);
  for (let i = 0; i < tsPairs.length; i += 2) ts.set(tsPairs[i]!, tsPairs[i + 1]!);
  const converting: Array<[number, number]> = [];
  for (const dict of [twVariantsRev, hkVariantsRev]) {
    const pairs = dictPairs(dict);
    for (let i = 0; i < pairs.length; i += 2) {
      const simplified = ts.get(pairs[i + 1]!);
      if (simplified !== undefined && simplified !== pairs[i] && !ts.has(pairs[i]!)) converting.push([pairs[i]!, simplified]);
    }
  }
  for (const [variant, simplified] of OTHER_VARIANTS) if (!ts.has(variant)) converting.push([variant, simplified]);
  return converting;
}

/**
 * Variants converters leave on mirror pages that no OpenCC table lists (陜西 for 陝西), with the Simplified form of their
 * standard character (Unihan's semantic variants).
 */
const OTHER_VARIANTS: ReadonlyArray<[number, number]> = ["陜陕", "囘回", "囬回", "艶艳"].map((pair) => [pair.charCodeAt(0), pair.charCodeAt(1)]);

/** How many Traditional marks make a mostly Simplified page mixed: a sentence or two's worth. */
const TRADITIONAL_STRETCH = 12;

/** The script a text is written in, and whether a Simplified one holds a stray Traditional character or more (敗訴). */
export function readScript(text: string): { script: Script; strays: boolean } {
  const table = loadFlags();
  let traditional = 0;
  let simplified = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x3400) continue;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    // a flag is one of 0, TRADITIONAL (1) and SIMPLIFIED_ONLY (2): counted by its bits, without a branch to mispredict
    const flag = code < TABLE_SIZE ? table[code]! : 0;
    traditional += flag & TRADITIONAL;
    simplified += flag >> 1;
  }
  if (traditional === 0) return { script: "simplified", strays: false };
  const share = traditional / (traditional + simplified);
  if (share >= 0.8) return { script: "traditional", strays: false };
  // a stray variant or two is Simplified text's; a paragraph a mirror left in Traditional makes the page mixed
  if (share <= 0.2 && traditional < TRADITIONAL_STRETCH) return { script: "simplified", strays: true };
  return { script: "mixed", strays: false };
}

/** The Simplified code point for `code`, or `code` itself. */
export function simplifiedCodePoint(code: number): number {
  return (code < TABLE_SIZE ? loadConversion()[code] : 0) || code;
}

/** The conversion table itself, Simplified code point by code point (0 where a character stays), for a loop over a whole text. */
export function simplifiedTable(): Uint32Array {
  return loadConversion();
}

/** Character-level conversion of a whole string, for titles and names. */
export function toSimplified(text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0)!;
    out += String.fromCodePoint(simplifiedCodePoint(code));
  }
  return out;
}
