/**
 * Where a report covers each required part: the headings, at any level, that
 * name it; or, for a part no heading names, the paragraphs that open on it.
 * Spans and evidence come from the normalized text's origin map, like every
 * figure's.
 */
import type { NormalizedText } from "../normalize/index.js";
import { RequiredPartSchema, type Category, type Compliance, type PartEntry, type RequiredPart, type Section } from "../schema/report.js";
import { namedCategories } from "../segment/category.js";
import { sectionCursor, type Segmentation } from "../segment/index.js";
import { partsOpenedBy } from "./openings.js";

export type Parts = Compliance["parts"];

export const REQUIRED_PARTS: readonly RequiredPart[] = RequiredPartSchema.options;

/** The longest opening sentence read; past it a paragraph's opening is over. */
const OPENING_MAX = 120;
/** A line this short with no sentence end is an unnumbered heading (存在的问题). */
const SHORT_LINE = 30;
/** What ends a sentence or clause opening (。！？；：) and the line; a native scan finds the next one. */
const SENTENCE_END = /[。！？!?；;：:\n]/g;
/** Parts one paragraph can go on to after opening on the other (还存在一些不足。……下一步,我们将……). */
const PAIRED: ReadonlySet<RequiredPart> = new Set(["problems", "plans"]);

export function findParts(doc: NormalizedText, segmentation: Segmentation, reportYear: number | null): Parts {
  const parts: Parts = { achievements: [], leadership_duty: [], problems: [], plans: [] };
  addHeadingEntries(doc, segmentation, parts);
  // A paragraph inside a part's section opens on that part's matter (虽然取得了一定成绩,但……
  // opens a shortcoming), so paragraphs are read only for the parts no heading names.
  const unnamed = new Set(REQUIRED_PARTS.filter((part) => parts[part].length === 0));
  if (unnamed.size > 0) addParagraphEntries(doc, segmentation, reportYear, parts, unnamed);
  for (const part of REQUIRED_PARTS) parts[part].sort((a, b) => a.span[0] - b.span[0]);
  return parts;
}

function isRequired(category: Category): category is RequiredPart {
  return category !== "other";
}

/**
 * A top-level heading covers its category (achievements when it names
 * nothing) and whatever else it names; a deeper one what it names.
 */
function headingParts(section: Section): RequiredPart[] {
  const parts: RequiredPart[] = section.level === 1 && isRequired(section.category) ? [section.category] : [];
  for (const category of namedCategories(section.title)) if (isRequired(category) && !parts.includes(category)) parts.push(category);
  return parts;
}

/** Every heading's parts but those an ancestor's heading already covers. */
function addHeadingEntries(doc: NormalizedText, segmentation: Segmentation, parts: Parts): void {
  // headingRanges are in reading order, as a depth-first walk of the tree meets the sections
  let index = 0;
  const walk = (sections: readonly Section[], inherited: ReadonlySet<RequiredPart>): void => {
    for (const section of sections) {
      const [start, end] = segmentation.headingRanges[index++]!;
      const own = headingParts(section).filter((part) => !inherited.has(part));
      for (const part of own) parts[part].push(entry(doc, section.path, start, end));
      walk(section.children, own.length > 0 ? new Set([...inherited, ...own]) : inherited);
    }
  };
  walk(segmentation.sections, new Set());
}

/**
 * Each line of the body is a paragraph; on a heading's line it starts after
 * the title ((二)以上率下压实责任。县政府主要负责同志带头履行……). Lines before
 * the first heading or sentence-ended line are the title block and open on nothing.
 */
function addParagraphEntries(doc: NormalizedText, segmentation: Segmentation, reportYear: number | null, parts: Parts, sought: ReadonlySet<RequiredPart>): void {
  const { body } = doc;
  const titleEnds = new Map(segmentation.headingRanges);
  const sectionAt = sectionCursor(segmentation.ranges);
  let proseSeen = false;
  for (let lineStart = 0; lineStart < body.length; ) {
    const newline = body.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? body.length : newline;
    const start = skipSpace(body, lineStart, lineEnd);
    const from = pastHeadings(body, start, lineEnd, titleEnds);
    proseSeen ||= from !== start;
    if (from < lineEnd) {
      const firstEnd = sentenceEnd(body, from, lineEnd);
      if (proseSeen) addParagraph(doc, sectionAt, { from, firstEnd, lineEnd }, reportYear, parts, sought);
      proseSeen ||= firstEnd < lineEnd;
    }
    lineStart = lineEnd + 1;
  }
}

