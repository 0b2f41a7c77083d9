import { describe, expect, it } from 'vitest';
import { workforceTemplate } from './workforce';

const fieldKeys = new Set(workforceTemplate.fields.map((field) => field.key));
const formKeys = new Set(workforceTemplate.forms.map((form) => form.key));
const valueSetKeys = new Set(workforceTemplate.valueSets.map((valueSet) => valueSet.key));

describe('the workforce template', () => {
  it('names every field, form, value set and indicator once', () => {
    for (const keys of [
      workforceTemplate.fields.map((field) => field.key),
      workforceTemplate.forms.map((form) => form.key),
      workforceTemplate.valueSets.map((valueSet) => valueSet.key),
      workforceTemplate.indicators.map((indicator) => indicator.key),
    ]) {
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('builds its forms only from fields it defines, and its choice fields only from its value sets', () => {
    for (const form of workforceTemplate.forms)
      for (const key of form.fields) expect(fieldKeys).toContain(key);
    for (const field of workforceTemplate.fields) {
      const needsValueSet = ['single_choice', 'multiple_choice', 'yes_no', 'likert'].includes(
        field.type,
      );
      expect(field.valueSet !== undefined).toBe(needsValueSet);
      if (field.valueSet !== undefined) expect(valueSetKeys).toContain(field.valueSet);
    }
  });

  it('points every indicator at forms it has', () => {
    for (const { calculation } of workforceTemplate.indicators) {
      for (const form of [
        calculation.people?.form,
        calculation.denominator?.form,
        calculation.value?.form,
        calculation.value?.changeFrom,
      ])
        if (form !== undefined) expect(formKeys).toContain(form);
    }
  });

  it('walks a person through intake, pre and post surveys, placement and 90-day retention', () => {
    const stages = workforceTemplate.forms.map((form) => [form.key, form.stage, form.wave]);
    expect(stages).toEqual([
      ['intake', 'intake', null],
      ['training_pre', 'baseline', 'pre'],
      ['training_post', 'follow_up', 'post'],
      ['placement', 'follow_up', 'placement'],
      ['retention_90', 'follow_up', 'retention_90'],
      ['aggregate_quarterly', 'aggregate_report', null],
    ]);
    const labels = new Map(workforceTemplate.fields.map((field) => [field.key, field.label]));
    expect(labels.get('hopes')).toBe('What do you hope to get from the program?');
    expect(labels.get('barriers')).toBe('What got in the way of finishing the program?');
    expect(labels.get('helps')).toBe('What helped you most?');
  });

  it('asks the same 1–5 confidence items before and after training, and measures their change', () => {
    const [pre, post] = ['training_pre', 'training_post'].map((key) =>
      workforceTemplate.forms.find((form) => form.key === key),
    );
    const likertOf = (fields: readonly string[] = []) =>
      fields.filter(
        (key) => workforceTemplate.fields.find((field) => field.key === key)?.type === 'likert',
      );
    expect(likertOf(pre?.fields)).toEqual(['conf_job_search', 'conf_interview', 'conf_computer']);
    expect(likertOf(post?.fields)).toEqual(likertOf(pre?.fields));
    const change = workforceTemplate.indicators.find(
      (indicator) => indicator.key === 'confidence_change',
    );
    expect(change?.calculation).toEqual({
      kind: 'mean',
      value: {
        form: 'training_post',
        expression: '(${conf_job_search} + ${conf_interview} + ${conf_computer}) div 3',
        changeFrom: 'training_pre',
      },
    });
  });

  it('uses the standard race/ethnicity and gender codes', () => {
    const codes = (key: string) =>
      workforceTemplate.valueSets
        .find((set) => set.key === key)
        ?.choices.map((choice) => choice.code);
    expect(codes('race_ethnicity')).toEqual([
      'american_indian_alaska_native',
      'asian',
      'black',
      'hispanic_latino',
      'middle_eastern_north_african',
      'native_hawaiian_pacific_islander',
      'white',
      'other',
      'prefer_not_to_say',
    ]);
    expect(codes('gender')).toEqual([
      'woman',
      'man',
      'nonbinary',
      'self_describe',
      'prefer_not_to_say',
    ]);
  });
});
