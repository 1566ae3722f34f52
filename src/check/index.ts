/**
 * check: related figures against each other. A rate is compared with its
 * numerator and denominator, a whole with its parts, using the figures that
 * stand nearest each other in the same section; a numerator the text gives
 * only in parts, between the denominator and the rate, is also tried summed. A disagreement is reported,
 * never corrected: the values stay as the text states them.
 */
import type { Check, Metric, Warning } from "../schema/report.js";
import { DOMAINS, type CheckRule, type Domain } from "../extract/rules/index.js";

export interface CheckResult {
  checks: Check[];
  warnings: Warning[];
}

/** `parts` are kinds of figures a text states apart (撤销12件,确认违法8件): no figures, but a numerator may be their sum. */
export function runChecks(metrics: readonly Metric[], parts: readonly Metric[] = [], domains: readonly Domain[] = DOMAINS): CheckResult {
  const checks: Check[] = [];
  for (const domain of domains) {
    for (const rule of domain.checks) checks.push(...applyRule(rule, metrics, parts));
  }
  const warnings = checks
    .filter((check) => !check.ok)
    .map((check) => ({ code: "check_failed", message: `${check.rule}: ${check.detail}` }));
  return { checks, warnings };
}

function applyRule(rule: CheckRule, metrics: readonly Metric[], parts: readonly Metric[]): Check[] {
  return rule.kind === "ratio" ? ratioChecks(rule, metrics, parts) : sumChecks(rule, metrics);
}

function ratioChecks(rule: Extract<CheckRule, { kind: "ratio" }>, metrics: readonly Metric[], kinds: readonly Metric[]): Check[] {
  const results: Check[] = [];
  for (const rate of metrics.filter((metric) => metric.id === rule.rate)) {
    const numerator = nearest(metrics, rule.numerator, rate);
    const denominator = nearest(metrics, rule.denominator, rate);
    if (!denominator || denominator.value === 0) continue;
    const parts = partsBetween([...metrics, ...kinds], rule.numerator, denominator, rate);
    // a numerator given only in parts (撤销12件,确认违法8件,责令履行3件,纠错率11.6%) is their sum
    const single = numerator ? ratioResult([numerator.value], denominator.value, rate.value) : null;
    const summed = parts.length > 1 ? ratioResult(parts.map((part) => part.value), denominator.value, rate.value) : null;
    const result = single && (single.ok || !summed?.ok) ? single : summed;
    if (!result) continue;
    results.push({ rule: rule.rule, ...result, metrics: [rule.numerator, rule.denominator, rule.rate] });
  }
  return results;
}

function ratioResult(numerators: readonly number[], denominator: number, stated: number): { ok: boolean; detail: string } {
  const numerator = numerators.reduce((sum, value) => sum + value, 0);
  const computed = (numerator / denominator) * 100;
  const shown = numerators.length > 1 ? `(${numerators.join("+")})` : String(numerator);
  return { ok: agrees(computed, stated), detail: `${shown}/${denominator} = ${computed.toFixed(decimals(stated) + 1)}%, stated ${stated}%` };
}

/** The figures with `id` in `from`'s section that stand after `from` and before `to`, in text order. */
function partsBetween(metrics: readonly Metric[], id: string, from: Metric, to: Metric): Metric[] {
  return metrics
    .filter((metric) => metric.id === id && metric.section === from.section && metric.span[0] > from.span[0] && metric.span[0] < to.span[0])
    .sort((a, b) => a.span[0] - b.span[0]);
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
