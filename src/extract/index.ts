/**
 * extract: body text → the catalogue's figures, each with its span and the
 * exact input text there, and the section that holds it.
 */
import type { Metric } from "../schema/report.js";
import type { NormalizedText } from "../normalize/index.js";
import { sectionAt, type Segmentation } from "../segment/index.js";
import { withAllOfCounts } from "./all-of.js";
import { arisesFromHead, countsAllCases, findInSentence, opensList, opensOnExample, turnsToBreakdownAhead, unitFits, type Finding, type SentenceHints, type StatedHead } from "./engine.js";
import { hasFigures, opensOnOwnPlace, PLACE_NAME, type Scope } from "./roles.js";
import { DOMAINS, type Domain } from "./rules/index.js";
import { litigation } from "./rules/litigation.js";
import { reconsideration } from "./rules/reconsideration.js";
import { OUTSIDE_CATALOGUE } from "./rules/outside.js";
import { isOutsideCatalogue, type MetricRule } from "./rules/types.js";
import { endsParagraph, splitSentences, type Sentence } from "./sentences.js";
import { captionLineStart, findTables, tableFigures, type TableBlock } from "./tables.js";
import { globalTwin, lowerBound, SectionOutline, TopicIndex, type Inherited } from "./topics.js";
import { scanQuantities, type Quantity } from "./numbers/quantities.js";
import { clauseStartOf, zeroWordings } from "./zero.js";

/** The catalogue's domains and the topics outside it: every topic a sentence may name. */
const TOPIC_DOMAINS: readonly Domain[] = [...DOMAINS, ...OUTSIDE_CATALOGUE];
/** Every way the catalogue says zero in words, one pattern for one scan of a body. */
const ZERO_WORDINGS = zeroWordings(DOMAINS);
/**
 * A government information disclosure report names itself near its top (…编制了2017年度政府信息公开工作年度报告), or says it
 * is a report (本报告) on carrying out the disclosure regulations (贯彻落实《中华人民共和国政府信息公开条例》).
 */
function isDisclosureReport(opening: string): boolean {
  return DISCLOSURE_REPORT.test(opening) || (DISCLOSURE_REGULATIONS.test(opening) && opening.includes("本报告"));
}

const DISCLOSURE_REPORT = /政府信息公开(?:工作)?(?:年度)?报告/;
const DISCLOSURE_REGULATIONS = /《(?:中华人民共和国)?政府信息公开条例》/;
const DISCLOSURE_REPORT_REACH = 600;
/** A court, whose cases of every kind hold its administrative ones. */
const COURT = /法院|法庭/;
/** How much of a sentence's opening is read for what arose from the head before it (其中,发生…): the words are anchored there. */
const ARISES_REACH = 24;

/** The figures of a report (see extractFigures). */
export function extractMetrics(doc: NormalizedText, segmentation: Segmentation, reportYear: number | null = null): Metric[] {
  return extractFigures(doc, segmentation, reportYear).metrics;
}

/**
 * The figures of a report, and the kinds of figures it states apart
 * (撤销12件,确认违法8件 where 纠错 sums them), which are no figures but which
 * the checks may sum. `reportYear`, the year the report covers where it is
 * one: a year's figure in a list of years is history beside it.
 */
export function extractFigures(doc: NormalizedText, segmentation: Segmentation, reportYear: number | null = null, localReport = false): { metrics: Metric[]; parts: Metric[] } {
  const sentences = splitSentences(doc.body, segmentation.headingRanges);
  const outline = new SectionOutline(segmentation.ranges, segmentation.headingRanges);
  const topics = new TopicIndex(doc.body, sentences, outline, TOPIC_DOMAINS);
  const tables = findTables(doc.body);
  // a table's rows are read as a table, not as sentences
  const tablesInPlaceOfProse = tables.filter((table) => !table.inProse);
  const inTable = (sentence: Sentence): boolean => {
    const table = tablesInPlaceOfProse[lowerBound(tablesInPlaceOfProse, (each) => each.end <= sentence.start)];
    return table !== undefined && table.start <= sentence.start;
  };
  const quantities = quantitiesBySentence(doc.body, sentences);
  const zeroWords = sentencesWith(ZERO_WORDINGS, doc.body, sentences);
  const perBody = perBodySections(doc.body, segmentation.headingRanges);
  const disclosureReport = isDisclosureReport(doc.body.slice(0, DISCLOSURE_REPORT_REACH));
  // a breakdown the sentence before turned to, or one its section's heading announces, which it does not step out of
  const breakdownCarriedInto = (index: number): boolean => {
    const sentence = sentences[index]!;
    if (turnsToBreakdown(doc.body, sentences[index - 1]!, quantities[index - 1]!, sentence) && !opensOwnView(doc.body, sentence) && !opensOnWholeAgain(doc.body, sentence)) return true;
    return perBody.size > 0 && perBody.has(outline.innermostAt(sentence.start)) && !outline.isHeadingAt(sentence.start) && !opensOnWhole(doc.body, sentence);
  };
  const hintsFor = (index: number, before: readonly Finding[], openListHead: StatedHead | null): SentenceHints => {
    // asked only where the sentence states a figure: most state none
    const figures = index > 0 && hasFigures(quantities[index]!);
    // it opens on 其中 to list the parts of a count the sentence before it stated, in its paragraph or, where 其中 opens a paragraph
    // (…调解纠纷18352宗。⏎其中,…调解工作室调解纠纷2964宗), in the one before: 其中 has nothing else to point back to
    const listsBefore = figures && opensList(doc.body, [sentences[index]!.start, sentences[index]!.end]);
    return {
      mayStateZero: zeroWords.has(index) && !continuesExample(doc.body, sentences[index - 1]),
      breakdownCarried: figures && breakdownCarriedInto(index),
      headBefore: listsBefore ? statedHead(doc.body, before) : figures ? openListHead : null,
      // a count on a topic outside the catalogue (全市律师办理各类法律事务12.5万件。其中,办理诉讼案件6.3万件…): its parts are no figures either;
      // but a court's cases of every kind hold its administrative ones (两级法院共新收各类案件9213件。其中,受理行政案件512件), and what
      // the count's things gave rise to is no part of them (收到政府信息公开申请3件…。其中,发生1起…行政复议案件)
      outsideHeadBefore:
        listsBefore &&
        before.length === 0 &&
        hasFigures(quantities[index - 1]!) &&
        handsOnOnlyOutside(topics.inheritedBy(index)) &&
        !COURT.test(doc.body.slice(sentences[index - 1]!.start, sentences[index - 1]!.end)) &&
        !arisesFromHead(doc.body.slice(sentences[index]!.start, Math.min(sentences[index]!.end, sentences[index]!.start + ARISES_REACH))),
      narrowBefore: listsBefore ? narrowScopes(before) : NO_SCOPES,
      disclosureReport,
    };
  };
  const findings: Finding[] = [];
  let before: Finding[] = [];
  // the head of a list opened at a sentence's end (…共计186人,其中:), for its items on the lines after it
  let openListHead: StatedHead | null = null;
  sentences.forEach((sentence, index) => {
    const hints = hintsFor(index, before, openListHead);
    const found = inTable(sentence) ? [] : readAcross(doc.body, sentence, findInSentence(doc.body, sentence, index, topics, quantities[index]!, hints, reportYear), findings, quantities[index]!);
    // the caseload is read against the sentence that stated the head; an open list's head stood lines before `before`
    if (hints.headBefore && hints.headBefore !== openListHead) asCaseload(doc.body, findings, before, found);
    before = found;
    findings.push(...before);
    openListHead = listHeadAfter(doc.body, sentence, found, openListHead);
  });
  findings.push(...tables.flatMap((table) => tableFindings(doc.body, table, sentences, topics)));
  findings.sort((a, b) => a.start - b.start);
  const planned = inPlans(segmentation);
  const teaser = inTeaser(doc.body);
  const results = findings.filter((found) => !planned(found.start) && !teaser(found.start));
  const own = withoutColloquialReviews(
    doc.body,
    sentences,
    withoutRoundedRates(localReport ? results.filter((found) => !nationwide(doc.body, sentenceHolding(sentences, found.start)!, found)) : results),
  );
  const read = withoutFirstInstanceBesideAll(doc.body, withoutRestatedReadings(doc.body, own.filter((found) => found.scope !== "kind")));
  const figures = withAllOfCounts(doc.body, withoutSharesBesideNamedRates(doc.body, wholeOrNarrower(withOwnBodyAsWhole(read, sentences), reportYear, ownPeriodOpenings(doc.body, sentences))));
  const toMetrics = (list: readonly Finding[]): Metric[] => list.map((found) => toMetric(doc, segmentation, found));
  return { metrics: toMetrics(figures), parts: toMetrics(findings.filter((found) => found.scope === "kind")) };
}

