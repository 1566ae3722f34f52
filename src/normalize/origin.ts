/**
 * Text that remembers where each of its UTF-16 units came from in the input.
 * Every normalization step maps its input's origin forward, so a span found in
 * the analysis text is mapped back to the untouched input once, at the end,
 * and never re-derived by searching converted text.
 */
import type { Span } from "../schema/report.js";

export interface TextWithOrigin {
  readonly text: string;
  /**
   * origin[i] is the input UTF-16 offset of text[i]; origin[text.length] is the
   * input's length. Never written once made: a step that moves offsets builds a new one.
   */
  readonly origin: Int32Array;
}

/**
 * The identity map is the same for every text: a view of one shared array,
 * grown as needed, rather than an array filled per text. Texts longer than
 * the limit get their own, so that one huge input does not pin its map.
 */
const SHARED_IDENTITY_LIMIT = 1 << 20;
let sharedIdentity: Int32Array = new Int32Array(0);

export function identityOrigin(text: string): TextWithOrigin {
  const length = text.length + 1;
  if (length > SHARED_IDENTITY_LIMIT) return { text, origin: identityMap(length) };
  if (length > sharedIdentity.length) sharedIdentity = identityMap(Math.min(SHARED_IDENTITY_LIMIT, Math.max(length, 2 * sharedIdentity.length)));
  return { text, origin: sharedIdentity.subarray(0, length) };
}

function identityMap(length: number): Int32Array {
  const origin = new Int32Array(length);
  for (let i = 0; i < length; i++) origin[i] = i;
  return origin;
}

/** Builds text piece by piece, each piece tied to the input offset it stands for. */
export class OriginBuilder {
  private readonly parts: string[] = [];
  /** Grown by doubling; most steps give about as many units as they take, so it rarely grows. */
  private offsets: Int32Array;
  private length = 0;

  constructor(private readonly source: TextWithOrigin) {
    this.offsets = new Int32Array(source.text.length + 16);
  }

  /** Appends `piece`, every unit of which stands for the unit at source index `at`. */
  push(piece: string, at: number): void {
    this.parts.push(piece);
    this.reserve(piece.length);
    this.offsets.fill(this.source.origin[at]!, this.length, this.length + piece.length);
    this.length += piece.length;
  }

  /**
   * Appends `piece` in place of source units [from, to), which it rewrites (a
   * word for another). Its units map across the replaced ones in order and its
   * last unit to their last, so a span over the piece covers all it replaced.
   */
  replace(piece: string, from: number, to: number): void {
    this.parts.push(piece);
    this.reserve(piece.length);
    const last = piece.length - 1;
    for (let i = 0; i < piece.length; i++) {
      const at = i === last ? to - 1 : Math.min(from + i, to - 1);
      this.offsets[this.length++] = this.source.origin[at]!;
    }
  }

  /** Appends source units [from, to) unchanged. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(this.source.text.slice(from, to));
    this.reserve(to - from);
    this.offsets.set(this.source.origin.subarray(from, to), this.length);
    this.length += to - from;
  }

  /** The text built, and its origin map: a view of the offsets, not a copy. */
  build(): TextWithOrigin {
    const text = this.parts.join("");
    this.reserve(1);
    this.offsets[text.length] = this.source.origin[this.source.text.length]!;
    return { text, origin: this.offsets.subarray(0, text.length + 1) };
  }

  private reserve(units: number): void {
    if (this.length + units <= this.offsets.length) return;
    const grown = new Int32Array(Math.max(this.offsets.length * 2, this.length + units));
    grown.set(this.offsets.subarray(0, this.length));
    this.offsets = grown;
  }
}

/**
 * `source` with every match of `pattern` (a global expression) replaced by what
 * `replacement` gives for it, origins mapped as OriginBuilder.replace maps them.
 * A text with no match comes back as it is, without a copy.
 */
export function replaceMatches(source: TextWithOrigin, pattern: RegExp, replacement: (match: string) => string): TextWithOrigin {
  const { text } = source;
  pattern.lastIndex = 0;
  if (!pattern.test(text)) return source;
  const builder = new OriginBuilder(source);
  let copied = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    builder.copy(copied, match.index);
    copied = match.index + match[0].length;
    builder.replace(replacement(match[0]), match.index, copied);
  }
  builder.copy(copied, text.length);
  return builder.build();
}

/** Maps analysis-text ranges back to the input: code-point spans and their exact evidence. */
export class SpanMapper {
  private readonly codePointAt: Int32Array | null;

  constructor(
    private readonly input: string,
    private readonly analysis: TextWithOrigin,
  ) {
    this.codePointAt = hasSurrogates(input) ? codePointIndex(input) : null;
  }

  /** Input UTF-16 range [start, end) of analysis range [from, to). */
  inputRange(from: number, to: number): [number, number] {
    const origin = this.analysis.origin;
    const start = origin[from]!;
    if (to <= from) return [start, start];
    const last = origin[to - 1]!;
    const end = Math.max(start, last + unitLength(this.input, last));
    return [start, end];
  }

  span(from: number, to: number): Span {
    const [start, end] = this.inputRange(from, to);
    return [this.toCodePoint(start), this.toCodePoint(end)];
  }

  evidence(from: number, to: number): string {
    const [start, end] = this.inputRange(from, to);
    return this.input.slice(start, end);
  }

  private toCodePoint(offset: number): number {
    return this.codePointAt ? this.codePointAt[offset]! : offset;
  }
}

function unitLength(text: string, offset: number): number {
  return isPairStart(text, offset) ? 2 : 1;
}

function isPairStart(text: string, offset: number): boolean {
  const high = text.charCodeAt(offset);
  const low = text.charCodeAt(offset + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

function hasSurrogates(text: string): boolean {
  return /[\uD800-\uDFFF]/.test(text);
}

function codePointIndex(text: string): Int32Array {
  const index = new Int32Array(text.length + 1);
  let codePoint = 0;
  for (let i = 0; i < text.length; i++) {
    index[i] = codePoint;
    if (isPairStart(text, i)) index[++i] = codePoint;
    codePoint++;
  }
  index[text.length] = codePoint;
  return index;
}
