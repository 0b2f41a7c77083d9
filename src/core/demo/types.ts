/** The shapes the demo coalition generator returns: people, partners, their records, and the truth. */

export type ExportTool =
  | 'surveymonkey'
  | 'google_forms'
  | 'qualtrics'
  | 'kobo'
  | 'redcap'
  | 'excel'
  | 'salesforce'
  | 'aggregate_csv';

export type PartnerRole = 'intake' | 'training' | 'placement' | 'aggregate';

/** A standard code of a value set. */
export type Code = string;

/**
 * A partner's own tokens for each standard code, keyed by field key or (for every field using it)
 * by value set key: the first token is what it usually writes, the rest are variants its staff
 * type now and then.
 */
export type PartnerVocabulary = Readonly<Record<string, Readonly<Record<Code, readonly string[]>>>>;

/** One column of a partner's export that carries a template field (or the shared ID). */
export interface ColumnSpec {
  /** A template field key, or 'coalition_id' for the shared participant ID. */
  readonly field: string;
  /** The column's name in the export (a question text, a variable name or a path). */
  readonly header: string;
  /** The second header row where the tool has one (SurveyMonkey's "Response" or sub-item, Qualtrics' question text). */
  readonly label?: string;
}

export interface PartnerFormSpec {
  readonly form: string;
  /** File name the export is written to. */
  readonly file: string;
  readonly columns: readonly ColumnSpec[];
}

export interface PartnerSpec {
  readonly slug: string;
  readonly name: string;
  readonly tool: ExportTool;
  readonly role: PartnerRole;
  readonly vocabulary: PartnerVocabulary;
  readonly forms: readonly PartnerFormSpec[];
}

export type RecordValue = string | number | readonly string[] | null;

export interface Person {
  /** The true person key; never written to any export. */
  readonly id: string;
  /** The shared participant ID printed on the person's referral card. */
  readonly coalitionId: string;
  readonly firstName: string;
  readonly lastName: string;
  /** ISO date. */
  readonly birthDate: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly gender: Code;
  readonly race: readonly Code[];
  readonly householdIncome: Code;
  readonly county: Code;
  /** 0-based yearly cycle in which the person enrolled. */
  readonly cycle: number;
}

/** One row of one partner's export, before a tool's writer formats it. */
export interface PartnerRecord {
  readonly partner: string;
  readonly form: string;
  readonly file: string;
  /** 1-based position of this record among the data records of its file (header rows not counted). */
  readonly row: number;
  /** The tool's own record ID (Respondent ID, ResponseId, _uuid, record_id, Salesforce ID, client number); null where the tool has none. */
  readonly localId: string | null;
  readonly personId: string;
  /** The shared ID as written on this record, null when the partner left it out. */
  readonly coalitionId: string | null;
  /** Local date-times 'YYYY-MM-DDTHH:MM:SS': when the respondent or staff started and submitted the record. */
  readonly startedAt: string;
  readonly submittedAt: string;
  /** The date the event happened (intake, survey, job start, check). */
  readonly collectedOn: string;
  /** Field key → the partner's token(s); dates are 'YYYY-MM-DD' text (possibly impossible), numbers are numbers. */
  readonly values: Readonly<Record<string, RecordValue>>;
  /** Row of the record this one duplicates, in the same file. */
  readonly duplicateOf: number | null;
}

/** An aggregate partner's row: counts for one quarter and gender. */
export interface AggregateRow {
  readonly period: string;
  readonly gender: Code;
  readonly peopleServed: number;
  readonly peoplePlaced: number;
}

export interface RecordRef {
  readonly file: string;
  readonly row: number;
}

export interface Rate {
  readonly numerator: number;
  readonly denominator: number;
  /** numerator / denominator, or null when the denominator is 0. */
  readonly rate: number | null;
}

export interface ChangeSummary {
  readonly pairs: number;
  readonly meanPre: number | null;
  readonly meanPost: number | null;
  readonly meanChange: number | null;
}

export interface DemoTruth {
  readonly seed: number;
  readonly exportedOn: string;
  /** How people with several race/ethnicity codes are counted in by-race figures. */
  readonly raceCounting: 'alone_or_in_combination';
  /** Group used when a person has no exported intake record to take demographics from. */
  readonly unknownGroup: 'unknown';
  readonly distinctPeople: number;
  readonly peopleEnrolled: number;
  readonly perPartnerDistinctPeople: Readonly<Record<string, number>>;
  readonly trainingCompletion: Rate;
  readonly placement: Rate;
  readonly placementByRace: Readonly<Record<string, Rate>>;
  readonly placementByGender: Readonly<Record<string, Rate>>;
  readonly hourlyWage: {
    readonly people: number;
    readonly mean: number | null;
    readonly median: number | null;
  };
  readonly retention90: Rate;
  readonly retention90ByRace: Readonly<Record<string, Rate>>;
  readonly retention90ByGender: Readonly<Record<string, Rate>>;
  readonly confidenceChange: ChangeSummary;
  readonly confidenceChangeByRace: Readonly<Record<string, ChangeSummary>>;
  readonly confidenceChangeByGender: Readonly<Record<string, ChangeSummary>>;
  /** Theme → number of answers it appears in, per open-answer field. */
  readonly openAnswerThemes: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly aggregateReported: {
    readonly partner: string;
    readonly peopleServed: number;
    readonly peoplePlaced: number;
  };
  readonly dirt: DemoDirt;
  /** Every person-level record and the true person it belongs to. */
  readonly recordOwners: readonly (RecordRef & { readonly personId: string })[];
}

export interface DemoDirt {
  readonly stoppedPartner: {
    readonly partner: string;
    readonly form: string;
    readonly lastMonthWithData: string;
    readonly stoppedFrom: string;
  };
  readonly duplicateSubmissions: readonly (RecordRef & { readonly duplicateOf: number })[];
  /** People registered twice, at two intake partners, under two different shared IDs. */
  readonly duplicateRegistrations: readonly {
    readonly personId: string;
    readonly first: RecordRef;
    readonly second: RecordRef;
    readonly secondCoalitionId: string;
  }[];
  readonly missingCoalitionIds: Readonly<Record<string, number>>;
  readonly nameTypos: readonly (RecordRef & {
    readonly field: string;
    readonly trueValue: string;
    readonly written: string;
  })[];
  readonly lateSubmissions: readonly (RecordRef & {
    readonly collectedOn: string;
    readonly submittedOn: string;
    readonly daysLate: number;
  })[];
  readonly invalidValues: readonly (RecordRef & {
    readonly field: string;
    readonly value: string | number;
    readonly reason: string;
  })[];
}

export interface DemoCoalition {
  readonly seed: number;
  readonly startYear: number;
  readonly cycles: number;
  /** The fixed date-time stamped on exports and workbook properties, 'YYYY-MM-DDTHH:MM:SS'. */
  readonly exportedAt: string;
  readonly partners: readonly PartnerSpec[];
  readonly people: readonly Person[];
  readonly records: readonly PartnerRecord[];
  readonly aggregateRows: Readonly<Record<string, readonly AggregateRow[]>>;
  readonly truth: DemoTruth;
}
