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

/**
 * The children's assessments one per component, then the panel: React yields to the browser between
 * components (the app renders in transitions), so the headline is not one long task. Nothing is drawn
 * before the panel, which comes in the same commit. The panel keeps its place in the tree whatever
 * the number of children, so a drill to another unit updates it instead of building it again.
 */
export function HeadlineSection({ doc, catalogue, meta, state, dataDate }: Props) {
  const parts = useHeadlineParts(doc, catalogue, meta, state.period);
  if (!parts) return null;
  return (
    <>
      {parts.doc.children.map((child, index) => (
        <ChildStep key={child.code} parts={parts} index={index} />
      ))}
      <HeadlineOfParts parts={parts} state={state} dataDate={dataDate} />
    </>
  );
}

/** Assesses one child (remembered with the parts); draws nothing. */
function ChildStep({ parts, index }: { parts: HeadlineParts; index: number }) {
  useMemo(() => headlineChild(parts, index), [parts, index]);
  return null;
}

function HeadlineOfParts({ parts, state, dataDate }: { parts: HeadlineParts; state: ViewState; dataDate: string }) {
  const headline = useMemo(() => headlineOfParts(parts), [parts]);
  return <HeadlinePanel headline={headline.headline} summary={headline.summary} state={state} dataDate={dataDate} />;
}
