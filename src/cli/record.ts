/**
 * One input → one record, never an exception: a report, or an error record
 * that names the input and says why it could not be read.
 */
import { extract } from "../pipeline.js";
import { InputError, STDIN_PATH, readFileBytes } from "../read/index.js";
import { ReportSchema, SCHEMA_VERSION, type BatchRecord, type ErrorRecord } from "../schema/report.js";
import { errorMessage } from "./errors.js";

export function recordFor(path: string, maxBytes: number, stdinBytes?: Uint8Array): BatchRecord {
  try {
    const bytes = path === STDIN_PATH ? (stdinBytes ?? new Uint8Array()) : readFileBytes(path, maxBytes);
    return ReportSchema.parse(extract(bytes, { path }));
  } catch (error) {
    if (error instanceof InputError) return errorRecord(path, error.code, error.message);
    return errorRecord(path, "internal", `${path}: internal error: ${errorMessage(error)}`);
  }
}

export function errorRecord(path: string, code: string, message: string): ErrorRecord {
  return { schemaVersion: SCHEMA_VERSION, source: { path }, error: { code, message } };
}
