/**
 * Topics: where each domain's topic words stand in the body, and the topic a
 * sentence inherits when its own words name none (一、行政复议案件情况 →
 * (一)基本情况 → 受理862件,其中维持301件), from the sentence order and the
 * section tree. The engine asks it about the sentences that state a figure,
 * after their own words have had their say; each answer is worked out once.
 */
import type { SectionRange } from "../segment/index.js";
import { POINT_OPENING } from "../segment/points.js";
import { isOutsideCatalogue, type Domain } from "./rules/types.js";
import { endsParagraph, type Sentence } from "./sentences.js";

/** A topic word in the body: which domain it names and whether it names it only weakly. */
export interface TopicHit {
  start: number;
  end: number;
  domain: Domain;
  weak: boolean;
}

/**
 * The topics a sentence hands on: the domains its words name, in order (for
 * 人民调解宣传活动 both 矛盾纠纷 and 普法; the engine keeps the one that can
 * count the quantity in hand). Empty when it names none.
 */
export type Inherited = readonly Domain[];

export class TopicIndex {
  /** every topic word of the body, by start (longest first at one start) */
  private readonly hits: TopicHit[];
  /** per sentence, once asked: the topics it hands on, and those it inherits */
  private readonly carried: Array<Inherited | undefined> = [];
  private readonly inherited: Array<Inherited | undefined> = [];
  /** per section, once asked: the topics of the nearest heading at or above it that names one */
  private readonly sectionTopics: Array<Inherited | undefined> = [];
  /** per section under headings and a title naming none, once asked: the topics a heading on a stage of the cases goes on with */
  private readonly stageTopics: Array<Inherited | undefined> = [];
  private readonly parents: number[];

  constructor(
    private readonly body: string,
    private readonly sentences: readonly Sentence[],
    private readonly sections: SectionOutline,
    /** the catalogue's domains and the topics outside it */
    readonly domains: readonly Domain[],
  ) {
    this.parents = sections.parents();
    this.hits = scanHits(body, domains);
  }

  /** The topic words of sentence `index`, a weak one dropped where a strong one of another domain stands before it. */
  hitsIn(index: number): TopicHit[] {
    return withoutOverriddenWeak(this.rawHits(index));
  }

  /**
   * The topics sentence `index` stands under when it names none itself: those
   * the nearest earlier sentence of its section hands on, in its paragraph or
   * the one before (a news item's paragraphs further up have moved on; one that sums up the event, 此次活动共…, reaches
   * back to it), else
   * those of the nearest heading above it that names one, the innermost first.
   * Worked out only for the sentences asked about, walking back no further
   * than needed.
   */
  inheritedBy(index: number): Inherited {
    const known = this.inherited[index];
    if (known) return known;
    const { start } = this.sentences[index]!;
    let found: Inherited | null = this.sections.isHeadingAt(start) ? NONE : null;
    // 此次活动共…: the event the text told of, however many paragraphs of its scenes stand between
    const paragraphReach = EVENT_RECAP.test(this.body.slice(start, start + EVENT_RECAP_REACH)) ? Infinity : 1;
    let paragraphs = 0;
    let ownPoint = false;
    for (let j = index - 1; found === null && j >= 0; j--) {
      if (endsParagraph(this.body, this.sentences[j]!) && !this.isCaption(j)) {
        // points of one lead (…普法规划。一是…。二是…; a news item's · bullets): a point naming no topic is passed over to the lead,
        // as a heading's children are, and past a lead that names none (监督纠错与实质化解并重。前三季度——) to the paragraph before it
        const point = this.opensOnPoint(j + 1);
        if (paragraphs === 0) ownPoint = point;
        // an interviewer's question naming no topic (主持人:办得怎么样?) is passed over to the answer before it, as a point is to its lead
        const question = paragraphs > 0 && this.opensOnQuestion(j + 1);
        if (!(ownPoint && point && paragraphs > 0) && !question && ++paragraphs > paragraphReach + (ownPoint ? 1 : 0)) break;
      }
      const carried = this.carriedBy(j);
      if (carried.length) found = carried;
      else if (this.sections.isHeadingAt(this.sentences[j]!.start)) found = NONE;
      else if (this.inherited[j]) return this.remember(index, this.inherited[j]!);
    }
    return this.remember(index, found?.length ? found : this.headingTopics(this.sentences[index]!.start));
  }

