/**
 * The one rule for a reported number, shared by the compile (CSV cells) and the report workbook
 * check: plain digits with a decimal point, no thousands separators, not negative, whole unless
 * the indicator allows decimals.
 */

export type CountFault = 'format' | 'too-large' | 'negative' | 'fraction';

const NUMBER_RE = /^-?\d+(\.\d+)?$/;
/** Up to 15 digits always fit a double exactly. */
const MAX_PLAIN_DIGITS = 15;
const ZERO = 48;

/**
 * The value of a cell of 1–15 ASCII digits, the common case (millions of cells at country scale),
 * read without a regular expression; undefined for any other text, which readCountText reads.
 */
export function plainCount(text: string): number | undefined {
  const n = text.length;
  if (n === 0 || n > MAX_PLAIN_DIGITS) return undefined;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  return value;
}

/** A non-empty cell's text read as a count, or what is wrong with it. */
export function readCountText(text: string, options: { integer: boolean }): { value: number } | { fault: CountFault } {
  if (!NUMBER_RE.test(text)) return { fault: 'format' };
  const value = Number(text);
  if (!Number.isFinite(value)) return { fault: 'too-large' };
  if (value < 0) return { fault: 'negative' };
  if (options.integer && !Number.isInteger(value)) return { fault: 'fraction' };
  return { value };
}
