/**
 * Colour-blind-safe map colours. Sequential classes use a single-hue-progression palette (ColorBrewer
 * YlGnBu, safe for the common colour-vision deficiencies and readable in greyscale: lightness
 * always falls as values rise); progress bands use RdYlBu. Cells without a number get a neutral
 * fill plus a pattern, so they never read as a low value.
 */
import type { Band } from './progress';

/** ColorBrewer YlGnBu, 7 classes (light → dark). */
const YL_GN_BU = ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'] as const;

/** Colour of each class for k classes (1 ≤ k ≤ 7): evenly spread over the palette, light to dark. */
export function sequentialColours(k: number): string[] {
  const n = Math.max(1, Math.min(YL_GN_BU.length, Math.floor(k)));
  if (n === 1) return [YL_GN_BU[3]];
  return Array.from({ length: n }, (_, i) => YL_GN_BU[Math.round((i * (YL_GN_BU.length - 1)) / (n - 1))]!);
}

/** Progress bands, best to worst, on ColorBrewer RdYlBu (colour-blind safe, ordered in lightness at both ends). */
export const BAND_COLOURS: Readonly<Record<Band, string>> = {
  met: '#2c7bb6',
  on_track: '#abd9e9',
  accelerate: '#ffffbf',
  slow: '#fdae61',
  decline: '#d7191c',
};

/** Cells that carry no number: each has its own pattern (SVG id) as well as a neutral colour. */
export type SpecialKind = 'notReported' | 'suppressed' | 'withheld' | 'noTarget' | 'insufficient' | 'notApplicable';
export const SPECIAL_KINDS: readonly SpecialKind[] = ['notReported', 'suppressed', 'withheld', 'noTarget', 'insufficient', 'notApplicable'];

export interface PatternSpec {
  background: string;
  ink: string;
  /** hatch / backhatch: diagonal lines; dots; cross: cross-hatch; lines: horizontal lines; none: plain. */
  shape: 'hatch' | 'backhatch' | 'dots' | 'cross' | 'lines' | 'none';
}

export const SPECIAL_PATTERNS: Readonly<Record<SpecialKind, PatternSpec>> = {
  notReported: { background: '#ffffff', ink: '#6b6b6b', shape: 'hatch' },
  suppressed: { background: '#f0e6f6', ink: '#6a3d9a', shape: 'dots' },
  withheld: { background: '#eeeeee', ink: '#4d4d4d', shape: 'cross' },
  noTarget: { background: '#fff7e6', ink: '#8c6d1f', shape: 'lines' },
  insufficient: { background: '#ffffff', ink: '#1d6996', shape: 'backhatch' },
  notApplicable: { background: '#e6e6e6', ink: '#e6e6e6', shape: 'none' },
};

/** The id of the SVG pattern of a special kind (one set of patterns per document). */
export const patternId = (kind: SpecialKind): string => `map-pattern-${kind}`;

/** Relative luminance (WCAG) of a #rrggbb colour, to pick dark or light label text on a fill. */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return 1;
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((c) => {
    const v = parseInt(c, 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
