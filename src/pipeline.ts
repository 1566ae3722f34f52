/**
 * The pipeline: read → normalize → segment → extract (meta, metrics) → check → compliance.
 * Pure: bytes in, a schema-valid report out.
 */
import { createHash } from "node:crypto";
import { runChecks } from "./check/index.js";
import { assessCompliance } from "./compliance/index.js";
import { extractFigures } from "./extract/index.js";
import { extractMeta } from "./meta/index.js";
import { normalize } from "./normalize/index.js";
import { inputLabel, pageAt, readInput, readText, type ReadText } from "./read/index.js";
import { SCHEMA_VERSION, type Metric, type Report, type Warning } from "./schema/report.js";
import { segment } from "./segment/index.js";

export interface ExtractOptions {
  /** What source.path says: the file's path, or "-" for standard input. */
  path?: string;
  /** PDF and Word files: how far their parts may inflate, and so how many pages a PDF may have (default 20 MB) */
  maxBytes?: number;
}

/** Extracts one report from a text or a web page. Throws InputError when the bytes are not one (a PDF or Word file takes extractAsync). */
export function extract(input: Uint8Array | string, options: ExtractOptions = {}): Report {
  return extractWithText(input, options).report;
}

/** Extracts one report from any input: a text, a web page, a PDF, a .docx or a .doc. */
export async function extractAsync(input: Uint8Array | string, options: ExtractOptions = {}): Promise<Report> {
  return (await extractWithTextAsync(input, options)).report;
}

/** The report and the text its spans index (for HTML, the visible text; for a PDF or Word file, its text), read once. */
export async function extractWithTextAsync(input: Uint8Array | string, options: ExtractOptions = {}): Promise<{ report: Report; text: string }> {
  const bytes = toBytes(input);
  const read = await readInput(bytes, inputLabel(options.path ?? "-"), options.maxBytes);
  return extractWithText(bytes, { ...options, read });
}

/** As extractWithTextAsync, for a text or a web page; `read` is the input already read. */
export function extractWithText(input: Uint8Array | string, options: ExtractOptions & { read?: ReadText } = {}): { report: Report; text: string } {
  const path = options.path ?? "-";
  const bytes = toBytes(input);
  const read = options.read ?? readText(bytes, inputLabel(path));
  const doc = normalize(read.text);
  const segmentation = segment(doc);
  const firstHeadingAt = segmentation.headingRanges[0]?.[0] ?? -1;
  // meta reads the head of the text while normalize and segment have left it in the cache; the figures need its year
  const meta = extractMeta(doc, firstHeadingAt);
  const figures = extractFigures(doc, segmentation, meta.year, meta.level !== null && meta.level !== "national");
  const metrics = withPages(figures.metrics, read.pageStarts);
  const { checks, warnings: checkWarnings } = runChecks(metrics, figures.parts);
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

function toBytes(input: Uint8Array | string): Uint8Array {
  return typeof input === "string" ? new TextEncoder().encode(input) : input;
}

/** A PDF's figures carry the page their evidence starts on, as people cite them. */
function withPages(metrics: Metric[], pageStarts: readonly number[] | undefined): Metric[] {
  if (!pageStarts) return metrics;
  return metrics.map((metric) => ({ ...metric, page: pageAt(pageStarts, metric.span[0]) }));
}
