/**
 * A PDF's pages of lines → the text spans index, with each page's running
 * header and footer left out: page numbers (- 3 -, 第3页 共12页, 3/12), and the
 * lines a printer or a browser repeats at the top or bottom of every page (the
 * report's title, a print date, a file path or URL). A line is left out only
 * from the first or last few lines of a page, and only when it has a page
 * number's shape, a printer's shape, or recurs, digits aside, at the same
 * place on other pages: a heading or a paragraph at a page's top is none of
 * these.
 */

/** Lines looked at from each edge of a page. */
const EDGE_LINES = 3;
/** Share of the pages a line must recur on, at the same edge, to be a running line. */
const RECURRING_SHARE = 0.5;

const PAGE_NUMBER = [
  /^[-－–—―\s]*\d{1,4}[-－–—―\s]*$/, // 3, - 3 -, —3—
  /^第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/, // 第3页, 第3页 共12页
  /^共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页$/, // 共12页 第3页
  /^\d{1,4}\s*\/\s*\d{1,4}$/, // 3/12
  /^(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i, // Page 3 of 12
];
/** What browsers and printers put at a page's edge: a URL, a file path, a date and time. */
const PRINTED_EDGE = [
  /^(?:https?:\/\/|file:\/\/|www\.)\S+(?:\s+\d{1,4}\s*\/\s*\d{1,4})?$/i,
  /^(?:[A-Za-z]:\\|\/(?:home|Users|tmp|mnt|var)\/)\S*$/,
  /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+(?:上午|下午)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s.*)?$/, // 2024/3/5 下午3:21 and the page's title
  /^打印(?:日期|时间)\s*[:：]/,
];

export interface LaidOutText {
  text: string;
  /** where each page's text begins, in code points; a page left empty starts where the next does */
  pageStarts: number[];
}

export function layOutPages(pages: readonly (readonly string[])[]): LaidOutText {
  const recurring = recurringEdgeLines(pages);
  const lines: string[] = [];
  const firstLine: number[] = [];
  pages.forEach((page, index) => {
    firstLine.push(lines.length);
    // The first page keeps lines that recur on later ones: there the title is text, not a running head.
    lines.push(...keptLines(page, index === 0 ? new Set() : recurring));
  });
  const lineStarts: number[] = [];
  let length = 0;
  for (const line of lines) {
    lineStarts.push(length);
    length += codePoints(line) + 1;
  }
  // A page left empty starts where the next one does (or at the end).
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

/** The lines left on a page once its edges lose their running lines, blank lines dropped. */
function keptLines(lines: readonly string[], recurring: ReadonlySet<string>): string[] {
  const content = lines.filter((line) => line.trim() !== "");
  let start = 0;
  let end = content.length;
  while (start < Math.min(EDGE_LINES, end) && isRunning(content[start]!, "top", start, recurring)) start++;
  while (end > start && content.length - end < EDGE_LINES && isRunning(content[end - 1]!, "bottom", content.length - end, recurring)) end--;
  return content.slice(start, end);
}

function isRunning(line: string, edge: "top" | "bottom", depth: number, recurring: ReadonlySet<string>): boolean {
  const trimmed = line.trim();
  return PAGE_NUMBER.some((shape) => shape.test(trimmed)) || PRINTED_EDGE.some((shape) => shape.test(trimmed)) || recurring.has(edgeKey(trimmed, edge, depth));
}

/** Lines that recur, digits aside, at the same edge and depth on enough of the pages (two at least). */
function recurringEdgeLines(pages: readonly (readonly string[])[]): Set<string> {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const content = lines.filter((line) => line.trim() !== "");
    const seen = new Set<string>();
    for (let depth = 0; depth < Math.min(EDGE_LINES, content.length); depth++) {
      seen.add(edgeKey(content[depth]!.trim(), "top", depth));
      seen.add(edgeKey(content[content.length - 1 - depth]!.trim(), "bottom", depth));
    }
    for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length * RECURRING_SHARE));
  return new Set([...counts].filter(([, count]) => count >= needed).map(([key]) => key));
}

/** A line as compared across pages: its place, and its text with every digit run alike (page numbers, dates). */
function edgeKey(line: string, edge: "top" | "bottom", depth: number): string {
  return `${edge}${depth}:${line.replace(/\d+/g, "#")}`;
}

function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) count--;
  }
  return count;
}
