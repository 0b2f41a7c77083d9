import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { fixZipTimestamps } from './zip-timestamps';

/** The DOS date and time of every central directory entry, read straight from the bytes. */
const entryStamps = (zip: Uint8Array): { date: number; time: number }[] => {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end -= 1;
  const stamps: { date: number; time: number }[] = [];
  let offset = view.getUint32(end + 16, true);
  for (let entry = 0; entry < view.getUint16(end + 10, true); entry += 1) {
    stamps.push({
      time: view.getUint16(offset + 12, true),
      date: view.getUint16(offset + 14, true),
    });
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
  return stamps;
};

describe('fixing zip timestamps', () => {
  it('stamps every entry with the given moment instead of the time of writing', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2031, 6, 15, 13, 37, 10));
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').addRow(['x']);
    const written = new Uint8Array(await workbook.xlsx.writeBuffer());
    vi.useRealTimers();
    // DOS date: (2031 − 1980) << 9 | 7 << 5 | 15 = 26351; time: 13 << 11 | 37 << 5 | 10 / 2 = 27813.
    expect(entryStamps(written)).toContainEqual({ date: 26_351, time: 27_813 });
    const fixed = fixZipTimestamps(written, '2026-09-30T09:24:00');
    // (2026 − 1980) << 9 | 9 << 5 | 30 = 23870; 9 << 11 | 24 << 5 | 0 = 19200.
    for (const stamp of entryStamps(fixed)) expect(stamp).toEqual({ date: 23_870, time: 19_200 });
    expect(fixed.length).toBe(written.length);
  });
});
