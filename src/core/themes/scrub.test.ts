import { describe, expect, it } from 'vitest';
import { scrubQuote } from './scrub';

describe('scrubbing quotes for funders', () => {
  it('replaces emails and phone numbers in their common shapes', () => {
    const quote =
      'call 555-123-4567, (555) 987 6543 or +1 555.222.3333, or write jo.smith+x@mail.example.org';
    expect(scrubQuote(quote).text).toBe('call [phone], [phone] or [phone], or write [email]');
  });

  it('leaves ordinary numbers alone', () => {
    expect(scrubQuote('I work 7-3 and had 2 kids, class ran 12 weeks in 2024').text).toBe(
      'I work 7-3 and had 2 kids, class ran 12 weeks in 2024',
    );
  });

  it('replaces names from the list, whole or in part, whatever their case', () => {
    expect(
      scrubQuote('ask for jasmine, or Ortiz at the desk', { names: ['Jasmine Ortiz'] }).text,
    ).toBe('ask for [name], or [name] at the desk');
  });

  it('finds names after honorifics, mid-sentence and in pairs at a sentence start', () => {
    expect(scrubQuote('Mr. Smith and Coach Davis helped. On Monday I met Tanya there.').text).toBe(
      'Mr. [name] and Coach [name] helped. On Monday I met [name] there.',
    );
    expect(scrubQuote('Maria Lopez helped me').text).toBe('[name] helped me');
    expect(scrubQuote('Mr. T was the best teacher').text).toBe('Mr. [name] was the best teacher');
  });

  it('does not scrub a capitalised first word, the pronoun I, or words the caller keeps', () => {
    expect(scrubQuote('Transportation was not an issue, I met Tanya').text).toBe(
      'Transportation was not an issue, I met [name]',
    );
    expect(
      scrubQuote('Transportation was not an issue, I met Tanya', { keep: ['tanya'] }).text,
    ).toBe('Transportation was not an issue, I met Tanya');
  });

  it('reports what it replaced with offsets into the original', () => {
    expect(scrubQuote('mail me at a@b.co').replaced).toEqual([
      { kind: 'email', start: 11, end: 17 },
    ]);
  });
});
