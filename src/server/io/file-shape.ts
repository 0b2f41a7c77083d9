/**
 * What inspecting an export tells the rest of the import: which tool made it, how to decode it,
 * where its records are (title, header and footer rows are counted in physical rows, so that a
 * row number means the same thing here as in the partner's spreadsheet) and what its columns hold.
 */
import type { ColumnType, ColumnTypeInference } from '../../core/mapping/infer-column-type';

export const exportTools = [
  'surveymonkey',
  'google_forms',
  'qualtrics',
  'kobo',
  'redcap',
  'redcap_dictionary',
  'xlsform',
  'salesforce',
  'excel',
  'generic',
] as const;
export type ExportTool = (typeof exportTools)[number];

/** How a column takes part in a select-multiple question. */
export type SelectMultiple =
  /** One 0/1 or True/False column per choice (Kobo `group/question/choice`, REDCap `field___code`, SurveyMonkey label-or-blank). */
  | { encoding: 'column_per_choice'; group: string; choice: string }
  /** The chosen labels joined in one cell (Google Forms); split with splitJoinedChoices and the form's labels. */
  | { encoding: 'joined'; separator: string };

export interface ColumnShape extends Omit<ColumnTypeInference, 'type'> {
  /** 0-based position in the row. */
  index: number;
  /** Unique key of the column in records (from the header rows; `column_N` when blank). */
  name: string;
  /** The human question or label, when the tool gives one apart from the name. */
  label: string;
  type: ColumnType;
  /** Up to five distinct non-missing values from the first data rows. */
  samples: string[];
  selectMultiple?: SelectMultiple;
}

export interface FileShape {
  file: string;
  format: 'csv' | 'xlsx';
  tool: ExportTool;
  encoding: string;
  /** How sure the encoding guess is: 'bom' and 'valid_utf8' are certain; 'guess' may need an override. */
  encodingEvidence: 'bom' | 'valid_utf8' | 'guess' | 'override' | 'xlsx';
  delimiter: string | null;
  sheet: string | null;
  sheets: string[];
  titleRows: number;
  headerRows: number;
  dataRows: number;
  footerRows: number;
  /** Rows between header and footer that are section captions or a repeated header (Excel layouts only). */
  captionRows: number;
  /** Physical row numbers (1-based) of the first and last data row; 0 when there is none. */
  firstDataRow: number;
  lastDataRow: number;
  /** Data rows whose cell count differs from the header's (they are padded, and extra cells flagged). */
  raggedRows: number;
  columns: ColumnShape[];
}

export interface ImportLimits {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** Largest total uncompressed size of an XLSX's parts. */
  maxUncompressedBytes: number;
  /** Largest uncompressed/compressed ratio of an XLSX part bigger than 1 MB. */
  maxCompressionRatio: number;
  maxColumns: number;
  maxCellLength: number;
}

export const defaultLimits: ImportLimits = {
  maxFileBytes: 512 * 1024 * 1024,
  maxUncompressedBytes: 1024 * 1024 * 1024,
  maxCompressionRatio: 200,
  maxColumns: 5_000,
  maxCellLength: 32_767,
};

export interface InspectOptions {
  /** Overrides the detected encoding (an iconv-lite name such as 'windows-1252'). */
  encoding?: string;
  /** Overrides the detected delimiter. */
  delimiter?: string;
  /** Reads this sheet of a workbook instead of the first one holding a table. */
  sheet?: string;
  /** Extra codes that mean "missing" in this file (e.g. '999'). */
  missingCodes?: string[];
  limits?: Partial<ImportLimits>;
}
