#!/usr/bin/env node
// The `extract` command: runs the compiled CLI (built into dist/ on npm install).
import { main } from "../dist/cli/main.js";

await main();
