/**
 * compliance: does a yearly rule-of-law report meet the 2019 rules
 * (法治政府建设与责任落实督察工作规定)? It must cover the year's measures and
 * results, its shortcomings, the principal leaders' performance of their duty
 * as first persons responsible, and the next year's plans, and be made public
 * before 1 April of the next year. Null for texts that are no such report.
 */
import type { NormalizedText } from "../normalize/index.js";
import type { Compliance, Meta, RequiredPart, Warning } from "../schema/report.js";
import type { Segmentation } from "../segment/index.js";
import { isYearlyReport } from "./genre.js";
import { findParts, REQUIRED_PARTS } from "./parts.js";

export { REQUIRED_PARTS };

export interface ComplianceResult {
  compliance: Compliance | null;
  warnings: Warning[];
}

/** Each part in the rules' own words, for warnings and views. */
export const PART_LABELS: Readonly<Record<RequiredPart, string>> = {
  achievements: "主要举措和成效",
  leadership_duty: "党政主要负责人履行第一责任人职责情况",
  problems: "存在的不足和原因",
  plans: "下一年度主要安排",
};

export function assessCompliance(doc: NormalizedText, segmentation: Segmentation, meta: Meta): ComplianceResult {
  if (!isYearlyReport(doc, segmentation, meta)) return { compliance: null, warnings: [] };
  const parts = findParts(doc, segmentation, meta.year);
  const missing = REQUIRED_PARTS.filter((part) => parts[part].length === 0);
  const deadline = meta.year === null ? null : `${meta.year + 1}-04-01`;
  const { publishedAt } = meta;
  // the rules ask for publication before 1 April: a report dated 1 April is late
  const onTime = deadline !== null && publishedAt !== null ? publishedAt < deadline : null;
  const warnings: Warning[] = missing.map((part) => ({ code: "missing_part", message: `no ${part} part (${PART_LABELS[part]}) found` }));
  if (onTime === false) {
    warnings.push({ code: "published_late", message: `published ${publishedAt}, not before the deadline ${deadline} (1 April after the year ${meta.year})` });
  }
  return { compliance: { parts, missing, deadline, publishedAt, onTime }, warnings };
}
