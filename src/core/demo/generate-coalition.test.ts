import { describe, expect, it } from 'vitest';
import { dayNumber } from './calendar';
import { generateCoalition } from './generate-coalition';
import type { DemoCoalition, PartnerRecord, RecordValue } from './types';

// A small coalition keeps this file fast; every figure is checked against the generated rows.
const coalition: DemoCoalition = generateCoalition({ seed: 2024, people: 600 });
const { truth, records } = coalition;

/** Partner token → standard code, built straight from each partner's vocabulary. */
const decoder = new Map<string, Map<string, string>>();
for (const partner of coalition.partners) {
  for (const [key, tokens] of Object.entries(partner.vocabulary)) {
    for (const [code, written] of Object.entries(tokens)) {
      for (const token of written) {
        const map = decoder.get(`${partner.slug}/${key}`) ?? new Map<string, string>();
        map.set(token, code);
        decoder.set(`${partner.slug}/${key}`, map);
      }
    }
  }
}
const decode = (record: PartnerRecord, field: string, valueSet: string): string | undefined => {
  const value: RecordValue | undefined = record.values[field];
  if (typeof value !== 'string') return undefined;
  return (
    decoder.get(`${record.partner}/${field}`) ?? decoder.get(`${record.partner}/${valueSet}`)
  )?.get(value);
};
const recordsOf = (form: string) => records.filter((record) => record.form === form);
const peopleWhere = (form: string, test: (record: PartnerRecord) => boolean = () => true) =>
  new Set(
    recordsOf(form)
      .filter(test)
      .map((record) => record.personId),
  );
const score = (record: PartnerRecord) =>
  ['conf_job_search', 'conf_interview', 'conf_computer']
    .map((field) => Number(decode(record, field, 'confidence_5')))
    .reduce((sum, value) => sum + value, 0) / 3;

