/**
 * Dates a formal document writes in Chinese numerals (二〇二三年度, 二〇二四年三月二十日), written in digits for the readers of
 * the year and the publication date, which read digits. A year keeps its length (二〇二三 → 2023), so what stands around it
 * keeps its place; a month and a day may shorten (三月二十日 → 3月20日), which those readers, reading values only, allow.
 */
import { parseChineseNumeral } from "../extract/numbers/chinese.js";

/** A year of four numeral digits, then its month and its day, or not. */
const NUMERAL_DATE = /([〇○零一二三四五六七八九]{4})(\s*年)(?:([十一二三四五六七八九]{1,2})(\s*月)(?:([十一二三四五六七八九]{1,3})(\s*日))?)?/g;

export function withDigitDates(text: string): string {
  if (!/[〇○]/.test(text)) return text;
  return text.replace(NUMERAL_DATE, (whole, year: string, yearMark: string, month?: string, monthMark?: string, day?: string, dayMark?: string) => {
    // every year of this century so written holds a zero (二〇二三); four other numerals are no year
    if (!/[〇○]/.test(year)) return whole;
    // the numerals' reader knows 〇 and 零, not the circle a page may type for it (二○二三)
    const digits = String(parseChineseNumeral(year.replace(/○/g, "〇"))).padStart(year.length, "0");
    const monthValue = month === undefined ? null : parseChineseNumeral(month);
    if (monthValue === null || monthValue < 1 || monthValue > 12) return digits + whole.slice(year.length);
    const dayValue = day === undefined ? null : parseChineseNumeral(day);
    const dayPart = day === undefined ? "" : dayValue === null || dayValue < 1 || dayValue > 31 ? `${day}${dayMark}` : `${dayValue}${dayMark}`;
    return `${digits}${yearMark}${monthValue}${monthMark}${dayPart}`;
  });
}
