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
import type { Domain } from "./types.js";

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

/** Every metric id, in catalogue order (the columns of csv-wide). */
export const METRIC_IDS: readonly string[] = DOMAINS.flatMap((domain) => domain.rules.map((rule) => rule.id));

export type { Domain, MetricRule, CheckRule } from "./types.js";
