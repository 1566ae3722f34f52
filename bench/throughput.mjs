/**
 * Throughput and memory on a generated corpus, against the floor (reading the
 * corpus and converting it with opencc-js in one thread). Rounds interleave
 * floor, --jobs 1 and --jobs 2 so load from elsewhere hits all three; medians
 * are reported. Extraction runs through the CLI's batch mode (extract DIR
 * --jobs N), NDJSON to /dev/null.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateCorpus } from "./corpus.mjs";
import { BIN, median, ROOT, timeNodeWithRss } from "./lib.mjs";

/**
 * `size` reports in <tmp>/a for the timed rounds, and as many again in <tmp>/b
 * for the memory run over both folders.
 */
export async function runThroughput({ size, rounds }) {
  const dir = mkdtempSync(join(tmpdir(), "extract-bench-corpus-"));
  try {
    const a = generateCorpus(join(dir, "a"), size);
    const b = generateCorpus(join(dir, "b"), size);
    const listA = join(dir, "a.list");
    writeFileSync(listA, a.files.join("\n"));

    const extractRun = (jobs, inputs) => timeNodeWithRss(BIN, [...inputs, "--jobs", String(jobs), "--quiet", "--format", "ndjson"]);
    const modes = {
      floor: () => timeNodeWithRss(join(ROOT, "bench/floor.mjs"), [listA]),
      jobs1: () => extractRun(1, [join(dir, "a")]),
      jobs2: () => extractRun(2, [join(dir, "a")]),
    };
    const samples = { floor: [], jobs1: [], jobs2: [] };
    for (let round = 0; round < rounds; round++) {
      for (const [name, run] of Object.entries(modes)) samples[name].push(await run());
    }
    const memory = await extractRun(2, [join(dir, "a"), join(dir, "b")]);

    const summary = (runs) => {
      const ms = median(runs.map((r) => r.ms));
      return { ms, reportsPerS: (a.files.length / ms) * 1000, mbPerS: (a.bytes / 1e6 / ms) * 1000, maxRssMB: Math.max(...runs.map((r) => r.maxRssMB)) };
    };
    return {
      via: "CLI batch mode (extract DIR --jobs N, NDJSON to /dev/null)",
      reports: a.files.length,
      meanKB: a.bytes / a.files.length / 1024,
      floor: summary(samples.floor),
      jobs1: summary(samples.jobs1),
      jobs2: summary(samples.jobs2),
      memory: { reports: a.files.length + b.files.length, ...memory, reportsPerS: ((a.files.length + b.files.length) / memory.ms) * 1000 },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
