import { useMemo } from 'react';
import type { Catalogue, Meta, UnitDocument } from '@/api/contract';
import { unitHeadline, type Headline } from '@/domain/headline';
import { summarise, type SummarySentence } from '@/domain/headline-summary';
import { compareVietnamese } from '@/i18n/format';

/** The unit's headline and its summary, from the same assessment as the progress view. */
export function useHeadline(doc: UnitDocument, catalogue: Catalogue, meta: Meta): { headline: Headline; summary: SummarySentence[] } | null {
  return useMemo(() => {
    const headline = unitHeadline(doc, catalogue.indicators, meta.quarters, compareVietnamese);
    return headline ? { headline, summary: summarise(headline) } : null;
  }, [doc, catalogue, meta]);
}
