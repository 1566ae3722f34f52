/**
 * A saved report page → the text a reader sees. A small forward-only tokenizer,
 * written here so that nothing in a page is ever executed or fetched: scripts,
 * styles, the head, navigation and hidden elements are dropped, block elements
 * become line breaks, table rows become lines with their cells joined by " | "
 * (so figures in neighbouring cells never merge), and entities are decoded.
 * Every search moves forward, so the work is linear in the page's length.
 */

/** Elements whose content is not markup: skipped to their end tag as raw text. */
const RAW_TEXT = new Set(["script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext"]);
/** Of those, the ones a reader sees. */
const VISIBLE_RAW_TEXT = new Set(["textarea", "xmp", "plaintext"]);
/** Elements dropped with all their content: not report text. */
const DROPPED = new Set(["head", "nav", "select", "datalist", "template", "svg", "math", "object", "canvas", "audio", "video", "button", "map"]);
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "frame", "keygen"]);
const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
  "html", "legend", "li", "listing", "main", "menu", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "ul",
]);
/** Whitespace inside these is kept as written. */
const PREFORMATTED = new Set(["pre", "listing", "textarea", "xmp", "plaintext"]);
/** class or id words that mark navigation: nav, top-nav, breadcrumb, menu_list … */
const NAVIGATION_NAME = /(?:^|[-_])(?:nav|navbar|navigation|menu|breadcrumbs?|crumbs?)(?:[-_]|$)/i;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/** What stands between a table row's cells on its line (the Word reader lays out tables the same way). */
export const CELL_SEPARATOR = " | ";
/** What a block or line break inside a table cell becomes. */
const CELL_GAP = " ";

interface Tag {
  name: string;
  end: boolean;
  selfClosing: boolean;
  attributes: Map<string, string>;
  /** index just past the tag's ">" */
  next: number;
}

/** What a page's <meta> says its charset is, from its first bytes read as Latin-1; null if it says nothing. */
export function metaCharset(head: string): string | null {
  const lower = head.toLowerCase();
  for (let at = lower.indexOf("<meta"); at !== -1; ) {
    const close = lower.indexOf(">", at);
    const tagEnd = close === -1 ? lower.length : close;
    const charset = /charset\s*=\s*["']?\s*([a-z0-9_:.-]{1,40})/.exec(lower.slice(at, tagEnd));
    if (charset) return charset[1]!;
    at = lower.indexOf("<meta", tagEnd);
  }
  return null;
}

const HTML_START = /^\s*<(?:!doctype\s+html|html|head|body|meta|title|!--)/i;
const HTML_ROOT = /<(?:html|body|head)[\s>]/i;

/** Whether a text is a web page: it opens like one, or holds an <html>/<head>/<body> tag early on. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, "");
  return HTML_START.test(head) || HTML_ROOT.test(head);
}

/** The visible text of a page. */
export function htmlToText(html: string): string {
  const out = new VisibleText();
  let skip: { name: string; depth: number } | null = null;
  let row: RowState = { cells: 0, inCell: false };
  let preformatted = 0;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    const textEnd = lt === -1 ? html.length : lt;
    if (!skip && textEnd > i) out.text(decodeEntities(html.slice(i, textEnd)), preformatted > 0);
    if (lt === -1) break;
    const markup = readMarkup(html, lt);
    if (markup === null) {
      if (!skip) out.text("<", preformatted > 0);
      i = lt + 1;
      continue;
    }
    if (typeof markup === "number") {
      i = markup; // a comment, doctype or processing instruction
      continue;
    }
    const tag = markup;
    i = tag.next;
    if (RAW_TEXT.has(tag.name) && !tag.end && !tag.selfClosing) {
      const close = findEndTag(html, i, tag.name);
      if (!skip && VISIBLE_RAW_TEXT.has(tag.name)) {
        out.block();
        out.text(decodeEntities(html.slice(i, close.contentEnd)), true);
        out.block();
      }
      i = close.next;
      continue;
    }
    if (skip) {
      skip = advanceSkip(skip, tag);
      continue;
    }
    if (!tag.end && !tag.selfClosing && !VOID.has(tag.name) && isHidden(tag)) {
      skip = { name: tag.name, depth: 1 };
      continue;
    }
    if (PREFORMATTED.has(tag.name) && !VOID.has(tag.name)) preformatted = Math.max(0, preformatted + (tag.end ? -1 : 1));
    row = layout(out, tag, row);
  }
  return out.finish();
}

/**
 * While dropping an element, only tags of its own name matter: they nest it
 * deeper or close it. A page that never closes its <head> ends it with <body>.
 */
function advanceSkip(skip: { name: string; depth: number }, tag: Tag): { name: string; depth: number } | null {
  if (skip.name === "head" && tag.name === "body" && !tag.end) return null;
  if (tag.name !== skip.name || VOID.has(tag.name)) return skip;
  if (tag.end) return skip.depth === 1 ? null : { name: skip.name, depth: skip.depth - 1 };
  return tag.selfClosing ? skip : { name: skip.name, depth: skip.depth + 1 };
}

