/** Small Chinese ordinals as used in heading markers: 一 … 九十九. */
const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

export function ordinalValue(numeral: string): number | null {
  if (isDigits(numeral)) return Number(numeral);
  // ㈠…㈩ and ⑴…⒇: one character, a numeral in parentheses
  const code = numeral.length === 1 ? numeral.charCodeAt(0) : 0;
  if (code >= PARENTHESIZED_IDEOGRAPH_ONE && code < PARENTHESIZED_IDEOGRAPH_ONE + 10) return code - PARENTHESIZED_IDEOGRAPH_ONE + 1;
  if (code >= PARENTHESIZED_DIGIT_ONE && code < PARENTHESIZED_DIGIT_ONE + 20) return code - PARENTHESIZED_DIGIT_ONE + 1;
  if (numeral === "十") return 10;
  const tens = numeral.match(/^([一二三四五六七八九])?十([一二三四五六七八九])?$/);
  if (tens) return (tens[1] ? DIGITS[tens[1]]! : 1) * 10 + (tens[2] ? DIGITS[tens[2]]! : 0);
  return numeral.length === 1 ? (DIGITS[numeral] ?? null) : null;
}

/** ㈠ (U+3220) and ⑴ (U+2474), the first of each run. */
const PARENTHESIZED_IDEOGRAPH_ONE = 0x3220;
const PARENTHESIZED_DIGIT_ONE = 0x2474;

function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}
