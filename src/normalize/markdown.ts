/**
 * Marks a page converted to Markdown (by a reader tool, or copied from an
 * editor that keeps them) lays over its text, dropped from the analysis text
 * only: the input, and so every span's evidence, keeps them.
 *  - emphasis around a number or a heading (全年收到申请 **153** 件, **(一)行政复议。**),
 *    which otherwise splits a count from its words and a heading from its line's start;
 *  - a heading's or a quote's mark opening a line (### 一、…, > 编者按:…).
 * A single * stays (reports mark footnotes with it and it splits nothing), and so do longer runs: a form's blanks (____年).
 */
import { replaceMatches, type TextWithOrigin } from "./origin.js";

const MARKDOWN_MARKS = /(?<!\*)\*{2,3}(?!\*)|(?<!_)_{2,3}(?!_)|^[ \t]{0,3}(?:#{1,6}|(?:>[ \t]?)+)(?=[ \t]|$)[ \t]*/gm;

/** A text without any of the marks' characters comes back as it is, without the pattern tried at each of its positions. */
const MARK_CHARACTER = /[*_#>]/;

export function dropMarkdownMarks(source: TextWithOrigin): TextWithOrigin {
  return MARK_CHARACTER.test(source.text) ? replaceMatches(source, MARKDOWN_MARKS, () => "") : source;
}
