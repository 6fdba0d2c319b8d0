import { describe, expect, it } from 'vitest';
import { bandFor, measureGrowth, measurePace, scoreFor, type Band } from './progress';
import { PROGRESS_CONFIG, type ProgressConfig } from './progress-config';

describe('bands of the ratio R', () => {
  it.each<[string, number | null, boolean, Band]>([
    ['target already met overrides any ratio', 0.2, true, 'met'],
    ['R exactly 95 % is on track', 0.95, false, 'on_track'],
    ['R above 100 % is on track', 1.4, false, 'on_track'],
    ['R just under 95 % needs acceleration', 0.9499, false, 'accelerate'],
    ['R exactly 60 % needs acceleration', 0.6, false, 'accelerate'],
    ['R just under 60 % is slow', 0.5999, false, 'slow'],
    ['R exactly 0 is slow (no movement)', 0, false, 'slow'],
    ['R below 0 is a decline', -0.0001, false, 'decline'],
    ['no ratio (target asks for no progress) and not met is a decline', null, false, 'decline'],
  ])('%s', (_, ratio, met, band) => {
    expect(bandFor(ratio, met)).toBe(band);
  });

  it('reads its thresholds from the configuration', () => {
    const strict: ProgressConfig = { ...PROGRESS_CONFIG, bands: { onTrack: 1, accelerate: 0.8, slow: 0 } };
    expect(bandFor(0.97, false, strict)).toBe('accelerate');
    expect(bandFor(0.7, false, strict)).toBe('slow');
  });
});

describe('score from −5 to +5', () => {
  it.each<[number | null, boolean, number]>([
    [-2, false, -5], // clamped
    [-0.6, false, -5],
    [0, false, -2.5],
    [0.3, false, -1.25],
    [0.6, false, 0],
    [0.95, false, 2.5],
    [1.3, false, 5],
    [2.31, false, 5], // clamped: 231 % is not better than +5
    [null, false, -5],
    [0.4, true, 5], // target met
  ])('R = %s (met %s) scores %s', (ratio, met, score) => {
    expect(scoreFor(ratio, met)).toBeCloseTo(score, 10);
  });

  it('is linear between the anchors and never leaves [−5, +5]', () => {
    for (let r = -3; r <= 3; r += 0.01) {
      const s = scoreFor(r, false);
      expect(s).toBeGreaterThanOrEqual(-5);
      expect(s).toBeLessThanOrEqual(5);
      expect(scoreFor(r + 0.01, false)).toBeGreaterThanOrEqual(s);
    }
  });
});

describe('pace method (outputs counted over the phase)', () => {
  const pace = (base: number, value: number, target: number, elapsed = 3, total = 4) =>
    measurePace({ base, value, target, elapsed, total, direction: 'higher' });

  it.each<[string, number, number, number, number, number, Band, number]>([
    // name, B, V, T, observed per year, required per year, band, R
    ['on pace: 300 of 400 after 3 of 4 years', 0, 300, 400, 100, 100, 'on_track', 1],
    ['behind: 240 of 400 after 3 of 4 years', 0, 240, 400, 80, 100, 'accelerate', 0.8],
    ['far behind: 120 of 400', 0, 120, 400, 40, 100, 'slow', 0.4],
    ['target already met: 410 of 400', 0, 410, 400, 410 / 3, 100, 'met', 410 / 300],
    ['a stock fell below its base: B 50, V 40, T 100', 50, 40, 100, -10 / 3, 12.5, 'decline', -10 / 3 / 12.5],
  ])('%s', (_, base, value, target, observed, required, band, ratio) => {
    const m = pace(base, value, target);
    expect(m.observed).toBeCloseTo(observed, 10);
    expect(m.required).toBeCloseTo(required, 10);
    expect(m.ratio).toBeCloseTo(ratio, 10);
    expect(m.band).toBe(band);
  });

  it('scores the worked examples', () => {
    expect(pace(0, 300, 400).score).toBeCloseTo(2.857142857, 6);
    expect(pace(0, 120, 400).score).toBeCloseTo(-0.833333333, 6);
    expect(pace(0, 410, 400).score).toBe(5);
  });

  it('gives no ratio when the target is the base: met or a decline', () => {
    expect(pace(100, 100, 100)).toMatchObject({ ratio: null, met: true, band: 'met' });
    expect(pace(100, 90, 100)).toMatchObject({ ratio: null, met: false, band: 'decline', score: -5 });
  });

  it('refuses a zero elapsed time', () => {
    expect(() => pace(0, 1, 2, 0)).toThrow();
  });
});

