/**
 * segment: body text → section tree. Levels follow nesting (一、 holds (一)
 * holds 1.), whatever marker kinds a report uses; paths are positions (2.1).
 */
import type { Category, Section } from "../schema/report.js";
import type { NormalizedText } from "../normalize/index.js";
import { readable } from "../normalize/index.js";
import { categorize } from "./category.js";
import { findHeadings, type Heading } from "./headings.js";
import { findPoints, trimEnd } from "./points.js";

/** A section with its body offsets, for the stages that place figures in sections. */
export interface SectionRange {
  path: string;
  start: number;
  end: number;
}

export interface Segmentation {
  sections: Section[];
  /** Every section, outermost first, with body offsets. */
  ranges: SectionRange[];
  /** Body offsets of heading lines (marker and title), which hold no figures. */
  headingRanges: Array<[number, number]>;
}

export function segment(doc: NormalizedText): Segmentation {
  const { body } = doc;
  const found = findHeadings(withoutContents(body));
  const first = found[0];
  const announced = first === undefined ? null : announces(body, first);
  // 公布如下 announces a report's parts as often as a notice's clauses
  const notice = announced !== null && announced !== "公布";
  const headings = first !== undefined && announced !== null && !opensTitledPart(body, first) ? [] : found;
  const ranges: SectionRange[] = [];
  const roots: Section[] = [];
  const stack: Array<{ heading: Heading; section: Section }> = [];
  // a notice's parts, like a report's after its problems or plans, are other unless their titles name a category
  let namelessAreOther = notice;

  headings.forEach((heading, index) => {
    while (stack.length && stack[stack.length - 1]!.heading.kind >= heading.kind) stack.pop();
    const parent = stack[stack.length - 1];
    const siblings = parent ? parent.section.children : roots;
    const path = parent ? `${parent.section.path}.${siblings.length + 1}` : String(siblings.length + 1);
    const end = sectionEnd(body, headings, index);
    const title = readThrough(readable(doc, doc.spans.evidence(heading.titleStart, heading.titleEnd)));
    // read in the analysis text, where 2023 and 计划 are what any script and width wrote them as
    const category: Category = parent ? parent.section.category : categorize(body.slice(heading.titleStart, heading.titleEnd), namelessAreOther);
    if (!parent && (category === "problems" || category === "plans")) namelessAreOther = true;
    const ownEnd = index + 1 < headings.length && headings[index + 1]!.start < end ? headings[index + 1]!.start : end;
    const section: Section = {
      path,
      level: stack.length + 1,
      marker: doc.spans.evidence(heading.start, heading.markerEnd).trim(),
      title,
      category,
      span: doc.spans.span(heading.start, end),
      points: findPoints(body, heading.titleEnd, ownEnd).map((point) => ({
        ordinal: point.ordinal,
        text: readThrough(readable(doc, doc.spans.evidence(point.textStart, point.textEnd))),
        span: doc.spans.span(point.start, point.end),
      })),
      children: [],
    };
    siblings.push(section);
    stack.push({ heading, section });
    ranges.push({ path, start: heading.start, end });
  });

  return { sections: roots, ranges, headingRanges: headings.map((h) => [h.start, h.titleEnd]) };
}

/**
 * A notice announces its numbered clauses (现就有关事项通知如下:一、区司法局是…。, 现将清理结果公布如下:一、对…26件宣布继续有效。): they are
 * the notice's provisions, full sentences with no titles, not a report's sections. Parts that open on a short
 * title alone on its line (一、评查范围⏎各部门…) are sections of the notice, as a report's are.
 */
const ANNOUNCED = /(通知|公告|通告|公布|决定|规定)如下\s*[:：]?\s*$/;
const NOTICE_REACH = 24;
/** A part's title: a few words with no sentence's stops, alone on its line. */
const TITLE_LINE = /^[^，,。；;：:\n]{1,12}(?:\n|$)/;
/** How much after a part's marker its title line is read: the longest title and its line break. */
const TITLE_LINE_REACH = 13;

/**
 * The word that announces the numbered parts (通知, 公告 … 如下), or null. 公布如下 may announce a report's parts as well as a
 * notice's clauses (现将有关情况公布如下): its titled parts keep the categories their titles name.
 */
function announces(body: string, first: Heading): string | null {
  return ANNOUNCED.exec(body.slice(Math.max(0, first.start - NOTICE_REACH), first.start))?.[1] ?? null;
}

function opensTitledPart(body: string, first: Heading): boolean {
  return TITLE_LINE.test(body.slice(first.titleStart, first.titleStart + TITLE_LINE_REACH));
}

/** The line that opens a table of contents: 目 录. */
const CONTENTS_LINE = /(?:^|\n)[ \t\u3000]*目[ \t\u3000]*录[ \t\u3000]*\n/;
/** The contents' first entry: the first line with words on it. */
const FIRST_ENTRY = /[^\s][^\n]*/;

/**
 * A table of contents (目 录, then the parts' titles) whose first entry the text then repeats to open its body lists
 * headings the body has (or, cut short, lacks): its lines are blanked, offsets kept, so that the body's own numbering
 * starts afresh. One the text never repeats may be all the excerpt holds of them, and stays.
 */
function withoutContents(body: string): string {
  const contents = CONTENTS_LINE.exec(body);
  const from = contents ? contents.index + contents[0].length : -1;
  const entry = contents ? FIRST_ENTRY.exec(body.slice(from)) : null;
  if (!entry) return body;
  const repeat = body.indexOf(`\n${entry[0].trim()}`, from + entry.index + entry[0].length);
  return repeat === -1 ? body : body.slice(0, from) + body.slice(from, repeat).replace(/[^\n]/g, " ") + body.slice(repeat);
}

/**
 * A title or a point's lead as the analysis read it: a line break inside one
 * is a hard wrap the analysis joined (a heading broken by a PDF's page width).
 */
function readThrough(text: string): string {
  return text.replace(/\n/g, "").trim();
}

function sectionEnd(body: string, headings: readonly Heading[], index: number): number {
  const heading = headings[index]!;
  // Scans only this heading's own subsections: linear over the tree, no copying.
  let next = index + 1;
  while (next < headings.length && headings[next]!.kind > heading.kind) next++;
  return trimEnd(body, heading.start, next < headings.length ? headings[next]!.start : body.length);
}

/**
 * sectionAt for offsets asked in increasing order, in time linear over all
 * the asks: the sections open at the last offset are kept on a stack.
 */
export function sectionCursor(ranges: readonly SectionRange[]): (at: number) => string | null {
  const open: SectionRange[] = [];
  let next = 0;
  return (at) => {
    for (; next < ranges.length && ranges[next]!.start <= at; next++) {
      const range = ranges[next]!;
      // ranges come outermost first: one that ended before this one starts holds neither it nor `at`
      while (open.length > 0 && open[open.length - 1]!.end <= range.start) open.pop();
      open.push(range);
    }
    while (open.length > 0 && open[open.length - 1]!.end <= at) open.pop();
    return open[open.length - 1]?.path ?? null;
  };
}

/** The path of the innermost section holding body offset `at`, or null before the first heading. */
export function sectionAt(ranges: readonly SectionRange[], at: number): string | null {
  let found: string | null = null;
  for (const range of ranges) {
    if (range.start <= at && at < range.end) found = range.path;
  }
  return found;
}
