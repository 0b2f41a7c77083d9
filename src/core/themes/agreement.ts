/**
 * Agreement between two coders on one theme, as Cohen's kappa: how much more often they agree
 * than two coders applying the theme at their own rates independently would. Used for the
 * auto-coder against a person and for two people against each other, one theme at a time.
 */
export interface ThemeAgreement {
  themeKey: string;
  /** Answers both coders coded. */
  answers: number;
  bothYes: number;
  onlyFirst: number;
  onlySecond: number;
  bothNo: number;
  /** Observed agreement po. */
  observed: number;
  /** Agreement expected by chance pe. */
  expected: number;
  /** (po − pe) / (1 − pe); null when pe = 1 (both coders gave one answer to everything). */
  kappa: number | null;
}

/** The set of theme keys each coder gave, per answer id. */
export type Coding = ReadonlyMap<string, ReadonlySet<string>>;

/** Cohen's kappa from a 2×2 table of counts. */
export function kappaFromCounts(
  themeKey: string,
  bothYes: number,
  onlyFirst: number,
  onlySecond: number,
  bothNo: number,
): ThemeAgreement {
  const answers = bothYes + onlyFirst + onlySecond + bothNo;
  const share = (count: number) => (answers === 0 ? 0 : count / answers);
  const observed = share(bothYes + bothNo);
  const firstYes = share(bothYes + onlyFirst);
  const secondYes = share(bothYes + onlySecond);
  const expected = firstYes * secondYes + (1 - firstYes) * (1 - secondYes);
  const kappa = answers === 0 || expected === 1 ? null : (observed - expected) / (1 - expected);
  return { themeKey, answers, bothYes, onlyFirst, onlySecond, bothNo, observed, expected, kappa };
}

/** Kappa per theme over the answers both coders coded, in the order of `themeKeys`. */
export function agreementByTheme(
  first: Coding,
  second: Coding,
  themeKeys: readonly string[],
): ThemeAgreement[] {
  const shared = [...first.keys()].filter((answerId) => second.has(answerId));
  return themeKeys.map((themeKey) => {
    let bothYes = 0;
    let onlyFirst = 0;
    let onlySecond = 0;
    let bothNo = 0;
    for (const answerId of shared) {
      const a = first.get(answerId)?.has(themeKey) ?? false;
      const b = second.get(answerId)?.has(themeKey) ?? false;
      if (a && b) bothYes += 1;
      else if (a) onlyFirst += 1;
      else if (b) onlySecond += 1;
      else bothNo += 1;
    }
    return kappaFromCounts(themeKey, bothYes, onlyFirst, onlySecond, bothNo);
  });
}
