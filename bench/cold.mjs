/**
 * Cold start: one report to /dev/null, against `node -e 0` timed in the same
 * rounds. Each round runs every variant once, in turn, so a burst of load
 * from elsewhere hits all of them; the ratio is taken per round and its median
 * reported. Variants: bin/extract.js as it stands (the esbuild bundle with its
 * V8 code cache), the bundle without the cache, and tsc's modules, the latter
 * two through one-line launchers.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { BIN, median, ROOT, SEEDS, timeRun } from "./lib.mjs";

const SEED_FILES = ["weidu-district-2023.txt", "shangyu-district-2024-traditional-one-line.txt"];

export function runCold(rounds) {
  const launchers = mkdtempSync(join(tmpdir(), "extract-bench-cold-"));
  const launcher = (name, code) => {
    const path = join(launchers, `${name}.mjs`);
    writeFileSync(path, code);
    return path;
  };
  const moduleUrl = (path) => JSON.stringify(pathToFileURL(join(ROOT, path)).href);
  const builds = [
    ["bin/extract.js", BIN],
    ["bundle, no code cache", launcher("bundle", `import { loadBundle } from ${moduleUrl("bin/load-bundle.js")};\nawait loadBundle({ codeCache: false }).main();\n`)],
    ["tsc modules", launcher("modules", `import { main } from ${moduleUrl("dist/cli/main.js")};\nawait main();\n`)],
  ];

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
