/**
 * The one rule for a reported number, shared by the compile (CSV cells) and the report workbook
 * check: plain digits with a decimal point, no thousands separators, not negative, whole unless
 * the indicator allows decimals.
 */

export type CountFault = 'format' | 'too-large' | 'negative' | 'fraction';

const NUMBER_RE = /^-?\d+(\.\d+)?$/;

/** A non-empty cell's text read as a count, or what is wrong with it. */
export function readCountText(text: string, options: { integer: boolean }): { value: number } | { fault: CountFault } {
  if (!NUMBER_RE.test(text)) return { fault: 'format' };
  const value = Number(text);
  if (!Number.isFinite(value)) return { fault: 'too-large' };
  if (value < 0) return { fault: 'negative' };
  if (options.integer && !Number.isInteger(value)) return { fault: 'fraction' };
  return { value };
}