/** Past the headings that start at `from`, one run into the next, and the mark ending the last title. */
function pastHeadings(body: string, from: number, lineEnd: number, titleEnds: ReadonlyMap<number, number>): number {
  let at = from;
  for (let titleEnd = titleEnds.get(at); titleEnd !== undefined; titleEnd = titleEnds.get(at)) {
    at = titleEnd < lineEnd && nextMark(body, titleEnd) === titleEnd ? titleEnd + 1 : titleEnd;
    at = skipSpace(body, at, lineEnd);
  }
  return at;
}

interface Paragraph {
  /** body offsets: the paragraph's first character, its first sentence's end, the line's end */
  from: number;
  firstEnd: number;
  lineEnd: number;
}

function addParagraph(
  doc: NormalizedText,
  sectionAt: (at: number) => string | null,
  paragraph: Paragraph,
  reportYear: number | null,
  parts: Parts,
  sought: ReadonlySet<RequiredPart>,
): void {
  const { body } = doc;
  const { from, firstEnd, lineEnd } = paragraph;
  const opening = body.slice(from, firstEnd);
  const isShortLine = firstEnd === lineEnd && lineEnd - from <= SHORT_LINE;
  const own = isShortLine ? namedCategories(opening).filter((part): part is RequiredPart => isRequired(part) && sought.has(part)) : partsOpenedBy(opening, reportYear, sought);
  if (own.length === 0) return;
  const section = sectionAt(from);
  for (const part of own) parts[part].push(entry(doc, section, from, firstEnd));
  if (!own.some((part) => PAIRED.has(part))) return;
  // a paragraph on shortcomings may go on to the plans, or the other way round, as one heading can cover both
  const pending = new Set([...PAIRED].filter((part) => sought.has(part) && !own.includes(part)));
  for (let start = nextSentence(body, firstEnd, lineEnd); pending.size > 0 && start < lineEnd; ) {
    const end = sentenceEnd(body, start, lineEnd);
    for (const part of partsOpenedBy(body.slice(start, end), reportYear, pending)) {
      pending.delete(part);
      parts[part].push(entry(doc, section, start, end));
    }
    start = nextSentence(body, end, lineEnd);
  }
}

function entry(doc: NormalizedText, section: string | null, from: number, to: number): PartEntry {
  const end = trimSpaceEnd(doc.body, from, to);
  return { section, span: doc.spans.span(from, end), evidence: doc.spans.evidence(from, end) };
}

/** The offset of the first sentence mark or line break at or after `from`, else the body's end. */
function nextMark(body: string, from: number): number {
  SENTENCE_END.lastIndex = from;
  return SENTENCE_END.exec(body)?.index ?? body.length;
}

/** Where the sentence starting at `from` ends: its 。；： or the line's end, at most OPENING_MAX on. */
function sentenceEnd(body: string, from: number, lineEnd: number): number {
  return Math.min(nextMark(body, from), lineEnd, from + OPENING_MAX);
}

/** The start of the sentence after the one ending at `end`: past its mark and any spaces. */
function nextSentence(body: string, end: number, lineEnd: number): number {
  return skipSpace(body, Math.min(nextMark(body, end), lineEnd) + 1, lineEnd);
}

function skipSpace(body: string, from: number, to: number): number {
  let at = from;
  while (at < to && isSpace(body.charCodeAt(at))) at++;
  return at;
}

function trimSpaceEnd(body: string, from: number, to: number): number {
  let end = to;
  while (end > from && isSpace(body.charCodeAt(end - 1))) end--;
  return end;
}

/** A space, tab or carriage return (normalize has made every other space a plain one). */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d;
}
