/**
 * How one record is written in each output format, and what it adds to the
 * run's summary. Runs in the worker that made the record, so the main thread
 * only orders and writes text.
 */
import { csvLongRows, csvWideRow } from "../output/csv.js";
import { toJsonLine } from "../output/json.js";
import { isErrorRecord, type BatchRecord } from "../schema/report.js";
import { failsStrict } from "./strict.js";

export type BatchFormat = "ndjson" | "csv" | "csv-wide" | "json-files";

export interface RenderedRecord {
  text: string;
  figures: number;
  warnings: number;
  failed: boolean;
  /** whether the report breaks a rule --strict fails on */
  failsStrict: boolean;
}

export function renderRecord(record: BatchRecord, format: BatchFormat, metricIds: readonly string[]): RenderedRecord {
  const failed = isErrorRecord(record);
  const stats = {
    figures: failed ? 0 : record.metrics.length,
    warnings: failed ? 0 : record.warnings.length,
    failed,
    failsStrict: !failed && failsStrict(record),
  };
  switch (format) {
    case "ndjson":
      return { text: toJsonLine(record) + "\n", ...stats };
    case "csv":
      return { text: csvLongRows(record), ...stats };
    case "csv-wide":
      return { text: csvWideRow(record, metricIds), ...stats };
    case "json-files":
      return { text: JSON.stringify(record, null, 2) + "\n", ...stats };
  }
}
