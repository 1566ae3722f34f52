/** What meta reads of a report: its title line, its body and the whole analysis text. */
import { RELATED_HEAD } from "../normalize/index.js";
export interface MetaText {
  /** The report's title line, or "". */
  readonly title: string;
  /** The body: analysis text with page furniture blanked. */
  readonly body: string;
  /** The analysis text with its furniture (来源, 发布时间, 主办单位 lines). */
  readonly text: string;
}

/** The words a year's work opens on after its subject (2024年,淮安坚持以…, 2025年,淮北市聚焦…, 我县深入推进…). */
export const YEAR_WORK_OPENING = "坚持|深入|全面|持续|扎实|认真|积极|始终|不断|紧紧|聚焦|着力|大力|加快|切实";

/** The end of the line after position `at` (the line break at `at`, or the line `at + 1` stands on): the next line break, or the text's end. */
export function lineEndAfter(text: string, at: number): number {
  const end = text.indexOf("\n", at + 1);
  return end === -1 ? text.length : end;
}

/** How many lines of a page's top hold its own title and dates; below them the report runs. */
export const HEAD_LINES = 40;

/**
 * Where the page's top ends: the line break after its HEAD_LINES-th line that is not blank, or -1 where none comes before
 * `limit`. Blank lines are not counted: an index block that sets each field and value apart with them
 * (• 成文日期:\n\n    2022-10-16\n\n) holds no more than one laid out tight.
 */
export function headLinesEnd(text: string, limit = text.length): number {
  let end = -1;
  for (let lines = 0; lines < HEAD_LINES; ) {
    const start = end + 1;
    end = text.indexOf("\n", start);
    if (end === -1 || end >= limit) return -1;
    if (text.slice(start, end).trim() !== "") lines++;
  }
  return end;
}

/** A line that heads a list of other articles (往期推荐, 相关阅读), found anywhere in a text. */
const OTHER_ARTICLES_LINE = new RegExp(RELATED_HEAD.source, "m");

/** `text` up to a list of other articles it ends on, if any: their titles and years are theirs, not the page's. */
export function beforeOtherArticles(text: string): string {
  const list = OTHER_ARTICLES_LINE.exec(text);
  return list ? text.slice(0, list.index) : text;
}
