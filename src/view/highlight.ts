/**
 * Lays highlights over a text as properly nested markup. Spans may nest (a
 * figure inside another's evidence) or, rarely, cross; crossing ones cannot
 * be one element each, so the inner element is closed at the crossing and
 * reopened after it. Every piece of a highlight carries its key, so the
 * pieces' text, in document order, is always exactly the highlighted span.
 */

export interface Highlight {
  key: number;
  /** [start, end) in the same units as the text length (code points here) */
  start: number;
  end: number;
}

/** A zero-width marker at a position, e.g. where a section starts. */
export interface Anchor {
  at: number;
  id: string;
}

export type Token =
  | { kind: "text"; start: number; end: number }
  | { kind: "open"; key: number; first: boolean }
  | { kind: "close"; key: number }
  | { kind: "anchor"; id: string };

/**
 * Tokens for `length` units of text with the highlights and anchors applied.
 * Empty or out-of-range highlights are dropped: they have no text to mark.
 */
export function layoutHighlights(length: number, highlights: readonly Highlight[], anchors: readonly Anchor[] = []): Token[] {
  const valid = highlights.filter((h) => h.start >= 0 && h.end <= length && h.start < h.end);
  const boundaries = [...new Set([0, length, ...valid.flatMap((h) => [h.start, h.end]), ...anchors.map((a) => a.at)])]
    .filter((at) => at >= 0 && at <= length)
    .sort((a, b) => a - b);
  const tokens: Token[] = [];
  const open: Highlight[] = [];
  const opened = new Set<number>();
  let position = 0;
  for (const at of boundaries) {
    if (at > position) tokens.push({ kind: "text", start: position, end: at });
    position = at;
    closeEndingAt(at, open, tokens);
    for (const anchor of anchors) if (anchor.at === at) tokens.push({ kind: "anchor", id: anchor.id });
    // Longest first, so a highlight that contains another starting here is the outer element.
    const starting = valid.filter((h) => h.start === at).sort((a, b) => b.end - a.end || a.key - b.key);
    for (const highlight of starting) {
      tokens.push({ kind: "open", key: highlight.key, first: !opened.has(highlight.key) });
      opened.add(highlight.key);
      open.push(highlight);
    }
  }
  return tokens;
}

/**
 * Closes every open highlight that ends at `at`. One that ends below others
 * still open is a crossing: those above it are closed too and reopened.
 */
function closeEndingAt(at: number, open: Highlight[], tokens: Token[]): void {
  const lowest = open.findIndex((h) => h.end === at);
  if (lowest < 0) return;
  const closed = open.splice(lowest);
  for (const highlight of [...closed].reverse()) tokens.push({ kind: "close", key: highlight.key });
  for (const highlight of closed) {
    if (highlight.end === at) continue;
    tokens.push({ kind: "open", key: highlight.key, first: false });
    open.push(highlight);
  }
}
