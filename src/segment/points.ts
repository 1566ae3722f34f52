/**
 * The 一是…二是… points inside a section's own text, in order. A point's text
 * is its lead phrase (up to the first 。 or ；); its span runs to the next point.
 */
import { isWhiteSpace } from "../normalize/index.js";
import { ordinalValue } from "./numerals.js";

export interface PointRange {
  ordinal: number;
  start: number;
  textStart: number;
  textEnd: number;
  end: number;
}

const SHAPE = String.raw`([一二三四五六七八九十]{1,2})是(?=\S)`;
/** A stretch of text that opens on a point's marker (一是…, 其一是…), spaces before it allowed. */
export const POINT_OPENING = new RegExp(String.raw`^\s*其?` + SHAPE);
/** A point marker: its shape after a line or sentence end, or a gap. */
const POINT_HERE = new RegExp(String.raw`(?<=^|[\n。；;：:！!？?\s])` + SHAPE, "y");
/** The shape alone, searched for (as with heading markers, several times faster), then tested in place. */
const SHAPE_SEARCH = new RegExp(SHAPE, "g");
const LEAD_END = /[。；;！!？?\n]/;
const MAX_LEAD = 80;

export function findPoints(body: string, from: number, to: number): PointRange[] {
  const starts: Array<{ ordinal: number; start: number; textStart: number }> = [];
  const text = body.slice(0, to);
  for (let match = nextPoint(text, from); match; match = nextPoint(text, match.index + match[0].length)) {
    const ordinal = ordinalValue(match[1]!);
    if (ordinal !== starts.length + 1) continue;
    starts.push({ ordinal, start: match.index, textStart: match.index + match[0].length });
  }
  return starts.map((point, i) => {
    const end = trimEnd(body, point.textStart, i + 1 < starts.length ? starts[i + 1]!.start : to);
    // The lead is looked for within MAX_LEAD only, so long sections stay linear.
    const lead = text.slice(point.textStart, Math.min(end, point.textStart + MAX_LEAD));
    const stop = lead.search(LEAD_END);
    const leadEnd = point.textStart + (stop === -1 ? lead.length : stop);
    return { ordinal: point.ordinal, start: point.start, textStart: point.textStart, textEnd: leadEnd, end };
  });
}

/** The first point marker at or after `from`: the match a search for POINT_HERE's pattern would give. */
function nextPoint(text: string, from: number): RegExpExecArray | null {
  SHAPE_SEARCH.lastIndex = from;
  for (let shape = SHAPE_SEARCH.exec(text); shape; shape = SHAPE_SEARCH.exec(text)) {
    POINT_HERE.lastIndex = shape.index;
    const point = POINT_HERE.exec(text);
    if (point) return point;
    SHAPE_SEARCH.lastIndex = shape.index + 1;
  }
  return null;
}

/** Whether a point marker (一是, 二是, after a line or sentence end) begins at `at`. */
export function pointAt(text: string, at: number): boolean {
  POINT_HERE.lastIndex = at;
  return POINT_HERE.test(text);
}

export function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return end;
}
