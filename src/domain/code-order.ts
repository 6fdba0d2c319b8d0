/**
 * Identifiers (unit and indicator codes, note ids, URL keys, ISO timestamps) in the order of their
 * characters. For the characters they are made of (ASCII letters, digits, dots, hyphens) this is
 * the order a tie-break needs: stable and the same on every device. Unlike `localeCompare` it reads
 * no locale data, which a browser's first call does (13–18 ms of CPU in Chromium).
 */
export const compareCodes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
