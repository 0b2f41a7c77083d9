/**
 * The expression language for constraints, relevance (skip logic) and calculations, in the XLSForm
 * style: `${age} >= 18 and selected(${race}, 'black')`. One implementation, called by both the
 * browser's form renderer and the server's validator.
 *
 * Syntax: number and text literals, `${field}`, `.` (the current field), parentheses, unary minus,
 * `* div mod`, `+ -`, `< <= > >=`, `= !=`, `and`, `or` (tightest first, all left-associative), and
 * the functions selected, count-selected, string-length, regex, if, not, true, false, today, date,
 * coalesce, concat, round, int, number and string.
 *
 * Semantics follow ODK's XPath 1.0: empty answers are ''; `=` with a number on one side compares
 * numbers ('10' = 10); `selected()` splits a multi-select answer on spaces; a date on either side
 * of a comparison makes it a date comparison. Deviations, all deliberate:
 * - `<`, `<=`, `>` and `>=` between two ISO date texts (`${start} <= ${end}`) compare as dates;
 *   XPath would turn both into NaN and answer false.
 * - A quote inside text is written by doubling it (`'it''s'`), as in XPath 2.0.
 * - string-length() counts code points, not UTF-16 units.
 * - regex() uses JavaScript regular expressions (find anywhere, like ODK), not Java's.
 * - round() rounds half away from zero (as ODK does), not half toward +∞ (as XPath 1.0 does).
 * - Dates are whole days; date-times, paths (`/data/x`, `..`) and other XPath functions are not
 *   supported and are reported as errors.
 * Positions in errors are 0-based character offsets into the text.
 */
export type { Expression, BinaryOperator } from './tree';
export type { Value, FieldValue, ExpressionDate } from './values';
export type { EvaluationContext } from './evaluator';
export type { ExpressionError } from './check';
export type { ExpressionProblemDetails } from './expression-problem';
export { parseExpression } from './parser';
export { printExpression } from './printer';
export { evaluateExpression, evaluateCondition } from './evaluator';
export { checkExpression, referencedFields } from './check';
export { toText as expressionValueToText } from './values';
export { functionNames } from './functions';
