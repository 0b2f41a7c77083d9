/**
 * The functions an expression may call, with their arity and meaning (ODK XForms semantics).
 * Arguments arrive unevaluated, as thunks, so that if() and coalesce() evaluate only what they use.
 */
import type { Problem } from '../problem';
import { expressionProblem } from './expression-problem';
import type { Value } from './values';
import { numberToText, toBoolean, toDate, toNumber, toText } from './values';

export interface FunctionEnvironment {
  /** The evaluation date, YYYY-MM-DD, for today(). */
  today: string;
  /** Where the call starts in the source, for errors. */
  position: number;
}

type Argument = () => Value;

interface ExpressionFunction {
  minArgs: number;
  maxArgs: number;
  evaluate(args: readonly Argument[], environment: FunctionEnvironment): Value;
}

const argument = (args: readonly Argument[], index: number): Value => args[index]?.() ?? '';

const choices = (value: Value): string[] => toText(value).split(/\s+/).filter(Boolean);

const regexCache = new Map<string, RegExp>();

function compiledRegex(pattern: string, position: number): RegExp {
  const cached = regexCache.get(pattern);
  if (cached) return cached;
  let compiled: RegExp;
  try {
    const alone = new RegExp(pattern);
    compiled = new RegExp(`^(?:${alone.source})$`);
  } catch {
    throw expressionProblem(`Invalid regular expression '${pattern}' at position ${position}`, {
      position,
      found: pattern,
    });
  }
  if (regexCache.size >= 1000) regexCache.clear();
  regexCache.set(pattern, compiled);
  return compiled;
}

/**
 * Rounds half toward +∞ (XPath and ODK: round(-2.5) = -2) on the number's shortest decimal form,
 * so round(1.005, 2) = 1.01 although 1.005 is stored as 1.00499…; more than 30 places is NaN.
 */
function roundHalfUp(value: number, places: number): number {
  if (!Number.isFinite(value)) return value;
  if (!(Math.abs(places) <= 30)) return Number.NaN;
  const shifted = Number(`${numberToText(value)}e${places}`);
  if (!Number.isFinite(shifted)) return value;
  return Number(`${numberToText(Math.round(shifted))}e${-places}`);
}

const fixed = (
  arity: number,
  evaluate: (values: Value[], environment: FunctionEnvironment) => Value,
): ExpressionFunction => ({
  minArgs: arity,
  maxArgs: arity,
  evaluate: (args, environment) =>
    evaluate(
      args.map((arg) => arg()),
      environment,
    ),
});

const functions: Record<string, ExpressionFunction> = {
  /** selected(list, choice): whether a space-separated multi-select answer includes the choice. */
  selected: fixed(2, ([list = '', choice = '']) => choices(list).includes(toText(choice).trim())),
  'count-selected': fixed(1, ([list = '']) => choices(list).length),
  /** Counted in code points, so an emoji is one character. */
  'string-length': fixed(1, ([text = '']) => [...toText(text)].length),
  /** Whether the pattern matches the whole text, as in ODK Collect (Java's Pattern.matches). */
  regex: fixed(2, ([text = '', pattern = ''], { position }) =>
    compiledRegex(toText(pattern), position).test(toText(text)),
  ),
  if: {
    minArgs: 3,
    maxArgs: 3,
    evaluate: (args) => (toBoolean(argument(args, 0)) ? argument(args, 1) : argument(args, 2)),
  },
  not: fixed(1, ([value = '']) => !toBoolean(value)),
  true: fixed(0, () => true),
  false: fixed(0, () => false),
  today: fixed(0, (_values, { today, position }) => {
    const date = toDate(today);
    if (Number.isNaN(date.days)) {
      throw expressionProblem(
        `today() at position ${position} needs the evaluation date as YYYY-MM-DD, not '${today}'`,
        { position, found: today },
      );
    }
    return date;
  }),
  /** Empty text stays empty, as in JavaRosa, so that date(${x}) = '' holds for an unanswered x. */
  date: fixed(1, ([value = '']) => (value === '' ? '' : toDate(value))),
  /** The first argument unless it is empty ('' or NaN), else the second. */
  coalesce: {
    minArgs: 2,
    maxArgs: 2,
    evaluate: (args) => {
      const first = argument(args, 0);
      const empty = first === '' || (typeof first === 'number' && Number.isNaN(first));
      return empty ? argument(args, 1) : first;
    },
  },
  concat: {
    minArgs: 1,
    maxArgs: Number.POSITIVE_INFINITY,
    evaluate: (args) => args.map((arg) => toText(arg())).join(''),
  },
  round: {
    minArgs: 1,
    maxArgs: 2,
    evaluate: (args) =>
      roundHalfUp(
        toNumber(argument(args, 0)),
        args.length > 1 ? Math.trunc(toNumber(argument(args, 1))) : 0,
      ),
  },
  /** Truncates toward zero. */
  int: fixed(1, ([value = '']) => Math.trunc(toNumber(value))),
  number: fixed(1, ([value = '']) => toNumber(value)),
  string: fixed(1, ([value = '']) => toText(value)),
};

/** Names of every function an expression may call. */
export const functionNames: readonly string[] = Object.keys(functions);

/** The function called `name`, or undefined when there is none. */
export function functionNamed(name: string): ExpressionFunction | undefined {
  return Object.hasOwn(functions, name) ? functions[name] : undefined;
}

/** A `request.invalid` Problem when `count` arguments do not suit the function, else null. */
export function arityProblem(
  name: string,
  fn: ExpressionFunction,
  count: number,
  position: number,
): Problem | null {
  if (count >= fn.minArgs && count <= fn.maxArgs) return null;
  const plural = (n: number) => `${n} argument${n === 1 ? '' : 's'}`;
  const expected =
    fn.minArgs === fn.maxArgs
      ? plural(fn.minArgs)
      : fn.maxArgs === Number.POSITIVE_INFINITY
        ? `at least ${plural(fn.minArgs)}`
        : `${fn.minArgs} or ${plural(fn.maxArgs)}`;
  return expressionProblem(
    `${name}() takes ${expected} but was given ${count} at position ${position}`,
    {
      position,
      expected,
      found: String(count),
    },
  );
}
