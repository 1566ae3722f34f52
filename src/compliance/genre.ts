/**
 * Whether a text is a yearly report on building rule-of-law government, the
 * kind the 2019 rules require, rather than news about one, a court's report or
 * white paper, a report on another subject, a notice or a plan. Decided from
 * the title and the structure: nothing in the title block or opening says the
 * text is of another kind, and the title names the topic, or, with no title,
 * numbered sections follow and the opening or a top-level heading names it.
 */
import type { NormalizedText } from "../normalize/index.js";
import type { Meta } from "../schema/report.js";
import type { Segmentation } from "../segment/index.js";

/** The topic of a yearly report, in its title or its opening. */
const TOPIC = /法治政府|依法行政|法治建设/;

/**
 * Marks of another kind of text in its title block or opening: a byline or
 * dateline (记者, 本报讯, 5月9日电), a press conference, a court's or
 * procuratorate's report, a white paper, a transparency report, a document
 * that issues a plan or rules (制定本方案, 现印发给你们), a half-year summary.
 */
const OTHER_KIND = new RegExp(
  [
    "记者|通讯员|报讯|网讯|快讯|\\d日电(?!视)|发布会",
    "法院|审判|检察院|白皮书",
    "政府信息公开(?:工作)?年度报告|信息公开条例",
    "制定本|印发给你们|予以印发",
    "上半年|1[-—至]6月",
  ].join("|"),
);

/** How much of the text before the first heading is read as its title block and opening. */
const HEAD_MAX = 1500;

/**
 * A line that reads as a document's title: short, no sentence inside, ending
 * on the kind of document (柳岸区行政复议应诉工作分析报告, 区司法局工作总结).
 */
const TITLE_LINE = /^[^。,，;；:：\n]{6,60}(?:报告|汇报|总结|情况)$/m;

export function isYearlyReport(doc: NormalizedText, segmentation: Segmentation, meta: Meta): boolean {
  const firstHeadingAt = segmentation.headingRanges[0]?.[0] ?? doc.body.length;
  const head = doc.body.slice(0, Math.min(firstHeadingAt, HEAD_MAX));
  const title = meta.title ?? TITLE_LINE.exec(head)?.[0].trim() ?? null;
  if (OTHER_KIND.test(head) || (title !== null && OTHER_KIND.test(title))) return false;
  if (title !== null) return TOPIC.test(title);
  return segmentation.sections.length > 0 && (TOPIC.test(head) || segmentation.sections.some((section) => TOPIC.test(section.title)));
}
