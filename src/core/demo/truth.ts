/**
 * The true figures of a generated coalition, computed from what partners actually exported (so a
 * partner that stopped collecting really is missing) and from who each row truly belongs to.
 * A correct pipeline — linkage included — should reproduce every number here.
 */
import { dayNumber } from './calendar';
import type { Journey } from './pathway';
import type { DraftRecord } from './record-drafts';
import type { LaidOutRecords, StoppedCollection } from './records';
import type { AggregateRow, ChangeSummary, DemoDirt, DemoTruth, Rate } from './types';

export interface TruthInputs {
  readonly seed: number;
  readonly exportedOn: string;
  readonly journeys: readonly Journey[];
  readonly laidOut: LaidOutRecords;
  readonly stopped: StoppedCollection;
  readonly aggregate: { readonly partner: string; readonly rows: readonly AggregateRow[] };
}

const unknown = 'unknown';

const rate = (numerator: number, denominator: number): Rate => ({
  numerator,
  denominator,
  rate: denominator === 0 ? null : numerator / denominator,
});

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;

const median = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? null)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

const score = (draft: DraftRecord): number =>
  (Number(draft.facts.conf_job_search) +
    Number(draft.facts.conf_interview) +
    Number(draft.facts.conf_computer)) /
  3;

/** The first exported record of each person on a form, in file row order. */
const firstByPerson = (drafts: readonly DraftRecord[], form: string): Map<string, DraftRecord> => {
  const first = new Map<string, DraftRecord>();
  for (const draft of drafts)
    if (draft.spec.form === form && !first.has(draft.person.id)) first.set(draft.person.id, draft);
  return first;
};

const rateByGroup = (
  groupsOf: (personId: string) => readonly string[],
  denominator: Iterable<string>,
  inNumerator: (personId: string) => boolean,
): Record<string, Rate> => {
  const counts = new Map<string, { numerator: number; denominator: number }>();
  for (const personId of denominator) {
    for (const group of groupsOf(personId)) {
      const count = counts.get(group) ?? { numerator: 0, denominator: 0 };
      count.denominator += 1;
      if (inNumerator(personId)) count.numerator += 1;
      counts.set(group, count);
    }
  }
  return Object.fromEntries(
    [...counts]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([group, count]) => [group, rate(count.numerator, count.denominator)]),
  );
};

const changeSummary = (pairs: readonly { pre: number; post: number }[]): ChangeSummary => ({
  pairs: pairs.length,
  meanPre: mean(pairs.map((pair) => pair.pre)),
  meanPost: mean(pairs.map((pair) => pair.post)),
  meanChange: mean(pairs.map((pair) => pair.post - pair.pre)),
});

const isValidWage = (value: unknown): value is number =>
  typeof value === 'number' && value > 0 && value <= 200;

/** Computes the truth of a laid-out coalition. */
export const computeTruth = (inputs: TruthInputs): DemoTruth => {
  const { drafts, records } = inputs.laidOut;
  const intake = firstByPerson(drafts, 'intake');
  const pre = firstByPerson(drafts, 'training_pre');
  const post = firstByPerson(drafts, 'training_post');
  const placement = firstByPerson(drafts, 'placement');
  const retention = firstByPerson(drafts, 'retention_90');
  const people = new Map(drafts.map((draft) => [draft.person.id, draft.person]));
  const raceOf = (personId: string): readonly string[] =>
    intake.has(personId) ? (people.get(personId)?.race ?? [unknown]) : [unknown];
  const genderOf = (personId: string): readonly string[] =>
    intake.has(personId) ? [people.get(personId)?.gender ?? unknown] : [unknown];

  const perPartner = new Map<string, Set<string>>();
  for (const draft of drafts) {
    const set = perPartner.get(draft.partner.slug) ?? new Set<string>();
    set.add(draft.person.id);
    perPartner.set(draft.partner.slug, set);
  }

  const started = [...pre.keys()];
  const completed = started.filter(
    (personId) => post.get(personId)?.facts.completed_training === 'yes',
  );
  const isPlaced = (personId: string): boolean => placement.get(personId)?.facts.employed === 'yes';
  const placed = completed.filter(isPlaced);
  const isRetained = (personId: string): boolean =>
    retention.get(personId)?.facts.still_employed === 'yes';
  const wages = placed
    .map((personId) => placement.get(personId)?.values.hourly_wage)
    .filter(isValidWage);

  const pairs = started.flatMap((personId) => {
    const before = pre.get(personId);
    const after = post.get(personId);
    return before && after ? [{ personId, pre: score(before), post: score(after) }] : [];
  });
  const changeBy = (
    groupsOf: (personId: string) => readonly string[],
  ): Record<string, ChangeSummary> => {
    const groups = new Map<string, { pre: number; post: number }[]>();
    for (const pair of pairs) {
      for (const group of groupsOf(pair.personId)) {
        const list = groups.get(group) ?? [];
        list.push(pair);
        groups.set(group, list);
      }
    }
    return Object.fromEntries(
      [...groups]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([group, list]) => [group, changeSummary(list)]),
    );
  };

  return {
    seed: inputs.seed,
    exportedOn: inputs.exportedOn,
    raceCounting: 'alone_or_in_combination',
    unknownGroup: unknown,
    distinctPeople: people.size,
    peopleEnrolled: intake.size,
    perPartnerDistinctPeople: Object.fromEntries(
      [...perPartner].map(([slug, set]) => [slug, set.size]),
    ),
    trainingCompletion: rate(completed.length, started.length),
    placement: rate(placed.length, completed.length),
    placementByRace: rateByGroup(raceOf, completed, isPlaced),
    placementByGender: rateByGroup(genderOf, completed, isPlaced),
    hourlyWage: { people: wages.length, mean: mean(wages), median: median(wages) },
    retention90: rate(placed.filter(isRetained).length, placed.length),
    retention90ByRace: rateByGroup(raceOf, placed, isRetained),
    retention90ByGender: rateByGroup(genderOf, placed, isRetained),
    confidenceChange: changeSummary(pairs),
    confidenceChangeByRace: changeBy(raceOf),
    confidenceChangeByGender: changeBy(genderOf),
    openAnswerThemes: themeCounts(inputs.journeys, drafts),
    aggregateReported: {
      partner: inputs.aggregate.partner,
      peopleServed: inputs.aggregate.rows.reduce((sum, row) => sum + row.peopleServed, 0),
      peoplePlaced: inputs.aggregate.rows.reduce((sum, row) => sum + row.peoplePlaced, 0),
    },
    dirt: dirtOf(inputs),
    recordOwners: records.map((record) => ({
      file: record.file,
      row: record.row,
      personId: record.personId,
    })),
  };
};

