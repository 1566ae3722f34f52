/**
 * What `--strict` fails on, the same for one report and for a batch: the
 * warnings that say a report breaks a rule (figures that disagree, a required
 * part missing, publication after the deadline), not those about reading it.
 */
import type { Report } from "../schema/report.js";

const RULE_WARNINGS: ReadonlySet<string> = new Set(["check_failed", "missing_part", "published_late"]);

export function failsStrict(report: Report): boolean {
  return report.warnings.some((warning) => RULE_WARNINGS.has(warning.code));
}
