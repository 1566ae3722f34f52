/**
 * CSV for spreadsheets and pandas: long form (one row per figure) and wide
 * form (one row per report, one column per catalogue id). Quoting is left to
 * csv-stringify; a BOM is added on request because Excel needs one to show
 * Chinese.
 */
import { stringify } from "csv-stringify/sync";
import { isErrorRecord, type BatchRecord, type Metric } from "../schema/report.js";

export const LONG_COLUMNS = ["file", "region", "year", "id", "label", "value", "unit", "qualifier", "change", "evidence", "section", "span_start", "span_end"];
const WIDE_META = ["file", "title", "region", "level", "year", "publishedAt", "yearlyReport", "onTime", "missingParts", "error"];


export function csvHeader(format: "csv" | "csv-wide", metricIds: readonly string[]): string {
  return stringify([format === "csv" ? LONG_COLUMNS : [...WIDE_META, ...metricIds]]);
}

export function csvLongRows(record: BatchRecord): string {
  if (isErrorRecord(record)) return "";
  const rows = record.metrics.map((metric) => [
    record.source.path,
    record.meta.region ?? "",
    record.meta.year ?? "",
    metric.id,
    metric.label,
    metric.value,
    metric.unit,
    metric.qualifier ?? "",
    describeChange(metric),
    metric.evidence,
    metric.section ?? "",
    metric.span[0],
    metric.span[1],
  ]);
  return rows.length ? stringify(rows) : "";
}

/** One row per report; where a report states a figure twice, the first statement is taken. */
export function csvWideRow(record: BatchRecord, metricIds: readonly string[]): string {
  if (isErrorRecord(record)) {
    const blanks = WIDE_META.length - 2;
    return stringify([[record.source.path, ...Array<string>(blanks).fill(""), `${record.error.code}: ${record.error.message}`, ...metricIds.map(() => "")]]);
  }
  const first = new Map<string, number>();
  for (const metric of record.metrics) if (!first.has(metric.id)) first.set(metric.id, metric.value);
  const { meta, compliance } = record;
  return stringify([
    [
      record.source.path,
      meta.title ?? "",
      meta.region ?? "",
      meta.level ?? "",
      meta.year ?? "",
      meta.publishedAt ?? "",
      // a text that is no yearly report has no verdict: yearlyReport false tells it from a complete report
      booleanCell(compliance !== null),
      booleanCell(compliance?.onTime ?? null),
      compliance?.missing.join(";") ?? "",
      "",
      ...metricIds.map((id) => first.get(id) ?? ""),
    ],
  ]);
}

/** true / false / empty for unknown: csv-stringify alone would write true as 1 and false as an empty cell. */
function booleanCell(value: boolean | null): string {
  return value === null ? "" : String(value);
}

/** down 1.08% / down 58 percentage points / up 5 */
export function describeChange(metric: Metric): string {
  const change = metric.change;
  if (!change) return "";
  const unit = change.unit === "percent" ? "%" : change.unit === "percentage_point" ? " percentage points" : "";
  return `${change.direction} ${change.amount}${unit}`;
}

export const UTF8_BOM = "\uFEFF";
