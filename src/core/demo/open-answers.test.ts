import { describe, expect, it } from 'vitest';
import { barrierAnswer, helpAnswer, hopeAnswer, type BarrierTheme } from './open-answers';
import { createRandom } from './random';

describe('open answers', () => {
  it('names each barrier it is tagged with, in words people use', () => {
    const random = createRandom(3);
    const clues: Record<BarrierTheme, RegExp> = {
      transportation: /bus|car|ride/i,
      childcare: /childcare|daycare|kids|son/i,
      schedule: /shift|schedule|night|time/i,
      money: /afford|money|bills|income/i,
      health: /sick|health|surgery|hospital/i,
      housing: /apartment|move|shelter/i,
      internet: /internet|wifi|phone|online/i,
    };
    for (const [theme, clue] of Object.entries(clues) as [BarrierTheme, RegExp][]) {
      for (let i = 0; i < 20; i += 1) {
        const answer = barrierAnswer(random, [theme]);
        expect(answer.themes).toEqual([theme]);
        expect(answer.text).toMatch(clue);
      }
    }
  });

  it('says nothing got in the way when there was no barrier', () => {
    expect(barrierAnswer(createRandom(1), []).text).toMatch(/nothing|n\/a/i);
  });

  it('varies the wording across answers', () => {
    const random = createRandom(4);
    const texts = new Set(
      Array.from({ length: 60 }, () => helpAnswer(random, ['instructor_support']).text),
    );
    expect(texts.size).toBeGreaterThan(10);
    expect(hopeAnswer(random, ['certification', 'better_pay']).themes).toEqual([
      'certification',
      'better_pay',
    ]);
  });
});
