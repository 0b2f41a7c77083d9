import { describe, expect, it } from 'vitest';
import { Problem } from '../problem';
import type { EvaluationContext } from './evaluator';
import { evaluateCondition, evaluateExpression } from './evaluator';
import { parseExpression } from './parser';
import type { Value } from './values';
import { toText } from './values';

const context: EvaluationContext = {
  values: {
    age: '20',
    race: 'white black',
    race_list: ['asian', 'black'],
    income: '36000',
    x: '',
    missing_answer: null,
    name: 'Ana',
    dob: '1990-06-15',
    start: '2024-01-10',
    end: '2024-02-01',
    score: 7,
    consent: true,
  },
  current: '42',
  today: '2026-12-03',
};

const evaluate = (text: string, overrides: Partial<EvaluationContext> = {}): Value =>
  evaluateExpression(parseExpression(text), { ...context, ...overrides });
const asText = (text: string) => toText(evaluate(text));

function problemOf(text: string, overrides: Partial<EvaluationContext> = {}): Problem {
  try {
    evaluate(text, overrides);
  } catch (error) {
    if (error instanceof Problem) return error;
    throw error;
  }
  throw new Error(`expected ${text} to fail`);
}

describe('arithmetic', () => {
  it.each([
    ['1 + 2', 3],
    ['5 - 7', -2],
    ['3 * 4', 12],
    ['${income} div 12', 3000], // 36000 / 12
    ['7 mod 3', 1],
    ['-7 mod 3', -1], // XPath mod truncates: -7 = -2·3 − 1
    ['7.5 mod 2', 1.5],
    ['-${age}', -20],
    ['--${age}', 20],
    ['1 div 0', Number.POSITIVE_INFINITY],
    ['${score} + 1', 8],
    ['${consent} + 1', 2], // true → 1
    ['1 + 2 * 3 = 7', true],
    ['0.1 + 0.2 = 0.3', true], // equal within 1e-12, as in JavaRosa (the sum is 0.30000000000000004)
    ['0.1 + 0.2 != 0.3', false],
    ['0.1 + 0.2 - 0.3 = 0', true],
    ['1 = 1.000001', false],
    ['1 div 0 = 1 div 0', true],
    ['(1 + 2) * 3', 9],
    ['10 - 4 - 3', 3],
    ['-2 * 3', -6],
  ])('%s = %s', (text, expected) => {
    expect(evaluate(text)).toBe(expected);
  });

  it('gives NaN for empty or non-numeric text, as XPath does', () => {
    expect(evaluate('${x} + 1')).toBeNaN();
    expect(evaluate("'abc' * 2")).toBeNaN();
    expect(evaluate('0 div 0')).toBeNaN();
  });
});

describe('comparison', () => {
  it.each([
    ["'10' = 10", true], // a number on one side makes it a numeric comparison
    ["'10.0' = 10", true],
    ["' 10 ' = 10", true],
    ["'10' = '10.0'", false], // two texts compare as text
    ["'abc' = 0", false],
    ["'abc' != 0", true], // NaN equals nothing
    ["${x} = ''", true],
    ["${missing_answer} = ''", true],
    ["${never_defined} = ''", true],
    ['${x} = 0', false],
    ["${name} != 'Ana'", false],
    ["true() = 'x'", true], // a boolean on one side: boolean('x') is true
    ["false() = ''", true],
    ['1 = true()', true],
    ['2 < 10', true],
    ["'2' < '10'", true], // numbers, not text order
    ['${age} >= 18', true],
    ['${age} > 20', false],
    ['${age} <= 20', true],
    ["'abc' < 1", false],
    ["'abc' >= 1", false],
  ])('%s is %s', (text, expected) => {
    expect(evaluate(text)).toBe(expected);
  });

  it('compares dates as dates', () => {
    expect(evaluate('${start} < ${end}')).toBe(true); // two ISO texts
    expect(evaluate('${end} <= ${start}')).toBe(false);
    expect(evaluate('${dob} < today()')).toBe(true); // a date on one side
    expect(evaluate('date(${dob}) > today()')).toBe(false);
    expect(evaluate("date('2024-03-01') = '2024-03-01'")).toBe(true);
    expect(evaluate("date('2024-03-01') != '2024-03-02'")).toBe(true);
    expect(evaluate("date('2024-02-30') = date('2024-02-30')")).toBe(false); // unreadable
    expect(evaluate("date('junk') < today()")).toBe(false);
  });
});

