/**
 * Reading an input's bytes from a path or from standard input, with every
 * failure turned into an InputError that names the input.
 */
import { readFileSync, statSync } from "node:fs";
import { InputError } from "./errors.js";

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export const STDIN_PATH = "-";

/** How messages name an input: its path, or "standard input" for "-". */
export function inputLabel(path: string): string {
  return path === STDIN_PATH ? "standard input" : path;
}

export function readFileBytes(path: string, maxBytes = DEFAULT_MAX_BYTES): Uint8Array {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError("is_directory", `${path}: is a directory, not a report file`);
    if (stat.size > maxBytes) throw tooLarge(path, stat.size, maxBytes);
    return readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw fileSystemError(path, error);
  }
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
      if (total > maxBytes) throw tooLarge(inputLabel(STDIN_PATH), total, maxBytes);
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

function fileSystemError(label: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return new InputError("not_found", `${label}: no such file`);
  if (code === "EISDIR") return new InputError("is_directory", `${label}: is a directory, not a report file`);
  if (code === "EACCES" || code === "EPERM") return new InputError("unreadable", `${label}: permission denied`);
  const reason = error instanceof Error ? error.message : String(error);
  return new InputError("unreadable", `${label}: cannot be read (${reason})`);
}
