/** The headline computed and drawn: loaded after the key figures so the first screen stays small. */
import { useMemo } from 'react';
import type { Catalogue, Meta, UnitDocument } from '@/api/contract';
import type { ViewState } from '@/domain/view-state';
import { HeadlinePanel } from './headline-panel';
import { headlineChild, headlineOfParts, useHeadlineParts, type HeadlineParts } from './use-headline';

interface Props {
  doc: UnitDocument;
  catalogue: Catalogue;
  meta: Meta;
  state: ViewState;
  dataDate: string;
}

export function HeadlineSection({ doc, catalogue, meta, state, dataDate }: Props) {
  const parts = useHeadlineParts(doc, catalogue, meta, state.period);
  return parts ? <HeadlineSteps parts={parts} index={0} state={state} dataDate={dataDate} /> : null;
}

interface StepProps {
  parts: HeadlineParts;
  /** The child assessed by this step; past the last child, the panel. */
  index: number;
  state: ViewState;
  dataDate: string;
}

/**
 * The children's assessments one per component, then the panel: React yields to the browser between
 * components (the app renders in transitions), so the headline is not one long task. Nothing is drawn
 * before the panel, which comes in the same commit as before.
 */
function HeadlineSteps({ parts, index, state, dataDate }: StepProps) {
  const last = index >= parts.doc.children.length;
  useMemo(() => (last ? null : headlineChild(parts, index)), [parts, index, last]);
  const headline = useMemo(() => (last ? headlineOfParts(parts) : null), [parts, last]);
  if (!headline) return <HeadlineSteps parts={parts} index={index + 1} state={state} dataDate={dataDate} />;
  return <HeadlinePanel headline={headline.headline} summary={headline.summary} state={state} dataDate={dataDate} />;
}
