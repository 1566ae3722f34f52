/**
 * A PDF's pages of lines → the text spans index, with each page's running
 * header and footer left out: page numbers (- 3 -, 第3页 共12页, 3/12), and the
 * lines a printer or a browser repeats at the top or bottom of every page (the
 * report's title, a print date, a file path or URL). Only the few lines nearest
 * a page's top or bottom edge (by their position on the page: a PDF may draw
 * its header last) are looked at, and one is left out only when it has a page
 * number's shape, a printer's shape, or recurs, digits aside, at the same height
 * on other pages: a heading or a paragraph at a page's top is none of these,
 * and a first page's title, set lower than the running title of the pages
 * after it, is not either.
 */

export interface PdfLine {
  text: string;
  /** the line's height on the page, from the bottom edge up */
  y: number;
}

export interface LaidOutText {
  text: string;
  /** where each page's text begins, in code points; a page left empty starts where the next does */
  pageStarts: number[];
}

/** Lines looked at from each edge of a page. */
const EDGE_LINES = 3;
/** Share of the pages a line must recur on, at the same height, to be a running line. */
const RECURRING_SHARE = 0.5;
/** Heights closer than this (in points, 1/72 inch) are the same place on the page. */
const SAME_HEIGHT = 4;

const PAGE_NUMBER = [
  /^[-－–—―\s]*\d{1,4}[-－–—―\s]*$/, // 3, - 3 -, —3—
  /^第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/, // 第3页, 第3页 共12页
  /^共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页$/, // 共12页 第3页
  /^\d{1,4}\s*\/\s*\d{1,4}$/, // 3/12
  /^(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i, // Page 3 of 12
];
/** What browsers and printers put at a page's edge: a URL, a file path, a date and time, a print date. */
const PRINTED_EDGE = [
  /^(?:https?:\/\/|file:\/\/|www\.)\S+(?:\s+\d{1,4}\s*\/\s*\d{1,4})?$/i,
  /^(?:[A-Za-z]:\\|\/(?:home|Users|tmp|mnt|var)\/)\S*$/,
  /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+(?:上午|下午)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s.*)?$/, // 2024/3/5 下午3:21 and the page's title
  /^打印(?:日期|时间)\s*[:：]/,
];

type Edge = "top" | "bottom";

export function layOutPages(pages: readonly (readonly PdfLine[])[]): LaidOutText {
  const recurring = recurringEdgeLines(pages);
  const lines: string[] = [];
  const firstLine: number[] = [];
  for (const page of pages) {
    firstLine.push(lines.length);
    lines.push(...keptLines(page, recurring));
  }
  const lineStarts: number[] = [];
  let length = 0;
  for (const line of lines) {
    lineStarts.push(length);
    length += codePointCount(line) + 1;
  }
  const end = Math.max(0, length - 1);
  return { text: lines.join("\n"), pageStarts: firstLine.map((line) => lineStarts[line] ?? end) };
}

/** The page a code-point offset of the laid-out text falls on, 1-based. */
export function pageAt(pageStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = pageStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (pageStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

/** A page's lines in drawing order, less its running lines and blank ones. */
function keptLines(page: readonly PdfLine[], recurring: ReadonlySet<string>): string[] {
  const content = page.filter((line) => line.text.trim() !== "");
  const running = new Set<PdfLine>();
  for (const edge of ["top", "bottom"] as const) {
    for (const line of edgeLines(content, edge)) {
      if (!isRunning(line, recurring)) break;
      running.add(line);
    }
  }
  return content.filter((line) => !running.has(line)).map((line) => line.text);
}

/** The lines nearest an edge, nearest first. */
function edgeLines(content: readonly PdfLine[], edge: Edge): PdfLine[] {
  const byHeight = [...content].sort((a, b) => (edge === "top" ? b.y - a.y : a.y - b.y));
  return byHeight.slice(0, Math.min(EDGE_LINES, Math.ceil(content.length / 2)));
}

function isRunning(line: PdfLine, recurring: ReadonlySet<string>): boolean {
  const text = line.text.trim();
  return PAGE_NUMBER.some((shape) => shape.test(text)) || PRINTED_EDGE.some((shape) => shape.test(text)) || recurring.has(placeKey(line));
}

/** Edge lines that recur, digits aside, at the same height on enough of the pages (two at least). */
function recurringEdgeLines(pages: readonly (readonly PdfLine[])[]): Set<string> {
  const counts = new Map<string, number>();
  for (const page of pages) {
    const content = page.filter((line) => line.text.trim() !== "");
    const seen = new Set<string>();
    for (const edge of ["top", "bottom"] as const) {
      for (const line of edgeLines(content, edge)) seen.add(placeKey(line));
    }
    for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length * RECURRING_SHARE));
  return new Set([...counts].filter(([, count]) => count >= needed).map(([key]) => key));
}

/** A line as compared across pages: its height, and its text with every digit run alike (page numbers, dates). */
function placeKey(line: PdfLine): string {
  return `${Math.round(line.y / SAME_HEIGHT)}:${line.text.trim().replace(/\d+/g, "#")}`;
}

function codePointCount(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) count--;
  }
  return count;
}
