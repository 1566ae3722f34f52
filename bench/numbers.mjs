/**
 * Number and percentage recognition against a peer: our scanQuantities and
 * Microsoft Recognizers-Text (Chinese number + percentage models) on the same
 * sentences, every fixture sentence that holds a digit or a Chinese numeral,
 * in analysis text (Simplified, half-width), which is what scanQuantities sees.
 * Reports time per sentence (warm: models built and JIT-warmed first), how
 * many sentences and values agree, and where they differ, who is right by the
 * hand-checked table in numbers-expected.mjs.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import * as Recognizers from "@microsoft/recognizers-text-number";
import { EXPECTED } from "./numbers-expected.mjs";
import { median, ROOT, SEEDS } from "./lib.mjs";

const { normalize } = await import(pathToFileURL(join(ROOT, "dist/normalize/index.js")).href);
const { scanQuantities } = await import(pathToFileURL(join(ROOT, "dist/extract/numbers/quantities.js")).href);

export function sentences() {
  const out = [];
  for (const name of readdirSync(SEEDS).filter((n) => n.endsWith(".txt")).sort()) {
    const text = normalize(readFileSync(join(SEEDS, name), "utf8")).analysis.text;
    for (const sentence of text.split(/(?<=[。;；!?！？])|\n/)) {
      const trimmed = sentence.trim();
      if (/[0-9]|[零〇两二三四五六七八九十百千万亿]/.test(trimmed)) out.push(trimmed);
    }
  }
  return out;
}

const ours = (sentence) =>
  scanQuantities(sentence).map((q) => (q.kind === "percent" ? `${q.value}%` : q.kind === "percentage_point" ? `${q.value}pp` : `${q.value}`));

function peer() {
  const recognizer = new Recognizers.NumberRecognizer(Recognizers.Culture.Chinese);
  const numbers = recognizer.getNumberModel();
  const percentages = recognizer.getPercentageModel();
  // A number inside a recognised percentage (12.7 in 12.7%) is that percentage, not a second value.
  return (sentence) => {
    const percents = percentages.parse(sentence);
    const plain = numbers.parse(sentence).filter((n) => !percents.some((p) => n.start <= p.end && p.start <= n.end));
    return [...percents.map((p) => `${Number(p.resolution.value.replace("%", ""))}%`), ...plain.map((n) => `${Number(n.resolution.value)}`)];
  };
}

const canonical = (values) => [...values].sort().join(" ");

/** Multiset intersection size. */
function common(a, b) {
  const left = new Map();
  for (const value of a) left.set(value, (left.get(value) ?? 0) + 1);
  let n = 0;
  for (const value of b) if (left.get(value) > 0) (left.set(value, left.get(value) - 1), n++);
  return n;
}

/** How long each recogniser runs before it is timed, so both are measured at full JIT tier. */
const WARM_UP_MS = 300;

/** Median µs per sentence over `rounds` passes of the whole set, after warming up. */
function timePerSentence(recognise, set, rounds) {
  const warmUntil = performance.now() + WARM_UP_MS;
  do for (const sentence of set) recognise(sentence);
  while (performance.now() < warmUntil);
  const times = [];
  for (let r = 0; r < rounds; r++) {
    const started = process.hrtime.bigint();
    for (const sentence of set) recognise(sentence);
    times.push(Number(process.hrtime.bigint() - started) / 1e3 / set.length);
  }
  return median(times);
}

export function runNumbers() {
  const set = sentences();
  const buildStarted = process.hrtime.bigint();
  const theirs = peer();
  const peerBuildMs = Number(process.hrtime.bigint() - buildStarted) / 1e6;
  const oursUs = timePerSentence(ours, set, 21);
  const theirsUs = timePerSentence(theirs, set, 5);

  const expected = new Map(EXPECTED.map(([values, sentence]) => [sentence, values ? values.split(" ") : []]));
  const tally = { sentences: set.length, agreeSentences: 0, agreedValues: 0, ourValues: 0, peerValues: 0, unchecked: [] };
  const judged = { ours: { right: 0, wrong: 0, missed: 0 }, peer: { right: 0, wrong: 0, missed: 0 } };
  for (const sentence of set) {
    const a = ours(sentence);
    const b = theirs(sentence);
    tally.ourValues += a.length;
    tally.peerValues += b.length;
    tally.agreedValues += common(a, b);
    if (canonical(a) === canonical(b)) {
      tally.agreeSentences++;
      continue;
    }
    const truth = expected.get(sentence);
    if (!truth) {
      tally.unchecked.push(sentence);
      continue;
    }
    for (const [who, values] of [["ours", a], ["peer", b]]) {
      const right = common(values, truth);
      judged[who].right += right;
      judged[who].wrong += values.length - right;
      judged[who].missed += truth.length - right;
    }
  }
  return { oursUs, theirsUs, peerBuildMs, tally, judged };
}
