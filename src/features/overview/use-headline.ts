import { useMemo } from 'react';
import type { Catalogue, Meta, UnitDocument } from '@/api/contract';
import { buildHeadline, type Headline } from '@/domain/headline';
import { summarise, type SummarySentence } from '@/domain/headline-summary';
import { serializeSelection, type PeriodSelection } from '@/domain/periods';
import { assessContext } from '@/domain/progress-context';
import { compareVietnamese } from '@/i18n/format';
import { rememberedPerDocument } from './per-document';

type UnitHeadline = { headline: Headline; summary: SummarySentence[] } | null;

const headlineOf = rememberedPerDocument<UnitHeadline>();

/** The unit's headline and its summary, from the same assessment as the progress view. */
export function useHeadline(doc: UnitDocument, catalogue: Catalogue, meta: Meta, period: PeriodSelection): UnitHeadline {
  return useMemo(
    () =>
      headlineOf(doc, [catalogue, meta, serializeSelection(period)], () => {
        const own = doc.figures[doc.unit.code];
        if (!own) return null;
        const headline = buildHeadline({
          indicators: catalogue.indicators,
          unit: own,
          children: doc.children.map((c) => ({ code: c.code, name: c.name, figures: doc.figures[c.code] })),
          ctx: assessContext(meta, catalogue, period),
          compareText: compareVietnamese,
        });
        return { headline, summary: summarise(headline) };
      }),
    [doc, catalogue, meta, period],
  );
}