  /**
   * The topics handed on from before the sentence that handed sentence `index` its own, within the same reach: asked
   * only where none of those can count what the sentence counts (本次活动共有50名村民参与 after a sentence on 调解,
   * itself after one on the 宣传活动 the 50 joined).
   */
  inheritedBeyond(index: number): Inherited {
    let passed = false;
    let paragraphs = 0;
    // a few sentences back at most: a report run onto one line is one paragraph, and this is asked per quantity
    for (let j = index - 1; j >= Math.max(0, index - BEYOND_REACH); j--) {
      if (endsParagraph(this.body, this.sentences[j]!) && !this.isCaption(j) && ++paragraphs > 1) break;
      if (this.sections.isHeadingAt(this.sentences[j]!.start)) break;
      const carried = this.carriedBy(j);
      if (!carried.length) continue;
      if (passed) return carried;
      passed = true;
    }
    return NONE;
  }

  /** The domains a stretch of the body names with strong topic words, each once, in order. */
  namedIn(start: number, end: number): Inherited {
    return namedBy(this.body, this.hitsBetween(start, end));
  }

  /** Whether sentence `index` opens a point of a list of points (一是…, 二是…; ·…). */
  private opensOnPoint(index: number): boolean {
    const opening = this.openingOf(index, POINT_OPENING_REACH);
    return POINT_OPENING.test(opening) || BULLET_OPENING.test(opening);
  }

  /** Whether sentence `index` opens an interviewer's turn ([主持人]:…, 记者:…, 问:…). */
  private opensOnQuestion(index: number): boolean {
    return QUESTION_OPENING.test(this.openingOf(index, QUESTION_REACH));
  }

  /** A photo's caption on its own line (图为启动仪式现场 摄影:…): no paragraph of the text between two that are. */
  private isCaption(index: number): boolean {
    return CAPTION.test(this.openingOf(index, CAPTION_REACH));
  }

  /** The first `reach` characters of sentence `index`, or "" past the last sentence. */
  private openingOf(index: number, reach: number): string {
    const sentence = this.sentences[index];
    return sentence === undefined ? "" : this.body.slice(sentence.start, sentence.start + reach);
  }

  private remember(index: number, topics: Inherited): Inherited {
    this.inherited[index] = topics;
    return topics;
  }

  private rawHits(index: number): TopicHit[] {
    const sentence = this.sentences[index]!;
    return this.hitsBetween(sentence.start, sentence.end);
  }

  /** The topic words wholly inside [start, end), by binary search. */
  private hitsBetween(start: number, end: number): TopicHit[] {
    const found: TopicHit[] = [];
    for (let i = lowerBound(this.hits, (hit) => hit.start < start); i < this.hits.length && this.hits[i]!.start < end; i++) {
      if (this.hits[i]!.end <= end) found.push(this.hits[i]!);
    }
    return found;
  }

  private headingTopics(at: number): Inherited {
    const innermost = this.sections.innermostAt(at);
    for (let section = innermost; section !== -1; section = this.parents[section]!) {
      let topics = this.sectionTopics[section];
      if (!topics) {
        const [start, end] = this.sections.headingOf(section);
        topics = this.namedIn(start, end);
        this.sectionTopics[section] = topics;
      }
      if (topics.length) return topics;
    }
    // under headings that name none (二、案件审理结果), or none at all (an infographic's labels: 【审理情况】), the title's, where it names one of the catalogue's
    const title = this.titleTopic();
    if (title.length || innermost === -1) return title;
    // a heading on a stage of the cases (三、审理情况 after 一、收案情况), under a title naming several topics or none, goes on with the cases before it
    let carried = this.stageTopics[innermost];
    if (!carried) {
      const [start, end] = this.sections.headingOf(innermost);
      carried = CASE_STAGE_HEADING.test(this.body.slice(start, end)) ? this.carriedBefore(start) : NONE;
      this.stageTopics[innermost] = carried;
    }
    return carried;
  }

  /**
   * The catalogue's topics the last sentence before `at` that hands some of them on hands on (past a table of kinds: 行政处罚 |
   * 工伤认定), or none: a few dozen sentences back at most, so a long text of such headings stays linear.
   */
  private carriedBefore(at: number): Inherited {
    const from = lowerBound(this.sentences, (sentence) => sentence.start < at) - 1;
    for (let j = from; j >= Math.max(0, from - STAGE_REACH); j--) {
      const carried = this.carriedBy(j);
      if (carried.length && !carried.every(isOutsideCatalogue)) return carried;
    }
    return NONE;
  }

