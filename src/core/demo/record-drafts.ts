/**
 * Turns journeys into the rows partners really recorded: values in each partner's own tokens,
 * tool timestamps, missing shared IDs, mistyped names, double submissions and late entries.
 * Rows are still unordered drafts here; `records.ts` sorts them into files and numbers them.
 */
import { addDays, addSeconds, ageOn, dayNumber, isoDateTime } from './calendar';
import { mistypeName } from './name-typos';
import type { Journey } from './pathway';
import type { Random } from './random';
import type { Code, PartnerFormSpec, PartnerSpec, Person, RecordValue } from './types';
import { workforceTemplate } from '../templates/workforce';

export interface DraftRecord {
  readonly partner: PartnerSpec;
  readonly spec: PartnerFormSpec;
  readonly person: Person;
  coalitionId: string | null;
  readonly collectedOn: string;
  /** The event's true values in standard codes, for the truth. */
  readonly facts: EventFacts['facts'];
  startedAt: string;
  submittedAt: string;
  values: Record<string, RecordValue>;
  /** The draft this one is a double submission of. */
  duplicateOf: DraftRecord | null;
  readonly typos: { field: string; trueValue: string; written: string }[];
}

/** Chance that a partner's record lacks the shared ID, by partner slug and form. */
const missingIdChance: Readonly<Record<string, number>> = {
  'metro-adult-ed/intake': 0.04,
  'skills-forward/training_pre': 0.12,
  'skills-forward/training_post': 0.12,
  'techbridge/training_pre': 0.2,
  'techbridge/training_post': 0.2,
  'careerlink/placement': 0.35,
  'careerlink/retention_90': 0.35,
};

/** Chance that a record is submitted twice, by partner slug and form. */
export const duplicateChance: Readonly<Record<string, number>> = {
  'eastside-community/intake': 0.03,
  'harbor-health/intake': 0.01,
  'techbridge/training_post': 0.02,
  'second-chance/placement': 0.02,
};

const typoChance = 0.05;
/** Share of handwritten tokens that use one of a partner's variant spellings. */
const variantChance: Readonly<Record<string, number>> = { 'metro-adult-ed': 0.25 };

const fieldValueSet = new Map(workforceTemplate.fields.map((field) => [field.key, field.valueSet]));
const choiceOrder = new Map(
  workforceTemplate.valueSets.flatMap((valueSet) =>
    valueSet.choices.map((choice, index) => [`${valueSet.key}/${choice.code}`, index] as const),
  ),
);

export interface EventFacts {
  readonly collectedOn: string;
  /** Standard codes, numbers, dates and texts by field key. */
  readonly facts: Readonly<Record<string, string | number | readonly string[] | null>>;
  readonly coalitionId: string;
  /** First-contact records are written by the person themselves or from their ID card: no typos. */
  readonly firstContact: boolean;
}

const tokenFor = (random: Random, partner: PartnerSpec, field: string, code: Code): string => {
  const tokens =
    partner.vocabulary[field]?.[code] ?? partner.vocabulary[fieldValueSet.get(field) ?? '']?.[code];
  if (tokens === undefined || tokens.length === 0) return code;
  const variant = random.chance(variantChance[partner.slug] ?? 0);
  return (variant ? random.pick(tokens) : tokens[0]) ?? code;
};

const personFacts = (
  person: Person,
  on: string,
): Record<string, string | number | readonly string[] | null> => ({
  first_name: person.firstName,
  last_name: person.lastName,
  birth_date: person.birthDate,
  age: ageOn(person.birthDate, on),
  email: person.email,
  phone: person.phone,
  race_ethnicity: person.race,
  gender: person.gender,
  household_income: person.householdIncome,
  county: person.county,
});

const entryDelay = (random: Random, partner: string, form: string): number => {
  if (partner === 'metro-adult-ed')
    return random.chance(0.25) ? random.int(31, 120) : random.int(1, 14);
  if (partner === 'careerlink') return random.chance(0.1) ? random.int(35, 150) : random.int(0, 10);
  if (form === 'placement' || form === 'retention_90') return random.int(0, 7);
  return 0;
};

