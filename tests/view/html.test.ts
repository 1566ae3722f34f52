import { describe, expect, it } from "vitest";
import { REQUIRED_PARTS } from "../../src/compliance/index.js";
import { escapeHtml, partAnchorId, renderHtmlView, renderIndexPage } from "../../src/view/html.js";
import { layoutHighlights, type Token } from "../../src/view/highlight.js";
import { SEEDS, SEEDS_DIR, VIEW_FIXTURES_DIR, load } from "./seeds.js";

/** Renders tokens as [key … ] so nesting is visible in the expectation. */
function show(text: string, tokens: readonly Token[]): string {
  return tokens
    .map((token) =>
      token.kind === "text" ? text.slice(token.start, token.end) : token.kind === "open" ? `[${token.key}${token.first ? "" : "'"} ` : token.kind === "close" ? "]" : `#${token.id}`,
    )
    .join("");
}

describe("layoutHighlights", () => {
  const text = "abcdefghij";
  it("nests a span inside another, longest outside", () => {
    expect(show(text, layoutHighlights(10, [{ key: 1, start: 2, end: 4 }, { key: 0, start: 1, end: 6 }]))).toBe("a[0 b[1 cd]ef]ghij");
    expect(show(text, layoutHighlights(10, [{ key: 0, start: 2, end: 6 }, { key: 1, start: 2, end: 4 }]))).toBe("ab[0 [1 cd]ef]ghij");
  });
  it("splits the inner span where two cross, and marks the reopened piece", () => {
    expect(show(text, layoutHighlights(10, [{ key: 0, start: 1, end: 5 }, { key: 1, start: 3, end: 8 }]))).toBe("a[0 bc[1 de]][1' fgh]ij");
  });
  it("drops empty and out-of-range spans and places anchors", () => {
    const tokens = layoutHighlights(10, [{ key: 0, start: 3, end: 3 }, { key: 1, start: 8, end: 12 }], [{ at: 5, id: "s1" }]);
    expect(show(text, tokens)).toBe("abcde#s1fghij");
  });
});

describe("escapeHtml", () => {
  it("escapes the five characters that matter in text and attributes", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
});

describe("renderHtmlView", () => {
  it.each(SEEDS)("%s: one self-contained page, every figure highlighted", (seed) => {
    const { report, text } = load(SEEDS_DIR, seed);
    const html = renderHtmlView(report, text);
    expect(html).not.toMatch(/\b(?:src|href)=["']?(?:https?:)?\/\//iu);
    expect(html).not.toMatch(/<link\b/iu);
    expect(html.match(/<script\b/giu)).toHaveLength(1);
    for (const [index] of report.metrics.entries()) expect(html).toContain(`id="m-${index}"`);
  });

  it("escapes report text: a report full of markup adds no element", () => {
    const { report, text } = load(VIEW_FIXTURES_DIR, "script-injection.txt");
    const html = renderHtmlView(report, text);
    expect(html.match(/<script\b/giu)).toHaveLength(1);
    expect(html).not.toMatch(/<(?:img|svg|iframe|style\b[^>]*>body|b>)/iu);
    expect(html).toContain("&lt;script&gt;window.__pwned");
  });
});

describe("renderIndexPage", () => {
  const loaded = SEEDS.map((seed) => load(SEEDS_DIR, seed));
  const news = load(VIEW_FIXTURES_DIR, "news-item.txt");
  const entries = [...loaded, news].map(({ report }, index) => ({ path: report.source.path, href: `reports/r${index}.html`, report }));
  const html = renderIndexPage([...entries, { path: "broken<1>.txt", error: "cannot be read" }]);
  /** The rows of one table's body. */
  const rowsOf = (id: string): string[] => html.split(`<table id="${id}"`)[1]!.split("</table>")[0]!.split("<tbody>")[1]!.match(/<tr>.*?<\/tr>/gu) ?? [];

  it("lists every figure of every report and the reports that failed", () => {
    const figures = entries.reduce((sum, { report }) => sum + report.metrics.length, 0);
    expect(rowsOf("figures-table")).toHaveLength(figures);
    expect(html).toContain("broken&lt;1&gt;.txt");
    expect(html.match(/<script\b/giu)).toHaveLength(1);
  });

  it("puts first a table with one row per report, each found part linking to its evidence in the report's page", () => {
    expect(html.indexOf('id="reports-table"')).toBeLessThan(html.indexOf('id="figures-table"'));
    const rows = rowsOf("reports-table");
    expect(rows).toHaveLength(entries.length);
    entries.forEach(({ report, href }, index) => {
      const row = rows[index]!;
      const page = renderHtmlView(report, [...loaded, news][index]!.text);
      for (const part of REQUIRED_PARTS) {
        const entry = report.compliance?.parts[part][0];
        if (!entry) continue;
        const anchor = partAnchorId(part, 0);
        expect(row).toContain(`href="${href}#${anchor}"`);
        expect(page).toContain(`id="${anchor}"`);
      }
    });
  });

  it("says so where a report has no verdict, and marks a missing part ✗", () => {
    const [newsRow] = rowsOf("reports-table").slice(-1);
    expect(news.report.compliance).toBeNull();
    expect(newsRow!.match(/<td data-sort="" title="not a yearly rule-of-law report">–<\/td>/gu)).toHaveLength(1 + REQUIRED_PARTS.length);
    const weidu = rowsOf("reports-table")[SEEDS.indexOf("weidu-district-2023.txt")]!;
    expect(weidu).toContain('<td class="fail" data-sort="0" title="missing: 党政主要负责人履行第一责任人职责情况">✗</td>');
  });

  it("shows the headline rates, each linking to its figure", () => {
    const index = SEEDS.indexOf("weidu-district-2023.txt");
    const loss = entries[index]!.report.metrics.findIndex((metric) => metric.id === "litigation.loss_rate");
    expect(rowsOf("reports-table")[index]).toContain(`<td data-sort="12.7"><a href="reports/r${index}.html#m-${loss}">12.7%</a></td>`);
  });
});
