/**
 * Sentences and clauses of the body. A topic carries across the clauses of a
 * sentence, never past its end; heading lines are sentences of their own so
 * that a heading's words do not leak into the text below it.
 */
export interface Sentence {
  start: number;
  end: number;
  /** [start, end) of each clause, in order */
  clauses: Array<[number, number]>;
}

const SENTENCE_END = /[。！!？?\n]/g;
/**
 * A comma between digits is a thousands separator (3,170), not a clause end; a
 * table cell boundary (|) is one, so a cue never reaches into the next cell.
 */
const CLAUSE_END = /[;:，；：|]|(?<!\d),|,(?!\d)/g;

export function splitSentences(body: string, breaks: ReadonlyArray<readonly [number, number]>): Sentence[] {
  const cuts = new Set<number>([0, body.length]);
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(body); match; match = SENTENCE_END.exec(body)) cuts.add(match.index + 1);
  for (const [start, end] of breaks) {
    cuts.add(start);
    cuts.add(end);
  }
  const ordered = [...cuts].sort((a, b) => a - b);
  const sentences: Sentence[] = [];
  for (let i = 0; i + 1 < ordered.length; i++) {
    const start = ordered[i]!;
    const end = ordered[i + 1]!;
    if (/\S/.test(body.slice(start, end))) sentences.push({ start, end, clauses: splitClauses(body, start, end) });
  }
  return sentences;
}

function splitClauses(body: string, start: number, end: number): Array<[number, number]> {
  const clauses: Array<[number, number]> = [];
  const text = body.slice(0, end);
  let clauseStart = start;
  CLAUSE_END.lastIndex = start;
  for (let match = CLAUSE_END.exec(text); match; match = CLAUSE_END.exec(text)) {
    clauses.push([clauseStart, match.index + 1]);
    clauseStart = match.index + 1;
  }
  if (clauseStart < end) clauses.push([clauseStart, end]);
  return clauses;
}
