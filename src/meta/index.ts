/**
 * meta: title, reporting body, its level, the year covered and the publication
 * date, from the analysis text (furniture included: dates live there).
 */
import type { Level, Meta } from "../schema/report.js";
import type { NormalizedText } from "../normalize/index.js";
import { toSimplified as convert } from "../normalize/index.js";

const HEAD_LINES = 40;

export function extractMeta(doc: NormalizedText, firstHeadingAt: number): Meta {
  const toSimplified = (value: string): string => (doc.script === "simplified" ? value : convert(value));
  const text = doc.analysis.text;
  const head = text.slice(0, firstHeadingAt > 0 ? firstHeadingAt : Math.min(text.length, 3000));
  const titleRange = findTitle(head);
  const title = titleRange ? cleanTitle(toSimplified(doc.spans.evidence(titleRange[0], titleRange[1]))) : null;
  const titleText = titleRange ? text.slice(titleRange[0], titleRange[1]) : "";
  const region = findRegion(titleText) ?? findRegionInOpening(doc.body, firstHeadingAt) ?? findRegionInFooter(text);
  return {
    title,
    region: region ? toSimplified(region) : null,
    level: levelOf(region, doc.body),
    year: findYear(titleText, doc.body, firstHeadingAt, isTaiwanese(text)),
    publishedAt: findPublished(text),
  };
}

/** A short line (or table cell) near the top that names a report: ends with 报告 or 情况. */
function findTitle(head: string): [number, number] | null {
  let offset = 0;
  const lines = head.split("\n").slice(0, HEAD_LINES);
  for (const line of lines) {
    let cellOffset = offset;
    for (const cell of line.split("|")) {
      const range = titleIn(cell, cellOffset);
      if (range) return range;
      cellOffset += cell.length + 1;
    }
    offset += line.length + 1;
  }
  return null;
}

const TITLE_SHAPE =
  /^(?:[^。,，;；:：]{0,40}?)(?:报告|情况|工作总结|年度报告)(?:\s*[(（][^)）]{0,20}[)）])?$/;
const TITLE_TOPIC = /法治|依法行政|法制/;

function titleIn(cell: string, cellOffset: number): [number, number] | null {
  const trimmed = cell.trim();
  if (trimmed.length < 8 || trimmed.length > 60) return null;
  if (!TITLE_SHAPE.test(trimmed) || !TITLE_TOPIC.test(trimmed)) return null;
  const start = cellOffset + cell.indexOf(trimmed);
  return [start, start + trimmed.length];
}

function cleanTitle(title: string): string {
  return title.replace(/\s+/g, " ").trim();
}

