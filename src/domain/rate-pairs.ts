/**
 * A rate is Σ numerator ÷ Σ denominator over the units that reported both sides: a village that
 * sent its denominator but not its numerator would otherwise pull the rate down (and the reverse,
 * up). At each reporting unit and quarter the two sides are kept only where both hold a value
 * (a stock's carried value counts as one); parents add these paired series as they add any other.
 */
import type { Cell, Series } from './aggregate';

export type RateSide = 'numerator' | 'denominator';

/** A reporting unit's numerator and denominator series, each kept only in the quarters where both have a value. */
export function pairedLeafSeries(numerator: Series, denominator: Series): Record<RateSide, Series> {
  const both = numerator.values.map((v, q) => v !== null && (denominator.values[q] ?? null) !== null);
  const reported = both.map((b, q) => (b && numerator.reported[q] && denominator.reported[q] ? 1 : 0));
  const carries = Boolean(numerator.carried ?? denominator.carried);
  const carried = both.map((b, q) => (b && !reported[q] ? 1 : 0));
  const side = (s: Series): Series => ({
    values: both.map((b, q): Cell => (b ? (s.values[q] ?? null) : null)),
    reported,
    ...(carries ? { carried } : {}),
    expected: 1,
  });
  return { numerator: side(numerator), denominator: side(denominator) };
}

/** Whether pairing changed anything, a value or a count of reports: a unit below reported only one side in some quarter. */
export function pairingMatters(paired: Record<RateSide, Series>, plain: Record<RateSide, Series>): boolean {
  return (['numerator', 'denominator'] as const).some((side) =>
    paired[side].values.some((v, q) => v !== (plain[side].values[q] ?? null) || paired[side].reported[q] !== plain[side].reported[q]),
  );
}