describe('and, or', () => {
  it.each([
    ['true() and true()', true],
    ['true() and false()', false],
    ['false() and true()', false],
    ['false() or false()', false],
    ['false() or true()', true],
    ['true() or false() and false()', true], // and binds tighter: true or (false and false)
    ['(true() or false()) and false()', false],
    ['. > 0 and . < 120', true], // . is 42
    ["${age} >= 18 and selected(${race}, 'black')", true],
    ["'false' and 1", true], // non-empty text is true, even 'false'
  ])('%s is %s', (text, expected) => {
    expect(evaluate(text)).toBe(expected);
  });

  it('evaluate only the operand they need', () => {
    expect(evaluate("false() and regex('a', '[')")).toBe(false);
    expect(evaluate("true() or regex('a', '[')")).toBe(true);
  });
});

describe('functions', () => {
  it.each([
    ["selected(${race}, 'black')", true],
    ["selected(${race}, 'bla')", false],
    ["selected(${race_list}, 'asian')", true],
    ["selected(${race}, ' black ')", true],
    ["selected(${x}, 'black')", false],
    ['count-selected(${race})', 2],
    ['count-selected(${race_list})', 2],
    ["count-selected('  a   b ')", 2],
    ['count-selected(${x})', 0],
    ["string-length('héllo')", 5],
    ["string-length('👍')", 1], // one code point, two UTF-16 units
    ['string-length(${x})', 0],
    ['string-length(12.50)', 4], // '12.5'
    ['string-length(.) <= 10', true],
    ["regex('12345', '^[0-9]{5}$')", true],
    ["regex('1234', '^[0-9]{5}$')", false],
    ["regex('abc123', '[0-9]+')", false], // the whole text must match, as in ODK Collect
    ["regex('abc123', '[a-z]+[0-9]+')", true],
    ["regex('yes', 'yes|no')", true], // alternatives are grouped before anchoring
    ["regex('yesno', 'yes|no')", false],
    ["regex(., '^[0-9]{5}$')", false],
    ["if(${age} >= 18, 'adult', 'minor')", 'adult'],
    ["if(${age} < 18, 'adult', 'minor')", 'minor'],
    ["if(${age} = 'yes', 1, 0)", 0],
    ["if(true(), 1, regex('a', '['))", 1],
    ["not(${x} = '')", false],
    ["not('')", true],
    ['not(0)', true],
    ["not('false')", false],
    ['true()', true],
    ['false()', false],
    ["coalesce(${x}, 'none')", 'none'],
    ["coalesce(${name}, regex('a', '['))", 'Ana'],
    ['coalesce(number(${x}), 5)', 5], // NaN counts as empty, as in JavaRosa
    ["concat('a', 1, true(), ${x}, '-', ${race_list})", 'a1true-asian black'],
    ["concat('only')", 'only'],
    ['round(2.5)', 3],
    ['round(-2.5)', -2], // half toward +∞, as XPath 1.0 and JavaRosa round
    ['round(-2.6)', -3],
    ['round(-1.005, 2)', -1], // -100.5 rounds up to -100
    ['round(2.4)', 2],
    ['round(1.005, 2)', 1.01], // 1.005 in binary is 1.00499…; rounded on its decimal form
    ['round(2.345, 2)', 2.35],
    ['round(1234.5678, -2)', 1200],
    ['round(${income} div 7, 1)', 5142.9], // 36000 / 7 = 5142.857…
    ['int(3.9)', 3],
    ['int(-3.9)', -3],
    ["int('7.2')", 7],
    ["number(' 12 ')", 12],
    ['number(true())', 1],
    ["number(date('1970-01-10'))", 9],
    ["number(date('2024-01-05'))", 19727], // days since 1970-01-01 (Python: (date(2024,1,5)-date(1970,1,1)).days)
    ['today() - date(${dob})', 13320], // Python: (date(2026,12,3)-date(1990,6,15)).days
    ['string(1 = 1)', 'true'],
    ['string(0.1 + 0.2)', '0.30000000000000004'],
    ['string(1000000 * 1000000 * 1000000000)', '1000000000000000000000'], // 1e21 without exponent
    ['string(1 div 0)', 'Infinity'],
    ['string(0 div 0)', 'NaN'],
    ['string(-0)', '0'],
  ])('%s = %j', (text, expected) => {
    expect(evaluate(text)).toEqual(expected);
  });

  it('makes NaN where XPath does', () => {
    expect(evaluate("number('')")).toBeNaN();
    expect(evaluate("number('1e3')")).toBeNaN();
    expect(evaluate("number('0x10')")).toBeNaN();
    expect(evaluate("round('x')")).toBeNaN();
    expect(evaluate('round(1, 31)')).toBeNaN(); // JavaRosa's limit of 30 places
    expect(evaluate('int(${x})')).toBeNaN();
  });

  it('reads and writes dates as YYYY-MM-DD', () => {
    expect(asText('today()')).toBe('2026-12-03');
    expect(asText('date(${dob})')).toBe('1990-06-15');
    expect(asText("date('2024-01-05T10:30:00Z')")).toBe('2024-01-05');
    expect(asText('date(0)')).toBe('1970-01-01');
    expect(asText('date(19723)')).toBe('2024-01-01'); // Python: date(1970,1,1) + 19723 days
    expect(asText('date(today() - 365)')).toBe('2025-12-03');
    expect(asText("date('2024-02-30')")).toBe('');
    expect(evaluate("date(${x}) = ''")).toBe(true);
    expect(evaluate('date(${x}) < today()')).toBe(false);
    expect(asText("date('03/07/1984')")).toBe('');
    expect(asText("date('0050-01-01')")).toBe('0050-01-01'); // not 1950, the Date.UTC trap
    expect(asText('date(2932896)')).toBe('9999-12-31');
    expect(asText('date(2932897)')).toBe(''); // year 10000 is out of range
    expect(asText('date(-719528)')).toBe('0000-01-01');
    expect(asText('date(10000000000)')).toBe('');
    expect(evaluate('date(10000000000) > today()')).toBe(false);
    expect(evaluateCondition(parseExpression("date('junk')"), context)).toBe(true);
  });

  it('reports an invalid regular expression at the call', () => {
    const problem = problemOf("${x} != '' or regex(., '[0-9')");
    expect(problem.code).toBe('request.invalid');
    expect(problem.message).toBe("Invalid regular expression '[0-9' at position 14");
    expect(problem.details).toEqual({ position: 14, found: '[0-9' });
  });

  it('rejects a pattern that is invalid on its own even if anchoring would mend it', () => {
    expect(problemOf("regex('a', 'a)|(b')").message).toBe(
      "Invalid regular expression 'a)|(b' at position 0",
    );
  });

  it('needs the evaluation date for today()', () => {
    const problem = problemOf('today()', { today: 'yesterday' });
    expect(problem.message).toBe(
      "today() at position 0 needs the evaluation date as YYYY-MM-DD, not 'yesterday'",
    );
  });
});

