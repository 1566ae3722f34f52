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
/** A clause that says nothing before its number but "in total" or "in that year". */
const TOTAL_ONLY = /^\s*(?:\d{4}年度?|全年|当年|今年)?(?:共|共计|合计|总计|累计|计)?(?:为|有|达|达到)?\s*$/;
/** What joins two nouns into one count: 和, 及, 与, 、 (with a few characters of qualifier). */
const JOINER = /^[^,;:。]{0,4}(?:和|及|与|、|以及)[^,;:。和及与、]{0,4}$/;
const FOLLOW_TOPIC_REACH = 6;
/** How far before a quantity its cue may stand: bounds the work on 100,000-character lines. */
const LEAD_REACH = 120;
/** How far after a quantity a later verb may stand (对16件规范性文件进行合法性审核). */
const LATER_VERB_REACH = 40;

export function findInSentence(body: string, sentence: Sentence, domains: readonly Domain[]): Finding[] {
  const candidates = candidatesIn(body, sentence);
  // most sentences state no figure: they need no topic pass
  if (!candidates.some((candidate) => candidate.role.kind === "value")) return [];
  const hits = topicHits(body, sentence, domains);
  const findings: Finding[] = [];
  const openers = listOpeners(body, sentence);
  let listHead: ListHead | null = null;
  /** the figure a change right after it belongs to */
  let lastFinding: Finding | null = null;
  /** a change no figure before it took, for a figure whose evidence will hold it (同比增长30.6%,达到1,268件) */
  let pendingChange: Candidate | null = null;

  candidates.forEach((candidate, index) => {
    const { role } = candidate;
    if (role.kind === "change") {
      if (lastFinding) attachChange(candidate, lastFinding);
      else pendingChange = candidate;
      lastFinding = null;
      return;
    }
    if (role.kind !== "value") return;
    const inList = listHead !== null && listHead.opensAt <= candidate.quantity.start;
    const bound = bind(body, sentence, candidate, hits, inList ? listHead : null, nextFigureStart(candidates, index, sentence.end));
    // an item that counts what its head counts (调解1200件,其中成功调解1100件) is a part of that figure
    const finding = inList && bound?.rule === listHead?.rule ? null : bound;
    if (finding && pendingChange && finding.start <= pendingChange.quantity.start) attachChange(pendingChange, finding);
    pendingChange = null;
    if (finding) findings.push(finding);
    if (!inList) {
      const domain = domains.find((each) => finding && each.rules.includes(finding.rule)) ?? null;
      listHead = { candidate, domain, rule: finding?.rule ?? null, opensAt: openers[lowerBound(openers, (start) => start <= candidate.quantity.start)] ?? Infinity };
    }
    lastFinding = finding;
  });
  return findings;
}

/** Where the next quantity that is a value or a change begins, or the sentence end. */
function nextFigureStart(candidates: readonly Candidate[], index: number, sentenceEnd: number): number {
  for (let i = index + 1; i < candidates.length; i++) {
    if (candidates[i]!.role.kind !== "ignored") return candidates[i]!.quantity.start;
  }
  return sentenceEnd;
}

/** Quantities in order with their roles; clause and 《》 state advance with them, so the pass stays linear. */
function candidatesIn(body: string, sentence: Sentence): Candidate[] {
  const quantities = scanQuantities(body, sentence.start, sentence.end);
  const candidates: Candidate[] = [];
  /** where the last value or change ends, and where the last value ends */
  const ends = { figure: sentence.start, value: sentence.start };
  let clauseIndex = 0;
  const titles = new TitleTracker(body, sentence.start);
  for (const quantity of quantities) {
    while (clauseIndex + 1 < sentence.clauses.length && sentence.clauses[clauseIndex]![1] <= quantity.start) clauseIndex++;
    const clause = sentence.clauses[clauseIndex] ?? [sentence.start, sentence.end];
    const leadStart = Math.max(leadStartOf(body, sentence, clauseIndex, ends, quantity), quantity.start - LEAD_REACH);
    const role = roleOf(quantity, body.slice(leadStart, quantity.start), titles.insideAt(quantity.start));
    candidates.push({ quantity, role, leadStart, clause });
    if (role.kind === "value" || role.kind === "change") ends.figure = quantity.end;
    if (role.kind === "value") ends.value = quantity.end;
  }
  return candidates;
}

/** Whether a position is inside 《…》 (a document's name), read forward once per sentence. */
class TitleTracker {
  private at: number;
  private inside = false;

  constructor(
    private readonly body: string,
    start: number,
  ) {
    this.at = start;
  }

  insideAt(position: number): boolean {
    for (; this.at < position; this.at++) {
      const char = this.body[this.at];
      if (char === "《") this.inside = true;
      else if (char === "》") this.inside = false;
    }
    return this.inside;
  }
}

/**
 * Where a quantity's lead begins: its clause, or the clause before when its
 * own says nothing but a total (公布重大行政决策事项目录,共5项) and that
 * clause holds no value, though it may hold a change
 * (新收行政复议案件同比增长30.6%,达到1,268件).
 */
