/**
 * The shape of a starter template as plain data: value sets, fields, forms and indicators.
 * Deliberately minimal; the schema model adapts it when a template is applied.
 */

export type FieldType =
  | 'text'
  | 'long_text'
  | 'integer'
  | 'decimal'
  | 'date'
  | 'yes_no'
  | 'single_choice'
  | 'multiple_choice'
  | 'email'
  | 'phone'
  | 'likert';

export interface Choice {
  readonly code: string;
  readonly label: string;
}

export interface ValueSet {
  readonly key: string;
  readonly label: string;
  readonly choices: readonly Choice[];
}

export interface FieldDefinition {
  readonly key: string;
  readonly label: string;
  readonly type: FieldType;
  readonly required: boolean;
  /** Key of the value set, for single_choice, multiple_choice, yes_no and likert fields. */
  readonly valueSet?: string;
  readonly min?: number;
  readonly max?: number;
}

export type FormStage =
  'intake' | 'baseline' | 'follow_up' | 'service_log' | 'exit' | 'aggregate_report';

export interface FormDefinition {
  readonly key: string;
  readonly title: string;
  readonly stage: FormStage;
  /** Position in a person's timeline that pre/post comparison pairs on; null when not a wave. */
  readonly wave: string | null;
  /** Field keys, in the order they are asked. */
  readonly fields: readonly string[];
}

export type CalculationKind =
  'count_distinct_people' | 'proportion' | 'mean' | 'median' | 'sum_reported';

/** Which people a count or proportion part takes: those with a submission of `form`, optionally meeting `condition` (XLSForm-style expression). */
export interface PeopleSelection {
  readonly form: string;
  readonly condition?: string;
}

/** A numeric value per person taken from a form; with `changeFrom`, the value minus the same expression on that earlier form, paired by person. */
export interface ValueSelection {
  readonly form: string;
  readonly expression: string;
  readonly changeFrom?: string;
}

export interface Calculation {
  readonly kind: CalculationKind;
  /** count_distinct_people: the people counted. proportion: the numerator. */
  readonly people?: PeopleSelection;
  /** proportion only: the denominator. */
  readonly denominator?: PeopleSelection;
  /** mean, median, sum_reported: the numeric field, or an expression over fields (e.g. a change between waves). */
  readonly value?: ValueSelection;
}

export type Direction = 'higher_is_better' | 'lower_is_better';

export type IndicatorTier = 'core' | 'advanced';

export interface IndicatorDefinition {
  readonly key: string;
  readonly name: string;
  readonly definition: string;
  readonly calculation: Calculation;
  readonly unit: string;
  readonly direction: Direction;
  /** Disaggregation keys: a value-set-backed field key, or 'partner'. */
  readonly disaggregations: readonly string[];
  readonly tier: IndicatorTier;
}

export interface CoalitionTemplate {
  readonly key: string;
  readonly name: string;
  readonly valueSets: readonly ValueSet[];
  readonly fields: readonly FieldDefinition[];
  readonly forms: readonly FormDefinition[];
  readonly indicators: readonly IndicatorDefinition[];
}
