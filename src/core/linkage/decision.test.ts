import { describe, expect, it } from 'vitest';
import { checkThresholds, decide } from './decision';

describe('decide', () => {
  const thresholds = { link: 0.95, review: 0.5 };
  it('links at or above the upper threshold, reviews between, and separates below', () => {
    expect(decide(0.95, thresholds)).toBe('link');
    expect(decide(0.9499, thresholds)).toBe('review');
    expect(decide(0.5, thresholds)).toBe('review');
    expect(decide(0.4999, thresholds)).toBe('distinct');
  });
  it('refuses thresholds out of order', () => {
    expect(() => checkThresholds({ link: 0.4, review: 0.6 })).toThrow(/review ≤ link/);
    expect(checkThresholds(thresholds)).toBe(thresholds);
  });
});
