/**
 * Hostile and broken documents, made in the tests: shapes no document writer
 * produces on purpose (a stream that inflates a thousandfold, thousands of
 * empty pages, a page that is only an image, a zip bomb).
 */
import { deflateRawSync, deflateSync } from "node:zlib";

type PdfObject = string | { dictionary: string; data: Uint8Array };

/** A PDF of the given objects, numbered from 1 (1 must be the catalog), with a correct cross-reference table; `trailer` adds keys to its trailer. */
export function pdfOf(objects: readonly PdfObject[], trailer = ""): Buffer {
  const parts: Buffer[] = [Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(length);
    const body =
      typeof object === "string"
        ? Buffer.from(`${index + 1} 0 obj\n${object}\nendobj\n`, "latin1")
        : Buffer.concat([
            Buffer.from(`${index + 1} 0 obj\n<<${object.dictionary}/Length ${object.data.length}>>\nstream\n`, "latin1"),
            object.data,
            Buffer.from("\nendstream\nendobj\n", "latin1"),
          ]);
    parts.push(body);
    length += body.length;
  });
  const table = offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  const end = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${table}trailer\n<</Size ${objects.length + 1}/Root 1 0 R${trailer}>>\nstartxref\n${length}\n%%EOF\n`;
  return Buffer.concat([...parts, Buffer.from(end, "latin1")]);
}

/** A PDF whose pages (objects from 3 on) are the given page dictionaries' extra keys; `more` objects follow them. */
export function pdfWithPages(pages: readonly string[], more: readonly PdfObject[] = [], trailer = ""): Buffer {
  const kids = pages.map((_, index) => `${index + 3} 0 R`).join(" ");
  return pdfOf([
    "<</Type/Catalog/Pages 2 0 R>>",
    `<</Type/Pages/Kids[${kids}]/Count ${pages.length}>>`,
    ...pages.map((extra) => `<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]${extra}>>`),
    ...more,
  ], trailer);
}

/** One page whose content stream inflates to `bytes` spaces. */
export function pdfBomb(bytes: number): Buffer {
  return pdfWithPages(["/Contents 4 0 R"], [{ dictionary: "/Filter/FlateDecode", data: deflateSync(Buffer.alloc(bytes, 0x20), { level: 9 }) }]);
}

/** One page that only paints an image, as a scanner makes it. */
export function scannedPdf(): Buffer {
  const side = 64;
  const pixels = deflateSync(Buffer.alloc(side * side, 0x80));
  return pdfWithPages(
    ["/Resources<</XObject<</Im1 5 0 R>>>>/Contents 4 0 R"],
    [
      { dictionary: "", data: Buffer.from("q 595 0 0 842 0 0 cm /Im1 Do Q") },
      { dictionary: `/Type/XObject/Subtype/Image/Width ${side}/Height ${side}/ColorSpace/DeviceGray/BitsPerComponent 8/Filter/FlateDecode`, data: pixels },
    ],
  );
}

/**
 * One page of text in a Chinese font that is not embedded, its characters
 * coded through a predefined CMap (UniGB-UCS2-H), as older Chinese PDFs are.
 */
export function pdfWithStandardChineseFont(text: string): Buffer {
  const codes = Buffer.from(text, "utf16le").swap16().toString("hex");
  return pdfWithPages(
    ["/Resources<</Font<</F1 5 0 R>>>>/Contents 4 0 R"],
    [
      { dictionary: "", data: Buffer.from(`BT /F1 12 Tf 72 700 Td <${codes}> Tj ET`) },
      "<</Type/Font/Subtype/Type0/BaseFont/STSong-Light/Encoding/UniGB-UCS2-H/DescendantFonts[6 0 R]>>",
      "<</Type/Font/Subtype/CIDFontType0/BaseFont/STSong-Light/CIDSystemInfo<</Registry(Adobe)/Ordering(GB1)/Supplement 2>>/FontDescriptor 7 0 R>>",
      "<</Type/FontDescriptor/FontName/STSong-Light/Flags 6/FontBBox[0 -200 1000 900]/ItalicAngle 0/Ascent 880/Descent -120/CapHeight 880/StemV 93>>",
    ],
  );
}

/** A zip of the given parts, each deflated. */
export function zipOf(parts: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(parts)) {
    const raw = typeof content === "string" ? Buffer.from(content) : content;
    const data = deflateRawSync(raw);
    const nameBytes = Buffer.from(name);
    const local = record(30, { 0: 0x04034b50, 18: data.length, 22: raw.length }, { 4: 20, 8: 8, 26: nameBytes.length });
    const entry = record(46, { 0: 0x02014b50, 20: data.length, 24: raw.length, 42: offset }, { 4: 20, 6: 20, 10: 8, 28: nameBytes.length });
    locals.push(local, nameBytes, data);
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const count = Object.keys(parts).length;
  const end = record(22, { 0: 0x06054b50, 12: directory.length, 16: offset }, { 8: count, 10: count });
  return Buffer.concat([...locals, directory, end]);
}

/** A zip header of `length` bytes with the given little-endian 32-bit and 16-bit fields, by offset. */
function record(length: number, words: Record<number, number>, halves: Record<number, number>): Buffer {
  const header = Buffer.alloc(length);
  for (const [at, value] of Object.entries(words)) header.writeUInt32LE(value, Number(at));
  for (const [at, value] of Object.entries(halves)) header.writeUInt16LE(value, Number(at));
  return header;
}
