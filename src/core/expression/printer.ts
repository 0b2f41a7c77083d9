/**
 * Prints a tree as canonical text: single spaces around binary operators, ', ' between arguments,
 * parentheses only where precedence or left-associativity needs them, numbers in plain decimal,
 * and text in single quotes (double quotes if it contains a single quote; doubled quotes if it
 * contains both). parseExpression(printExpression(tree)) gives the tree back.
 */
import { Problem } from '../problem';
import type { Expression } from './tree';
import { binaryPrecedence, negatePrecedence, precedenceOf } from './tree';
import { numberToText } from './values';

/** Canonical text of a tree, e.g. `${age} >= 18 and selected(${race}, 'black')`. */
export function printExpression(tree: Expression): string {
  switch (tree.kind) {
    case 'number':
      return printNumber(tree.value);
    case 'string':
      return printString(tree.value);
    case 'field':
      return `\${${tree.name}}`;
    case 'current':
      return '.';
    case 'negate':
      return `-${wrap(tree.operand, precedenceOf(tree.operand) < negatePrecedence)}`;
    case 'binary': {
      const precedence = binaryPrecedence[tree.operator];
      const left = wrap(tree.left, precedenceOf(tree.left) < precedence);
      const right = wrap(tree.right, precedenceOf(tree.right) <= precedence);
      return `${left} ${tree.operator} ${right}`;
    }
    case 'call':
      return `${tree.name}(${tree.args.map(printExpression).join(', ')})`;
  }
}

function wrap(tree: Expression, parenthesise: boolean): string {
  const text = printExpression(tree);
  return parenthesise ? `(${text})` : text;
}

function printNumber(value: number): string {
  if (!Number.isFinite(value) || value < 0) {
    throw new Problem(
      'request.invalid',
      `A number literal is finite and not negative (write -x for negatives), not ${value}`,
      { found: String(value) },
    );
  }
  return numberToText(value);
}

function printString(value: string): string {
  if (!value.includes("'")) return `'${value}'`;
  if (!value.includes('"')) return `"${value}"`;
  return `'${value.replaceAll("'", "''")}'`;
}
