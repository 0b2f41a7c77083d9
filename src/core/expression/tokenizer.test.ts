import { describe, expect, it } from 'vitest';
import { Problem } from '../problem';
import { tokenize } from './tokenizer';

const shapes = (text: string) =>
  tokenize(text).map((token) => [token.kind, token.text, token.position]);

function problemOf(run: () => unknown): Problem {
  try {
    run();
  } catch (error) {
    if (error instanceof Problem) return error;
    throw error;
  }
  throw new Error('expected a Problem');
}

describe('tokenize', () => {
  it('gives each token its kind, text and 0-based position', () => {
    expect(shapes("${age} >= 18 and selected(${race}, 'black')")).toEqual([
      ['field', '${age}', 0],
      ['symbol', '>=', 7],
      ['number', '18', 10],
      ['name', 'and', 13],
      ['name', 'selected', 17],
      ['symbol', '(', 25],
      ['field', '${race}', 26],
      ['symbol', ',', 33],
      ['string', "'black'", 35],
      ['symbol', ')', 42],
      ['end', '', 43],
    ]);
  });

  it('reads every symbol, and . as the current field unless a number follows', () => {
    expect(shapes('.<=.5!=1.25>=-(*)')).toEqual([
      ['symbol', '.', 0],
      ['symbol', '<=', 1],
      ['number', '.5', 3],
      ['symbol', '!=', 5],
      ['number', '1.25', 7],
      ['symbol', '>=', 11],
      ['symbol', '-', 13],
      ['symbol', '(', 14],
      ['symbol', '*', 15],
      ['symbol', ')', 16],
      ['end', '', 17],
    ]);
  });

  it('reads numbers and strings into values, with doubled quotes inside strings', () => {
    const [number, single, double, doubled] = tokenize(`0.50 'a"b' "it's" 'it''s'`);
    expect(number).toMatchObject({ kind: 'number', value: 0.5 });
    expect(single).toMatchObject({ kind: 'string', value: 'a"b', position: 5 });
    expect(double).toMatchObject({ kind: 'string', value: "it's", position: 11 });
    expect(doubled).toMatchObject({ kind: 'string', value: "it's", text: "'it''s'", position: 18 });
  });

  it('reads field names in any script', () => {
    expect(tokenize('${âge_2} + ${年龄}')).toMatchObject([
      { kind: 'field', name: 'âge_2', position: 0 },
      { kind: 'symbol', text: '+' },
      { kind: 'field', name: '年龄', position: 11 },
      { kind: 'end', position: 16 },
    ]);
  });

  it('reads XLSForm field names with dots and dashes, and function names with dashes', () => {
    expect(tokenize('${hh_size.v2-a} string-length')).toMatchObject([
      { kind: 'field', name: 'hh_size.v2-a' },
      { kind: 'name', text: 'string-length' },
      { kind: 'end' },
    ]);
  });

  it.each([
    ['1 # 2', "Unexpected character '#' at position 2", { position: 2, found: '#' }],
    [
      '1 ! 2',
      "Expected '!=' at position 2 but found '!'",
      { position: 2, expected: '!=', found: '!' },
    ],
    [
      "'open",
      "Expected a closing ' for the text starting at position 0 but found the end of the expression",
      { position: 5, expected: "'", found: '' },
    ],
    [
      '$age',
      "Expected '{' at position 1 but found 'a'",
      { position: 1, expected: '{', found: 'a' },
    ],
    [
      '${}',
      "Expected a field name at position 2 but found '}'",
      { position: 2, expected: 'a field name', found: '}' },
    ],
    [
      '${age',
      "Expected '}' at position 5 but found the end of the expression",
      { position: 5, expected: '}', found: '' },
    ],
    [
      '${my age}',
      "Expected '}' at position 4 but found ' '",
      { position: 4, expected: '}', found: ' ' },
    ],
    [
      '../x',
      "Unexpected '..' at position 0: refer to other fields as ${name}",
      { position: 0, found: '..' },
    ],
  ])('rejects %s with a message pointing at the character', (text, message, details) => {
    const problem = problemOf(() => tokenize(text));
    expect(problem.code).toBe('request.invalid');
    expect(problem.message).toBe(message);
    expect(problem.details).toEqual(details);
  });
});
