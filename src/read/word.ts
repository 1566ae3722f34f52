/**
 * Word files → the text of their body. A .docx goes through mammoth, which
 * turns the body into plain HTML, read by the HTML reader as a page is: one
 * paragraph a line, a table row a line with its cells joined by " | ", so
 * figures in neighbouring cells never merge. A .doc (Word 97–2003) goes through
 * word-extractor, which ends each table cell with a tab; its rows are laid out
 * the same way. Both libraries are loaded the first time such a file comes.
 *
 * Headers, footers and comments stay out: mammoth never reads them, and
 * word-extractor keeps them apart from the body. Nothing in a document runs or
 * is fetched: macros are never read, images (linked ones included) are never
 * opened, and a field counts as the result it shows.
 */
import { InputError } from "./errors.js";
import { CELL_SEPARATOR, htmlToText } from "./html.js";
import { inflatedBytes, zipEntries } from "./zip.js";
import { oleHoldsDirectory, oleTableDamage } from "./ole.js";

/** The part every Word document's zip holds. */
const MAIN_PART = "word/document.xml";
/** The parts mammoth reads; media are never opened here. */
const XML_PART = /\.(?:xml|rels)$/i;
/** The stream that holds the document inside an encrypted .docx (an OLE file then, not a zip). */
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");
const WORD_DOCUMENT = Buffer.from("WordDocument", "utf16le");

export async function readDocx(bytes: Uint8Array, label: string, maxBytes: number): Promise<string> {
  checkWordZip(bytes, label, maxBytes);
  const { default: mammoth } = await import("mammoth");
  const neverOpened = mammoth.images.imgElement(async () => ({ src: "" }));
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, { convertImage: neverOpened })).value;
  } catch (error) {
    throw damaged(label, "Word", error);
  }
  return nonEmpty(htmlToText(html), label);
}

export async function readDoc(bytes: Uint8Array, label: string): Promise<string> {
  checkWordOle(bytes, label);
  const { default: WordExtractor } = await import("word-extractor");
  let body: string;
  try {
    const document = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    // Curly quotes and dashes as written: by default the library makes them ASCII.
    body = (document.getBody as BodyGetter).call(document, { filterUnicode: false });
  } catch (error) {
    throw damaged(label, "Word 97–2003", error);
  }
  return nonEmpty(body.split("\n").map(tableRow).join("\n").replace(/\n+$/, ""), label);
}

/** word-extractor's getBody takes options that @types/word-extractor leaves out. */
type BodyGetter = (options: { filterUnicode: boolean }) => string;

/** Refuses a zip that is not a Word document, or whose parts inflate past the limit. */
function checkWordZip(bytes: Uint8Array, label: string, maxBytes: number): void {
  const entries = zipEntries(bytes);
  if (entries === null) throw new InputError("damaged", `${label}: the zip archive is truncated or damaged`);
  if (!entries.some((entry) => entry.name === MAIN_PART)) {
    throw new InputError("unsupported", `${label}: a zip archive that is not a Word document (no ${MAIN_PART})`);
  }
  const inflated = inflatedBytes(bytes, entries.filter((entry) => XML_PART.test(entry.name)), maxBytes);
  if (inflated === null) throw new InputError("damaged", `${label}: the Word document is damaged (a part cannot be inflated)`);
  if (inflated > maxBytes) {
    throw new InputError("too_large", `${label}: the document's parts inflate past the limit of ${maxBytes} bytes (raise it with --max-bytes)`);
  }
}

/** Refuses an OLE compound file that is not a Word 97–2003 document, or that is an encrypted .docx. */
function checkWordOle(bytes: Uint8Array, label: string): void {
  const ole = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!oleHoldsDirectory(ole)) throw new InputError("damaged", `${label}: the Office file is truncated or damaged (its directory is missing)`);
  // Stream names sit in the file's directory as UTF-16: a search finds them without walking its sector chains.
  if (ole.includes(ENCRYPTED_PACKAGE)) throw new InputError("encrypted", `${label}: the Word document is encrypted (it needs a password)`);
  if (!ole.includes(WORD_DOCUMENT)) {
    throw new InputError("unsupported", `${label}: an Office file that is not a Word document (no WordDocument stream)`);
  }
  const damage = oleTableDamage(ole);
  if (damage) throw new InputError("damaged", `${label}: the Word 97–2003 document is damaged (${damage})`);
}

/**
 * word-extractor ends every table cell with a tab, so a row is a line ending
 * in one ("项目\t2022年\t2023年\t"); a tab inside a paragraph never ends it.
 */
function tableRow(line: string): string {
  if (!line.endsWith("\t")) return line;
  return line.slice(0, -1).split("\t").map((cell) => cell.trim()).join(CELL_SEPARATOR).trimEnd();
}

function nonEmpty(text: string, label: string): string {
  if (text.trim() === "") throw new InputError("empty", `${label}: the document has no text`);
  return text;
}

function damaged(label: string, kind: string, error: unknown): InputError {
  const reason = error instanceof Error ? error.message : String(error);
  return new InputError("damaged", `${label}: the ${kind} document is damaged (${reason})`);
}
