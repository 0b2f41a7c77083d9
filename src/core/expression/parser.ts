/**
 * Recursive-descent parser from expression text to a tree, with XPath 1.0 precedence (see tree.ts).
 * It stops at the first mistake with a `request.invalid` Problem whose details give the 0-based
 * position, what was expected and what was found. Unknown functions and wrong argument counts are
 * mistakes here; unknown fields are not (the parser knows no form — see checkExpression).
 */
import { Problem } from '../problem';
import { describeFound, expectedProblem, expressionProblem } from './expression-problem';
import { arityProblem, functionNamed } from './functions';
import type { Token } from './tokenizer';
import { tokenize } from './tokenizer';
import type { Expression } from './tree';
import { binaryPrecedence, isBinaryOperator } from './tree';

const wordOperators = new Set(['and', 'or', 'div', 'mod']);
const loosestPrecedence = 1;

/** Parses `text` into a tree; throws `request.invalid` pointing at the first mistake. */
export function parseExpression(text: string): Expression {
  const parser = new Parser(tokenize(text));
  const tree = parser.parseBinary(loosestPrecedence);
  const next = parser.peek();
  if (next.kind !== 'end') {
    throw expectedProblem('an operator or the end of the expression', next.position, next.text);
  }
  return tree;
}

class Parser {
  private index = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  peek(): Token {
    const token = this.tokens[this.index] ?? this.tokens[this.tokens.length - 1];
    if (!token) throw new Problem('internal', 'tokenize() always ends with an end token');
    return token;
  }

  private advance(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.index++;
    return token;
  }

  private expectSymbol(symbol: string): void {
    const token = this.peek();
    if (token.kind !== 'symbol' || token.text !== symbol) {
      throw expectedProblem(symbol, token.position, token.text);
    }
    this.advance();
  }

  /** Binary operators binding at least as tightly as `minimum`, left-associative. */
  parseBinary(minimum: number): Expression {
    let left = this.parseUnary();
    for (;;) {
      const token = this.peek();
      const operator = token.kind === 'symbol' || token.kind === 'name' ? token.text : '';
      if (!isBinaryOperator(operator)) return left;
      const precedence = binaryPrecedence[operator];
      if (precedence < minimum) return left;
      this.advance();
      const right = this.parseBinary(precedence + 1);
      left = { kind: 'binary', operator, left, right, position: token.position };
    }
  }

  private parseUnary(): Expression {
    const token = this.peek();
    if (token.kind === 'symbol' && token.text === '-') {
      this.advance();
      return { kind: 'negate', operand: this.parseUnary(), position: token.position };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): Expression {
    const token = this.advance();
    const position = token.position;
    switch (token.kind) {
      case 'number':
        return { kind: 'number', value: token.value, position };
      case 'string':
        return { kind: 'string', value: token.value, position };
      case 'field':
        return { kind: 'field', name: token.name, position };
      case 'name':
        return this.parseName(token);
      case 'symbol':
        if (token.text === '.') return { kind: 'current', position };
        if (token.text === '(') {
          const inner = this.parseBinary(loosestPrecedence);
          this.expectSymbol(')');
          return inner;
        }
        break;
      case 'end':
        break;
    }
    throw expectedProblem('an expression', position, token.text);
  }

  private parseName(token: Token): Expression {
    const { text: name, position } = token;
    if (wordOperators.has(name)) throw expectedProblem('an expression', position, name);
    const next = this.peek();
    if (next.kind !== 'symbol' || next.text !== '(') {
      throw expressionProblem(
        `Unknown name '${name}' at position ${position}: refer to a field as \${${name}}`,
        { position, found: name },
      );
    }
    const fn = functionNamed(name);
    if (!fn) {
      throw expressionProblem(`Unknown function '${name}' at position ${position}`, {
        position,
        found: name,
      });
    }
    this.advance();
    const args = this.parseArguments();
    const problem = arityProblem(name, fn, args.length, position);
    if (problem) throw problem;
    return { kind: 'call', name, args, position };
  }

  private parseArguments(): Expression[] {
    const args: Expression[] = [];
    const first = this.peek();
    if (first.kind === 'symbol' && first.text === ')') {
      this.advance();
      return args;
    }
    for (;;) {
      args.push(this.parseBinary(loosestPrecedence));
      const token = this.peek();
      if (token.kind === 'symbol' && token.text === ',') {
        this.advance();
        continue;
      }
      if (token.kind === 'symbol' && token.text === ')') {
        this.advance();
        return args;
      }
      throw expressionProblem(
        `Expected ',' or ')' at position ${token.position} but found ${describeFound(token.text)}`,
        { position: token.position, expected: ', or )', found: token.text },
      );
    }
  }
}
