/**
 * Reading an input's bytes from a path or from standard input, with every
 * failure turned into an InputError that names the input.
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { InputError } from "./errors.js";

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export const STDIN_PATH = "-";

/** How messages name an input: its path, or "standard input" for "-". */
export function inputLabel(path: string): string {
  return path === STDIN_PATH ? "standard input" : path;
}

/**
 * Reads at most `maxBytes` (and one byte more, to know it is over): a device
 * or a FIFO (/dev/zero, a pipe named on the command line) has no size to check
 * first and may never end, and a regular file may grow while it is read.
 */
export function readFileBytes(path: string, maxBytes = DEFAULT_MAX_BYTES): Uint8Array {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError("is_directory", `${path}: is a directory, not a report file`);
    if (stat.size > maxBytes) throw tooLarge(path, stat.size, maxBytes);
    return readUpTo(fd, path, maxBytes, stat.isFile() ? stat.size : null);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw fileSystemError(path, error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Unsized sources are read in chunks of this many bytes. */
const READ_CHUNK = 64 * 1024;

function readUpTo(fd: number, path: string, maxBytes: number, size: number | null): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    // A sized file is read in one call; the extra byte tells whether it grew past its size.
    const wanted = size === null ? READ_CHUNK : Math.max(size - total, 0) + 1;
    const chunk = Buffer.allocUnsafe(Math.min(wanted, maxBytes - total + 1));
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) break;
    total += read;
    if (total > maxBytes) throw overLimit(path, maxBytes);
    chunks.push(chunk.subarray(0, read));
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

export async function readStdinBytes(
  stdin: AsyncIterable<Uint8Array | string>,
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stdin) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk);
      total += bytes.length;
      if (total > maxBytes) throw overLimit(inputLabel(STDIN_PATH), maxBytes);
      chunks.push(bytes);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw fileSystemError(inputLabel(STDIN_PATH), error);
  }
  return Buffer.concat(chunks);
}

function tooLarge(label: string, size: number, maxBytes: number): InputError {
  return new InputError(
    "too_large",
    `${label}: ${size} bytes is over the limit of ${maxBytes} bytes (raise it with --max-bytes)`,
  );
}

/** A source whose size is not known ahead (a device, a FIFO, a growing file) went past the limit. */
function overLimit(label: string, maxBytes: number): InputError {
  return new InputError("too_large", `${label}: more than ${maxBytes} bytes, over the limit (raise it with --max-bytes)`);
}

function fileSystemError(label: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return new InputError("not_found", `${label}: no such file`);
  if (code === "EISDIR") return new InputError("is_directory", `${label}: is a directory, not a report file`);
  if (code === "EACCES" || code === "EPERM") return new InputError("unreadable", `${label}: permission denied`);
  const reason = error instanceof Error ? error.message : String(error);
  return new InputError("unreadable", `${label}: cannot be read (${reason})`);
}
