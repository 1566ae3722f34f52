/**
 * The title: a short line (or table cell) near the top that names a report
 * on rule-of-law work or a part of it (…法治政府建设情况的报告, …依法行政工作总结,
 * …行政复议和行政应诉案件统计分析报告, …行政审判白皮书, …行政案件司法审查报告, …行政复议工作综述, …工作总结和2024年工作思路), not a numbered heading.
 */
import { markerAt } from "../segment/headings.js";
import { RELATED_HEAD } from "../normalize/index.js";
import { headLinesEnd, lineEndAfter } from "./text.js";

/** A title's shape: a kind of report at its end; a breadcrumb's separators (首页 > 政务公开 > 工作报告) stand in none. */
const TITLE_SHAPE =
  /^(?:[^。,，;；:：>＞»›]{0,40}?)(?:报告|情况|白皮书|综述|工作总结(?:(?:和|及|与)[^。,，;；:：]{0,12}?(?:思路|计划|打算|安排))?|年度报告)(?:\s*[(（][^)）]{0,20}[)）])?$/;
/**
 * Rule-of-law work, or one of its parts a report may be on alone (行政复议…统计分析报告, …备案审查工作情况的报告,
 * …政府信息公开工作年度报告), or a justice bureau's work (…司法局2023年工作总结和2024年工作思路).
 */
const TITLE_TOPIC = /法治|依法行政|法制|行政复议|行政应诉|行政诉讼|行政审判|行政案件司法审查|规范性文件|备案审查|行政执法|普法|人民调解|政府信息公开|司法(?:局|厅|所)/;

/** The title's range in the head, or null. */
export function findTitle(head: string): [number, number] | null {
  let offset = 0;
  const headEnd = headLinesEnd(head);
  // the page's top and the line after it, from which a title on its last line may take its year: no more is split
  const lines = (headEnd === -1 ? head : head.slice(0, lineEndAfter(head, headEnd))).split("\n");
  for (const [index, line] of lines.entries()) {
    // past the page's top (a blank line there holds no title either), or at a list of other articles (往期推荐) a short page ends on
    if ((headEnd !== -1 && offset > headEnd) || RELATED_HEAD.test(line)) break;
    let cellOffset = offset;
    for (const cell of line.split("|")) {
      const range = titleIn(cell, cellOffset);
      if (range && cellOffset !== offset) return range;
      if (range) return withYearAfter(lines[index + 1] ?? "", line, offset, withOpeningBefore(lines[index - 1] ?? "", line, offset, range));
      cellOffset += cell.length + 1;
    }
    const nextLine = lines[index + 1] ?? "";
    const broken = brokenTitle(line, nextLine, offset);
    if (broken) return withYearAfter(lines[index + 2] ?? "", nextLine, offset + line.length + 1, broken);
    offset += line.length + 1;
  }
  return null;
}

/** The year a title covers, in parentheses on the line under it (全市法院行政案件司法审查报告 / (2018年度)): part of it. */
const YEAR_LINE = /^\s*[(（]\s*\d{4}\s*年度?\s*[)）]/;

function withYearAfter(nextLine: string, line: string, lineStart: number, range: [number, number]): [number, number] {
  const year = YEAR_LINE.exec(nextLine);
  // the title must close its own line
  if (!year || line.slice(range[1] - lineStart).trim() !== "" || nextLine.slice(year[0].length).trim() !== "") return range;
  return [range[0], lineStart + line.length + 1 + year[0].length];
}

/**
 * A title broken after its year (阳江市某局2024年 / 法治政府建设年度报告), its first line behind a label too (名称: …): both lines.
 */
const OPENING_TO_YEAR = /^(?:\s*(?:名称|标题)\s*[:：])?\s*([^。,，;；:：|]{2,40}?\d{4}\s*年度?)\s*$/;

function withOpeningBefore(previousLine: string, line: string, lineStart: number, range: [number, number]): [number, number] {
  const opening = OPENING_TO_YEAR.exec(previousLine);
  // the title must open its own line, and the line before must be no numbered heading
  if (!opening || line.slice(0, range[0] - lineStart).trim() !== "" || markerAt(opening[1]!, 0)) return range;
  return [lineStart - 1 - previousLine.length + previousLine.indexOf(opening[1]!), range[1]];
}

/**
 * A title a page broke inside a word (锡盟司法局2022年度法治政府 / 建设情况报告): both lines, where the second is no title
 * alone, neither holds a table's cells, and the second is no numbered heading (柳川市司法局 / 一、主要工作情况). Not a site's name
 * over a title of its own line (柳川市人民政府 / 柳川市2022年…报告).
 */
function brokenTitle(line: string, nextLine: string, lineStart: number): [number, number] | null {
  const first = line.trim();
  const second = nextLine.trim();
  if (first === "" || second === "" || line.includes("|") || nextLine.includes("|") || titleIn(nextLine, 0)) return null;
  if (!CHINESE_CHAR.test(first.slice(-1)) || !CHINESE_CHAR.test(second.slice(0, 1)) || markerAt(second, 0) || titleIn(first + second, 0) === null) return null;
  const start = lineStart + line.indexOf(first);
  return [start, lineStart + line.length + 1 + nextLine.indexOf(second) + second.length];
}

/** A break inside a word falls between two Chinese characters. */
const CHINESE_CHAR = /[\u4e00-\u9fff]/;

/** The dash a subtitle opens on, under a headline (——柳溪县司法局2023年工作综述). */
const SUBTITLE_DASH = /^[—–－-]+\s*/;

function titleIn(cell: string, cellOffset: number): [number, number] | null {
  // a subtitle's dash (——…工作综述) is no part of it
  const trimmed = cell.trim().replace(SUBTITLE_DASH, "");
  if (trimmed.length < 8 || trimmed.length > 60) return null;
  // a numbered heading (四、行政复议申请涉及的…情况) heads a section, not the text
  if (!TITLE_SHAPE.test(trimmed) || !TITLE_TOPIC.test(trimmed) || markerAt(trimmed, 0)) return null;
  const start = cellOffset + cell.indexOf(trimmed);
  return [start, start + trimmed.length];
}
