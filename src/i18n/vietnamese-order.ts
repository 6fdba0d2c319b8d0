/**
 * Vietnamese alphabetical order, as `new Intl.Collator('vi', { numeric: true }).compare` gives it,
 * without the browser's collation data (reading it costs tens of milliseconds of CPU on a phone).
 *
 * The order has three levels, each looked at only when the ones before it are equal over the whole
 * string:
 * 1. the letters, with ă, â, đ, ê, ô, ơ and ư letters of their own (a < ă < â < b …, d < đ), runs of
 *    digits by their value ("Tổ 9" before "Tổ 10", leading zeros ignored), and spaces and
 *    punctuation before digits, digits before letters;
 * 2. the tones, none < grave < hook above < tilde < acute < dot below (a à ả ã á ạ);
 * 3. the case, lower before upper.
 *
 * Strings with a character outside that repertoire (Vietnamese and ASCII letters, digits, printable
 * ASCII, en and em dashes) are compared by `Intl.Collator`, created on first need, so the order is
 * never wrong, only slower to start.
 */

/** Spaces, punctuation and symbols in the collator's order, each its own primary weight. */
const PUNCTUATION = ' _-–—,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$';
/** Base letters in Vietnamese order. */
const LETTERS = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
/** The vowels, and each of them with its five tones: grave, hook above, tilde, acute, dot below. */
const VOWELS = 'aăâeêioôơuưy';
const TONED = 'àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ';
/** The capital of a lower-case letter above: ASCII and Latin-1 are 32 code points apart, the others paired. */
const upperOf = (code: number): number => (code < 0x100 ? code - 32 : code - 1);

/** The primary weight of a run of digits: after every punctuation mark, before every letter. */
const DIGITS = PUNCTUATION.length + 1;

/** Per character: primary weight × 16 + tone × 2 + upper case. */
const WEIGHTS = new Int16Array(0x1f00).fill(-1); // up to ỹ (U+1EF9)
const weightOf = (code: number): number => (code < 0x1f00 ? WEIGHTS[code]! : -1);
const pack = (primary: number, tone: number) => primary * 16 + tone * 2;
const letter = (code: number, packed: number) => {
  WEIGHTS[code] = packed;
  WEIGHTS[upperOf(code)] = packed + 1;
};
for (let i = 0; i < PUNCTUATION.length; i++) WEIGHTS[PUNCTUATION.charCodeAt(i)] = pack(i + 1, 0);
for (let i = 0; i < LETTERS.length; i++) {
  const primary = DIGITS + 1 + i;
  letter(LETTERS.charCodeAt(i), pack(primary, 0));
  const vowel = VOWELS.indexOf(LETTERS[i]!);
  if (vowel >= 0) for (let t = 0; t < 5; t++) letter(TONED.charCodeAt(vowel * 5 + t), pack(primary, t + 1));
}

/** Runs of more digits than this are left to the collator (ICU splits very long numbers). */
const LONGEST_NUMBER = 200;

/**
 * The string as a list of collation units: a character's packed weight, or a number as a negative
 * entry (−(significant digits + 1)) followed by its significant digits. `null` when a character is
 * outside the repertoire.
 */
function unitsOf(text: string): number[] | null {
  const units: number[] = [];
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      let end = i;
      while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
      if (end - i > LONGEST_NUMBER) return null;
      let start = i;
      while (start < end && text.charCodeAt(start) === 48) start++;
      units.push(-(end - start + 1));
      for (let k = start; k < end; k++) units.push(text.charCodeAt(k) - 48);
      i = end;
      continue;
    }
    const weight = weightOf(code);
    if (weight < 0) return null;
    units.push(weight);
    i++;
  }
  return units;
}

/** Compares the primary weights, numbers by value; 0 when equal over both strings. */
function comparePrimary(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x < 0 || y < 0) {
      if (x >= 0) return (x >> 4) - DIGITS;
      if (y >= 0) return DIGITS - (y >> 4);
      // Both numbers: more significant digits is larger, then digit by digit.
      if (x !== y) return y - x;
      for (let k = 1; k < -x; k++) if (a[i + k] !== b[j + k]) return a[i + k]! - b[j + k]!;
      i += -x;
      j += -y;
      continue;
    }
    if (x >> 4 !== y >> 4) return (x >> 4) - (y >> 4);
    i++;
    j++;
  }
  return a.length - i - (b.length - j);
}

/** After equal primaries (so the units line up): the tones, then the case, unit by unit. */
function compareLevel(a: readonly number[], b: readonly number[], weight: (packed: number) => number): number {
  for (let i = 0; i < a.length;) {
    const x = a[i]!;
    if (x < 0) {
      i += -x; // numbers of equal value carry no tone or case
      continue;
    }
    const d = weight(x) - weight(b[i]!);
    if (d !== 0) return d;
    i++;
  }
  return 0;
}

/** A digit or a character of the repertoire. */
const known = (code: number) => (code >= 48 && code <= 57) || weightOf(code) >= 0;

/**
 * Most pairs differ in their letters at the first character where they differ: the answer without
 * building their units. 0 when that is not certain (a tone or case apart, a digit, the end of one
 * string, a character outside the repertoire before it or just after it, which could combine with
 * it), and the whole comparison decides.
 */
function firstDifference(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (; i < n; i++) {
    const code = a.charCodeAt(i);
    if (code !== b.charCodeAt(i)) break;
    if (!known(code)) return 0;
  }
  if (i === n) return 0;
  const x = weightOf(a.charCodeAt(i));
  const y = weightOf(b.charCodeAt(i));
  // Neither is a digit, so a number just before them is the same number in both.
  if (x < 0 || y < 0 || x >> 4 === y >> 4) return 0;
  if ((i + 1 < a.length && !known(a.charCodeAt(i + 1))) || (i + 1 < b.length && !known(b.charCodeAt(i + 1)))) return 0;
  return x >> 4 < y >> 4 ? -1 : 1;
}

let fallback: Intl.Collator | undefined;

/** Vietnamese order, with numbers by value: negative when `a` comes first, 0 when the collator sees them as equal. */
export function compareVietnamese(a: string, b: string): number {
  const quick = firstDifference(a, b);
  if (quick !== 0) return quick;
  const ua = unitsOf(a);
  const ub = ua && unitsOf(b);
  if (!ua || !ub) return (fallback ??= new Intl.Collator('vi', { numeric: true })).compare(a, b);
  const primary = comparePrimary(ua, ub);
  if (primary !== 0) return Math.sign(primary);
  // Equal primaries: both strings have the same units in the same places.
  return Math.sign(compareLevel(ua, ub, (w) => (w >> 1) & 7) || compareLevel(ua, ub, (w) => w & 1));
}
