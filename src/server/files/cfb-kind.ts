// Legacy Office files (.doc, .xls) are Compound File Binary containers
// ([MS-CFB]); the magic bytes only say "a compound file". What it holds is told
// by the names of its streams: Word keeps a "WordDocument" stream, Excel a
// "Workbook" (BIFF8) or "Book" (BIFF5) stream. This walks the directory chain
// through the FAT, reading only the header, the FAT sectors it needs and the
// directory sectors.
import fsp from 'node:fs/promises';

const END_OF_CHAIN = 0xfffffffe;
const MAX_SECTOR = 0xfffffffa; // larger values are markers, not sector numbers
const MAX_DIRECTORY_SECTORS = 4096; // 16,384+ entries: far more than any real file

export type CfbKind = 'doc' | 'xls';

export async function cfbKindOf(filePath: string): Promise<CfbKind | null> {
  const file = await fsp.open(filePath, 'r');
  try {
    const header = Buffer.alloc(512);
    await file.read(header, 0, 512, 0);
    const sectorShift = header.readUInt16LE(0x1e);
    if (sectorShift !== 9 && sectorShift !== 12) return null;
    const sectorSize = 1 << sectorShift;
    const entriesPerFatSector = sectorSize / 4;

    const readSector = async (sector: number) => {
      const buffer = Buffer.alloc(sectorSize);
      const { bytesRead } = await file.read(buffer, 0, sectorSize, (sector + 1) * sectorSize);
      return bytesRead === sectorSize ? buffer : null;
    };

    // The FAT's own sectors: 109 in the header, the rest in the DIFAT chain.
    const fatSectors: number[] = [];
    for (let i = 0; i < 109; i++) fatSectors.push(header.readUInt32LE(0x4c + i * 4));
    let difat = header.readUInt32LE(0x44);
    for (let hops = 0; difat <= MAX_SECTOR && hops < 1024; hops++) {
      const sector = await readSector(difat);
      if (!sector) break;
      for (let i = 0; i < entriesPerFatSector - 1; i++) fatSectors.push(sector.readUInt32LE(i * 4));
      difat = sector.readUInt32LE(sectorSize - 4);
    }

    const fatCache = new Map<number, Buffer | null>();
    const nextSector = async (sector: number): Promise<number> => {
      const index = Math.floor(sector / entriesPerFatSector);
      const fatSector = fatSectors[index];
      if (fatSector === undefined || fatSector > MAX_SECTOR) return END_OF_CHAIN;
      if (!fatCache.has(index)) fatCache.set(index, await readSector(fatSector));
      const fat = fatCache.get(index);
      return fat ? fat.readUInt32LE((sector % entriesPerFatSector) * 4) : END_OF_CHAIN;
    };

    let sector = header.readUInt32LE(0x30);
    const seen = new Set<number>();
    while (sector <= MAX_SECTOR && !seen.has(sector) && seen.size < MAX_DIRECTORY_SECTORS) {
      seen.add(sector);
      const directory = await readSector(sector);
      if (!directory) break;
      for (let offset = 0; offset < sectorSize; offset += 128) {
        const nameLength = directory.readUInt16LE(offset + 0x40);
        const type = directory.readUInt8(offset + 0x42);
        if (type !== 2 || nameLength < 2 || nameLength > 64) continue; // 2: a stream
        const name = directory.toString('utf16le', offset, offset + nameLength - 2);
        if (name === 'WordDocument') return 'doc';
        if (name === 'Workbook' || name === 'Book') return 'xls';
      }
      sector = await nextSector(sector);
    }
    return null;
  } finally {
    await file.close();
  }
}
