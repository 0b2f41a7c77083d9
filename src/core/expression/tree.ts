/**
 * The expression tree shared by the parser, printer, evaluator and checker. Nodes carry the 0-based
 * character offset they were parsed from (`position`) so that errors can point at the source; the
 * printer ignores it, and trees built by hand may leave it out.
 */

export type BinaryOperator =
  'or' | 'and' | '=' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | 'div' | 'mod';

export type Expression =
  | { kind: 'number'; value: number; position?: number }
  | { kind: 'string'; value: string; position?: number }
  /** `${name}`: the value of another field. */
  | { kind: 'field'; name: string; position?: number }
  /** `.`: the value of the field the expression belongs to. */
  | { kind: 'current'; position?: number }
  | { kind: 'negate'; operand: Expression; position?: number }
  | {
      kind: 'binary';
      operator: BinaryOperator;
      left: Expression;
      right: Expression;
      position?: number;
    }
  | { kind: 'call'; name: string; args: Expression[]; position?: number };

/** Binding strength, loosest first, as in XPath 1.0; all binary operators associate to the left. */
export const binaryPrecedence: Record<BinaryOperator, number> = {
  or: 1,
  and: 2,
  '=': 3,
  '!=': 3,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  div: 6,
  mod: 6,
};

/** Unary minus binds tighter than every binary operator; literals, calls and fields tighter still. */
export const negatePrecedence = 7;
export const atomPrecedence = 8;

export const binaryOperators = Object.keys(binaryPrecedence) as BinaryOperator[];

export function isBinaryOperator(text: string): text is BinaryOperator {
  return Object.hasOwn(binaryPrecedence, text);
}

/** How tightly a node binds, for deciding where the printer needs parentheses. */
export function precedenceOf(node: Expression): number {
  if (node.kind === 'binary') return binaryPrecedence[node.operator];
  if (node.kind === 'negate') return negatePrecedence;
  return atomPrecedence;
}