/** Builds the draft (and perhaps its double submission) for one event recorded by one partner. */
export const draftRecords = (
  random: Random,
  partner: PartnerSpec,
  spec: PartnerFormSpec,
  person: Person,
  event: EventFacts,
  exportedOn: string,
): DraftRecord[] => {
  const facts = { ...personFacts(person, event.collectedOn), ...event.facts };
  const typos: DraftRecord['typos'] = [];
  const values: Record<string, RecordValue> = {};
  for (const column of spec.columns) {
    const fact = facts[column.field];
    if (
      column.field.startsWith('@') ||
      column.field === 'coalition_id' ||
      fact === undefined ||
      fact === null
    )
      continue;
    const valueSet = fieldValueSet.get(column.field);
    if (typeof fact === 'object') {
      const position = (code: string) => choiceOrder.get(`${valueSet ?? ''}/${code}`) ?? 0;
      values[column.field] = [...fact]
        .sort((a, b) => position(a) - position(b))
        .map((code) => tokenFor(random, partner, column.field, code));
    } else if (valueSet !== undefined && typeof fact === 'string') {
      values[column.field] = tokenFor(random, partner, column.field, fact);
    } else if (
      (column.field === 'first_name' || column.field === 'last_name') &&
      typeof fact === 'string' &&
      !event.firstContact &&
      random.chance(typoChance)
    ) {
      const written = mistypeName(random, fact, column.field === 'first_name');
      typos.push({ field: column.field, trueValue: fact, written });
      values[column.field] = written;
    } else {
      values[column.field] = fact;
    }
  }
  const hasIdColumn = spec.columns.some((column) => column.field === 'coalition_id');
  const missing = random.chance(missingIdChance[`${partner.slug}/${spec.form}`] ?? 0);
  const delay = entryDelay(random, partner.slug, spec.form);
  const enteredOn =
    dayNumber(addDays(event.collectedOn, delay)) > dayNumber(exportedOn)
      ? exportedOn
      : addDays(event.collectedOn, delay);
  const submittedAt = isoDateTime(enteredOn, random.int(8 * 3600, 19 * 3600 + 3599));
  const draft: DraftRecord = {
    partner,
    spec,
    person,
    coalitionId: hasIdColumn && !missing ? event.coalitionId : null,
    collectedOn: event.collectedOn,
    facts: event.facts,
    startedAt: addSeconds(submittedAt, -random.int(180, 1500)),
    submittedAt,
    values,
    duplicateOf: null,
    typos,
  };
  if (!random.chance(duplicateChance[`${partner.slug}/${spec.form}`] ?? 0)) return [draft];
  const secondsLater =
    partner.tool === 'redcap' ? random.int(86_400, 3 * 86_400) : random.int(5, 90);
  const copy: DraftRecord = {
    ...draft,
    startedAt: addSeconds(draft.startedAt, secondsLater),
    submittedAt: addSeconds(draft.submittedAt, secondsLater),
    values: { ...values },
    duplicateOf: draft,
    typos: [...typos],
  };
  return [draft, copy];
};

/** The events of one journey, each with the partner and form that records it. */
export const journeyEvents = (
  journey: Journey,
): { partner: string; form: string; event: EventFacts }[] => {
  const { person, intake, secondIntake, training, placement, retention } = journey;
  const events: { partner: string; form: string; event: EventFacts }[] = [
    {
      partner: intake.partner,
      form: 'intake',
      event: {
        collectedOn: intake.date,
        facts: { intake_date: intake.date },
        coalitionId: person.coalitionId,
        firstContact: true,
      },
    },
  ];
  if (secondIntake) {
    events.push({
      partner: secondIntake.partner,
      form: 'intake',
      event: {
        collectedOn: secondIntake.date,
        facts: { intake_date: secondIntake.date },
        coalitionId: secondIntake.coalitionId,
        firstContact: false,
      },
    });
  }
  if (training) {
    const [jobSearch, interview, computer] = training.pre;
    events.push({
      partner: training.partner,
      form: 'training_pre',
      event: {
        collectedOn: training.startDate,
        facts: {
          conf_job_search: String(jobSearch),
          conf_interview: String(interview),
          conf_computer: String(computer),
          hopes: training.hopes.text,
        },
        coalitionId: person.coalitionId,
        firstContact: false,
      },
    });
    if (training.post) {
      const [postJobSearch, postInterview, postComputer] = training.post.items;
      events.push({
        partner: training.partner,
        form: 'training_post',
        event: {
          collectedOn: training.endDate,
          facts: {
            completed_training: training.completed ? 'yes' : 'no',
            conf_job_search: String(postJobSearch),
            conf_interview: String(postInterview),
            conf_computer: String(postComputer),
            barriers: training.post.barriers.text,
            helps: training.post.helps.text,
          },
          coalitionId: person.coalitionId,
          firstContact: false,
        },
      });
    }
  }
  if (placement) {
    events.push({
      partner: placement.partner,
      form: 'placement',
      event: {
        collectedOn: placement.date,
        facts: {
          employed: placement.employed ? 'yes' : 'no',
          hourly_wage: placement.hourlyWage,
          job_start_date: placement.employed ? placement.date : null,
        },
        coalitionId: person.coalitionId,
        firstContact: false,
      },
    });
  }
  if (retention) {
    events.push({
      partner: retention.partner,
      form: 'retention_90',
      event: {
        collectedOn: retention.checkDate,
        facts: {
          check_date: retention.checkDate,
          still_employed: retention.stillEmployed ? 'yes' : 'no',
        },
        coalitionId: person.coalitionId,
        firstContact: false,
      },
    });
  }
  return events;
};
