import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Problem } from '../problem';
import { functionNamed, functionNames } from './functions';
import { parseExpression } from './parser';
import { printExpression } from './printer';
import type { Expression } from './tree';
import { binaryOperators } from './tree';

/** A tree without source positions, for comparing shapes. */
function withoutPositions(tree: Expression): Expression {
  switch (tree.kind) {
    case 'number':
      return { kind: 'number', value: tree.value };
    case 'string':
      return { kind: 'string', value: tree.value };
    case 'field':
      return { kind: 'field', name: tree.name };
    case 'current':
      return { kind: 'current' };
    case 'negate':
      return { kind: 'negate', operand: withoutPositions(tree.operand) };
    case 'binary':
      return {
        kind: 'binary',
        operator: tree.operator,
        left: withoutPositions(tree.left),
        right: withoutPositions(tree.right),
      };
    case 'call':
      return { kind: 'call', name: tree.name, args: tree.args.map(withoutPositions) };
  }
}

const arbitraryCall = (child: fc.Arbitrary<Expression>) =>
  fc.constantFrom(...functionNames).chain((name) => {
    const fn = functionNamed(name);
    const min = fn?.minArgs ?? 0;
    const max = Math.min(fn?.maxArgs ?? 0, min + 3);
    return fc
      .array(child, { minLength: min, maxLength: max })
      .map((args): Expression => ({ kind: 'call', name, args }));
  });

const { tree: arbitraryTree } = fc.letrec<{ tree: Expression }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc
      .oneof(
        fc.nat({ max: 1000 }),
        fc.double({ min: 0, max: 1e30, noNaN: true }).map((value) => Math.abs(value)),
      )
      .map((value): Expression => ({ kind: 'number', value })),
    fc
      .string({ unit: 'grapheme', maxLength: 8 })
      .map((value): Expression => ({ kind: 'string', value })),
    fc
      .constantFrom("it's", 'say "hi"', `it's "x"`, "''", '')
      .map((value): Expression => ({ kind: 'string', value })),
    fc
      .stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,6}$/)
      .map((name): Expression => ({ kind: 'field', name })),
    fc.constant<Expression>({ kind: 'current' }),
    tie('tree').map((operand): Expression => ({ kind: 'negate', operand })),
    fc
      .tuple(fc.constantFrom(...binaryOperators), tie('tree'), tie('tree'))
      .map(([operator, left, right]): Expression => ({ kind: 'binary', operator, left, right })),
    arbitraryCall(tie('tree')),
  ),
}));

describe('printExpression', () => {
  it.each([
    ['1+2*3', '1 + 2 * 3'],
    ['(1+2)*3', '(1 + 2) * 3'],
    ['((1 - 2)) - 3', '1 - 2 - 3'],
    ['1 - (2 - 3)', '1 - (2 - 3)'],
    ['1 - (2 + 3)', '1 - (2 + 3)'],
    ['- (2 * 3)', '-(2 * 3)'],
    ['-(-(2))', '--2'],
    ['(-2) * 3', '-2 * 3'],
    ['(true() or false()) and true()', '(true() or false()) and true()'],
    ['${a}=1 or(${b}=2 and ${c}=3)', '${a} = 1 or ${b} = 2 and ${c} = 3'],
    ['if( . >0 ,"yes",\'no\' )', "if(. > 0, 'yes', 'no')"],
    ['0.50 + .5 + 007', '0.5 + 0.5 + 7'],
    ["'it''s'", `"it's"`],
    [`'say "hi"'`, `'say "hi"'`],
    [`'it''s "x"'`, `'it''s "x"'`],
    ['1 div 2 mod 3', '1 div 2 mod 3'],
    ['1 div (2 mod 3)', '1 div (2 mod 3)'],
  ])('prints %s canonically as %s', (text, canonical) => {
    expect(printExpression(parseExpression(text))).toBe(canonical);
  });

  it('prints huge and tiny numbers in plain decimal, never with an exponent', () => {
    expect(printExpression({ kind: 'number', value: 1e21 })).toBe('1000000000000000000000');
    expect(printExpression({ kind: 'number', value: 1.5e-7 })).toBe('0.00000015');
    expect(printExpression({ kind: 'number', value: 1.2345e22 })).toBe('12345000000000000000000');
  });

  it('refuses numbers the language cannot write', () => {
    expect(() => printExpression({ kind: 'number', value: -1 })).toThrow(Problem);
    expect(() => printExpression({ kind: 'number', value: Number.NaN })).toThrow(Problem);
    expect(() => printExpression({ kind: 'number', value: Number.POSITIVE_INFINITY })).toThrow(
      Problem,
    );
  });
});

describe('round trips (properties)', () => {
  it('parse(print(tree)) gives the tree back', () => {
    fc.assert(
      fc.property(arbitraryTree, (tree) => {
        expect(withoutPositions(parseExpression(printExpression(tree)))).toEqual(tree);
      }),
      { numRuns: 500 },
    );
  });

  it('print(parse(print(tree))) is stable', () => {
    fc.assert(
      fc.property(arbitraryTree, (tree) => {
        const printed = printExpression(tree);
        expect(printExpression(parseExpression(printed))).toBe(printed);
      }),
      { numRuns: 500 },
    );
  });

  it('any text either parses or fails with request.invalid at a position inside it', () => {
    const pieces = fc.constantFrom(
      ...['${a}', '.', '(', ')', ',', '1', '2.5', "'x'", '"', 'and', 'or', 'div', '-', '+', '*'],
      ...['=', '!=', '<', '>=', 'not(', 'if(', 'foo(', ' ', '$', '{', '}', '!', '#', '..'],
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        try {
          const tree = parseExpression(text);
          expect(withoutPositions(parseExpression(printExpression(tree)))).toEqual(
            withoutPositions(tree),
          );
        } catch (error) {
          expect(error).toBeInstanceOf(Problem);
          const { code, details } = error as Problem;
          expect(code).toBe('request.invalid');
          expect(details.position).toBeGreaterThanOrEqual(0);
          expect(details.position).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
