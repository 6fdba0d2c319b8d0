import { useMemo } from 'react';
import type { Catalogue, Meta, UnitDocument } from '@/api/contract';
import { assembleHeadline, childProgress, ownProgress, type Headline, type OwnProgress } from '@/domain/headline';
import { summarise, type SummarySentence } from '@/domain/headline-summary';
import type { LaggingEntry } from '@/domain/lagging';
import { serializeSelection, type PeriodSelection } from '@/domain/periods';
import type { AssessContext } from '@/domain/progress-assess';
import { assessContext } from '@/domain/progress-context';
import { compareVietnamese } from '@/i18n/format';
import { rememberedPerDocument } from './per-document';

export type UnitHeadline = { headline: Headline; summary: SummarySentence[] };

/**
 * A unit's headline in parts, each computed once and remembered: the unit's own assessment (with the
 * parts), each child's (`headlineChild`), then the headline and its summary (`headlineOfParts`). A
 * screen computes them in renders of their own, so that React can yield to the browser between them.
 */
export interface HeadlineParts {
  doc: UnitDocument;
  catalogue: Catalogue;
  ctx: AssessContext;
  own: OwnProgress;
}

const partsOf = rememberedPerDocument<HeadlineParts | null>();
const childrenOf = new WeakMap<HeadlineParts, (LaggingEntry | null)[]>();
const headlineOf = new WeakMap<HeadlineParts, UnitHeadline>();

/** The unit's own part of its headline, from the same assessment as the progress view; null when it has no figures. */
export function useHeadlineParts(doc: UnitDocument, catalogue: Catalogue, meta: Meta, period: PeriodSelection): HeadlineParts | null {
  return useMemo(
    () =>
      partsOf(doc, [catalogue, meta, serializeSelection(period)], () => {
        const own = doc.figures[doc.unit.code];
        if (!own) return null;
        const ctx = assessContext(meta, catalogue, period);
        return { doc, catalogue, ctx, own: ownProgress(catalogue.indicators, own, ctx) };
      }),
    [doc, catalogue, meta, period],
  );
}

/** The assessment of the unit's child at `index` (null without figures). */
export function headlineChild(parts: HeadlineParts, index: number): LaggingEntry | null {
  let done = childrenOf.get(parts);
  if (!done) childrenOf.set(parts, (done = []));
  if (done[index] === undefined) {
    const child = parts.doc.children[index]!;
    done[index] = childProgress(parts.catalogue.indicators, { code: child.code, name: child.name, figures: parts.doc.figures[child.code] }, parts.ctx);
  }
  return done[index];
}

/** The headline and its summary, from the unit's own part and every child's. */
export function headlineOfParts(parts: HeadlineParts): UnitHeadline {
  let out = headlineOf.get(parts);
  if (!out) {
    const children = parts.doc.children.map((_, i) => headlineChild(parts, i));
    const headline = assembleHeadline(parts.ctx.axis, parts.own, children, compareVietnamese);
    headlineOf.set(parts, (out = { headline, summary: summarise(headline) }));
  }
  return out;
}
