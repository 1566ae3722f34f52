/**
 * node:zlib, looked up when a document comes: imported at the top of a module,
 * it would be loaded on every start of the command (the bundle hoists every
 * import), text runs included, and it takes several milliseconds to load.
 */
import { constants } from "node:buffer";

export function zlib(): typeof import("node:zlib") {
  return process.getBuiltinModule("node:zlib");
}

/** A cap on inflated output that zlib accepts: no more than the largest buffer (a --max-bytes beyond it caps nothing more). */
export function outputCap(bytes: number): number {
  return Math.min(bytes, constants.MAX_LENGTH);
}
