/** Every interval we publish is a two-sided 95% interval; one constant so no caller picks another. */
export const confidenceLevel = 0.95;

/** z such that P(-z < Z < z) = 0.95 for a standard normal Z (qnorm(0.975) in R). */
export const z95 = 1.959963984540054;

/** A two-sided 95% confidence interval. */
export type Interval = { readonly lower: number; readonly upper: number };
