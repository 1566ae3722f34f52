/**
 * Extraction in one process: `extract()` on every report of a generated
 * corpus, read from disk, against the floor timed in the same process and the
 * same rounds: reading the same files and converting them Traditional →
 * Simplified with opencc-js (what bench/floor.mjs does in a child process).
 * No process start, no workers, no output: the time the pipeline itself takes
 * per report. After one untimed pass of each, every round runs each pass once,
 * the order turning from round to round; ratios are taken per round and their
 * medians reported.
 *
 * BENCH_COMPARE_WITH, a path to another build's module exporting `extract`
 * (an esbuild bundle of an older commit's src/index.ts, say), adds that build
 * to the same rounds, and the ratio of this build's time to it.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import * as OpenCC from "opencc-js";
import { generateCorpus } from "./corpus.mjs";
import { median, ROOT } from "./lib.mjs";

/** Milliseconds per report for one pass of `each` over the files. */
function timePass(files, each) {
  const started = performance.now();
  for (const file of files) each(file);
  return (performance.now() - started) / files.length;
}

async function extractOf(path) {
  return (await import(pathToFileURL(path).href)).extract;
}

export async function runInProcess({ size, rounds }) {
  const compareWith = process.env.BENCH_COMPARE_WITH ? resolve(process.env.BENCH_COMPARE_WITH) : null;
  const dir = mkdtempSync(join(tmpdir(), "extract-bench-inprocess-"));
  try {
    const { files, bytes } = generateCorpus(dir, size);
    const convert = OpenCC.Converter({ from: "t", to: "cn" });
    const decoder = new TextDecoder("utf-8");
    const extracting = (extract) => () => timePass(files, (file) => extract(readFileSync(file), { path: file }));
    const passes = {
      extract: extracting(await extractOf(join(ROOT, "dist/index.js"))),
      floor: () => timePass(files, (file) => convert(decoder.decode(readFileSync(file)))),
    };
    if (compareWith) passes.compared = extracting(await extractOf(compareWith));
    const names = Object.keys(passes);
    for (const name of names) passes[name]();
    const samples = { extract: [], floor: [], ofFloor: [], ofCompared: [] };
    for (let round = 0; round < rounds; round++) {
      const ms = {};
      for (let i = 0; i < names.length; i++) {
        const name = names[(round + i) % names.length];
        ms[name] = passes[name]();
      }
      samples.extract.push(ms.extract);
      samples.floor.push(ms.floor);
      samples.ofFloor.push(ms.extract / ms.floor);
      if (compareWith) samples.ofCompared.push(ms.extract / ms.compared);
    }
    return {
      meanKB: bytes / files.length / 1024,
      extractMs: median(samples.extract),
      floorMs: median(samples.floor),
      ofFloor: median(samples.ofFloor),
      compared: compareWith ? { path: compareWith, ratio: median(samples.ofCompared) } : null,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
