import { describe, expect, it } from 'vitest';
import { Problem } from '../problem';
import { reviseCodebook, validateCodebook, type Theme } from './codebook';
import { editDistanceWithin } from './edit-distance';
import { overrideSentiment, sentimentFromScore } from './sentiment';

const theme = (key: string, keyTerms = ['bus']): Theme => ({
  key,
  label: key,
  description: '',
  keyTerms,
  examples: [],
});

describe('codebook', () => {
  it('rejects duplicate keys, bad keys and themes without terms, listing every fault', () => {
    const attempt = () =>
      validateCodebook({
        version: 0,
        themes: [theme('bus'), theme('bus'), theme('Bad Key'), theme('x', [' '])],
      });
    expect(attempt).toThrow(Problem);
    try {
      attempt();
    } catch (error) {
      expect((error as Problem).code).toBe('request.invalid');
      expect((error as Problem).details.faults).toHaveLength(4);
    }
  });

  it('a revision is the next version', () => {
    expect(reviseCodebook({ version: 4, themes: [theme('bus')] }, [theme('car')]).version).toBe(5);
  });
});

describe('edit distance with a limit', () => {
  it('counts an adjacent swap as one edit and stops past the limit', () => {
    expect(editDistanceWithin('babysiter', 'babysitter', 1)).toBe(1);
    expect(editDistanceWithin('trasnport', 'transport', 1)).toBe(1);
    expect(editDistanceWithin('transportion', 'transportation', 2)).toBe(2);
    expect(editDistanceWithin('kitten', 'sitting', 1)).toBe(2);
  });
});

describe('sentiment hint', () => {
  it('labels wink scores with a ±0.2 neutral band and lets a reviewer override', () => {
    expect(sentimentFromScore(0.4).label).toBe('positive');
    expect(sentimentFromScore(0.1).label).toBe('neutral');
    expect(sentimentFromScore(-0.4).label).toBe('negative');
    expect(overrideSentiment(sentimentFromScore(0.4), 'negative', 'user-7')).toEqual({
      label: 'negative',
      score: 0.4,
      source: 'reviewer',
      reviewerId: 'user-7',
    });
  });
});
