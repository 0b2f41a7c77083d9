/**
 * Zip writers stamp every entry with the current time, so the same workbook written twice
 * differs. This rewrites the DOS date and time of every entry (local and central headers) to a
 * fixed moment, which makes generated XLSX files byte-identical across runs.
 */

import { Problem } from '../../core/problem';

const endOfCentralDirectory = 0x06054b50;
const centralHeader = 0x02014b50;
const localHeader = 0x04034b50;

const dosTime = (dateTime: string): { time: number; date: number } => {
  const year = Number(dateTime.slice(0, 4));
  const month = Number(dateTime.slice(5, 7));
  const day = Number(dateTime.slice(8, 10));
  const hour = Number(dateTime.slice(11, 13));
  const minute = Number(dateTime.slice(14, 16));
  const second = Number(dateTime.slice(17, 19));
  return {
    time: (hour << 11) | (minute << 5) | Math.floor(second / 2),
    date: ((year - 1980) << 9) | (month << 5) | day,
  };
};

/** Returns a copy of the zip with every entry dated `dateTime` ('YYYY-MM-DDTHH:MM:SS'). */
export const fixZipTimestamps = (zip: Uint8Array, dateTime: string): Uint8Array => {
  const bytes = Uint8Array.from(zip);
  const view = new DataView(bytes.buffer);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== endOfCentralDirectory) end -= 1;
  if (end < 0) throw new Problem('internal', 'The workbook written is not a zip file.');
  const entries = view.getUint16(end + 10, true);
  const { time, date } = dosTime(dateTime);
  let offset = view.getUint32(end + 16, true);
  for (let entry = 0; entry < entries; entry += 1) {
    if (view.getUint32(offset, true) !== centralHeader)
      throw new Problem('internal', 'The workbook written has a damaged zip directory.');
    view.setUint16(offset + 12, time, true);
    view.setUint16(offset + 14, date, true);
    const local = view.getUint32(offset + 42, true);
    if (view.getUint32(local, true) !== localHeader)
      throw new Problem('internal', 'The workbook written has a damaged zip entry.');
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, date, true);
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
  return bytes;
};