  /**
   * The one catalogue topic the text's title names (关于2023年全省行政复议工作情况的通报), or none: a title naming several hands
   * nothing on. The title is the first line that reads as one among the text's first few, above any sentence (a site's
   * menu and breadcrumb may stand over it).
   */
  private titleTopic(): Inherited {
    if (this.titleTopics === undefined) {
      const [start, end] = titleLine(this.body);
      const named = end > start ? this.namedIn(start, end).filter((domain) => !isOutsideCatalogue(domain)) : NONE;
      this.titleTopics = named.length === 1 ? named : NONE;
    }
    return this.titleTopics;
  }

  private titleTopics: Inherited | undefined;

  /**
   * What a sentence hands on to the next: the topics of its last clause that
   * states a figure and names one (its last word on what it counts), else of
   * its last clause that names one; never what a comparison measures against.
   * A clause that names only topics outside the catalogue (未再进入诉讼或信访程序)
   * hands them on only where no clause names one of the catalogue's; a part
   * taken to court after a review hands on nothing of its own, nor does a decision
   * contested (不服行政复议决定的5件: what the suits arose from), nor a kind of the cases counted (市场监管投诉举报处理类22件).
   */
  private carriedBy(index: number): Inherited {
    const known = this.carried[index];
    if (known) return known;
    const hits = this.rawHits(index);
    let named: Inherited = NONE;
    let outsideOnly: Inherited = NONE;
    if (hits.length) {
      const { clauses } = this.sentences[index]!;
      for (let i = clauses.length - 1; i >= 0; i--) {
        const [start, end] = clauses[i]!;
        if (end <= hits[0]!.start) break;
        const here = namedBy(this.body, hits.filter((hit) => hit.start >= start && hit.start < end && !contested(this.body, hit) && !namesCause(this.body, hit) && !namesKind(this.body, hit) && !inHoldsAside(this.body, hit)));
        if (!here.length || comparesWithOther(this.body, [start, end]) || SUED_AFTER_PART.test(this.body.slice(start, end))) continue;
        if (here.every(isOutsideCatalogue)) {
          if (!outsideOnly.length) outsideOnly = here;
          continue;
        }
        if (HAS_NUMBER.test(this.body.slice(start, end))) {
          named = here;
          break;
        }
        if (!named.length) named = here;
      }
    }
    if (!named.length) named = outsideOnly;
    this.carried[index] = named;
    return named;
  }
}

/**
 * A topic word inside an aside that says what a count holds or leaves out, the aside closed before `closedBefore`
 * (…一审行政诉讼案件(不含复议机关作共同被告案件)新收63件; …351件(含复议维持共同被告案件64件)。三年共审结2538件): it names no topic of
 * the count after the aside, nor of the sentences after it. Read only within reach both ways, so a long text's many hits stay linear.
 */
export function inHoldsAside(body: string, hit: TopicHit, closedBefore = Infinity): boolean {
  const open = charBetween(body, "(", ")", hit.start - 1, Math.max(0, hit.start - HOLDS_ASIDE_REACH), -1);
  if (open === -1 || !HOLDS_ASIDE.test(body.slice(open, open + HOLDS_ASIDE_OPENING))) return false;
  const close = charBetween(body, ")", "(", hit.end, Math.min(body.length - 1, hit.end + HOLDS_ASIDE_REACH), 1);
  return close !== -1 && close < closedBefore;
}