function leadStartOf(body: string, sentence: Sentence, clauseIndex: number, ends: { figure: number; value: number }, quantity: Quantity): number {
  const clause = sentence.clauses[clauseIndex];
  if (!clause) return Math.max(sentence.start, ends.figure);
  const previous = sentence.clauses[clauseIndex - 1];
  const ownStart = Math.max(clause[0], ends.figure);
  // only a clause with no value of its own can lend its words
  if (!previous || ends.value > previous[0] || !TOTAL_ONLY.test(body.slice(ownStart, quantity.start))) return ownStart;
  return previous[0];
}

function topicHits(body: string, sentence: Sentence, domains: readonly Domain[]): TopicHit[] {
  const text = body.slice(sentence.start, sentence.end);
  const hits: TopicHit[] = [];
  for (const domain of domains) {
    for (const [topic, weak] of [[domain.topic, false], [domain.weakTopic, true]] as const) {
      if (!topic) continue;
      for (const match of matchesOf(topic, text)) {
        hits.push({ start: sentence.start + match.index, end: sentence.start + match.index + match[0].length, domain, weak });
      }
    }
  }
  return withoutOverriddenWeak(hits.sort((a, b) => a.start - b.start || b.end - a.end));
}

/** Drops each weak topic word whose nearest strong topic before it is another domain's. */
function withoutOverriddenWeak(sorted: readonly TopicHit[]): TopicHit[] {
  const kept: TopicHit[] = [];
  const strong: TopicHit[] = [];
  let nextStrong = 0;
  for (const hit of sorted) {
    // strong hits ending before this one, in order of their end
    for (; nextStrong < sorted.length && sorted[nextStrong]!.start < hit.start; nextStrong++) {
      if (!sorted[nextStrong]!.weak) strong.push(sorted[nextStrong]!);
    }
    const nearest = lastEndingBy(strong, hit.start);
    if (!hit.weak || !nearest || nearest.domain === hit.domain) kept.push(hit);
  }
  return kept;
}

function lastEndingBy(hits: readonly TopicHit[], position: number): TopicHit | undefined {
  for (let i = hits.length - 1; i >= 0; i--) if (hits[i]!.end <= position) return hits[i];
  return undefined;
}

/** The total a 其中 list breaks down, and the domain of the figure it gave, if any. */
interface ListHead {
  candidate: Candidate;
  domain: Domain | null;
  rule: MetricRule | null;
  /** where the first 其中 clause after it begins: quantities from there on are its items */
  opensAt: number;
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
  const after = followingHits(hits, quantity).find((hit) => hit.end <= followEnd);
  if (after) return { domain: after.domain, source: "follow" };
  const lead = hitsFrom(hits, leadStart, quantity.start).filter((hit) => hit.end <= quantity.start);
  if (lead.length) return joined(body, lead) ? null : { domain: lead[lead.length - 1]!.domain, source: "lead" };
  const carried = carriedHit(body, sentence, hits, leadStart);
  return carried ? { domain: carried.domain, source: "carried" } : null;
}

/**
 * The topic an earlier clause carries to a quantity: the first topic word of
 * the nearest clause before its lead that names one as its subject.
 */
function carriedHit(body: string, sentence: Sentence, hits: readonly TopicHit[], leadStart: number): TopicHit | undefined {
  const carries = (hit: TopicHit): boolean => hit.end <= leadStart && !enumerated(body, hit);
  let last = lowerBound(hits, (hit) => hit.start < leadStart) - 1;
  while (last >= 0 && !carries(hits[last]!)) last--;
  if (last < 0) return undefined;
  const lastStart = hits[last]!.start;
  const clause = sentence.clauses[lowerBound(sentence.clauses, ([, end]) => end <= lastStart)];
  const from = clause ? lowerBound(hits, (hit) => hit.start < clause[0]) : last;
  for (let i = from; i <= last; i++) if (carries(hits[i]!)) return hits[i];
  return undefined;
}

/** The topic words starting close enough after a quantity to be the noun it counts. */
function followingHits(hits: readonly TopicHit[], quantity: Quantity): TopicHit[] {
  return hitsFrom(hits, quantity.end, quantity.end + FOLLOW_TOPIC_REACH + 1);
}

