/**
 * Each person's true journey through the coalition: intake at one partner, a training with pre
 * and post surveys at another, placement, then the 90-day retention check. Chances differ by
 * group (barriers, completion, placement, retention and wage), so equity gaps are real and known.
 */
import { addDays } from './calendar';
import {
  barrierAnswer,
  helpAnswer,
  hopeAnswer,
  helpThemes,
  hopeThemes,
  type BarrierTheme,
  type OpenAnswer,
} from './open-answers';
import type { Random } from './random';
import type { Code, Person } from './types';

export type Likert3 = readonly [number, number, number];

export interface Journey {
  readonly person: Person;
  readonly intake: { readonly partner: string; readonly date: string };
  /** A second registration at another intake partner under a new shared ID. */
  readonly secondIntake: {
    readonly partner: string;
    readonly date: string;
    readonly coalitionId: string;
  } | null;
  readonly training: Training | null;
  readonly placement: Placement | null;
  readonly retention: {
    readonly partner: string;
    readonly checkDate: string;
    readonly stillEmployed: boolean;
  } | null;
}

export interface Training {
  readonly partner: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly pre: Likert3;
  readonly hopes: OpenAnswer;
  readonly completed: boolean;
  /** Null when the person did not answer the exit survey. */
  readonly post: {
    readonly items: Likert3;
    readonly barriers: OpenAnswer;
    readonly helps: OpenAnswer;
  } | null;
}

export interface Placement {
  readonly partner: string;
  /** Job start for people placed; the day the case was closed for the others. */
  readonly date: string;
  readonly employed: boolean;
  readonly hourlyWage: number | null;
}

export const intakePartners: readonly (readonly [string, number])[] = [
  ['eastside-community', 30],
  ['riverside-outreach', 22],
  ['harbor-health', 20],
  ['metro-adult-ed', 28],
];
const trainingPartners: readonly (readonly [string, number])[] = [
  ['skills-forward', 50],
  ['techbridge', 50],
];
const placementPartners: readonly (readonly [string, number])[] = [
  ['careerlink', 55],
  ['second-chance', 45],
];

const raceAdjustment: Readonly<Record<Code, number>> = {
  american_indian_alaska_native: -0.12,
  asian: 0,
  black: -0.1,
  hispanic_latino: -0.05,
  middle_eastern_north_african: -0.05,
  native_hawaiian_pacific_islander: -0.06,
  white: 0.02,
  other: -0.03,
  prefer_not_to_say: 0,
};
const genderAdjustment: Readonly<Record<Code, number>> = {
  woman: -0.03,
  man: 0,
  nonbinary: -0.08,
  self_describe: -0.06,
  prefer_not_to_say: 0,
};
const countyWage: Readonly<Record<Code, number>> = {
  adams: 1.2,
  jefferson: 0.6,
  lincoln: -1.5,
  madison: 0,
  washington: -1,
};
const ruralCounties = new Set(['lincoln', 'washington']);

const clamp = (value: number, min: number, max: number): number =>
  Math.min(max, Math.max(min, value));
const worstRaceAdjustment = (person: Person): number =>
  Math.min(...person.race.map((code) => raceAdjustment[code] ?? 0));

const drawBarriers = (random: Random, person: Person): BarrierTheme[] => {
  const lowIncome = person.householdIncome === 'under_15k';
  const rural = ruralCounties.has(person.county);
  const chances: readonly (readonly [BarrierTheme, number])[] = [
    ['transportation', rural ? 0.35 : 0.2],
    ['childcare', person.gender === 'woman' ? 0.24 : 0.08],
    ['schedule', 0.2],
    ['money', lowIncome ? 0.3 : 0.15],
    ['health', 0.08],
    ['housing', lowIncome ? 0.12 : 0.04],
    ['internet', rural ? 0.18 : 0.08],
  ];
  return chances
    .filter(([, chance]) => random.chance(chance))
    .map(([theme]) => theme)
    .slice(0, 2);
};

const likert = (value: number): number => clamp(Math.round(value), 1, 5);

