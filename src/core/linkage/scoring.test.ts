import { describe, expect, it } from 'vitest';
import { levelFunction } from './comparison-levels';
import type { FieldComparisonSpec } from './field-comparison';
import { buildRecordFeatures } from './record-features';
import { buildModel, explainPair, probabilityFromWeight } from './scoring';

const spec: FieldComparisonSpec = { kind: 'exact', field: 'surname', termFrequency: true };
// Eight records: "smith" four times (share 0.5), "zbigniew" twice (0.25), two others once each.
const surnames = ['smith', 'smith', 'smith', 'smith', 'zbigniew', 'zbigniew', 'lee', 'kaur'];
const features = buildRecordFeatures(new Map([['surname', {}]]), {
  ids: surnames.map((_, index) => `r${index}`),
  columns: { surname: surnames },
});
// Exact: m = 0.9, u = 0.1 → log2(9) = 3.17 bits; different: m = 0.1, u = 0.9 → −3.17 bits. Prior 1/9 → log2(1/8) = −3 bits.
const model = buildModel([spec], {
  m: [Float64Array.of(0, 0.9, 0.1)],
  u: [Float64Array.of(0, 0.1, 0.9)],
  lambda: 1 / 9,
  emRuns: [],
  unestimatedFields: [],
});
const levels = [levelFunction(spec, features.fields.get('surname')!)];

describe('scoring', () => {
  it('weighs each level log2(m/u) and the prior log2(lambda / (1 − lambda))', () => {
    expect(model.priorWeight).toBeCloseTo(-3, 12);
    const [missing, exact, different] = model.comparisons[0]!.weights;
    expect(missing).toBe(0);
    expect(exact).toBeCloseTo(Math.log2(9), 12);
    expect(different).toBeCloseTo(-Math.log2(9), 12);
  });

  it('makes agreeing on a common surname count for less than agreeing on a rare one', () => {
    // smith: share 4/8 → adjustment log2(0.1 / 0.5) = −2.32; zbigniew: share 2/8 → log2(0.1 / 0.25) = −1.32.
    const smiths = explainPair(model, levels, features, 0, 1);
    const zbigniews = explainPair(model, levels, features, 4, 5);
    expect(smiths.fields[0]!.termFrequencyAdjustment).toBeCloseTo(Math.log2(0.2), 10);
    expect(zbigniews.fields[0]!.termFrequencyAdjustment).toBeCloseTo(Math.log2(0.4), 10);
    expect(smiths.weight).toBeCloseTo(-3 + Math.log2(9) + Math.log2(0.2), 10);
    expect(zbigniews.probability).toBeGreaterThan(smiths.probability);
  });

  it('adds no adjustment to a disagreement', () => {
    const explanation = explainPair(model, levels, features, 0, 6);
    expect(explanation.fields[0]).toMatchObject({
      levelName: 'different',
      termFrequencyAdjustment: 0,
    });
    expect(explanation.probability).toBeCloseTo(probabilityFromWeight(-3 - Math.log2(9)), 12);
  });
});
