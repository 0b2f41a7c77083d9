/**
 * Lists a workbook's sheets in tab order with the zip part that holds each, from workbook.xml and
 * its rels (tolerating namespace prefixes such as `x:sheet`), so the caller can choose a sheet by
 * position and tell the streaming reader which one to read.
 */
import { readZipEntry, type ZipEntry } from './zip-directory';
import { unreadable } from './import-problem';
import { decodeXml } from './xml-text';

export interface WorkbookSheet {
  name: string;
  /** The zip part, e.g. "xl/worksheets/sheet1.xml". */
  part: string;
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match?.[1] === undefined ? undefined : decodeXml(match[1]);
}

/** The sheets of a workbook in tab order. */
export async function listWorkbookSheets(
  file: string,
  entries: readonly ZipEntry[],
): Promise<WorkbookSheet[]> {
  const workbookEntry = entries.find((entry) => entry.name === 'xl/workbook.xml');
  const relsEntry = entries.find((entry) => entry.name === 'xl/_rels/workbook.xml.rels');
  if (!workbookEntry || !relsEntry)
    throw unreadable(file, 'the zip file is not an Excel workbook (no xl/workbook.xml)');
  const workbook = (await readZipEntry(file, workbookEntry)).toString('utf8');
  const rels = (await readZipEntry(file, relsEntry)).toString('utf8');
  const targets = new Map<string, string>();
  for (const tag of rels.match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const sheets: WorkbookSheet[] = [];
  for (const tag of workbook.match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []) {
    const name = attribute(tag, 'name');
    const id = attribute(tag, 'r:id') ?? attribute(tag, '\\w+:id');
    const part = id ? targets.get(id) : undefined;
    if (name !== undefined && part) sheets.push({ name, part });
  }
  return sheets;
}
