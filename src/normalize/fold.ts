/**
 * Character folding for analysis: one code point in, one code point out, so
 * folding never moves a span. Full-width ASCII (digits, letters, ％, punctuation)
 * becomes half-width, every kind of space becomes a plain space, a carriage
 * return becomes a line feed, and Traditional characters become Simplified.
 */
import { simplifiedCodePoint } from "./script.js";

const FULLWIDTH_FIRST = 0xff01;
const FULLWIDTH_LAST = 0xff5e;
const FULLWIDTH_OFFSET = 0xfee0;

const SPACES = new Set([0x00a0, 0x1680, 0x202f, 0x205f, 0x3000, 0xfeff]);

export function foldCodePoint(code: number, simplify: boolean): number {
  if (code < 0x80) return code === 0x0d ? 0x0a : code === 0x09 ? 0x20 : code;
  if (code >= FULLWIDTH_FIRST && code <= FULLWIDTH_LAST) return code - FULLWIDTH_OFFSET;
  if (SPACES.has(code) || (code >= 0x2000 && code <= 0x200a)) return 0x20;
  if (code === 0xfe6a) return 0x25; // small percent sign ﹪
  if (code === 0x3007) return code; // 〇 is a numeral, kept as written
  return simplify ? simplifiedCodePoint(code) : code;
}