const drawTraining = (random: Random, person: Person, intakeDate: string): Training => {
  const partner = random.weighted(trainingPartners);
  const startDate = addDays(intakeDate, random.int(7, 28));
  const endDate = addDays(startDate, random.int(56, 84));
  const barriers = drawBarriers(random, person);
  const completed = random.chance(clamp(0.88 - 0.13 * barriers.length, 0.3, 0.95));
  const personLevel = random.normal(0, 0.5);
  const latentPre = [0, 1, 2].map(() => 2.5 + personLevel + random.normal(0, 0.7));
  const gain = completed ? random.normal(0.9, 0.45) : random.normal(0.25, 0.45);
  const toItems = (values: readonly number[]): Likert3 => [
    likert(values[0] ?? 0),
    likert(values[1] ?? 0),
    likert(values[2] ?? 0),
  ];
  const pre = toItems(latentPre);
  const hopes = hopeAnswer(
    random,
    [random.pick(hopeThemes), ...(random.chance(0.3) ? [random.pick(hopeThemes)] : [])].filter(
      (theme, index, all) => all.indexOf(theme) === index,
    ),
  );
  const answersPost = completed || random.chance(0.45);
  const post = answersPost
    ? {
        items: toItems(latentPre.map((value) => value + gain + random.normal(0, 0.4))),
        barriers: barrierAnswer(random, completed && random.chance(0.5) ? [] : barriers),
        helps: helpAnswer(
          random,
          [
            random.pick(helpThemes),
            ...(random.chance(0.35) ? [random.pick(helpThemes)] : []),
          ].filter((theme, index, all) => all.indexOf(theme) === index),
        ),
      }
    : null;
  return { partner, startDate, endDate, pre, hopes, completed, post };
};

const drawPlacement = (random: Random, person: Person, training: Training): Placement => {
  const partner = random.weighted(placementPartners);
  const gain = training.post
    ? training.post.items.reduce((sum, item, index) => sum + item - (training.pre[index] ?? 0), 0) /
      3
    : 0;
  const chance =
    0.74 +
    worstRaceAdjustment(person) +
    (genderAdjustment[person.gender] ?? 0) +
    (person.householdIncome === 'under_15k' ? -0.03 : 0) +
    0.04 * (gain - 0.9);
  const employed = random.chance(clamp(chance, 0.2, 0.95));
  if (!employed)
    return { partner, date: addDays(training.endDate, 60), employed, hourlyWage: null };
  const wage =
    random.normal(17.6, 2.8) +
    (countyWage[person.county] ?? 0) +
    (person.gender === 'woman' ? -0.7 : 0) +
    (person.race.includes('black') ? -0.6 : 0) +
    (person.race.includes('hispanic_latino') ? -0.5 : 0);
  return {
    partner,
    date: addDays(training.endDate, random.int(10, 60)),
    employed,
    hourlyWage: Math.round(clamp(wage, 12, 38) * 4) / 4,
  };
};

const drawRetention = (
  random: Random,
  person: Person,
  training: Training,
  placement: Placement,
) => {
  const barriers = training.post?.barriers.themes ?? [];
  const chance =
    0.8 +
    0.6 * worstRaceAdjustment(person) +
    (person.gender === 'woman' && barriers.includes('childcare') ? -0.1 : 0) +
    (barriers.includes('transportation') ? -0.07 : 0) +
    (barriers.includes('health') ? -0.05 : 0);
  return {
    partner: placement.partner,
    checkDate: addDays(placement.date, random.int(90, 97)),
    stillEmployed: random.chance(clamp(chance, 0.3, 0.95)),
  };
};

/** Draws one person's journey; `newCoalitionId` issues an ID for a second registration. */
export const drawJourney = (
  random: Random,
  person: Person,
  startYear: number,
  newCoalitionId: () => string,
): Journey => {
  const intakePartner = random.weighted(intakePartners);
  const intakeDate = addDays(`${startYear + person.cycle}-01-02`, random.int(0, 302));
  const secondIntake = random.chance(0.02)
    ? {
        partner: random.weighted(intakePartners.filter(([slug]) => slug !== intakePartner)),
        date: addDays(intakeDate, random.int(30, 200)),
        coalitionId: newCoalitionId(),
      }
    : null;
  const training = random.chance(0.82) ? drawTraining(random, person, intakeDate) : null;
  const placement =
    training?.completed && training.post ? drawPlacement(random, person, training) : null;
  const retention =
    training && placement?.employed ? drawRetention(random, person, training, placement) : null;
  return {
    person,
    intake: { partner: intakePartner, date: intakeDate },
    secondIntake,
    training,
    placement,
    retention,
  };
};
