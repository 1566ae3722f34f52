/**
 * What a PDF's compressed streams inflate to, measured before the PDF library
 * sees them: PDF.js inflates a stream whole into memory, so a stream that
 * inflates to gigabytes (a few megabytes of zeros compress a thousandfold)
 * would take that memory and tens of seconds. Here every Flate stream that text
 * extraction reads (content, fonts, object streams: images are never decoded
 * for text) is inflated with a cap on its output, so the check costs at most
 * the limit's worth of inflating. The streams of a PDF encrypted with an empty
 * password are decrypted first, as PDF.js will.
 */
import { streamDecryptor } from "./pdf-encryption.js";
import { outputCap, zlib } from "./zlib.js";

const IMAGE = /\/Subtype\s*\/Image\b/;
const FLATE = /\/Filter\s*(?:\[\s*)?\/(?:FlateDecode|Fl)\b/;
const DIRECT_LENGTH = /\/Length\s+(\d+)(?!\s+\d+\s+R)/;
/** The "12 0" of "12 0 obj", just before the dictionary. */
const OBJECT_NUMBERS = /(\d+)\s+(\d+)\s+$/;

/**
 * Bytes the document's Flate streams inflate to, counted until the total
 * passes `limit`; then the count so far (over the limit) is returned at once.
 */
export function inflatedStreamBytes(bytes: Uint8Array, limit: number): number {
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const latin1 = pdf.toString("latin1");
  const decrypt = streamDecryptor(latin1);
  let total = 0;
  // Each dictionary is looked for after the previous stream only, so every byte is searched once.
  let searchedTo = 0;
  for (let keyword = latin1.indexOf("stream", 0); keyword !== -1; keyword = latin1.indexOf("stream", keyword + 6)) {
    const dataStart = streamDataStart(latin1, keyword);
    if (dataStart === null) continue;
    const before = latin1.slice(searchedTo, keyword);
    const objectAt = before.lastIndexOf("obj");
    const dictionary = before.slice(Math.max(0, objectAt));
    const dataEnd = streamDataEnd(latin1, dictionary, dataStart);
    searchedTo = dataEnd;
    keyword = Math.max(keyword, dataEnd - 6);
    if (IMAGE.test(dictionary) || !FLATE.test(dictionary)) continue;
    const data = pdf.subarray(dataStart, dataEnd);
    const numbers = OBJECT_NUMBERS.exec(before.slice(Math.max(0, objectAt - 24), Math.max(0, objectAt)));
    const plain = decrypt && numbers ? decrypt(data, Number(numbers[1]), Number(numbers[2]), dictionary) : data;
    total += plain ? inflatedLength(plain, limit - total + 1) : 0;
    if (total > limit) return total;
  }
  return total;
}

/** Where a stream's data begins: "stream" after a dictionary's ">>", then its end of line. Null for the word elsewhere (endstream, text). */
function streamDataStart(text: string, keyword: number): number | null {
  if (text.startsWith("end", keyword - 3)) return null;
  let before = keyword - 1;
  while (before >= 0 && isWhite(text.charCodeAt(before))) before--;
  if (!text.startsWith(">>", before - 1)) return null;
  const after = keyword + 6;
  if (text[after] === "\n") return after + 1;
  if (text[after] === "\r") return text[after + 1] === "\n" ? after + 2 : after + 1;
  return null;
}

/** The data's end: its direct /Length when "endstream" follows it there, else the next "endstream". */
function streamDataEnd(text: string, dictionary: string, dataStart: number): number {
  const declared = DIRECT_LENGTH.exec(dictionary);
  if (declared) {
    const end = dataStart + Number(declared[1]);
    if (/^\s*endstream/.test(text.slice(end, end + 16))) return end;
  }
  const found = text.indexOf("endstream", dataStart);
  return found === -1 ? text.length : found;
}

/**
 * What one stream inflates to, at most `cap` (past it, inflating stops). A
 * stream zlib cannot read (damaged, or encrypted) counts for nothing here; the
 * PDF library then meets it, and fails or skips it as it does.
 */
function inflatedLength(data: Uint8Array, cap: number): number {
  const { constants, inflateSync } = zlib();
  try {
    return inflateSync(data, { maxOutputLength: outputCap(cap), finishFlush: constants.Z_SYNC_FLUSH }).length;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" ? cap : 0;
  }
}

function isWhite(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0x0c || code === 0x00;
}

