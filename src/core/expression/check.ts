/**
 * Static checks a form editor runs as the author types: every mistake found, with its position,
 * returned as data rather than thrown. A syntax mistake stops the check (nothing after it can be
 * trusted); otherwise every reference to a field the form does not have is reported.
 */
import { isProblem } from '../problem';
import type { ExpressionProblemDetails } from './expression-problem';
import { parseExpression } from './parser';
import type { Expression } from './tree';

export interface ExpressionError extends ExpressionProblemDetails {
  message: string;
}

/** The mistakes in `text` given the form's field keys; an empty list when it is sound. */
export function checkExpression(text: string, knownFieldKeys: Iterable<string>): ExpressionError[] {
  let tree: Expression;
  try {
    tree = parseExpression(text);
  } catch (error) {
    if (!isProblem(error) || error.code !== 'request.invalid') throw error;
    return [{ message: error.message, ...(error.details as unknown as ExpressionProblemDetails) }];
  }
  const known = new Set(knownFieldKeys);
  return fieldNodes(tree)
    .filter((node) => !known.has(node.name))
    .map((node) => {
      const position = node.position ?? 0;
      return {
        message: `Unknown field '\${${node.name}}' at position ${position}`,
        position,
        found: node.name,
      };
    });
}

/** Keys of the fields `tree` reads, each once, in order of first appearance. */
export function referencedFields(tree: Expression): string[] {
  return [...new Set(fieldNodes(tree).map((node) => node.name))];
}

function fieldNodes(tree: Expression): Extract<Expression, { kind: 'field' }>[] {
  switch (tree.kind) {
    case 'field':
      return [tree];
    case 'negate':
      return fieldNodes(tree.operand);
    case 'binary':
      return [...fieldNodes(tree.left), ...fieldNodes(tree.right)];
    case 'call':
      return tree.args.flatMap(fieldNodes);
    default:
      return [];
  }
}
