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
 * Semantics follow ODK's XPath 1.0 as JavaRosa (ODK Collect) implements it: empty answers are '';
 * `=` with a number on one side compares numbers ('10' = 10), within 1e-12 (0.1 + 0.2 = 0.3);
 * `selected()` splits a multi-select answer on spaces; `<` and friends compare numbers; a date on
 * either side of a comparison makes it a date comparison; regex() must match the whole text;
 * round() rounds half toward +∞. Deviations, all deliberate:
 * - `<`, `<=`, `>` and `>=` between two ISO date texts (`${start} <= ${end}`) compare as dates;
 *   XPath would turn both into NaN and answer false.
 * - A quote inside text is written by doubling it (`'it''s'`), as in XPath 2.0.
 * - string-length() counts code points, not UTF-16 units.
 * - regex() uses JavaScript's regular-expression dialect, not Java's (they agree on the usual
 *   classes, quantifiers and anchors).
 * - A text date() cannot read gives an unreadable date (equal to nothing, printed as '') where
 *   JavaRosa stops with an error; so does a date outside the years 0–9999.
 * - Numbers print in plain decimal (0.0001, not 1.0E-4) and text never reads ',' as a decimal point.
 * - Dates are whole days (a time after the date is ignored). Paths (`/data/x`, `..`) and the
 *   XPath/ODK functions not listed above (now(), substr(), sum() …) are reported as errors.
 * Positions in errors are 0-based offsets into the text in UTF-16 units, as JavaScript string
 * indices and text-field selections count them.
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
