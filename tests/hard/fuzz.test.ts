/**
 * Whatever the input, extraction either refuses it with an InputError or
 * returns a schema-valid report whose every evidence is its span's text.
 */
import { readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, it } from "vitest";
import { extract } from "../../src/pipeline.js";
import { InputError, readText } from "../../src/read/index.js";
import { expectGrounded } from "./helpers.js";

const SEEDS = new URL("../../fixtures/seeds/", import.meta.url);
const seedTexts = readdirSync(SEEDS)
  .filter((name) => name.endsWith(".txt"))
  .map((name) => readFileSync(new URL(name, SEEDS), "utf8"));

/** Fragments that exercise the repairs, the scanners and the HTML reader. */
const FRAGMENTS = [
  "一、", "(一)", "1.", "一是", "\n", "。", "，", "|", "??", "？？", "(xiàn)", "最佳化", "程式", "108年", "民國",
  "12", "3.5", "%", "个百分点", "件", "人次", "行政复议", "败诉率", "同比下降", " ", "\u3000", "<p>", "</p>",
  "<br>", "<script>", "&amp;", "<!--", "<td>", "<html>", "\uD842\uDFB7", "１２", "％",
];

function check(bytes: Uint8Array): void {
  let text: string;
  try {
    text = readText(bytes, "fuzz").text;
  } catch (error) {
    if (error instanceof InputError) return;
    throw error;
  }
  expectGrounded(extract(bytes, { path: "fuzz" }), text);
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("fuzz", () => {
  it("random Unicode", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => check(encode(text))), { numRuns: 150 });
  });

  it("random bytes", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => check(bytes)), { numRuns: 150 });
  });

  it("report-like text built from fragments", () => {
    const fragments = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join(""));
    fc.assert(fc.property(fragments, (text) => check(encode(text))), { numRuns: 200 });
  });

  it("mutated seed reports", () => {
    const mutation = fc.record({
      seed: fc.nat(seedTexts.length - 1),
      at: fc.nat(),
      cut: fc.nat(20),
      insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })),
    });
    fc.assert(
      fc.property(mutation, ({ seed, at, cut, insert }) => {
        const chars = Array.from(seedTexts[seed]!);
        const position = at % (chars.length + 1);
        chars.splice(position, cut, insert);
        check(encode(chars.join("")));
      }),
      { numRuns: 60 },
    );
  });

  it("mutated seed bytes", () => {
    const mutation = fc.record({ seed: fc.nat(seedTexts.length - 1), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) });
    fc.assert(
      fc.property(mutation, ({ seed, at, byte }) => {
        const bytes = encode(seedTexts[seed]!);
        bytes[at % bytes.length] = byte;
        check(bytes);
      }),
      { numRuns: 40 },
    );
  });
});
