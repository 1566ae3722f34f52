/**
 * Character folding for analysis: one code point in, one code point out, so
 * folding never moves a span. Full-width ASCII (digits, letters, ％, punctuation)
 * becomes half-width, every kind of space becomes a plain space, a carriage
 * return becomes a line feed, a stray NUL becomes a space (a gap the rules read
 * through, as they do spaces), and Traditional characters become Simplified.
 */
import { OriginBuilder, type TextWithOrigin } from "./origin.js";
import { simplifiedCodePoint, simplifiedTable } from "./script.js";

const FULLWIDTH_FIRST = 0xff01;
const FULLWIDTH_LAST = 0xff5e;
const FULLWIDTH_OFFSET = 0xfee0;

const SPACES = new Set([0x00a0, 0x1680, 0x202f, 0x205f, 0x3000, 0xfeff]);

/**
 * Every character foldCodePoint changes when the script is kept: a regular
 * expression finds them far faster than a call per character, and most
 * reports are Simplified. A test holds it to foldCodePoint over the whole BMP.
 */
export const FOLDED_WITHOUT_SIMPLIFYING = /[\0\r\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff\ufe6a\uff01-\uff5e]/g;

export function foldCodePoint(code: number, simplify: boolean): number {
  // CJK, and everything else from U+3400 up to the variation selectors: only the script changes there (the common case, first)
  if (code >= 0x3400 && code < 0xfe00) return simplify ? simplifiedCodePoint(code) : code;
  if (code < 0x80) return code === 0x0d ? 0x0a : code === 0x09 || code === 0x00 ? 0x20 : code;
  if (code >= FULLWIDTH_FIRST && code <= FULLWIDTH_LAST) return code - FULLWIDTH_OFFSET;
  if (SPACES.has(code) || (code >= 0x2000 && code <= 0x200a)) return 0x20;
  if (code === 0xfe6a) return 0x25; // small percent sign ﹪
  if (code === 0x3007) return code; // 〇 is a numeral, kept as written
  return simplify ? simplifiedCodePoint(code) : code;
}

/** Folds a whole text; Traditional characters become Simplified when `simplify`. */
export function foldText(source: TextWithOrigin, simplify: boolean): TextWithOrigin {
  return simplify ? (foldInPlace(source) ?? foldByPieces(source)) : foldMarked(source);
}

function foldMarked(source: TextWithOrigin): TextWithOrigin {
  return rewriteMarked(source, FOLDED_WITHOUT_SIMPLIFYING, (code) => foldCodePoint(code, false));
}

/**
 * Only the characters `pattern` finds change, each into one unit by `fold`: they are
 * rewritten in a copy of the units, and the origin map is kept as it is.
 */
function rewriteMarked(source: TextWithOrigin, pattern: RegExp, fold: (code: number) => number): TextWithOrigin {
  const { text } = source;
  pattern.lastIndex = 0;
  if (!pattern.test(text)) return source;
  const units = Buffer.allocUnsafeSlow(text.length * 2);
  units.write(text, "utf16le");
  // the pattern's characters are single BMP units: lastIndex stands just past each
  do {
    const at = pattern.lastIndex - 1;
    units.writeUInt16LE(fold(text.charCodeAt(at)), at * 2);
  } while (pattern.test(text));
  return { text: units.toString("utf16le"), origin: source.origin };
}

/**
 * Every code point may change (Traditional text), but almost always into one
 * of the same UTF-16 length, so the units can be rewritten in place and the
 * origin map kept as it is. Null when a fold changes a length, or for a lone
 * surrogate, which a UTF-16 decoder would not give back as it is.
 */
function foldInPlace(source: TextWithOrigin): TextWithOrigin | null {
  const { text } = source;
  const units = new Uint16Array(text.length);
  const table = simplifiedTable();
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // CJK, where foldCodePoint only converts the script: the table read here, without two calls a character
    if (unit >= 0x3400 && unit < 0xd800) {
      const folded = table[unit]! || unit;
      if (folded > 0xffff) return null;
      units[i] = folded;
      continue;
    }
    const low = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    if (unit >= 0xd800 && unit <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
      const folded = foldCodePoint((unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000, true);
      if (folded <= 0xffff) return null;
      units[i] = 0xd800 + ((folded - 0x10000) >> 10);
      units[++i] = 0xdc00 + ((folded - 0x10000) & 0x3ff);
      continue;
    }
    if (unit >= 0xd800 && unit <= 0xdfff) return null;
    const folded = foldCodePoint(unit, true);
    if (folded > 0xffff) return null;
    units[i] = folded;
  }
  return { text: fromUnits(units), origin: source.origin };
}

/** UTF-16 units in this machine's byte order, decoded natively: fifty times faster than String.fromCharCode over chunks. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const UNITS_DECODER = new TextDecoder(LITTLE_ENDIAN ? "utf-16le" : "utf-16be", { ignoreBOM: true });

function fromUnits(units: Uint16Array): string {
  return UNITS_DECODER.decode(units);
}

/** One code point at a time, each change its own piece: any length change is safe. */
function foldByPieces(source: TextWithOrigin): TextWithOrigin {
  const builder = new OriginBuilder(source);
  const { text } = source;
  let runStart = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const folded = foldCodePoint(code, true);
    if (folded !== code) {
      builder.copy(runStart, i);
      builder.push(String.fromCodePoint(folded), i);
      runStart = i + width;
    }
    i += width;
  }
  builder.copy(runStart, text.length);
  return builder.build();
}

/**
 * Traditional characters of the catalogue's own words (訴, 議, 復, 審, 調, 敗 …) that a converter or a spammer leaves in a
 * Simplified page (败訴4件, 出庭应訴3次): no Simplified text writes them, so they fold though the script is kept. Asked only of
 * a page found to hold a stray Traditional character: most hold none.
 */
export function foldStrayTraditional(source: TextWithOrigin): TextWithOrigin {
  return rewriteMarked(source, STRAY_TRADITIONAL, simplifiedCodePoint);
}

const STRAY_TRADITIONAL = /[訴訟議復審調處敗結糾錯決負責執範規應]/g;
