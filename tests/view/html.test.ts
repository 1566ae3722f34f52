import { describe, expect, it } from "vitest";
import { escapeHtml, renderHtmlView, renderIndexPage } from "../../src/view/html.js";
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
  it("lists every figure of every report and the reports that failed", () => {
    const loaded = SEEDS.map((seed) => load(SEEDS_DIR, seed));
    const html = renderIndexPage([
      ...loaded.map(({ report }, index) => ({ path: report.source.path, href: `reports/r${index}.html`, report })),
      { path: "broken<1>.txt", error: "cannot be read" },
    ]);
    const figures = loaded.reduce((sum, { report }) => sum + report.metrics.length, 0);
    expect(html.match(/<tr>/gu)).toHaveLength(figures + 1);
    expect(html).toContain("broken&lt;1&gt;.txt");
    expect(html.match(/<script\b/giu)).toHaveLength(1);
  });
});
