/**
 * The metric engine. For each quantity in a sentence it decides the topic
 * (the noun right after it, else the nearest topic word before it in its
 * clause, else the topic the sentence carries from an earlier clause), then
 * asks that domain's rules, most specific first, whether a cue binds the
 * quantity: right after it, before it in its clause, or, when the quantity
 * comes before its noun, a verb later in the clause. Items of a 其中 list that
 * name their own topic but no verb take the verb of the total they break down.
 */
import type { Metric, MetricUnit } from "../schema/report.js";
import type { Quantity } from "./numbers/quantities.js";
import { scanQuantities } from "./numbers/quantities.js";
import { roleOf, type Role } from "./roles.js";
import { DEFAULT_UNITS, type Domain, type MetricRule } from "./rules/types.js";
import type { Sentence } from "./sentences.js";

/** A figure before it is placed in a section and mapped back to the input. */
export interface Finding {
  rule: MetricRule;
  quantity: Quantity;
  /** analysis offsets of the evidence */
  start: number;
  end: number;
  change: FoundChange | null;
}

export interface FoundChange {
  direction: "up" | "down";
  amount: number;
  unit: NonNullable<Metric["change"]>["unit"];
  start: number;
  end: number;
}

interface TopicHit {
  start: number;
  end: number;
  domain: Domain;
  weak: boolean;
}

interface Candidate {
  quantity: Quantity;
  role: Role;
  leadStart: number;
  clause: [number, number];
}

/** Nouns that, right before a number, say it counts something else: 问题8047个, 修改意见129条. */
const FOREIGN_HEAD =
  /(?:问题|意见|建议|线索|隐患|清单|目录|单位|部门|机构|企业|窗口|平台|会议|次数|函|通知|书|条款|乡镇|街道|村|社区|事项清单|委员会|组织|中心|工作站|队伍)$/;
const FILLER_TAIL = /[共达为计有了的约近总合累\s]*$/;
const NEGATED = /(?:不予|未予|未|不|没有|无)$/;
const LIST_OPENER = /^\s*其中/;
/** A clause that says nothing before its number but "in total". */
const TOTAL_ONLY = /^\s*(?:共|共计|合计|总计|累计|计)?(?:为|有|达|达到)?\s*$/;
/** What joins two nouns into one count: 和, 及, 与, 、 (with a few characters of qualifier). */
const JOINER = /^[^,;:。]{0,4}(?:和|及|与|、|以及)[^,;:。和及与、]{0,4}$/;
const FOLLOW_TOPIC_REACH = 6;

export function findInSentence(body: string, sentence: Sentence, domains: readonly Domain[]): Finding[] {
  const hits = topicHits(body, sentence, domains);
  const candidates = candidatesIn(body, sentence);
  const findings: Finding[] = [];
  let listHead: ListHead | null = null;
  let lastValue: { candidate: Candidate; finding: Finding | null } | null = null;

  candidates.forEach((candidate, index) => {
    const { role } = candidate;
    if (role.kind === "change") {
      attachChange(candidate, lastValue?.finding ?? null);
      lastValue = null;
      return;
    }
    if (role.kind !== "value") return;
    const inList = listHead !== null && opensOrContinuesList(body, sentence, listHead.candidate, candidate);
    const next = candidates.slice(index + 1).find((other) => other.role.kind !== "ignored");
    const finding = bind(body, sentence, candidate, hits, inList ? listHead : null, next?.quantity.start ?? sentence.end);
    if (finding) findings.push(finding);
    if (!inList) listHead = { candidate, domain: domains.find((domain) => finding && domain.rules.includes(finding.rule)) ?? null };
    lastValue = { candidate, finding };
  });
  return findings;
}

function candidatesIn(body: string, sentence: Sentence): Candidate[] {
  const quantities = scanQuantities(body, sentence.start, sentence.end);
  const candidates: Candidate[] = [];
  let previousEnd = sentence.start;
  for (const quantity of quantities) {
    const clauseIndex = sentence.clauses.findIndex(([start, end]) => start <= quantity.start && quantity.start < end);
    const clause = sentence.clauses[clauseIndex] ?? [sentence.start, sentence.end];
    const leadStart = leadStartOf(body, sentence, clauseIndex, previousEnd, quantity);
    const before = body.slice(leadStart, quantity.start);
    const role = roleOf(quantity, before, body.slice(sentence.start, quantity.start));
    candidates.push({ quantity, role, leadStart, clause });
    if (role.kind === "value" || role.kind === "change") previousEnd = quantity.end;
  }
  return candidates;
}

