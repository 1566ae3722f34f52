/**
 * read: bytes → the text every span indexes, with its encoding and format.
 */
import type { Warning } from "../schema/report.js";
import { decodeBytes } from "./decode.js";

export type SourceFormat = "text" | "html";

export interface ReadText {
  text: string;
  encoding: string;
  format: SourceFormat;
  warnings: Warning[];
}

export function readText(bytes: Uint8Array, label: string): ReadText {
  const decoded = decodeBytes(bytes, label);
  return { text: decoded.text, encoding: decoded.encoding, format: "text", warnings: decoded.warnings };
}

export { InputError, type InputErrorCode } from "./errors.js";
export { DEFAULT_MAX_BYTES, STDIN_PATH, readFileBytes, readStdinBytes } from "./source.js";
