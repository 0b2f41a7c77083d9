/**
 * The workforce starter template: intake → training (pre and post surveys) → placement →
 * 90-day retention, with a small core indicator set. Plain data; applying it is someone else's job.
 * Conditions and expressions use the XLSForm style (`${field} = 'yes'`).
 */
import type {
  CoalitionTemplate,
  FieldDefinition,
  FormDefinition,
  IndicatorDefinition,
} from './types';
import { standardValueSets } from './value-sets';

export const confidenceItems = ['conf_job_search', 'conf_interview', 'conf_computer'] as const;

const fields: readonly FieldDefinition[] = [
  { key: 'intake_date', label: 'Date of intake', type: 'date', required: true },
  { key: 'first_name', label: 'First name', type: 'text', required: true },
  { key: 'last_name', label: 'Last name', type: 'text', required: true },
  { key: 'birth_date', label: 'Date of birth', type: 'date', required: false },
  { key: 'age', label: 'Age', type: 'integer', required: false, min: 14, max: 99 },
  { key: 'email', label: 'Email', type: 'email', required: false },
  { key: 'phone', label: 'Phone', type: 'phone', required: false },
  {
    key: 'race_ethnicity',
    label: 'Race/ethnicity (select all that apply)',
    type: 'multiple_choice',
    required: false,
    valueSet: 'race_ethnicity',
  },
  { key: 'gender', label: 'Gender', type: 'single_choice', required: false, valueSet: 'gender' },
  {
    key: 'household_income',
    label: 'Household income last year',
    type: 'single_choice',
    required: false,
    valueSet: 'household_income',
  },
  {
    key: 'county',
    label: 'County of residence',
    type: 'single_choice',
    required: true,
    valueSet: 'county',
  },
  {
    key: 'conf_job_search',
    label: 'How confident are you searching for a job?',
    type: 'likert',
    required: true,
    valueSet: 'confidence_5',
    min: 1,
    max: 5,
  },
  {
    key: 'conf_interview',
    label: 'How confident are you in a job interview?',
    type: 'likert',
    required: true,
    valueSet: 'confidence_5',
    min: 1,
    max: 5,
  },
  {
    key: 'conf_computer',
    label: 'How confident are you using a computer for work?',
    type: 'likert',
    required: true,
    valueSet: 'confidence_5',
    min: 1,
    max: 5,
  },
  {
    key: 'hopes',
    label: 'What do you hope to get from the program?',
    type: 'long_text',
    required: false,
  },
  {
    key: 'completed_training',
    label: 'Did you finish the training?',
    type: 'yes_no',
    required: true,
    valueSet: 'yes_no',
  },
  {
    key: 'barriers',
    label: 'What got in the way of finishing the program?',
    type: 'long_text',
    required: false,
  },
  { key: 'helps', label: 'What helped you most?', type: 'long_text', required: false },
  { key: 'employed', label: 'Employed', type: 'yes_no', required: true, valueSet: 'yes_no' },
  {
    key: 'hourly_wage',
    label: 'Hourly wage (USD)',
    type: 'decimal',
    required: false,
    min: 0,
    max: 200,
  },
  { key: 'job_start_date', label: 'Job start date', type: 'date', required: false },
  { key: 'check_date', label: 'Date of the 90-day check', type: 'date', required: true },
  {
    key: 'still_employed',
    label: 'Still employed 90 days after starting',
    type: 'yes_no',
    required: true,
    valueSet: 'yes_no',
  },
  { key: 'report_period', label: 'Reporting quarter (YYYY-Qn)', type: 'text', required: true },
  { key: 'people_served', label: 'People served', type: 'integer', required: true, min: 0 },
  {
    key: 'people_placed',
    label: 'People placed in a job',
    type: 'integer',
    required: true,
    min: 0,
  },
];

const forms: readonly FormDefinition[] = [
  {
    key: 'intake',
    title: 'Intake',
    stage: 'intake',
    wave: null,
    fields: [
      'intake_date',
      'first_name',
      'last_name',
      'birth_date',
      'age',
      'email',
      'phone',
      'race_ethnicity',
      'gender',
      'household_income',
      'county',
    ],
  },
  {
    key: 'training_pre',
    title: 'Training baseline survey',
    stage: 'baseline',
    wave: 'pre',
    fields: [...confidenceItems, 'hopes'],
  },
  {
    key: 'training_post',
    title: 'Training exit survey',
    stage: 'follow_up',
    wave: 'post',
    fields: ['completed_training', ...confidenceItems, 'barriers', 'helps'],
  },
  {
    key: 'placement',
    title: 'Job placement',
    stage: 'follow_up',
    wave: 'placement',
    fields: ['employed', 'hourly_wage', 'job_start_date'],
  },
  {
    key: 'retention_90',
    title: '90-day retention check',
    stage: 'follow_up',
    wave: 'retention_90',
    fields: ['check_date', 'still_employed'],
  },
  {
    key: 'aggregate_quarterly',
    title: 'Quarterly aggregate report',
    stage: 'aggregate_report',
    wave: null,
    fields: ['report_period', 'gender', 'people_served', 'people_placed'],
  },
];