function isHidden(tag: Tag): boolean {
  if (DROPPED.has(tag.name)) return true;
  const attributes = tag.attributes;
  if (attributes.has("hidden") || attributes.get("aria-hidden") === "true") return true;
  if (attributes.get("role") === "navigation") return true;
  if (HIDDEN_STYLE.test(attributes.get("style") ?? "")) return true;
  const names = `${attributes.get("class") ?? ""} ${attributes.get("id") ?? ""}`.split(/\s+/);
  return names.some((name) => name.length > 0 && name.length <= 60 && NAVIGATION_NAME.test(name));
}

/** Where the layout is in a table row: cells begun so far, and whether inside one. */
interface RowState {
  cells: number;
  inCell: boolean;
}

/**
 * Line breaks for blocks and rows, " | " between the cells of a row. Inside a
 * cell, a block or a <br> (<td><p>120件</p></td>, as editors and Word
 * converters write cells) is a space, so the row stays one line.
 */
function layout(out: VisibleText, tag: Tag, row: RowState): RowState {
  const { name } = tag;
  if (name === "tr" || name === "table") {
    out.block();
    return { cells: 0, inCell: false };
  }
  if (name === "td" || name === "th") {
    if (tag.end) return { cells: row.cells, inCell: false };
    if (row.cells > 0) out.cellBreak();
    return { cells: row.cells + 1, inCell: true };
  }
  if (name !== "br" && !BLOCK.has(name)) return row;
  if (row.inCell) out.space();
  else if (name === "br") {
    if (!tag.end) out.lineBreak();
  } else out.block();
  return row;
}

/**
 * The markup at `lt`: a tag, the index past a comment or declaration, or null
 * when the "<" starts no markup and is text.
 */
function readMarkup(html: string, lt: number): Tag | number | null {
  const next = html[lt + 1];
  if (next === "!") {
    if (html.startsWith("<!--", lt)) return indexPast(html, "-->", lt + 4);
    return indexPast(html, ">", lt + 2);
  }
  if (next === "?") return indexPast(html, ">", lt + 2);
  const end = next === "/";
  const nameStart = end ? lt + 2 : lt + 1;
  if (!isLetter(html.charCodeAt(nameStart))) return end && next !== undefined ? indexPast(html, ">", lt + 2) : null;
  let nameEnd = nameStart;
  while (nameEnd < html.length && !isTagNameEnd(html.charCodeAt(nameEnd))) nameEnd++;
  const name = html.slice(nameStart, nameEnd).toLowerCase();
  const attributes = new Map<string, string>();
  const close = readAttributes(html, nameEnd, attributes);
  return { name, end, selfClosing: close.selfClosing, attributes: end ? new Map() : attributes, next: close.next };
}

/** Reads name="value" pairs up to the tag's ">"; an unclosed quote runs to the end, as in a browser. */
function readAttributes(html: string, from: number, attributes: Map<string, string>): { next: number; selfClosing: boolean } {
  let i = from;
  let selfClosing = false;
  while (i < html.length) {
    const char = html[i]!;
    if (char === ">") return { next: i + 1, selfClosing };
    if (isSpace(char.charCodeAt(0))) {
      i++;
      continue;
    }
    if (char === "/") {
      selfClosing = html[i + 1] === ">";
      i++;
      continue;
    }
    selfClosing = false;
    const nameStart = i;
    while (i < html.length && !/[\s/>=]/.test(html[i]!)) i++;
    const name = html.slice(nameStart, i).toLowerCase();
    while (i < html.length && isSpace(html.charCodeAt(i))) i++;
    let value = "";
    if (html[i] === "=") {
      i++;
      while (i < html.length && isSpace(html.charCodeAt(i))) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const closeQuote = html.indexOf(quote, i + 1);
        const valueEnd = closeQuote === -1 ? html.length : closeQuote;
        value = html.slice(i + 1, valueEnd);
        i = valueEnd + 1;
      } else {
        const valueStart = i;
        while (i < html.length && !isSpace(html.charCodeAt(i)) && html[i] !== ">") i++;
        value = html.slice(valueStart, i);
      }
    }
    if (!attributes.has(name)) attributes.set(name, value.trim().toLowerCase());
  }
  return { next: html.length, selfClosing };
}

/** Where the raw text of a <script> (or the like) ends: at its end tag, in any case, or at the end of the page. */
function findEndTag(html: string, from: number, name: string): { contentEnd: number; next: number } {
  for (let at = html.indexOf("</", from); at !== -1; at = html.indexOf("</", at + 2)) {
    const after = at + 2 + name.length;
    if (html.slice(at + 2, after).toLowerCase() === name && isTagNameEnd(html.charCodeAt(after))) {
      return { contentEnd: at, next: indexPast(html, ">", after) };
    }
  }
  return { contentEnd: html.length, next: html.length };
}

