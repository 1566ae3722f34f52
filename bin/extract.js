#!/usr/bin/env node
// The `extract` command: runs the bundled CLI (dist/extract.bundle.js, built by
// scripts/build.mjs on npm install), one file to load instead of ~150 modules.
import { main } from "../dist/extract.bundle.js";

await main();
