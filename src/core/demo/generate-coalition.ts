/**
 * The seeded demo workforce coalition: people, their journeys across nine partners, each
 * partner's export rows with realistic dirt, and the truth a correct pipeline must reproduce.
 * Pure and deterministic: the same options always give the same coalition.
 *
 * The dirt, and how much of it (every instance is listed in `truth.dirt`):
 * - name typos on 5% of names written by a partner other than the first contact;
 * - partners' own labels ("African American", "Latinx", "F", "Prefer not to answer", REDCap codes);
 * - no shared ID on 4% of Metro Adult Ed intakes, 12% of Skills Forward, 20% of TechBridge and
 *   35% of CareerLink rows, and on every Second Chance row (it never asks);
 * - double submissions: 3% Eastside intakes, 1% Harbor Health, 2% TechBridge exit surveys,
 *   2% Second Chance placements; 2% of people registered again elsewhere under a new shared ID;
 * - Riverside (Kobo) stops collecting intakes from July of the last cycle;
 * - late entry: 25% of Metro Adult Ed intakes (31–120 days), 10% of CareerLink records (35–150);
 * - eight invalid values: age 230 (×2), wage −5 (×2), 30 February (×2), a birth date after the
 *   export, a job start of 1900-01-01.
 */
import { generatePeople } from './people';
import { drawJourney } from './pathway';
import { createRandom, type Random } from './random';
import { layOutRecords, type StoppedCollection } from './records';
import { demoPartners } from './partners';
import { computeTruth } from './truth';
import type { AggregateRow, DemoCoalition } from './types';

export interface GenerateCoalitionOptions {
  readonly seed: number;
  /** People before scaling; 5,000 by default. */
  readonly people?: number;
  /** Yearly cycles; 3 by default. */
  readonly cycles?: number;
  /** Year of the first cycle; 2023 by default. */
  readonly startYear?: number;
  /** Multiplies the people (and the aggregate partner's counts), for benchmarks; 1 by default. */
  readonly scale?: number;
}

export const aggregatePartner = 'faith-network';

const aggregateRows = (
  random: Random,
  startYear: number,
  cycles: number,
  scale: number,
): AggregateRow[] => {
  const ranges: readonly (readonly [string, number, number])[] = [
    ['woman', 30, 70],
    ['man', 25, 60],
    ['nonbinary', 0, 5],
    ['prefer_not_to_say', 0, 6],
  ];
  const rows: AggregateRow[] = [];
  for (let cycle = 0; cycle < cycles; cycle += 1) {
    for (let quarter = 1; quarter <= 4; quarter += 1) {
      for (const [gender, min, max] of ranges) {
        const peopleServed = random.int(min, max) * scale;
        rows.push({
          period: `${startYear + cycle}-Q${quarter}`,
          gender,
          peopleServed,
          peoplePlaced: Math.round(peopleServed * (0.35 + 0.25 * random.next())),
        });
      }
    }
  }
  return rows;
};

/** Generates the demo coalition for a seed. */
export const generateCoalition = (options: GenerateCoalitionOptions): DemoCoalition => {
  const { seed, people: basePeople = 5000, cycles = 3, startYear = 2023, scale = 1 } = options;
  const random = createRandom(seed);
  const usedCoalitionIds = new Set<string>();
  const people = generatePeople(
    random,
    Math.round(basePeople * scale),
    startYear,
    cycles,
    usedCoalitionIds,
  );
  const newCoalitionId = (): string => {
    let id = '';
    do id = `WF-${random.int(1000000, 9999999)}`;
    while (usedCoalitionIds.has(id));
    usedCoalitionIds.add(id);
    return id;
  };
  const journeys = people.map((person) => drawJourney(random, person, startYear, newCoalitionId));
  const exportedOn = `${startYear + cycles}-09-30`;
  const stopped: StoppedCollection = {
    partner: 'riverside-outreach',
    form: 'intake',
    from: `${startYear + cycles - 1}-07-01`,
  };
  const laidOut = layOutRecords(random, journeys, stopped, exportedOn);
  const rows = aggregateRows(random, startYear, cycles, scale);
  return {
    seed,
    startYear,
    cycles,
    exportedAt: `${exportedOn}T09:24:00`,
    partners: demoPartners,
    people,
    records: laidOut.records,
    aggregateRows: { [aggregatePartner]: rows },
    truth: computeTruth({
      seed,
      exportedOn,
      journeys,
      laidOut,
      stopped,
      aggregate: { partner: aggregatePartner, rows },
    }),
  };
};
