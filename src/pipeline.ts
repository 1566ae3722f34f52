/**
 * The pipeline: read → normalize → segment → extract (meta, metrics) → check → compliance.
 * Pure: bytes in, a schema-valid report out.
 */
import { createHash } from "node:crypto";
import { runChecks } from "./check/index.js";
import { assessCompliance } from "./compliance/index.js";
import { extractMetrics } from "./extract/index.js";
import { extractMeta } from "./meta/index.js";
import { normalize } from "./normalize/index.js";
import { inputLabel, readText } from "./read/index.js";
import { SCHEMA_VERSION, type Report, type Warning } from "./schema/report.js";
import { segment } from "./segment/index.js";

export interface ExtractOptions {
  /** What source.path says: the file's path, or "-" for standard input. */
  path?: string;
}

/** Extracts one report. Throws InputError when the bytes are not a readable text. */
export function extract(input: Uint8Array | string, options: ExtractOptions = {}): Report {
  return extractWithText(input, options).report;
}

/** The report and the text its spans index (for HTML, the visible text), read once. */
export function extractWithText(input: Uint8Array | string, options: ExtractOptions = {}): { report: Report; text: string } {
  const path = options.path ?? "-";
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  const read = readText(bytes, inputLabel(path));
  const doc = normalize(read.text);
  const segmentation = segment(doc);
  const firstHeadingAt = segmentation.headingRanges[0]?.[0] ?? -1;
  const metrics = extractMetrics(doc, segmentation);
  const { checks, warnings: checkWarnings } = runChecks(metrics);
  const meta = extractMeta(doc, firstHeadingAt);
  const { compliance, warnings: complianceWarnings } = assessCompliance(doc, segmentation, meta);
  const warnings: Warning[] = [...read.warnings];
  if (segmentation.sections.length === 0) warnings.push({ code: "no_headings", message: "no numbered headings found" });
  warnings.push(...checkWarnings, ...complianceWarnings);
  const report: Report = {
    schemaVersion: SCHEMA_VERSION,
    source: {
      path,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      bytes: bytes.length,
      encoding: read.encoding,
      format: read.format,
      script: doc.script,
    },
    meta,
    sections: segmentation.sections,
    metrics,
    checks,
    compliance,
    warnings,
  };
  return { report, text: read.text };
}
