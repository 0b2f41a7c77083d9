import { describe, expect, it } from 'vitest';
import { shapeSignature } from './shape-signature';
import { suggestColumnMappings } from './suggest-columns';
import { suggestValueMappings } from './suggest-values';
import type { CoalitionField } from './types';

const race = [
  { code: 'black', label: 'Black or African American' },
  { code: 'white', label: 'White' },
  { code: 'hispanic_latino', label: 'Hispanic or Latino' },
  { code: 'asian', label: 'Asian' },
];
const gender = [
  { code: 'woman', label: 'Woman' },
  { code: 'man', label: 'Man' },
  { code: 'non_binary', label: 'Non-binary' },
];
const fields: CoalitionField[] = [
  { key: 'date_of_birth', label: 'Date of birth', type: 'date' },
  { key: 'gender', label: 'Gender', type: 'select_one', choices: gender },
  { key: 'race_ethnicity', label: 'Race / ethnicity', type: 'select_one', choices: race },
  { key: 'zip_code', label: 'ZIP code', type: 'text' },
];

describe('value → choice suggestions', () => {
  it('maps by code, label, synonym and spelling, and says why', () => {
    expect(
      suggestValueMappings(
        [
          'black',
          'Hispanic or Latino',
          'African American',
          'Whyte',
          'Martian',
          'NOT Hispanic or Latino',
        ],
        race,
      ),
    ).toEqual([
      {
        value: 'black',
        choiceCode: 'black',
        confidence: 1,
        reason: '"black" is the code of "Black or African American"',
      },
      {
        value: 'Hispanic or Latino',
        choiceCode: 'hispanic_latino',
        confidence: 0.95,
        reason: '"Hispanic or Latino" is the label of "Hispanic or Latino"',
      },
      {
        value: 'African American',
        choiceCode: 'black',
        confidence: 0.9,
        reason: '"African American" is a usual way of writing "Black or African American"',
      },
      // Dice of " white " and " whyte ": bigrams " w","wh","hi","it","te","e " vs " w","wh","hy","yt","te","e " share 4 of 12 → 8/12 = 0.67.
      { value: 'Whyte', choiceCode: null, confidence: 0, reason: '"Whyte" matches no choice' },
      { value: 'Martian', choiceCode: null, confidence: 0, reason: '"Martian" matches no choice' },
      {
        value: 'NOT Hispanic or Latino',
        choiceCode: null,
        confidence: 0,
        reason: '"NOT Hispanic or Latino" is a known category that no choice stands for',
      },
    ]);
  });

  it('maps F, Female and Woman to woman', () => {
    expect(
      suggestValueMappings(['F', 'Female', 'Woman', 'M'], gender).map(
        (suggestion) => suggestion.choiceCode,
      ),
    ).toEqual(['woman', 'woman', 'woman', 'man']);
  });

  it('accepts a close misspelling: "Non binary" vs "Non-binary" normalise alike (label match)', () => {
    expect(
      suggestValueMappings(['Non binary', 'Asain'], [...gender, ...race]).map((suggestion) => [
        suggestion.choiceCode,
        suggestion.confidence,
      ]),
    ).toEqual([
      ['non_binary', 0.95],
      // " asain " vs " asian ": shared " a","as","n " of 6 + 6 bigrams → 6/12 = 0.5, below 0.75.
      [null, 0],
    ]);
  });
});

describe('column → field suggestions', () => {
  it('uses names, labels and values, one column per field', () => {
    const suggestions = suggestColumnMappings(
      [
        { name: 'dob', label: 'Date of birth', samples: ['1990-03-15'] },
        { name: 'Q4', label: 'What is your gender?', samples: ['Female', 'Male'] },
        {
          name: 'Q5',
          label: 'Which best describes you?',
          samples: ['African American', 'White', 'Hispanic or Latino'],
        },
        { name: 'gender', label: 'gender', samples: ['F'] },
        { name: 'Favourite colour', label: 'Favourite colour', samples: ['blue'] },
      ],
      fields,
    );
    expect(suggestions).toEqual([
      {
        column: 'dob',
        fieldKey: 'date_of_birth',
        confidence: 0.95,
        reason: 'column label is the field label "Date of birth"',
      },
      { column: 'Q4', fieldKey: null, confidence: 0, reason: 'no field fits this column' },
      {
        column: 'Q5',
        fieldKey: 'race_ethnicity',
        confidence: 0.9,
        reason: '3 of 3 sample values are choices of "Race / ethnicity"',
      },
      {
        column: 'gender',
        fieldKey: 'gender',
        confidence: 1,
        reason: 'column name "gender" is the field key',
      },
      {
        column: 'Favourite colour',
        fieldKey: null,
        confidence: 0,
        reason: 'no field fits this column',
      },
    ]);
  });
});

describe('shapeSignature', () => {
  it('ignores column order, case and punctuation but not a renamed column', () => {
    const signature = shapeSignature([{ name: 'Respondent ID' }, { name: 'Gender' }]);
    expect(signature).toMatch(/^shape-v1:[0-9a-f]{16}$/);
    expect(shapeSignature([{ name: 'gender' }, { name: 'respondent_id' }])).toBe(signature);
    expect(shapeSignature([{ name: 'Respondent ID' }, { name: 'Sex' }])).not.toBe(signature);
  });
});
