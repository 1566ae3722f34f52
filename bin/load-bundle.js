/**
 * Loads the bundled CLI (dist/extract.bundle.cjs) with V8's code cache that
 * the build writes next to it (scripts/write-code-cache.mjs), so a cold start
 * skips compiling what the cached run compiled. A CommonJS bundle, because
 * Node 20 can hand V8 a code cache only for a script, not for an ES module.
 * A missing or rejected cache (another Node or V8 version) only means
 * compiling as usual.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

export const BUNDLE = fileURLToPath(new URL("../dist/extract.bundle.cjs", import.meta.url));
export const CODE_CACHE = `${BUNDLE}.cache`;

/** @param {{ codeCache?: boolean }} [options] */
export function loadBundle({ codeCache = true } = {}) {
  const source = readBundle();
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: BUNDLE,
    cachedData: codeCache ? readCodeCache() : undefined,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return { main: module.exports.main, script };
}

function readBundle() {
  try {
    return readFileSync(BUNDLE, "utf8");
  } catch (error) {
    process.stderr.write(`extract: cannot load ${BUNDLE} (${error.code ?? error.message}); run npm install, or npm run build, in the package's folder\n`);
    process.exit(1);
  }
}

function readCodeCache() {
  try {
    return readFileSync(CODE_CACHE);
  } catch {
    return undefined;
  }
}
