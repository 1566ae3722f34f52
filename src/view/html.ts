/**
 * `extract view`: one self-contained HTML page per report — the input text
 * with every figure's evidence highlighted by domain, a side panel with the
 * required parts and the deadline, the figures (click to scroll to the
 * evidence), the outline, checks and warnings — and an index page with a
 * sortable table of the reports (parts, timeliness, headline rates) and one of
 * every figure across them.
 *
 * Safety: every piece of report text goes through escapeHtml, the script only
 * ever sets textContent, and a Content-Security-Policy allows nothing but this
 * page's own inline style and script (by hash), so neither a `<script>` in a
 * report nor any network request can happen.
 */
import { createHash } from "node:crypto";
import { PART_LABELS, REQUIRED_PARTS } from "../compliance/index.js";
import type { Compliance, Report, RequiredPart, Section } from "../schema/report.js";
import { codePoints, domainOf, formatAmount, formatChange, formatDeadline, formatValue, groupByDomain } from "./figures.js";
import { layoutHighlights, type Anchor, type Token } from "./highlight.js";
import { PAGE_SCRIPT, INDEX_SCRIPT, STYLE } from "./assets.js";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => ESCAPES[char]!);
}

/** Element id of a section's anchor in the text. */
export function sectionAnchorId(path: string): string {
  return `sec-${path}`;
}

/** Element id of the first highlight of report.metrics[index]. */
export function metricAnchorId(index: number): string {
  return `m-${index}`;
}

/** Element id of the anchor where report.compliance.parts[part][index] starts. */
export function partAnchorId(part: RequiredPart, index: number): string {
  return `part-${part}-${index}`;
}

function cspHash(source: string): string {
  return `'sha256-${createHash("sha256").update(source, "utf8").digest("base64")}'`;
}

