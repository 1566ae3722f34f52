#!/usr/bin/env node
// The `extract` command: runs the bundled CLI (dist/extract.bundle.cjs, built
// by scripts/build.mjs on npm install), one file to load instead of ~150
// modules, with the code cache the build wrote for it.
import { loadBundle } from "./load-bundle.js";

await loadBundle().main();
