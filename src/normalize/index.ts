/**
 * normalize: input text → analysis text (Simplified, half-width, plain spaces)
 * with an origin map back to the input, the script the input was written in,
 * and the page furniture to keep out of sections and metrics.
 */
import { decodeLeftEntities } from "./entities.js";
import { foldStrayTraditional, foldText } from "./fold.js";
import { blankRanges, findFurniture, type Range } from "./furniture.js";
import { dropDoubledCommas, dropPinyin, dropSplicedNames, dropStampedNotices, mainlandWords, restoreDecimalPoints, restoreLostSpaces, withoutPinyin } from "./mirror.js";
import { dropMarkdownMarks } from "./markdown.js";
import { identityOrigin, SpanMapper, type TextWithOrigin } from "./origin.js";
import { readScript, toSimplified, type Script } from "./script.js";
import { closeSpaceBeforeCount, joinBrokenNumbers, joinNumbersBrokenInside, joinSpacedDigits, joinSpacedHan, joinWrappedLines } from "./wrap.js";

export interface NormalizedText {
  /** The decoded input, untouched: spans and evidence index this. */
  readonly input: string;
  /** Analysis text: every rule and pattern runs on this. */
  readonly analysis: TextWithOrigin;
  /** The analysis text with page furniture blanked: sections and metrics come from this. */
  readonly body: string;
  readonly furniture: readonly Range[];
  readonly script: Script;
  readonly spans: SpanMapper;
}

export function normalize(input: string): NormalizedText {
  const { script, strays } = readScript(input);
  const kept = foldText(decodeLeftEntities(identityOrigin(input)), script !== "simplified");
  const folded = dropMarkdownMarks(strays ? foldStrayTraditional(kept) : kept);
  const repaired = dropDoubledCommas(restoreDecimalPoints(mainlandWords(dropPinyin(dropSplicedNames(dropStampedNotices(restoreLostSpaces(folded, input)))))));
  const analysis = closeSpaceBeforeCount(joinSpacedHan(joinSpacedDigits(joinBrokenNumbers(joinNumbersBrokenInside(joinWrappedLines(repaired))))));
  const furniture = findFurniture(analysis.text);
  return {
    input,
    analysis,
    body: blankRanges(analysis.text, furniture),
    furniture,
    script,
    spans: new SpanMapper(input, analysis),
  };
}

export type { Range } from "./furniture.js";
export { RELATED_HEAD } from "./furniture.js";
export type { Script } from "./script.js";
export { toSimplified } from "./script.js";
export { isHan, isWhiteSpace, withoutPinyin } from "./mirror.js";

/** A piece of the input (a title, a heading, a point) as people read it: in Simplified script, without a converter's pinyin (行政执(zhí)法 → 行政执法). */
export function readable(doc: NormalizedText, value: string): string {
  return withoutPinyin(doc.script === "simplified" ? value : toSimplified(value));
}
