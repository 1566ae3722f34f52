/**
 * Cold start: one report to /dev/null, against `node -e 0` timed in the same
 * rounds. Each round runs every variant once, in turn, so a burst of load
 * from elsewhere hits all of them; the ratio is taken per round and its median
 * reported. Variants: bin/extract.js as it stands, and the two builds it can
 * point at (the esbuild bundle and tsc's modules), through one-line launchers.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { BIN, median, ROOT, SEEDS, timeRun } from "./lib.mjs";

const SEED_FILES = ["weidu-district-2023.txt", "shangyu-district-2024-traditional-one-line.txt"];

export function runCold(rounds) {
  const launchers = mkdtempSync(join(tmpdir(), "extract-bench-cold-"));
  const launcher = (name, module) => {
    const path = join(launchers, `${name}.mjs`);
    writeFileSync(path, `import { main } from ${JSON.stringify(pathToFileURL(join(ROOT, module)).href)};\nawait main();\n`);
    return path;
  };
  const builds = [["bin/extract.js", BIN]];
  if (existsSync(join(ROOT, "dist/extract.bundle.js"))) builds.push(["bundle", launcher("bundle", "dist/extract.bundle.js")]);
  builds.push(["tsc modules", launcher("modules", "dist/cli/main.js")]);

  const variants = [];
  for (const seed of SEED_FILES) for (const [build, script] of builds) variants.push({ build, seed, args: [script, join(SEEDS, seed)], ms: [], ratio: [] });
  const baseline = [];
  try {
    for (let round = 0; round < rounds; round++) {
      const base = timeRun(process.execPath, ["-e", "0"]);
      baseline.push(base);
      for (const variant of variants) {
        const ms = timeRun(process.execPath, variant.args);
        variant.ms.push(ms);
        variant.ratio.push(ms / base);
      }
    }
  } finally {
    rmSync(launchers, { recursive: true, force: true });
  }
  return {
    baselineMs: median(baseline),
    rows: variants.map(({ build, seed, ms, ratio }) => ({ build, seed, ms: median(ms), ratio: median(ratio) })),
  };
}
