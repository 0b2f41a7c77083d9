/**
 * Splits an XLSForm-style expression into tokens, each with its 0-based position, so the parser can
 * point at the exact character of a mistake. Strings are quoted with ' or "; a quote character is
 * written inside a string by doubling it (an XPath 2.0 rule; XPath 1.0 has no way at all).
 */
import { expectedProblem, expressionProblem } from './expression-problem';

export type Token =
  | { kind: 'number'; text: string; position: number; value: number }
  | { kind: 'string'; text: string; position: number; value: string }
  | { kind: 'field'; text: string; position: number; name: string }
  /** A function name or one of the word operators and, or, div, mod. */
  | { kind: 'name'; text: string; position: number }
  | { kind: 'symbol'; text: string; position: number }
  | { kind: 'end'; text: ''; position: number };

const numberPattern = /\d+(?:\.\d*)?|\.\d+/y;
const namePattern = /[A-Za-z_][A-Za-z0-9_-]*/y;
/** XLSForm field names (XML names without ':'): a letter or '_', then letters, digits, '_-.'. */
const fieldNamePattern = /[\p{L}_][\p{L}\p{N}_.-]*/uy;
const twoCharacterSymbols = ['!=', '<=', '>='];
const oneCharacterSymbols = '()+-*=<>,.';

function matchAt(pattern: RegExp, text: string, position: number): string | null {
  pattern.lastIndex = position;
  return pattern.exec(text)?.[0] ?? null;
}

/** Tokens of `text`, ending with an `end` token; throws `request.invalid` at a bad character. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  while (position < text.length) {
    const character = text.charAt(position);
    if (/\s/.test(character)) {
      position++;
      continue;
    }
    const token = readToken(text, position, character);
    tokens.push(token);
    position += token.text.length;
  }
  tokens.push({ kind: 'end', text: '', position: text.length });
  return tokens;
}

function readToken(text: string, position: number, character: string): Token {
  const number = matchAt(numberPattern, text, position);
  if (number !== null) return { kind: 'number', text: number, position, value: Number(number) };
  if (character === "'" || character === '"') return readString(text, position, character);
  if (character === '$') return readField(text, position);
  const name = matchAt(namePattern, text, position);
  if (name !== null) return { kind: 'name', text: name, position };
  const pair = text.slice(position, position + 2);
  if (pair === '..') {
    throw expressionProblem(
      `Unexpected '..' at position ${position}: refer to other fields as \${name}`,
      { position, found: '..' },
    );
  }
  if (twoCharacterSymbols.includes(pair)) return { kind: 'symbol', text: pair, position };
  if (character === '!') {
    throw expectedProblem('!=', position, '!');
  }
  if (oneCharacterSymbols.includes(character)) return { kind: 'symbol', text: character, position };
  throw expressionProblem(`Unexpected character '${character}' at position ${position}`, {
    position,
    found: character,
  });
}

function readString(text: string, start: number, quote: string): Token {
  let value = '';
  let position = start + 1;
  while (position < text.length) {
    const character = text.charAt(position);
    if (character === quote) {
      if (text.charAt(position + 1) !== quote) {
        return { kind: 'string', text: text.slice(start, position + 1), position: start, value };
      }
      position++;
    }
    value += character;
    position++;
  }
  throw expressionProblem(
    `Expected a closing ${quote} for the text starting at position ${start} but found the end of the expression`,
    { position: text.length, expected: quote, found: '' },
  );
}

function readField(text: string, start: number): Token {
  if (text.charAt(start + 1) !== '{') throw expectedProblem('{', start + 1, text.charAt(start + 1));
  const name = matchAt(fieldNamePattern, text, start + 2);
  if (name === null) throw expectedProblem('a field name', start + 2, text.charAt(start + 2));
  const close = start + 2 + name.length;
  if (text.charAt(close) !== '}') throw expectedProblem('}', close, text.charAt(close));
  return { kind: 'field', text: text.slice(start, close + 1), position: start, name };
}
