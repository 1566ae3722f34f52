/**
 * All said in words: a count of cases, then what all of them came to (被申请行政复议2件,经县政府审理均予以维持; 应诉案件2件,
 * 均已审结). A rule's `allOf` wording gives its figure the count's value, where it follows a figure of the rules it names
 * in the same clause or the next few words (no other number, no sentence's end between), and where the text states no
 * figure of that rule itself: a stated one says better which cases it counts.
 */
import type { Finding } from "./engine.js";
import { DOMAINS } from "./rules/index.js";
import type { MetricRule } from "./rules/types.js";

/** The words after a count that an outcome of all its cases may stand in: no number, no end of a sentence or of a list's item. */
const WORDS_AFTER = /^[^。;；！？!?\d\n]*/;
const WORDS_AFTER_REACH = 40;

type AllOf = NonNullable<MetricRule["allOf"]>;

const RULES_WITH_ALL_OF: ReadonlyArray<{ rule: MetricRule; allOf: AllOf }> = DOMAINS.flatMap((domain) =>
  domain.rules.flatMap((rule) => (rule.allOf ? [{ rule, allOf: rule.allOf }] : [])),
);

/** `figures` with those that outcomes said of all of a count's cases give, in the order of their evidence. */
export function withAllOfCounts(body: string, figures: readonly Finding[]): readonly Finding[] {
  const stated = new Set(figures.map((found) => found.rule.id));
  const added: Finding[] = [];
  for (const { rule, allOf } of RULES_WITH_ALL_OF) {
    if (stated.has(rule.id)) continue;
    const found = allOfCount(body, figures, rule, allOf);
    if (found) added.push(found);
  }
  return added.length === 0 ? figures : [...figures, ...added].sort((a, b) => a.start - b.start);
}

/** The first figure of the counts `rule` may say all of, whose cases the words after it say ended so, as a figure of `rule`. */
function allOfCount(body: string, figures: readonly Finding[], rule: MetricRule, { of, wording }: AllOf): Finding | null {
  for (const count of figures) {
    if (!of.includes(count.rule.id)) continue;
    const after = WORDS_AFTER.exec(body.slice(count.quantity.end, count.quantity.end + WORDS_AFTER_REACH))?.[0] ?? "";
    const said = wording.exec(after);
    if (said) return { ...count, rule, change: null, shareOf: undefined, end: count.quantity.end + said.index + said[0].length };
  }
  return null;
}
