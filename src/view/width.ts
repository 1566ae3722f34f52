/**
 * Terminal display width. CJK ideographs, kana, hangul and full-width forms
 * take two columns; combining marks, zero-width characters and controls take
 * none. Ambiguous-width punctuation (“ ” … ·) is counted as one column, which
 * is what terminals with a Chinese font but a Western locale show.
 */

/** [first, last] code points that occupy two columns (East Asian Wide / Fullwidth). */
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

const ZERO: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x001f],
  [0x007f, 0x009f],
  [0x0300, 0x036f],
  [0x200b, 0x200f],
  [0x20d0, 0x20ff],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
];

function inRanges(code: number, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  return ranges.some(([first, last]) => code >= first && code <= last);
}

/** Columns one code point takes. */
export function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (inRanges(code, ZERO)) return 0;
  return inRanges(code, WIDE) ? 2 : 1;
}

/** Columns a string of plain text (no ANSI escapes) takes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** Cuts text to at most `width` columns, ending with … when something was cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = "";
  let used = 0;
  for (const char of text) {
    const w = charWidth(char);
    if (used + w > width - 1) break;
    out += char;
    used += w;
  }
  return out + "…";
}

/** Pads with spaces on the right (or left) to `width` columns. */
export function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** A piece of text with the style to print it in; wrapping measures `text` only. */
export interface Styled {
  text: string;
  style?: (text: string) => string;
}

/**
 * Latin words and numbers stay together (so "12.7%" or "stated" are never cut
 * unless longer than a line); every other character, CJK included, is its own
 * break opportunity, as Chinese text has no spaces between words.
 */
const TOKEN = /[A-Za-z0-9_.,:%+=/-]+|\s|[^]/gu;

/**
 * Greedy wrap of styled pieces into lines of at most `width` columns. Spaces
 * at a break are dropped; a token wider than a line is split by character.
 */
export function wrapStyled(pieces: readonly Styled[], width: number): Styled[][] {
  const limit = Math.max(1, width);
  const lines: Styled[][] = [[]];
  let used = 0;
  const current = (): Styled[] => lines[lines.length - 1]!;
  const append = (text: string, style: Styled["style"]): void => {
    const line = current();
    const last = line[line.length - 1];
    if (last && last.style === style) last.text += text;
    else line.push(style ? { text, style } : { text });
    used += displayWidth(text);
  };
  const newline = (): void => {
    lines.push([]);
    used = 0;
  };
  for (const piece of pieces) {
    for (const token of piece.text.match(TOKEN) ?? []) {
      const w = displayWidth(token);
      if (/^\s$/u.test(token)) {
        if (token === "\n" || used + w > limit) newline();
        else if (used > 0) append(" ", piece.style);
        continue;
      }
      if (used + w <= limit) {
        append(token, piece.style);
        continue;
      }
      if (w <= limit) {
        newline();
        append(token, piece.style);
        continue;
      }
      for (const char of token) {
        if (used + charWidth(char) > limit) newline();
        append(char, piece.style);
      }
    }
  }
  return lines;
}

/** Wraps pieces and renders each line with its styles, prefixed by `indent`. */
export function wrapLines(pieces: readonly Styled[], width: number, indent = ""): string[] {
  return wrapStyled(pieces, width - displayWidth(indent)).map(
    (line) => indent + line.map((piece) => (piece.style ? piece.style(piece.text) : piece.text)).join(""),
  );
}
