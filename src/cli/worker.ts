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

export function work(request: WorkRequest): WorkResult {
  const record = recordFor(request.path, request.maxBytes, request.stdinBytes);
  return { index: request.index, rendered: renderRecord(record, request.format, request.metricIds) };
}

parentPort?.on("message", (request: WorkRequest) => {
  parentPort!.postMessage(work(request));
});
