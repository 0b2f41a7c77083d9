/**
 * The demo coalition's partners: who they are, which tool each exports from, which forms it
 * collects and what its columns are called. Column `field` is a template field key, or
 * 'coalition_id' (the shared participant ID), '@local_id' (the tool's own record ID) or
 * '@submitted_on' (the day the record was entered) where a tool shows those as ordinary columns.
 */
import { Problem } from '../problem';
import type { ColumnSpec, PartnerSpec } from './types';
import {
  aggregateVocabulary,
  excelIntakeVocabulary,
  googleFormsIntakeVocabulary,
  googleFormsPlacementVocabulary,
  koboIntakeVocabulary,
  qualtricsVocabulary,
  redcapIntakeVocabulary,
  salesforceVocabulary,
  surveyMonkeyVocabulary,
} from './vocabularies';

const fileName = (slug: string, form: string, extension: string): string =>
  `${slug}-${form.replaceAll('_', '-')}.${extension}`;

const columns = (pairs: readonly (readonly [string, string, string?])[]): ColumnSpec[] =>
  pairs.map(([field, header, label]) =>
    label === undefined ? { field, header } : { field, header, label },
  );

const surveyMonkeyMatrix = 'How confident do you feel about each of these right now?';
const qualtricsMatrix = 'How confident are you in each of the following?';

