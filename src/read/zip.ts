/**
 * A zip archive's table of contents, read from its central directory, and what
 * its parts really inflate to. The unzip library inside the .docx reader
 * inflates a part whole before it checks the part's declared size, so a zip
 * bomb (a part declaring a few bytes that inflates to gigabytes) must be caught
 * before it: here each part is inflated with a cap on its output.
 */
import { outputCap, zlib } from "./zlib.js";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated */
  method: number;
  compressedSize: number;
  localHeaderAt: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_RECORD_LENGTH = 22;
/** The end record may be followed by a comment of up to 65,535 bytes. */
const MAX_COMMENT = 0xffff;
const STORED = 0;
const DEFLATED = 8;

/** The entries of the central directory, or null when there is none to read (a damaged or truncated zip). */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end === null) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameStart = at + 46;
    if (nameStart + nameLength > view.byteLength) return null;
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(nameStart, nameStart + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      localHeaderAt: view.getUint32(at + 42, true),
    });
    at = nameStart + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Bytes the given entries inflate to, counted until the total passes `limit`
 * (then that count, over the limit, is returned at once). Null when an entry's
 * data cannot be found or read: the archive is damaged.
 */
export function inflatedBytes(bytes: Uint8Array, entries: readonly ZipEntry[], limit: number): number | null {
  let total = 0;
  for (const entry of entries) {
    const data = entryData(bytes, entry);
    if (data === null) return null;
    const size = inflatedSize(data, entry.method, limit - total + 1);
    if (size === null) return null;
    total += size;
    if (total > limit) return total;
  }
  return total;
}

function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderAt;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_HEADER) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  return end <= bytes.length ? bytes.subarray(start, end) : null;
}

/** An entry's inflated size, at most `cap` (past it, inflating stops); null for a method or data that cannot be read. */
function inflatedSize(data: Uint8Array, method: number, cap: number): number | null {
  if (method === STORED) return Math.min(data.length, cap);
  if (method !== DEFLATED) return null;
  try {
    return zlib().inflateRawSync(data, { maxOutputLength: outputCap(cap) }).length;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" ? cap : null;
  }
}

/** The end-of-central-directory record, searched backwards over the longest comment it may carry. */
function findEndRecord(view: DataView): number | null {
  const lowest = Math.max(0, view.byteLength - END_RECORD_LENGTH - MAX_COMMENT);
  for (let at = view.byteLength - END_RECORD_LENGTH; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return null;
}
