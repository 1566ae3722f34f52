/**
 * A zip archive's table of contents, read from its central directory without
 * inflating anything: the names tell a Word document from other zips, and the
 * declared sizes bound what its parts inflate to (yauzl, which word-extractor
 * reads through, refuses an entry that inflates past its declared size).
 */

export interface ZipEntry {
  name: string;
  /** bytes the entry inflates to, as the archive declares */
  size: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_LENGTH = 22;
/** The end record may be followed by a comment of up to 65,535 bytes. */
const MAX_COMMENT = 0xffff;
const ZIP64_FIELD = 0x0001;
const UNKNOWN_32 = 0xffffffff;

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
    if (nameStart + nameLength + extraLength > view.byteLength) return null;
    const name = new TextDecoder().decode(bytes.subarray(nameStart, nameStart + nameLength));
    const declared = view.getUint32(at + 24, true);
    const size = declared === UNKNOWN_32 ? zip64Size(view, nameStart + nameLength, extraLength) : declared;
    entries.push({ name, size });
    at = nameStart + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The end-of-central-directory record, searched backwards over the longest comment it may carry. */
function findEndRecord(view: DataView): number | null {
  const lowest = Math.max(0, view.byteLength - END_RECORD_LENGTH - MAX_COMMENT);
  for (let at = view.byteLength - END_RECORD_LENGTH; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return null;
}

/** An entry too large for 32 bits keeps its size in the ZIP64 extra field; unreadable counts as unbounded. */
function zip64Size(view: DataView, extraStart: number, extraLength: number): number {
  for (let at = extraStart; at + 4 <= extraStart + extraLength; ) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === ZIP64_FIELD && length >= 8) return Number(view.getBigUint64(at + 4, true));
    at += 4 + length;
  }
  return Number.POSITIVE_INFINITY;
}