const HOLDS_ASIDE = /^\((?:不|未)?(?:含|包括|包含)|^\(除/;
const HOLDS_ASIDE_OPENING = 4;
const HOLDS_ASIDE_REACH = 30;

/** Where the first `wanted` from `from` towards `to` (inclusive) stands, going by `step`, or -1 where `stop` or nothing comes first. */
function charBetween(body: string, wanted: string, stop: string, from: number, to: number, step: 1 | -1): number {
  for (let at = from; step === 1 ? at <= to : at >= to; at += step) {
    if (body[at] === wanted) return at;
    if (body[at] === stop) return -1;
  }
  return -1;
}

/** How many sentences back a heading on a stage of the cases looks for the cases it goes on with. */
const STAGE_REACH = 40;
/** A heading on a stage of handling cases and nothing else: 三、审理情况, (二)案件审结结果, 收案情况. */
const CASE_STAGE_HEADING = /^[^\u4e00-\u9fff]*[一二三四五六七八九十\d]*[、.．)）]?\s*(?:案件)?(?:收案|受理|审理|审结|结案|办理|办案)(?:和|及|与|、)?(?:审理|审结|结案|办结)?(?:情况|结果|概况)?\s*$/;

/** The domains topic words name, strong and not enumerated, each once, in order. */
function namedBy(body: string, hits: readonly TopicHit[]): Inherited {
  const named: Domain[] = [];
  for (const hit of hits) {
    if (hit.weak || enumerated(body, hit) || named.includes(hit.domain)) continue;
    named.push(hit.domain);
  }
  return named;
}

const NONE: Inherited = [];
/** The words a title ends on: a report's, a review's, a white paper's. */
const TITLE_ENDINGS = "报告|年报|通报|情况|分析|总结|综述|白皮书";
/**
 * A title: a report's (…工作情况的通报), a review's (…2025年行政复议工作综述), a headline's after its lead and colon (…司法局:复议为民显担当
 * 2025年行政复议工作综述; not a page's label before its colon, 标题:…), or a headline summing the year up as its data (…行政复议“成绩单”出炉,
 * …数据账), or any headline after an agency's name and colon (鹤川市司法局:行政复议工作稳中有进 为法治政府建设添力); no sentence.
 */
const TITLE_LINE = new RegExp(
  String.raw`^\s*(?![^:：]{0,4}[:：])[^。，,;；]{4,60}(?:${TITLE_ENDINGS}|(?:成绩单|数据账|年度账单)[”"]?(?:出炉|发布|来了)?)\s*$|^\s*[\u4e00-\u9fff]{2,14}(?:局|厅|院|委|办|政府|中心)\s*[:：][^。，,;；:：]{6,40}$`,
);
/** A title's first line, broken off before its last: words and years only, no mark, no space, no title's ending of its own. */
const TITLE_FIRST_LINE = new RegExp(String.raw`^[\u4e00-\u9fff\d—–-]{6,40}(?<!${TITLE_ENDINGS})$`);
/** How many of the text's first lines may hold its title. */
const TITLE_LINES = 5;

/**
 * Where the text's title line stands: the first of its first lines that reads as a title, none past a sentence; [0, 0] for none.
 * A title a page broke over two lines (…2022—2025年行政复议体制改革⏎工作情况的总结报告) takes its first line with it.
 */
function titleLine(body: string): [number, number] {
  let start = 0;
  let previousStart = -1;
  for (let line = 0; line < TITLE_LINES && start < body.length; line++) {
    const lineEnd = body.indexOf("\n", start);
    const end = lineEnd === -1 ? body.length : lineEnd;
    const text = body.slice(start, end);
    if (TITLE_LINE.test(text)) return [previousStart >= 0 && TITLE_FIRST_LINE.test(body.slice(previousStart, start - 1)) ? previousStart : start, end];
    if (text.includes("。")) break;
    previousStart = start;
    start = end + 1;
  }
  return [0, 0];
}
/** A sentence that sums up the event the text told of: 此次活动共…, 本次宣讲…. */
const EVENT_RECAP = /^\s*(?:此次|本次|这次|该次)(?:活动|宣传|宣讲|讲座|普法)/;
const EVENT_RECAP_REACH = 8;
/** How many sentences back inheritedBeyond looks. */
const BEYOND_REACH = 6;
const CAPTION = /^\s*图(?:片)?为/;
const CAPTION_REACH = 12;
const POINT_OPENING_REACH = 8;
/** An interviewer's label opening a turn: [主持人]:, 记者:, 网友“…”问:, 问:, 问3: */
const QUESTION_OPENING = /^\s*(?:[\[【(（]?\s*(?:主持人|记者|网友)[^\]】)）:：\n]{0,12}[\]】)）]?\s*[:：]|问\s*\d{0,2}\s*[:：])/;
const QUESTION_REACH = 20;
/** A bullet a news item lists its points with. */
const BULLET_OPENING = /^\s*[·•●■▪▶◆]/;

/**
 * A topic word that is one item of a 、 list (裁判、检察建议、行政复议决定) names no
 * subject to carry; after a heading's marker (一、行政复议) it is the subject,
 * and so it is after a count (出台政府规章8部、规范性文件42件: a list of counts).
 */
export function enumerated(body: string, hit: TopicHit): boolean {
  return body[hit.start - 1] === "、" && !MARKER_NUMERAL.test(body[hit.start - 2] ?? "") && !COUNT_BEFORE.test(body.slice(Math.max(0, hit.start - 6), hit.start - 1));
}

