/** Which component draws each view. Features are composed here, never inside each other. */
import type { ReactNode } from 'react';
import type { Catalogue, Meta, UnitDocument } from '@/api/contract';
import type { ViewName, ViewState } from '@/domain/view-state';
import { ChildrenList } from '@/features/hierarchy/children-list';
import { OverviewPanel } from '@/features/overview/overview-panel';
import { formatDate } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';

export interface ViewProps {
  doc: UnitDocument;
  catalogue: Catalogue;
  meta: Meta;
  state: ViewState;
  /** The selected indicator code (from the URL, or the first of the catalogue). */
  indicator: string;
}

function OverviewView({ doc, catalogue, meta, state }: ViewProps) {
  const { lang } = useI18n();
  return (
    <>
      <OverviewPanel doc={doc} catalogue={catalogue} meta={meta} state={state} />
      <ChildrenList units={doc.children} state={state} dataDate={formatDate(meta.dataDate, lang)} />
    </>
  );
}

/** Views in tab order. */
export const VIEW_COMPONENTS: Partial<Record<ViewName, (props: ViewProps) => ReactNode>> = {
  overview: OverviewView,
};
