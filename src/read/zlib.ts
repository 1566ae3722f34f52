/**
 * node:zlib, looked up when a document comes: imported at the top of a module,
 * it would be loaded on every start of the command (the bundle hoists every
 * import), text runs included, and it takes several milliseconds to load.
 */
export function zlib(): typeof import("node:zlib") {
  return process.getBuiltinModule("node:zlib");
}
