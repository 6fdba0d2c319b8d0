/** The headline computed and drawn: loaded after the key figures so the first screen stays small. */
import type { Catalogue, Meta, UnitDocument } from '@/api/contract';
import type { ViewState } from '@/domain/view-state';
import { HeadlinePanel } from './headline-panel';
import { useHeadline } from './use-headline';

interface Props {
  doc: UnitDocument;
  catalogue: Catalogue;
  meta: Meta;
  state: ViewState;
  dataDate: string;
}

export function HeadlineSection({ doc, catalogue, meta, state, dataDate }: Props) {
  const headline = useHeadline(doc, catalogue, meta, state.period);
  return headline ? <HeadlinePanel headline={headline.headline} summary={headline.summary} state={state} dataDate={dataDate} /> : null;
}