const ADMIN_SUFFIX = /(?:特别行政区|自治区|自治州|自治县|自治旗|新区|地区|街道|省|市|区|县|州|盟|旗|镇|乡)$/;
const DEPARTMENT_SUFFIX = /(?:局|厅|委员会|办公室|署|中心)$/;
const PLACEHOLDER = /^(?:XX|xx|某|×|\*)/;
/** Self-references that name no body: 全区, 我市, 本县 … */
const SELF_REFERENCE = /^(?:全|我|本|该|各)?(?:省|市|区|县|州|旗|镇|乡)$/;
/** Where the name in a title stops: a year, 关于, or the report's topic. */
const NAME_STOP = /\d|关于|法治|依法|年度|人民政府|政府|工作|[\s,，(（]/;

/** The party committee a joint report names first: 中共南京市委 南京市人民政府关于… */
const PARTY_COAUTHOR = /^\s*中共[\u4e00-\u9fff]{2,15}?委(?:员会)?\s*/;

/** 绍兴市上虞区2024年度… / 台前县关于… / XX市司法局2023年… */
function findRegion(title: string): string | null {
  const rest = title.replace(PARTY_COAUTHOR, "").replace(/^\s*\d{4}\s*年度?/, "");
  const stop = rest.search(NAME_STOP);
  return acceptName(stop === -1 ? rest : rest.slice(0, stop));
}

const OPENING_NAME =
  /(?:^|[\n。]) *(?:\d{4}\s*年度?(?:以来)?|今年以来|今年|一年来|过去一年)\s*[,，]\s*([\u4e00-\u9fff]{2,15}?)(?:人民政府|政府)?(?:坚持|认真|深入|全面|紧紧|始终|以|扎实|持续|聚焦|围绕|立足|高度|积极|按照|把|在)/;

/** 2023年,魏都区坚持… / 今年以来,台前县坚持… */
function findRegionInOpening(body: string, firstHeadingAt: number): string | null {
  const match = OPENING_NAME.exec(body.slice(0, firstHeadingAt > 0 ? firstHeadingAt : 2000));
  return match ? acceptName(match[1]!) : null;
}

/** 主办单位:魏都区人民政府办公室 */
function findRegionInFooter(text: string): string | null {
  const match = /主办(?:单位)?\s*[:：]\s*([\u4e00-\u9fff]{2,15}?)(?:人民政府|政府)/.exec(text);
  return match ? acceptName(match[1]!) : null;
}

function acceptName(name: string): string | null {
  if (name.length < 2 || PLACEHOLDER.test(name) || SELF_REFERENCE.test(name)) return null;
  return ADMIN_SUFFIX.test(name) || DEPARTMENT_SUFFIX.test(name) ? name : null;
}

function levelOf(region: string | null, body: string): Level {
  if (region) {
    if (DEPARTMENT_SUFFIX.test(region)) return "department";
    if (/(?:省|自治区|特别行政区)$/.test(region)) return "province";
    if (/(?:镇|乡|街道)$/.test(region)) return "township";
    if (/(?:县|旗|自治县|自治旗)$/.test(region)) return "county";
    if (/[区]$/.test(region) && !/自治区$/.test(region)) return "district";
    if (/(?:市|州|盟|地区)$/.test(region)) return "city";
  }
  return levelFromSelfReference(body);
}

/** A report that names no body still says 全区 / 我县 / 本市 of itself. */
function levelFromSelfReference(body: string): Level {
  const counts: Array<[Level, number]> = [
    ["district", count(body, /(?:全|我|本)区(?!域)/g)],
    ["county", count(body, /(?:全|我|本)县/g)],
    ["city", count(body, /(?:全|我|本)市/g)],
    ["province", count(body, /(?:全|我|本)省/g)],
    ["township", count(body, /(?:全|我|本)(?:镇|乡)/g)],
  ];
  const [level, hits] = counts.reduce((best, next) => (next[1] > best[1] ? next : best));
  return hits >= 2 ? level : null;
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * The year covered: from the title, else the opening's 2023年, else the most
 * named year. Taiwanese reports count years from 1912 (民國108年 is 2019).
 */
function findYear(title: string, body: string, firstHeadingAt: number, rocYears: boolean): number | null {
  const western = rocYears ? rocToWestern : (value: string): string => value;
  const inTitle = /(\d{4})\s*年/.exec(western(title));
  if (inTitle) return plausibleYear(Number(inTitle[1]));
  const opening = western(body.slice(0, firstHeadingAt > 0 ? firstHeadingAt : 1000));
  const stated = /(\d{4})\s*年(?:度|以来|,|，|全|我|本|[\u4e00-\u9fff]{0,12}(?:坚持|认真|深入|在))/.exec(opening);
  if (stated) return plausibleYear(Number(stated[1]));
  return mostNamedYear(western(body));
}

/** Signs that a text is from Taiwan, as they read after folding to Simplified. */
const TAIWAN = /中华民国|民国\s*\d{2,3}\s*年|行政院|立法院|(?:台北|新北|桃园|台中|台南|高雄|基隆|新竹|嘉义)(?:市|县)/;
const ROC_YEAR = /(?<![\d.])(\d{2,3})(?=\s*年)/g;

function isTaiwanese(text: string): boolean {
  return TAIWAN.test(text) && /(?<![\d.])\d{2,3}\s*年/.test(text);
}

/** 108年 → 2019年: ROC years, which run from 1912, as Western ones. */
function rocToWestern(text: string): string {
  return text.replace(ROC_YEAR, (year) => {
    const roc = Number(year);
    return roc >= 1 && roc <= 200 ? String(roc + 1911) : year;
  });
}

function plausibleYear(year: number): number | null {
  return year >= 1990 && year <= 2100 ? year : null;
}

function mostNamedYear(body: string): number | null {
  const counts = new Map<number, number>();
  for (const match of body.matchAll(/(?<!\d)(\d{4})\s*年(?!\s*[—\-~至到])/g)) {
    const year = plausibleYear(Number(match[1]));
    if (year) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [year, hits] of counts) if (best === null || hits > counts.get(best)!) best = year;
  return best;
}

const PUBLISHED =
  /(?:公开日期|发布日期|发布时间|网站发布|公开时间|发文日期|更新时间|日期)[\s|:：]{0,8}(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;

function findPublished(text: string): string | null {
  const match = PUBLISHED.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!plausibleYear(year) || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