const MARKER_NUMERAL = /[一二三四五六七八九十\d]/;
const COUNT_BEFORE = /\d\s*[件部项个份篇条起宗次场]$/;
const HAS_NUMBER = /\d/;

/**
 * A clause that measures against something else (比同期法院新收一审行政诉讼案件
 * 多出45%, 是同期法院一审行政案件数的1.8倍, 相当于…收案量的约2.3倍, 占同期…行政诉讼案件数量的2倍, 首次超过全县一审行政诉讼案件数; its
 * subject first: 新收案件数首次超过同期一审行政诉讼案件数): its topic is the other thing.
 */
const COMPARISON = /^\s*(?:比|较|与[^,;:。]{0,24}?相比|相比|相较|高于|低于|多于|少于|(?:超过|超出)[^,;:。\d]{1,30}?(?:近|约|达)?[\d.]+\s*(?:%|个百分点|倍)|(?:首次|首度|第一次|已经?|远)?(?:超过|超出)[^,;:。\d]{1,30}?(?:数|数量|总数|总量)(?![\u4e00-\u9fff]))|^[^,;:。\d]{1,12}?(?:首次|首度|第一次|已经?|远)(?:超过|超出)[^,;:。\d]{1,30}?(?:数|数量|总数|总量)(?![\u4e00-\u9fff])|(?:是|为|达到?|相当于|占)[^,;:。]{0,24}的(?:约|近|逾|超过?)?[\d.一二三四五六七八九十两]+倍/;
const COMPARISON_REACH = 48;
/**
 * A part of a count before it that went to court after a review (行政诉讼案件9件,其中复议后起诉的4件), or their share
 * (复议后起诉率10.2%): those are lawsuits, and the count's own topic is what the sentence hands on.
 */
const SUED_AFTER_PART = /^\s*[,，]?\s*(?:其中[^,;:。\d]{0,8}?复议后|(?:经)?复议后(?:起诉|被诉|诉讼)率)/;

/** A topic word inside the name of a kind a count is given for (投诉举报处理类22件, 信访类案件6件): the kind, not what the sentence is on. */
function namesKind(body: string, hit: TopicHit): boolean {
  return KIND_NAME_AFTER.test(body.slice(hit.end, hit.end + KIND_NAME_REACH));
}

const KIND_NAME_AFTER = /^[^,;:。、\d]{0,6}?类(?:案件)?(?:共|有|为)?\s*\d/;
const KIND_NAME_REACH = 14;

/** A decision contested (…1起因不服复议决定提起诉讼的案件): what the cases arose from, not what a count counts. */
export function contested(body: string, hit: TopicHit): boolean {
  return CONTESTED_BEFORE.test(body.slice(Math.max(0, hit.start - CONTESTED_REACH), hit.start));
}

const CONTESTED_BEFORE = /不服[^,;:。\d]{0,6}$/;
const CONTESTED_REACH = 8;

/**
 * A cause the cases arose from (其中因投诉举报处理引发的7件): what some of them came from, no topic the clauses after it go on with
 * (…;依法受理6件 counts the reviews).
 */
export function namesCause(body: string, hit: TopicHit): boolean {
  return CAUSE_BEFORE.test(body.slice(Math.max(0, hit.start - CAUSE_REACH), hit.start)) && CAUSE_AFTER.test(body.slice(hit.end, hit.end + CAUSE_REACH));
}

const CAUSE_BEFORE = /因[^,;:。\d]{0,8}$/;
const CAUSE_AFTER = /^[^,;:。\d]{0,8}?(?:引发|引起|产生|导致)的/;
const CAUSE_REACH = 12;

export function comparesWithOther(body: string, [start, end]: readonly [number, number]): boolean {
  return COMPARISON.test(body.slice(start, Math.min(end, start + COMPARISON_REACH)));
}

/** The section tree as the topic index needs it: heading lines, nesting, and the section holding a position. */
export class SectionOutline {
  constructor(
    private readonly ranges: readonly SectionRange[],
    /** [start, title end) of each section's heading line, in the order of `ranges` */
    private readonly headings: ReadonlyArray<readonly [number, number]>,
  ) {}

  isHeadingAt(at: number): boolean {
    const index = lowerBound(this.headings, ([start]) => start < at);
    return this.headings[index]?.[0] === at;
  }

  headingOf(section: number): readonly [number, number] {
    return this.headings[section]!;
  }

