import { Problem } from '../problem';

/** Throws the Problem a caller gets for numbers a statistic cannot be computed from. */
export const invalidInput = (message: string, details: Record<string, unknown> = {}): never => {
  throw new Problem('request.invalid', message, details);
};

/** Checks that a count is a non-negative integer. */
export const assertCount = (value: number, name: string): void => {
  if (!Number.isInteger(value) || value < 0)
    invalidInput(`${name} must be a non-negative integer`, { [name]: value });
};

/** Checks that every value is a finite number. */
export const assertFinite = (values: readonly number[], name: string): void => {
  const bad = values.findIndex((value) => !Number.isFinite(value));
  if (bad >= 0) invalidInput(`${name} must be finite numbers`, { index: bad, value: values[bad] });
};