describe('the demo coalition generator', () => {
  it('gives the same coalition for the same seed, and another for another seed', () => {
    const again = generateCoalition({ seed: 2024, people: 600 });
    expect(again.records).toEqual(records);
    expect(again.truth).toEqual(truth);
    expect(generateCoalition({ seed: 2025, people: 600 }).records).not.toEqual(records);
  });

  it('gives every person a distinct name and birth date, and a distinct shared ID', () => {
    const identities = new Set(
      coalition.people.map(
        (person) => `${person.firstName}|${person.lastName}|${person.birthDate}`,
      ),
    );
    expect(identities.size).toBe(600);
    expect(new Set(coalition.people.map((person) => person.coalitionId)).size).toBe(600);
  });

  it('scales the people for benchmarks', () => {
    expect(generateCoalition({ seed: 1, people: 50, scale: 3, cycles: 1 }).people).toHaveLength(
      150,
    );
  });

  it('has nine partners on seven tools plus an aggregate-only partner', () => {
    expect(coalition.partners.map((partner) => partner.tool)).toEqual([
      'google_forms',
      'kobo',
      'redcap',
      'excel',
      'qualtrics',
      'surveymonkey',
      'salesforce',
      'google_forms',
      'aggregate_csv',
    ]);
  });

  it('reports the people, per partner and in total, that the rows hold', () => {
    expect(truth.distinctPeople).toBe(new Set(records.map((record) => record.personId)).size);
    expect(truth.peopleEnrolled).toBe(peopleWhere('intake').size);
    for (const partner of coalition.partners.filter(
      (candidate) => candidate.role !== 'aggregate',
    )) {
      const people = new Set(
        records
          .filter((record) => record.partner === partner.slug)
          .map((record) => record.personId),
      );
      expect(truth.perPartnerDistinctPeople[partner.slug]).toBe(people.size);
    }
    expect(truth.recordOwners).toEqual(
      records.map(({ file, row, personId }) => ({ file, row, personId })),
    );
  });

  it('reports completion, placement and retention rates that a plain count of the rows reproduces', () => {
    const started = peopleWhere('training_pre');
    const completed = peopleWhere(
      'training_post',
      (record) => decode(record, 'completed_training', 'yes_no') === 'yes',
    );
    const placed = peopleWhere(
      'placement',
      (record) => decode(record, 'employed', 'yes_no') === 'yes',
    );
    const retained = peopleWhere(
      'retention_90',
      (record) => decode(record, 'still_employed', 'yes_no') === 'yes',
    );
    const completedAndPlaced = [...completed].filter((id) => placed.has(id));
    expect(truth.trainingCompletion).toEqual({
      numerator: completed.size,
      denominator: started.size,
      rate: completed.size / started.size,
    });
    expect(truth.placement.numerator).toBe(completedAndPlaced.length);
    expect(truth.placement.denominator).toBe(completed.size);
    expect(truth.retention90.numerator).toBe(
      completedAndPlaced.filter((id) => retained.has(id)).length,
    );
    expect(truth.retention90.denominator).toBe(completedAndPlaced.length);

    const genderOf = new Map(
      recordsOf('intake').map((record) => [record.personId, decode(record, 'gender', 'gender')]),
    );
    const women = [...completed].filter((id) => genderOf.get(id) === 'woman');
    expect(truth.placementByGender.woman).toEqual({
      numerator: women.filter((id) => placed.has(id)).length,
      denominator: women.length,
      rate: women.filter((id) => placed.has(id)).length / women.length,
    });
  });

  it('reports the mean pre→post confidence change of the people with both surveys', () => {
    const pre = new Map(
      recordsOf('training_pre').map((record) => [record.personId, score(record)]),
    );
    const post = new Map(
      recordsOf('training_post').map((record) => [record.personId, score(record)]),
    );
    const changes = [...post].flatMap(([id, after]) => {
      const before = pre.get(id);
      return before === undefined ? [] : [after - before];
    });
    expect(truth.confidenceChange.pairs).toBe(changes.length);
    expect(truth.confidenceChange.meanChange).toBeCloseTo(
      changes.reduce((a, b) => a + b, 0) / changes.length,
      10,
    );
    // The generator draws a gain of about 0.9 for completers and 0.25 for the others: a real gain.
    expect(truth.confidenceChange.meanChange).toBeGreaterThan(0.5);
  });

  it('reports the median wage over valid wages only, one per placed person', () => {
    const wages = records
      .filter((record) => record.form === 'placement' && record.duplicateOf === null)
      .map((record) => record.values.hourly_wage)
      .filter((wage): wage is number => typeof wage === 'number' && wage > 0)
      .sort((a, b) => a - b);
    expect(truth.hourlyWage.people).toBe(wages.length);
    const middle = wages.length / 2;
    const median =
      wages.length % 2
        ? wages[Math.floor(middle)]
        : ((wages[middle - 1] ?? 0) + (wages[middle] ?? 0)) / 2;
    expect(truth.hourlyWage.median).toBe(median);
  });

  it('lists every double submission, each a copy of an earlier row of its file', () => {
    const duplicates = records.filter((record) => record.duplicateOf !== null);
    expect(truth.dirt.duplicateSubmissions).toHaveLength(duplicates.length);
    expect(duplicates.length).toBeGreaterThan(0);
    for (const duplicate of duplicates) {
      const original = records.find(
        (record) => record.file === duplicate.file && record.row === duplicate.duplicateOf,
      );
      expect(original?.values).toEqual(duplicate.values);
      expect(original?.personId).toBe(duplicate.personId);
      expect(original && original.row < duplicate.row).toBe(true);
    }
  });

  it('stops the Kobo partner collecting in July of the last cycle', () => {
    expect(truth.dirt.stoppedPartner).toEqual({
      partner: 'riverside-outreach',
      form: 'intake',
      lastMonthWithData: '2025-06',
      stoppedFrom: '2025-07',
    });
    const months = new Set(
      records
        .filter((record) => record.partner === 'riverside-outreach')
        .map((record) => record.collectedOn.slice(0, 7)),
    );
    expect([...months].some((month) => month >= '2025-07')).toBe(false);
    expect(months.has('2025-06')).toBe(true);
    // The other intake partners keep collecting after June 2025.
    expect(
      records.some(
        (record) => record.partner === 'eastside-community' && record.collectedOn >= '2025-07-01',
      ),
    ).toBe(true);
  });

  it('plants exactly the eight invalid values it lists', () => {
    expect(truth.dirt.invalidValues.map(({ file, field, value }) => [file, field, value])).toEqual(
      expect.arrayContaining([
        ['harbor-health-intake.csv', 'age', 230],
        ['second-chance-placement.csv', 'hourly_wage', -5],
        ['careerlink-placement.csv', 'job_start_date', '1900-01-01'],
      ]),
    );
    expect(truth.dirt.invalidValues).toHaveLength(2 + 2 + 2 + 1 + 1);
    for (const invalid of truth.dirt.invalidValues) {
      const record = records.find(
        (candidate) => candidate.file === invalid.file && candidate.row === invalid.row,
      );
      expect(record?.values[invalid.field]).toBe(invalid.value);
    }
    expect(records.filter((record) => record.values.age === 230)).toHaveLength(2);
    expect(records.filter((record) => record.values.hourly_wage === -5)).toHaveLength(2);
  });

  it('lists the mistyped names as they are written, and leaves first contacts unmistyped', () => {
    expect(truth.dirt.nameTypos.length).toBeGreaterThan(0);
    const people = new Map(coalition.people.map((person) => [person.id, person]));
    for (const typo of truth.dirt.nameTypos) {
      const record = records.find(
        (candidate) => candidate.file === typo.file && candidate.row === typo.row,
      );
      const person = people.get(record?.personId ?? '');
      expect(record?.values[typo.field]).toBe(typo.written);
      expect(typo.written).not.toBe(typo.trueValue);
      expect(typo.trueValue).toBe(
        typo.field === 'first_name' ? person?.firstName : person?.lastName,
      );
    }
  });

  it('keeps one spelling of a name per Salesforce contact across its reports', () => {
    const spelling = new Map<string, string>();
    for (const record of records.filter((candidate) => candidate.partner === 'careerlink')) {
      const name = `${String(record.values.first_name)} ${String(record.values.last_name)}`;
      expect(spelling.get(record.localId ?? '') ?? name).toBe(name);
      spelling.set(record.localId ?? '', name);
    }
  });

  it('counts the rows without the shared ID, and Second Chance never has it', () => {
    const missing: Record<string, number> = {};
    for (const record of records)
      if (record.coalitionId === null) missing[record.file] = (missing[record.file] ?? 0) + 1;
    expect(truth.dirt.missingCoalitionIds).toEqual(missing);
    expect(missing['second-chance-placement.csv']).toBe(
      records.filter((record) => record.file === 'second-chance-placement.csv').length,
    );
    expect(missing['eastside-community-intake.csv']).toBeUndefined();
  });

  it('registers a few people twice under a second shared ID', () => {
    expect(truth.dirt.duplicateRegistrations.length).toBeGreaterThan(0);
    const people = new Map(coalition.people.map((person) => [person.id, person]));
    for (const registration of truth.dirt.duplicateRegistrations) {
      expect(registration.secondCoalitionId).not.toBe(
        people.get(registration.personId)?.coalitionId,
      );
      expect(registration.first.file).not.toBe(registration.second.file);
    }
  });

  it('lists as late exactly the rows entered more than 30 days after the fact', () => {
    const late = records.filter(
      (record) => dayNumber(record.submittedAt) - dayNumber(record.collectedOn) > 30,
    );
    expect(truth.dirt.lateSubmissions.map(({ file, row }) => `${file}#${row}`)).toEqual(
      late.map(({ file, row }) => `${file}#${row}`),
    );
    expect(new Set(late.map((record) => record.partner))).toEqual(
      new Set(['metro-adult-ed', 'careerlink']),
    );
  });
});
