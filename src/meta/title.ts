/**
 * The title: a short line (or table cell) near the top that names a report
 * on rule-of-law work (…法治政府建设情况的报告, …依法行政工作总结).
 */
import { HEAD_LINES } from "./text.js";

const TITLE_SHAPE =
  /^(?:[^。,，;；:：]{0,40}?)(?:报告|情况|工作总结|年度报告)(?:\s*[(（][^)）]{0,20}[)）])?$/;
const TITLE_TOPIC = /法治|依法行政|法制/;

/** The title's range in the head, or null. */
export function findTitle(head: string): [number, number] | null {
  let offset = 0;
  const lines = head.split("\n", HEAD_LINES);
  for (const line of lines) {
    let cellOffset = offset;
    for (const cell of line.split("|")) {
      const range = titleIn(cell, cellOffset);
      if (range) return range;
      cellOffset += cell.length + 1;
    }
    offset += line.length + 1;
  }
  return null;
}

function titleIn(cell: string, cellOffset: number): [number, number] | null {
  const trimmed = cell.trim();
  if (trimmed.length < 8 || trimmed.length > 60) return null;
  if (!TITLE_SHAPE.test(trimmed) || !TITLE_TOPIC.test(trimmed)) return null;
  const start = cellOffset + cell.indexOf(trimmed);
  return [start, start + trimmed.length];
}
