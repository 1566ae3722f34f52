/**
 * Zero said in words: 零败诉, 无一败诉, 未发生败诉案件, 所有案件均未引发行政诉讼.
 * A rule's `zero` wording gives its figure the value 0, where the sentence is
 * on the rule's topic and says it of the body's own whole: not as a goal
 * (力争零败诉), not of a part counted before it in its clause (有27万件案件
 * 未进入诉讼程序 counts the cases that did not), and not of the departments
 * under the body (区直部门和各街道未制定规范性文件: the body's own are counted apart), nor of the cases that ended one way
 * (经调解结案的案件均未进入诉讼程序: those mediated, not all).
 */
import type { Quantity } from "./numbers/quantities.js";
import { unionOf, type Domain, type MetricRule } from "./rules/types.js";
import type { Sentence } from "./sentences.js";
import { globalTwin, lowerBound } from "./topics.js";

/**
 * Any of the domains' zero wordings: the body is searched for it once, and only
 * the sentences that hold one are read here. Built from the rules, so a new
 * wording needs no second place.
 */
export function zeroWordings(domains: readonly Domain[]): RegExp {
  return unionOf(domains.flatMap((domain) => domain.rules.flatMap((rule) => (rule.zero ? [rule.zero] : []))));
}
const GOAL_BEFORE = /力争|争取|确保|实现[^,;:。]{0,4}目标|目标(?:是|为)|努力/;
const NUMBER_BEFORE = /(?:\d|[一二三四五六七八九十百千两])[\d.万亿]*\s*[件起宗个项人名次]/;
const SUBORDINATES_BEFORE = /[县市区旗州]直(?:各)?(?:行政)?(?:机关|部门|单位)/;
/** The quantifier a zero's wording may leave before it (…的案件均): the words before it end on the cases. */
const ZERO_QUANTIFIER_END = /(?:均|全部|都|无一)\s*$/;
/** The cases named by how they ended (经调解结案的案件, 作出维持决定的案件) or were heard (听证案件): a part, whatever the zero says of them. */
const OUTCOME_PART_BEFORE = /(?:调解|和解|协调|撤回|撤诉|纠错|纠正|维持|驳回|撤销)[^,;:。]{0,6}?的(?:案件)?\s*$|听证(?:会)?的?案件\s*$/;

export interface ZeroFigure {
  domain: Domain;
  rule: MetricRule;
  quantity: Quantity;
}

/** The zero figures a sentence states, for the domains its topics admit. */
export function zeroFigures(body: string, sentence: Sentence, domains: readonly Domain[], onTopic: (domain: Domain) => boolean): ZeroFigure[] {
  const text = body.slice(sentence.start, sentence.end);
  const figures: ZeroFigure[] = [];
  for (const domain of domains) {
    for (const rule of domain.rules) {
      if (!rule.zero) continue;
      for (const match of text.matchAll(globalTwin(rule.zero))) {
        const start = sentence.start + match.index;
        const clauseStart = clauseStartOf(sentence, start);
        const before = asideOpened(body.slice(clauseStart, start));
        if (GOAL_BEFORE.test(before) || NUMBER_BEFORE.test(before) || SUBORDINATES_BEFORE.test(before) || OUTCOME_PART_BEFORE.test(before.replace(ZERO_QUANTIFIER_END, ""))) continue;
        if (!namesTopic(domain, match[0]) && !onTopic(domain)) continue;
        figures.push({ domain, rule, quantity: zeroQuantity(start, start + match[0].length) });
      }
    }
  }
  return figures;
}

/**
 * The words before a zero, from the parenthesis it stands in where one is open (24起…行政应诉案件(均未发生败诉情形)):
 * an aside after a count says it of the whole count, no part counted before it.
 */
function asideOpened(before: string): string {
  const open = Math.max(before.lastIndexOf("("), before.lastIndexOf("（"));
  return open !== -1 && !/[)）]/.test(before.slice(open)) ? before.slice(open + 1) : before;
}

/** The start of the clause holding `at`, by binary search: a sentence may run to thousands of clauses. */
export function clauseStartOf(sentence: Sentence, at: number): number {
  const after = lowerBound(sentence.clauses, ([clauseStart]) => clauseStart <= at);
  return after === 0 ? sentence.start : sentence.clauses[after - 1]![0];
}

function namesTopic(domain: Domain, wording: string): boolean {
  return domain.topic.test(wording) || (domain.weakTopic?.test(wording) ?? false);
}

function zeroQuantity(start: number, end: number): Quantity {
  return { start, end, numberStart: start, value: 0, unit: "", kind: "count", qualifier: null, numeral: "chinese" };
}
