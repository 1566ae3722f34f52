/**
 * Accuracy guard: the project's scorer (../shared/tools/score.mjs) on the
 * seeds and on the development texts (../shared/dev), run on the built CLI
 * the way the project is judged, must stay at or above the floors recorded
 * here. Where ../shared is not beside the project the suite says so and is
 * skipped: the texts are not copied into the repository.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";

const SHARED = join(ROOT, "..", "shared");
const SCORER = join(SHARED, "tools", "score.mjs");

interface Score {
  docs: number;
  failed: number;
  f1: number;
  precision: number;
  recall: number;
  fp: number;
  meta: [number, number];
}

/** Recorded on 2026-12-01 (seeds 51/51 with nothing wrong; dev F1 0.994, precision 0.994, meta 177/182), less a small margin. */
const FLOORS = {
  seeds: { f1: 1, precision: 1, meta: 1 },
  dev: { f1: 0.98, precision: 0.98, meta: 0.95 },
} as const;

function score(gold: string, inputs: string): Score {
  const run = spawnSync(process.execPath, [SCORER, "--batch", "--json", "--gold", gold, "--inputs", inputs, "--cmd", "node bin/extract.js"], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  return JSON.parse(run.stdout.trim().split("\n").pop()!) as Score;
}

const present = existsSync(SCORER) && existsSync(join(SHARED, "dev", "gold"));
if (!present) console.warn(`accuracy guard skipped: ${SCORER} and ${join(SHARED, "dev")} are not beside the project`);

describe.skipIf(!present)("accuracy on the shared texts (../shared)", () => {
  it("scores the seeds at their floor", () => {
    const seeds = score(join(SHARED, "gold"), join(SHARED, "seeds"));
    expect(seeds.failed).toBe(0);
    expect(seeds.f1).toBeGreaterThanOrEqual(FLOORS.seeds.f1);
    expect(seeds.precision).toBeGreaterThanOrEqual(FLOORS.seeds.precision);
    expect(seeds.meta[0] / seeds.meta[1]).toBeGreaterThanOrEqual(FLOORS.seeds.meta);
  });

  it("scores the development texts at their floor", () => {
    const dev = score(join(SHARED, "dev", "gold"), join(SHARED, "dev", "texts"));
    expect(dev.failed).toBe(0);
    expect(dev.f1).toBeGreaterThanOrEqual(FLOORS.dev.f1);
    expect(dev.precision).toBeGreaterThanOrEqual(FLOORS.dev.precision);
    expect(dev.meta[0] / dev.meta[1]).toBeGreaterThanOrEqual(FLOORS.dev.meta);
  });
});
