/**
 * Patterns scanned over a whole body (each domain's topic, the zero wordings)
 * open every alternative on a character, never on a lookbehind: V8 finds where
 * such an alternative may start by its first characters, and one that opens on
 * a lookbehind it tries at every position of every text (one such zero wording
 * made the bench 1.26 times slower). Look behind after the rarer characters
 * instead: 无纠错(?<=均无纠错), 政策(?<=惠民政策).
 */
import { describe, expect, it } from "vitest";
import { DOMAINS } from "../../src/extract/rules/index.js";
import { OUTSIDE_CATALOGUE } from "../../src/extract/rules/outside.js";
import { zeroWordings } from "../../src/extract/zero.js";

/** The group structure of a pattern's source: each "(", ")" and "|" outside escapes and character classes, with its offset. */
function* structure(source: string): Generator<{ char: string; at: number }> {
  let inClass = false;
  for (let at = 0; at < source.length; at++) {
    const char = source[at]!;
    if (char === "\\") {
      at++;
      continue;
    }
    if (inClass) {
      if (char === "]") inClass = false;
      continue;
    }
    if (char === "[") inClass = true;
    else if (char === "(" || char === ")" || char === "|") yield { char, at };
  }
}

/** A pattern's alternatives at its top level, by its source: a bar outside any group or character class. */
function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let start = 0;
  for (const { char, at } of structure(source)) {
    if (char === "(") depth++;
    else if (char === ")") depth--;
    else if (depth === 0) {
      alternatives.push(source.slice(start, at));
      start = at + 1;
    }
  }
  alternatives.push(source.slice(start));
  return alternatives;
}

/**
 * Whether an alternative opens on a lookbehind: itself, or, past any negative lookbehind it opens with (which V8 does not
 * start on), any alternative of the group it then opens with.
 */
function opensOnLookbehind(alternative: string): boolean {
  const rest = withoutLeadingNegativeLookbehinds(alternative);
  if (rest.startsWith("(?<=")) return true;
  const group = GROUP_OPENER.exec(rest);
  if (!group) return false;
  const inside = rest.slice(group[0].length, closingParen(rest));
  return topLevelAlternatives(inside).some(opensOnLookbehind);
}

/** A group an alternative opens with, capturing or not: "(" not before "?", or "(?:". */
const GROUP_OPENER = /^(?:\((?!\?)|\(\?:)/;

/** The alternative past the negative lookbehinds it opens with. */
function withoutLeadingNegativeLookbehinds(alternative: string): string {
  let rest = alternative;
  while (rest.startsWith("(?<!")) rest = rest.slice(closingParen(rest) + 1);
  return rest;
}

/** Where the group a source opens with closes, past escapes and character classes. */
function closingParen(source: string): number {
  let depth = 0;
  for (const { char, at } of structure(source)) {
    if (char === "(") depth++;
    else if (char === ")" && --depth === 0) return at;
  }
  return source.length;
}

const BODY_SCANS: ReadonlyArray<[string, RegExp]> = [
  ...[...DOMAINS, ...OUTSIDE_CATALOGUE].flatMap((domain): Array<[string, RegExp]> => [
    [`${domain.name} topic`, domain.topic],
    ...(domain.topicParts ?? []).map((part, index): [string, RegExp] => [`${domain.name} topic part ${index + 1}`, part]),
  ]),
  ["zero wordings", zeroWordings(DOMAINS)],
];

describe("patterns scanned over a whole body", () => {
  it.each(BODY_SCANS)("%s opens no alternative on a lookbehind", (_name, pattern) => {
    expect(topLevelAlternatives(pattern.source).filter(opensOnLookbehind)).toEqual([]);
  });

  it("finds the alternative that opens on one", () => {
    expect(topLevelAlternatives("零败诉|(?<=均)无纠错|无败诉").filter(opensOnLookbehind)).toEqual(["(?<=均)无纠错"]);
    expect(topLevelAlternatives("无纠错(?<=均无纠错)|[(|]败诉").filter(opensOnLookbehind)).toEqual([]);
    // nested in the group an alternative opens with, past a negative lookbehind: V8 still tries it at every position
    expect(topLevelAlternatives("零败诉|(?<!二审)(?:均未败诉|(?<=\\d件,)未败诉)").filter(opensOnLookbehind)).toEqual(["(?<!二审)(?:均未败诉|(?<=\\d件,)未败诉)"]);
    expect(topLevelAlternatives("零败诉|(?<!二审)(?:均未败诉|未败诉(?<=\\d件,未败诉))").filter(opensOnLookbehind)).toEqual([]);
  });
});
