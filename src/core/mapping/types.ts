/**
 * The minimal inputs the mapping suggestions need, so core does not depend on how the server
 * reads files or stores schemas: a source column as read from a file, and a coalition field.
 */
export interface SourceColumn {
  name: string;
  label: string;
  /** A few distinct non-missing values seen in the column. */
  samples: readonly string[];
}

export interface FieldChoice {
  code: string;
  label: string;
}

export interface CoalitionField {
  key: string;
  label: string;
  type: string;
  choices?: readonly FieldChoice[];
}

export interface ColumnSuggestion {
  column: string;
  /** The suggested field key, or null when nothing fits well enough. */
  fieldKey: string | null;
  /** 0–1; 1 is an exact name match. */
  confidence: number;
  reason: string;
}

export interface ValueSuggestion {
  value: string;
  choiceCode: string | null;
  confidence: number;
  reason: string;
}
