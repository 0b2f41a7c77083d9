import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitJoinedChoices } from './split-joined-choices';

const labels = [
  'Stack Overflow',
  'R Ladies meetups (local, regional, national, or international)',
  'Other internal web site (for example,  Sharepoint)',
  'Books',
];

describe('splitJoinedChoices', () => {
  it('keeps options that contain ", " whole', () => {
    expect(
      splitJoinedChoices(
        'Stack Overflow, R Ladies meetups (local, regional, national, or international), Books',
        labels,
      ),
    ).toEqual({
      chosen: [
        'Stack Overflow',
        'R Ladies meetups (local, regional, national, or international)',
        'Books',
      ],
      unknown: [],
    });
  });

  it('keeps an "Other" answer with commas whole up to the next known label', () => {
    expect(splitJoinedChoices('Books, my aunt, mostly, Stack Overflow', labels)).toEqual({
      chosen: ['Books', 'Stack Overflow'],
      unknown: ['my aunt, mostly'],
    });
  });

  it('splits back any subset of the labels joined in any order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(labels, { minLength: 1 }), (subset) => {
        expect(splitJoinedChoices(subset.join(', '), labels)).toEqual({
          chosen: subset,
          unknown: [],
        });
      }),
    );
  });
});
