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

interface ScriptTables {
  /** Traditional (and TW/HK variant) code point → Simplified code point. */
  toSimplified: Map<number, number>;
  /** Code points only Simplified text uses. */
  simplifiedOnly: Set<number>;
}

let tables: ScriptTables | null = null;

function loadTables(): ScriptTables {
  if (tables) return tables;
  const ts = parseCharDict(tsCharacters);
  const toSimplified = new Map(ts);
  for (const variants of [twVariantsRev, hkVariantsRev]) {
    for (const [variant, standard] of parseCharDict(variants)) {
      if (!toSimplified.has(variant)) toSimplified.set(variant, ts.get(standard) ?? standard);
    }
  }
  const simplifiedOnly = new Set<number>();
  for (const [simplified] of parseCharDict(stCharacters)) {
    if (!toSimplified.has(simplified)) simplifiedOnly.add(simplified);
  }
  tables = { toSimplified, simplifiedOnly };
  return tables;
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

export function detectScript(text: string): Script {
  const { toSimplified, simplifiedOnly } = loadTables();
  let traditional = 0;
  let simplified = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x3400) continue;
    if (toSimplified.has(code)) traditional++;
    else if (simplifiedOnly.has(code)) simplified++;
  }
  if (traditional === 0) return "simplified";
  const share = traditional / (traditional + simplified);
  if (share >= 0.8) return "traditional";
  if (share <= 0.2) return "simplified";
  return "mixed";
}

/** The Simplified code point for `code`, or `code` itself. */
export function simplifiedCodePoint(code: number): number {
  return loadTables().toSimplified.get(code) ?? code;
}

/** Character-level conversion of a whole string, for titles and names. */
export function toSimplified(text: string): string {
  const { toSimplified: map } = loadTables();
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const mapped = map.get(code);
    out += mapped === undefined ? char : String.fromCodePoint(mapped);
  }
  return out;
}