function page(title: string, body: string, script: string): string {
  const csp = [
    "default-src 'none'",
    `style-src ${cspHash(STYLE)}`,
    `script-src ${cspHash(script)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
<script>${script}</script>
</body>
</html>
`;
}

export function reportTitle(report: Report): string {
  return report.meta.title ?? [report.meta.region, report.meta.year, "(untitled report)"].filter((part) => part !== null).join(" ");
}

export function renderHtmlView(report: Report, input: string): string {
  const chars = codePoints(input);
  const body = `<header>
<h1>${escapeHtml(reportTitle(report))}</h1>
<p class="facts">${escapeHtml(factLine(report))}</p>
</header>
<div class="layout">
<main id="text" class="report-text" lang="zh">${renderText(report, chars)}</main>
<aside id="panel">
${compliancePanel(report)}
${figurePanel(report)}
${outlinePanel(report)}
${checksPanel(report)}
${warningsPanel(report)}
${keywordsPanel(report)}
</aside>
</div>
<div id="tip" role="tooltip" hidden></div>`;
  return page(reportTitle(report), body, PAGE_SCRIPT);
}

function factLine(report: Report): string {
  const { meta, source } = report;
  return [
    meta.region ?? "region unknown",
    meta.level ?? "level unknown",
    meta.year === null ? "year unknown" : String(meta.year),
    meta.publishedAt ? `published ${meta.publishedAt}` : null,
    `${source.path} · ${source.encoding} · ${source.script}`,
  ]
    .filter((fact): fact is string => fact !== null)
    .join(" · ");
}

function sectionAnchors(sections: readonly Section[]): Anchor[] {
  return sections.flatMap((section) => [
    { at: section.span[0], id: sectionAnchorId(section.path) },
    ...sectionAnchors(section.children),
  ]);
}

function partAnchors(compliance: Compliance | null): Anchor[] {
  if (compliance === null) return [];
  return REQUIRED_PARTS.flatMap((part) => compliance.parts[part].map((entry, index) => ({ at: entry.span[0], id: partAnchorId(part, index) })));
}

function renderText(report: Report, chars: readonly string[]): string {
  const highlights = report.metrics.map((metric, key) => ({ key, start: metric.span[0], end: metric.span[1] }));
  const tokens = layoutHighlights(chars.length, highlights, [...sectionAnchors(report.sections), ...partAnchors(report.compliance)]);
  return tokens.map((token) => renderToken(token, report, chars)).join("");
}

function renderToken(token: Token, report: Report, chars: readonly string[]): string {
  switch (token.kind) {
    case "text":
      return escapeHtml(chars.slice(token.start, token.end).join(""));
    case "anchor":
      return `<span class="anchor" id="${escapeHtml(token.id)}"></span>`;
    case "close":
      return "</mark>";
    case "open": {
      const metric = report.metrics[token.key]!;
      const id = token.first ? ` id="${metricAnchorId(token.key)}"` : "";
      const attributes = [
        `class="ev d-${escapeHtml(domainOf(metric.id))}"`,
        `data-m="${token.key}"`,
        `data-id="${escapeHtml(metric.id)}"`,
        `data-label="${escapeHtml(metric.label)}"`,
        // The qualifier has its own line in the tooltip, so the value is the bare amount here.
        `data-value="${escapeHtml(metric.change ? `${formatAmount(metric)} ${formatChange(metric.change)}` : formatAmount(metric))}"`,
        `data-qualifier="${escapeHtml(metric.qualifier ?? "none")}"`,
        `tabindex="0"`,
      ];
      return `<mark${id} ${attributes.join(" ")}>`;
    }
  }
}

function valueWithChange(report: Report, index: number): string {
  const metric = report.metrics[index]!;
  return metric.change ? `${formatValue(metric)} ${formatChange(metric.change)}` : formatValue(metric);
}

function figurePanel(report: Report): string {
  const groups = groupByDomain(report.metrics).map((group) => {
    const items = group.metrics.map((index) => {
      const metric = report.metrics[index]!;
      return `<li><a class="fig" href="#${metricAnchorId(index)}" data-m="${index}"><span class="label">${escapeHtml(metric.label)}</span> <span class="value">${escapeHtml(valueWithChange(report, index))}</span></a></li>`;
    });
    return `<div class="domain d-${escapeHtml(group.name)}"><h3><span class="swatch"></span>${escapeHtml(group.label)} <small>${escapeHtml(group.name)}</small></h3><ol>${items.join("")}</ol></div>`;
  });
  const content = groups.length > 0 ? groups.join("\n") : `<p class="none">no figures found</p>`;
  return `<section id="figures"><h2>Figures (${report.metrics.length})</h2>\n${content}</section>`;
}

/** A checklist of the required parts, each linking to where the report covers it, and the deadline. */
function compliancePanel(report: Report): string {
  const { compliance } = report;
  if (compliance === null) {
    return `<section id="compliance"><h2>Required parts</h2><p class="none">not a yearly rule-of-law report: no verdict</p></section>`;
  }
  const items = REQUIRED_PARTS.map((part) => {
    const entries = compliance.parts[part];
    if (entries.length === 0) return `<li class="fail"><span class="mark">✗</span> ${part} <small>${escapeHtml(PART_LABELS[part])}: missing</small></li>`;
    const links = entries.map((entry, index) => `<a href="#${partAnchorId(part, index)}">${escapeHtml(entry.evidence)}</a>`);
    return `<li class="ok"><span class="mark">✓</span> ${part} <small>${escapeHtml(PART_LABELS[part])}</small><ul>${links.map((link) => `<li>${link}</li>`).join("")}</ul></li>`;
  });
  return `<section id="compliance"><h2>Required parts</h2><ul class="parts">${items.join("")}</ul><p class="deadline">${escapeHtml(formatDeadline(compliance))}</p></section>`;
}

function outlinePanel(report: Report): string {
  const content = report.sections.length > 0 ? outlineList(report.sections) : `<p class="none">no numbered headings</p>`;
  return `<section id="outline"><h2>Outline</h2>${content}</section>`;
}

function outlineList(sections: readonly Section[]): string {
  const items = sections.map((section) => {
    const children = section.children.length > 0 ? outlineList(section.children) : "";
    return `<li><a href="#${escapeHtml(sectionAnchorId(section.path))}">${escapeHtml(section.marker + section.title)}</a> <small>${escapeHtml(section.category)}</small>${children}</li>`;
  });
  return `<ol>${items.join("")}</ol>`;
}

function checksPanel(report: Report): string {
  const items = report.checks.map(
    (check) =>
      `<li class="${check.ok ? "ok" : "fail"}"><span class="mark">${check.ok ? "✓" : "✗"}</span> <code>${escapeHtml(check.rule)}</code>: ${escapeHtml(check.detail)}</li>`,
  );
  const content = items.length > 0 ? `<ul>${items.join("")}</ul>` : `<p class="none">no related figures to compare</p>`;
  return `<section id="checks"><h2>Checks (${report.checks.length})</h2>${content}</section>`;
}

function warningsPanel(report: Report): string {
  const items = report.warnings.map((warning) => `<li><code>${escapeHtml(warning.code)}</code>: ${escapeHtml(warning.message)}</li>`);
  const content = items.length > 0 ? `<ul>${items.join("")}</ul>` : `<p class="none">none</p>`;
  return `<section id="warnings"><h2>Warnings (${report.warnings.length})</h2>${content}</section>`;
}

/** Shown only when the report was extracted with --keywords. */
function keywordsPanel(report: Report): string {
  if (!report.keywords || report.keywords.length === 0) return "";
  const items = report.keywords.map((keyword) => `<li>${escapeHtml(keyword.term)}</li>`);
  return `<section id="keywords"><h2>Keywords</h2><ul class="keywords">${items.join("")}</ul></section>`;
}

/** One report in the index: its page, or why it has none. */
export type IndexEntry = { path: string; href: string; report: Report } | { path: string; error: string };
type ReadEntry = Extract<IndexEntry, { report: Report }>;

export function renderIndexPage(entries: readonly IndexEntry[]): string {
  const read = entries.filter((entry): entry is ReadEntry => !("error" in entry));
  const unread = entries.flatMap((entry) => ("error" in entry ? [`<li class="fail"><code>${escapeHtml(entry.path)}</code>: ${escapeHtml(entry.error)}</li>`] : []));
  const body = `<header><h1>Reports (${entries.length})</h1></header>
<main class="index">
${sortableTable("reports-table", REPORT_COLUMNS, read.map(reportRow))}
${unread.length > 0 ? `<h2>Not read (${unread.length})</h2><ul class="reports">${unread.join("")}</ul>` : ""}
<h2>Figures</h2>
${sortableTable("figures-table", FIGURE_COLUMNS, read.flatMap(figureRows))}
</main>`;
  return page(`Reports (${entries.length})`, body, INDEX_SCRIPT);
}

interface Column {
  label: string;
  /** how the page's script compares the column's cells: by data-sort or text */
  type: "text" | "number";
}

function sortableTable(id: string, columns: readonly Column[], rows: readonly string[]): string {
  const head = columns.map((column, index) => `<th data-col="${index}" data-type="${column.type}" aria-sort="none"><button type="button">${column.label}</button></th>`);
  return `<table id="${id}" class="sortable">
<thead><tr>${head.join("")}</tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>`;
}

/** The rates an evaluator compares first, each the report's first statement of it. */
const HEADLINE_RATES = [
  { id: "litigation.loss_rate", label: "Loss rate" },
  { id: "litigation.head_appearance_rate", label: "Head appearance rate" },
  { id: "reconsideration.correction_rate", label: "Correction rate" },
] as const;

const REPORT_COLUMNS: readonly Column[] = [
  { label: "Report", type: "text" },
  { label: "Region", type: "text" },
  { label: "Level", type: "text" },
  { label: "Year", type: "number" },
  { label: "Published", type: "text" },
  { label: "On time", type: "number" },
  ...REQUIRED_PARTS.map((part) => ({ label: part, type: "number" as const })),
  ...HEADLINE_RATES.map((rate) => ({ label: rate.label, type: "number" as const })),
  { label: "Figures", type: "number" },
  { label: "Warnings", type: "number" },
];

/** One row per report: who, when, whether on time, each part (✓ links to its evidence), the headline rates. */
function reportRow(entry: ReadEntry): string {
  const { report, href } = entry;
  const { meta, compliance } = report;
  const cells = [
    `<td><a href="${escapeHtml(href)}">${escapeHtml(reportTitle(report))}</a><br><small>${escapeHtml(entry.path)}</small></td>`,
    textCell(meta.region),
    textCell(meta.level),
    numberCell(meta.year),
    textCell(meta.publishedAt),
    onTimeCell(compliance),
    ...REQUIRED_PARTS.map((part) => partCell(href, compliance, part)),
    ...HEADLINE_RATES.map((rate) => rateCell(entry, rate.id)),
    numberCell(report.metrics.length),
    numberCell(report.warnings.length),
  ];
  return `<tr>${cells.join("")}</tr>`;
}

/** A whole number the sort script compares as one; empty when unknown. */
function numberCell(value: number | null): string {
  return `<td data-sort="${value ?? ""}">${value ?? ""}</td>`;
}

/** A text, escaped; empty when unknown. */
function textCell(value: string | null): string {
  return `<td>${escapeHtml(value ?? "")}</td>`;
}

/** The link from an index table to a figure on its report's page. */
function metricHref(entry: ReadEntry, index: number): string {
  return escapeHtml(`${entry.href}#${metricAnchorId(index)}`);
}

/** A text with no verdict shows a dash and sorts with the unknowns, after every verdict. */
const NO_VERDICT = `<td data-sort="" title="not a yearly rule-of-law report">–</td>`;

function onTimeCell(compliance: Compliance | null): string {
  if (compliance === null) return NO_VERDICT;
  if (compliance.onTime === null) return `<td data-sort="">unknown</td>`;
  return compliance.onTime ? `<td class="ok" data-sort="1">on time</td>` : `<td class="fail" data-sort="0">late</td>`;
}

function partCell(href: string, compliance: Compliance | null, part: RequiredPart): string {
  if (compliance === null) return NO_VERDICT;
  const first = compliance.parts[part][0];
  if (!first) return `<td class="fail" data-sort="0" title="${escapeHtml(`missing: ${PART_LABELS[part]}`)}">✗</td>`;
  return `<td class="ok" data-sort="1"><a href="${escapeHtml(`${href}#${partAnchorId(part, 0)}`)}" title="${escapeHtml(first.evidence)}">✓</a></td>`;
}

function rateCell(entry: ReadEntry, id: string): string {
  const index = entry.report.metrics.findIndex((metric) => metric.id === id);
  if (index === -1) return `<td data-sort=""></td>`;
  const metric = entry.report.metrics[index]!;
  return `<td data-sort="${metric.value}"><a href="${metricHref(entry, index)}">${escapeHtml(formatValue(metric))}</a></td>`;
}

const FIGURE_COLUMNS: readonly Column[] = [
  { label: "Report", type: "text" },
  { label: "Region", type: "text" },
  { label: "Year", type: "number" },
  { label: "Domain", type: "text" },
  { label: "Figure", type: "text" },
  { label: "Value", type: "number" },
  { label: "Qualifier", type: "text" },
  { label: "Section", type: "text" },
  { label: "Evidence", type: "text" },
];

function figureRows(entry: ReadEntry): string[] {
  const { report } = entry;
  return report.metrics.map((metric, index) => {
    const cells = [
      `<td><a href="${escapeHtml(entry.href)}">${escapeHtml(reportTitle(report))}</a></td>`,
      textCell(report.meta.region),
      numberCell(report.meta.year),
      `<td><span class="swatch d-${escapeHtml(domainOf(metric.id))}"></span>${escapeHtml(domainOf(metric.id))}</td>`,
      `<td>${escapeHtml(metric.label)}<br><code>${escapeHtml(metric.id)}</code></td>`,
      `<td data-sort="${metric.value}">${escapeHtml(valueWithChange(report, index))}</td>`,
      textCell(metric.qualifier),
      textCell(metric.section),
      `<td><a href="${metricHref(entry, index)}">${escapeHtml(metric.evidence)}</a></td>`,
    ];
    return `<tr>${cells.join("")}</tr>`;
  });
}
