/**
 * check: related figures against each other. A rate is compared with its
 * numerator and denominator, a whole with its parts, using the figures that
 * stand nearest each other in the same section. A disagreement is reported,
 * never corrected: the values stay as the text states them.
 */
import type { Check, Metric, Warning } from "../schema/report.js";
import { DOMAINS, type CheckRule, type Domain } from "../extract/rules/index.js";

export interface CheckResult {
  checks: Check[];
  warnings: Warning[];
}

export function runChecks(metrics: readonly Metric[], domains: readonly Domain[] = DOMAINS): CheckResult {
  const checks: Check[] = [];
  for (const domain of domains) {
    for (const rule of domain.checks) checks.push(...applyRule(rule, metrics));
  }
  const warnings = checks
    .filter((check) => !check.ok)
    .map((check) => ({ code: "check_failed", message: `${check.rule}: ${check.detail}` }));
  return { checks, warnings };
}

function applyRule(rule: CheckRule, metrics: readonly Metric[]): Check[] {
  return rule.kind === "ratio" ? ratioChecks(rule, metrics) : sumChecks(rule, metrics);
}

function ratioChecks(rule: Extract<CheckRule, { kind: "ratio" }>, metrics: readonly Metric[]): Check[] {
  const results: Check[] = [];
  for (const rate of metrics.filter((metric) => metric.id === rule.rate)) {
    const numerator = nearest(metrics, rule.numerator, rate);
    const denominator = nearest(metrics, rule.denominator, rate);
    if (!numerator || !denominator || denominator.value === 0) continue;
    const computed = (numerator.value / denominator.value) * 100;
    const ok = agrees(computed, rate.value);
    results.push({
      rule: rule.rule,
      ok,
      detail: `${numerator.value}/${denominator.value} = ${computed.toFixed(decimals(rate.value) + 1)}%, stated ${rate.value}%`,
      metrics: [rule.numerator, rule.denominator, rule.rate],
    });
  }
  return results;
}

function sumChecks(rule: Extract<CheckRule, { kind: "sum" }>, metrics: readonly Metric[]): Check[] {
  const results: Check[] = [];
  for (const whole of metrics.filter((metric) => metric.id === rule.whole)) {
    const parts = rule.parts.map((id) => nearest(metrics, id, whole));
    if (parts.some((part) => !part)) continue;
    const values = parts.map((part) => part!.value);
    const total = values.reduce((sum, value) => sum + value, 0);
    results.push({
      rule: rule.rule,
      ok: Math.abs(total - whole.value) < 1e-9,
      detail: `${values.join("+")} = ${total}, stated ${whole.value}`,
      metrics: [...rule.parts, rule.whole],
    });
  }
  return results;
}

/** The figure with `id` in the same section as `anchor`, nearest to it in the text. */
function nearest(metrics: readonly Metric[], id: string, anchor: Metric): Metric | undefined {
  let best: Metric | undefined;
  let bestDistance = Infinity;
  for (const metric of metrics) {
    if (metric.id !== id || metric.section !== anchor.section) continue;
    const distance = Math.abs(metric.span[0] - anchor.span[0]);
    if (distance < bestDistance) {
      best = metric;
      bestDistance = distance;
    }
  }
  return best;
}

/** Agreement to the precision the text states, allowing rounding or truncation. */
function agrees(computed: number, stated: number): boolean {
  const step = 10 ** -decimals(stated);
  return Math.abs(computed - stated) <= step + 1e-9;
}

function decimals(value: number): number {
  const text = String(value);
  const dot = text.indexOf(".");
  return dot === -1 ? 0 : text.length - dot - 1;
}
