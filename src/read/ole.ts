/**
 * Checks of an OLE compound file (the .doc container) before a library walks
 * it: its directory lies within the file, and its allocation tables hold.
 * word-extractor follows each sector chain until it ends; a chain that a
 * damaged byte turns into a circle makes it collect sector ids until V8
 * aborts the whole process, which no try can catch. So the tables are read
 * here first, and a circle or a sector outside the file is damage.
 */

/** The header's fields, at their offsets. */
const HEADER_LENGTH = 512;
const SECTOR_SHIFT = 0x1e;
const FAT_SECTOR_COUNT = 0x2c;
const DIRECTORY_START = 0x30;
const MINI_FAT_START = 0x3c;
const DIFAT_START = 0x44;
const DIFAT_SECTOR_COUNT = 0x48;
const HEADER_DIFAT = 0x4c;
const HEADER_DIFAT_ENTRIES = 109;

/** Whether the first sector of the directory the header points to lies within the file (a truncated download cuts it off). */
export function oleHoldsDirectory(ole: Buffer): boolean {
  if (ole.length < HEADER_LENGTH) return false;
  const sectorSize = 2 ** ole.readUInt16LE(SECTOR_SHIFT);
  const directoryStart = (ole.readUInt32LE(DIRECTORY_START) + 1) * sectorSize;
  return directoryStart + sectorSize <= ole.length;
}

/** Why the file's tables cannot be walked safely, or null. */
export function oleTableDamage(ole: Buffer): string | null {
  const shift = ole.readUInt16LE(SECTOR_SHIFT);
  if (shift !== 9 && shift !== 12) return "its sector size is invalid";
  const sectorSize = 2 ** shift;
  const sectorCount = Math.floor(ole.length / sectorSize) - 1;
  const fatSectors = fatSectorIds(ole, sectorSize, sectorCount);
  if (!fatSectors) return "its allocation table lies outside the file";
  const fat = tableOf(ole, fatSectors, sectorSize);
  if (runsInCircle(fat)) return "a sector chain runs in a circle";
  const miniFatStart = ole.readInt32LE(MINI_FAT_START);
  if (miniFatStart < 0) return null;
  const miniFatSectors = chainOf(fat, miniFatStart, sectorCount);
  if (!miniFatSectors) return "its short-sector table lies outside the file";
  return runsInCircle(tableOf(ole, miniFatSectors, sectorSize)) ? "a short-sector chain runs in a circle" : null;
}

/** The sectors that hold the allocation table: 109 named in the header, the rest in a chain of DIFAT sectors. */
function fatSectorIds(ole: Buffer, sectorSize: number, sectorCount: number): number[] | null {
  const count = ole.readUInt32LE(FAT_SECTOR_COUNT);
  if (count > sectorCount) return null;
  const ids: number[] = [];
  for (let i = 0; i < Math.min(count, HEADER_DIFAT_ENTRIES); i++) ids.push(ole.readInt32LE(HEADER_DIFAT + 4 * i));
  const perSector = sectorSize / 4 - 1;
  let difat = ole.readInt32LE(DIFAT_START);
  for (let d = 0; d < ole.readUInt32LE(DIFAT_SECTOR_COUNT) && ids.length < count; d++) {
    if (difat < 0 || difat >= sectorCount) return null;
    const at = (difat + 1) * sectorSize;
    for (let i = 0; i < perSector && ids.length < count; i++) ids.push(ole.readInt32LE(at + 4 * i));
    difat = ole.readInt32LE(at + 4 * perSector);
  }
  return ids.length === count && ids.every((id) => id >= 0 && id < sectorCount) ? ids : null;
}

/** A table's entries: the next sector of each sector's chain. */
function tableOf(ole: Buffer, sectors: readonly number[], sectorSize: number): Int32Array {
  const table = new Int32Array((sectors.length * sectorSize) / 4);
  sectors.forEach((sector, index) => {
    const at = (sector + 1) * sectorSize;
    for (let i = 0; i < sectorSize / 4; i++) table[index * (sectorSize / 4) + i] = ole.readInt32LE(at + 4 * i);
  });
  return table;
}

/** The sectors of one chain, or null when it leaves the file or runs longer than the file has sectors. */
function chainOf(table: Int32Array, start: number, sectorCount: number): number[] | null {
  const chain: number[] = [];
  for (let sector = start; sector >= 0; sector = table[sector] ?? -2) {
    if (sector >= sectorCount || chain.length >= sectorCount) return null;
    chain.push(sector);
  }
  return chain;
}

/** Whether following next entries from any entry comes back to one already on the way (a chain in a circle). */
function runsInCircle(table: Int32Array): boolean {
  /** 0 not yet seen, 1 on the walk in progress, 2 leads to a chain's end */
  const state = new Uint8Array(table.length);
  const walk: number[] = [];
  for (let start = 0; start < table.length; start++) {
    let at = start;
    while (at >= 0 && at < table.length && state[at] === 0) {
      state[at] = 1;
      walk.push(at);
      at = table[at]!;
    }
    if (at >= 0 && at < table.length && state[at] === 1) return true;
    for (const visited of walk) state[visited] = 2;
    walk.length = 0;
  }
  return false;
}
