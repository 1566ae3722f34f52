/**
 * Topics: where each domain's topic words stand in the body, and the topic a
 * sentence inherits when its own words name none (一、行政复议案件情况 →
 * (一)基本情况 → 受理862件,其中维持301件). Computed once per document from
 * the sentence order and the section tree; the engine asks it, sentence by
 * sentence, after the sentence's own words have had their say.
 */
import type { SectionRange } from "../segment/index.js";
import type { Domain } from "./rules/types.js";
import type { Sentence } from "./sentences.js";

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
  /** per sentence: the topics it inherits from before it */
  private readonly inherited: Inherited[];

  constructor(
    private readonly body: string,
    sentences: readonly Sentence[],
    sections: SectionOutline,
    /** the catalogue's domains and the topics outside it */
    readonly domains: readonly Domain[],
  ) {
    this.hits = findHits(body, domains);
    this.inherited = this.inheritAll(sentences, sections);
  }

  /** The topic words of one sentence, a weak one dropped where a strong one of another domain stands before it. */
  hitsIn(sentence: Sentence): TopicHit[] {
    const found: TopicHit[] = [];
    for (let i = lowerBound(this.hits, (hit) => hit.start < sentence.start); i < this.hits.length && this.hits[i]!.start < sentence.end; i++) {
      if (this.hits[i]!.end <= sentence.end) found.push(this.hits[i]!);
    }
    return withoutOverriddenWeak(found);
  }

  /** The topics sentence `index` stands under when it names none itself. */
  inheritedBy(index: number): Inherited {
    return this.inherited[index] ?? NONE;
  }

  /**
   * A sentence inherits from the nearest earlier sentence of its section that
   * names a topic, else from the nearest heading above it that names one, the
   * innermost first.
   */
  private inheritAll(sentences: readonly Sentence[], sections: SectionOutline): Inherited[] {
    const inherited: Inherited[] = [];
    let earlier: Inherited = NONE;
    sentences.forEach((sentence) => {
      if (sections.isHeading(sentence.start)) earlier = NONE;
      inherited.push(earlier.length ? earlier : this.headingTopics(sections, sentence.start));
      const own = this.carriedBy(sentence);
      if (own.length) earlier = own;
    });
    return inherited;
  }

  private headingTopics(sections: SectionOutline, at: number): Inherited {
    for (const title of sections.titlesAbove(at)) {
      const named = this.namedIn(title[0], title[1]);
      if (named.length) return named;
    }
    return NONE;
  }

  /**
   * What a sentence hands on to the next: the topics of its last clause that
   * states a figure and names one (its last word on what it counts), else of
   * its last clause that names one; never what a comparison measures against.
   */
  private carriedBy(sentence: Sentence): Inherited {
    let named: Inherited = NONE;
    for (let i = sentence.clauses.length - 1; i >= 0; i--) {
      const [start, end] = sentence.clauses[i]!;
      if (comparesWithOther(this.body, [start, end])) continue;
      const here = this.namedIn(start, end);
      if (!here.length) continue;
      if (HAS_NUMBER.test(this.body.slice(start, end))) return here;
      if (!named.length) named = here;
    }
    return named;
  }

  /** The domains a stretch names with strong topic words, each once, in order. */
  namedIn(start: number, end: number): Inherited {
    const named: Domain[] = [];
    for (let i = lowerBound(this.hits, (hit) => hit.start < start); i < this.hits.length && this.hits[i]!.start < end; i++) {
      const hit = this.hits[i]!;
      if (hit.weak || enumerated(this.body, hit) || named.includes(hit.domain)) continue;
      named.push(hit.domain);
    }
    return named;
  }
}

const NONE: Inherited = [];

/**
 * A topic word that is one item of a 、 list (裁判、检察建议、行政复议决定) names no
 * subject to carry; after a heading's marker (一、行政复议) it is the subject.
 */
export function enumerated(body: string, hit: TopicHit): boolean {
  return body[hit.start - 1] === "、" && !MARKER_NUMERAL.test(body[hit.start - 2] ?? "");
}

const MARKER_NUMERAL = /[一二三四五六七八九十\d]/;
const HAS_NUMBER = /\d/;

/**
 * A clause that measures against something else (比同期法院新收一审行政诉讼案件
 * 多出45%, 达到同期法院一审行政案件的2.5倍): its topic is the other thing.
 */
const COMPARISON = /^\s*(?:比|较|与[^,;:。]{0,24}?相比|相比|相较|高于|低于|多于|少于)|(?:是|为|达到?|相当于)[^,;:。]{0,24}的[\d.一二三四五六七八九十两]+倍/;
const COMPARISON_REACH = 48;

export function comparesWithOther(body: string, [start, end]: readonly [number, number]): boolean {
  return COMPARISON.test(body.slice(start, Math.min(end, start + COMPARISON_REACH)));
}

/** The section tree as the topic index needs it: heading lines, and the titles above a position. */
export class SectionOutline {
  constructor(
    private readonly ranges: readonly SectionRange[],
    /** [start, title end) of each section's heading line, in the order of `ranges` */
    private readonly headings: ReadonlyArray<readonly [number, number]>,
  ) {}

  isHeading(at: number): boolean {
    const index = lowerBound(this.headings, ([start]) => start < at);
    return this.headings[index]?.[0] === at;
  }

  /** The heading lines of the sections holding `at`, innermost first. */
  titlesAbove(at: number): Array<readonly [number, number]> {
    const titles: Array<readonly [number, number]> = [];
    const last = lowerBound(this.ranges, (range) => range.start <= at);
    for (let i = 0; i < last; i++) {
      if (this.ranges[i]!.end > at) titles.push(this.headings[i]!);
    }
    return titles.reverse();
  }
}

function findHits(body: string, domains: readonly Domain[]): TopicHit[] {
  const hits: TopicHit[] = [];
  for (const domain of domains) {
    for (const [topic, weak] of [[domain.topic, false], [domain.weakTopic, true]] as const) {
      if (!topic) continue;
      for (const match of body.matchAll(globalTwin(topic))) {
        hits.push({ start: match.index, end: match.index + match[0].length, domain, weak });
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
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
