/**
 * What a quantity is doing in its clause, from the words right before it.
 * Only a "value" can become a figure: a change (同比增长17.1%) belongs to the
 * figure before it, and baselines (较2022年558件), shares (占比31%), parts by
 * category or level (行政处罚类349件), frequencies, goals and document names
 * are never figures (the scanner already leaves out ordinals and quoted names).
 */
import type { Quantity } from "./numbers/quantities.js";

export type Role =
  | { kind: "value" }
  | { kind: "change"; direction: "up" | "down"; phraseStart: number }
  | { kind: "ignored"; reason: string };

const FIGURE_KINDS = new Set(["count", "person", "person_time", "percent", "yuan", "percentage_point"]);
const CHANGE_VERB = /(增长|增加|上升|提高|提升|增幅|增长率|下降|减少|降低|回落|下滑|降幅|下降率)了?(?:为|达)?$/;
const SHORT_CHANGE_VERB = /(?:同比|环比|较|比)[^,;:。]{0,12}?([增减降升])了?$/;
const COMPARISON_START = /(?:同比|环比|较|相比|比)[^,;:。]*$/;
const BASELINE = /(?:较|相比于?|同比|环比|(?<![占对评排类无正相好])比)[^,;:。]{0,12}$|(?:上年|去年|上一年度?|前年)(?:同期)?(?:为|是|的)?$/;
/** The starting point of a change stated as a range: 从2022年的85%(提升到100%), 由85%(提高到100%). */
const FROM = /(?:从|由)$|从[^,;:。从]{0,8}的$/;
const SHARE = /(?:占比|占到|占总数的?|占全部[^,;:。]{0,6}的?|比重|占)(?:为|达|约)?$/;
/** A rate per period or per unit (每季度至少开展普法活动2次): no total for the year. */
const EVERY = /每[^,;:。\d]{0,12}$/;
/** A goal, not a result: 力争出庭应诉率达到100%, 纠错率控制在10%以内. */
const TARGET = /力争|争取|力求|预计|控制在|目标(?:是|为)/;
/**
 * A part of a total by category or by level (行政处罚类349件, 市本级收案45件):
 * a 类 or 级 word a few characters before the number. 各类/各级 and the like
 * mean "all kinds", so they open a total instead.
 */
const BREAKDOWN = /(?<![各此这该同等多两诸])[类级](?:案件|纠纷|事项|文件)?[^,;:。、\d类级]{0,4}$/;
const CODE_BEFORE = /[A-Za-z\-—–_/#.·]$/;

const UP = /增|升|提/;

/** `before` is the quantity's lead in its clause; `insideTitle` says it stands inside 《…》. */
export function roleOf(quantity: Quantity, before: string, insideTitle: boolean): Role {
  if (!FIGURE_KINDS.has(quantity.kind)) return { kind: "ignored", reason: quantity.kind };
  if (insideTitle) return { kind: "ignored", reason: "name" };
  if (CODE_BEFORE.test(before)) return { kind: "ignored", reason: "code" };
  if (EVERY.test(before)) return { kind: "ignored", reason: "frequency" };
  if (TARGET.test(before)) return { kind: "ignored", reason: "target" };
  const verb = CHANGE_VERB.exec(before) ?? SHORT_CHANGE_VERB.exec(before);
  if (verb || quantity.kind === "percentage_point") {
    const direction = verb && !UP.test(verb[1]!) ? "down" : verb ? "up" : changeDirection(before);
    const comparison = COMPARISON_START.exec(before);
    const phraseStart = comparison ? comparison.index : verb ? verb.index : before.length;
    if (direction) return { kind: "change", direction, phraseStart };
    return { kind: "ignored", reason: "change without direction" };
  }
  if (SHARE.test(before)) return { kind: "ignored", reason: "share" };
  if (BREAKDOWN.test(before)) return { kind: "ignored", reason: "breakdown" };
  if (BASELINE.test(before) || FROM.test(before)) return { kind: "ignored", reason: "baseline" };
  return { kind: "value" };
}

function changeDirection(before: string): "up" | "down" | null {
  const tail = before.slice(-12);
  if (/下降|减少|降低|回落|下滑|减|降/.test(tail)) return "down";
  if (/增长|增加|上升|提高|提升|增|升/.test(tail)) return "up";
  return null;
}
