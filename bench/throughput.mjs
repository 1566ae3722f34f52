/**
 * Throughput and memory on a generated corpus, against the floor (reading the
 * corpus and converting it with opencc-js in one thread). Rounds interleave
 * floor, --jobs 1 and --jobs 2 so load from elsewhere hits all three; medians
 * are reported. Uses the CLI's batch mode when `extract --help` offers --jobs,
 * else the library in-process (bench/library.mjs, worker threads for 2).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateCorpus } from "./corpus.mjs";
import { BIN, median, ROOT, timeNodeWithRss } from "./lib.mjs";

export function cliHasJobs() {
  return spawnSync(process.execPath, [BIN, "--help"], { encoding: "utf8" }).stdout.includes("--jobs");
}

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
    const listAll = join(dir, "all.list");
    writeFileSync(listA, a.files.join("\n"));
    writeFileSync(listAll, [...a.files, ...b.files].join("\n"));

    const viaCli = cliHasJobs();
    const extractRun = (jobs, inputs, list) =>
      viaCli ? timeNodeWithRss(BIN, [...inputs, "--jobs", String(jobs), "--quiet", "--format", "ndjson"]) : timeNodeWithRss(join(ROOT, "bench/library.mjs"), [list, String(jobs)]);
    const modes = {
      floor: () => timeNodeWithRss(join(ROOT, "bench/floor.mjs"), [listA]),
      jobs1: () => extractRun(1, [join(dir, "a")], listA),
      jobs2: () => extractRun(2, [join(dir, "a")], listA),
    };
    const samples = { floor: [], jobs1: [], jobs2: [] };
    for (let round = 0; round < rounds; round++) {
      for (const [name, run] of Object.entries(modes)) samples[name].push(await run());
    }
    const memory = await extractRun(2, [join(dir, "a"), join(dir, "b")], listAll);

    const summary = (runs) => {
      const ms = median(runs.map((r) => r.ms));
      return { ms, reportsPerS: (a.files.length / ms) * 1000, mbPerS: (a.bytes / 1e6 / ms) * 1000, maxRssMB: Math.max(...runs.map((r) => r.maxRssMB)) };
    };
    return {
      via: viaCli ? "CLI batch mode (extract DIR --jobs N, NDJSON to /dev/null)" : "library in-process (bench/library.mjs)",
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