/** The hits starting in [from, to): the hits are sorted by start. */
function hitsFrom(hits: readonly TopicHit[], from: number, to = Infinity): TopicHit[] {
  const found: TopicHit[] = [];
  for (let i = lowerBound(hits, (hit) => hit.start < from); i < hits.length && hits[i]!.start < to; i++) found.push(hits[i]!);
  return found;
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
  // a lead stretched back over a clause (……目录,共5项) must name its topic there
  if (!topic || (leadStart < clause[0] && topic.source !== "lead")) return null;
  // in 收案数、败诉数分别为120件、8件 each value's cue is its own name
  const named = respectiveName(body, candidate);
  const [cueFrom, cueTo] = named ?? [leadStart, quantity.start];
  const lead = body.slice(cueFrom, cueTo);
  const follow = body.slice(quantity.end, followEnd);
  const rules = topic.domain.rules.filter((rule) => unitFits(rule, quantity));
  const foreignHead = FOREIGN_HEAD.test(lead.replace(FILLER_TAIL, ""));

  for (const rule of rules) {
    const match = rule.after?.exec(follow);
    if (match) return finding(rule, quantity, quantity.start, quantity.end + match[0].length);
  }
  if (foreignHead) return null;
  const cues = rules.map((rule) => cueIn(rule.before, lead));
  if (cues.some((cue) => cue.negated)) return null;
  const cued = cues.findIndex((cue) => cue.at >= 0);
  if (cued >= 0) return finding(rules[cued]!, quantity, cueFrom + cues[cued]!.at, quantity.end);
  if (named) return null;
  const listed = listVerb(body, candidate, rules);
  if (listed) return listed;
  const nounFollows = followingHits(hits, quantity).some((hit) => hit.domain === topic.domain);
  if (nounFollows) {
    const tail = body.slice(quantity.end, Math.min(clause[1], quantity.end + LATER_VERB_REACH));
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
      const { at } = cueIn(rule.before, headLead);
      if (at >= 0) return finding(rule, quantity, head.leadStart + at, quantity.end);
    }
  }
  return null;
}

/** 分别为 and its kin: names before it, their values after it, in the same order. */
const RESPECTIVELY = /分别(?:为|是|达到?|有)/g;
const ITEM_SEPARATOR = /[、和及]/;
/** Longest value item looked at after 分别为 (约1,200余件 and its separator). */
const MAX_VALUE_ITEM = 16;

/**
 * The name a respectively-list gives a quantity, as body offsets: in
 * 收案数、败诉数分别为120件、8件 the second value is 败诉数's. Null when the
 * quantity is not in such a list, or the list has fewer names than values.
 */
function respectiveName(body: string, candidate: Candidate): [number, number] | null {
  const { quantity, clause } = candidate;
  const from = Math.max(clause[0], quantity.start - LEAD_REACH);
  const before = body.slice(from, quantity.start);
  const marker = [...before.matchAll(RESPECTIVELY)].pop();
  if (!marker) return null;
  const values = before.slice(marker.index + marker[0].length).split(ITEM_SEPARATOR);
  const index = values.length - 1;
  if (values.slice(0, index).some((value) => value.length === 0 || value.length > MAX_VALUE_ITEM) || values[index]!.trim() !== "") return null;
  const names = before.slice(0, marker.index).split(ITEM_SEPARATOR);
  if (names.length < 2 || index >= names.length) return null;
  const start = from + names.slice(0, index).reduce((length, name) => length + name.length + 1, 0);
  return [start, start + names[index]!.length];
}

/**
 * An item of a 、 list takes the verb its list opened with: in
 * 审查规范性文件12件、重大行政决策7项、行政协议89件 all three were reviewed.
 */
function listVerb(body: string, candidate: Candidate, rules: readonly MetricRule[]): Finding | null {
  const { quantity, leadStart, clause } = candidate;
  if (body[leadStart] !== "、" || leadStart <= clause[0]) return null;
  const listStart = Math.max(clause[0], quantity.start - LEAD_REACH);
  const listLead = body.slice(listStart, leadStart);
  for (const rule of rules) {
    const { at, negated } = cueIn(rule.before, listLead);
    if (at >= 0 && !negated) return finding(rule, quantity, listStart + at, quantity.end);
  }
  return null;
}

function finding(rule: MetricRule, quantity: Quantity, start: number, end: number): Finding {
  return { rule, quantity, start, end, change: null };
}

/**
 * Where `cue` stands in `lead`: `at`, its last match that is not negated (-1 if
 * none), and `negated`, whether any match is (不予受理7件 counts what was not
 * done, so the quantity gives no figure).
 */
function cueIn(cue: RegExp | undefined, lead: string): { at: number; negated: boolean } {
  let at = -1;
  let negated = false;
  if (!cue) return { at, negated };
  for (const match of matchesOf(cue, lead)) {
    if (NEGATED.test(lead.slice(0, match.index))) negated = true;
    else at = match.index;
  }
  return { at, negated };
}

const globalTwins = new WeakMap<RegExp, RegExp>();

/** Every match of a rule's pattern in `text`; its global twin is compiled once, not per sentence. */
function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  let global = globalTwins.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, "g");
    globalTwins.set(pattern, global);
  }
  const matches: RegExpExecArray[] = [];
  global.lastIndex = 0;
  for (let match = global.exec(text); match; match = global.exec(text)) {
    matches.push(match);
    if (match[0] === "") global.lastIndex++;
  }
  return matches;
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

/** Where the sentence's 其中 clauses begin: a list runs from its opener to the sentence end. */
function listOpeners(body: string, sentence: Sentence): number[] {
  return sentence.clauses.map(([start]) => start).filter((start) => LIST_OPENER.test(body.slice(start, start + 4)));
}

/** The first index whose item fails `before` (items for which it holds come first), by binary search. */
function lowerBound<T>(items: readonly T[], before: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (before(items[middle]!)) low = middle + 1;
    else high = middle;
  }
  return low;
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
