/**
 * Chinese numerals: 二十六 → 26, 两千三百 → 2300, 一百零五 → 105, 三亿五千万 →
 * 350000000, digit strings written with 〇 (二〇二三 → 2023), and decimals
 * read digit by digit after 点 (九十五点三 → 95.3).
 */
const DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export const CHINESE_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿";
export const CHINESE_DIGIT_CHARS = "零〇一二三四五六七八九";

export function parseChineseNumeral(numeral: string): number | null {
  const point = numeral.indexOf("点");
  if (point !== -1) return parseDecimal(numeral.slice(0, point), numeral.slice(point + 1));
  return parseInteger(numeral);
}

function parseDecimal(whole: string, fraction: string): number | null {
  const integer = parseInteger(whole);
  const digits = parseDigitString(fraction);
  if (integer === null || digits === null || fraction.length === 0) return null;
  return Number(`${integer}.${String(digits).padStart(fraction.length, "0")}`);
}

function parseInteger(numeral: string): number | null {
  if (numeral.length === 0) return null;
  if (!/[十百千万亿]/.test(numeral)) return saysAboutHowMany(numeral) ? null : parseDigitString(numeral);
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let previous = "";
  for (const char of numeral) {
    if (char in DIGIT) {
      // 十四五 is a name, not 15: two digits in a row only after a 零 placeholder
      if (previous in DIGIT && DIGIT[previous] !== 0) return null;
      digit = DIGIT[char]!;
    } else if (char in SMALL_UNIT) {
      section += (digit ?? 1) * SMALL_UNIT[char]!;
      digit = null;
    } else if (char in LARGE_UNIT) {
      const unit = LARGE_UNIT[char]!;
      const group = section + (digit ?? 0) || 1;
      total = unit === 1e8 ? (total + group) * unit : total + group * unit;
      section = 0;
      digit = null;
    } else {
      return null;
    }
    previous = char;
  }
  return total + section + (digit ?? 0);
}

/** Two digits side by side (一两次, 三五天) say about how many, not a number written digit by digit; nor is 两 such a digit. */
function saysAboutHowMany(numeral: string): boolean {
  return numeral.length > 1 && (numeral.includes("两") || (numeral.length === 2 && !/[零〇]/.test(numeral)));
}

function parseDigitString(numeral: string): number | null {
  let value = 0;
  for (const char of numeral) {
    const digit = DIGIT[char];
    if (digit === undefined) return null;
    value = value * 10 + digit;
  }
  return value;
}