  /** The innermost section holding `at`, or -1: the last section begun by then is it, or holds it, or has ended. */
  innermostAt(at: number): number {
    let section = lowerBound(this.ranges, (range) => range.start <= at) - 1;
    const parents = this.parents();
    while (section !== -1 && this.ranges[section]!.end <= at) section = parents[section]!;
    return section;
  }

  /** Each section's parent, or -1, from one walk over the sections in order. */
  parents(): number[] {
    if (this.parentList) return this.parentList;
    const parents: number[] = [];
    const open: number[] = [];
    this.ranges.forEach((range, index) => {
      while (open.length && this.ranges[open[open.length - 1]!]!.end <= range.start) open.pop();
      parents.push(open[open.length - 1] ?? -1);
      open.push(index);
    });
    this.parentList = parents;
    return parents;
  }

  private parentList: number[] | undefined;
}

/** The topic words of the body, by start (longest first at one start): one scan per pattern. */
export function scanHits(body: string, domains: readonly Domain[]): TopicHit[] {
  const hits: TopicHit[] = [];
  for (const { pattern, domain, weak } of topicPatterns(domains)) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(body); match; match = pattern.exec(body)) {
      hits.push({ start: match.index, end: match.index + match[0].length, domain, weak });
    }
  }
  return withoutContained(withoutOverlapping(hits.sort((a, b) => a.start - b.start || b.end - a.end || outsideFirst(a) - outsideFirst(b))));
}

/**
 * Of two topics on the same words, the one outside the catalogue claims them: it names what they are about
 * (宣传活动 of 市域社会治理专题宣传活动 is publicity of another subject, not 普法).
 */
function outsideFirst(hit: TopicHit): number {
  return isOutsideCatalogue(hit.domain) ? 0 : 1;
}

/**
 * A domain's topic scanned in parts finds what one pattern would: of the
 * hits of its parts that overlap, the first is kept (one pattern's scan never
 * yields overlapping hits).
 */
function withoutOverlapping(sorted: readonly TopicHit[]): TopicHit[] {
  const kept: TopicHit[] = [];
  // only a topic scanned in parts can overlap itself, and it is strong
  const reach = new Map<Domain, number>();
  for (const hit of sorted) {
    if (hit.weak || !hit.domain.topicParts) {
      kept.push(hit);
      continue;
    }
    if ((reach.get(hit.domain) ?? -1) > hit.start) continue;
    kept.push(hit);
    reach.set(hit.domain, hit.end);
  }
  return kept;
}

interface TopicPattern {
  pattern: RegExp;
  domain: Domain;
  weak: boolean;
}

const topicPatternLists = new WeakMap<readonly Domain[], TopicPattern[]>();

/** The domains' topic and weak-topic patterns, global, listed once per list of domains. */
function topicPatterns(domains: readonly Domain[]): TopicPattern[] {
  let list = topicPatternLists.get(domains);
  if (!list) {
    list = domains.flatMap((domain) => [
      ...(domain.topicParts ?? [domain.topic]).map((part) => ({ pattern: globalTwin(part), domain, weak: false })),
      ...(domain.weakTopic ? [{ pattern: globalTwin(domain.weakTopic), domain, weak: true }] : []),
    ]);
    topicPatternLists.set(domains, list);
  }
  return list;
}

/** Drops each topic word inside a longer one of another domain (行政诉讼 in 复议后又提起行政诉讼): the longer names the topic. */
function withoutContained(sorted: readonly TopicHit[]): TopicHit[] {
  const kept: TopicHit[] = [];
  let reach: TopicHit | null = null;
  for (const hit of sorted) {
    if (reach && hit.end <= reach.end && hit.domain !== reach.domain) continue;
    kept.push(hit);
    if (!reach || hit.end > reach.end) reach = hit;
  }
  return kept;
}

/** Drops each weak topic word whose nearest strong topic before it is another domain's. */
function withoutOverriddenWeak(sorted: readonly TopicHit[]): TopicHit[] {
  const kept: TopicHit[] = [];
  const strong: TopicHit[] = [];
  let nextStrong = 0;
  for (const hit of sorted) {
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

const globalTwins = new WeakMap<RegExp, RegExp>();

/** A pattern's global twin, compiled once. */
export function globalTwin(pattern: RegExp): RegExp {
  let global = globalTwins.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, "g");
    globalTwins.set(pattern, global);
  }
  return global;
}

/** The first index whose item fails `before` (items for which it holds come first), by binary search. */
export function lowerBound<T>(items: readonly T[], before: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (before(items[middle]!)) low = middle + 1;
    else high = middle;
  }
  return low;
}