/**
 * Whether an offset, asked in order, stands in another article's teaser, a line of a list of related items that cuts its snippet short and names
 * its source after (枣阳市…上半年出庭应诉率达86%……政府法制办): that article's figures, not the text's.
 */
function inTeaser(body: string): (at: number) => boolean {
  // each line's end found once, as the findings come in order: a line of thousands of figures is read once
  let lineEnd = -1;
  let teaser = false;
  return (at: number): boolean => {
    if (at > lineEnd) {
      const next = body.indexOf("\n", at);
      lineEnd = next === -1 ? body.length : next;
      teaser = TEASER_END.test(body.slice(Math.max(0, lineEnd - TEASER_END_REACH), lineEnd));
    }
    return teaser;
  };
}
const TEASER_END = /(?:……|\.{6})[^\s。，,；;…]{0,12}\s*$/;
const TEASER_END_REACH = 20;

/** Whether an offset stands in a part of the report on its plans (二、2024年工作打算): what is counted there is a target. */
function inPlans(segmentation: Segmentation): (at: number) => boolean {
  const plans = new Set(segmentation.sections.filter((section) => section.category === "plans").map((section) => section.path));
  const ranges = plans.size === 0 ? [] : segmentation.ranges.filter((range) => plans.has(range.path));
  return (at) => ranges.some((range) => range.start <= at && at < range.end);
}

/**
 * A sentence's figures read against each other and against those stated before it: a bound restating one, kinds
 * under an opening that names their outcome, and figures adding up to an earlier one.
 */
function readAcross(body: string, sentence: Sentence, found: Finding[], earlier: readonly Finding[], quantities: readonly Quantity[]): Finding[] {
  const unbound = withoutRestatedBounds(found);
  const framed = placesAfterWhole(body, sentence, framedKinds(body, sentence, partsInParentheses(body, unbound)));
  return withCountsRightAfter(body, splitsMarked(body, newBelowConcluded(body, framed), earlier, quantities), quantities);
}

/**
 * Counts that a rule takes right after another's figure, nothing, a 、 or the rule's words between (举办讲座15场8600余人次,
 * 宣讲250多场,受训人员达3万多人次: the audience of the events), where no figure took them already.
 */
function withCountsRightAfter(body: string, found: Finding[], quantities: readonly Quantity[]): Finding[] {
  const added: Finding[] = [];
  let taken: Set<Quantity> | undefined;
  for (const finding of found) {
    const rule = finding.scope === "whole" ? TAKES_COUNT_RIGHT_AFTER.get(finding.rule) : undefined;
    if (!rule) continue;
    const next = quantityRightAfter(body, finding.quantity, quantities, rule.rightAfterWords);
    if (!next || !unitFits(rule, next)) continue;
    // the quantities figures took, gathered once and only where a rule may take one: a sentence may hold thousands
    taken ??= new Set(found.map((each) => each.quantity));
    if (!taken.has(next)) added.push({ domain: finding.domain, rule, scope: "whole", quantity: next, start: next.start, end: next.end, change: null });
  }
  return added.length ? [...found, ...added].sort((a, b) => a.start - b.start) : found;
}

/** How far words between a figure and the count right after it may run (,受训人员达). */
const WORDS_BETWEEN_REACH = 12;