/** Theme counts over the open answers exported, double submissions counted once. */
const themeCounts = (journeys: readonly Journey[], drafts: readonly DraftRecord[]) => {
  const journeyOf = new Map(journeys.map((journey) => [journey.person.id, journey]));
  const counts: Record<string, Record<string, number>> = { hopes: {}, barriers: {}, helps: {} };
  const add = (field: string, themes: readonly string[]) => {
    const forField = counts[field] ?? {};
    for (const theme of themes) forField[theme] = (forField[theme] ?? 0) + 1;
    counts[field] = forField;
  };
  for (const draft of drafts) {
    const training = journeyOf.get(draft.person.id)?.training;
    if (draft.duplicateOf !== null || !training) continue;
    if (draft.spec.form === 'training_pre') add('hopes', training.hopes.themes);
    if (draft.spec.form === 'training_post' && training.post) {
      add('barriers', training.post.barriers.themes);
      add('helps', training.post.helps.themes);
    }
  }
  return counts;
};

/** People with two intake records (double submissions aside): registered again at another partner under a new ID. */
const duplicateRegistrations = (
  drafts: readonly DraftRecord[],
  rowOf: ReadonlyMap<DraftRecord, number>,
): DemoDirt['duplicateRegistrations'][number][] => {
  const intakes = new Map<string, DraftRecord[]>();
  for (const draft of drafts) {
    if (draft.spec.form !== 'intake' || draft.duplicateOf !== null) continue;
    const list = intakes.get(draft.person.id) ?? [];
    list.push(draft);
    intakes.set(draft.person.id, list);
  }
  return [...intakes].flatMap(([personId, list]) => {
    const [first, second] = [...list].sort((a, b) => a.collectedOn.localeCompare(b.collectedOn));
    if (!first || !second) return [];
    return [
      {
        personId,
        first: { file: first.spec.file, row: rowOf.get(first) ?? 0 },
        second: { file: second.spec.file, row: rowOf.get(second) ?? 0 },
        secondCoalitionId: second.coalitionId ?? '',
      },
    ];
  });
};

const dirtOf = (inputs: TruthInputs): DemoDirt => {
  const { drafts, records, invalidValues } = inputs.laidOut;
  const rowOf = new Map(drafts.map((draft, index) => [draft, records[index]?.row ?? 0]));
  const missing: Record<string, number> = {};
  for (const record of records)
    if (record.coalitionId === null) missing[record.file] = (missing[record.file] ?? 0) + 1;
  const year = inputs.stopped.from.slice(0, 4);
  const month = Number(inputs.stopped.from.slice(5, 7));
  return {
    stoppedPartner: {
      partner: inputs.stopped.partner,
      form: inputs.stopped.form,
      lastMonthWithData: `${year}-${String(month - 1).padStart(2, '0')}`,
      stoppedFrom: inputs.stopped.from.slice(0, 7),
    },
    duplicateSubmissions: records.flatMap((record) =>
      record.duplicateOf === null
        ? []
        : [{ file: record.file, row: record.row, duplicateOf: record.duplicateOf }],
    ),
    duplicateRegistrations: duplicateRegistrations(drafts, rowOf),
    missingCoalitionIds: missing,
    nameTypos: drafts.flatMap((draft) =>
      draft.typos.map((typo) => ({ file: draft.spec.file, row: rowOf.get(draft) ?? 0, ...typo })),
    ),
    lateSubmissions: drafts.flatMap((draft) => {
      const daysLate = dayNumber(draft.submittedAt) - dayNumber(draft.collectedOn);
      return daysLate > 30
        ? [
            {
              file: draft.spec.file,
              row: rowOf.get(draft) ?? 0,
              collectedOn: draft.collectedOn,
              submittedOn: draft.submittedAt.slice(0, 10),
              daysLate,
            },
          ]
        : [];
    }),
    invalidValues,
  };
};