const equityDisaggregations = [
  'race_ethnicity',
  'gender',
  'age_band',
  'household_income',
  'county',
  'partner',
];

const confidenceScore = `(${confidenceItems.map((item) => `\${${item}}`).join(' + ')}) div 3`;

const indicators: readonly IndicatorDefinition[] = [
  {
    key: 'people_enrolled',
    name: 'People enrolled',
    definition: 'Distinct people with at least one intake submission in the period.',
    calculation: { kind: 'count_distinct_people', people: { form: 'intake' } },
    unit: 'people',
    direction: 'higher_is_better',
    disaggregations: equityDisaggregations,
    tier: 'core',
  },
  {
    key: 'training_completion_rate',
    name: 'Training completion rate',
    definition:
      'Of the distinct people with a training baseline survey, the share whose exit survey says they finished the training.',
    calculation: {
      kind: 'proportion',
      people: { form: 'training_post', condition: "${completed_training} = 'yes'" },
      denominator: { form: 'training_pre' },
    },
    unit: 'percent',
    direction: 'higher_is_better',
    disaggregations: equityDisaggregations,
    tier: 'core',
  },
  {
    key: 'placement_rate',
    name: 'Placement rate',
    definition:
      'Of the distinct people who finished training, the share recorded as employed at placement.',
    calculation: {
      kind: 'proportion',
      people: { form: 'placement', condition: "${employed} = 'yes'" },
      denominator: { form: 'training_post', condition: "${completed_training} = 'yes'" },
    },
    unit: 'percent',
    direction: 'higher_is_better',
    disaggregations: equityDisaggregations,
    tier: 'core',
  },
  {
    key: 'median_hourly_wage',
    name: 'Median hourly wage at placement',
    definition: 'Median of the hourly wage of people placed in a job, one value per person.',
    calculation: { kind: 'median', value: { form: 'placement', expression: '${hourly_wage}' } },
    unit: 'USD per hour',
    direction: 'higher_is_better',
    disaggregations: equityDisaggregations,
    tier: 'core',
  },
  {
    key: 'mean_hourly_wage',
    name: 'Mean hourly wage at placement',
    definition: 'Mean of the hourly wage of people placed in a job, one value per person.',
    calculation: { kind: 'mean', value: { form: 'placement', expression: '${hourly_wage}' } },
    unit: 'USD per hour',
    direction: 'higher_is_better',
    disaggregations: equityDisaggregations,
    tier: 'advanced',
  },
  {
    key: 'retention_90_rate',
    name: '90-day retention rate',
    definition:
      'Of the distinct people placed in a job, the share still employed 90 days after starting.',
    calculation: {
      kind: 'proportion',
      people: { form: 'retention_90', condition: "${still_employed} = 'yes'" },
      denominator: { form: 'placement', condition: "${employed} = 'yes'" },
    },
    unit: 'percent',
    direction: 'higher_is_better',
    disaggregations: equityDisaggregations,
    tier: 'core',
  },
  {
    key: 'confidence_change',
    name: 'Mean change in job confidence',
    definition:
      'Mean, over people with both a baseline and an exit survey matched by ID, of the exit minus the baseline confidence score (the mean of the three 1–5 items).',
    calculation: {
      kind: 'mean',
      value: { form: 'training_post', expression: confidenceScore, changeFrom: 'training_pre' },
    },
    unit: 'points on a 1–5 scale',
    direction: 'higher_is_better',
    disaggregations: equityDisaggregations,
    tier: 'core',
  },
  {
    key: 'people_served_reported',
    name: 'People served (reported counts)',
    definition:
      'Sum of the people-served counts that partners without person-level data report each quarter.',
    calculation: {
      kind: 'sum_reported',
      value: { form: 'aggregate_quarterly', expression: '${people_served}' },
    },
    unit: 'people',
    direction: 'higher_is_better',
    disaggregations: ['gender', 'partner'],
    tier: 'advanced',
  },
];

export const workforceTemplate: CoalitionTemplate = {
  key: 'workforce',
  name: 'Workforce coalition',
  valueSets: standardValueSets,
  fields,
  forms,
  indicators,
};
