/**
 * Numbers as `Intl.NumberFormat` writes them for vi-VN ("313.905", "52,58%") and en-GB ("313,905",
 * "52.58%") with no minimum and a maximum number of decimals, written without the browser's locale
 * data (reading it costs tens of milliseconds of CPU on a phone, in one task).
 *
 * The rounding is ICU's: the shortest decimal form of the double (what `String(x)` gives), rounded
 * half away from zero on the decimal digits, not on the binary value (so 1.005 → "1,01", where
 * `toFixed(2)` gives "1.00"). A percent shifts that decimal form by two places; it never multiplies
 * in binary. Negative numbers, and negative values that round to zero, keep their sign ("-0").
 */

export interface NumberSymbols {
  /** Between groups of three digits of the integer part. */
  group: string;
  /** Between the integer part and the decimals. */
  decimal: string;
}

/** vi-VN and en-GB: a group separator from four digits on, a hyphen-minus, "∞", "NaN", "%" after the number. */
export const NUMBER_SYMBOLS = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
} as const satisfies Record<string, NumberSymbols>;

/** A finite, non-negative number as its significant digits (no leading or trailing zeros) and the place of its decimal point. */
export interface Decimal {
  /** "" for zero. */
  digits: string;
  /** How many of `digits` stand before the decimal point; negative or above `digits.length` for zeros to add. */
  point: number;
}

/** The shortest decimal form of `x` (finite, ≥ 0), from `String(x)`: "1.5e-7" → { digits: "15", point: -6 }. */
export function decimalOf(x: number): Decimal {
  const text = String(x);
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const exponent = e < 0 ? 0 : Number(text.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const whole = dot < 0 ? mantissa : mantissa.slice(0, dot);
  const all = dot < 0 ? mantissa : whole + mantissa.slice(dot + 1);
  return trimmed(all, whole.length + exponent);
}

function trimmed(digits: string, point: number): Decimal {
  let start = 0;
  while (start < digits.length && digits.charCodeAt(start) === 48) start++;
  let end = digits.length;
  while (end > start && digits.charCodeAt(end - 1) === 48) end--;
  return end === start ? { digits: '', point: 0 } : { digits: digits.slice(start, end), point: point - start };
}

/** Rounds to at most `decimals` digits after the point, half away from zero. */
export function roundDecimal(d: Decimal, decimals: number): Decimal {
  const keep = d.point + decimals;
  if (keep >= d.digits.length) return d;
  if (keep < 0) return { digits: '', point: 0 };
  const up = d.digits.charCodeAt(keep) >= 53; // the first dropped digit is 5 or more
  let digits = d.digits.slice(0, keep);
  let point = d.point;
  if (up) {
    let i = digits.length - 1;
    while (i >= 0 && digits[i] === '9') i--;
    if (i < 0) {
      digits = '1';
      point += 1;
    } else digits = digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1);
  }
  return trimmed(digits, point);
}

function grouped(integer: string, separator: string): string {
  if (integer.length <= 3) return integer;
  const head = integer.length % 3 || 3;
  let out = integer.slice(0, head);
  for (let i = head; i < integer.length; i += 3) out += separator + integer.slice(i, i + 3);
  return out;
}

/** Writes `value` with at most `decimals` decimals (0–20), `percent` for a ratio shown as a percentage. */
export function writeNumber(value: number, symbols: NumberSymbols, decimals: number, percent = false): string {
  const suffix = percent ? '%' : '';
  if (Number.isNaN(value)) return `NaN${suffix}`;
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  const magnitude = Math.abs(value);
  if (magnitude === Infinity) return `${sign}∞${suffix}`;
  const exact = decimalOf(magnitude);
  const { digits, point } = roundDecimal(percent && exact.digits ? { digits: exact.digits, point: exact.point + 2 } : exact, decimals);
  const integer = point <= 0 ? '0' : digits.length >= point ? digits.slice(0, point) : digits + '0'.repeat(point - digits.length);
  const fraction = point >= digits.length ? '' : point < 0 ? '0'.repeat(-point) + digits : digits.slice(point);
  return `${sign}${grouped(integer, symbols.group)}${fraction ? symbols.decimal + fraction : ''}${suffix}`;
}
