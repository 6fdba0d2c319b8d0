/**
 * Small-number suppression for sensitive indicators (DESIGN §2): not published below the
 * commune level, and published counts from 1 to threshold − 1 withheld. Runs at compile time,
 * so suppressed values never reach the browser.
 */
import { SUPPRESSED, type Cell } from './aggregate';

export interface SuppressionRules {
  /** Counts 1 … threshold − 1 are withheld ("<5" for threshold 5). */
  threshold: number;
  /** Deepest level at which sensitive indicators are published (3 = commune). */
  minLevel: number;
}

export const SUPPRESSION_RULES: SuppressionRules = { threshold: 5, minLevel: 3 };

export function isPublishedAtLevel(level: number, rules: SuppressionRules = SUPPRESSION_RULES): boolean {
  return level <= rules.minLevel;
}

export function suppressSmall(cell: Cell, rules: SuppressionRules = SUPPRESSION_RULES): Cell {
  if (typeof cell === 'number' && cell > 0 && cell < rules.threshold) return SUPPRESSED;
  return cell;
}
