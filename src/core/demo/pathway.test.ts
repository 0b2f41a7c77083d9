import { describe, expect, it } from 'vitest';
import { drawJourney } from './pathway';
import { createRandom } from './random';
import type { Person } from './types';

const person = (overrides: Partial<Person>): Person => ({
  id: 'person-1',
  coalitionId: 'WF-1000000',
  firstName: 'Ana',
  lastName: 'Lopez',
  birthDate: '1990-05-05',
  email: null,
  phone: null,
  gender: 'man',
  race: ['white'],
  householdIncome: '35k_to_50k',
  county: 'madison',
  cycle: 0,
  ...overrides,
});

/** Shares over many journeys of the same person: completion, placement among completers, retention among placed. */
const shares = (who: Person, count = 4000) => {
  const random = createRandom(99);
  let completed = 0;
  let placed = 0;
  let retained = 0;
  let gain = 0;
  let pairs = 0;
  for (let i = 0; i < count; i += 1) {
    const journey = drawJourney(random, who, 2023, () => 'WF-2000000');
    if (journey.training?.completed) completed += 1;
    if (journey.placement?.employed) placed += 1;
    if (journey.retention?.stillEmployed) retained += 1;
    const { training } = journey;
    if (training?.post) {
      pairs += 1;
      gain +=
        training.post.items.reduce(
          (sum, item, index) => sum + item - (training.pre[index] ?? 0),
          0,
        ) / 3;
    }
  }
  return {
    completion: completed / count,
    placement: placed / completed,
    retention: retained / placed,
    gain: gain / pairs,
  };
};

describe('a person’s journey', () => {
  const white = shares(person({}));
  const black = shares(person({ race: ['black'] }));
  const lowIncomeRuralWoman = shares(
    person({ gender: 'woman', householdIncome: 'under_15k', county: 'lincoln' }),
  );

  it('places Black completers less often than white ones, as the equity gap the demo is built to show', () => {
    // Drawn chances: 0.74 + 0.02 (white) against 0.74 − 0.10 (Black), before the small gain term.
    expect(white.placement - black.placement).toBeGreaterThan(0.07);
    expect(white.retention - black.retention).toBeGreaterThan(0.03);
  });

  it('lets more barriers lower completion', () => {
    // A low-income rural woman draws transportation, childcare, money and internet barriers more often.
    expect(white.completion - lowIncomeRuralWoman.completion).toBeGreaterThan(0.05);
  });

  it('raises confidence from the pre to the post survey', () => {
    expect(white.gain).toBeGreaterThan(0.5);
    expect(white.gain).toBeLessThan(1.2);
  });

  it('orders the stages in time: intake, training, placement, then the 90-day check', () => {
    const random = createRandom(5);
    for (let i = 0; i < 200; i += 1) {
      const journey = drawJourney(random, person({}), 2023, () => 'WF-2000000');
      const { training, placement, retention } = journey;
      if (!training || !placement || !retention) continue;
      expect(training.startDate > journey.intake.date).toBe(true);
      expect(training.endDate > training.startDate).toBe(true);
      expect(placement.date > training.endDate).toBe(true);
      expect(retention.checkDate > placement.date).toBe(true);
    }
  });
});
