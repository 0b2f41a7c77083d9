/**
 * Each demo partner's own words for the standard codes: what its tool writes (a label, a
 * numeric code, an XML choice name) and the variants its staff type by hand. Import mapping has
 * to turn every one of these back into the standard code.
 */
import type { PartnerVocabulary } from './types';

export const googleFormsIntakeVocabulary: PartnerVocabulary = {
  race_ethnicity: {
    american_indian_alaska_native: ['American Indian or Alaska Native'],
    asian: ['Asian'],
    black: ['Black or African American'],
    hispanic_latino: ['Hispanic, Latino, or Spanish origin'],
    middle_eastern_north_african: ['Middle Eastern or North African'],
    native_hawaiian_pacific_islander: ['Native Hawaiian or Other Pacific Islander'],
    white: ['White'],
    other: ['Some other race or ethnicity'],
    prefer_not_to_say: ['Prefer not to answer'],
  },
  gender: {
    woman: ['Female'],
    man: ['Male'],
    nonbinary: ['Non-binary'],
    self_describe: ['Prefer to self-describe'],
    prefer_not_to_say: ['Prefer not to answer'],
  },
  household_income: {
    under_15k: ['Less than $15,000'],
    '15k_to_25k': ['$15,000 - $24,999'],
    '25k_to_35k': ['$25,000 - $34,999'],
    '35k_to_50k': ['$35,000 - $49,999'],
    '50k_to_75k': ['$50,000 - $74,999'],
    '75k_plus': ['$75,000 or more'],
    prefer_not_to_say: ['Prefer not to answer'],
  },
  county: {
    adams: ['Adams'],
    jefferson: ['Jefferson'],
    lincoln: ['Lincoln'],
    madison: ['Madison'],
    washington: ['Washington'],
  },
};

export const koboIntakeVocabulary: PartnerVocabulary = {
  race_ethnicity: {
    american_indian_alaska_native: ['native_american'],
    asian: ['asian'],
    black: ['black'],
    hispanic_latino: ['latinx'],
    middle_eastern_north_african: ['mena'],
    native_hawaiian_pacific_islander: ['pacific_islander'],
    white: ['white'],
    other: ['other'],
    prefer_not_to_say: ['no_answer'],
  },
  gender: {
    woman: ['female'],
    man: ['male'],
    nonbinary: ['non_binary'],
    self_describe: ['self_describe'],
    prefer_not_to_say: ['no_answer'],
  },
  household_income: {
    under_15k: ['lt_15k'],
    '15k_to_25k': ['15k_25k'],
    '25k_to_35k': ['25k_35k'],
    '35k_to_50k': ['35k_50k'],
    '50k_to_75k': ['50k_75k'],
    '75k_plus': ['gt_75k'],
    prefer_not_to_say: ['no_answer'],
  },
  county: {
    adams: ['adams'],
    jefferson: ['jefferson'],
    lincoln: ['lincoln'],
    madison: ['madison'],
    washington: ['washington'],
  },
};

/** REDCap raw exports write the numeric codes of its choice lists; checkbox columns are `race___<code>`. */
export const redcapIntakeVocabulary: PartnerVocabulary = {
  race_ethnicity: {
    american_indian_alaska_native: ['1'],
    asian: ['2'],
    black: ['3'],
    hispanic_latino: ['4'],
    middle_eastern_north_african: ['5'],
    native_hawaiian_pacific_islander: ['6'],
    white: ['7'],
    other: ['8'],
    prefer_not_to_say: ['99'],
  },
  gender: {
    woman: ['2'],
    man: ['1'],
    nonbinary: ['3'],
    self_describe: ['4'],
    prefer_not_to_say: ['99'],
  },
  household_income: {
    under_15k: ['1'],
    '15k_to_25k': ['2'],
    '25k_to_35k': ['3'],
    '35k_to_50k': ['4'],
    '50k_to_75k': ['5'],
    '75k_plus': ['6'],
    prefer_not_to_say: ['99'],
  },
  county: { adams: ['1'], jefferson: ['2'], lincoln: ['3'], madison: ['4'], washington: ['5'] },
};

/** Typed by hand into a spreadsheet: several spellings per code, multi-select joined with "/". */
export const excelIntakeVocabulary: PartnerVocabulary = {
  race_ethnicity: {
    american_indian_alaska_native: ['Native American', 'American Indian'],
    asian: ['Asian', 'Asian American'],
    black: ['African American', 'Black', 'AA'],
    hispanic_latino: ['Hispanic', 'Latino', 'Latinx'],
    middle_eastern_north_african: ['Middle Eastern', 'Arab'],
    native_hawaiian_pacific_islander: ['Pacific Islander'],
    white: ['White', 'Caucasian'],
    other: ['Other'],
    prefer_not_to_say: ['Declined', 'Prefer not to answer'],
  },
  gender: {
    woman: ['F', 'Female', 'female'],
    man: ['M', 'Male', 'male'],
    nonbinary: ['NB', 'Non-binary'],
    self_describe: ['Other'],
    prefer_not_to_say: ['Declined'],
  },
  household_income: {
    under_15k: ['<15k', 'under 15k'],
    '15k_to_25k': ['15-25k'],
    '25k_to_35k': ['25-35k'],
    '35k_to_50k': ['35-50k'],
    '50k_to_75k': ['50-75k'],
    '75k_plus': ['75k+'],
    prefer_not_to_say: ['Declined', ''],
  },
  county: {
    adams: ['Adams', 'Adams Co.'],
    jefferson: ['Jefferson', 'Jefferson Co.'],
    lincoln: ['Lincoln'],
    madison: ['Madison'],
    washington: ['Washington', 'Wash.'],
  },
};

export const surveyMonkeyVocabulary: PartnerVocabulary = {
  confidence_5: {
    '1': ['Not at all confident'],
    '2': ['Slightly confident'],
    '3': ['Somewhat confident'],
    '4': ['Very confident'],
    '5': ['Extremely confident'],
  },
  yes_no: { yes: ['Yes, I finished'], no: ['No, I did not finish'] },
};

/** Qualtrics exports numeric recode values by default. */
export const qualtricsVocabulary: PartnerVocabulary = {
  confidence_5: { '1': ['1'], '2': ['2'], '3': ['3'], '4': ['4'], '5': ['5'] },
  yes_no: { yes: ['1'], no: ['2'] },
};

export const salesforceVocabulary: PartnerVocabulary = {
  employed: { yes: ['Placed'], no: ['Not Placed'] },
  still_employed: { yes: ['Retained'], no: ['Not Retained'] },
};

export const googleFormsPlacementVocabulary: PartnerVocabulary = {
  yes_no: { yes: ['Yes'], no: ['No'] },
};

export const aggregateVocabulary: PartnerVocabulary = {
  gender: {
    woman: ['Women'],
    man: ['Men'],
    nonbinary: ['Nonbinary / other'],
    self_describe: ['Nonbinary / other'],
    prefer_not_to_say: ['Unknown'],
  },
};
