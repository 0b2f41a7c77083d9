import { Problem } from '../problem';

/** Where an expression went wrong: 0-based character offset, and what was expected and found. */
export interface ExpressionProblemDetails {
  position: number;
  expected?: string;
  found?: string;
}

/** A `request.invalid` Problem pointing at a character of an expression. */
export function expressionProblem(message: string, details: ExpressionProblemDetails): Problem {
  return new Problem('request.invalid', message, { ...details });
}

/** How a token or character is named in messages: quoted text, or "the end of the expression". */
export function describeFound(text: string): string {
  return text === '' ? 'the end of the expression' : `'${text}'`;
}

/** How an expectation is named in messages: a description as is, literal text quoted. */
export function describeExpected(expected: string): string {
  return /^[a-z][a-z ]*$/.test(expected) && !['and', 'or', 'div', 'mod'].includes(expected)
    ? expected
    : `'${expected}'`;
}

/** The standard "Expected X at position N but found Y" Problem. */
export function expectedProblem(expected: string, position: number, found: string): Problem {
  return expressionProblem(
    `Expected ${describeExpected(expected)} at position ${position} but found ${describeFound(found)}`,
    { position, expected, found },
  );
}
