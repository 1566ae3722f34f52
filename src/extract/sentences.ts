/**
 * Sentences and clauses of the body. A topic carries across the clauses of a
 * sentence, never past its end; heading lines are sentences of their own so
 * that a heading's words do not leak into the text below it.
 */
import { isWhiteSpace } from "../normalize/index.js";

export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** [start, end) of each clause, in order */
  readonly clauses: Array<[number, number]>;
}

/**
 * A sentence of the body whose clauses are found when first asked for: most
 * sentences hold no figure, and only those and the ones a topic is handed
 * along are ever read clause by clause.
 */
class BodySentence implements Sentence {
  private found: Array<[number, number]> | undefined;

  constructor(
    private readonly upToEnd: string,
    readonly start: number,
    readonly end: number,
  ) {}

  get clauses(): Array<[number, number]> {
    this.found ??= splitClauses(this.upToEnd, this.start);
    return this.found;
  }
}

/**
 * A line break ends a sentence, but not one after a rate named alone on its line before a line that opens with the value it
 * reaches (出庭应诉率\n\n首次达到80%以上: a headline laid out over lines), nor one after a caption that ends on the rate, or on
 * its verb, before its value alone on the next line (…出庭应诉率为\n97.1%, 纠错率\n14.2%: an infographic's).
 */
// both sides bounded: a run of blank lines is read over once, not again from each of its line breaks
const SENTENCE_END = /[。！!？?]|\n(?!(?<=率(?:[^\S\n]{0,4}\n){1,3})\s{0,8}(?:首次|均|已)?(?:达到|达|为|保持|实现)\s*\d|(?<=率(?:为|是|达到?)?[^\S\n]{0,4}\n)[^\S\n]{0,8}\d+(?:\.\d+)?\s*[%％][^\S\n]*(?:\n|$))/g;
/**
 * A comma between digits is a thousands separator (3,170), not a clause end; a
 * table cell boundary (|) is one, so a cue never reaches into the next cell; so
 * is a space between a count and the words of the next (审结诉讼案件688件 审查行政非诉案件342件,
 * an infographic's lines run together), or after a change told without one (败诉率连续三年下降　负责人出庭应诉率达99.2%, a
 * headline's two parts); so is a dash, which sets off an aside or a headline's second
 * part (败诉率连年上升——乡镇政府败诉超三成).
 */
// the space is matched before the count behind it is looked for: a look-behind tried first runs at every position
const CLAUSE_END = /[;:，；：|]|——|(?<!\d),|,(?!\d)|[ \t\u00a0\u3000](?<=(?:\d\s*(?:件|起|宗|个|项|份|人次|人|名|场次|场|次|%|％)|下降|上升|减少|增长|增加|提升|提高|降低|回落)[ \t\u00a0\u3000])(?=[\u4e00-\u9fff])/g;

export function splitSentences(body: string, breaks: ReadonlyArray<readonly [number, number]>): Sentence[] {
  const cuts = sentenceCuts(body, breaks);
  const sentences: Sentence[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    // the body up to the sentence's end: patterns read it in place, and never past the end
    const upToEnd = body.slice(0, end);
    if (hasText(upToEnd, start)) sentences.push(new BodySentence(upToEnd, start, end));
  }
  return sentences;
}

/**
 * Where sentences may begin and end, in order, each once: the body's ends,
 * after each sentence end, and at each break. Both lists come sorted (the
 * breaks once sorted: a heading's title may run past the next marker), so they
 * are merged rather than sorted together.
 */
function sentenceCuts(body: string, breaks: ReadonlyArray<readonly [number, number]>): number[] {
  const ends = [0];
  // each match is one character: test's lastIndex is the cut after it, with no match object made
  SENTENCE_END.lastIndex = 0;
  while (SENTENCE_END.test(body)) ends.push(SENTENCE_END.lastIndex);
  ends.push(body.length);
  const edges = breaks.flat().sort((a, b) => a - b);
  const cuts: number[] = [];
  const add = (cut: number): void => {
    if (cuts[cuts.length - 1] !== cut) cuts.push(cut);
  };
  let edge = 0;
  for (const end of ends) {
    while (edge < edges.length && edges[edge]! <= end) add(edges[edge++]!);
    add(end);
  }
  while (edge < edges.length) add(edges[edge++]!);
  return cuts;
}

/** Whether `text` holds anything but white space from `start` on. */
function hasText(text: string, start: number): boolean {
  for (let i = start; i < text.length; i++) if (!isWhiteSpace(text.charCodeAt(i))) return true;
  return false;
}

/** The clauses of a sentence: `text` is the body up to its end. */
function splitClauses(text: string, start: number): Array<[number, number]> {
  const clauses: Array<[number, number]> = [];
  let clauseStart = start;
  CLAUSE_END.lastIndex = start;
  // a clause end's match ends where the next clause starts
  while (CLAUSE_END.test(text)) {
    clauses.push([clauseStart, CLAUSE_END.lastIndex]);
    clauseStart = CLAUSE_END.lastIndex;
  }
  if (clauseStart < text.length) clauses.push([clauseStart, text.length]);
  return clauses;
}

const PARAGRAPH_BREAK = /^[^\S\n]*\n/;

/** Whether a sentence is the last of its paragraph: a line break ends it or follows it. */
export function endsParagraph(body: string, sentence: Sentence): boolean {
  return body[sentence.end - 1] === "\n" || PARAGRAPH_BREAK.test(body.slice(sentence.end, sentence.end + 8));
}
