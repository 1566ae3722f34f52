/**
 * meta: title, reporting body and its level, the year covered and the
 * publication date. Read from the analysis text (Simplified, half-width), the
 * head and a bounded lead of it only: meta runs on every report.
 */
import type { Meta } from "../schema/report.js";
import type { NormalizedText } from "../normalize/index.js";
import { readable } from "../normalize/index.js";
import { findPublished } from "./published.js";
import { findRegion } from "./region.js";
import { findTitle } from "./title.js";
import { findYear, isTaiwanese } from "./year.js";
import { withDigitDates } from "./numeral-dates.js";

export function extractMeta(doc: NormalizedText, firstHeadingAt: number): Meta {
  const text = doc.analysis.text;
  const head = text.slice(0, firstHeadingAt > 0 ? firstHeadingAt : Math.min(text.length, 3000));
  const titleRange = findTitle(head);
  const title = titleRange ? cleanTitle(readable(doc, doc.spans.evidence(titleRange[0], titleRange[1]))) : null;
  const titleText = titleRange ? text.slice(titleRange[0], titleRange[1]) : "";
  const source = { title: titleText, body: doc.body, text };
  const { region, level } = findRegion(source);
  // a formal document's dates in numerals (二〇二三年度, 二〇二四年三月二十日) are read as digits
  const dated = { title: withDigitDates(titleText), body: withDigitDates(doc.body), text: withDigitDates(text) };
  const publishedAt = findPublished(dated.text);
  return {
    title,
    region,
    level,
    // a Taiwanese page says so near its top, where the year is read
    year: findYear({ ...dated, rocYears: isTaiwanese(text.slice(0, TAIWAN_REACH)), published: publishedAt }),
    publishedAt,
  };
}

const TAIWAN_REACH = 5000;

/** Runs of whitespace as one space, none where a line break split Chinese words (…2024年 / 法治政府建设年度报告 / (2024年度)). */
function cleanTitle(title: string): string {
  return title.replace(/(?<=[\u4e00-\u9fff])\s*\n\s*(?=[\u4e00-\u9fff(（])/g, "").replace(/\s+/g, " ").trim();
}