function indexPast(html: string, needle: string, from: number): number {
  const at = html.indexOf(needle, from);
  return at === -1 ? html.length : at + needle.length;
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** A tag name runs to whitespace, "/" or ">" (or the end: NaN). */
function isTagNameEnd(code: number): boolean {
  return Number.isNaN(code) || isSpace(code) || code === 0x2f || code === 0x3e;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

/**
 * The text being laid out. Collapsible whitespace (ASCII spaces, tabs, line
 * ends) shrinks to one space as a browser shows it; a line end between two CJK
 * characters vanishes (CSS segment-break rules), since source wrapping in a
 * Chinese paragraph is not a space. &nbsp; and ideographic spaces are kept.
 * A block edge ends the line only if the line has something on it; a <br>
 * always does, but no more than one blank line is kept in a row.
 */
class VisibleText {
  private readonly lines: string[] = [];
  private line: string[] = [];

  text(raw: string, preformatted: boolean): void {
    if (raw.length === 0) return;
    if (!preformatted) {
      this.line.push(collapseSpaces(raw));
      return;
    }
    const pieces = raw.replace(/\r\n?/g, "\n").split("\n");
    pieces.forEach((piece, index) => {
      if (index > 0) this.lineBreak();
      this.line.push(piece);
    });
  }

  block(): void {
    if (this.current().length > 0) this.lineBreak();
    else this.line = [];
  }

  lineBreak(): void {
    const line = this.current();
    this.line = [];
    // No blank lines at the top, and never two in a row.
    if (line === "" && (this.lines.length === 0 || this.lines[this.lines.length - 1] === "")) return;
    this.lines.push(line);
  }

  cellBreak(): void {
    while (this.line[this.line.length - 1] === CELL_GAP) this.line.pop();
    this.line.push(CELL_SEPARATOR);
  }

  /** A gap inside a table cell: one space at most, and none at the cell's start. */
  space(): void {
    const last = this.line[this.line.length - 1];
    if (last !== undefined && !last.endsWith(" ")) this.line.push(CELL_GAP);
  }

  finish(): string {
    this.block();
    while (this.lines.length > 0 && this.lines[this.lines.length - 1] === "") this.lines.pop();
    return this.lines.join("\n");
  }

  /** The line so far, without the collapsible spaces at its ends. */
  private current(): string {
    const line = this.line.join("");
    let start = 0;
    let end = line.length;
    // Scanned by hand: a regular expression for trailing spaces is quadratic on long runs.
    while (start < end && line[start] === " ") start++;
    while (end > start && line[end - 1] === " ") end--;
    return line.slice(start, end);
  }
}

const COLLAPSIBLE = /[ \t\n\r\f]+/g;

function collapseSpaces(raw: string): string {
  return raw.replace(COLLAPSIBLE, (run, offset: number) => {
    if (!/[\n\r]/.test(run)) return " ";
    const before = raw.codePointAt(offset - 1) ?? 0;
    const after = raw.codePointAt(offset + run.length) ?? 0;
    return isWide(before) && isWide(after) ? "" : " ";
  });
}

/** CJK ideographs and CJK punctuation, between which a source line end is no space. */
function isWide(code: number): boolean {
  return (code >= 0x3000 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xffef);
}

const NAMED: Record<string, string> = {
  nbsp: "\u00a0", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", middot: "·", mdash: "—", ndash: "–",
  hellip: "…", ldquo: "“", rdquo: "”", lsquo: "‘", rsquo: "’", times: "×", divide: "÷", copy: "©", reg: "®",
  ensp: "\u2002", emsp: "\u2003", thinsp: "\u2009", laquo: "«", raquo: "»", bull: "•", deg: "°", plusmn: "±",
  yen: "¥", permil: "‰", sect: "§", para: "¶", shy: "", zwnj: "", zwj: "", trade: "™", larr: "←", rarr: "→",
};
/** The entities browsers also accept without their semicolon. */
const LEGACY = new Set(["nbsp", "amp", "lt", "gt", "quot", "copy", "reg", "times", "middot", "laquo", "raquo", "deg", "yen", "sect", "para", "shy"]);
const ENTITY = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,8})|([A-Za-z][A-Za-z0-9]{1,31}))(;?)/g;

export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (whole, decimal?: string, hex?: string, name?: string, semicolon?: string) => {
    if (name !== undefined) {
      const known = NAMED[name];
      return known !== undefined && (semicolon || LEGACY.has(name)) ? known : whole;
    }
    const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
    return fromCodePoint(code);
  });
}

/** NUL, surrogates and numbers past Unicode become U+FFFD, as in a browser. */
function fromCodePoint(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\uFFFD";
  return String.fromCodePoint(code);
}
