/**
 * Runs work on N worker threads (or inline for N = 1) and hands results back
 * in input order, whatever order they finish in. At most a few requests per
 * worker are in flight, so memory stays flat however many inputs there are.
 */
import { Worker } from "node:worker_threads";
import { work, type WorkRequest, type WorkResult } from "./worker.js";

const IN_FLIGHT_PER_WORKER = 4;

/**
 * A report needs a few MB at most; small young generations make each worker
 * collect often instead of growing, which keeps a 10,000-input batch flat.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 256 };

export async function runOrdered(
  requests: Iterable<WorkRequest>,
  jobs: number,
  onResult: (result: WorkResult) => void,
  shouldStop: () => boolean,
): Promise<void> {
  if (jobs <= 1) {
    for (const request of requests) {
      if (shouldStop()) return;
      onResult(await work(request));
      await yieldToEvents();
    }
    return;
  }
  await runOnWorkers(requests, jobs, onResult, shouldStop);
}

/** Lets a pending SIGINT handler run between inputs. */
function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

async function runOnWorkers(
  requests: Iterable<WorkRequest>,
  jobs: number,
  onResult: (result: WorkResult) => void,
  shouldStop: () => boolean,
): Promise<void> {
  const workers = Array.from({ length: jobs }, () => new Worker(new URL("./worker.js", import.meta.url), { resourceLimits: WORKER_LIMITS }));
  const iterator = requests[Symbol.iterator]();
  const finished = new Map<number, WorkResult>();
  let nextToEmit = 0;
  let dispatched = 0;
  let exhausted = false;
  try {
    await new Promise<void>((resolve, reject) => {
      const busy = new Map<Worker, number>(workers.map((worker) => [worker, 0]));
      const feed = (worker: Worker): void => {
        while (!exhausted && !shouldStop() && busy.get(worker)! < IN_FLIGHT_PER_WORKER) {
          const next = iterator.next();
          if (next.done) {
            exhausted = true;
            break;
          }
          busy.set(worker, busy.get(worker)! + 1);
          dispatched++;
          worker.postMessage(next.value);
        }
        if ((exhausted || shouldStop()) && nextToEmit === dispatched) resolve();
      };
      for (const worker of workers) {
        worker.on("message", (result: WorkResult) => {
          busy.set(worker, busy.get(worker)! - 1);
          finished.set(result.index, result);
          while (finished.has(nextToEmit)) {
            onResult(finished.get(nextToEmit)!);
            finished.delete(nextToEmit);
            nextToEmit++;
          }
          feed(worker);
        });
        worker.on("error", reject);
        feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
