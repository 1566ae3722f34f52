import { describe, expect, it } from "vitest";
import { runChecks } from "../../src/check/index.js";
import { figuresOf } from "./harness.js";

interface CheckRow {
  text: string;
  rule: string;
  /** whether the stated figures agree; null: the check must not run */
  ok: boolean | null;
  /** the arithmetic the check shows */
  detail?: string;
}

const rows: CheckRow[] = [
  { text: "审结行政诉讼案件55件,败诉7件,败诉率12.7%。", rule: "loss_rate_matches_counts", ok: true, detail: "7/55" },
  { text: "行政诉讼审结40件,判决败诉9件,败诉率为22.5%。", rule: "loss_rate_matches_counts", ok: true, detail: "9/40" },
  { text: "审结行政诉讼案件50件,败诉7件,败诉率12.7%。", rule: "loss_rate_matches_counts", ok: false, detail: "7/50" },
  { text: "行政诉讼败诉率为3.1%。", rule: "loss_rate_matches_counts", ok: null },
  { text: "办结行政复议案件23件,纠错4件,纠错率17.4%。", rule: "correction_rate_matches_counts", ok: true, detail: "4/23" },
  { text: "行政复议审结120件,撤销、变更等纠错18件,直接纠错率为20%。", rule: "correction_rate_matches_counts", ok: false, detail: "18/120" },
  {
    text: "审结行政复议案件198件,其中维持126件,撤销12件,确认违法8件,责令履行3件,驳回申请25件,直接纠错率11.6%。",
    rule: "correction_rate_matches_counts",
    ok: true,
    detail: "(12+8+3)/198",
  },
  { text: "审结行政复议案件198件,其中撤销12件,确认违法8件,直接纠错率20%。", rule: "correction_rate_matches_counts", ok: false, detail: "(12+8)/198" },
  { text: "行政复议办结60件,调解和解21件,调解和解率35%。", rule: "reconsideration_settlement_rate_matches_counts", ok: true, detail: "21/60" },
  { text: "审结行政诉讼案件80件,调解撤诉24件,调撤率30%。", rule: "litigation_settlement_rate_matches_counts", ok: true, detail: "24/80" },
  { text: "清理规范性文件23件,其中保留16件、修改2件、废止5件。", rule: "cleanup_parts_sum_to_cleaned", ok: true, detail: "16+2+5 = 23" },
  { text: "清理规范性文件30件,其中保留16件、修改2件、废止5件。", rule: "cleanup_parts_sum_to_cleaned", ok: false, detail: "16+2+5 = 23, stated 30" },
  { text: "清理规范性文件30件,废止5件。", rule: "cleanup_parts_sum_to_cleaned", ok: null },
];

describe("checks", () => {
  for (const row of rows) {
    it(`${row.text} → ${row.rule}: ${String(row.ok)}`, () => {
      const { metrics, parts } = figuresOf(row.text);
      const before = JSON.stringify(metrics);
      const { checks, warnings } = runChecks(metrics, parts);
      const check = checks.find((candidate) => candidate.rule === row.rule);
      expect(JSON.stringify(metrics)).toBe(before);
      if (row.ok === null) {
        expect(check).toBeUndefined();
        return;
      }
      expect(check?.ok).toBe(row.ok);
      expect(check?.detail).toContain(row.detail);
      expect(warnings.some((warning) => warning.message.startsWith(row.rule))).toBe(!row.ok);
    });
  }
});
