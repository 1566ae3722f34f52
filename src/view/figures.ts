/**
 * What both views say about a figure: its domain (from the catalogue, in
 * catalogue order), its value as a reader writes it, and its section; and
 * about a report's deadline.
 */
import { DOMAINS } from "../extract/rules/index.js";
import type { Change, Compliance, Metric, Section } from "../schema/report.js";

export interface DomainGroup {
  name: string;
  label: string;
  /** indices into report.metrics, in report order */
  metrics: number[];
}

/** The domain part of a metric id: litigation.loss_rate → litigation. */
export function domainOf(id: string): string {
  return id.slice(0, id.indexOf("."));
}

/** Groups figures by domain in catalogue order; ids from no known domain come last, by name. */
export function groupByDomain(metrics: readonly Metric[]): DomainGroup[] {
  const groups = new Map<string, DomainGroup>();
  for (const domain of DOMAINS) groups.set(domain.name, { name: domain.name, label: domain.label, metrics: [] });
  metrics.forEach((metric, index) => {
    const name = domainOf(metric.id);
    let group = groups.get(name);
    if (!group) {
      group = { name, label: name, metrics: [] };
      groups.set(name, group);
    }
    group.metrics.push(index);
  });
  return [...groups.values()].filter((group) => group.metrics.length > 0);
}

const UNIT_SUFFIX: Record<Metric["unit"] | Change["unit"], string> = {
  count: "",
  percent: "%",
  percentage_point: " pp",
  person: "人",
  person_time: "人次",
  yuan: "元",
};

/** 12.7%, 10, 445人: the number with its unit. */
export function formatAmount(metric: Pick<Metric, "value" | "unit">): string {
  return `${metric.value}${UNIT_SUFFIX[metric.unit]}`;
}

/** 12.7%, over 10, 445人 — the qualifier in words, so "10余" never reads as exactly 10. */
export function formatValue(metric: Pick<Metric, "value" | "unit" | "qualifier">): string {
  return metric.qualifier ? `${metric.qualifier} ${formatAmount(metric)}` : formatAmount(metric);
}

/** ↑5.2%, ↓3 pp */
export function formatChange(change: Change): string {
  return `${change.direction === "up" ? "↑" : "↓"}${change.amount}${UNIT_SUFFIX[change.unit]}`;
}

/** Every section of the tree, depth first, in reading order. */
export function flattenSections(sections: readonly Section[]): Section[] {
  return sections.flatMap((section) => [section, ...flattenSections(section.children)]);
}

/** The code points of the input, so spans (code-point offsets) index it directly. */
export function codePoints(input: string): string[] {
  return Array.from(input);
}

/** deadline 2025-04-01 · published 2025-02-08 · on time */
export function formatDeadline(compliance: Compliance): string {
  const verdict = compliance.onTime === null ? "on time: unknown" : compliance.onTime ? "on time" : "published late";
  return `deadline ${compliance.deadline ?? "unknown"} · published ${compliance.publishedAt ?? "unknown"} · ${verdict}`;
}
