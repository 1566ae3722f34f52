/**
 * The seeds against what a careful analyst extracts from them (tests/gold,
 * copied from the project's shared gold): every required figure found, no
 * figure outside required ∪ optional, meta and headings as annotated.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract, type Report, type Section } from "../../src/index.js";
import { goldFor, seedFiles, SEEDS, type GoldFigure, type GoldSection } from "../helpers.js";

const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
const has = (figures: readonly GoldFigure[], id: string, value: number): boolean => figures.some((figure) => figure.id === id && same(figure.value, value));
const plain = (title: string): string => title.replace(/[\s,，。、:：;；“”"'()（）]/g, "");

describe.each(seedFiles())("%s", (seed) => {
  const gold = goldFor(seed);
  const report: Report = extract(readFileSync(join(SEEDS, seed)), { path: seed });

  it("finds every required figure", () => {
    const missing = gold.metrics.filter((figure) => !report.metrics.some((metric) => metric.id === figure.id && same(metric.value, figure.value)));
    expect(missing).toEqual([]);
  });

  it("reports no figure the analyst would call wrong", () => {
    const allowed = [...gold.metrics, ...(gold.optional ?? [])];
    const wrong = report.metrics.filter((metric) => !has(allowed, metric.id, metric.value)).map((metric) => `${metric.id}=${metric.value} «${metric.evidence}»`);
    expect(wrong).toEqual([]);
  });

  it("keeps the qualifiers the analyst recorded", () => {
    for (const figure of gold.metrics.filter((candidate) => candidate.qualifier)) {
      const found = report.metrics.find((metric) => metric.id === figure.id && same(metric.value, figure.value));
      expect(found?.qualifier, figure.id).toBe(figure.qualifier);
    }
  });

  it("reads the meta", () => {
    expect(report.meta.year).toBe(gold.meta.year);
    expect(report.meta.publishedAt).toBe(gold.meta.publishedAt);
    expect(report.meta.region).toBe(gold.meta.region);
    expect(report.meta.level).toBe(gold.meta.level);
    if (gold.meta.title) expect(report.meta.title).toBe(gold.meta.title);
  });

  it("finds the headings of the first two levels, with their categories", () => {
    expect(outline(report.sections)).toEqual(outline(gold.sections));
  });
});

function outline(sections: ReadonlyArray<Section | GoldSection>, depth = 1): string[] {
  return sections.flatMap((section) => [
    `${depth}:${plain(section.title)}${depth === 1 ? `:${acceptedCategory(section.category)}` : ""}`,
    ...(depth < 2 ? outline(section.children ?? [], depth + 1) : []),
  ]);
}

/** A section that reports problems and plans together may be called either. */
function acceptedCategory(category: string | undefined): string {
  return category === "plans" ? "problems" : (category ?? "");
}