describe('growth method (outcomes with a baseline)', () => {
  it('child marriage in the province: 79 (2021) → 70 (2024), phase ceiling 68 (2025), lower is better', () => {
    const m = measureGrowth({ base: 79, value: 70, target: 68, yearsElapsed: 3, yearsToTarget: 4, direction: 'lower' });
    expect(m.observed).toBeCloseTo(-0.0395156, 6);
    expect(m.required).toBeCloseTo(-0.0367912, 6);
    expect(m.ratio).toBeCloseTo(1.074051, 5);
    expect(m).toMatchObject({ met: false, band: 'on_track', targetImplied: false });
    expect(m.score).toBeCloseTo(3.38608, 4);
  });

  it('a rise where a fall is needed is a decline: 10 → 12 against a ceiling of 8', () => {
    const m = measureGrowth({ base: 10, value: 12, target: 8, yearsElapsed: 3, yearsToTarget: 4, direction: 'lower' });
    expect(m.ratio).toBeCloseTo(-1.154818, 5);
    expect(m.band).toBe('decline');
    expect(m.score).toBe(-5);
  });

  it('replaces a zero base by 0.001 and says so', () => {
    const m = measureGrowth({ base: 0, value: 4, target: 10, yearsElapsed: 2, yearsToTarget: 4, direction: 'higher' });
    expect(m.observed).toBeCloseTo(62.2455532, 6);
    expect(m.required).toBeCloseTo(9, 10);
    expect(m.ratio).toBeCloseTo(6.916173, 5);
    expect(m.band).toBe('on_track');
    expect(m.substituted).toEqual(['base']);
  });

  it('zero base, zero value and zero ceiling: the target is met', () => {
    const m = measureGrowth({ base: 0, value: 0, target: 0, yearsElapsed: 3, yearsToTarget: 4, direction: 'lower' });
    expect(m).toMatchObject({ met: true, band: 'met', score: 5, substituted: ['base', 'value', 'target'] });
  });

  it('needs acceleration when growth is slower than required: 100 → 140 toward 200', () => {
    const m = measureGrowth({ base: 100, value: 140, target: 200, yearsElapsed: 3, yearsToTarget: 4, direction: 'higher' });
    expect(m.ratio).toBeCloseTo(0.627296, 5);
    expect(m.band).toBe('accelerate');
  });

  it('takes a yearly rate as the target when no level is set: −2 % a year implies 72.87 in 2025', () => {
    const m = measureGrowth({ base: 79, value: 70, target: null, requiredRate: -0.02, yearsElapsed: 3, yearsToTarget: 4, direction: 'lower' });
    expect(m.target).toBeCloseTo(72.867085, 5);
    expect(m.required).toBe(-0.02);
    expect(m).toMatchObject({ targetImplied: true, met: true, band: 'met' });
  });

  it('a ceiling above the baseline: rising above it is a decline (R read with the direction), staying under it is met', () => {
    const above = measureGrowth({ base: 10, value: 16, target: 14, yearsElapsed: 3, yearsToTarget: 4, direction: 'lower' });
    expect(above.ratio).toBeCloseTo(-(1.6 ** (1 / 3) - 1) / (1.4 ** (1 / 4) - 1), 10);
    expect(above).toMatchObject({ band: 'decline', score: -5 });
    expect(measureGrowth({ base: 10, value: 12, target: 14, yearsElapsed: 3, yearsToTarget: 4, direction: 'lower' })).toMatchObject({ band: 'met' });
  });
});