/**
 * Where a quantity's lead begins: its clause, or the clause before when its
 * own says nothing but a total (公布重大行政决策事项目录,共5项), never before
 * the previous figure.
 */
function leadStartOf(body: string, sentence: Sentence, clauseIndex: number, previousEnd: number, quantity: Quantity): number {
  const clause = sentence.clauses[clauseIndex];
  if (!clause) return Math.max(sentence.start, previousEnd);
  const previous = sentence.clauses[clauseIndex - 1];
  const ownStart = Math.max(clause[0], previousEnd);
  if (!previous || !TOTAL_ONLY.test(body.slice(ownStart, quantity.start))) return ownStart;
  return Math.max(previous[0], previousEnd);
}

function topicHits(body: string, sentence: Sentence, domains: readonly Domain[]): TopicHit[] {
  const text = body.slice(sentence.start, sentence.end);
  const hits: TopicHit[] = [];
  for (const domain of domains) {
    for (const [topic, weak] of [[domain.topic, false], [domain.weakTopic, true]] as const) {
      if (!topic) continue;
      for (const match of text.matchAll(new RegExp(topic.source, "g"))) {
        hits.push({ start: sentence.start + match.index, end: sentence.start + match.index + match[0].length, domain, weak });
      }
    }
  }
  const sorted = hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return sorted.filter((hit) => !hit.weak || !overridden(hit, sorted));
}

/** A weak topic word is overridden when the nearest strong topic before it is another domain's. */
function overridden(hit: TopicHit, hits: readonly TopicHit[]): boolean {
  const strong = hits.filter((other) => !other.weak && other.end <= hit.start);
  const nearest = strong[strong.length - 1];
  return nearest !== undefined && nearest.domain !== hit.domain;
}

/** The total a 其中 list breaks down, and the domain of the figure it gave, if any. */
interface ListHead {
  candidate: Candidate;
  domain: Domain | null;
}

/** Where a quantity's topic came from: the noun after it, its own lead, or an earlier clause. */
type TopicSource = "follow" | "lead" | "carried";

/** The topic a quantity belongs to, and where that came from. */
function topicOf(
  body: string,
  candidate: Candidate,
  sentence: Sentence,
  hits: readonly TopicHit[],
  followEnd: number,
): { domain: Domain; source: TopicSource } | null {
  const { quantity, leadStart } = candidate;
  const after = hits.find((hit) => hit.start >= quantity.end && hit.start <= quantity.end + FOLLOW_TOPIC_REACH && hit.end <= followEnd);
  if (after) return { domain: after.domain, source: "follow" };
  const lead = hits.filter((hit) => hit.start >= leadStart && hit.end <= quantity.start);
  if (lead.length) return joined(body, lead) ? null : { domain: lead[lead.length - 1]!.domain, source: "lead" };
  for (let i = sentence.clauses.length - 1; i >= 0; i--) {
    const [start, end] = sentence.clauses[i]!;
    if (start >= leadStart) continue;
    const first = hits.find((hit) => hit.start >= start && hit.end <= Math.min(end, leadStart) && !enumerated(body, hit));
    if (first) return { domain: first.domain, source: "carried" };
  }
  return null;
}

/** The lead's last topic is joined to another domain's (规范性文件和合同58件): one count of both, no figure of either. */
function joined(body: string, lead: readonly TopicHit[]): boolean {
  const last = lead[lead.length - 1]!;
  return lead.some((hit) => hit.domain !== last.domain && hit.end <= last.start && JOINER.test(body.slice(hit.end, last.start)));
}

/** A topic word that is one item of a 、 list (裁判、检察建议、行政复议决定) names no subject to carry. */
function enumerated(body: string, hit: TopicHit): boolean {
  return body[hit.start - 1] === "、";
}