/** Each rule a count right after whose figures another rule of its domain takes (activities → participants): that rule. */
const TAKES_COUNT_RIGHT_AFTER: ReadonlyMap<MetricRule, MetricRule> = new Map(
  DOMAINS.flatMap((domain) => domain.rules.flatMap((rule) => domain.rules.filter((taker) => taker.rightAfter === rule.id).map((taker) => [rule, taker] as const))),
);

/** The quantity right after `quantity`, nothing, a 、 or the words given between: by binary search, as a sentence may hold thousands. */
function quantityRightAfter(body: string, quantity: Quantity, quantities: readonly Quantity[], words: RegExp | undefined): Quantity | undefined {
  const between = body[quantity.end] === "、" ? 1 : (words?.exec(body.slice(quantity.end, quantity.end + WORDS_BETWEEN_REACH))?.[0].length ?? 0);
  const from = quantity.end + between;
  const next = quantities[lowerBound(quantities, (each) => each.start < from)];
  return next?.start === from ? next : undefined;
}

/**
 * A topic's bare count (行政诉讼案件23件) reads as the cases dealt with, which hold those concluded: below the concluded
 * count after it in its sentence (…,审结26件), it can only be the new cases.
 */
function newBelowConcluded(body: string, found: Finding[]): Finding[] {
  if (found.length < 2) return found;
  const stated = new Set(found.map((each) => each.rule));
  // read from the end, each domain's nearest concluded count after the finding in hand: a sentence may hold thousands of figures
  const concludedNext = new Map<Domain, number>();
  const read = new Array<Finding>(found.length);
  for (let i = found.length - 1; i >= 0; i--) {
    const finding = found[i]!;
    read[i] = asNewBelow(body, finding, concludedNext.get(finding.domain), stated);
    if (isKind(finding.rule, "concluded") && finding.scope === "whole") concludedNext.set(finding.domain, finding.quantity.value);
  }
  return read;
}

function asNewBelow(body: string, finding: Finding, concluded: number | undefined, stated: ReadonlySet<MetricRule>): Finding {
  if (concluded === undefined || concluded <= finding.quantity.value || !finding.rule.bareTopic || finding.scope !== "whole") return finding;
  if (!BARE_TOPIC_COUNT.test(body.slice(finding.start, finding.quantity.start))) return finding;
  const received = ruleOfKind(finding.domain, "received");
  return received && !stated.has(received) ? { ...finding, rule: received } : finding;
}

/** Whether a rule counts the kind of thing its id ends on (litigation.received is "received"). */
function isKind(rule: MetricRule, kind: string): boolean {
  return rule.id.endsWith(`.${kind}`);
}

/** A domain's rule of that kind. */
function ruleOfKind(domain: Domain, kind: string): MetricRule | undefined {
  return domain.rules.find((rule) => isKind(rule, kind));
}

/** A topic's name and nothing else before its count: no verb says what was done to the cases. */
const BARE_TOPIC_COUNT = /^(?:行政)?(?:诉讼|应诉|复议)(?:案件)?\s*$/;

/**
 * A named place's figure after the whole's of the same metric in one sentence (全市…出庭应诉率为41.2%,柳岸区…出庭应诉率为76%,
 * 居各区县之首): that place's, one body's of the whole, which stands for the report only where the whole is not given.
 * Each finding reads only its clause's head, and the sentence is searched for the whole once: a sentence may hold
 * thousands of figures.
 */
function placesAfterWhole(body: string, sentence: Sentence, found: Finding[]): Finding[] {
  if (found.length < 2) return found;
  const stated = new Set<MetricRule>();
  let wholeAt: number | undefined;
  return found.map((finding) => {
    const statedBefore = stated.has(finding.rule);
    stated.add(finding.rule);
    if (finding.scope !== "whole" || !statedBefore) return finding;
    const clauseStart = clauseStartOf(sentence, finding.quantity.start);
    NAMED_PLACE_HEAD.lastIndex = clauseStart;
    if (!NAMED_PLACE_HEAD.test(body)) return finding;
    wholeAt ??= wholeAreaIn(body, sentence);
    return wholeAt < clauseStart ? { ...finding, scope: "body" } : finding;
  });
}

/** A place by its name opening a clause (柳岸区行政机关…), no pointing word in its stem. */
const NAMED_PLACE_HEAD = new RegExp(String.raw`\s*${PLACE_NAME}(?![级域内委政])`, "y");
/** The whole area a report speaks for. */
const WHOLE_AREA = /全(?:省|市|区|县|州|盟|旗)/;

/** Where the sentence first names the whole area, or Infinity. */
function wholeAreaIn(body: string, sentence: Sentence): number {
  const at = body.slice(sentence.start, sentence.end).search(WHOLE_AREA);
  return at === -1 ? Infinity : sentence.start + at;
}

/**
 * A count cued by 受理 whose 其中 sentence names its 新收 (共受理各类行政诉讼案件1352件…。其中,新收案件1264件) holds
 * the cases carried over too: the caseload handled, replaced in `findings` where `previous` stated it. Not where the
 * new cases are split by instance (受理一、二审行政案件5890件。其中,新收一审…4052件,新收二审…1838件): all of them are new.
 */
function asCaseload(body: string, findings: Finding[], previous: readonly Finding[], found: readonly Finding[]): void {
  for (const part of found) {
    if (!isKind(part.rule, "received") || !body.startsWith("新收", part.start) || NEW_OF_ONE_INSTANCE.test(body.slice(part.start, part.start + 6))) continue;
    const head = [...previous].reverse().find((each) => each.rule === part.rule && each.scope === "whole" && body.startsWith("受理", each.start));
    const handled = head ? ruleOfKind(head.domain, "handled") : undefined;
    if (!head || !handled) continue;
    findings[findings.lastIndexOf(head)] = { ...head, rule: handled };
  }
}

const NEW_OF_ONE_INSTANCE = /^新收(?:各类)?(?:一审|二审|再审)/;

/**
 * A sentence that opens on the cases of one outcome (全区行政机关败诉案件中,因程序违法败诉的4件,…) lists kinds of them:
 * its figures of the rule the opening names are kinds of that figure, no figure of their own.
 */
