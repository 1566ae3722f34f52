/**
 * read: bytes → the text every span indexes, with its encoding and format.
 * A web page (by its name, or by its content on standard input) is read as the
 * text a reader sees on it, decoded with the charset its <meta> declares. A PDF
 * or Word file, recognized by its content whatever its name, is read as the
 * text of its pages or its body (readInput: their libraries load
 * asynchronously, and only when such a file comes).
 */
import type { Warning } from "../schema/report.js";
import { decodeBytes } from "./decode.js";
import { InputError } from "./errors.js";
import { htmlToText, looksLikeHtml, metaCharset } from "./html.js";
import { DEFAULT_MAX_BYTES } from "./source.js";

export type SourceFormat = "text" | "html" | "pdf" | "docx" | "doc";

export interface ReadText {
  text: string;
  encoding: string;
  format: SourceFormat;
  warnings: Warning[];
  /** PDF only: where each page's text begins, in code points */
  pageStarts?: number[];
}

/** A page declares its charset near the top; browsers look no further than this. */
const CHARSET_SNIFF_BYTES = 8192;
const HTML_NAME = /\.x?html?$/i;
/**
 * The encoding a document stores its text in, for source.encoding: a PDF's
 * ToUnicode maps give UTF-16BE, a .docx's XML parts are UTF-8, and a .doc's
 * text pieces UTF-16LE (Chinese text always is; 8-bit pieces are Windows-1252).
 */
const DOCUMENT_ENCODINGS = { pdf: "utf-16be", docx: "utf-8", doc: "utf-16le" } as const;

/** Reads any input: text, a web page, a PDF, a .docx or a .doc. */
export async function readInput(bytes: Uint8Array, label: string, maxBytes = DEFAULT_MAX_BYTES): Promise<ReadText> {
  const container = containerOf(bytes);
  if (container === null) return readText(bytes, label);
  if (container === "pdf") {
    const { readPdf } = await import("./pdf.js");
    const { text, pageStarts } = await readPdf(bytes, label, maxBytes);
    return { text, encoding: DOCUMENT_ENCODINGS.pdf, format: "pdf", warnings: [], pageStarts };
  }
  const { readDoc, readDocx } = await import("./word.js");
  if (container === "zip") return { text: await readDocx(bytes, label, maxBytes), encoding: DOCUMENT_ENCODINGS.docx, format: "docx", warnings: [] };
  return { text: await readDoc(bytes, label), encoding: DOCUMENT_ENCODINGS.doc, format: "doc", warnings: [] };
}

/** Reads a text or a web page: what can be read without waiting. A PDF or Word file needs readInput. */
export function readText(bytes: Uint8Array, label: string): ReadText {
  const container = containerOf(bytes);
  if (container !== null) {
    throw new InputError("unsupported", `${label}: a ${CONTAINER_NAMES[container]} is read asynchronously (readInput, extractAsync), not by readText or extract`);
  }
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

/** The text spans index in a text or a web page, exactly as `extract` reads it. */
export function inputText(bytes: Uint8Array, label: string): string {
  return readText(bytes, label).text;
}

/** The text spans index in any input, exactly as `extract` reads it: what `extract text` prints. */
export async function inputTextAsync(bytes: Uint8Array, label: string, maxBytes = DEFAULT_MAX_BYTES): Promise<string> {
  return (await readInput(bytes, label, maxBytes)).text;
}

type Container = "pdf" | "zip" | "ole";

const CONTAINER_NAMES: Record<Container, string> = { pdf: "PDF", zip: "zip archive (.docx)", ole: "Office file (.doc)" };
/** PDF readers accept a header anywhere in the first kilobyte (some generators put a few bytes before it). */
const PDF_HEADER_REACH = 1024;
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** What a file is by its first bytes: a PDF, a zip (a .docx is one), an OLE compound file (a .doc is one), or null for anything else. */
function containerOf(bytes: Uint8Array): Container | null {
  if (startsWith(bytes, OLE_SIGNATURE)) return "ole";
  if (startsWith(bytes, ZIP_SIGNATURE)) return "zip";
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PDF_HEADER_REACH));
  return /%PDF-\d/.test(head.toString("latin1")) ? "pdf" : null;
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

export { InputError, type InputErrorCode } from "./errors.js";
export { pageAt } from "./pdf-layout.js";
export { DEFAULT_MAX_BYTES, STDIN_PATH, inputLabel, readFileBytes, readStdinBytes } from "./source.js";
