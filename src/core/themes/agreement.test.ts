import { describe, expect, it } from 'vitest';
import { agreementByTheme, kappaFromCounts } from './agreement';

describe("Cohen's kappa", () => {
  it('matches the textbook 2×2 example (Wikipedia, "Cohen\'s kappa", simple example)', () => {
    // 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no of 50:
    // po = 35/50 = 0.7; first says yes 25/50 = 0.5, second 30/50 = 0.6;
    // pe = 0.5·0.6 + 0.5·0.4 = 0.5; κ = (0.7 − 0.5)/(1 − 0.5) = 0.4
    const agreement = kappaFromCounts('transportation', 20, 5, 10, 15);
    expect(agreement.observed).toBeCloseTo(0.7, 12);
    expect(agreement.expected).toBeCloseTo(0.5, 12);
    expect(agreement.kappa).toBeCloseTo(0.4, 12);
  });

  it('matches Wikipedia\'s "same agreement, different kappa" pair', () => {
    // 45/15/25/15: po 0.6; yes rates 0.6 and 0.7; pe = 0.42 + 0.12 = 0.54; κ = 0.06/0.46
    expect(kappaFromCounts('x', 45, 15, 25, 15).kappa).toBeCloseTo(0.06 / 0.46, 12);
    // 25/35/5/35: po 0.6; yes rates 0.6 and 0.3; pe = 0.18 + 0.28 = 0.46; κ = 0.14/0.54
    expect(kappaFromCounts('x', 25, 35, 5, 35).kappa).toBeCloseTo(0.14 / 0.54, 12);
  });

  it('is undefined (null) when both coders give one answer to everything', () => {
    expect(kappaFromCounts('x', 0, 0, 0, 12).kappa).toBeNull();
    expect(kappaFromCounts('x', 0, 0, 0, 0).kappa).toBeNull();
  });

  it('builds the table per theme from two codings over the answers both coded', () => {
    const auto = new Map([
      ['a1', new Set(['childcare', 'money'])],
      ['a2', new Set(['childcare'])],
      ['a3', new Set<string>()],
      ['a4', new Set(['money'])],
      ['only-auto', new Set(['childcare'])],
    ]);
    const human = new Map([
      ['a1', new Set(['childcare'])],
      ['a2', new Set(['childcare'])],
      ['a3', new Set(['money'])],
      ['a4', new Set(['money'])],
    ]);
    const [childcare, money] = agreementByTheme(auto, human, ['childcare', 'money']);
    // childcare: yes/yes a1 a2, no/no a3 a4 → po 1, pe 0.5·0.5 + 0.5·0.5 = 0.5, κ 1
    expect(childcare).toMatchObject({
      answers: 4,
      bothYes: 2,
      onlyFirst: 0,
      onlySecond: 0,
      bothNo: 2,
      kappa: 1,
    });
    // money: yes/yes a4, auto-only a1, human-only a3, no/no a2 → po 0.5, pe 0.5, κ 0
    expect(money).toMatchObject({ bothYes: 1, onlyFirst: 1, onlySecond: 1, bothNo: 1, kappa: 0 });
  });
});
