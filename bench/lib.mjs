/** Shared by the bench sections: paths, statistics, and timing child processes. */
import { spawn, spawnSync } from "node:child_process";
import { openSync, closeSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const BIN = join(ROOT, "bin/extract.js");
export const SEEDS = join(ROOT, "fixtures/seeds");

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs a command with stdout to /dev/null; resolves to its wall time in ms. */
export function timeRun(command, args, { env } = {}) {
  const devNull = openSync("/dev/null", "w");
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { stdio: ["ignore", devNull, "pipe"], env: env ?? process.env });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  closeSync(devNull);
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  return ms;
}

/**
 * Runs `node <script> args` through bench/rss.mjs, which reports the process's
 * peak resident memory (worker threads included) when it exits. Resolves to
 * { ms, maxRssMB }.
 */
export async function timeNodeWithRss(script, args) {
  const rssFile = join(tmpdir(), `extract-bench-rss-${process.pid}-${Date.now()}`);
  const devNull = openSync("/dev/null", "w");
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [join(ROOT, "bench/rss.mjs"), rssFile, script, ...args], { stdio: ["ignore", devNull, "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const status = await new Promise((resolve) => child.on("close", resolve));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  closeSync(devNull);
  if (status !== 0) throw new Error(`${script} ${args.join(" ")} exited ${status}: ${stderr}`);
  const maxRssMB = Number(readFileSync(rssFile, "utf8")) / 1024;
  rmSync(rssFile);
  return { ms, maxRssMB };
}

export const fmt = (value, digits = 0) => value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
