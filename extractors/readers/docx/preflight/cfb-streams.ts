/**
 * Lists the stream names of an OLE Compound File (the container of legacy .doc files and of
 * password-protected OOXML). Only the directory is read; every chain walk is bounded by the number
 * of sectors in the file, so a looping or lying FAT cannot make this spin.
 */

const END_OF_CHAIN = 0xfffffffe;
const MAX_SECTOR = 0xfffffffa;
const HEADER_DIFAT_ENTRIES = 109;

export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && CFB_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

export function listCompoundFileStreams(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorShift = view.getUint16(30, true);
  if (sectorShift !== 9 && sectorShift !== 12) return [];
  const sectorSize = 1 << sectorShift;
  const sectorCount = Math.floor((bytes.length - 512) / sectorSize) + 1;
  const sectorOffset = (sector: number): number => 512 + sector * sectorSize;
  const readSectorEntry = (sector: number, index: number): number | undefined => {
    const offset = sectorOffset(sector) + index * 4;
    return sector < sectorCount && offset + 4 <= bytes.length ? view.getUint32(offset, true) : undefined;
  };

  const fatSectors = readFatSectorList(view, bytes.length, sectorSize, sectorCount, readSectorEntry);
  const entriesPerSector = sectorSize / 4;
  const nextSector = (sector: number): number | undefined =>
    readSectorEntry(fatSectors[Math.floor(sector / entriesPerSector)] ?? MAX_SECTOR + 1, sector % entriesPerSector);

  const names: string[] = [];
  let sector: number | undefined = view.getUint32(48, true);
  for (let steps = 0; sector !== undefined && sector <= MAX_SECTOR && steps < sectorCount; steps++) {
    for (let offset = sectorOffset(sector); offset + 128 <= Math.min(bytes.length, sectorOffset(sector + 1)); offset += 128) {
      const name = readDirectoryName(bytes, view, offset);
      if (name) names.push(name);
    }
    sector = nextSector(sector);
  }
  return names;
}

function readFatSectorList(
  view: DataView,
  length: number,
  sectorSize: number,
  sectorCount: number,
  readSectorEntry: (sector: number, index: number) => number | undefined,
): number[] {
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT_ENTRIES && 76 + i * 4 + 4 <= length; i++) {
    const sector = view.getUint32(76 + i * 4, true);
    if (sector <= MAX_SECTOR) fatSectors.push(sector);
  }
  let difatSector: number | undefined = view.getUint32(68, true);
  const perSector = sectorSize / 4 - 1;
  for (let steps = 0; difatSector !== undefined && difatSector <= MAX_SECTOR && steps < sectorCount; steps++) {
    for (let i = 0; i < perSector; i++) {
      const sector = readSectorEntry(difatSector, i);
      if (sector !== undefined && sector <= MAX_SECTOR) fatSectors.push(sector);
    }
    const next = readSectorEntry(difatSector, perSector);
    difatSector = next === END_OF_CHAIN ? undefined : next;
  }
  return fatSectors;
}

/** A directory entry: UTF-16LE name (64 bytes), its byte length, then the object type. */
function readDirectoryName(bytes: Uint8Array, view: DataView, offset: number): string | undefined {
  const nameLength = view.getUint16(offset + 64, true);
  const objectType = bytes[offset + 66];
  if (nameLength < 2 || nameLength > 64 || objectType === 0) return undefined;
  let name = '';
  for (let i = 0; i < nameLength - 2; i += 2) name += String.fromCharCode(view.getUint16(offset + i, true));
  return name;
}