export const demoPartners: readonly PartnerSpec[] = [
  {
    slug: 'eastside-community',
    name: 'Eastside Community Center',
    tool: 'google_forms',
    role: 'intake',
    vocabulary: googleFormsIntakeVocabulary,
    forms: [
      {
        form: 'intake',
        file: fileName('eastside-community', 'intake', 'csv'),
        columns: columns([
          ['coalition_id', 'Coalition ID (on your referral card)'],
          ['intake_date', "Today's date"],
          ['first_name', 'First name'],
          ['last_name', 'Last name'],
          ['birth_date', 'Date of birth'],
          ['email', 'Email address'],
          ['phone', 'Phone number'],
          ['race_ethnicity', 'Which of these describe you? Check all that apply.'],
          ['gender', 'What is your gender?'],
          ['household_income', "What was your household's total income last year?"],
          ['county', 'Which county do you live in?'],
        ]),
      },
    ],
  },
  {
    slug: 'riverside-outreach',
    name: 'Riverside Youth Outreach',
    tool: 'kobo',
    role: 'intake',
    vocabulary: koboIntakeVocabulary,
    forms: [
      {
        form: 'intake',
        file: fileName('riverside-outreach', 'intake', 'csv'),
        columns: columns([
          ['intake_date', 'participant/intake_date'],
          ['coalition_id', 'participant/coalition_id'],
          ['first_name', 'participant/first_name'],
          ['last_name', 'participant/last_name'],
          ['birth_date', 'participant/dob'],
          ['email', 'contact/email'],
          ['phone', 'contact/phone'],
          ['race_ethnicity', 'demographics/race'],
          ['gender', 'demographics/gender'],
          ['household_income', 'demographics/hh_income'],
          ['county', 'demographics/county'],
        ]),
      },
    ],
  },
  {
    slug: 'harbor-health',
    name: 'Harbor Health Clinic',
    tool: 'redcap',
    role: 'intake',
    vocabulary: redcapIntakeVocabulary,
    forms: [
      {
        form: 'intake',
        file: fileName('harbor-health', 'intake', 'csv'),
        columns: columns([
          ['coalition_id', 'coalition_id'],
          ['intake_date', 'intake_date'],
          ['first_name', 'name_first'],
          ['last_name', 'name_last'],
          ['birth_date', 'dob'],
          ['age', 'age'],
          ['email', 'email'],
          ['phone', 'telephone'],
          ['race_ethnicity', 'race'],
          ['gender', 'gender'],
          ['household_income', 'hh_income'],
          ['county', 'county'],
        ]),
      },
    ],
  },
  {
    slug: 'metro-adult-ed',
    name: 'Metro Adult Education',
    tool: 'excel',
    role: 'intake',
    vocabulary: excelIntakeVocabulary,
    forms: [
      {
        form: 'intake',
        file: fileName('metro-adult-ed', 'intake', 'xlsx'),
        columns: columns([
          ['@local_id', 'Client #'],
          ['coalition_id', 'Coalition ID'],
          ['intake_date', 'Intake Date'],
          ['first_name', 'First Name'],
          ['last_name', 'Last Name'],
          ['birth_date', 'DOB'],
          ['email', 'E-mail'],
          ['phone', 'Phone #'],
          ['race_ethnicity', 'Race/Ethnicity'],
          ['gender', 'Gender'],
          ['household_income', 'HH Income'],
          ['county', 'County'],
          ['@submitted_on', 'Entered On'],
        ]),
      },
    ],
  },
  {
    slug: 'skills-forward',
    name: 'Skills Forward Academy',
    tool: 'qualtrics',
    role: 'training',
    vocabulary: qualtricsVocabulary,
    forms: [
      {
        form: 'training_pre',
        file: fileName('skills-forward', 'training_pre', 'csv'),
        columns: columns([
          ['last_name', 'RecipientLastName'],
          ['first_name', 'RecipientFirstName'],
          ['email', 'RecipientEmail'],
          ['coalition_id', 'ExternalReference'],
          ['conf_job_search', 'Q1_1', `${qualtricsMatrix} - Searching for a job`],
          ['conf_interview', 'Q1_2', `${qualtricsMatrix} - Doing a job interview`],
          ['conf_computer', 'Q1_3', `${qualtricsMatrix} - Using a computer for work`],
          ['hopes', 'Q2', 'What do you hope to get from the program?'],
        ]),
      },
      {
        form: 'training_post',
        file: fileName('skills-forward', 'training_post', 'csv'),
        columns: columns([
          ['last_name', 'RecipientLastName'],
          ['first_name', 'RecipientFirstName'],
          ['email', 'RecipientEmail'],
          ['coalition_id', 'ExternalReference'],
          ['completed_training', 'Q1', 'Did you finish the training?'],
          ['conf_job_search', 'Q2_1', `${qualtricsMatrix} - Searching for a job`],
          ['conf_interview', 'Q2_2', `${qualtricsMatrix} - Doing a job interview`],
          ['conf_computer', 'Q2_3', `${qualtricsMatrix} - Using a computer for work`],
          ['barriers', 'Q3', 'What got in the way of finishing the program?'],
          ['helps', 'Q4', 'What helped you most?'],
        ]),
      },
    ],
  },
  {
    slug: 'techbridge',
    name: 'TechBridge Training',
    tool: 'surveymonkey',
    role: 'training',
    vocabulary: surveyMonkeyVocabulary,
    forms: [
      {
        form: 'training_pre',
        file: fileName('techbridge', 'training_pre', 'csv'),
        columns: columns([
          ['email', 'Email Address'],
          ['first_name', 'First Name'],
          ['last_name', 'Last Name'],
          ['coalition_id', 'Custom Data 1'],
          ['conf_job_search', surveyMonkeyMatrix, 'Searching for a job'],
          ['conf_interview', surveyMonkeyMatrix, 'Doing a job interview'],
          ['conf_computer', surveyMonkeyMatrix, 'Using a computer for work'],
          ['hopes', 'What do you hope to get from the program?', 'Open-Ended Response'],
        ]),
      },
      {
        form: 'training_post',
        file: fileName('techbridge', 'training_post', 'csv'),
        columns: columns([
          ['email', 'Email Address'],
          ['first_name', 'First Name'],
          ['last_name', 'Last Name'],
          ['coalition_id', 'Custom Data 1'],
          ['completed_training', 'Did you finish the TechBridge training?', 'Response'],
          ['conf_job_search', surveyMonkeyMatrix, 'Searching for a job'],
          ['conf_interview', surveyMonkeyMatrix, 'Doing a job interview'],
          ['conf_computer', surveyMonkeyMatrix, 'Using a computer for work'],
          ['barriers', 'What got in the way of finishing the program?', 'Open-Ended Response'],
          ['helps', 'What helped you most?', 'Open-Ended Response'],
        ]),
      },
    ],
  },
  {
    slug: 'careerlink',
    name: 'CareerLink Employment Services',
    tool: 'salesforce',
    role: 'placement',
    vocabulary: salesforceVocabulary,
    forms: [
      {
        form: 'placement',
        file: fileName('careerlink', 'placement', 'csv'),
        columns: columns([
          ['@local_id', 'Contact ID'],
          ['first_name', 'First Name'],
          ['last_name', 'Last Name'],
          ['birth_date', 'Birthdate'],
          ['email', 'Email'],
          ['phone', 'Mobile'],
          ['coalition_id', 'Coalition ID'],
          ['employed', 'Placement Status'],
          ['hourly_wage', 'Hourly Wage'],
          ['job_start_date', 'Job Start Date'],
          ['@submitted_on', 'Created Date'],
        ]),
      },
      {
        form: 'retention_90',
        file: fileName('careerlink', 'retention_90', 'csv'),
        columns: columns([
          ['@local_id', 'Contact ID'],
          ['first_name', 'First Name'],
          ['last_name', 'Last Name'],
          ['birth_date', 'Birthdate'],
          ['coalition_id', 'Coalition ID'],
          ['check_date', '90-Day Check Date'],
          ['still_employed', 'Retention Status'],
          ['@submitted_on', 'Created Date'],
        ]),
      },
    ],
  },
  {
    slug: 'second-chance',
    name: 'Second Chance Staffing',
    tool: 'google_forms',
    role: 'placement',
    vocabulary: googleFormsPlacementVocabulary,
    forms: [
      {
        form: 'placement',
        file: fileName('second-chance', 'placement', 'csv'),
        columns: columns([
          ['first_name', 'Client first name'],
          ['last_name', 'Client last name'],
          ['birth_date', 'Client date of birth'],
          ['email', 'Client email (if known)'],
          ['employed', 'Did the client start a job?'],
          ['hourly_wage', 'Hourly pay ($)'],
          ['job_start_date', 'Job start date'],
        ]),
      },
      {
        form: 'retention_90',
        file: fileName('second-chance', 'retention_90', 'csv'),
        columns: columns([
          ['first_name', 'Client first name'],
          ['last_name', 'Client last name'],
          ['birth_date', 'Client date of birth'],
          ['check_date', 'Date of 90-day check'],
          ['still_employed', 'Is the client still working there?'],
        ]),
      },
    ],
  },
  {
    slug: 'faith-network',
    name: 'Faith Community Jobs Network',
    tool: 'aggregate_csv',
    role: 'aggregate',
    vocabulary: aggregateVocabulary,
    forms: [
      {
        form: 'aggregate_quarterly',
        file: fileName('faith-network', 'aggregate_quarterly', 'csv'),
        columns: columns([
          ['report_period', 'Quarter'],
          ['gender', 'Gender'],
          ['people_served', 'People served'],
          ['people_placed', 'People placed'],
        ]),
      },
    ],
  },
];

/** The partner with the given slug; throws `internal` when there is none (a programming error in the demo). */
export const demoPartner = (slug: string): PartnerSpec => {
  const partner = demoPartners.find((candidate) => candidate.slug === slug);
  if (partner === undefined)
    throw new Problem('internal', `The demo coalition has no partner ${slug}.`, { slug });
  return partner;
};
