/**
 * A PDF → its text layer, page by page, through PDF.js (pdfjs-dist), which is
 * loaded the first time a PDF comes, so a run over text files never pays for
 * it. Nothing in the document runs: PDF.js never executes a document's
 * scripts, font programs are not compiled to code (isEvalSupported: false), no
 * font is handed to a renderer, and a document's links and references are
 * never fetched: only the bytes given are read, plus PDF.js's own character
 * maps and standard font data, from its package, for fonts that are not
 * embedded (common in Chinese PDFs).
 *
 * What --max-bytes allows bounds the work as well as the file: the streams'
 * inflated bytes, the text, and the pages (one per PAGE_BYTES of it).
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { InputError } from "./errors.js";
import { layOutPages, type LaidOutText, type PdfLine } from "./pdf-layout.js";
import { inflatedStreamBytes } from "./pdf-streams.js";

type Pdfjs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
type PdfDocument = Awaited<ReturnType<Pdfjs["getDocument"]>["promise"]>;

/** A page is allowed for every this many bytes of --max-bytes: 2,000 pages by default. */
export const PAGE_BYTES = 10_000;
/** A PDF ends with %%EOF within its last kilobyte; a truncated download does not. */
const TAIL_BYTES = 1024;

let pdfjs: Promise<Pdfjs> | undefined;

export async function readPdf(bytes: Uint8Array, label: string, maxBytes: number): Promise<LaidOutText> {
  if (!endsLikePdf(bytes)) throw new InputError("damaged", `${label}: the PDF is truncated or damaged (no end-of-file marker)`);
  const inflated = inflatedStreamBytes(bytes, maxBytes);
  if (inflated > maxBytes) {
    throw new InputError("too_large", `${label}: the PDF's compressed streams inflate past the limit of ${maxBytes} bytes (raise it with --max-bytes)`);
  }
  const document = await openPdf(bytes, label);
  try {
    const maxPages = Math.max(1, Math.floor(maxBytes / PAGE_BYTES));
    if (document.numPages > maxPages) {
      throw new InputError("too_large", `${label}: ${document.numPages} pages is over the limit of ${maxPages} pages (one per ${PAGE_BYTES} bytes of --max-bytes)`);
    }
    const laidOut = layOutPages(await pageLines(document, label, maxBytes));
    if (laidOut.text.trim() === "") throw new InputError("no_text", `${label}: the PDF has no text layer (a scanned document needs OCR first)`);
    return laidOut;
  } finally {
    await document.destroy();
  }
}

function endsLikePdf(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(-TAIL_BYTES);
  return tail.includes("%%EOF", 0, "latin1");
}

async function openPdf(bytes: Uint8Array, label: string): Promise<PdfDocument> {
  const { getDocument, VerbosityLevel } = await loadPdfjs();
  const pdfjsFolder = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
  try {
    return await getDocument({
      // PDF.js takes over (detaches) the buffer it is given: a copy keeps the caller's bytes whole.
      data: new Uint8Array(bytes),
      cMapUrl: join(pdfjsFolder, "cmaps/"),
      cMapPacked: true,
      standardFontDataUrl: join(pdfjsFolder, "standard_fonts/"),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      enableXfa: false,
      stopAtErrors: false,
      verbosity: VerbosityLevel.ERRORS,
    }).promise;
  } catch (error) {
    throw pdfError(error, label);
  }
}

/** Each page's lines, in the order the page draws them; stops once the text passes the limit. */
async function pageLines(document: PdfDocument, label: string, maxBytes: number): Promise<PdfLine[][]> {
  const pages: PdfLine[][] = [];
  let textLength = 0;
  for (let number = 1; number <= document.numPages; number++) {
    try {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      page.cleanup();
      pages.push(linesOf(content.items));
    } catch (error) {
      throw pdfError(error, label);
    }
    textLength += pages[pages.length - 1]!.reduce((sum, line) => sum + line.text.length, 0);
    if (textLength > maxBytes) throw new InputError("too_large", `${label}: the PDF's text is over the limit of ${maxBytes} characters (raise it with --max-bytes)`);
  }
  return pages;
}

type TextItems = Awaited<ReturnType<Awaited<ReturnType<PdfDocument["getPage"]>>["getTextContent"]>>["items"];

/** PDF.js marks the item after which a line ends; a line sits at the height of its first item. */
function linesOf(items: TextItems): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: PdfLine | null = null;
  for (const item of items) {
    if (!("str" in item)) continue;
    current ??= { text: "", y: Number(item.transform[5] ?? 0) };
    current.text += item.str;
    if (item.hasEOL) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  return lines;
}

function pdfError(error: unknown, label: string): InputError {
  const name = error instanceof Error ? error.name : "";
  if (name === "PasswordException") return new InputError("encrypted", `${label}: the PDF is encrypted (it needs a password)`);
  const reason = error instanceof Error ? error.message : String(error);
  return new InputError("damaged", `${label}: the PDF is damaged (${reason})`);
}

/**
 * PDF.js, once per process. While it loads it may warn through console.log
 * (when its optional canvas package is missing, which text extraction does not
 * need): standard output carries the report, so those lines go to stderr.
 */
function loadPdfjs(): Promise<Pdfjs> {
  pdfjs ??= withConsoleLogOnStderr(() => import("pdfjs-dist/legacy/build/pdf.mjs"));
  return pdfjs;
}

async function withConsoleLogOnStderr<T>(load: () => Promise<T>): Promise<T> {
  const log = console.log;
  console.log = (...parts: unknown[]) => console.error(...parts);
  try {
    return await load();
  } finally {
    console.log = log;
  }
}
