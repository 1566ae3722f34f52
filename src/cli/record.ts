/**
 * One input → one record, never an exception: a report, or an error record
 * that names the input and says why it could not be read.
 */
import { extractAsync } from "../pipeline.js";
import { InputError, STDIN_PATH, readFileBytes } from "../read/index.js";
import { ReportSchema, SCHEMA_VERSION, type BatchRecord, type ErrorRecord } from "../schema/report.js";
import { errorMessage } from "./errors.js";

export async function recordFor(path: string, maxBytes: number, stdinBytes?: Uint8Array): Promise<BatchRecord> {
  try {
    const bytes = path === STDIN_PATH ? (stdinBytes ?? new Uint8Array()) : readFileBytes(path, maxBytes);
    return ReportSchema.parse(await extractAsync(bytes, { path, maxBytes }));
  } catch (error) {
    if (error instanceof InputError) return errorRecord(path, error.code, error.message);
    return errorRecord(path, "internal", `${path}: internal error: ${errorMessage(error)}`);
  }
}

export function errorRecord(path: string, code: string, message: string): ErrorRecord {
  return { schemaVersion: SCHEMA_VERSION, source: { path }, error: { code, message } };
}