describe('fields and the current value', () => {
  it('reads . from the context, and as empty when there is none', () => {
    expect(evaluate('. + 1')).toBe(43);
    expect(evaluate(". = ''", { current: undefined })).toBe(true);
    expect(evaluate('count-selected(.)', { current: ['a', 'b', 'c'] })).toBe(3);
  });

  it('never reads inherited properties as field values', () => {
    expect(evaluate("${constructor} = ''")).toBe(true);
    expect(evaluate("${__proto__} = ''")).toBe(true);
  });
});

describe('hand-built trees', () => {
  it('are checked for unknown functions and argument counts', () => {
    expect(() =>
      evaluateExpression({ kind: 'call', name: 'sqrt', args: [], position: 3 }, context),
    ).toThrow("Unknown function 'sqrt' at position 3");
    expect(() => evaluateExpression({ kind: 'call', name: 'not', args: [] }, context)).toThrow(
      'not() takes 1 argument but was given 0 at position 0',
    );
  });
});

describe('evaluateCondition', () => {
  it('applies XPath boolean() to the value', () => {
    const holds = (text: string) => evaluateCondition(parseExpression(text), context);
    expect(holds('${age}')).toBe(true);
    expect(holds('${x}')).toBe(false);
    expect(holds('0')).toBe(false);
    expect(holds('0 div 0')).toBe(false);
    expect(holds('${age} - 20')).toBe(false);
  });
});
