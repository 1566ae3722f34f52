/**
 * In-process throughput through the library, for CLIs without batch mode:
 * `node bench/library.mjs LIST JOBS` extracts every file named in LIST and
 * serialises each report, on the main thread (JOBS 1) or on JOBS worker
 * threads taking every JOBS-th file.
 */
import { readFileSync } from "node:fs";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { ROOT } from "./lib.mjs";

const { extract } = await import(pathToFileURL(join(ROOT, "dist/index.js")).href);

function run(paths) {
  let bytes = 0;
  for (const path of paths) bytes += JSON.stringify(extract(readFileSync(path), { path })).length;
  return bytes;
}

if (isMainThread) {
  const paths = readFileSync(process.argv[2], "utf8").split("\n").filter(Boolean);
  const jobs = Number(process.argv[3] ?? 1);
  if (jobs <= 1) {
    process.stdout.write(`${run(paths)}\n`);
  } else {
    const shares = Array.from({ length: jobs }, (_, j) => paths.filter((_, i) => i % jobs === j));
    const sizes = await Promise.all(
      shares.map((share) => new Promise((resolve, reject) => {
        const worker = new Worker(new URL(import.meta.url), { workerData: share });
        worker.once("message", resolve);
        worker.once("error", reject);
      })),
    );
    process.stdout.write(`${sizes.reduce((a, b) => a + b, 0)}\n`);
  }
} else {
  parentPort.postMessage(run(workerData));
}
