import type { Catalogue, Meta, UnitDocument } from '@/api/contract';
import type { ViewState } from '@/domain/view-state';
import { CompletenessPanel } from './completeness-panel';
import { LaggingPanel } from './lagging-panel';
import { TargetsPanel } from './targets-panel';
import { UnitProgressPanel } from './unit-progress-panel';
import './progress.css';

export interface ProgressViewProps {
  doc: UnitDocument;
  catalogue: Catalogue;
  meta: Meta;
  state: ViewState;
  indicator: string;
}

/** The progress view: status toward the targets of the period's phase, lagging units, annual targets and their allocation, completeness. */
export function ProgressView({ doc, catalogue, meta, state, indicator }: ProgressViewProps) {
  return (
    <div className="progress-view">
      <UnitProgressPanel doc={doc} catalogue={catalogue} meta={meta} period={state.period} />
      <LaggingPanel doc={doc} catalogue={catalogue} meta={meta} state={state} />
      <TargetsPanel doc={doc} catalogue={catalogue} meta={meta} indicator={indicator} period={state.period} />
      <CompletenessPanel doc={doc} catalogue={catalogue} meta={meta} state={state} />
    </div>
  );
}
