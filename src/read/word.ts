/**
 * A Word file, .docx or .doc (Word 97–2003), → the text of its body, through
 * word-extractor, loaded the first time a Word file comes. The body comes
 * without the headers, footers, comments, footnotes and text boxes, which the
 * library keeps apart; paragraphs are lines, and a table's rows become lines
 * with their cells joined by " | ", as the HTML reader lays out a page's
 * tables, so figures in neighbouring cells never merge. Nothing in the
 * document runs or is fetched: macros, fields' codes and linked files are
 * never read (a field counts as the result it shows).
 */
import { InputError } from "./errors.js";
import { CELL_SEPARATOR } from "./html.js";
import { zipEntries } from "./zip.js";

export type WordFormat = "docx" | "doc";

/** The part every Word document's zip holds. */
const MAIN_PART = "word/document.xml";
/** The stream that holds the document inside an encrypted .docx (an OLE file then, not a zip). */
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");
const WORD_DOCUMENT = Buffer.from("WordDocument", "utf16le");

/** Whether a zip is a Word document; throws the refusal when it is not, or when it inflates past the limit. */
export function checkWordZip(bytes: Uint8Array, label: string, maxBytes: number): void {
  const entries = zipEntries(bytes);
  if (entries === null) throw new InputError("damaged", `${label}: the zip archive is truncated or damaged`);
  if (!entries.some((entry) => entry.name === MAIN_PART)) {
    throw new InputError("unsupported", `${label}: a zip archive that is not a Word document (no ${MAIN_PART})`);
  }
  // Each part is refused by the unzip library if it inflates past its declared size, so the declared sizes bound the work.
  const inflated = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (inflated > maxBytes) {
    throw new InputError("too_large", `${label}: the document's parts inflate to ${inflated} bytes, over the limit of ${maxBytes} bytes (raise it with --max-bytes)`);
  }
}

/** Whether an OLE compound file is a Word 97–2003 document; throws the refusal when it is not. */
export function checkWordOle(bytes: Uint8Array, label: string): void {
  // Stream names sit in the file's directory as UTF-16: a search finds them without walking its sector chains.
  const ole = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (ole.includes(ENCRYPTED_PACKAGE)) throw new InputError("encrypted", `${label}: the Word document is encrypted (it needs a password)`);
  if (!ole.includes(WORD_DOCUMENT)) {
    throw new InputError("unsupported", `${label}: an Office file that is not a Word document (no WordDocument stream)`);
  }
}

export async function readWord(bytes: Uint8Array, label: string, format: WordFormat): Promise<string> {
  const { default: WordExtractor } = await import("word-extractor");
  let body: string;
  try {
    const document = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    body = document.getBody();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError("damaged", `${label}: the ${format === "docx" ? "Word" : "Word 97–2003"} document is damaged (${reason})`);
  }
  const text = body.split("\n").map(tableRow).join("\n").replace(/\n+$/, "");
  if (text.trim() === "") throw new InputError("empty", `${label}: the document has no text`);
  return text;
}

/**
 * word-extractor ends every table cell with a tab, so a row is a line ending
 * in one ("项目\t2022年\t2023年\t"); a tab inside a paragraph never ends it.
 */
function tableRow(line: string): string {
  if (!line.endsWith("\t")) return line;
  return line.slice(0, -1).split("\t").map((cell) => cell.trim()).join(CELL_SEPARATOR).trimEnd();
}
