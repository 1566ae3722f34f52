#!/usr/bin/env node
/**
 * The build: tsc writes dist/ (the library, its .d.ts files and the modules
 * tests and `import "extract"` use), then esbuild bundles the command line into
 * two files that start fast, because Node then loads one file instead of ~150:
 *
 *   dist/extract.bundle.cjs the CLI (src/cli/main.ts), run by bin/extract.js
 *                           through bin/load-bundle.js, with the V8 code cache
 *                           scripts/write-code-cache.mjs then writes beside it
 *                           (dist/extract.bundle.cjs.cache)
 *   dist/worker.js          the `--jobs N` worker (src/cli/worker.ts); pool.ts
 *                           opens it as new URL("./worker.js", import.meta.url),
 *                           which from the bundle means this file
 *
 * @node-rs/jieba, playwright-core, pdfjs-dist, mammoth and word-extractor stay
 * external: they are native or large, and loaded only on demand (a PDF or Word
 * input, --keywords, the browser tests), so a text run never parses them.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

const tsc = spawnSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", join(root, "tsconfig.json")], {
  stdio: "inherit",
});
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

/**
 * src/cli/version.ts reads ../../package.json next to its own file, which from
 * dist/extract.bundle.js would be outside the package: the bundle gets the
 * version written in instead.
 */
const inlineVersion = {
  name: "inline-version",
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]cli[\\/]version\.ts$/ }, () => ({
      contents: `export const VERSION = ${JSON.stringify(manifest.version ?? "0.0.0")};`,
      loader: "ts",
    }));
  },
};

/**
 * zod re-exports its ~50 message locales as `z.locales`, so importing `z`
 * keeps them all (about 200 KB of the bundle, parsed on every start). The
 * project only uses English messages, the default zod registers itself, so the
 * bundle's locale index exports English alone.
 */
const englishOnlyZod = {
  name: "english-only-zod",
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer) ? { path: join(dirname(args.importer), "../locales/index.js"), namespace: "zod-locales" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "zod-locales" }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(join(dirname(args.path), "en.js"))};`,
      loader: "js",
      resolveDir: dirname(args.path),
    }));
  },
};

const shared = {
  absWorkingDir: root,
  outdir: "dist",
  bundle: true,
  platform: "node",
  target: "node20",
  minify: true,
  legalComments: "linked",
  external: ["@node-rs/jieba", "playwright-core", "pdfjs-dist", "mammoth", "word-extractor"],
  plugins: [inlineVersion, englishOnlyZod],
  logLevel: "warning",
};

// CommonJS, so bin/load-bundle.js can hand V8 its code cache (Node 20 takes one
// for a script, not for an ES module). import.meta.url, which pool.ts and
// pdf.ts use to find files next to theirs, becomes the bundle's own URL. The
// packages loaded on demand are required, not imported: a function V8 took
// from the cache has lost what import() needs (pdfjs is an ES module, which
// Node ≥ 20.19 requires as well).
await build({
  ...shared,
  entryPoints: { "extract.bundle": "src/cli/main.ts" },
  outExtension: { ".js": ".cjs" },
  format: "cjs",
  supported: { "dynamic-import": false },
  define: { "import.meta.url": "__bundleUrl" },
  banner: { js: 'var __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
});

await build({
  ...shared,
  entryPoints: { worker: "src/cli/worker.ts" },
  format: "esm",
  // Bundled CommonJS packages (commander, tinyglobby's picomatch) call require()
  // for Node built-ins, which an ES module has no binding for.
  banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
});

const codeCache = spawnSync(process.execPath, [join(root, "scripts/write-code-cache.mjs")], { stdio: ["ignore", "ignore", "inherit"] });
if (codeCache.status !== 0) process.exit(codeCache.status ?? 1);
