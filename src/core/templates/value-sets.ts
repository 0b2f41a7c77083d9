/**
 * Standard value sets a coalition can adopt as they are. Codes are stable keys; labels are what
 * a form shows. Race/ethnicity follows the 2024 US OMB SPD-15 minimum categories (with Middle
 * Eastern or North African), asked as a multi-select.
 */
import type { ValueSet } from './types';

export const raceEthnicity: ValueSet = {
  key: 'race_ethnicity',
  label: 'Race/ethnicity',
  choices: [
    { code: 'american_indian_alaska_native', label: 'American Indian or Alaska Native' },
    { code: 'asian', label: 'Asian' },
    { code: 'black', label: 'Black or African American' },
    { code: 'hispanic_latino', label: 'Hispanic or Latino' },
    { code: 'middle_eastern_north_african', label: 'Middle Eastern or North African' },
    { code: 'native_hawaiian_pacific_islander', label: 'Native Hawaiian or Pacific Islander' },
    { code: 'white', label: 'White' },
    { code: 'other', label: 'Another race or ethnicity' },
    { code: 'prefer_not_to_say', label: 'Prefer not to say' },
  ],
};

export const gender: ValueSet = {
  key: 'gender',
  label: 'Gender',
  choices: [
    { code: 'woman', label: 'Woman' },
    { code: 'man', label: 'Man' },
    { code: 'nonbinary', label: 'Nonbinary' },
    { code: 'self_describe', label: 'Prefer to self-describe' },
    { code: 'prefer_not_to_say', label: 'Prefer not to say' },
  ],
};

export const ageBand: ValueSet = {
  key: 'age_band',
  label: 'Age band',
  choices: [
    { code: '16_24', label: '16–24' },
    { code: '25_34', label: '25–34' },
    { code: '35_44', label: '35–44' },
    { code: '45_54', label: '45–54' },
    { code: '55_64', label: '55–64' },
    { code: '65_plus', label: '65 and over' },
  ],
};

export const householdIncome: ValueSet = {
  key: 'household_income',
  label: 'Household income (yearly)',
  choices: [
    { code: 'under_15k', label: 'Under $15,000' },
    { code: '15k_to_25k', label: '$15,000–$24,999' },
    { code: '25k_to_35k', label: '$25,000–$34,999' },
    { code: '35k_to_50k', label: '$35,000–$49,999' },
    { code: '50k_to_75k', label: '$50,000–$74,999' },
    { code: '75k_plus', label: '$75,000 or more' },
    { code: 'prefer_not_to_say', label: 'Prefer not to say' },
  ],
};

export const county: ValueSet = {
  key: 'county',
  label: 'County of residence',
  choices: [
    { code: 'adams', label: 'Adams County' },
    { code: 'jefferson', label: 'Jefferson County' },
    { code: 'lincoln', label: 'Lincoln County' },
    { code: 'madison', label: 'Madison County' },
    { code: 'washington', label: 'Washington County' },
  ],
};

export const yesNo: ValueSet = {
  key: 'yes_no',
  label: 'Yes/no',
  choices: [
    { code: 'yes', label: 'Yes' },
    { code: 'no', label: 'No' },
  ],
};

export const confidence5: ValueSet = {
  key: 'confidence_5',
  label: 'Confidence (1–5)',
  choices: [
    { code: '1', label: 'Not at all confident' },
    { code: '2', label: 'Slightly confident' },
    { code: '3', label: 'Somewhat confident' },
    { code: '4', label: 'Quite confident' },
    { code: '5', label: 'Very confident' },
  ],
};

export const standardValueSets: readonly ValueSet[] = [
  raceEthnicity,
  gender,
  ageBand,
  householdIncome,
  county,
  yesNo,
  confidence5,
];
