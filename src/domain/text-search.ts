/**
 * Diacritics-insensitive search for Vietnamese names: "huyen tung" finds "Phường Huyền Tụng",
 * "duc xuan" finds "Đức Xuân". Tones and vowel marks are dropped, "đ" becomes "d".
 */

/** Lower case, without diacritics, single spaces. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The folded words of a query; an empty list matches everything. */
export function queryWords(query: string): string[] {
  return foldForSearch(query).split(' ').filter(Boolean);
}

/** True when every word occurs in the folded text (in any order). */
export function matchesWords(foldedText: string, words: readonly string[]): boolean {
  return words.every((w) => foldedText.includes(w));
}

/** Convenience for one-off checks: does `text` match `query`? */
export function matchesQuery(text: string, query: string): boolean {
  return matchesWords(foldForSearch(text), queryWords(query));
}
