#!/usr/bin/env node
// Shows that extraction time grows linearly on pathological inputs: for each
// shape, the time at 1x, 2x and 4x its base size and the ratios between them
// (about 2 each for linear growth; about 4 would mean quadratic).
// usage (after npm run build): node bench/pathological.mjs [--scale N]
import { performance } from "node:perf_hooks";
import { extract } from "../dist/index.js";

const args = process.argv.slice(2);
const scaleAt = args.indexOf("--scale");
const scale = scaleAt >= 0 ? Number(args[scaleAt + 1]) : 1;

const repeat = (piece, times) => piece.repeat(Math.max(1, Math.round(times)));

/** 一 … 九十九, the Chinese ordinals a heading list runs through. */
const chineseOrdinal = (n) => {
  const digits = "零一二三四五六七八九";
  if (n < 10) return digits[n];
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? digits[tens] : ""}十${n % 10 ? digits[n % 10] : ""}`;
};

/** A yearly report of `count` (n) sections, each with a paragraph opening on two required parts (up to 99 × 99). */
function partParagraphs(count) {
  const pieces = ["某区2024年法治政府建设情况报告\n2024年，全区坚持依法行政。\n"];
  for (let n = 0; n < count; n++) {
    if (n % 99 === 0) pieces.push(`${chineseOrdinal(n / 99 + 1)}、工作回顾\n`);
    pieces.push(`(${chineseOrdinal((n % 99) + 1)})完善制度\n下一步，我们将继续努力。还存在一些不足。\n`);
  }
  return pieces.join("");
}

/** Each shape: a name and a builder from a size factor to the input text. */
const SHAPES = [
  ["100,000-character line", (k) => repeat("全年办理行政复议案件55件，", (k * 100_000) / 14)],
  ["10,000-digit number", (k) => `收到复议申请${"7".repeat(k * 10_000)}件。`],
  ["10,000 headings in a row", (k) => repeat("一、标题\n", 1) + Array.from({ length: k * 10_000 }, (_, i) => `${(i % 99) + 1}.依法行政工作\n`).join("")],
  ["markers on one line", (k) => repeat("|1.ab", k * 20_000)],
  ["blank lines before text", (k) => "\n".repeat(k * 100_000) + "2023年，某区坚持依法行政。"],
  ["space run in <pre>", (k) => `<html><body><pre>${" ".repeat(k * 100_000)}x</pre></body></html>`],
  ["nested tags", (k) => `<html><body>${"<div><span>".repeat(k * 20_000)}文本${"</span></div>".repeat(k * 20_000)}</body></html>`],
  ["unclosed comments and quotes", (k) => `<html><body>${repeat('<p a="1">行政<!-- x -->', k * 10_000)}<p x="</body></html>`],
  ["pinyin and parentheses", (k) => repeat("現(xiàn)場(((执法(", k * 10_000)],
  ["many figures in one sentence", (k) => "行政复议" + repeat("收案12件，", k * 5_000)],
  ["items of one 其中 list", (k) => "受理行政复议案件500件,其中" + repeat("维持12件,", k * 5_000)],
  ["a 其中 list opened in every clause", (k) => "受理行政复议案件500件," + repeat("其中维持1件,", k * 5_000)],
  ["zeros in one sentence", (k) => "行政诉讼" + repeat("零败诉,", k * 5_000)],
  ["items of one comma list", (k) => "审查" + repeat("规范性文件12件,", k * 5_000)],
  ["settled counts and their shares", (k) => "审结行政复议案件160件," + repeat("通过调解方式结案12件,占7.5%;", k * 2_000)],
  ["rates moved to in one sentence", (k) => "行政机关败诉率为8.3%," + repeat("今年下降至5.1%,", k * 4_000)],
  ["numbers on their own lines", (k) => repeat("受理行政复议\n12\n件,", k * 10_000)],
  ["part openings in 2,000 sections", (k) => partParagraphs(k * 2_000)],
];

function timeOnce(text) {
  const bytes = new TextEncoder().encode(text);
  const start = performance.now();
  extract(bytes, { path: "bench.txt" });
  return performance.now() - start;
}

/** The best of three runs, to keep garbage collection and JIT warm-up out of the figure. */
function bestOf(text) {
  return Math.min(timeOnce(text), timeOnce(text), timeOnce(text));
}

console.log("shape".padEnd(32), "1x ms".padStart(9), "2x ms".padStart(9), "4x ms".padStart(9), "2x/1x".padStart(7), "4x/2x".padStart(7));
for (const [name, build] of SHAPES) {
  const times = [1, 2, 4].map((factor) => bestOf(build(factor * scale)));
  const [t1, t2, t4] = times;
  console.log(
    name.padEnd(32),
    ...times.map((t) => t.toFixed(1).padStart(9)),
    (t2 / t1).toFixed(2).padStart(7),
    (t4 / t2).toFixed(2).padStart(7),
  );
}
