/**
 * Evaluates a tree against a form's values, without eval or Function. The evaluation date comes in
 * through the context (the core never reads the clock). Fields missing from `values` read as '',
 * like unanswered questions; checkExpression is what catches references to fields that do not
 * exist. `and`, `or`, if() and coalesce() evaluate only the operands they need.
 */
import { expressionProblem } from './expression-problem';
import { arityProblem, functionNamed } from './functions';
import type { Expression } from './tree';
import type { FieldValue, Value } from './values';
import { compareValues, fromFieldValue, toBoolean, toNumber } from './values';

export interface EvaluationContext {
  /** Every field's current value, by key. */
  values: Readonly<Record<string, FieldValue>>;
  /** The value of the field the expression belongs to, read by `.`. */
  current?: FieldValue;
  /** The evaluation date, YYYY-MM-DD, read by today(); pass it in from the edge's clock. */
  today: string;
}

/** The value of `tree` in `context`: text, number, boolean or date. */
export function evaluateExpression(tree: Expression, context: EvaluationContext): Value {
  switch (tree.kind) {
    case 'number':
    case 'string':
      return tree.value;
    case 'field':
      return fromFieldValue(
        Object.hasOwn(context.values, tree.name) ? context.values[tree.name] : undefined,
      );
    case 'current':
      return fromFieldValue(context.current);
    case 'negate':
      return -toNumber(evaluateExpression(tree.operand, context));
    case 'binary':
      return evaluateBinary(tree, context);
    case 'call':
      return evaluateCall(tree, context);
  }
}

/** Whether a constraint or relevance expression holds: XPath boolean() of its value. */
export function evaluateCondition(tree: Expression, context: EvaluationContext): boolean {
  return toBoolean(evaluateExpression(tree, context));
}

function evaluateBinary(
  tree: Extract<Expression, { kind: 'binary' }>,
  context: EvaluationContext,
): Value {
  const left = evaluateExpression(tree.left, context);
  switch (tree.operator) {
    case 'or':
      return toBoolean(left) || toBoolean(evaluateExpression(tree.right, context));
    case 'and':
      return toBoolean(left) && toBoolean(evaluateExpression(tree.right, context));
    case '=':
    case '!=':
    case '<':
    case '<=':
    case '>':
    case '>=':
      return compareValues(tree.operator, left, evaluateExpression(tree.right, context));
  }
  const right = toNumber(evaluateExpression(tree.right, context));
  switch (tree.operator) {
    case '+':
      return toNumber(left) + right;
    case '-':
      return toNumber(left) - right;
    case '*':
      return toNumber(left) * right;
    case 'div':
      return toNumber(left) / right;
    case 'mod':
      return toNumber(left) % right;
  }
}

function evaluateCall(
  tree: Extract<Expression, { kind: 'call' }>,
  context: EvaluationContext,
): Value {
  const position = tree.position ?? 0;
  const fn = functionNamed(tree.name);
  if (!fn) {
    throw expressionProblem(`Unknown function '${tree.name}' at position ${position}`, {
      position,
      found: tree.name,
    });
  }
  const problem = arityProblem(tree.name, fn, tree.args.length, position);
  if (problem) throw problem;
  const args = tree.args.map((arg) => () => evaluateExpression(arg, context));
  return fn.evaluate(args, { today: context.today, position });
}
