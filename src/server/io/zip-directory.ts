/**
 * Reads an XLSX's zip central directory without inflating anything, so the declared sizes can be
 * checked against the limits (a decompression bomb declares a tiny file that inflates to
 * gigabytes) before the streaming reader starts; also reads the few small parts (workbook.xml and
 * its rels) needed to list sheets in workbook order. Inflation of those parts is capped at their
 * declared size, so a part that lies about its size fails instead of growing.
 */
import { open } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import type { ImportLimits } from './file-shape';
import { tooLarge, unreadable } from './import-problem';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const endOfDirectorySignature = 0x06054b50;
const directoryEntrySignature = 0x02014b50;
const localHeaderSignature = 0x04034b50;

/** Lists the entries of a zip file from its central directory. */
export async function readZipDirectory(file: string): Promise<ZipEntry[]> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const tailLength = Math.min(size, 65_557);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let end = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === endOfDirectorySignature) {
        end = i;
        break;
      }
    }
    if (end < 0)
      throw unreadable(
        file,
        'the workbook is not a complete zip file (no central directory); it may be truncated',
      );
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    if (directoryOffset + directorySize > size)
      throw unreadable(file, 'the workbook zip directory points past the end of the file');
    const directory = Buffer.alloc(directorySize);
    await handle.read(directory, 0, directorySize, directoryOffset);
    const entries: ZipEntry[] = [];
    let at = 0;
    while (at + 46 <= directory.length && directory.readUInt32LE(at) === directoryEntrySignature) {
      const nameLength = directory.readUInt16LE(at + 28);
      const extraLength = directory.readUInt16LE(at + 30);
      const commentLength = directory.readUInt16LE(at + 32);
      entries.push({
        name: directory.toString('utf8', at + 46, at + 46 + nameLength),
        method: directory.readUInt16LE(at + 10),
        compressedSize: directory.readUInt32LE(at + 20),
        uncompressedSize: directory.readUInt32LE(at + 24),
        localHeaderOffset: directory.readUInt32LE(at + 42),
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } finally {
    await handle.close();
  }
}

/** Throws when the declared sizes exceed the limits or a large part is compressed suspiciously well. */
export function checkZipLimits(
  file: string,
  entries: readonly ZipEntry[],
  limits: ImportLimits,
): void {
  let total = 0;
  for (const entry of entries) {
    if (entry.uncompressedSize === 0xffffffff || entry.compressedSize === 0xffffffff) {
      throw tooLarge(file, `the workbook part ${entry.name} is over 4 GB (ZIP64)`, {
        part: entry.name,
      });
    }
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > 1024 * 1024 && ratio > limits.maxCompressionRatio) {
      throw tooLarge(
        file,
        `the workbook part ${entry.name} would inflate ${Math.round(ratio)}× (from ${entry.compressedSize} to ${entry.uncompressedSize} bytes), over the limit of ${limits.maxCompressionRatio}×; it looks like a decompression bomb`,
        { part: entry.name, ratio: Math.round(ratio), limit: limits.maxCompressionRatio },
      );
    }
  }
  if (total > limits.maxUncompressedBytes) {
    throw tooLarge(
      file,
      `the workbook would inflate to ${total} bytes, over the limit of ${limits.maxUncompressedBytes} bytes`,
      {
        uncompressedBytes: total,
        limit: limits.maxUncompressedBytes,
      },
    );
  }
}

/** Inflates one (small) entry into memory, never past its declared size. */
export async function readZipEntry(file: string, entry: ZipEntry): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const header = Buffer.alloc(30);
    await handle.read(header, 0, 30, entry.localHeaderOffset);
    if (header.readUInt32LE(0) !== localHeaderSignature)
      throw unreadable(file, `the workbook part ${entry.name} is damaged`);
    const dataOffset =
      entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    const data = Buffer.alloc(entry.compressedSize);
    await handle.read(data, 0, entry.compressedSize, dataOffset);
    if (entry.method === 0) return data;
    try {
      return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    } catch {
      throw unreadable(
        file,
        `the workbook part ${entry.name} cannot be inflated (damaged, or larger than it declares)`,
      );
    }
  } finally {
    await handle.close();
  }
}
