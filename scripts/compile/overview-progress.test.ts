/**
 * The overview and the progress view read the same target the same way, over the whole compiled
 * demo: for the phase, a card's figure against its target is the progress assessment's V against T.
 */
import { describe, expect, it } from 'vitest';
import { apiDocument } from '../../mocks/api-documents';
import { catalogueSchema, metaSchema, unitDocumentSchema } from '../../src/api/contract';
import type { Indicator } from '../../src/domain/indicators';
import { buildKpiCards } from '../../src/domain/kpi';
import { assessIndicator } from '../../src/domain/progress-assess';
import { assessContext } from '../../src/domain/progress-context';

const catalogue = catalogueSchema.parse(apiDocument('v1/catalogue.json'));
const meta = metaSchema.parse(apiDocument('v1/meta.json'));
const indicators = catalogue.indicators as Indicator[];
const PHASE = { kind: 'phase' as const, phase: meta.phases[0] };
const ctx = assessContext(meta, catalogue, PHASE);
const figuresOf = (code: string) => unitDocumentSchema.parse(apiDocument(`v1/units/${code}.json`)).figures[code]!;

describe('overview and progress agree', () => {
  it('child marriage (P8.O.1) in the province over the phase: 2024’s 70 couples against the ceiling 68, not 252 against 68', () => {
    // Published: yearly totals 76 (2022), 73 (2023), 70 (2024), 33 (2025 Q1–Q2), 252 over the phase; ceiling 68.
    const own = figuresOf('06');
    const card = buildKpiCards({ indicators, unit: own, axis: meta.quarters, period: PHASE }).find((c) => c.indicator.code === 'P8.O.1')!;
    expect(card.figure?.value).toBe(252);
    expect(card.comparison).toMatchObject({ kind: 'compared', actual: 70, year: 2024, target: 68 });
    expect(card.achievement?.ratio).toBeCloseTo(70 / 68, 12);
    expect(card.achievement?.met).toBe(false);
    const assessment = assessIndicator(card.indicator, own, ctx);
    expect(assessment).toMatchObject({ kind: 'assessed', method: 'growth', value: 70, target: 68, valueYear: 2024 });
    if (assessment.kind !== 'assessed') return;
    expect(assessment.achievement).toBeCloseTo(70 / 68, 12);
    expect(assessment.measured.band).toBe('on_track');
  });

  it.each(['06', '058', '060', '061', '062', '063', '064', '065', '066'])(
    'unit %s: every assessed indicator shows the assessment’s value, target and achievement for the phase',
    (code) => {
      const own = figuresOf(code);
      const cards = buildKpiCards({ indicators, unit: own, axis: meta.quarters, period: PHASE });
      let checked = 0;
      for (const card of cards) {
        const assessment = assessIndicator(card.indicator, own, ctx);
        if (assessment.kind !== 'assessed' || card.comparison?.kind !== 'compared' || (assessment.baseGiven && assessment.method === 'pace')) continue;
        // Growth with a target implied by a yearly rate has no published target to show.
        if (assessment.method === 'growth' && assessment.requiredRate !== null) continue;
        expect([card.indicator.code, card.comparison.actual, card.comparison.target]).toEqual([card.indicator.code, assessment.value, assessment.target]);
        checked++;
      }
      expect(checked).toBeGreaterThan(3);
    },
  );
});
