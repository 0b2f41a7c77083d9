import { describe, expect, it } from 'vitest';
import { Problem } from '../problem';
import { parseExpression } from './parser';
import { printExpression } from './printer';
import type { Expression } from './tree';

/** The tree as fully parenthesised text, so that grouping is visible in assertions. */
function grouping(tree: Expression): string {
  switch (tree.kind) {
    case 'binary':
      return `(${grouping(tree.left)} ${tree.operator} ${grouping(tree.right)})`;
    case 'negate':
      return `(-${grouping(tree.operand)})`;
    case 'call':
      return `${tree.name}(${tree.args.map(grouping).join(', ')})`;
    default:
      return printExpression(tree);
  }
}
const grouped = (text: string) => grouping(parseExpression(text));

function problemOf(text: string): Problem {
  try {
    parseExpression(text);
  } catch (error) {
    if (error instanceof Problem) return error;
    throw error;
  }
  throw new Error(`expected ${text} not to parse`);
}

describe('parseExpression builds the tree', () => {
  it('with positions on every node', () => {
    expect(parseExpression("${age} >= 18 and selected(${race}, 'black')")).toEqual({
      kind: 'binary',
      operator: 'and',
      position: 13,
      left: {
        kind: 'binary',
        operator: '>=',
        position: 7,
        left: { kind: 'field', name: 'age', position: 0 },
        right: { kind: 'number', value: 18, position: 10 },
      },
      right: {
        kind: 'call',
        name: 'selected',
        position: 17,
        args: [
          { kind: 'field', name: 'race', position: 26 },
          { kind: 'string', value: 'black', position: 35 },
        ],
      },
    });
  });

  it('with . as the current field and calls without arguments', () => {
    expect(parseExpression('. > today()')).toEqual({
      kind: 'binary',
      operator: '>',
      position: 2,
      left: { kind: 'current', position: 0 },
      right: { kind: 'call', name: 'today', args: [], position: 4 },
    });
  });
});

describe('precedence and associativity (XPath 1.0)', () => {
  it.each([
    ['1 + 2 * 3', '(1 + (2 * 3))'],
    ['1 * 2 + 3', '((1 * 2) + 3)'],
    ['8 div 4 mod 3', '((8 div 4) mod 3)'],
    ['10 - 4 - 3', '((10 - 4) - 3)'],
    ['10 - (4 - 3)', '(10 - (4 - 3))'],
    ['-2 * 3', '((-2) * 3)'],
    ['--2', '(-(-2))'],
    ['-(1 + 2)', '(-(1 + 2))'],
    ['1 + 2 < 4', '((1 + 2) < 4)'],
    ['1 < 2 = 3 > 4', '((1 < 2) = (3 > 4))'],
    ['1 = 2 != 3', '((1 = 2) != 3)'],
    ['. > 0 and . < 120', '((. > 0) and (. < 120))'],
  ])('%s groups as %s', (text, expected) => {
    expect(grouped(text)).toBe(expected);
  });

  it('binds and tighter than or', () => {
    expect(grouped('true() or false() and false()')).toBe('(true() or (false() and false()))');
    expect(grouped('true() and false() or true()')).toBe('((true() and false()) or true())');
  });

  it('treats not() as a function call, so it binds only its argument', () => {
    expect(grouped("not(${x} = '') and ${y} = 1")).toBe("(not((${x} = '')) and (${y} = 1))");
  });

  it('ignores whitespace, or its absence', () => {
    expect(grouped('1+2*3')).toBe(grouped(' 1 +\n2\t* 3 '));
  });
});

describe('parse errors point at the exact character', () => {
  it.each([
    [
      '',
      'Expected an expression at position 0 but found the end of the expression',
      { position: 0, expected: 'an expression', found: '' },
    ],
    [
      '   ',
      'Expected an expression at position 3 but found the end of the expression',
      { position: 3, expected: 'an expression', found: '' },
    ],
    [
      '(1 + 2',
      "Expected ')' at position 6 but found the end of the expression",
      { position: 6, expected: ')', found: '' },
    ],
    [
      '(1 + 2 and',
      'Expected an expression at position 10 but found the end of the expression',
      { position: 10, expected: 'an expression', found: '' },
    ],
    [
      '(${age} > 18 3',
      "Expected ')' at position 13 but found '3'",
      { position: 13, expected: ')', found: '3' },
    ],
    [
      '${age} >= 18 and',
      'Expected an expression at position 16 but found the end of the expression',
      { position: 16, expected: 'an expression', found: '' },
    ],
    [
      '1 + * 2',
      "Expected an expression at position 4 but found '*'",
      { position: 4, expected: 'an expression', found: '*' },
    ],
    [
      'and 1',
      "Expected an expression at position 0 but found 'and'",
      { position: 0, expected: 'an expression', found: 'and' },
    ],
    [
      '1 2',
      "Expected an operator or the end of the expression at position 2 but found '2'",
      { position: 2, expected: 'an operator or the end of the expression', found: '2' },
    ],
    [
      '(1))',
      "Expected an operator or the end of the expression at position 3 but found ')'",
      { position: 3, expected: 'an operator or the end of the expression', found: ')' },
    ],
    [
      "if(. = 1, 'a' 'b')",
      "Expected ',' or ')' at position 14 but found ''b''",
      { position: 14, expected: ', or )', found: "'b'" },
    ],
    [
      'concat(1,)',
      "Expected an expression at position 9 but found ')'",
      { position: 9, expected: 'an expression', found: ')' },
    ],
    [
      'age > 1',
      "Unknown name 'age' at position 0: refer to a field as ${age}",
      { position: 0, found: 'age' },
    ],
    ['1 + sqrt(4)', "Unknown function 'sqrt' at position 4", { position: 4, found: 'sqrt' }],
    [
      "if(. = 1, 'a')",
      'if() takes 3 arguments but was given 2 at position 0',
      { position: 0, expected: '3 arguments', found: '2' },
    ],
    [
      'true(1)',
      'true() takes 0 arguments but was given 1 at position 0',
      { position: 0, expected: '0 arguments', found: '1' },
    ],
    [
      'round(1, 2, 3)',
      'round() takes 1 or 2 arguments but was given 3 at position 0',
      { position: 0, expected: '1 or 2 arguments', found: '3' },
    ],
    [
      '2 * concat()',
      'concat() takes at least 1 argument but was given 0 at position 4',
      { position: 4, expected: 'at least 1 argument', found: '0' },
    ],
    [
      'string-length(.)  div',
      'Expected an expression at position 21 but found the end of the expression',
      { position: 21, expected: 'an expression', found: '' },
    ],
  ])('%j → %s', (text, message, details) => {
    const problem = problemOf(text);
    expect(problem.code).toBe('request.invalid');
    expect(problem.message).toBe(message);
    expect(problem.details).toEqual(details);
  });
});
