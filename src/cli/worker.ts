/** A worker thread of `extract --jobs N`: reads, extracts and renders inputs it is sent. */
import { parentPort } from "node:worker_threads";
import { recordFor } from "./record.js";
import { renderRecord, type BatchFormat, type RenderedRecord } from "./render.js";

export interface WorkRequest {
  index: number;
  path: string;
  maxBytes: number;
  format: BatchFormat;
  metricIds: readonly string[];
  stdinBytes?: Uint8Array;
}

export interface WorkResult {
  index: number;
  rendered: RenderedRecord;
}

export async function work(request: WorkRequest): Promise<WorkResult> {
  const record = await recordFor(request.path, request.maxBytes, request.stdinBytes);
  return { index: request.index, rendered: renderRecord(record, request.format, request.metricIds) };
}

parentPort?.on("message", async (request: WorkRequest) => {
  parentPort!.postMessage(await work(request));
});
