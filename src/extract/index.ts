/**
 * extract: body text → the catalogue's figures, each with its span and the
 * exact input text there, and the section that holds it.
 */
import type { Metric } from "../schema/report.js";
import type { NormalizedText } from "../normalize/index.js";
import { sectionAt, type Segmentation } from "../segment/index.js";
import { findInSentence, type Finding } from "./engine.js";
import { DOMAINS, type Domain } from "./rules/index.js";
import { splitSentences } from "./sentences.js";

export function extractMetrics(doc: NormalizedText, segmentation: Segmentation, domains: readonly Domain[] = DOMAINS): Metric[] {
  const sentences = splitSentences(doc.body, segmentation.headingRanges);
  const metrics: Metric[] = [];
  for (const sentence of sentences) {
    for (const found of findInSentence(doc.body, sentence, domains)) {
      metrics.push(toMetric(doc, segmentation, found));
    }
  }
  return metrics;
}

function toMetric(doc: NormalizedText, segmentation: Segmentation, found: Finding): Metric {
  const { rule, quantity, change } = found;
  return {
    id: rule.id,
    label: rule.label,
    value: quantity.value,
    unit: rule.unit,
    qualifier: quantity.qualifier,
    change: change
      ? {
          direction: change.direction,
          amount: change.amount,
          unit: change.unit,
          span: doc.spans.span(change.start, change.end),
          evidence: doc.spans.evidence(change.start, change.end),
        }
      : null,
    section: sectionAt(segmentation.ranges, quantity.start),
    span: doc.spans.span(found.start, found.end),
    evidence: doc.spans.evidence(found.start, found.end),
  };
}
