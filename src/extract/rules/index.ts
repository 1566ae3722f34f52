/**
 * Catalogue v1: every domain, in the order the engine consults them when a
 * clause names more than one. The metric ids are a public contract.
 */
import { contracts } from "./contracts.js";
import { disputes } from "./disputes.js";
import { enforcement } from "./enforcement.js";
import { legalEducation } from "./legal-education.js";
import { litigation } from "./litigation.js";
import { majorDecisions } from "./major-decisions.js";
import { normativeDocs } from "./normative-docs.js";
import { reconsideration } from "./reconsideration.js";
import type { Domain, MetricRule } from "./types.js";

export const CATALOG_VERSION = "1";

export const DOMAINS: readonly Domain[] = [
  litigation,
  reconsideration,
  normativeDocs,
  contracts,
  majorDecisions,
  enforcement,
  legalEducation,
  disputes,
];

export function ruleById(id: string, domains: readonly Domain[] = DOMAINS): MetricRule | undefined {
  for (const domain of domains) {
    const rule = domain.rules.find((candidate) => candidate.id === id);
    if (rule) return rule;
  }
  return undefined;
}

export type { Domain, MetricRule, CheckRule } from "./types.js";
