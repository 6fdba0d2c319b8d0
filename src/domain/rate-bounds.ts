/**
 * A rate's numerator may not exceed its denominator: per quarter when the numerator is a stock,
 * and cumulatively (up to each quarter) for flows, where a quarter may disburse what an earlier
 * one allocated. Used by the compile on the reports and by the API checker on published series.
 */
export interface RateExcess {
  /** Position of the first quarter where the numerator exceeds the denominator. */
  quarter: number;
  numerator: number;
  denominator: number;
}

/** The first quarter where the numerator exceeds its denominator, or null when it never does. */
export function firstRateExcess(numerators: readonly (number | null)[], denominators: readonly (number | null)[], cumulative: boolean): RateExcess | null {
  let sumNum = 0;
  let sumDen = 0;
  for (let q = 0; q < numerators.length; q++) {
    const n = numerators[q] ?? null;
    const d = denominators[q] ?? null;
    sumNum = cumulative ? sumNum + (n ?? 0) : (n ?? 0);
    sumDen = cumulative ? sumDen + (d ?? 0) : (d ?? 0);
    if (n !== null && (cumulative || d !== null) && sumNum > sumDen + 1e-9) return { quarter: q, numerator: sumNum, denominator: sumDen };
  }
  return null;
}
