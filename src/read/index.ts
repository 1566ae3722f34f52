/**
 * read: bytes → the text every span indexes, with its encoding and format.
 * A web page (by its name, or by its content on standard input) is read as the
 * text a reader sees on it, decoded with the charset its <meta> declares.
 */
import type { Warning } from "../schema/report.js";
import { decodeBytes } from "./decode.js";
import { InputError } from "./errors.js";
import { htmlToText, looksLikeHtml, metaCharset } from "./html.js";

export type SourceFormat = "text" | "html";

export interface ReadText {
  text: string;
  encoding: string;
  format: SourceFormat;
  warnings: Warning[];
}

/** A page declares its charset near the top; browsers look no further than this. */
const CHARSET_SNIFF_BYTES = 8192;
const HTML_NAME = /\.x?html?$/i;

export function readText(bytes: Uint8Array, label: string): ReadText {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, CHARSET_SNIFF_BYTES)).toString("latin1");
  const namedHtml = HTML_NAME.test(label);
  const declared = namedHtml || looksLikeHtml(head) ? metaCharset(head) : null;
  const decoded = decodeBytes(bytes, label, declared ?? undefined);
  if (!namedHtml && !looksLikeHtml(decoded.text)) {
    return { text: decoded.text, encoding: decoded.encoding, format: "text", warnings: decoded.warnings };
  }
  const text = htmlToText(decoded.text);
  if (text.trim().length === 0) throw new InputError("empty", `${label}: the page has no visible text`);
  return { text, encoding: decoded.encoding, format: "html", warnings: decoded.warnings };
}

/** The text spans index, exactly as `extract` reads it: what `extract text` prints. */
export function inputText(bytes: Uint8Array, label: string): string {
  return readText(bytes, label).text;
}

export { InputError, type InputErrorCode } from "./errors.js";
export { DEFAULT_MAX_BYTES, STDIN_PATH, inputLabel, readFileBytes, readStdinBytes } from "./source.js";
