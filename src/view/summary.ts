/**
 * `extract --pretty`: a terminal summary of one report — meta, the section
 * outline, the required parts and the deadline, figures by domain with their
 * evidence in context, checks and warnings. Pure: the report, its input text, a chalk instance (level 0 gives
 * plain text) and the terminal width in, a string out.
 */
import type { ChalkInstance } from "chalk";
import { PART_LABELS, REQUIRED_PARTS } from "../compliance/index.js";
import type { Metric, Report, Section } from "../schema/report.js";
import { codePoints, flattenSections, formatChange, formatDeadline, formatValue, groupByDomain } from "./figures.js";
import { displayWidth, padEnd, padStart, truncate, wrapLines, type Styled } from "./width.js";

export interface SummaryOptions {
  colors: ChalkInstance;
  /** terminal columns; narrower than MIN_WIDTH is treated as MIN_WIDTH */
  width: number;
}

const MIN_WIDTH = 40;
/** code points of context shown on each side of a figure's evidence */
const CONTEXT = 18;

export function renderSummary(report: Report, input: string, options: SummaryOptions): string {
  const width = Math.max(MIN_WIDTH, Math.floor(options.width));
  const c = options.colors;
  const chars = codePoints(input);
  return [
    ...headerLines(report, width, c),
    ...keywordLines(report, width, c),
    "",
    ...outlineLines(report, width, c),
    "",
    ...complianceLines(report, width, c),
    "",
    ...figureLines(report, chars, width, c),
    "",
    ...checkLines(report, width, c),
    "",
    ...warningLines(report, width, c),
  ].join("\n") + "\n";
}

function heading(text: string, c: ChalkInstance): string {
  return c.bold.underline(text);
}

function headerLines(report: Report, width: number, c: ChalkInstance): string[] {
  const { meta, source } = report;
  const facts = [
    meta.region ?? "region unknown",
    meta.level ?? "level unknown",
    meta.year === null ? "year unknown" : String(meta.year),
    meta.publishedAt ? `published ${meta.publishedAt}` : null,
  ].filter((fact): fact is string => fact !== null);
  return [
    ...wrapLines([{ text: meta.title ?? "(untitled report)", style: c.bold }], width),
    ...wrapLines([{ text: facts.join(" · ") }], width),
    ...wrapLines(
      [{ text: `${source.path} · ${source.encoding} · ${source.script} · ${source.bytes} bytes`, style: c.gray }],
      width,
    ),
  ];
}

/** Only when the report was extracted with --keywords. */
function keywordLines(report: Report, width: number, c: ChalkInstance): string[] {
  if (!report.keywords || report.keywords.length === 0) return [];
  return wrapLines([{ text: "keywords: ", style: c.gray }, { text: report.keywords.map((k) => k.term).join(" · ") }], width);
}

function outlineLines(report: Report, width: number, c: ChalkInstance): string[] {
  const sections = flattenSections(report.sections);
  const lines = [heading(`Outline (${sections.length} sections)`, c)];
  if (sections.length === 0) return [...lines, c.gray("  no numbered headings")];
  const counts = figuresPerSection(report.metrics);
  for (const section of sections) lines.push(outlineLine(section, counts.get(section.path) ?? 0, width, c));
  return lines;
}

function figuresPerSection(metrics: readonly Metric[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const metric of metrics) if (metric.section) counts.set(metric.section, (counts.get(metric.section) ?? 0) + 1);
  return counts;
}

/** One line per section: indented marker and title, then category and figure count at the right edge. */
function outlineLine(section: Section, figures: number, width: number, c: ChalkInstance): string {
  const indent = "  ".repeat(section.level);
  const tail = `${section.category}${figures > 0 ? ` · ${figures} fig` : ""}`;
  const room = width - displayWidth(indent) - displayWidth(tail) - 2;
  const title = padEnd(truncate(`${section.marker}${section.title}`, room), room);
  return `${indent}${title}  ${c.gray(tail)}`;
}

