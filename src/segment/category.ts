/**
 * The category of a top-level section, from its title. When a title names two
 * (存在问题及下一步打算), the one it names first wins.
 */
import type { Category } from "../schema/report.js";

const CUES: ReadonlyArray<[Exclude<Category, "achievements">, RegExp]> = [
  ["leadership_duty", /第一责任人|主要负责人|履行.{0,12}职责|述法/],
  [
    "problems",
    /存在的?(?:主要)?(?:问题|不足|困难|差距)|(?:问题|困难)(?:和|与|及)(?:不足|差距|困难|短板)|不足(?:之处)?(?:和|与|及)|差距(?:和|与)不足|短板|薄弱|^(?:主要)?问题|^不足/,
  ],
  [
    "plans",
    /下一步|下一阶段|下一年|下步|(?:\d{4}年|明年|来年)(?:度)?.{0,10}(?:打算|计划|思路|安排|重点|目标)|工作(?:打算|计划|思路|安排|重点)|努力方向|展望/,
  ],
  ["other", /^其他|^其它|需要说明|需要报告|附件/],
];

export function categorize(title: string, afterProblemsOrPlans: boolean): Category {
  let best: Category | null = null;
  let bestAt = Infinity;
  for (const [category, cue] of CUES) {
    const at = title.search(cue);
    if (at !== -1 && at < bestAt) {
      best = category;
      bestAt = at;
    }
  }
  if (best) return best;
  return afterProblemsOrPlans ? "other" : "achievements";
}