function framedKinds(body: string, sentence: Sentence, found: Finding[]): Finding[] {
  if (found.length === 0) return found;
  const frame = CASES_AMONG.exec(body.slice(sentence.start, sentence.start + CASES_AMONG_REACH));
  if (!frame) return found;
  return found.map((each) => (each.scope === "whole" && each.rule.before?.test(frame[1]!) ? { ...each, scope: "kind" as const } : each));
}

/**
 * Counts of one rule in parentheses opened by 其中 right after a figure of that rule (开展法治宣传活动148场次(其中“送法下乡”64场次、
 * “法治进校园”39场次)): its parts, as a 其中 clause's are; not counts of other rules there (审结86件(其中维持52件…)), outcomes of their own.
 */
function partsInParentheses(body: string, found: Finding[]): Finding[] {
  if (found.length < 2) return found;
  return found.map((each) => {
    const from = Math.max(0, each.start - PARTS_REACH);
    const open = each.scope === "whole" ? PARTS_OPENED.exec(body.slice(from, each.start)) : null;
    if (!open) return each;
    const openAt = from + open.index;
    const whole = found.some((other) => other !== each && other.rule === each.rule && other.quantity.end <= openAt && body.slice(other.quantity.end, openAt).trim() === "");
    return whole ? { ...each, scope: "kind" as const } : each;
  });
}

