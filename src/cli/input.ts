/**
 * What every command that takes one input shares: reading it (a file, or "-"
 * for standard input), parsing --max-bytes-style
 * numbers, and turning an unreadable input into one line on stderr and exit 1.
 */
import { InputError, STDIN_PATH, readFileBytes, readStdinBytes } from "../read/index.js";
import { EXIT_INPUT, UsageError } from "./errors.js";

export async function readInputBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  return path === STDIN_PATH ? readStdinBytes(process.stdin, maxBytes) : readFileBytes(path, maxBytes);
}

/** Runs `command`; an InputError it throws becomes one line on stderr and exit code 1. */
export async function reportingInputErrors(command: () => Promise<number>): Promise<number> {
  try {
    return await command();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`extract: ${error.message}\n`);
    return EXIT_INPUT;
  }
}

export function parsePositiveInt(flag: string): (value: string) => number {
  return (value) => {
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed <= 0) throw new UsageError(`${flag} takes a positive whole number, not "${value}"`);
    return parsed;
  };
}
