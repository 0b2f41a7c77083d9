/** Whether a higher or a lower value of an indicator is the good outcome. */
export type Direction = 'higher-is-better' | 'lower-is-better';