/** Parentheses opened by 其中, still open: no closing mark after the opening. */
const PARTS_OPENED = /[(（]\s*其中[^()（）]*$/;
const PARTS_REACH = 48;

const CASES_AMONG = /^[^,，。；;\d]{0,4}?([^,，。；;\d]{2,20}?)案件中[,，]/;
const CASES_AMONG_REACH = 32;

/**
 * A rate said in tenths (出庭应诉率超八成, 近九成), as a headline rounds it, where the text states that rate exactly too
 * (出庭应诉率84.9%): the rounding, no second value of it.
 */
function withoutRoundedRates(found: Finding[]): Finding[] {
  const rounds = (rounded: Finding, exact: Finding): boolean => {
    if (exact.rule !== rounded.rule || exact.quantity.unit === "成" || exact.quantity.qualifier !== null) return false;
    const gap = exact.quantity.value - rounded.quantity.value;
    const qualifier = rounded.quantity.qualifier;
    if (qualifier === "over") return gap > 0 && gap < TENTH;
    if (qualifier === "nearly" || qualifier === "under") return gap < 0 && gap > -TENTH;
    return Math.abs(gap) < TENTH;
  };
  return found.filter((rounded) => rounded.quantity.unit !== "成" || !found.some((exact) => rounds(rounded, exact)));
}
const TENTH = 10;

/**
 * The same words and count read once by a rule and elsewhere by the rule that stands in for it where its context says so
 * (受理一审行政案件9405件 as a headline, then 受理一审行政案件9405件(新收7347件,旧存2058件)): one statement, which the
 * context it was restated with reads; the other reading goes. Not one zero said in words, which reads as both at once.
 */
function withoutRestatedReadings(body: string, found: readonly Finding[]): readonly Finding[] {
  // keyed by the id stood in for, the value and the words: a sentence of thousands of figures is read in one pass, not each
  // figure against every other; two starts of such readings are enough to tell one at another place
  const key = (id: string, each: Finding): string => `${id}\u0000${each.quantity.value}\u0000${body.slice(each.start, each.end)}`;
  const standingIn = new Map<string, number[]>();
  for (const each of found) {
    for (const id of each.rule.insteadOf?.ids ?? []) {
      const starts = standingIn.get(key(id, each)) ?? [];
      if (starts.length < 2 && !starts.includes(each.start)) standingIn.set(key(id, each), [...starts, each.start]);
    }
  }
  if (standingIn.size === 0) return found;
  return found.filter((each) => !(standingIn.get(key(each.rule.id, each)) ?? []).some((start) => start !== each.start));
}

/**
 * A total of first instance alone (受理一审行政诉讼案件5918件) where the text states the same figure, larger, for cases of every
 * instance (受理各类行政诉讼案件8630件), or the cases taken in either way (新收 for 受理…(含旧存)): a narrower scope, no second total.
 */
function withoutFirstInstanceBesideAll(body: string, found: readonly Finding[]): readonly Finding[] {
  // the largest total of every instance, per rule and per domain's new cases, found once: a sentence may hold thousands of figures
  const largestByRule = new Map<MetricRule, number>();
  const largestNewByDomain = new Map<Domain, number>();
  const words = found.map((each) => (each.scope === "whole" ? body.slice(each.start, each.end) : ""));
  found.forEach((each, index) => {
    if (each.scope !== "whole" || ANY_INSTANCE.test(words[index]!)) return;
    largestByRule.set(each.rule, Math.max(largestByRule.get(each.rule) ?? 0, each.quantity.value));
    if (isKind(each.rule, "received")) largestNewByDomain.set(each.domain, Math.max(largestNewByDomain.get(each.domain) ?? 0, each.quantity.value));
  });
  if (largestByRule.size === 0) return found;
  // first instance's caseload with those carried over (受理一审…(含旧存)) is narrower than more new cases of every instance
  const largerTotal = (each: Finding): number =>
    Math.max(largestByRule.get(each.rule) ?? 0, isKind(each.rule, "handled") ? (largestNewByDomain.get(each.domain) ?? 0) : 0);
  return found.filter((each, index) => !(each.scope === "whole" && FIRST_INSTANCE_ONLY.test(words[index]!) && largerTotal(each) > each.quantity.value));
}
/** An instance named, or several (一、二审 names every one). */
const ANY_INSTANCE = /(?<!、)[一二]审|再审/;
const FIRST_INSTANCE_ONLY = /一审(?![、和及与]二审)/;

/**
 * A bound after the exact figure it rounds in the same sentence (收案2435件,…但收案数超过2000件): a comment on the
 * figure, no second value of it.
 */
function withoutRestatedBounds(found: Finding[]): Finding[] {
  if (found.length < 2) return found;
  const restates = (bound: Finding, exact: Finding): boolean =>
    exact.start < bound.start &&
    exact.rule === bound.rule &&
    exact.quantity.qualifier === null &&
    (bound.quantity.qualifier === "over" ? exact.quantity.value > bound.quantity.value : exact.quantity.value < bound.quantity.value);
  return found.filter((bound) => (bound.quantity.qualifier !== "over" && bound.quantity.qualifier !== "under") || !found.some((exact) => restates(bound, exact)));
}

/**
 * Two or more whole figures of one id in a sentence that add up to a figure of that id stated
 * before (报送备案规范性文件29件。…直接准予备案27件,纠正后准予备案的2件), or earlier in the sentence
 * (出台…文件共40件,…合规出台38件,适用例外出台2件), split it: its parts; so do the counts right after
 * a figure that add up to it where only some of them are figures (受理调解案件92起,其中书面协议37起,口头协议55起).
 */
function splitsMarked(body: string, found: Finding[], earlier: readonly Finding[], quantities: readonly Quantity[]): Finding[] {
  if (found.length < 2) return found;
  const split = new Set<Finding>();
  for (const id of new Set(found.map((each) => each.rule.id))) {
    const same = found.filter((each) => each.rule.id === id && each.scope === "whole");
    const [first, ...rest] = same;
    const total = sumOf(same);
    // a part's own parts are parts too (败诉33件 of 686, then 2021年度败诉25件…1件…7件); but each year's count of a total over
    // the years before (三年共审结3284件。分年度看,2021年审结1142件…;2022年审结1105件…) is that year's figure, no part
    if (total > 0 && earlier.some((each) => each.rule.id === id && SPLIT_SCOPES.has(each.scope) && each.quantity.value === total)) {
      if (!same.every((each) => yearLabelled(body, each))) same.forEach((each) => split.add(each));
    }
    // one year's count of a total over several years (共收到28件,其中2020年3件…2023年至今6件) is that year's figure, no part
    else if (first && first.quantity.value > 0 && (sumOf(rest) === first.quantity.value || countsAfterAddUp(body, first, rest, found, quantities))) {
      rest.filter((each) => !yearLabelled(body, each)).forEach((each) => split.add(each));
    }
  }
  return split.size ? found.map((each) => (split.has(each) ? { ...each, scope: "part" as const } : each)) : found;
}

/**
 * Whether the counts right after `head`, in its unit, none a figure of another id, add up to it, two or more of them,
 * reaching past every one of `rest`; not a list 其中 opens, which the engine reads as one (受理各类行政案件605件,其中,
 * 行政诉讼案件281件,非诉行政审查案件306件…: the lawsuits split off a broad count are the figure).
 */
function countsAfterAddUp(body: string, head: Finding, rest: readonly Finding[], found: readonly Finding[], quantities: readonly Quantity[]): boolean {
  if (rest.length === 0 || body.slice(head.quantity.end, rest[0]!.quantity.start).includes("其中")) return false;
  const otherFigures = new Set(found.filter((each) => each.rule.id !== head.rule.id).map((each) => each.quantity));
  const lastPart = rest[rest.length - 1]!.quantity.start;
  let sum = 0;
  let counted = 0;
  for (const quantity of quantities) {
    if (quantity.start <= head.quantity.start) continue;
    if (quantity.unit !== head.quantity.unit || otherFigures.has(quantity)) return false;
    sum += quantity.value;
    counted++;
    if (sum >= head.quantity.value) return sum === head.quantity.value && counted >= 2 && quantity.start >= lastPart;
  }
  return false;
}

/**
 * A figure whose evidence opens on its year (2019年4件) or names it right before its number (其中,2021年1288件), or whose clause
 * opens on it before the figure (2021年审结1142件、败诉176件; 2021年,审结…): one year's count.
 */
function yearLabelled(body: string, found: Finding): boolean {
  const lead = body.slice(found.start, found.quantity.start);
  return YEAR_LABELLED.test(lead) || YEAR_BEFORE_NUMBER.test(lead) || YEAR_OPENS_CLAUSE.test(body.slice(Math.max(0, found.start - YEAR_OPENS_CLAUSE_REACH), found.start));
}

const YEAR_LABELLED = /^\d{4}\s*年/;
const YEAR_BEFORE_NUMBER = /\d{4}\s*年度?[,，]?\s*$/;
const YEAR_OPENS_CLAUSE = /(?:^|[,，;；、。:：\s])\d{4}\s*年度?[,，]?[^,，;；。:：]*$/;
const YEAR_OPENS_CLAUSE_REACH = 30;

/** The scopes of a figure that parts stated after it may add up to. */
const SPLIT_SCOPES: ReadonlySet<Scope> = new Set(["whole", "part", "body"]);

/** The sum of two or more figures' values; 0 for fewer, which split nothing. */
function sumOf(parts: readonly Finding[]): number {
  return parts.length < 2 ? 0 : parts.reduce((total, each) => total + each.quantity.value, 0);
}

/**
 * A sentence that turns to a breakdown (从败诉行政机关来看,…) hands the
 * breakdown to the next sentence of its paragraph, which lists it, unless that
 * one opens on a view of its own; where it states figures itself, only to a
 * next sentence that opens on 其中.
 */
function turnsToBreakdown(body: string, sentence: Sentence, quantities: readonly Quantity[], next: Sentence): boolean {
  if (endsParagraph(body, sentence)) return false;
  // a sentence that turned and stated figures of its own hands the turn on only to the parts 其中 lists after it
  if (hasFigures(quantities) && !opensList(body, [next.start, next.end])) return false;
  return turnsToBreakdownAhead(body, sentence);
}

/**
 * The head of a list a sentence opens at its end (全局在岗持证执法人员共计186人,其中:), whose items stand on the lines after it
 * (局机关执法人员41人;⏎综合行政执法支队执法人员132人;), kept while each item ends on a semicolon; null where none is open.
 */
function listHeadAfter(body: string, sentence: Sentence, found: readonly Finding[], open: StatedHead | null): StatedHead | null {
  const text = body.slice(sentence.start, sentence.end);
  if (LIST_OPENED_AT_END.test(text)) return statedHead(body, found);
  return open && LIST_ITEM_END.test(text) ? open : null;
}

const LIST_OPENED_AT_END = /其中\s*[:：]\s*$/;
const LIST_ITEM_END = /[;；]\s*$/;

/**
 * The sentence goes on with the example the sentence before it, in its paragraph, opened (例如,一家超市…被罚款2万元。
 * 复核中…,未引发行政诉讼。): a zero it states is the example's outcome, not the body's year.
 */
function continuesExample(body: string, before: Sentence | undefined): boolean {
  return before !== undefined && opensOnExample(body, before) && !endsParagraph(body, before);
}

/**
 * The last whole figure of a sentence whose next one lists its parts, with the ids of all its whole figures; a figure of
 * another period (2016年至2020年,…受理275件。其中一审174件) heads its parts as well.
 */
function statedHead(body: string, found: readonly Finding[]): StatedHead | null {
  const wholes = found.filter((each) => each.scope === "whole" || each.scope === "period");
  // a count of all cases heads what comes after, though its outcome came after it (受理各类行政案件4120件,审结3896件。其中,受理行政诉讼案件…)
  const broad = wholes.filter((each) => countsAllCases(body, each));
  const head = broad[broad.length - 1] ?? wholes[wholes.length - 1];
  return head ? { domain: head.domain, rule: head.rule, broad: broad.length > 0, statedIds: new Set(wholes.map((each) => each.rule.id)) } : null;
}

/** The domains a sentence stated figures of only for a narrower scope (a named court's, a part's), each with that scope. */
function narrowScopes(found: readonly Finding[]): ReadonlyMap<string, Scope> {
  const scopes = new Map<string, Scope>();
  for (const each of found) if (each.scope === "body" || each.scope === "part") scopes.set(each.domain.name, each.scope);
  for (const each of found) if (each.scope === "whole") scopes.delete(each.domain.name);
  return scopes;
}

const NO_SCOPES: ReadonlyMap<string, Scope> = new Map();

/** Topics handed on that are all outside the catalogue. */
function handsOnOnlyOutside(handedOn: Inherited): boolean {
  return handedOn.length > 0 && handedOn.every(isOutsideCatalogue);
}

/**
 * A section whose heading announces each body's counts (行政执法机关及各执法主体的执法岗位设置数量及在岗执法人员数量) lists
 * them line by line (局机关…执法人员27人; 综合执法支队…执法人员47人): parts, not the body's figures; so does one on how
 * the cases spread over the land (行政诉讼案件地域分布: 珠江口六市新收一审行政案件12450件).
 */
const PER_BODY_HEADING = /各[^,，;；。\n]{0,8}?(?:主体|单位|部门|机关)的?[^,，;；。\n]{0,16}?数量|(?:地域|区域|地区)(?:分布|构成)/;

/** The sections whose headings announce each body's counts, read once per document: few reports have any. */
function perBodySections(body: string, headingRanges: ReadonlyArray<readonly [number, number]>): Set<number> {
  const sections = new Set<number>();
  headingRanges.forEach(([start, end], section) => {
    if (PER_BODY_HEADING.test(body.slice(start, end))) sections.add(section);
  });
  return sections;
}

/**
 * A line under such a heading that states the whole (全局共有执法人员126人, 合计…) is the body's own, and so is one that
 * opens on the measure itself, naming no part (在岗执法人员:19人, where one body has no parts to list).
 */
const WHOLE_OPENING = /^\s*(?:全(?:局|市|区|县|省|镇|乡|系统)|本(?:局|级|单位|机关)|合计|总计|共计|共有|共|(?:在岗|在编|持证)?(?:行政)?执法(?:人员|岗位))/;

/** Room for the indent a converted table's lines keep (     在岗执法人员:19人). */
const WHOLE_OPENING_REACH = 24;

function opensOnWhole(body: string, sentence: Sentence): boolean {
  return WHOLE_OPENING.test(body.slice(sentence.start, sentence.start + WHOLE_OPENING_REACH));
}

/**
 * A sentence that opens on the whole again and its total, its year perhaps first (全年全市法院共判决行政机关败诉84件), after one
 * that turned to a breakdown and stated nothing (从案件类型看,…集中在城建、公安等领域。): the whole's figure, not one of the parts;
 * not the whole's parts named (2018年,全省法院判决省政府败诉12件,省级部门14件…).
 */
const WHOLE_AGAIN = /^\s*(?:\d{4}\s*年度?|全年|今年)?\s*[,，]?\s*(?:全(?:市|区|县|省|州|盟|旗|国)|本级)[^,;:。\d各]{0,6}?(?:共计|合计|总计|累计|共)/;
const WHOLE_AGAIN_REACH = 24;

function opensOnWholeAgain(body: string, sentence: Sentence): boolean {
  return WHOLE_AGAIN.test(body.slice(sentence.start, sentence.start + WHOLE_AGAIN_REACH));
}

/** A sentence that opens on its own point of view (从审结情况看,…) starts afresh. */
const OWN_VIEW = /^\s*(?:从|按)[^,;:。\d]{0,12}?(?:来看|看|划分|分类|统计)\s*[,，:：]/;

function opensOwnView(body: string, sentence: Sentence): boolean {
  return OWN_VIEW.test(body.slice(sentence.start, sentence.start + 24));
}

/** The body's quantities, scanned once, handed to the sentences that hold them. */
function quantitiesBySentence(body: string, sentences: readonly Sentence[]): Quantity[][] {
  const bySentence: Quantity[][] = sentences.map(() => []);
  let index = 0;
  for (const quantity of scanQuantities(body)) {
    while (index < sentences.length && sentences[index]!.end <= quantity.start) index++;
    const sentence = sentences[index];
    if (sentence && sentence.start <= quantity.start && quantity.end <= sentence.end) bySentence[index]!.push(quantity);
  }
  return bySentence;
}

/** The sentences where a pattern matches, from one scan of the body. */
function sentencesWith(pattern: RegExp, body: string, sentences: readonly Sentence[]): Set<number> {
  const found = new Set<number>();
  for (const match of body.matchAll(globalTwin(pattern))) {
    const index = lowerBound(sentences, (sentence) => sentence.end <= match.index);
    if (index < sentences.length) found.add(index);
  }
  return found;
}

/** A table's figures, on the topics its own words name, then those it stands under. */
function tableFindings(body: string, table: TableBlock, sentences: readonly Sentence[], topics: TopicIndex): Finding[] {
  const first = lowerBound(sentences, (sentence) => sentence.start < table.start);
  const inCatalogue = (domains: readonly Domain[]): Domain[] => domains.filter((domain) => !isOutsideCatalogue(domain));
  const own = inCatalogue(topics.namedIn(table.start, table.end));
  const caption = captionAbove(body, table);
  const around = inCatalogue((caption && captionNameTopics(caption, topics)) ?? topics.inheritedBy(first)).filter((domain) => !own.includes(domain));
  return tableFigures(body, table, { own, around, caption: caption?.text }).map(({ domain, rule, quantity, earlierYear }) => ({
    domain,
    rule,
    scope: earlierYear ? "period" : "whole",
    quantity,
    start: quantity.start,
    end: quantity.end,
    change: null,
  }));
}

/**
 * The topics the name of a caption line gives a table where a note in parentheses follows it (行政诉讼(复议后起诉) over
 * 结果维持 | 结果纠正 | …): the name's, not the note's, as a group label's are; null where the line is no such caption.
 */
function captionNameTopics(caption: Caption, topics: TopicIndex): Inherited | null {
  const note = NOTED_CAPTION.exec(caption.text);
  if (!note) return null;
  const named = topics.namedIn(caption.start, caption.start + note[1]!.length);
  return named.length > 0 ? named : null;
}

/** A caption's name, then a note in parentheses that ends the line. */
const NOTED_CAPTION = /^([^()（）]{2,16})[(（][^()（）]{1,20}[)）]$/;

/** The line right above a table where it is a caption: short, no sentence of its own. */
function captionAbove(body: string, table: TableBlock): Caption | undefined {
  const lineEnd = body.lastIndexOf("\n", table.start - 1);
  if (lineEnd === -1) return undefined;
  const lineStart = captionLineStart(body, table.start);
  const line = body.slice(lineStart, lineEnd);
  const text = line.trim();
  return text.length > 0 && text.length <= MAX_CAPTION && !text.includes("。") ? { text, start: lineStart + line.indexOf(text) } : undefined;
}

/** A caption's trimmed text and the body offset it starts at. */
interface Caption {
  text: string;
  start: number;
}

const MAX_CAPTION = 40;

/**
 * A figure for another period (近三年来累计…) stands only where the text gives
 * none of its id for its own period. A part (市本级收案45件, 以区政府为被申请人的
 * 21件) stands for the reporting body only where the text gives no broader
 * figure of its id, nor, for a caseload id, any of its domain's caseload
 * totals, nor, for a rate read from its share, any of them; a share (依法受理583件,占收案总数的78.8%), where none of its own id.
 */
function wholeOrNarrower(findings: readonly Finding[], reportYear: number | null, periodOpenedBefore: (at: number) => number): Finding[] {
  // a text on no one year is on the period its figures cover
  if (reportYear === null) findings = findings.map((found) => (found.scope === "period" ? { ...found, scope: "whole" } : found));
  const idsOf = (scopes: readonly Scope[]): Set<string> =>
    new Set(findings.filter((found) => scopes.includes(found.scope)).map((found) => found.rule.id));
  const whole = idsOf(["whole"]);
  const broader = idsOf(["whole", "period"]);
  const ownPeriod = idsOf(["body", "part"]);
  // where each id's totals start, in order (findings come sorted), so each share looks its totals up once
  const totalStarts = new Map<string, number[]>();
  for (const found of findings) {
    if (found.scope === "share" || found.scope === "kind") continue;
    const starts = totalStarts.get(found.rule.id);
    if (starts) starts.push(found.start);
    else totalStarts.set(found.rule.id, [found.start]);
  }
  // a share of a total the text states before it, however narrow that total (市中院受理541宗…122宗,占案件总量的22.55%);
  // not of another part stated after it (撤诉150件,占比21.77%; 二审案件…撤诉15件), nor of a total of another stretch of time
  // its clause turned from (2021年,调解结案1650件;今年上半年,调解结案437件,占结案总数的21%)
  const statedBefore = (found: Finding): boolean => {
    const starts = totalStarts.get(found.rule.id) ?? [];
    const periodFrom = periodOpenedBefore(found.start);
    const first = starts[lowerBound(starts, (start) => start < periodFrom)];
    return first !== undefined && first < found.start;
  };
  const covered = (found: Finding): boolean => {
    // a part of the report's own year (2023年办理涉企…3.98万件) is a figure of its own period too: another year's part does not stand for it
    if (found.scope === "period") return whole.has(found.rule.id) || ownPeriod.has(found.rule.id);
    if (found.scope === "share") return statedBefore(found);
    const totals = found.domain.totals ?? [];
    // a rate read from a part's share (市本级…调解结案86件,占16.6%) is the part's, as its count is: no rate of the whole's caseload
    const partsShare = found.shareOf !== undefined;
    return broader.has(found.rule.id) || ((found.scope === "body" || partsShare || totals.includes(found.rule.id)) && totals.some((id) => broader.has(id)));
  };
  const kept = new Set(findings.filter((found) => found.scope === "whole" || !covered(found)));
  // a share read as a rate is a share of another total where its count is (合计败诉案件1105件,占比56.9% after all the losses)
  return [...kept].filter((found) => found.shareOf === undefined || kept.has(found.shareOf));
}

/**
 * A body's figure the text restates as its whole, same figure and value in another sentence (市中院共受理行政案件541宗,结案537宗。
 * 审结的537宗案件中…): that body is the one the text reports on, and its sentence's figures are the whole's.
 */
function withOwnBodyAsWhole(findings: readonly Finding[], sentences: readonly Sentence[]): readonly Finding[] {
  const wholeAt = new Map<string, number>();
  for (const found of findings) if (found.scope === "whole") wholeAt.set(figureKey(found), found.start);
  // each body figure's sentence, looked up once
  const sentenceOf = new Map<Finding, Sentence>();
  const ownSentences = new Set<Sentence>();
  for (const found of findings) {
    if (found.scope !== "body") continue;
    const sentence = sentenceHolding(sentences, found.start);
    if (!sentence) continue;
    sentenceOf.set(found, sentence);
    const restatedAt = wholeAt.get(figureKey(found));
    if (restatedAt !== undefined && (restatedAt < sentence.start || restatedAt >= sentence.end)) ownSentences.add(sentence);
  }
  if (ownSentences.size === 0) return findings;
  return findings.map((found) => {
    const sentence = sentenceOf.get(found);
    return sentence && ownSentences.has(sentence) ? { ...found, scope: "whole" } : found;
  });
}

function figureKey(found: Finding): string {
  return `${found.rule.id} ${found.quantity.value}`;
}

/**
 * A rate read from a count's share that names no whole (撤回申请688件,占比10.1%) where the text names that rate itself (调解和解率24.7%):
 * the share may be of another whole than the rate's (of the applications, not the cases closed), and the rate's own name says which
 * it is. A share of the cases closed (占审结案件的19.3%) is the rate's own.
 */
function withoutSharesBesideNamedRates(body: string, findings: Finding[]): Finding[] {
  const named = new Set(findings.filter((found) => found.shareOf === undefined).map((found) => found.rule));
  return findings.filter((found) => found.shareOf === undefined || !named.has(found.rule) || CLOSED_CASES_WHOLE.test(body.slice(found.start, found.end)));
}

/** A share's whole named as the cases closed: 占审结案件的, 占结案总数的, 占办结数的. */
const CLOSED_CASES_WHOLE = /审结|结案|办结/;

/** A clause on a stretch of time of its own: a year alone (2021年,), part of a year (今年上半年, 2022年1至6月, 一季度). */
const OWN_PERIOD_CLAUSE = /^\s*(?:(?:\d{4}\s*年度?|今年|本年度?)?\s*(?:上半年|下半年|前三季度|第?[一二三四]季度|1\s*[-—~至到]\s*\d{1,2}\s*月(?:份|底)?)|\d{4}\s*年度?\s*$)/u;

/**
 * 民告官, the people suing officials, is said of reviews as well as lawsuits: a count of it in a sentence that names no lawsuit
 * of its own (原告, 法院, 起诉, 行政诉讼; 其中…申请人撤回申请 speaks of reviews), where the text counts as many reviews, is
 * those reviews, no lawsuits.
 */
function withoutColloquialReviews(body: string, sentences: readonly Sentence[], findings: readonly Finding[]): readonly Finding[] {
  if (!body.includes(SUING_OFFICIALS)) return findings;
  const reviewed = new Set(findings.filter((found) => found.domain === reconsideration).map((found) => found.quantity.value));
  return findings.filter((found) => {
    if (found.domain !== litigation || !reviewed.has(found.quantity.value)) return true;
    const sentence = sentenceHolding(sentences, found.start);
    const words = sentence ? body.slice(sentence.start, sentence.end) : "";
    return !words.includes(SUING_OFFICIALS) || LAWSUIT_WORDS.test(words);
  });
}

const SUING_OFFICIALS = "民告官";
const LAWSUIT_WORDS = /原告|法院|法庭|起诉|行政诉讼|诉讼案件|应诉|开庭|判决/;

/** The sentence an offset of the body stands in: the last one starting at or before it. */
function sentenceHolding(sentences: readonly Sentence[], at: number): Sentence | undefined {
  return sentences[lowerBound(sentences, (sentence) => sentence.start <= at) - 1];
}

/**
 * Where the last clause before an offset, in its sentence, that opens on a stretch of time of its own
 * begins; -1 where none does. Each sentence's such clauses are listed once, when first asked for.
 */
function ownPeriodOpenings(body: string, sentences: readonly Sentence[]): (at: number) => number {
  const openings = new Map<Sentence, number[]>();
  return (at) => {
    const sentence = sentenceHolding(sentences, at);
    if (!sentence) return -1;
    let starts = openings.get(sentence);
    if (!starts) {
      starts = sentence.clauses.filter(([start, end]) => OWN_PERIOD_CLAUSE.test(body.slice(start, end))).map(([start]) => start);
      openings.set(sentence, starts);
    }
    return starts[lowerBound(starts, (start) => start <= at) - 1] ?? -1;
  };
}

function toMetric(doc: NormalizedText, segmentation: Segmentation, found: Finding): Metric {
  const { rule, quantity, change } = found;
  return {
    id: rule.id,
    label: rule.label,
    value: quantity.value,
    unit: rule.unit,
    qualifier: quantity.qualifier,
    change: change
      ? {
          direction: change.direction,
          amount: change.amount,
          unit: change.unit,
          span: doc.spans.span(change.start, change.end),
          evidence: doc.spans.evidence(change.start, change.end),
        }
      : null,
    section: sectionAt(segmentation.ranges, quantity.start),
    span: doc.spans.span(found.start, found.end),
    evidence: doc.spans.evidence(found.start, found.end),
  };
}

/**
 * A clause that opens on the whole nation (2022年全国行政机关平均败诉率为14.99%) in a local body's report: the nation's
 * figure, quoted beside the body's own, not the body's.
 */
function nationwide(body: string, sentence: Sentence, found: Finding): boolean {
  const clauseStart = clauseStartOf(sentence, found.start);
  // the own place's value after the nation's clause (…纠错率为12.1%,而我省仅为8%) is read with the rate that clause names: its own
  if (opensOnOwnPlace(body.slice(clauseStartOf(sentence, found.quantity.start), found.quantity.start))) return false;
  // a clause longer than the reach opens too far back to be read
  return found.start - clauseStart < NATIONWIDE_REACH && NATIONWIDE_CLAUSE.test(body.slice(clauseStart, found.start));
}

const NATIONWIDE_CLAUSE = /^\s*(?:\d{4}\s*年度?\s*)?全国(?!人大|政协|人民代表|模范|先进|文明|示范|优秀|首批|第)/;
const NATIONWIDE_REACH = 40;
