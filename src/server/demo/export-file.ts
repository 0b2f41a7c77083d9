/** What a tool writer produces: the file's bytes and a description of its layout for the manifest. */
import type {
  PartnerFormSpec,
  PartnerRecord,
  PartnerSpec,
  RecordValue,
} from '../../core/demo/types';
import type { FieldType } from '../../core/templates/types';
import { workforceTemplate } from '../../core/templates/workforce';

export interface ManifestColumn {
  /** 0-based position in the header row. */
  readonly index: number;
  /** The header as written in the (first) header row. */
  readonly header: string;
  /** The second header row's text, where the tool has one. */
  readonly label?: string;
  /** Template field key, 'coalition_id', '@local_id', '@submitted_on', or '@tool' for the tool's own metadata. */
  readonly field: string;
  /** For one-column-per-choice layouts (Kobo, REDCap checkboxes): the standard code this column stands for. */
  readonly choice?: string;
}

export interface ExportFile {
  readonly bytes: Uint8Array;
  readonly format: 'csv' | 'xlsx';
  readonly encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252' | null;
  readonly delimiter: ',' | ';' | null;
  readonly lineEnding: 'crlf' | 'lf' | null;
  /** Rows above the header (Excel title rows). */
  readonly titleRows: number;
  readonly headerRows: number;
  readonly dataRows: number;
  /** Rows after the data (report footers, totals), blank ones included. */
  readonly footerRows: number;
  readonly columns: readonly ManifestColumn[];
}

export interface WriterInput {
  readonly partner: PartnerSpec;
  readonly spec: PartnerFormSpec;
  /** This file's records in row order. */
  readonly records: readonly PartnerRecord[];
  /** 'YYYY-MM-DDTHH:MM:SS', the moment the export was made. */
  readonly exportedAt: string;
}

export type ToolWriter = (input: WriterInput) => ExportFile | Promise<ExportFile>;

/**
 * Builds a file's columns one at a time: each `add` records the manifest column (its header,
 * the field it holds and, for a per-choice column, the choice) beside the function that fills it.
 */
export const columnLayout = () => {
  const columns: ManifestColumn[] = [];
  const cells: ((record: PartnerRecord) => string)[] = [];
  const add = (
    header: string,
    field: string,
    cell: (record: PartnerRecord) => string,
    choice?: string,
  ) => {
    columns.push(
      choice === undefined
        ? { index: columns.length, header, field }
        : { index: columns.length, header, field, choice },
    );
    cells.push(cell);
  };
  /** The header row followed by one row of cells per record. */
  const table = (records: readonly PartnerRecord[]): string[][] => [
    columns.map((column) => column.header),
    ...records.map((record) => cells.map((cell) => cell(record))),
  ];
  return { columns, add, table };
};

const fieldTypes = new Map(workforceTemplate.fields.map((field) => [field.key, field.type]));

/** The template type of a field key; undefined for identifiers and tool columns. */
export const fieldTypeOf = (field: string): FieldType | undefined => fieldTypes.get(field);

export interface CellFormat {
  readonly date: (text: string) => string;
  readonly join?: string;
  readonly number?: (value: number) => string;
}

/** The text a tool writes for one field of one record. */
export const fieldCell = (record: PartnerRecord, field: string, format: CellFormat): string => {
  if (field === 'coalition_id') return record.coalitionId ?? '';
  if (field === '@local_id') return record.localId ?? '';
  if (field === '@submitted_on') return format.date(record.submittedAt.slice(0, 10));
  const value: RecordValue | undefined = record.values[field];
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return format.number ? format.number(value) : String(value);
  if (typeof value !== 'string') return value.join(format.join ?? ', ');
  return fieldTypes.get(field) === 'date' ? format.date(value) : value;
};

/** The partner's tokens for a field's value set, in choice-list order: token → standard code. */
export const choiceTokens = (partner: PartnerSpec, field: string): [string, string][] => {
  const valueSet = workforceTemplate.fields.find((candidate) => candidate.key === field)?.valueSet;
  const tokens = partner.vocabulary[field] ?? partner.vocabulary[valueSet ?? ''] ?? {};
  return Object.entries(tokens).flatMap(([code, written]) =>
    written[0] === undefined ? [] : [[written[0], code]],
  );
};

/** Encodes text as UTF-8, with a byte order mark if asked. */
export const utf8 = (text: string, bom: boolean): Uint8Array =>
  new TextEncoder().encode(bom ? `\uFEFF${text}` : text);
