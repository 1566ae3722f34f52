#!/usr/bin/env node
/**
 * Writes V8's code cache for the CLI bundle (dist/extract.bundle.cjs.cache),
 * which bin/load-bundle.js hands to V8 at every start. The cache is taken
 * after the bundle has extracted a Simplified and a Traditional seed in this
 * process, so it holds the functions a text run compiles, not only the
 * bundle's top level. build.mjs runs this with its standard output discarded.
 */
import { rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CODE_CACHE, loadBundle } from "../bin/load-bundle.js";

const seeds = join(dirname(fileURLToPath(import.meta.url)), "../fixtures/seeds");
const WARM_UP_INPUTS = ["weidu-district-2023.txt", "shangyu-district-2024-traditional-one-line.txt"].map((name) => join(seeds, name));

rmSync(CODE_CACHE, { force: true });
const { main, script } = loadBundle({ codeCache: false });
for (const input of WARM_UP_INPUTS) await main([process.execPath, "extract", input]);
if (process.exitCode) throw new Error(`the bundle failed on its warm-up inputs (exit code ${process.exitCode})`);
writeFileSync(CODE_CACHE, script.createCachedData());
