/**
 * A fallback worksheet reader for parts exceljs's streaming reader skips: sheets stored under a
 * non-standard name (xl/worksheets/sheet.xml) or written with a namespace prefix (`<x:row>`), as
 * some report generators do. It inflates the part as a stream and cuts complete `<row>` elements
 * out of the text as they arrive, so memory stays at one row plus the shared strings. Cells come
 * back as their stored text: without the styles, a date stays an Excel serial number. Inflating
 * past the part's declared size stops with a Problem (a zip that lies about its sizes).
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { constants, createInflateRaw } from 'node:zlib';
import type { ImportLimits } from './file-shape';
import { tooLarge, unreadable } from './import-problem';
import { checkRowLimits, type RawRow } from './raw-row';
import type { WorkbookSheet } from './workbook-sheets';
import { cellText } from './xlsx-rows';
import { decodeXml } from './xml-text';
import { readZipEntry, type ZipEntry } from './zip-directory';

const tag = (name: string) => String.raw`<(?:[\w.-]+:)?${name}\b`;
const rowStart = new RegExp(tag('row'), 'g');
const cellPattern = new RegExp(
  String.raw`${tag('c')}([^>]*?)(?:/>|>([\s\S]*?)</(?:[\w.-]+:)?c>)`,
  'g',
);
const valuePattern = new RegExp(String.raw`${tag('v')}[^>]*>([\s\S]*?)</(?:[\w.-]+:)?v>`);
const textPattern = new RegExp(String.raw`${tag('t')}[^>]*>([\s\S]*?)</(?:[\w.-]+:)?t>`, 'g');
const stringItemPattern = new RegExp(
  String.raw`${tag('si')}[^>]*>([\s\S]*?)</(?:[\w.-]+:)?si>`,
  'g',
);

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(String.raw`\s${name}="([^"]*)"`).exec(attributes)?.[1];
}

function joinedText(xml: string): string {
  return [...xml.matchAll(textPattern)].map((match) => decodeXml(match[1] ?? '')).join('');
}

function columnIndex(reference: string | undefined, fallback: number): number {
  const letters = /^([A-Z]+)/.exec(reference ?? '')?.[1];
  if (!letters) return fallback;
  return [...letters].reduce((index, letter) => index * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

async function sharedStrings(file: string, entries: readonly ZipEntry[]): Promise<string[]> {
  const entry = entries.find((candidate) => candidate.name === 'xl/sharedStrings.xml');
  if (!entry) return [];
  const xml = (await readZipEntry(file, entry)).toString('utf8');
  return [...xml.matchAll(stringItemPattern)].map((match) => joinedText(match[1] ?? ''));
}

function cellsOf(rowXml: string, strings: readonly string[]): string[] {
  const cells: string[] = [];
  let next = 0;
  for (const match of rowXml.matchAll(cellPattern)) {
    const attributes = match[1] ?? '';
    const body = match[2] ?? '';
    const index = columnIndex(attribute(attributes, 'r'), next);
    next = index + 1;
    const type = attribute(attributes, 't');
    const raw = decodeXml(valuePattern.exec(body)?.[1] ?? '');
    let text: string;
    if (type === 's') text = strings[Number(raw)] ?? '';
    else if (type === 'inlineStr') text = joinedText(body);
    else if (type === 'b') text = raw === '1' ? 'TRUE' : raw === '0' ? 'FALSE' : raw;
    else if (type === 'str' || type === 'e' || raw === '') text = raw;
    else text = Number.isFinite(Number(raw)) ? String(Number(Number(raw).toPrecision(15))) : raw;
    while (cells.length < index) cells.push('');
    cells[index] = cellText(text);
  }
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

async function dataOffset(file: string, entry: ZipEntry): Promise<number> {
  const handle = await open(file, 'r');
  try {
    const header = Buffer.alloc(30);
    await handle.read(header, 0, 30, entry.localHeaderOffset);
    return entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  } finally {
    await handle.close();
  }
}

/** True when a worksheet part's XML uses a namespace prefix (`<x:worksheet>`), judged from its first bytes. */
export async function usesNamespacePrefix(file: string, entry: ZipEntry): Promise<boolean> {
  const start = await dataOffset(file, entry);
  const compressed = createReadStream(file, {
    start,
    end: start + Math.min(Math.max(entry.compressedSize, 1), 4096) - 1,
  });
  const bytes =
    entry.method === 8
      ? compressed.pipe(createInflateRaw({ finishFlush: constants.Z_SYNC_FLUSH }))
      : compressed;
  let head = '';
  try {
    for await (const chunk of bytes as AsyncIterable<Buffer>) {
      head += chunk.toString('utf8');
      if (head.length >= 2048) break;
    }
  } catch {
    return false;
  } finally {
    compressed.destroy();
  }
  return /<[\w.-]+:worksheet\b/.test(head);
}

/** Streams the rows of a worksheet part directly from the zip. */
export async function* sheetXmlRows(
  file: string,
  entries: readonly ZipEntry[],
  sheet: WorkbookSheet,
  limits: ImportLimits,
): AsyncGenerator<RawRow> {
  const entry = entries.find((candidate) => candidate.name === sheet.part);
  if (!entry)
    throw unreadable(
      file,
      `sheet "${sheet.name}" points to ${sheet.part}, which is not in the workbook`,
    );
  if (entry.method !== 8 && entry.method !== 0)
    throw unreadable(file, `the workbook part ${entry.name} uses an unknown compression`);
  const strings = await sharedStrings(file, entries);
  const start = await dataOffset(file, entry);
  const compressed = createReadStream(file, {
    start,
    end: start + Math.max(entry.compressedSize, 1) - 1,
  });
  const bytes = entry.method === 8 ? compressed.pipe(createInflateRaw()) : compressed;
  compressed.on('error', (error) => bytes.destroy(error));
  const decoder = new StringDecoder('utf8');

  let buffer = '';
  let inflated = 0;
  let expected = 1;
  try {
    for await (const chunk of bytes as AsyncIterable<Buffer>) {
      inflated += chunk.length;
      if (inflated > Math.max(entry.uncompressedSize, 1) || buffer.length > 64 * 1024 * 1024) {
        throw tooLarge(
          file,
          `the workbook part ${entry.name} inflates past the ${entry.uncompressedSize} bytes it declares`,
        );
      }
      buffer += decoder.write(chunk);
      for (;;) {
        rowStart.lastIndex = 0;
        const open = rowStart.exec(buffer);
        if (!open) {
          buffer = buffer.slice(-32);
          break;
        }
        const openEnd = buffer.indexOf('>', open.index);
        if (openEnd < 0) break;
        const selfClosing = buffer[openEnd - 1] === '/';
        const close = selfClosing
          ? openEnd + 1
          : buffer.search(new RegExp(String.raw`</(?:[\w.-]+:)?row>`));
        if (close < 0) break;
        const openTag = buffer.slice(open.index, openEnd + 1);
        const rowXml = selfClosing ? '' : buffer.slice(openEnd + 1, close);
        buffer = buffer.slice(selfClosing ? close : buffer.indexOf('>', close) + 1);
        const rowNumber = Number(attribute(openTag, 'r') ?? expected);
        for (; expected < rowNumber; expected++) yield { rowNumber: expected, cells: [] };
        const row = { rowNumber, cells: cellsOf(rowXml, strings) };
        checkRowLimits(file, row, limits);
        yield row;
        expected = rowNumber + 1;
      }
    }
  } finally {
    compressed.destroy();
  }
}
