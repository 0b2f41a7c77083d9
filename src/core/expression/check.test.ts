import { describe, expect, it } from 'vitest';
import { checkExpression, parseExpression, referencedFields } from './index';

const formKeys = ['age', 'race', 'income', 'consent'];

describe('checkExpression', () => {
  it('finds nothing wrong in a sound expression', () => {
    expect(checkExpression("${age} >= 18 and selected(${race}, 'black')", formKeys)).toEqual([]);
    expect(checkExpression('. > 0 and . < 120', formKeys)).toEqual([]);
  });

  it('reports every unknown field with its position, in order', () => {
    expect(checkExpression('${agee} >= 18 or ${incom} div 12 > ${agee}', formKeys)).toEqual([
      { message: "Unknown field '${agee}' at position 0", position: 0, found: 'agee' },
      { message: "Unknown field '${incom}' at position 17", position: 17, found: 'incom' },
      { message: "Unknown field '${agee}' at position 35", position: 35, found: 'agee' },
    ]);
  });

  it('returns a syntax mistake as data instead of throwing', () => {
    expect(checkExpression('(${agee} > 1', formKeys)).toEqual([
      {
        message: "Expected ')' at position 12 but found the end of the expression",
        position: 12,
        expected: ')',
        found: '',
      },
    ]);
    expect(checkExpression('sqrt(${age})', formKeys)).toEqual([
      { message: "Unknown function 'sqrt' at position 0", position: 0, found: 'sqrt' },
    ]);
  });

  it('accepts any iterable of keys', () => {
    expect(checkExpression('${a} + ${b}', new Set(['a', 'b']))).toEqual([]);
    expect(checkExpression('${a} + ${b}', new Map([['a', 1]]).keys())).toHaveLength(1);
  });
});

describe('referencedFields', () => {
  it('lists each field once, in order of first appearance, from every kind of node', () => {
    const tree = parseExpression(
      "-${b} + if(selected(${a}, 'x'), ${c}, .) * ${b} div count-selected(${d}) = ${a}",
    );
    expect(referencedFields(tree)).toEqual(['b', 'a', 'c', 'd']);
  });

  it('is empty when the expression reads no other field', () => {
    expect(referencedFields(parseExpression("regex(., '^[0-9]{5}$')"))).toEqual([]);
  });
});