/** A checklist line per required part (its first heading or opening, and how many more) and the deadline. */
function complianceLines(report: Report, width: number, c: ChalkInstance): string[] {
  const lines = [heading("Required parts", c)];
  const { compliance } = report;
  if (compliance === null) return [...lines, c.gray("  not a yearly rule-of-law report: no verdict")];
  const nameWidth = Math.max(...REQUIRED_PARTS.map((part) => displayWidth(part)));
  for (const part of REQUIRED_PARTS) {
    const [first, ...more] = compliance.parts[part];
    const mark: Styled = first ? { text: "✓", style: c.green } : { text: "✗", style: c.red.bold };
    const name: Styled = { text: ` ${padEnd(part, nameWidth)}  ` };
    const found: Styled[] = first
      ? [{ text: `§${first.section ?? "–"} `, style: c.gray }, { text: first.evidence.replace(/\s+/gu, " ") }, { text: more.length > 0 ? ` (+${more.length} more)` : "", style: c.gray }]
      : [{ text: `missing: ${PART_LABELS[part]}`, style: c.red }];
    lines.push(...wrapLines([mark, name, ...found], width, "  "));
  }
  lines.push(...wrapLines([{ text: formatDeadline(compliance) }], width, "  "));
  return lines;
}

function figureLines(report: Report, chars: readonly string[], width: number, c: ChalkInstance): string[] {
  const lines = [heading(`Figures (${report.metrics.length})`, c)];
  if (report.metrics.length === 0) return [...lines, c.gray("  no figures found")];
  const values = report.metrics.map(valueText);
  const valueWidth = Math.min(24, Math.max(...values.map(displayWidth)));
  const sectionTexts = report.metrics.map((metric) => (metric.section ? `§${metric.section}` : "§–"));
  const sectionWidth = Math.max(...sectionTexts.map(displayWidth));
  const labelWidth = Math.max(8, width - 4 - valueWidth - sectionWidth - 4);
  for (const group of groupByDomain(report.metrics)) {
    lines.push(`  ${c.bold(group.label)} ${c.gray(group.name)}`);
    for (const index of group.metrics) {
      const metric = report.metrics[index]!;
      const label = padEnd(truncate(metric.label, labelWidth), labelWidth);
      const value = padStart(truncate(values[index]!, valueWidth), valueWidth);
      lines.push(`    ${label}  ${c.bold(value)}  ${c.gray(sectionTexts[index]!)}`);
      lines.push(...wrapLines(evidenceInContext(metric, chars, c), width, "      "));
    }
  }
  return lines;
}

function valueText(metric: Metric): string {
  return metric.change ? `${formatValue(metric)} ${formatChange(metric.change)}` : formatValue(metric);
}

/**
 * The evidence with up to CONTEXT code points either side, line breaks shown
 * as spaces. Without colors the evidence is bracketed 【…】 so it still stands out.
 */
export function evidenceInContext(metric: Metric, chars: readonly string[], c: ChalkInstance): Styled[] {
  const [start, end] = metric.span;
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(chars.length, end + CONTEXT);
  const flat = (slice: readonly string[]): string => slice.join("").replace(/\s+/gu, " ");
  const before = (from > 0 ? "…" : "") + flat(chars.slice(from, start)).trimStart();
  const after = flat(chars.slice(end, to)).trimEnd() + (to < chars.length ? "…" : "");
  const evidence = flat(chars.slice(start, end));
  const figure: Styled[] =
    c.level > 0 ? [{ text: evidence, style: c.bold.yellow }] : [{ text: `【${evidence}】` }];
  return [{ text: before, style: c.gray }, ...figure, { text: after, style: c.gray }];
}

function checkLines(report: Report, width: number, c: ChalkInstance): string[] {
  const lines = [heading(`Checks (${report.checks.length})`, c)];
  if (report.checks.length === 0) return [...lines, c.gray("  no related figures to compare")];
  for (const check of report.checks) {
    const mark: Styled = check.ok ? { text: "✓ ok  ", style: c.green } : { text: "✗ FAIL", style: c.red.bold };
    lines.push(...wrapLines([mark, { text: ` ${check.rule}: ` }, { text: check.detail, style: c.bold }], width, "  "));
  }
  return lines;
}

function warningLines(report: Report, width: number, c: ChalkInstance): string[] {
  const lines = [heading(`Warnings (${report.warnings.length})`, c)];
  if (report.warnings.length === 0) return [...lines, c.gray("  none")];
  for (const warning of report.warnings) {
    lines.push(...wrapLines([{ text: `! ${warning.code}: `, style: c.yellow }, { text: warning.message }], width, "  "));
  }
  return lines;
}
