#!/usr/bin/env node
/**
 * `npm run score`: the project's scorer (../shared/tools/score.mjs) on the
 * seeds and on the development texts, one line each, with the built CLI
 * reading each folder in one batch. Extra arguments (-v, --json) go to the
 * scorer. Where ../shared is not beside the project, says so and exits 0.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const shared = join(root, "..", "shared");
const scorer = join(shared, "tools", "score.mjs");

/** The corpora scored: name, gold folder, inputs folder. */
const CORPORA = [
  ["seeds", join(shared, "gold"), join(shared, "seeds")],
  ["dev", join(shared, "dev", "gold"), join(shared, "dev", "texts")],
];

if (!existsSync(scorer)) {
  console.log(`score: ${scorer} is not here (the shared folder lives beside the project); nothing scored`);
  process.exit(0);
}
let status = 0;
for (const [name, gold, inputs] of CORPORA) {
  if (!existsSync(gold) || !existsSync(inputs)) {
    console.log(`${name}: ${gold} or ${inputs} missing; not scored`);
    continue;
  }
  const run = spawnSync(process.execPath, [scorer, "--batch", "--gold", gold, "--inputs", inputs, "--cmd", "node bin/extract.js", ...process.argv.slice(2)], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  const lines = (run.stdout ?? "").trimEnd().split("\n");
  const last = lines.pop() ?? "";
  if (lines.length) console.log(lines.join("\n"));
  console.log(`${name.padEnd(5)} ${last}`);
  if (run.status !== 0) status = run.status ?? 1;
}
process.exit(status);