function bind(
  body: string,
  sentence: Sentence,
  candidate: Candidate,
  hits: readonly TopicHit[],
  listHead: ListHead | null,
  nextQuantityStart: number,
): Finding | null {
  const { quantity, leadStart, clause } = candidate;
  const followEnd = nextBoundary(body, quantity.end, Math.min(clause[1], nextQuantityStart));
  const topic = topicOf(body, candidate, sentence, hits, followEnd);
  if (!topic) return null;
  const lead = body.slice(leadStart, quantity.start);
  const follow = body.slice(quantity.end, followEnd);
  const rules = topic.domain.rules.filter((rule) => unitFits(rule, quantity));
  const foreignHead = FOREIGN_HEAD.test(lead.replace(FILLER_TAIL, ""));

  for (const rule of rules) {
    const match = rule.after?.exec(follow);
    if (match) return finding(rule, quantity, quantity.start, quantity.end + match[0].length);
  }
  if (foreignHead || rules.some((rule) => rule.before && negatedCue(rule.before, lead))) return null;
  for (const rule of rules) {
    const at = rule.before ? lastCue(rule.before, lead) : -1;
    if (at >= 0) return finding(rule, quantity, leadStart + at, quantity.end);
  }
  const nounFollows = hits.some((hit) => hit.domain === topic.domain && hit.start >= quantity.end && hit.start <= quantity.end + FOLLOW_TOPIC_REACH);
  if (nounFollows) {
    const tail = body.slice(quantity.end, clause[1]);
    for (const rule of rules) {
      const match = rule.laterVerb?.exec(tail);
      if (match) return finding(rule, quantity, quantity.start, quantity.end + match.index + match[0].length);
    }
  }
  // an item on the head's own topic is a part of the head's figure, not a figure
  if (listHead && topic.source === "lead" && listHead.domain !== topic.domain) {
    const head = listHead.candidate;
    const headLead = body.slice(head.leadStart, head.quantity.start);
    for (const rule of rules) {
      const at = rule.before ? lastCue(rule.before, headLead) : -1;
      if (at >= 0) return finding(rule, quantity, head.leadStart + at, quantity.end);
    }
  }
  return null;
}

function finding(rule: MetricRule, quantity: Quantity, start: number, end: number): Finding {
  return { rule, quantity, start, end, change: null };
}

/** The last place `cue` matches in `lead` that is not negated (不予受理), or -1. */
function lastCue(cue: RegExp, lead: string): number {
  const pattern = new RegExp(cue.source, "g");
  let found = -1;
  for (const match of lead.matchAll(pattern)) {
    if (!NEGATED.test(lead.slice(0, match.index))) found = match.index;
  }
  return found;
}

/** A cue that `lead` negates (不予受理7件): the quantity counts what was not done, so no figure. */
function negatedCue(cue: RegExp, lead: string): boolean {
  for (const match of lead.matchAll(new RegExp(cue.source, "g"))) {
    if (NEGATED.test(lead.slice(0, match.index))) return true;
  }
  return false;
}

/** The end of the words that follow a quantity: the next 、, clause end or quantity. */
function nextBoundary(body: string, from: number, limit: number): number {
  const rest = body.slice(from, limit);
  const next = rest.search(/[、,;:，；：]/);
  return next === -1 ? limit : from + next;
}

function unitFits(rule: MetricRule, quantity: Quantity): boolean {
  if (!KIND_FOR_UNIT[rule.unit].includes(quantity.kind)) return false;
  return (rule.units ?? DEFAULT_UNITS[rule.unit]).test(quantity.unit);
}

const KIND_FOR_UNIT: Record<MetricUnit, readonly Quantity["kind"][]> = {
  count: ["count", "person_time", "person"],
  percent: ["percent"],
  person: ["person"],
  person_time: ["person_time", "person"],
  yuan: ["yuan"],
};

/** A 其中 list: the clause that opens with 其中 and the clauses after it in the sentence. */
function opensOrContinuesList(body: string, sentence: Sentence, head: Candidate, item: Candidate): boolean {
  const opener = sentence.clauses.find(([start]) => start > head.quantity.start && start <= item.quantity.start && LIST_OPENER.test(body.slice(start, start + 4)));
  return opener !== undefined;
}

function attachChange(candidate: Candidate, target: Finding | null): void {
  if (!target || target.change || candidate.role.kind !== "change") return;
  const { quantity, leadStart, role } = candidate;
  const unit = quantity.kind === "percentage_point" ? "percentage_point" : quantity.kind === "percent" ? "percent" : changeUnit(target);
  if (!unit) return;
  target.change = { direction: role.direction, amount: quantity.value, unit, start: leadStart + role.phraseStart, end: quantity.end };
}

function changeUnit(target: Finding): FoundChange["unit"] | null {
  const unit = target.rule.unit;
  return unit === "percent" ? null : unit;
}
